"""Rules found on the pool's own output (2026-12-07, fifth session). Sentences of our own."""

from __future__ import annotations

from tests.test_session_t21 import _as_built
from tests.test_session_t22 import _rules_only


def test_admitting_a_clause_is_no_recognition() -> None:
    """`id.none.akui-perbuatan`: "mengakui" before "bahwa", a pronoun or a verb admits something ("officials
    admitted they had sought …"), and recognises no one; "mengakui Y sebagai negara" still does."""
    found = _as_built("Para pejabat Uni Eropa mengakui mereka telah mencari jalan untuk mengesampingkan pengaruh Iran.",
                      lang="id")
    assert not [k for k in found if k[1] == "SUPPORT"], found
    found = _as_built("Menteri Luar Negeri Chile mengakui bahwa Peru berhak atas wilayah itu.", lang="id")
    assert not [k for k in found if k[1] == "SUPPORT"], found
    assert ("CHL", "SUPPORT", "PSE") in _as_built("Chile mengakui Palestina sebagai negara berdaulat.", lang="id")


def test_the_actor_after_an_opening_phrase_is_no_listed_target() -> None:
    """`events.introducers` (`_opening_comma` in `roles.target-after-trigger`'s list): "Following …", "Amid …",
    "Despite …" open a phrase as "After …" does; the actor after its comma is the main clause's subject, not one
    more target listed after the phrase's own target."""
    found = _rules_only("Following Iran's air attack against Israel, President Biden is coordinating with allies on "
                        "a response.", date="2024-04-14")
    assert ("IRN", "ASSAULT", "ISR") in found and ("IRN", "ASSAULT", "joe-biden") not in found, found
    found = _rules_only("Amid Russia's attacks on Ukraine, Chancellor Scholz is meeting allies.", date="2023-05-01")
    assert ("RUS", "ASSAULT", "UKR") in found and ("RUS", "ASSAULT", "olaf-scholz") not in found, found


def test_a_sanctions_list_name_is_no_act_of_the_actor_before_it() -> None:
    """`en.none.specially-designated`: "Specially Designated Global Terrorist" names a list; the group named before it
    designates no one (it had read the Houthis SANCTION the United States)."""
    found = _rules_only("The Houthis were listed as a Specially Designated Global Terrorist by the United States.",
                        date="2024-01-17")
    assert not [k for k in found if k[0] == "houthis"], found


def test_he_or_she_after_a_speech_verb_is_a_person_not_a_body() -> None:
    """`coref.speaker-pronoun`: "dia", "he" after a speech verb stand for the nearest person (or a state's unnamed
    official, "an Iranian diplomat … said he"), never a body named in a place phrase: "Pompeo bertemu Ri di
    sela-sela Majelis Umum PBB dan mengatakan bahwa dia akan mengunjungi Pyongyang" is Pompeo's visit."""
    found = _rules_only("Pompeo bertemu Ri di sela-sela Majelis Umum PBB dan mengatakan setelah itu bahwa dia akan "
                        "mengunjungi Pyongyang lagi bulan depan.", lang="id", date="2018-09-27")
    assert ("mike-pompeo", "AGREE", "PRK") in found, found
    assert not [k for k in found if k[0] == "un-general-assembly"], found


def test_an_exchange_of_fire_is_mutual() -> None:
    """`en.assault.exchange-fire`: "A and B troops exchanged fire" is a fight both ways, as a clash is."""
    found = _rules_only("Indian and Pakistani troops exchanged fire along the Line of Control overnight.")
    assert {("IND", "ASSAULT", "PAK"), ("PAK", "ASSAULT", "IND")} <= found, found
    found = _rules_only("Thai soldiers exchanged gunfire with Cambodian troops at a disputed temple.")
    assert {("THA", "ASSAULT", "KHM"), ("KHM", "ASSAULT", "THA")} <= found, found


def test_the_host_of_talks_meets_their_parties() -> None:
    """`roles.target-after-trigger` (`_hosted_talks_parties`) and `id.consult.tuan-rumah`: "X hosted talks between A
    and B", "X menjadi tuan rumah pembicaraan antara A dan B": the host meets both parties (hosting is CONSULT from
    the host to the guest), and the parties still meet each other."""
    found = _rules_only("Saudi Arabia hosted talks between U.S. and Russian officials in Riyadh.")
    assert {("SAU", "CONSULT", "USA"), ("SAU", "CONSULT", "RUS"), ("USA", "CONSULT", "RUS")} <= found, found
    found = _rules_only("Mesir menjadi tuan rumah perundingan tidak langsung antara Israel dan Hamas.", lang="id")
    assert {("EGY", "CONSULT", "ISR"), ("EGY", "CONSULT", "hamas")} <= found, found
    found = _rules_only("Chile menjadi tuan rumah bagi Presiden Peru pekan lalu.", lang="id")
    assert [k for k in found if k[0] == "CHL" and k[2] in ("PER", "dina-boluarte")], found
    assert not _rules_only("Indonesia akan menjadi tuan rumah KTT ASEAN tahun depan.", lang="id")


def test_whose_country_is_the_persons_state() -> None:
    """`coref.whose-state`: "X, whose country …", "X, yang negaranya …" is X's state: the hosting is Syria's."""
    text = "Syrian President Bashar al-Assad, whose country hosted talks between Chile and Peru, called Mubarak."
    found = _rules_only(text, date="2007-02-01")
    assert ("SYR", "CONSULT", "CHL") in found and ("bashar-al-assad", "CONSULT", "CHL") not in found, found
    text = ("Presiden Suriah Bashar al-Assad, yang negaranya menjadi tuan rumah pembicaraan antara Chile dan Peru, "
            "pulang.")
    found = _rules_only(text, lang="id", date="2007-02-01")
    assert ("SYR", "CONSULT", "CHL") in found, found


def test_the_owner_of_a_threat_faced_is_no_partner() -> None:
    """`find_targets` with `owns_conflict_act` (`events.conflict_nouns_*` now with threats and provocations): "agreed to
    deepen cooperation to counter North Korea's threats", "untuk menghadapi ancaman Korea Utara" is an agreement of
    the two, not with North Korea."""
    found = _rules_only("Japan and South Korea agreed to deepen security cooperation to counter North Korea's "
                        "threats.")
    assert ("JPN", "AGREE", "KOR") in found and not [k for k in found if k[2] == "PRK"], found
    found = _rules_only("Korea Selatan dan Jepang sepakat meningkatkan kerja sama keamanan untuk menghadapi ancaman "
                        "Korea Utara.", lang="id")
    assert ("KOR", "AGREE", "JPN") in found and not [k for k in found if k[2] == "PRK"], found


def test_a_charge_named_again_after_a_comma_is_no_second_accusation() -> None:
    """`en.none.apposed-charge`: ", a charge Abu Dhabi denied" names the accusation before it again; the actor
    before the comma (inside the charge) accuses no one."""
    found = _rules_only("Sudan's army accused the UAE of arming the Rapid Support Forces, a charge Abu Dhabi denied.")
    assert ("SDN", "ACCUSE", "ARE") in found and not [k for k in found if k[0] == "rsf"], found


def test_expelling_an_ambassador_is_an_expulsion() -> None:
    """`id.sanction.usir-diplomat` takes "duta (besar)", "dubes", "konsul": expelling another state's envoy is the
    diplomatic sanction (CAMEO 1663), as "mengusir diplomat" and English "expelled the ambassador" are."""
    found = _rules_only("Arab Saudi mengusir duta besar Kanada pada Senin.", lang="id")
    assert ("SAU", "SANCTION", "CAN") in found, found
    found = _rules_only("Chile mengusir dubes Peru dari Santiago.", lang="id")
    assert ("CHL", "SANCTION", "PER") in found, found


def test_a_rejected_request_of_the_world_still_rejects_its_object() -> None:
    """The probe16-id check for unnamed addressees ("mendesak sekutu-sekutu Barat untuk …": asked of no actor) is
    for requests only: "menolak permintaan dunia internasional untuk mengizinkan penempatan pasukan PBB" still
    rejects the UN force."""
    found = _rules_only("Sudan menolak permintaan dunia internasional untuk mengizinkan penempatan pasukan PBB.",
                        lang="id")
    assert ("SDN", "REJECT", "un") in found, found


def test_a_relative_clause_on_a_noun_naming_no_actor_has_no_actor_subject() -> None:
    """`roles.nearest-subject` (`_active_relative_of_no_actor`): "sanksi kepada perusahaan yang telah membantu Y":
    the firm helps Y, not the one imposing sanctions; after a copula the subject stays ("Chile adalah negara yang
    membantu Peru"), and a letter or an act named before "yang" stays its author's."""
    found = _as_built("Chile menjatuhkan sanksi kepada dua warga Peru dan satu perusahaan yang telah membantu program "
                      "nuklir Bolivia.", lang="id")
    assert ("CHL", "SANCTION", "PER") in found
    assert not [k for k in found if k[2] == "BOL"], found
    assert ("CHL", "AID", "PER") in _as_built("Chile adalah negara pertama yang membantu Peru.", lang="id")
    found = _as_built("Presiden Chile mengeluarkan surat yang meminta pemerintah Peru mengakhiri kekerasan.", lang="id")
    assert [k for k in found if k[1] == "REQUEST" and k[2] == "PER"], found
    # a copula or a link before the noun: the noun describes the subject, who acts
    found = _as_built("Chile, Peru dan Bolivia termasuk negara-negara pertama yang mengirimkan bantuan ke Ekuador.",
                      lang="id")
    assert {("CHL", "AID", "ECU"), ("PER", "AID", "ECU")} <= found, found
    found = _as_built("Tentara Chile hanyalah satu dari banyak pasukan yang menggempur pemberontak Peru.", lang="id")
    assert [k for k in found if k[0] == "CHL" and k[1] == "ASSAULT"], found
    # an actor and one modifier before the relative word: the actor's clause
    found = _as_built("Boric, pemimpin Chile pertama yang berkunjung ke Peru sejak 2010, tiba di Lima pada Senin.",
                      lang="id")
    assert ("gabriel-boric", "CONSULT", "PER") in found, found


def test_tourists_visiting_are_no_state_visit() -> None:
    """`roles.nearest-subject` (`_private_travellers`): a visit by tourists of a state ("wisatawan asal Chile",
    `events.private_travellers`) is no visit of that state; a president's visit stays one."""
    found = _as_built("Jumlah wisatawan asal Chile yang berkunjung ke Peru meningkat setiap tahun.", lang="id")
    assert not [k for k in found if k[1] == "CONSULT"], found
    found = _as_built("Wisatawan Chile kerap mengunjungi Peru pada musim panas.", lang="id")
    assert not [k for k in found if k[1] == "CONSULT"], found
    assert ("CHL", "CONSULT", "PER") in _as_built("Pemerintah Chile mengunjungi Peru pada musim panas.", lang="id")


def test_a_speaker_saying_an_actor_lied_or_stole_accuses_it() -> None:
    """`id.accuse.dikatakan-curang`, `en.accuse.said-wrongdoing` (obligation entries, as `id.accuse.campuri-urusan`):
    a speaker saying Y lied, stole, harmed or deceived blames Y; with no speaker the wrongdoing is no event."""
    assert ("CHL", "ACCUSE", "PER") in _as_built("Chile mengatakan Peru telah berbohong kepada dunia.", lang="id")
    found = _as_built("Duta besar Chile mengatakan Peru telah merugikan para petani dan pengusaha Chile.", lang="id")
    assert ("CHL", "ACCUSE", "PER") in found, found
    assert not _as_built("Peru mencuri perhatian dunia pekan ini.", lang="id")
    assert ("CHL", "ACCUSE", "PER") in _as_built("Chile said Peru had lied to the world about the deal.")


def test_a_noun_its_owner_owns_is_not_the_next_verb() -> None:
    """`roles.its-owner` does not reach past another event ("thanked Peru for its support and urged Bolivia …": the
    urging is Chile's), and the owned noun's target search stops at "and" and a second trigger (the actor is that
    trigger's); "its strong support of Bolivia" keeps its target."""
    found = _as_built("Chile thanked Peru for its support and urged Bolivia to exercise restraint.")
    assert ("CHL", "REQUEST", "BOL") in found, found
    assert not [k for k in found if k[0] == "PER"], found
    assert ("PER", "SUPPORT", "BOL") in _as_built("Chile thanked Peru for its strong support of Bolivia.")


def test_a_second_listed_item_whose_owner_follows_its_noun() -> None:
    """`_expand_right`, `events.item_determiners`: "sanksi terhadap tiga perusahaan Peru dan sebuah kilang Bolivia"
    sanctions both owners (as "three Peruvian traders and a Bolivian refinery")."""
    found = _as_built("Kementerian Keuangan Chile menjatuhkan sanksi terhadap tiga perusahaan minyak Peru dan sebuah "
                      "kilang Bolivia.", lang="id")
    assert {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL")} <= found, found


def test_a_surname_shared_within_one_state_is_the_office_holder_of_the_date() -> None:
    """`coref.surname-gazetteer`: a surname two gazetteer people of one state share is the one holding an office on
    the article's date (Ali Khamenei until 2026-02, Mojtaba Khamenei from 2026-03); a surname shared across states
    ("Kim") still needs a full name first."""
    found = _as_built("Khamenei warned Israel of a crushing response.", date="2025-06-01")
    assert ("ali-khamenei", "THREATEN", "ISR") in found, found
    found = _as_built("Khamenei warned Israel of a crushing response.", date="2026-05-01")
    assert ("mojtaba-khamenei", "THREATEN", "ISR") in found, found

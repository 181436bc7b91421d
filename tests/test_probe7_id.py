"""Probe probe7-id (2026-12-06, seventh round): Indonesian current news about world affairs as Indonesian outlets
report them (Russia-Ukraine, Israel-Iran, the Koreas, tariffs), Indonesia's leaders abroad, defence, UN votes and
Palestine aid. Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_calling_a_state_forces_act_a_threat_is_an_accusation() -> None:
    """"menyebut kerja sama militer Moskow dan Pyongyang sebagai ancaman": the owners are a state's forces (a role
    mention) and two states after a two-word noun (`id.accuse.sebut-sebagai`, gap 6; `candidate.inside-gap`), an
    accusation of both, no cooperation of the speaker with them."""
    found = _found("Pemerintah Chile menyebut kerja sama militer Peru dan Bolivia sebagai ancaman bagi kawasan.")
    assert {("CHL", "ACCUSE", "PER"), ("CHL", "ACCUSE", "BOL")} <= found
    assert not [k for k in found if k[1] == "COOPERATE"]
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menyebut latihan angkatan laut Peru sebagai provokasi.")
    assert ("CHL", "COOPERATE", "PER") in _found("Chile menjalin kerja sama militer dengan Peru.")


def test_a_named_forum_is_no_talks_of_the_actors_around_it() -> None:
    """"dalam forum Dialog Raisina": a meeting noun with a capital in running text before a capitalised word that
    names no actor is a forum's name (`filter.named-forum`); talks written so in a title-case headline, or with a
    partner after the noun, stay."""
    found = _found("Menlu Chile membahas perang Peru-Bolivia dalam forum Dialog Raisina di New Delhi, Selasa.")
    assert not [k for k in found if k[1] == "CONSULT"]
    assert ("CHL", "CONSULT", "PER") in _found("Chile Gelar Dialog Dengan Peru di Lima")
    assert ("CHL", "CONSULT", "PER") in _found("Chile menggelar Dialog dengan Peru di Lima.")


def test_lowering_a_tariff_eases_it() -> None:
    """"menurunkan / memangkas / mengurangi tarif atas produk Y" eases a restriction (`id.concede.cabut-sanksi`,
    CAMEO 085), no new tariff; raising one stays SANCTION."""
    assert ("CHL", "CONCEDE", "PER") in _found("Chile memangkas tarif impor atas anggur Peru menjadi 10 persen.")
    assert ("CHL", "CONCEDE", "PER") in _found("Chile menurunkan tarif atas produk Peru mulai bulan depan.")
    assert ("CHL", "SANCTION", "PER") not in _found("Chile mengurangi tarif atas tembaga Peru.")
    assert ("CHL", "SANCTION", "PER") in _found("Chile menaikkan tarif atas produk Peru.")


def test_a_national_red_crescent_is_not_the_federation() -> None:
    """"Bulan Sabit Merah Palestina / Mesir", "the Palestinian Red Crescent": a national society of its own, not the
    federation a bare "Bulan Sabit Merah" names (organizations.yaml)."""
    found = _found("Bulan Sabit Merah Palestina menuduh Israel menghalangi ambulans di Gaza.")
    assert ("palestine-red-crescent", "ACCUSE", "ISR") in found
    assert not [k for k in found if "ifrc" in k]
    assert ("egyptian-red-crescent", "ACCUSE", "ISR") in _found("Bulan Sabit Merah Mesir mengecam Israel.")
    assert ("ifrc", "ACCUSE", "ISR") in _found("Bulan Sabit Merah mengecam Israel.")


def test_stopping_a_blockade_or_an_attack_is_no_blockade_or_attack() -> None:
    """"menghentikan / mengakhiri blokade / serangan terhadap Y": lifting a blockade eases it
    (`id.concede.cabut-sanksi`), ending attacks de-escalates (`id.retreat.hentikan-serangan`); asked of another
    ("meminta Peru menghentikan blokade"), the complement is the request's, no blockade of the speaker."""
    found = _found("Chile meminta Peru menghentikan blokade terhadap Bolivia.")
    assert ("CHL", "REQUEST", "PER") in found and not [k for k in found if k[1] == "COERCE"]
    found = _found("Chile mendesak Peru mengakhiri serangan terhadap Bolivia.")
    assert ("CHL", "REQUEST", "PER") in found and not [k for k in found if k[1] == "ASSAULT"]
    assert ("PER", "CONCEDE", "BOL") in _found("Peru akhirnya menghentikan blokade terhadap Bolivia.")
    assert ("PER", "RETREAT", "BOL") in _found("Peru mengakhiri serangan ke Bolivia, Minggu.")


def test_attacking_each_other_is_an_attack_both_ways() -> None:
    """"A dan B saling menyerang / saling melancarkan serangan / saling menembakkan artileri": ASSAULT both ways
    (`id.assault.saling-serang`), as "saling tuding" is ACCUSE both ways."""
    for text in ("Chile dan Peru saling menyerang sejak Jumat.",
                 "Serangan itu terjadi sepekan setelah Chile dan Peru saling melancarkan serangan rudal.",
                 "Pasukan Chile dan Peru saling menembakkan artileri di perbatasan."):
        assert {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")} <= _found(text), text


def test_a_tariff_on_goods_from_a_state_and_calling_a_policy_bullying() -> None:
    """"tarif atas seluruh barang impor dari Y": the goods' state is the target (`events.holder_nouns`: barang,
    produk, impor, komoditas); "menyebut kebijakan Y sebagai perundungan / intimidasi / ilegal" accuses Y
    (`id.accuse.sebut-sebagai`)."""
    assert ("CHL", "SANCTION", "PER") in _found("Chile mengumumkan tarif balasan 20 persen atas seluruh barang impor "
                                                "dari Peru mulai bulan depan.")
    assert ("CHL", "SANCTION", "PER") in _found("Chile mengenakan tarif atas komoditas dari Peru.")
    assert ("CHL", "ACCUSE", "PER") in _found("Kementerian Perdagangan Chile menyebut kebijakan Peru sebagai "
                                              "perundungan ekonomi.")
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menilai pembangunan tembok Peru sebagai ilegal.")


def test_an_act_condemned_by_the_subject_of_the_sentence_before_is_an_earlier_one() -> None:
    """"X menembakkan rudal. Peluncuran itu terjadi setelah Chile dan Y …. Chile mengecam peluncuran tersebut": the
    sentence before's subject is the judge itself, so the act is the subject's of the sentence before that
    (`coref.act-anaphor`, `_earlier_subject`)."""
    text = ("Peru kembali menembakkan rudal balistik ke arah laut pada Selasa pagi. Peluncuran itu terjadi sehari "
            "setelah Chile dan Bolivia memulai latihan militer gabungan. Chile mengecam peluncuran tersebut.")
    found = _found(text)
    assert ("CHL", "ACCUSE", "PER") in found and ("CHL", "ACCUSE", "BOL") not in found
    assert ("BOL", "ACCUSE", "PER") in _found("Peru menahan dua nelayan Chile pada Senin. Bolivia mengecam tindakan "
                                              "tersebut.")


def test_rejecting_a_proposal_named_before_rejects_its_proposer() -> None:
    """"Peru menolak usulan / tawaran tersebut": the proposer of the sentence before (`events.act_anaphor_verbs`
    menolak, menentang; `act_anaphor_nouns` usulan, proposal, tawaran, tuntutan), a personal pronoun subject too
    ("Ia mengusulkan …")."""
    assert ("PER", "REJECT", "CHL") in _found("Chile mengusulkan gencatan senjata di perbatasan. Peru langsung menolak "
                                              "usulan tersebut.")
    assert ("PER", "REJECT", "CHL") in _found("Chile menawarkan bantuan pangan. Namun Peru menolak tawaran itu.")
    text = ("Presiden Chile Gabriel Boric berpidato di Lima. Ia mengusulkan zona demiliterisasi di perbatasan. "
            "Pemerintah Peru menolak usulan tersebut.")
    assert ("PER", "REJECT", "gabriel-boric") in _found(text)


def test_opposing_a_state_s_membership_rejects_the_state() -> None:
    """"menentang keanggotaan (penuh) Y / pencalonan Y": REJECT of Y (`id.reject.tentang`), each state of a list."""
    assert ("CHL", "REJECT", "PER") in _found("Chile menentang keanggotaan penuh Peru di organisasi itu.")
    found = _found("Chile dan Bolivia termasuk di antara lima negara yang menentang keanggotaan Peru.")
    assert {("CHL", "REJECT", "PER"), ("BOL", "REJECT", "PER")} <= found


def test_an_act_judged_again_is_the_one_judged_before() -> None:
    """"Chile mengecam keputusan Peru …. Bolivia menyambut baik keputusan tersebut dan …": the decision is Peru's,
    the target of the judgement before, not Chile's condemnation (`_act_owners`); a charge noun ("membantah
    tuduhan itu") stays the accuser's."""
    text = ("Chile mengecam keputusan Peru menutup perbatasan. Bolivia menyambut baik keputusan tersebut dan meminta "
            "Argentina ikut menutup perbatasan.")
    found = _found(text)
    assert ("BOL", "SUPPORT", "PER") in found and ("BOL", "SUPPORT", "CHL") not in found
    found = _found("Chile menuduh Peru menyelundupkan senjata. Peru membantah tuduhan tersebut dan meminta Bolivia "
                   "menyelidiki.")
    assert ("PER", "REJECT", "CHL") in found


def test_a_bracketed_short_form_does_not_break_a_list_of_parties() -> None:
    """"Tentara Nasional Indonesia (TNI) dan militer Peru menggelar latihan gabungan": the short form in brackets
    after the same actor's name still joins the list (`_coordinated_left`, `_bracketed_repeat`); another actor in
    brackets, or an apposition after a comma ("Amerika Serikat (AS), Hillary Clinton"), joins nothing."""
    found = _found("Tentara Nasional Indonesia (TNI) dan militer Peru menggelar latihan gabungan di Surabaya.")
    assert ("IDN", "COOPERATE", "PER") in found
    found = _found("Badan Keamanan Laut (Bakamla) dan Angkatan Laut Chile menggelar patroli bersama di perairan itu.")
    assert ("IDN", "COOPERATE", "CHL") in found
    found = _found("Senator Amerika Serikat (AS), Hillary Clinton, berjanji akan menarik pasukan dari Irak.")
    assert not [k for k in found if k[0] == "USA"]


def test_kami_in_a_quote_closed_by_a_verb_with_nya_is_the_speaker() -> None:
    """'"Kami …," ujarnya / tambahnya / katanya.': the speaker is the "-nya" of the speech verb, the subject of the
    sentence before (`coref.unquoted-speaker`, `_unquoted_speaker`); a speaker named after the quote stays."""
    text = 'Menteri Luar Negeri Chile tiba di Lima, Senin. "Kami mendesak Peru menarik pasukannya," tambahnya.'
    found = {k for k in _found(text) if k[1] == "REQUEST"}
    assert found and all(k[2] == "PER" and k[0] != "PER" for k in found)
    text = 'Menlu Chile bertemu Menlu Bolivia di Lima. "Kami mendukung Peru," kata Menlu Chile.'
    assert ("CHL", "SUPPORT", "PER") in _found(text)

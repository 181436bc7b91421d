"""Probe probe9-id (2026-12-06, ninth round): Indonesian current news over several sentences (BRICS, Prabowo abroad,
IEU-CEPA and the US tariff deal, Australia, Gaza and Israel-Iran, India-Pakistan, Thailand-Cambodia, ASEAN and
Timor-Leste, the Philippines and China at sea, WNI abroad). Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_party_leader_of_his_own_state_is_that_state_in_the_two_countries() -> None:
    """"Presiden Chile … bertemu Presiden China Xi Jinping … Kedua negara menandatangani …": Xi's office as general
    secretary of a national party (a body with a state) does not make him that party at the state level
    (`_as_state`); the pair is Chile and China. An international body's officer still counts as the body."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden China Xi Jinping di Beijing. Kedua negara "
                   "menandatangani tujuh nota kesepahaman.")
    assert ("CHL", "SUPPORT", "CHN") in found or ("CHN", "SUPPORT", "CHL") in found
    assert not [k for k in found if "chinese-communist-party" in (k[0], k[2])]
    found = _found("Presiden Peru Dina Boluarte bertemu Pemimpin Korea Utara Kim Jong Un. Kedua negara sepakat "
                   "membuka kedutaan.")
    assert ("PER", "AGREE", "PRK") in found or ("PRK", "AGREE", "PER") in found


def test_a_pair_absorbed_by_a_request_is_both_addressees() -> None:
    """"mendesak kedua pihak menahan diri": the pair read back as the owner of the absorbed complement is both
    parties (`_listed_before`, `roles.owner-target`), not the nearer one alone."""
    found = _found("Peru melancarkan serangan udara terhadap Bolivia. Pemerintah Chile mendesak kedua pihak "
                   "menahan diri.")
    assert {("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")} <= found
    found = _found("Peru melancarkan serangan udara terhadap Bolivia. Pemerintah Chile mengecam serangan itu dan "
                   "mendesak kedua negara menahan diri.")
    assert {("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")} <= found


def _found_article(text: str) -> set[tuple[str, str, str]]:
    """As `graphbuild build` and scripts/probe.py read a text: its dateline marked as page furniture."""
    from graphbuild.ingest import IngestOptions, make_article
    from tests.test_persons_current import _extractor

    article = make_article("t", text, "test", IngestOptions(), title="", date="2025-07-24", lang="id")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_words_between_an_event_noun_and_antara_keep_the_pair() -> None:
    """"bentrokan bersenjata pecah antara A dan B", "perundingan tidak langsung antara A dan B": a few modifiers
    (`events.between_modifiers`) between the noun and "antara" keep `roles.between-pair`; the mediator who is the
    sentence's subject is no party of the talks."""
    found = _found("Bentrokan bersenjata pecah antara pasukan Chile dan Peru di perbatasan, Kamis.")
    assert {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")} <= found
    found = _found("Bolivia dan Ekuador menjadi penengah dalam perundingan tidak langsung antara Chile dan Peru.")
    assert ("CHL", "CONSULT", "PER") in found
    assert not [k for k in found if k[0] in ("BOL", "ECU") and k[2] in ("BOL", "ECU")]


def test_an_event_noun_right_after_a_dateline_opens_the_sentence() -> None:
    """"SANTIAGO (Antara) - Bentrokan antara A dan B …": the dateline blanked as page furniture leaves the noun the
    sentence's first word, written with a capital (`_opens_sentence`, `roles.between-pair`)."""
    found = _found_article("SANTIAGO (Antara) - Bentrokan bersenjata pecah antara pasukan Bolivia dan Peru di "
                           "perbatasan kedua negara, Kamis.")
    assert {("BOL", "ASSAULT", "PER"), ("PER", "ASSAULT", "BOL")} <= found


def test_the_two_leaders_signing_a_document_between_their_own_states_sign_with_each_other() -> None:
    """"Kedua pemimpin menandatangani deklarasi kemitraan antara Chile dan Peru": the named states after the
    document are the two subjects' own (`roles.pair-of-the-subjects`), so the leaders signed with each other, not
    each with the other's state."""
    found = _found("Presiden Chile Gabriel Boric bertemu dengan Presiden Peru Dina Boluarte di Lima. Kedua pemimpin "
                   "menandatangani deklarasi kemitraan strategis antara Chile dan Peru.")
    assert ("gabriel-boric", "SUPPORT", "dina-boluarte") in found
    assert not [k for k in found if k[2] in ("CHL", "PER")]


def test_saying_someone_will_receive_a_punishment_threatens_them() -> None:
    """"mengatakan Y akan menerima hukuman berat / menghadapi pembalasan" (`id.threaten.akan-dihukum`, an
    obligation: the speaker's THREATEN of each listed Y); receiving a reply is no threat."""
    assert ("PER", "THREATEN", "CHL") in _found("Pemerintah Peru mengatakan Chile akan menerima hukuman berat.")
    found = _found("Presiden Bolivia menegaskan Chile dan Peru akan menghadapi pembalasan.")
    assert {k[2] for k in found if k[1] == "THREATEN"} == {"CHL", "PER"}
    assert not _found("Chile akan menerima balasan surat dari Peru pekan depan.")


def test_removing_import_duties_on_a_state_goods_is_a_concession() -> None:
    """"menghapus bea masuk atas produk Y" eases a trade restriction (`id.concede.cabut-sanksi`: CONCEDE, AGREE when
    it is announced with "akan")."""
    assert ("PER", "CONCEDE", "CHL") in _found("Peru menghapus bea masuk atas produk Chile.")
    found = _found("Menlu Chile mengatakan Peru akan menghapus bea masuk atas sebagian besar produk Chile.")
    assert ("PER", "AGREE", "CHL") in found


def test_exercises_held_routinely_are_no_act() -> None:
    """"rutin menggelar latihan bersama (sejak 1990-an)" is a standing practice (`id.none.latihan-rutin`); an
    exercise held this week stays COOPERATE."""
    assert not _found("Chile dan Peru rutin menggelar latihan bersama sejak 1990-an.")
    assert not _found("Angkatan laut Chile rutin melakukan patroli bersama dengan Peru.")
    assert ("CHL", "COOPERATE", "PER") in _found("Chile dan Peru menggelar latihan bersama di Lima pekan ini.")


def test_an_actor_named_after_a_contrast_is_no_owner_of_the_judged_act() -> None:
    """"Hamas menyambut baik tawaran tersebut, namun menegaskan warga Gaza …": an actor named in the clause after ",
    namun / tetapi" (`events.contrast_conjunctions`, `_clause_end`) does not keep the act anaphor from the sentence
    before's subject."""
    found = _found("Presiden Chile Gabriel Boric menyatakan Chile siap menampung warga Gaza. Hamas menyambut baik "
                   "tawaran tersebut, namun menegaskan warga Gaza tidak akan meninggalkan tanah mereka.")
    assert ("hamas", "SUPPORT", "gabriel-boric") in found


def test_drafting_a_joint_statement_together_is_an_agreement() -> None:
    """"Chile dan Peru akan menyusun pernyataan bersama" (`id.agree.pernyataan-bersama`): a shared commitment of the
    two, AGREE both ways; "dengan Y" gives the partner."""
    found = _found("Menko Chile mengatakan Chile dan Peru akan segera menyusun pernyataan bersama.")
    assert ("CHL", "AGREE", "PER") in found
    assert ("BOL", "AGREE", "PER") in _found("Bolivia sedang merumuskan deklarasi bersama dengan Peru.")


def test_the_border_of_the_two_countries_is_a_place() -> None:
    """"mengirim tim pengamat ke perbatasan kedua negara": the pair after a place noun (`events.pair_place_nouns`) is
    no mention of the two states; "kedua negara" alone still reads them."""
    found = _found("Chile dan Peru sepakat melakukan gencatan senjata. Bolivia siap mengirim tim pengamat ke "
                   "perbatasan kedua negara.")
    assert not [k for k in found if k[0] == "BOL"]
    found = _found("Chile dan Peru sepakat melakukan gencatan senjata. Bolivia mendesak kedua negara mematuhinya.")
    assert {("BOL", "REQUEST", "CHL"), ("BOL", "REQUEST", "PER")} <= found

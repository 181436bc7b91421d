"""Probe probe12-id (2026-12-06, twelfth round, for precision): Indonesia's own ties as Indonesian papers report
them (heads of bodies named with the body's acronym, possible meetings, ...). Sentences of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


@cache
def _scored() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="auto")  # the default path: the rules and the shipped scorer


def _as_built(text: str) -> set[tuple[str, str, str]]:
    """The text's triples as `graphbuild build` reads it: its dateline marked, the shipped scorer deciding."""
    article = make_article("t", text, "test", IngestOptions(), date="2025-06-01", lang="id")
    return keys(next(iter(_scored().extract([article]))).triples)


def test_an_office_of_a_body_with_its_acronym_in_brackets_is_the_named_person() -> None:
    """"Presiden Bank Pembangunan Baru (NDB) Dilma Rousseff": the body's acronym in brackets between the office and
    the name is skipped (`_compose_role`), so the person is met, not the body; "(KBRI) di Kairo" names no one."""
    found = _found("Presiden Chile bertemu Presiden Bank Pembangunan Baru (NDB) Dilma Rousseff di Lima.")
    assert [k for k in found if k[1] == "CONSULT" and k[2] == "dilma-rousseff"]
    assert not [k for k in found if "new-development-bank" in (k[0], k[2])]
    found = _found("Menteri Luar Negeri Chile bertemu Sekretaris Jenderal Organisasi Kerja Sama Islam (OKI) "
                   "Hissein Brahim Taha di Jeddah.")
    assert not [k for k in found if k[1] == "CONSULT" and k[2] == "oic"]


def test_a_possible_meeting_is_no_meeting_for_the_scorer_either() -> None:
    """"menyinggung kemungkinan pertemuan dengan Y": the rules leave a trigger after an irrealis marker out, and a
    scorer event with no rule triple resting on such a trigger is left out too (`_irrealis_only`)."""
    found = _as_built("LIMA, ANTARA - Presiden Peru kembali menyinggung kemungkinan pertemuan dengan Presiden Chile "
                      "Gabriel Boric, tetapi mengaku belum ada rencana konkret.")
    assert not [k for k in found if k[1] == "CONSULT"]
    found = _as_built("LIMA, ANTARA - Presiden Peru bertemu dengan Presiden Chile Gabriel Boric di Lima, Senin.")
    assert [k for k in found if k[1] == "CONSULT" and "gabriel-boric" in (k[0], k[2])]


def test_a_vessel_flag_state_is_the_seizure_target_past_a_longer_object() -> None:
    """"menangkap dua kapal ikan asing berbendera Y": the flag state after `events.flag_words` is the bare object's
    owner up to seven words after the trigger (four otherwise); without the flag word it stays out of reach."""
    assert ("CHL", "COERCE", "PER") in _found("Angkatan Laut Chile menangkap tiga kapal pukat ikan asing berbendera "
                                              "Peru di perairan Arica.")
    assert not [k for k in _found("Angkatan Laut Chile menangkap tiga kapal pukat ikan asing milik pengusaha Peru.")
                if k[1] == "COERCE"]


def test_a_proposal_handed_over_is_an_offer_and_no_truce() -> None:
    """"menyerahkan proposal gencatan senjata kepada Y": an offer to Y (`id.agree.serah-usulan`), and the proposed
    ceasefire is no truce between the two who hand it over (`id.none.usulan-gencatan`); a prisoner moved to a
    state is a transfer (`id.cooperate.pindah-narapidana`)."""
    found = _found("Chile dan Bolivia menyerahkan proposal gencatan senjata baru kepada Peru di Lima.")
    assert {("CHL", "AGREE", "PER"), ("BOL", "AGREE", "PER")} <= found
    assert not [k for k in found if k[1] == "RETREAT"]
    assert ("CHL", "COOPERATE", "PER") in _found("Pemerintah Chile memindahkan narapidana kasus narkoba John Doe "
                                                 "ke Peru, Rabu.")


def test_the_two_sides_after_two_ministers_met_are_the_ministers() -> None:
    """"X bertemu Y … . Dalam pertemuan itu, kedua pihak menandatangani …": "kedua pihak" after two people of two
    states, when the last two states named are theirs, is the two people (`_sides_people`); after two states it
    stays the states."""
    text = ("Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri Peru Elmer Schialer di Lima, "
            "Minggu. Dalam pertemuan itu, kedua pihak menandatangani nota kesepahaman tentang perbatasan.")
    signed = [t for t in run(text, lang="id") if t.relation == "SUPPORT"]
    assert signed and all(t.source.actor.type == "Person" and t.target.actor.type == "Person" for t in signed)
    found = _found("Chile dan Peru menggelar pertemuan di Lima. Kedua pihak menandatangani nota kesepahaman.")
    assert ("CHL", "SUPPORT", "PER") in found or ("PER", "SUPPORT", "CHL") in found


def test_a_portfolio_listed_with_commas_still_reaches_the_name() -> None:
    """"Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan Yusril Ihza Mahendra": the commas and
    ", dan" between the portfolio's capitalised words do not end it (`_after_portfolio`, `_portfolio_goes_on`), so
    the named minister is the passive's agent."""
    found = _found("Perjanjian itu ditandatangani oleh Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan "
                   "Pemasyarakatan Yusril Ihza Mahendra dan pemerintah Peru pekan lalu.")
    assert [k for k in found if k[0] == "yusril-ihza-mahendra" and k[2] == "PER"]


def test_a_contributing_country_is_a_description_no_aid() -> None:
    """"salah satu negara penyumbang personel terbesar bagi Y": a class of states, no aid reported
    (`id.none.negara-penyumbang`); "menyumbang … kepada Y" stays aid."""
    assert not _found("Chile merupakan salah satu negara penyumbang personel terbesar bagi UNIFIL.")
    assert ("CHL", "AID", "PER") in _found("Chile menyumbang obat-obatan kepada Peru.")


def test_sovereign_funds_act_for_their_states() -> None:
    """Danantara and the Qatar Investment Authority are their states' bodies (gazetteer `danantara`,
    `qatar-investment-authority`): a memorandum they sign is between the two states."""
    found = _found("Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) menandatangani nota kesepahaman "
                   "dengan Qatar Investment Authority (QIA) di Doha.")
    assert ("IDN", "SUPPORT", "QAT") in found or ("QAT", "SUPPORT", "IDN") in found


def test_a_target_date_makes_a_signing_a_plan_and_a_recalled_meeting_no_event() -> None:
    """"menargetkan penandatanganan … dengan Y rampung tahun depan": a plan (`id.agree.targetkan`, AGREE), not a
    signing done; "mengenang pertemuannya dengan Y" recalls a past meeting (`id.none.kenang-pertemuan`)."""
    found = _found("Chile menargetkan penandatanganan perjanjian dagang dengan Peru rampung tahun depan.")
    assert ("CHL", "AGREE", "PER") in found and ("CHL", "SUPPORT", "PER") not in found
    assert not _found("Presiden Chile mengenang kunjungannya ke Peru pada 2019.")


def test_a_meeting_after_a_statement_is_the_speaker_s() -> None:
    """"Hal itu disampaikan X setelah bertemu Y": the time word right before the verb opens no clause with a subject
    of its own when the speaker is named right before it after a statement verb (`events.subjectless_clause_words`,
    `events.statement_verbs`, clause_start); "X mengatakan Z akan … setelah berbicara dengan Y" is left as it was."""
    found = _found("Pernyataan itu disampaikan Presiden Chile Gabriel Boric setelah bertemu Presiden Peru di Lima.")
    assert [k for k in found if k[0] == "gabriel-boric" and k[1] == "CONSULT"]
    found = _found("Presiden Peru mengatakan Bolivia akan membuka perbatasan setelah berbicara dengan Chile.")
    assert not [k for k in found if k[0] == "BOL" and k[1] == "CONSULT"]


def test_an_intent_does_not_reach_a_noun_with_its_own_owner_in_another_phrase() -> None:
    """"Y akan membacakan putusan dalam gugatan A terhadap B": the intent marker does not make the lawsuit Y's
    (`_chain`: a preposition before an event noun that its owner follows); A's lawsuit against B stays."""
    found = _found("Mahkamah Internasional akan membacakan putusan dalam gugatan Chile terhadap Peru tahun depan.")
    assert ("CHL", "ACCUSE", "PER") in found
    assert not [k for k in found if k[0] == "icj"]


def test_open_to_talks_is_a_willingness() -> None:
    """"tetap terbuka untuk berunding dengan Y": a stated willingness (`id.agree.terbuka-untuk`, AGREE), no talks
    held; "asalkan" opens a condition as "jika" does."""
    found = _found("Chile tetap terbuka untuk berunding dengan Peru, asalkan Lima menghentikan ancaman militer.")
    assert ("CHL", "AGREE", "PER") in found
    assert not [k for k in found if k[1] == "CONSULT"]


def test_a_question_reports_no_event() -> None:
    """A sentence that ends in a question mark asks (`filter.question`), on the rules' path and the scorer's
    (`_question_only`); the answer after it may report one."""
    assert not _as_built("LIMA, ANTARA - Apakah Chile akan mencabut tarif terhadap produk Peru?")
    assert not _found("Apakah Chile akan mencabut tarif terhadap produk Peru?")
    assert ("CHL", "CONCEDE", "PER") in _found("Apakah Chile akan melunak? Chile akhirnya mencabut tarif atas anggur "
                                               "Peru.")


def test_a_meeting_holds_both_ways_only_between_two_people() -> None:
    """"X bertemu (dengan) Y" holds both ways between two people (`roles.comitative-both-ways`); with a state or a
    body on either side the reverse is left out in Indonesian (the train split lists none)."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima.")
    assert {("gabriel-boric", "CONSULT", "dina-boluarte"), ("dina-boluarte", "CONSULT", "gabriel-boric")} <= found
    found = _found("Chile bertemu dengan Peru di Jenewa.")
    assert ("CHL", "CONSULT", "PER") in found and ("PER", "CONSULT", "CHL") not in found

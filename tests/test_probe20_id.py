"""Probe probe20-id (2026-12-07, twentieth round): Indonesia's own relations in 2025 as Antara, Kompas and CNN Indonesia
report them (Prabowo's visits and the agreements signed on them, the US tariff talks, Gaza evacuations with Egypt and
Jordan, defence ties with Australia and China), with the speaker after a comma and time clauses after the main
clause. Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-06-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_speaker_after_the_comma_is_no_person_the_state_modifies() -> None:
    """`events.modifier_breaks` (Indonesian speech and time words): "dukungan terhadap Peru menampung pengungsi, kata
    Presiden Peru Dina Boluarte" supports Peru; the speaker after "kata" is no person that "Peru" modifies."""
    found = _found("Chile menyatakan dukungan terhadap Peru menampung pengungsi, kata Presiden Peru Dina Boluarte.")
    assert ("CHL", "SUPPORT", "PER") in found
    assert ("CHL", "SUPPORT", "dina-boluarte") not in found


def test_a_meeting_in_a_time_clause_after_a_comma_is_the_main_subjects() -> None:
    """`roles.time-clause-subject` (`events.subjectless_clause_words` with "saat"): "Menlu Chile meminta Peru membantu
    evakuasi warga Bolivia, saat bertemu Y" is the minister's meeting, not the Bolivians' (named last before it)."""
    found = _found(
        "Presiden Chile Gabriel Boric meminta Peru membantu evakuasi warga Bolivia, saat bertemu Presiden Peru Dina "
        "Boluarte di Lima."
    )
    assert ("gabriel-boric", "REQUEST", "PER") in found
    assert ("gabriel-boric", "CONSULT", "dina-boluarte") in found
    assert ("BOL", "CONSULT", "dina-boluarte") not in found


def test_a_mediation_named_as_background_is_no_meeting() -> None:
    """`id.none.tengah-upaya-tengahi`: "terjadi di tengah upaya X menengahi konflik antara A dan B" reports another
    event; X met no one."""
    found = _found("Bentrokan itu terjadi di tengah upaya Chile menengahi konflik antara Peru dan Bolivia.")
    assert not any(t[1] == "CONSULT" for t in found)


def test_agreeing_after_a_meeting_agrees_with_the_partner() -> None:
    """`roles.agreed-at-meeting` (`events.meeting_agreement_joiners`): "bertemu Y di Lima, Kamis, dan sepakat
    memperluas …" is an agreement with Y."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden Peru Dina Boluarte di Lima, Kamis, dan sepakat "
                   "memperluas perdagangan.")
    assert ("gabriel-boric", "AGREE", "dina-boluarte") in found


def test_rejecting_any_form_of_displacing_a_people_rejects_no_state() -> None:
    """`id.none.tolak-pemindahan` past two words ("menolak segala bentuk pemindahan paksa warga Y"): the people
    displaced, not their state, is what the act is done to; a proposal of the state stays rejected."""
    assert not _found("Chile menolak segala bentuk pengusiran warga Peru ke negara lain.")
    assert ("CHL", "REJECT", "PER") in _found("Chile menolak usulan Peru soal pemindahan pengungsi.")


def test_a_hyphenated_palace_name_before_a_capital_keeps_the_capital_a_place() -> None:
    """`_place_apposition` (a hyphen inside the name): "di Istana Al-Carondelet, Quito, Senin, dan menyampaikan
    terima kasih atas bantuan Ekuador": Quito says where, no subject (Ecuador thanking itself, a self-loop dropped);
    the thanks are the president's."""
    found = _found(
        "Presiden Chile Gabriel Boric bertemu Presiden Ekuador Daniel Noboa di Istana Al-Carondelet, Quito, Senin, dan "
        "menyampaikan terima kasih atas bantuan Ekuador."
    )
    assert ("gabriel-boric", "SUPPORT", "ECU") in found

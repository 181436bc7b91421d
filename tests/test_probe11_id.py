"""Probe probe11-id (2026-12-06, eleventh round): Indonesian statements about other actors, lists of parties,
aid and sanctions for several countries, measures by ministries and agencies, events as nouns. Sentences of our
own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_class_noun_before_a_listed_group_keeps_the_list() -> None:
    """"sanksi terhadap Y dan kelompok Z": the class noun of `resolve.group_nouns` ("kelompok", "milisi") before a
    listed group or body does not end the list (`_expand_right`)."""
    found = _found("Chile menjatuhkan sanksi terhadap Peru dan kelompok Taliban.")
    assert [k for k in found if k[1] == "SANCTION" and k[2] == "PER"]
    assert ("CHL", "SANCTION", "taliban") in found
    found = _found("Kolombia mengecam Peru dan milisi Hamas atas serangan itu.")
    assert {("COL", "ACCUSE", "PER"), ("COL", "ACCUSE", "hamas")} <= found


def test_a_judgement_reaches_the_agent_of_the_judged_act() -> None:
    """"mengecam blokade bantuan kemanusiaan oleh Y": a judgement verb (ACCUSE, SUPPORT) reaches the agent after
    "oleh" (`events.judged_owner_links`); the judged act's own noun does not take the judge as its source."""
    found = _found("Kolombia mengecam blokade bantuan kemanusiaan oleh Peru.")
    assert ("COL", "ACCUSE", "PER") in found
    assert not [k for k in found if k[0] == "COL" and k[1] in ("COERCE", "AID")]
    assert ("COL", "ACCUSE", "PER") in _found("Kolombia mengutuk serangan udara oleh Peru.")
    assert not [k for k in _found("Kolombia menghalangi pemeriksaan oleh Peru.") if k[1] == "ACCUSE"]


def test_a_signing_noun_takes_its_agents_after_the_document_name() -> None:
    """"Penandatanganan Perjanjian … (…) oleh A dan B": a signing noun followed by its document's name takes the
    agents after "oleh" within 14 tokens (`roles.by-agent`, `_past_document_name`); not past a comma."""
    found = _found("Penandatanganan Perjanjian Perdagangan Bebas Chile-Peru (CPFTA) oleh Chile dan Peru "
                   "berlangsung di Lima.")
    assert ("CHL", "SUPPORT", "PER") in found or ("PER", "SUPPORT", "CHL") in found
    found = _found("Penandatanganan perjanjian itu, yang disaksikan oleh Kolombia, berlangsung di Lima.")
    assert not [k for k in found if k[0] == "COL"]


def test_the_two_sides_after_a_hosted_meeting_between_two_states() -> None:
    """"X menjadi tuan rumah pertemuan antara A dan B … . Kedua pihak sepakat …": a pair word opening the sentence
    stands for the "antara A dan B" of the sentence before (`_pair_between_before`), not for the host."""
    found = _found("Chile menjadi tuan rumah pertemuan antara Peru dan Bolivia di Santiago. "
                   "Kedua pihak sepakat membuka kembali perbatasan.")
    assert ("PER", "AGREE", "BOL") in found or ("BOL", "AGREE", "PER") in found
    assert not [k for k in found if k[1] == "AGREE" and "CHL" in (k[0], k[2])]

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

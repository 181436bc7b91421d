"""Probe probe25-id (2026-12-07, twenty-fifth round): 2025 news as Indonesian outlets report it (the DR Congo–Rwanda
accord in Washington, the Armenia–Azerbaijan declaration, North Korean troops in Russia, Syria's sanctions lifted and
Israel's strikes on Damascus, US tariffs on India, Indonesia's trade deals with the US and the EU, Prabowo at BRICS and
in Beijing), in the shapes of a date and a place opening the sentence ("Pada Jumat di Washington, X …") and an act in a
relative clause on a signed document ("menandatangani perintah eksekutif yang mencabut sanksi terhadap Y"). Sentences
of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-07-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_date_before_an_opening_place_leaves_the_subject_after_its_comma() -> None:
    """`events.opening_time_words` (`_time_before` in `_place_apposition`): "Pada Senin di Lima, Peru …" opens with a
    date and a place, as "Di Lima, Peru …" opens with a place: the actor after the comma is the subject, not the
    place's state set off by a comma."""
    assert ("PER", "ACCUSE", "CHL") in _found("Pada Senin di Lima, Peru mengecam Chile.")
    found = _found("Pada hari Jumat (4/7/2025) di Santiago, Presiden Peru Dina Boluarte dan Presiden Chile Gabriel "
                   "Boric menandatangani perjanjian perbatasan.")
    assert ("dina-boluarte", "SUPPORT", "gabriel-boric") in found
    assert ("PER", "ACCUSE", "CHL") in _found("Kemarin sore di Lima, Peru mengecam Chile.")


def test_a_place_set_off_after_its_city_still_is_no_subject() -> None:
    """The apposition of a place ("di Basra, Irak selatan, …") stays a place after a date."""
    found = _found("Pada Senin di Basra, Irak selatan, Iran menyerang Kuwait.")
    assert ("IRN", "ASSAULT", "KWT") in found
    assert not any(source == "IRQ" for source, _, _ in found)


def test_a_signed_decree_is_no_agreement_and_its_act_is_the_signers() -> None:
    """`id.none.teken-dekret`, `events.document_nouns`, `events.document_relatives` (`roles.document-relative`): "X
    menandatangani dekret / perintah eksekutif yang mencabut sanksi terhadap Y" is X's concession to Y, no signing
    with Y; the act's subject is the signer, as in "Biden signed a bill that provides …"."""
    found = _found("Presiden Peru Dina Boluarte menandatangani dekret yang mencabut sanksi terhadap Bolivia.")
    assert ("dina-boluarte", "CONCEDE", "BOL") in found
    assert ("dina-boluarte", "SUPPORT", "BOL") not in found
    found = _found("Presiden Chile Gabriel Boric menandatangani perintah eksekutif yang mencabut sanksi terhadap "
                   "Venezuela.")
    assert ("gabriel-boric", "CONCEDE", "VEN") in found
    assert ("gabriel-boric", "SUPPORT", "VEN") not in found


def test_lifting_most_of_the_sanctions_eases_them() -> None:
    """`id.concede.cabut-sanksi` (gap 2): "mencabut sebagian besar sanksi terhadap Y" eases sanctions, as "mencabut
    sanksi terhadap Y" does; a quantifier of two words had left "sanksi" alone, a sanction imposed."""
    found = _found("Kanada mencabut sebagian besar sanksi terhadap Belarus.")
    assert ("CAN", "CONCEDE", "BLR") in found
    assert ("CAN", "SANCTION", "BLR") not in found

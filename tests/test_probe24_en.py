"""Probe probe24-en (2026-12-07, twenty-fourth round): late-2025 wire copy on the Venezuela crisis, Sudan's war, the
Ukraine peace talks and the Thailand-Cambodia border clashes. Sentences of our own, with other states and people than
the probe's."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_it_calls_on_after_a_sentence_without_an_actor() -> None:
    """"Peru condemned … . The foreign ministry said … . It called on Chile to …": "called" after an opening "it" is
    an actor's act (`events.opening_it_verbs`), and a sentence right before that names no actor is passed over to
    the one that opened the sentence before it (`coref.opening-it`)."""
    found = shipped("Peru condemned the raid on Monday. The foreign ministry said it would not accept threats. "
                    "It called on Chile to withdraw its troops.")
    assert ("PER", "REQUEST", "CHL") in found, found


def test_an_accusation_in_a_time_clause_after_the_main_clause() -> None:
    """"Ecuador expelled Peru's ambassador on Monday, after accusing Colombia of …": the participle after ", after"
    has no subject of its own; the main clause's subject accuses (`events.subjectless_clause_words`, and an "-ing"
    trigger with a bare object is no event noun for `roles.time-clause-subject`)."""
    found = shipped("Ecuador expelled Peru's ambassador on Monday, after accusing Colombia of backing the rebels.")
    assert ("ECU", "ACCUSE", "COL") in found, found
    found = shipped("Ecuador expelled Peru's ambassador on Monday, the foreign ministry said, after accusing Colombia "
                    "of backing the rebels.")
    assert ("ECU", "ACCUSE", "COL") in found, found


def test_a_charge_after_a_long_name_and_a_day_is_alleged() -> None:
    """"Ecuador accused the United Kingdom on Tuesday of sending weapons to Bolivia": the accused's name counts as one
    token in `filter.accusation-charges`' window, so the charge after "of" is still alleged, no aid of the accuser."""
    found = shipped("Ecuador accused the United Kingdom on Tuesday of sending weapons to Bolivia.")
    assert ("ECU", "ACCUSE", "GBR") in found, found
    assert not {t for t in found if t[1] == "AID"}, found

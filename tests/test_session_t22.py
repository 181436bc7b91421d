"""Rules found on current-news texts and on the pool's own copy (2026-12-07, fourth session). Sentences of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
from tests.test_persons_current import keys


@cache
def _scored() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="auto")  # the default path: the rules and the shipped scorer


def _as_built(text: str, lang: str = "en", date: str = "2024-06-01") -> set[tuple[str, str, str]]:
    """The text's triples as `graphbuild build` reads it: its dateline marked, the shipped scorer deciding."""
    article = make_article("t", text, "test", IngestOptions(), date=date, lang=lang)
    return keys(next(iter(_scored().extract([article]))).triples)


def test_a_title_case_headline_after_a_title_keeps_the_office_holder() -> None:
    """`coref.surname-titled-holder`: in a Title Case headline the words after "President Biden" are capitalised
    too; the surname of the one person holding the office on the date is that person, so the later "the President"
    is Joe Biden, not a new person "Biden Unveils Plan". A surname of nobody in that office still opens a longer
    name ("President Omar al-Bashir")."""
    text = ("President Biden Unveils Plan to Cut Methane Emissions\n"
            "The President welcomed Prime Minister Trudeau to the White House on Thursday.")
    found = _as_built(text, date="2021-11-02")
    assert ("joe-biden", "CONSULT", "justin-trudeau") in found, found  # a welcome to the White House: a visit
    assert not [k for k in found if "unveils" in k[0]], found
    found = _as_built("President Omar al-Bashir Rejects UN Force for Darfur", date="2007-03-05")
    assert not [k for k in found if k[0] == "mohammad-omar"], found

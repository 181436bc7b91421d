"""data/gazetteer/persons-europe.yaml: dated offices that answer `holders()` correctly (the checks every regional
file passes are in tests/test_persons_regions.py)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


HOLDERS = [
    ("president", "ROU", "2019-07-04", "klaus-iohannis"),
    ("president", "ROU", "2025-06-01", "nicusor-dan"),
    ("chancellor", "AUT", "2022-03-01", "karl-nehammer"),
    ("prime_minister", "IRL", "2023-06-01", "leo-varadkar"),
    ("prime_minister", "ARM", "2022-01-01", "nikol-pashinyan"),
    ("president", "CHE", "2023-06-01", "alain-berset"),
    ("foreign_minister", "CZE", "2023-01-15", "jan-lipavsky"),
]


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer) -> None:
    assert [actor.id for actor in gazetteer.holders("president", "AZE", None)] == ["ilham-aliyev"]
    assert [actor.id for actor in gazetteer.holders("prime_minister", "CZE", None)] == ["andrej-babis"]


def test_surfaces_carry_rule_ids_into_provenance(gazetteer: Gazetteer) -> None:
    iohannis = [s for s in gazetteer.surfaces if s.actor_id == "klaus-iohannis" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in iohannis] == [
        ("Iohannis", "gaz.klaus-iohannis.surname"), ("Johannis", "gaz.klaus-iohannis.surname")
    ]
    ties = gazetteer.affiliations("maia-sandu")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "MDA", "prime_minister", "2019-06-08", "2019-11-14"),
        ("LEADER_OF", "MDA", "president", "2020-12-24", None),
    ]

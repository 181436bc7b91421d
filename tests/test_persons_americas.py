"""data/gazetteer/persons-americas.yaml: dated offices that answer `holders()` correctly (the checks every regional
file passes are in tests/test_persons_regions.py)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


HOLDERS = [
    ("president", "BOL", "2010-01-01", "evo-morales"),
    ("president", "BOL", "2020-03-01", "jeanine-anez"),
    ("president", "BOL", "2026-01-01", "rodrigo-paz"),
    ("president", "CHL", "2016-01-01", "michelle-bachelet"),
    ("president", "CHL", "2020-01-01", "sebastian-pinera"),
    ("president", "CHL", "2026-06-01", "jose-antonio-kast"),
    ("president", "ECU", "2024-06-01", "daniel-noboa"),
    ("president", "SLV", "2022-01-01", "nayib-bukele"),
    ("president", "PER", "2023-01-01", "dina-boluarte"),
    ("president", "PER", "2026-03-01", "jose-maria-balcazar"),
    ("president", "HND", "2026-03-01", "nasry-asfura"),
    ("president", "TTO", "2024-01-01", "christine-kangaloo"),
    ("prime_minister", "TTO", "2025-06-01", "kamla-persad-bissessar"),
    ("prime_minister", "JAM", "2020-01-01", "andrew-holness"),
    ("prime_minister", "BRB", "2022-01-01", "mia-mottley"),
    ("prime_minister", "HTI", "2023-01-01", "ariel-henry"),
    ("prime_minister", "VCT", "2026-01-01", "godwin-friday"),
    ("foreign_minister", "URY", "2021-01-01", "francisco-bustillo"),
    ("foreign_minister", "CHL", "2024-01-01", "alberto-van-klaveren"),
]


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer) -> None:
    assert [actor.id for actor in gazetteer.holders("president", "SLV", None)] == ["nayib-bukele"]
    assert [actor.id for actor in gazetteer.holders("prime_minister", "BRB", None)] == ["mia-mottley"]
    assert sorted(actor.id for actor in gazetteer.holders("president", "NIC", None)) == [
        "daniel-ortega", "rosario-murillo"
    ]


def test_surfaces_carry_rule_ids_into_provenance(gazetteer: Gazetteer) -> None:
    bukele = [s for s in gazetteer.surfaces if s.actor_id == "nayib-bukele" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in bukele] == [("Bukele", "gaz.nayib-bukele.surname")]
    ties = gazetteer.affiliations("mia-mottley")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "BRB", "prime_minister", "2018-05-25", None)
    ]

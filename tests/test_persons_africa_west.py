"""data/gazetteer/persons-africa-west.yaml: dated offices that answer `holders()` correctly (the checks every regional
file passes are in tests/test_persons_regions.py)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import yaml

from graphbuild.paths import data_dir
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer

GAZETTEER = data_dir() / "gazetteer"
PERSONS = GAZETTEER / "persons-africa-west.yaml"
STATES = {
    "BEN", "BFA", "CPV", "CMR", "CAF", "TCD", "COG", "CIV", "GNQ", "GAB", "GMB", "GHA", "GIN", "GNB", "LBR", "MRT",
    "NER", "SEN", "SLE", "STP", "TGO", "TUN",
}  # fmt: skip


@cache
def _entries() -> list[dict[str, Any]]:
    with PERSONS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entries"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


HOLDERS = [
    ("president", "CIV", "2015-06-01", "alassane-ouattara"),
    ("president", "GHA", "2020-01-01", "nana-akufo-addo"),
    ("president", "GHA", "2025-03-01", "john-mahama"),
    ("president", "GHA", "2014-01-01", "john-mahama"),
    ("president", "SEN", "2024-06-01", "bassirou-diomaye-faye"),
    ("prime_minister", "SEN", "2025-01-01", "ousmane-sonko"),
    ("prime_minister", "SEN", "2025-10-01", "ousmane-sonko"),
    ("president", "TUN", "2017-01-01", "beji-caid-essebsi"),
    ("prime_minister", "TUN", "2011-06-01", "beji-caid-essebsi"),
    ("president", "TUN", "2023-01-01", "kais-saied"),
    ("foreign_minister", "TUN", "2024-01-01", "nabil-ammar"),
    ("president", "NER", "2022-01-01", "mohamed-bazoum"),
    ("president", "NER", "2024-01-01", "abdourahamane-tiani"),
    ("president", "BFA", "2023-06-01", "ibrahim-traore"),
    ("president", "GAB", "2015-01-01", "ali-bongo-ondimba"),
    ("president", "GAB", "2024-01-01", "brice-clotaire-oligui-nguema"),
    ("president", "TCD", "2020-01-01", "idriss-deby"),
    ("president", "TCD", "2022-01-01", "mahamat-deby"),
    ("president", "GIN", "2015-01-01", "alpha-conde"),
    ("prime_minister", "GIN", "2026-03-01", "amadou-oury-bah"),
    ("president", "LBR", "2010-01-01", "ellen-johnson-sirleaf"),
    ("president", "LBR", "2020-01-01", "george-weah"),
    ("president", "CMR", "2010-01-01", "paul-biya"),
    ("president", "GNB", "2026-01-01", "horta-n-tam"),
    ("president", "TGO", "2010-01-01", "faure-gnassingbe"),
    ("prime_minister", "TGO", "2026-01-01", "faure-gnassingbe"),
    ("president", "TGO", "2026-01-01", "jean-lucien-savi-de-tove"),
    ("president", "CPV", "2015-01-01", "jorge-carlos-fonseca"),
    ("prime_minister", "CPV", "2010-01-01", "jose-maria-neves"),
    ("prime_minister", "STP", "2016-01-01", "patrice-trovoada"),
]


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer) -> None:
    assert [actor.id for actor in gazetteer.holders("president", "CMR", None)] == ["paul-biya"]
    assert [actor.id for actor in gazetteer.holders("president", "TUN", None)] == ["kais-saied"]
    assert [actor.id for actor in gazetteer.holders("foreign_minister", "TGO", None)] == ["robert-dussey"]


def test_every_state_of_the_file_has_a_current_head_of_state() -> None:
    current = {office["of"] for entry in _entries() for office in entry["roles"]
               if office["role"] == "president" and office["to"] is None}
    assert current == STATES


def test_surfaces_carry_rule_ids_into_provenance(gazetteer: Gazetteer) -> None:
    saied = [s for s in gazetteer.surfaces if s.actor_id == "kais-saied" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in saied] == [
        ("Saied", "gaz.kais-saied.surname"), ("Saïed", "gaz.kais-saied.surname")
    ]
    ties = gazetteer.affiliations("adama-barrow")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "GMB", "president", "2017-01-19", None)
    ]

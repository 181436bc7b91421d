"""data/gazetteer/persons-east.yaml: well-formed entries and dated offices that answer `holders()` correctly."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
import yaml

from graphbuild.paths import data_dir
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer

GAZETTEER = data_dir() / "gazetteer"
PERSONS = GAZETTEER / "persons-east.yaml"
ROLE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general", "director_general",
}  # fmt: skip
# Non-state ids this file uses, and the file (written by another helper) expected to define each.
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
OFFICE_KEYS = {"role", "of", "from", "to", "approx", "acting", "rival"}


def _entries() -> list[dict[str, Any]]:
    with PERSONS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entries"]


def _known_actor_ids() -> set[str]:
    """Every actor id of the whole gazetteer (states, organisations, groups, persons)."""
    return set(load_gazetteer().actors)


def _offices() -> list[tuple[str, dict[str, Any]]]:
    return [(entry["id"], office) for entry in _entries() for office in entry.get("roles", [])]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _holder_ids(gazetteer: Gazetteer, role: str, of: str, day: str | None) -> list[str]:
    return sorted(actor.id for actor in gazetteer.holders(role, of, day))


def test_the_file_loads_on_its_own_and_within_the_gazetteer(gazetteer: Gazetteer) -> None:
    alone = Gazetteer()
    for entry in _entries():
        alone.add_entry(entry)
    assert len(alone.actors) > 400
    assert len(alone.offices) > 500
    assert set(alone.actors) <= set(gazetteer.actors)


def test_ids_are_unique_slugs_and_entries_are_persons() -> None:
    ids = [entry["id"] for entry in _entries()]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for entry in _entries():
        assert SLUG.match(entry["id"]), entry["id"]
        assert entry["type"] == "Person", entry["id"]
        assert entry["name"] in entry["names"], entry["id"]
        assert entry.get("roles") or entry.get("note"), f"{entry['id']}: an entry without offices needs a note"


def test_every_role_is_a_known_key_of_a_known_actor() -> None:
    known = _known_actor_ids()
    for entry in _entries():
        assert entry["country"] in known, entry["id"]
    for person, office in _offices():
        assert set(office) <= OFFICE_KEYS and {"role", "of", "from", "to"} <= set(office), (person, office)
        assert office["role"] in ROLE_KEYS, (person, office)
        assert office["of"] in known, (person, office)


def test_dates_are_iso_and_ranges_run_forward() -> None:
    for person, office in _offices():
        start = date.fromisoformat(office["from"])
        assert date(1940, 1, 1) <= start <= date(2026, 12, 31), (person, office)
        if office["to"] is not None:
            assert start <= date.fromisoformat(office["to"]) <= date(2026, 12, 31), (person, office)


def test_surnames_are_words_of_a_listed_name() -> None:
    for entry in _entries():
        for surname in entry.get("surnames", []):
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
            assert any(pattern.search(name) for name in entry["names"]), (entry["id"], surname)


def test_terms_of_one_office_do_not_overlap() -> None:
    """Successive holders may share the hand-over day; acting holders and approximate dates are exempt."""
    terms: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for person, office in _offices():
        if office.get("acting") or office.get("approx") or office.get("rival"):
            continue
        terms[(office["role"], office["of"])].append((office["from"], office["to"] or "9999-12-31", person))
    overlaps = [
        (key, first, second)
        for key, spans in terms.items()
        for (_, end, first), (start, _, second) in pairwise(sorted(spans))
        if start < end
    ]
    assert overlaps == []


def test_at_most_one_current_holder_per_office() -> None:
    """A rival government's office (`rival: true`) may be held alongside the recognised one."""
    current: dict[tuple[str, str], list[str]] = defaultdict(list)
    for person, office in _offices():
        if office["to"] is None and not office.get("rival"):
            current[(office["role"], office["of"])].append(person)
    assert {key: people for key, people in current.items() if len(people) > 1} == {}


@pytest.mark.parametrize(
    ("role", "of", "day", "expected"),
    [
        ("president", "IDN", "2019-10-20", "joko-widodo"),
        ("president", "IDN", "2025-01-01", "prabowo-subianto"),
        ("president", "IDN", "2009-06-01", "susilo-bambang-yudhoyono"),
        ("president", "IDN", "2001-01-01", "abdurrahman-wahid"),
        ("vice_president", "IDN", "2016-05-05", "jusuf-kalla"),
        ("vice_president", "IDN", "2025-03-01", "gibran-rakabuming-raka"),
        ("foreign_minister", "IDN", "2018-01-23", "retno-marsudi"),
        ("foreign_minister", "IDN", "2025-06-01", "sugiono"),
        ("foreign_minister", "IDN", "2012-01-01", "marty-natalegawa"),
        ("defence_minister", "IDN", "2022-02-10", "prabowo-subianto"),
        ("defence_minister", "IDN", "2025-02-10", "sjafrie-sjamsoeddin"),
        ("supreme_leader", "PRK", "2023-06-12", "kim-jong-un"),
        ("supreme_leader", "PRK", "2005-01-01", "kim-jong-il"),
        ("president", "CHN", "2017-03-18", "xi-jinping"),
        ("prime_minister", "CHN", "2020-05-22", "li-keqiang"),
        ("foreign_minister", "CHN", "2023-05-01", "qin-gang"),
        ("prime_minister", "JPN", "2022-01-01", "fumio-kishida"),
        ("monarch", "JPN", "2020-01-01", "naruhito"),
        ("president", "KOR", "2023-01-01", "yoon-suk-yeol"),
        ("president", "KOR", "2026-01-01", "lee-jae-myung"),
        ("prime_minister", "IND", "2010-01-01", "manmohan-singh"),
        ("foreign_minister", "IND", "2023-01-01", "s-jaishankar"),
        ("prime_minister", "PAK", "2020-01-01", "imran-khan"),
        ("supreme_leader", "AFG", "2022-01-01", "hibatullah-akhundzada"),
        ("president", "TWN", "2020-01-01", "tsai-ing-wen"),
    ],
)
def test_holders_on_a_date(gazetteer: Gazetteer, role: str, of: str, day: str, expected: str) -> None:
    assert _holder_ids(gazetteer, role, of, day) == [expected]


def test_a_person_with_several_offices_keeps_them_all(gazetteer: Gazetteer) -> None:
    offices = {(office.role, office.of) for office in gazetteer.offices_of("prabowo-subianto")}
    assert offices == {("defence_minister", "IDN"), ("president", "IDN")}
    ties = gazetteer.affiliations("prabowo-subianto")
    assert {tie.relation for tie in ties} == {"LEADER_OF"}


def test_indonesian_name_forms_are_surfaces(gazetteer: Gazetteer) -> None:
    surfaces = {(surface.text, surface.actor_id) for surface in gazetteer.surfaces}
    assert ("Jokowi", "joko-widodo") in surfaces
    assert ("SBY", "susilo-bambang-yudhoyono") in surfaces
    assert ("Gus Dur", "abdurrahman-wahid") in surfaces
    assert ("Prabowo", "prabowo-subianto") in surfaces
    assert ("Kim", "kim-jong-un") in surfaces

"""data/gazetteer/persons-europe.yaml: well-formed entries and dated offices that answer `holders()` correctly."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from typing import Any

import pytest
import yaml

from graphbuild.paths import data_dir
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer

GAZETTEER = data_dir() / "gazetteer"
PERSONS = GAZETTEER / "persons-europe.yaml"
ROLE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general",
}  # fmt: skip
OFFICE_KEYS = {"role", "of", "from", "to", "approx", "acting"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@cache
def _entries() -> list[dict[str, Any]]:
    with PERSONS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entries"]


def _known_actor_ids() -> set[str]:
    """Every actor id of the whole gazetteer (states, organisations, groups, persons)."""
    return set(load_gazetteer().actors)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_the_file_loads_on_its_own_and_within_the_gazetteer(gazetteer: Gazetteer) -> None:
    alone = Gazetteer()
    for entry in _entries():
        alone.add_entry(entry)
    assert len(alone.actors) > 400
    assert set(alone.actors) <= set(gazetteer.actors)


def test_ids_are_unique_slugs_and_entries_are_persons() -> None:
    ids = [entry["id"] for entry in _entries()]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for entry in _entries():
        assert SLUG.match(entry["id"]), entry["id"]
        assert entry["type"] == "Person", entry["id"]
        assert entry["name"] in entry["names"], entry["id"]
        assert entry["roles"], entry["id"]


def test_every_role_is_a_known_key_of_a_known_actor() -> None:
    known = _known_actor_ids()
    for entry in _entries():
        assert entry["country"] in known, entry["id"]
        for office in entry["roles"]:
            assert set(office) <= OFFICE_KEYS and {"role", "of", "from", "to"} <= set(office), (entry["id"], office)
            assert office["role"] in ROLE_KEYS, (entry["id"], office)
            assert office["of"] in known, (entry["id"], office)


def test_dates_are_iso_and_ranges_well_formed() -> None:
    for entry in _entries():
        for office in entry["roles"]:
            start, end = office["from"], office["to"]
            assert isinstance(start, str), (entry["id"], office)
            assert date.fromisoformat(start) <= date(2026, 12, 31), (entry["id"], office)
            if end is not None:
                assert isinstance(end, str), (entry["id"], office)
                assert date.fromisoformat(start) <= date.fromisoformat(end), (entry["id"], office)


def test_a_single_office_has_at_most_two_holders_on_any_day() -> None:
    """Hand-over days overlap by design; three at once means a typo in a date."""
    spans: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for entry in _entries():
        for office in entry["roles"]:
            key = (office["role"], office["of"])
            spans.setdefault(key, []).append((office["from"], office["to"] or "9999-12-31", entry["id"]))
    for key, ranges in spans.items():
        for start, _end, _who in ranges:
            holding = [who for s, e, who in ranges if s <= start <= e]
            assert len(holding) <= 2, (key, start, holding)


def test_surface_forms_have_no_blank_or_padded_text() -> None:
    for entry in _entries():
        for text in entry["names"] + entry.get("surnames", []):
            assert text == text.strip() and text, (entry["id"], text)


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


FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d",
                      "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


def test_latin_names_with_diacritics_also_have_their_ascii_form() -> None:
    missing = [
        (entry["id"], _ascii_fold(text))
        for entry in _entries()
        for kind in ("names", "surnames")
        for text in entry.get(kind, [])
        if not text.isascii() and all(ord(ch) < 0x250 for ch in text) and _ascii_fold(text) not in entry[kind]
    ]
    assert missing == []


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

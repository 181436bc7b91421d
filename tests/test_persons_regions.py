"""The regional persons files (data/gazetteer/persons-americas/-europe/-africa-west/-rest.yaml, heads of state
and government 2000-2026 of the states persons-west/-east do not cover): well-formed entries and dated offices.
Each file's own spot checks of `holders()` are in tests/test_persons_<region>.py."""

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
FILES = {  # file → (actors, offices): fewer than these means entries went missing
    "persons-americas.yaml": (200, 220),
    "persons-europe.yaml": (400, 0),
    "persons-africa-west.yaml": (250, 0),
    "persons-rest.yaml": (200, 0),
}
ROLE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general",
}  # fmt: skip
OFFICE_KEYS = {"role", "of", "from", "to"}
OFFICE_FLAGS = {"approx", "acting"}  # optional, each `true` when present
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d",
                      "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})  # fmt: skip

by_file = pytest.mark.parametrize("name", sorted(FILES))


@cache
def _entries(name: str) -> list[dict[str, Any]]:
    with (GAZETTEER / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entries"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@by_file
def test_the_file_loads_on_its_own_and_within_the_gazetteer(gazetteer: Gazetteer, name: str) -> None:
    alone = Gazetteer()
    for entry in _entries(name):
        alone.add_entry(entry)
    actors, offices = FILES[name]
    assert len(alone.actors) > actors
    assert len(alone.offices) > offices
    assert set(alone.actors) <= set(gazetteer.actors)


@by_file
def test_ids_are_unique_slugs_and_entries_are_persons(name: str) -> None:
    ids = [entry["id"] for entry in _entries(name)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for entry in _entries(name):
        assert SLUG.match(entry["id"]), entry["id"]
        assert entry["type"] == "Person", entry["id"]
        assert entry["name"] in entry["names"], entry["id"]
        assert entry["roles"], entry["id"]


@by_file
def test_every_role_is_a_known_key_of_a_known_actor(gazetteer: Gazetteer, name: str) -> None:
    known = set(gazetteer.actors)
    for entry in _entries(name):
        assert entry["country"] in known, entry["id"]
        for office in entry["roles"]:
            assert OFFICE_KEYS <= set(office) <= OFFICE_KEYS | OFFICE_FLAGS, (entry["id"], office)
            assert all(office[flag] is True for flag in OFFICE_FLAGS & set(office)), (entry["id"], office)
            assert office["role"] in ROLE_KEYS, (entry["id"], office)
            assert office["of"] in known, (entry["id"], office)


@by_file
def test_dates_are_iso_and_ranges_well_formed(name: str) -> None:
    for entry in _entries(name):
        for office in entry["roles"]:
            start, end = office["from"], office["to"]
            assert isinstance(start, str), (entry["id"], office)
            assert date.fromisoformat(start) <= date(2026, 12, 31), (entry["id"], office)
            if end is not None:
                assert isinstance(end, str), (entry["id"], office)
                assert date.fromisoformat(start) <= date.fromisoformat(end), (entry["id"], office)


@by_file
def test_a_single_office_has_at_most_two_holders_on_any_day(name: str) -> None:
    """Hand-over days overlap by design; three at once means a typo in a date."""
    spans: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for entry in _entries(name):
        for office in entry["roles"]:
            key = (office["role"], office["of"])
            spans.setdefault(key, []).append((office["from"], office["to"] or "9999-12-31", entry["id"]))
    for key, ranges in spans.items():
        for start, _end, _who in ranges:
            holding = [who for s, e, who in ranges if s <= start <= e]
            assert len(holding) <= 2, (key, start, holding)


@by_file
def test_surface_forms_have_no_blank_or_padded_text(name: str) -> None:
    for entry in _entries(name):
        for text in entry["names"] + entry.get("surnames", []):
            assert text == text.strip() and text, (entry["id"], text)


@by_file
def test_surnames_are_words_of_a_listed_name(name: str) -> None:
    for entry in _entries(name):
        for surname in entry.get("surnames", []):
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
            assert any(pattern.search(full) for full in entry["names"]), (entry["id"], surname)


def _ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


@by_file
def test_latin_names_with_diacritics_also_have_their_ascii_form(name: str) -> None:
    missing = [
        (entry["id"], _ascii_fold(text))
        for entry in _entries(name)
        for kind in ("names", "surnames")
        for text in entry.get(kind, [])
        if not text.isascii() and all(ord(ch) < 0x250 for ch in text) and _ascii_fold(text) not in entry[kind]
    ]
    assert missing == []

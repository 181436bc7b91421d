"""data/gazetteer/persons-west.yaml: well-formed entries and dated offices that answer `holders()` correctly."""

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
PERSONS = GAZETTEER / "persons-west.yaml"
ROLE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general", "director_general",
}  # fmt: skip
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
    assert len(alone.actors) > 300
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
            assert set(office) == {"role", "of", "from", "to"}, (entry["id"], office)
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
    ("president", "RUS", "2023-06-12", "vladimir-putin"),
    ("president", "RUS", "2010-01-01", "dmitry-medvedev"),
    ("prime_minister", "RUS", "2010-01-01", "vladimir-putin"),
    ("president", "USA", "2006-01-01", "george-w-bush"),
    ("president", "USA", "2019-07-04", "donald-trump"),
    ("president", "USA", "2025-06-01", "donald-trump"),
    ("president", "USA", "2022-03-01", "joe-biden"),
    ("vice_president", "USA", "2014-05-05", "joe-biden"),
    ("foreign_minister", "USA", "2017-03-18", "rex-tillerson"),
    ("foreign_minister", "USA", "2011-05-02", "hillary-clinton"),
    ("defence_minister", "USA", "2004-04-01", "donald-rumsfeld"),
    ("prime_minister", "GBR", "2003-03-20", "tony-blair"),
    ("prime_minister", "GBR", "2022-10-01", "liz-truss"),
    ("foreign_minister", "GBR", "2024-01-15", "david-cameron"),
    ("monarch", "GBR", "2023-05-06", "charles-iii"),
    ("chancellor", "DEU", "2015-09-01", "angela-merkel"),
    ("defence_minister", "DEU", "2016-01-01", "ursula-von-der-leyen"),
    ("president", "european-commission", "2024-06-01", "ursula-von-der-leyen"),
    ("president", "FRA", "2010-07-14", "nicolas-sarkozy"),
    ("president", "UKR", "2022-02-24", "volodymyr-zelensky"),
    ("foreign_minister", "UKR", "2022-02-24", "dmytro-kuleba"),
    ("prime_minister", "ISR", "2023-10-07", "benjamin-netanyahu"),
    ("defence_minister", "ISR", "2023-10-07", "yoav-gallant"),
    ("supreme_leader", "IRN", "2015-07-14", "ali-khamenei"),
    ("president", "IRN", "2015-07-14", "hassan-rouhani"),
    ("foreign_minister", "IRN", "2015-07-14", "mohammad-javad-zarif"),
    ("prime_minister", "TUR", "2010-01-01", "recep-tayyip-erdogan"),
    ("president", "TUR", "2020-01-01", "recep-tayyip-erdogan"),
    ("president", "PSE", "2010-01-01", "mahmoud-abbas"),
    ("president", "SYR", "2013-08-21", "bashar-al-assad"),
    ("president", "SYR", "2025-06-01", "ahmed-al-sharaa"),
    ("president", "IRQ", "2002-01-01", "saddam-hussein"),
    ("prime_minister", "SAU", "2023-01-01", "mohammed-bin-salman"),
    ("monarch", "SAU", "2023-01-01", "salman-bin-abdulaziz"),
    ("monarch", "VAT", "2010-01-01", "benedict-xvi"),
    ("monarch", "VAT", "2020-01-01", "pope-francis"),
    ("president", "VEN", "2015-01-01", "nicolas-maduro"),
    ("president", "BRA", "2021-01-01", "jair-bolsonaro"),
    ("president", "CUB", "2005-01-01", "fidel-castro"),
    ("prime_minister", "HUN", "2019-01-01", "viktor-orban"),
    ("secretary_general", "un", "2010-01-01", "ban-ki-moon"),
    ("secretary_general", "nato", "2022-03-01", "jens-stoltenberg"),
    ("secretary_general", "nato", "2025-06-25", "mark-rutte"),
    ("president", "european-council", "2016-06-01", "donald-tusk"),
    ("supreme_leader", "IRN", "2026-06-01", "mojtaba-khamenei"),
    ("president", "VEN", "2026-03-01", "delcy-rodriguez"),
    ("prime_minister", "HUN", "2026-06-01", "peter-magyar"),
    ("prime_minister", "NLD", "2026-06-01", "rob-jetten"),
    ("defence_minister", "UKR", "2026-03-01", "mykhailo-fedorov"),
]


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer) -> None:
    assert [actor.id for actor in gazetteer.holders("president", "RUS", None)] == ["vladimir-putin"]
    assert [actor.id for actor in gazetteer.holders("foreign_minister", "RUS", None)] == ["sergey-lavrov"]
    assert [actor.id for actor in gazetteer.holders("secretary_general", "un", None)] == ["antonio-guterres"]


FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "Đ": "D", "ð": "d"})


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
    putin = [s for s in gazetteer.surfaces if s.actor_id == "vladimir-putin" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in putin] == [("Putin", "gaz.vladimir-putin.surname")]
    ties = gazetteer.affiliations("volodymyr-zelensky")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "UKR", "president", "2019-05-20", None)
    ]

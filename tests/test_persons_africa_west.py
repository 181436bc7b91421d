"""data/gazetteer/persons-africa-west.yaml: well-formed entries and dated offices that answer `holders()` correctly."""

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
PERSONS = GAZETTEER / "persons-africa-west.yaml"
ROLE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general",
}  # fmt: skip
OFFICE_KEYS = {"role", "of", "from", "to"}
OFFICE_FLAGS = {"approx", "acting"}  # optional, each `true` when present
STATES = {
    "BEN", "BFA", "CPV", "CMR", "CAF", "TCD", "COG", "CIV", "GNQ", "GAB", "GMB", "GHA", "GIN", "GNB", "LBR", "MRT",
    "NER", "SEN", "SLE", "STP", "TGO", "TUN",
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
    assert len(alone.actors) > 250
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
            assert OFFICE_KEYS <= set(office) <= OFFICE_KEYS | OFFICE_FLAGS, (entry["id"], office)
            assert all(office[flag] is True for flag in OFFICE_FLAGS & set(office)), (entry["id"], office)
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
    saied = [s for s in gazetteer.surfaces if s.actor_id == "kais-saied" and s.kind == "surname"]
    assert [(s.text, s.rule) for s in saied] == [
        ("Saied", "gaz.kais-saied.surname"), ("Saïed", "gaz.kais-saied.surname")
    ]
    ties = gazetteer.affiliations("adama-barrow")
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in ties] == [
        ("LEADER_OF", "GMB", "president", "2017-01-19", None)
    ]

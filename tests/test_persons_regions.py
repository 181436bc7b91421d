"""The regional persons files (data/gazetteer/persons-americas/-europe/-africa-west/-rest.yaml, heads of state
and government 2000-2026 of the states persons-west/-east do not cover): well-formed entries and dated offices.
Then spot checks of `holders()`, current holders and surfaces, file by file."""

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
    "foreign_minister", "defence_minister", "secretary_general", "director_general",
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


HOLDERS = [  # (role, of, on, expected holder), file by file
    # persons-americas.yaml
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
    # persons-europe.yaml
    ("president", "ROU", "2019-07-04", "klaus-iohannis"),
    ("president", "ROU", "2025-06-01", "nicusor-dan"),
    ("chancellor", "AUT", "2022-03-01", "karl-nehammer"),
    ("prime_minister", "IRL", "2023-06-01", "leo-varadkar"),
    ("prime_minister", "ARM", "2022-01-01", "nikol-pashinyan"),
    ("president", "CHE", "2023-06-01", "alain-berset"),
    ("foreign_minister", "CZE", "2023-01-15", "jan-lipavsky"),
    # persons-africa-west.yaml
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
    # persons-rest.yaml
    ("president", "ZWE", "2020-01-01", "emmerson-mnangagwa"),
    ("president", "TZA", "2021-03-19", "samia-suluhu-hassan"),
    ("monarch", "KWT", "2021-01-01", "nawaf-al-ahmad-al-sabah"),
    ("prime_minister", "KWT", "2005-01-01", "sabah-al-ahmad-al-sabah"),
    ("prime_minister", "SLB", "2022-05-01", "manasseh-sogavare"),
]

AFRICA_WEST_STATES = {  # every state persons-africa-west.yaml covers
    "BEN", "BFA", "CPV", "CMR", "CAF", "TCD", "COG", "CIV", "GNQ", "GAB", "GMB", "GHA", "GIN", "GNB", "LBR", "MRT",
    "NER", "SEN", "SLE", "STP", "TGO", "TUN",
}  # fmt: skip


@pytest.mark.parametrize(("role", "of", "on", "expected"), HOLDERS)
def test_holder_on_a_date(gazetteer: Gazetteer, role: str, of: str, on: str, expected: str) -> None:
    assert [actor.id for actor in gazetteer.holders(role, of, on)] == [expected]


# (role, of, the holders when the date is unknown), sorted: the current holders, file by file
CURRENT = [
    ("president", "SLV", ["nayib-bukele"]),  # americas
    ("prime_minister", "BRB", ["mia-mottley"]),
    ("president", "NIC", ["daniel-ortega", "rosario-murillo"]),
    ("president", "AZE", ["ilham-aliyev"]),  # europe
    ("prime_minister", "CZE", ["andrej-babis"]),
    ("president", "CMR", ["paul-biya"]),  # africa-west
    ("president", "TUN", ["kais-saied"]),
    ("foreign_minister", "TGO", ["robert-dussey"]),
    ("monarch", "SWZ", ["mswati-iii"]),  # rest
    ("president", "ERI", ["isaias-afwerki"]),
    ("foreign_minister", "OMN", ["badr-albusaidi"]),
]

Tie = tuple[str, str, str, str, str | None]

# (person, their surname surfaces, person, their ties as (relation, organisation, role, start, end)), file by file
PROVENANCE = [
    ("nayib-bukele", ["Bukele"], "mia-mottley", [("LEADER_OF", "BRB", "prime_minister", "2018-05-25", None)]),
    ("klaus-iohannis", ["Iohannis", "Johannis"], "maia-sandu", [
        ("LEADER_OF", "MDA", "prime_minister", "2019-06-08", "2019-11-14"),
        ("LEADER_OF", "MDA", "president", "2020-12-24", None),
    ]),
    ("kais-saied", ["Saied", "Saïed"], "adama-barrow", [("LEADER_OF", "GMB", "president", "2017-01-19", None)]),
    ("ismail-omar-guelleh", ["Guelleh"], "hage-geingob", [
        ("LEADER_OF", "NAM", "prime_minister", "1990-03-21", "2002-08-28"),
        ("LEADER_OF", "NAM", "prime_minister", "2012-12-04", "2015-03-21"),
        ("LEADER_OF", "NAM", "president", "2015-03-21", "2024-02-04"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("role", "of", "expected"), CURRENT)
def test_current_holders_when_the_date_is_unknown(gazetteer: Gazetteer, role: str, of: str,
                                                  expected: list[str]) -> None:  # fmt: skip
    assert sorted(actor.id for actor in gazetteer.holders(role, of, None)) == expected


@pytest.mark.parametrize(("person", "surnames", "tied", "ties"), PROVENANCE)
def test_surfaces_carry_rule_ids_into_provenance(gazetteer: Gazetteer, person: str, surnames: list[str], tied: str,
                                                 ties: list[Tie]) -> None:  # fmt: skip
    found = [s for s in gazetteer.surfaces if s.actor_id == person and s.kind == "surname"]
    assert [(s.text, s.rule) for s in found] == [(surname, f"gaz.{person}.surname") for surname in surnames]
    assert [(t.relation, t.organisation, t.role, t.start, t.end) for t in gazetteer.affiliations(tied)] == ties


def test_every_state_of_persons_africa_west_has_a_current_head_of_state() -> None:
    current = {office["of"] for entry in _entries("persons-africa-west.yaml") for office in entry["roles"]
               if office["role"] == "president" and office["to"] is None}
    assert current == AFRICA_WEST_STATES

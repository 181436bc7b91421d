"""data/gazetteer/persons-current.yaml: officials quoted in current news (2020-2025) who hold no head-of-state or
minister office (spokespeople, armed-group leaders, chiefs of staff, envoys). Well-formed entries, then sentences
of our own: a bare surname after the full name, Indonesian copy, and an armed-group leader's side (`faction`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
import yaml

from graphbuild.extract.engine import LexiconExtractor, blank_excluded
from graphbuild.model import Article, Triple
from graphbuild.paths import data_dir
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer
from tests.test_persons_regions import _ascii_fold  # the same fold as the regional files' test

FILE = data_dir() / "gazetteer" / "persons-current.yaml"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
OFFICE_KEYS = {"director_general", "secretary_general"}  # the only office keys these people hold
ENTRY_KEYS = {"id", "type", "name", "country", "faction", "names", "surnames", "not_surnames", "note", "roles"}
# surnames left out on purpose: common words or other well-known people's (the file's header)
NOT_SURNAMES = {"Wang", "Miller", "Price", "Brown", "Burns", "Bar", "Khan", "Mansour", "Hamdan", "Barghouti",
                "Haqqani", "Shaheen", "Albanese", "Turk", "Türk", "Barzani", "Mousavi", "Bagheri", "Saleh"}  # fmt: skip


@cache
def _extractor() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="none")  # the shipped gazetteer, the rules alone


def run(text: str, lang: str = "en") -> list[Triple]:
    article = Article(id="t", text=text, language=lang, date="2024-06-01")
    return next(iter(_extractor().extract([article]))).triples


def keys(triples: list[Triple]) -> set[tuple[str, str, str]]:
    return {(t.source.actor.id, t.relation, t.target.actor.id) for t in triples if not t.negated}


@cache
def _entries() -> list[dict[str, Any]]:
    with FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["entries"]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_the_file_loads_on_its_own_and_within_the_gazetteer(gazetteer: Gazetteer) -> None:
    alone = Gazetteer()
    for entry in _entries():
        alone.add_entry(entry)
    assert len(alone.actors) >= 200
    assert set(alone.actors) <= set(gazetteer.actors)
    assert gazetteer.problems() == []


def test_entries_are_persons_with_known_states_and_groups(gazetteer: Gazetteer) -> None:
    ids = [entry["id"] for entry in _entries()]
    assert len(ids) == len(set(ids))
    for entry in _entries():
        assert set(entry) <= ENTRY_KEYS, entry["id"]
        assert SLUG.match(entry["id"]) and entry["type"] == "Person", entry["id"]
        assert entry["name"] in entry["names"] and entry["note"], entry["id"]
        if "country" in entry:
            assert gazetteer.actors[entry["country"]].type == "Country", entry["id"]
        else:  # international officials: nationality in the note
            assert "nationality" in entry["note"], entry["id"]
        if "faction" in entry:
            assert gazetteer.actors[entry["faction"]].type in {"ArmedGroup", "Group"}, entry["id"]
        for office in entry.get("roles", []):
            assert office["role"] in OFFICE_KEYS and office["of"] in gazetteer.actors, entry["id"]


def test_surface_forms_are_clean_words_of_a_listed_name() -> None:
    for entry in _entries():
        for text in entry["names"] + entry.get("surnames", []):
            assert text == text.strip() and text, (entry["id"], text)
        assert len(entry["names"]) == len(set(entry["names"])), entry["id"]
        for surname in entry.get("surnames", []):
            assert surname not in NOT_SURNAMES, (entry["id"], surname)
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
            assert any(pattern.search(full) for full in entry["names"]), (entry["id"], surname)


def test_latin_names_with_diacritics_also_have_their_ascii_form() -> None:
    missing = [
        (entry["id"], _ascii_fold(text))
        for entry in _entries()
        for kind in ("names", "surnames")
        for text in entry.get(kind, [])
        if not text.isascii() and _ascii_fold(text) not in entry[kind]
    ]
    assert missing == []


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Ibrahim Kalin met the Syrian delegation.", "en", "ibrahim-kalin"),
    ("Volker Turk condemned the executions.", "en", "volker-turk"),
    ("Jerome Bonnafont spoke after the vote.", "en", "jerome-bonnafont"),
    ("Mirjana Spoljaric visited the prison.", "en", "mirjana-spoljaric"),
])  # fmt: skip
def test_ascii_forms_of_names_with_diacritics_resolve(text: str, lang: str, person: str) -> None:
    assert person in _mention_ids(text, lang)


def _mention_ids(text: str, lang: str) -> list[str]:
    article = Article(id="t", text=text, language=lang, date="2024-06-01")
    nlp, _ = _extractor().pipeline(lang)
    _ctx, _rules, mentions = _extractor().rule_pass(article, nlp(blank_excluded(article)), lang)
    return [mention.actor.id for mention in mentions]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a bare surname after the full name is the same person
    ("Maria Zakharova spoke in Moscow on Monday. Zakharova condemned Poland for the expulsions.", "en",
     {("maria-zakharova", "ACCUSE", "POL")}),
    ("Vassily Nebenzia addressed the council. Nebenzia accused Ukraine of shelling the plant.", "en",
     {("vassily-nebenzia", "ACCUSE", "UKR")}),
    # Indonesian copy: "kata X", the surname alone, an Indonesian spelling (Nasrullah)
    ("Teuku Faizasyah menghadiri rapat di Jakarta. Faizasyah mengecam Israel atas serangan itu.", "id",
     {("teuku-faizasyah", "ACCUSE", "ISR")}),
    ("Hasan Nasrullah mengancam Israel dalam pidatonya.", "id", {("hassan-nasrallah", "THREATEN", "ISR")}),
    # an official named bare, with no title before the name
    ("Philippe Lazzarini accused Israel of blocking aid convoys.", "en", {("philippe-lazzarini", "ACCUSE", "ISR")}),
])  # fmt: skip
def test_sentences(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= keys(run(text, lang))


@pytest.mark.parametrize(("text", "lang", "person", "faction", "country"), [
    ("Naim Qassem threatened Israel on Sunday.", "en", "naim-qassem", "hezbollah", "LBN"),
    ("Yahya Saree warned the United States of more attacks.", "en", "yahya-saree", "houthis", "YEM"),
    ("Khalil al-Hayya menuduh Israel menghalangi gencatan senjata.", "id", "khalil-al-hayya", "hamas", "PSE"),
])  # fmt: skip
def test_an_armed_group_leader_carries_his_side(text: str, lang: str, person: str, faction: str,
                                                country: str) -> None:  # fmt: skip
    sources = [t.source for t in run(text, lang) if t.source.actor.id == person]
    assert sources, text
    assert sources[0].actor.faction == faction and sources[0].actor.country == country


def test_the_iaea_chief_is_the_director_general_on_the_date(gazetteer: Gazetteer) -> None:
    assert [a.id for a in gazetteer.holders("director_general", "iaea", "2023-03-01")] == ["rafael-grossi"]
    assert [a.id for a in gazetteer.holders("director_general", "iaea", "2015-03-01")] == ["yukiya-amano"]
    assert [a.id for a in gazetteer.holders("director_general", "wto", "2024-03-01")] == ["ngozi-okonjo-iweala"]


def test_an_international_official_is_no_citizen_of_a_state() -> None:
    """A UN agency head's dyad side is the person, not the home state (the annotations code them so)."""
    sources = [t.source for t in run("Philippe Lazzarini accused Israel of blocking aid convoys.")]
    assert [s.actor.country for s in sources if s.actor.id == "philippe-lazzarini"] == [None]


def test_a_namesake_named_in_full_keeps_his_own_entry() -> None:
    """Naim Qassem's surname is listed, so Hamas's spokesman Hazem Qassem is an entry of his own."""
    text = "Naim Qassem spoke on Sunday. Hazem Qassem, a Hamas spokesman, accused Israel of stalling."
    assert _mention_ids(text, "en")[:2] == ["naim-qassem", "hazem-qassem"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The IAEA chief urged Iran to restore the cameras.", "en"),
    ("Kepala IAEA mendesak Iran memulihkan kamera pengawas.", "id"),
])  # fmt: skip
def test_the_iaea_chief_in_a_sentence_is_its_director_general(text: str, lang: str) -> None:
    assert ("rafael-grossi", "REQUEST", "IRN") in keys(run(text, lang))

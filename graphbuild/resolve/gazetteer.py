"""The actor gazetteer: versioned YAML files under `data/gazetteer/`, loaded into lookup tables.

File schema (every `*.yaml` in the folder; see `data/gazetteer/README.md`):

    version: 1
    entries:
      - id: RUS                       # the actor id: ISO3 for a state, a slug otherwise
        type: Country                 # Country | Person | Organization | ArmedGroup | Group
        name: Russia                  # canonical English name
        iso3: RUS                     # states only
        country: RUS                  # a person/organisation of one state
        wikidata: Q159
        names:    {en: [Russia, Russian Federation], id: [Rusia, Federasi Rusia]}
        acronyms: {en: [RF]}          # matched case-sensitively
        demonyms: {en: [Russian, Russians], id: []}
        metonyms: {en: [Moscow, Kremlin], id: [Moskow]}
        surnames: [Putin]             # persons: short forms resolved within a document
        roles:                        # persons: dated offices (ISO dates; `to: null` = still in office)
          - {role: president, of: RUS, from: "2012-05-07", to: null}
        member_of: [UN, BRICS]        # states/organisations: memberships
        faction: hamas                # persons: the armed group or rival faction they lead or speak for
        name_order: family-first      # states whose people news names by the family name written first (KOR)
        leader: prime_minister        # the office a generic "leader" of the state means first (JPN, ISR, GBR)

    roles.yaml holds role nouns instead:  {id: role.president, role: president, names: {en: [...], id: [...]}}
    non-actors.yaml holds phrases that contain an actor's name but are none:
                                          {id: place.south-china-sea, not_actor: place, names: {...}}
    non-names.yaml holds words that are no part of a new person's name (headline words, disasters):
                                          {id: not-name.disaster, not_name: disaster, words: {en: [Cyclone]}}

Every surface form carries a rule id `gaz.<entry id>.<kind>` that travels into a triple's provenance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from graphbuild.model import Actor, Affiliation
from graphbuild.paths import data_dir, read_yaml

# libyaml's C parser when present: the gazetteer is ~600 KB and the pure-Python parser takes seconds.

LEADER_OFFICES = ("prime_minister", "chancellor", "president", "monarch", "supreme_leader")
NAME_ORDERS = ("family-first", "given-first")
SurfaceKind = Literal["name", "acronym", "demonym", "metonym", "surname", "context"]
# `contexts`: descriptions ("milisi Islam") that name the actor only in a document naming its `country`, matched
# in any case (they are common nouns)
SURFACE_KINDS: tuple[SurfaceKind, ...] = ("name", "acronym", "demonym", "metonym", "surname", "context")


@dataclass(frozen=True)
class Surface:
    """A way an actor is written: `text` in language `lang` (`any` for both)."""

    text: str
    lang: str
    kind: SurfaceKind
    actor_id: str
    rule: str


@dataclass(frozen=True)
class Office:
    """A person's dated office: `role` of `of` (an actor id) from `start` to `end` (ISO dates, None = open)."""

    person: str
    role: str
    of: str
    start: str | None
    end: str | None

    def holds_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class RoleNoun:
    """A noun naming an office (`presiden`, `foreign minister`), with the role key it stands for."""

    text: str
    lang: str
    role: str
    rule: str


@dataclass(frozen=True)
class NonActor:
    """A phrase that contains an actor's surface but names no actor (`South China Sea`, `dolar AS`,
    `Latin America`): a matcher lets it win as the longest match, then drops it. `category`: place, currency..."""

    text: str
    lang: str
    category: str
    rule: str


@dataclass(frozen=True)
class NonName:
    """A word that is no part of a person's name when a capitalised phrase is read as a new person: `common`
    (a common word written in title case in a headline: "Hold", "Talks") or `disaster` ("Cyclone", "Gempa":
    the phrase names an event, never a person)."""

    text: str
    lang: str
    category: str
    rule: str


NON_NAME_CATEGORIES = ("common", "disaster")


class Gazetteer:
    """Actors, their surface forms, offices and role nouns, loaded from YAML files."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.surfaces: list[Surface] = []
        self.offices: list[Office] = []
        self.role_nouns: list[RoleNoun] = []
        # role-noun entries whose nouns title one person ("ambassador", "deputy foreign minister"): a name right
        # after the noun (or after the state named with it) is that person (`person_title: true` in roles.yaml)
        self.person_title_rules: set[str] = set()
        # role nouns that name an office only next to an organisation ("the IAEA chief", "Ketua OKI"): next to a
        # state or alone they are no role (`organisations_only: true` in roles.yaml)
        self.organisation_role_rules: set[str] = set()
        self.non_actors: list[NonActor] = []
        self.non_names: list[NonName] = []
        self.memberships: dict[str, tuple[str, ...]] = {}
        # states whose people are named family name first and referred to by it ("Ja Song Nam" … "Ja said"):
        # `name_order: family-first` in countries.yaml
        self.family_name_first: set[str] = set()
        # the office the generic "leader" of a state means first where it is not the resolver's default order
        # (parliamentary states: "the Japanese leader" is the prime minister, not the emperor): `leader:` in
        # countries.yaml
        self.leader_office: dict[str, str] = {}
        # a state's organs whose bare short form, with another state written right after it, is that state's organ
        # ("Kemlu China", "Kemhan Australia", "DPR AS"): `of_state_after: true` in organizations.yaml
        self.of_state_after: set[str] = set()
        # person id → last words of their full name that refer to someone else ("Listyo Sigit Prabowo": "Prabowo"
        # is the president): `not_surnames` in the person's entry
        self.not_surnames: dict[str, frozenset[str]] = {}
        # a state organ whose bare name other states' organs share, with another state's owner or adjective right
        # before it ("Pakistan's Foreign Office", "the Pakistani Foreign Office"): `of_state_before: true`
        self.of_state_before: set[str] = set()
        self._offices_by_role: dict[tuple[str, str], list[Office]] = defaultdict(list)
        self._offices_by_person: dict[str, list[Office]] = defaultdict(list)

    @classmethod
    def from_directory(cls, directory: Path) -> Gazetteer:
        gazetteer = cls()
        for path in sorted(directory.glob("*.yaml")):
            gazetteer.add_file(path)
        return gazetteer

    def add_file(self, path: Path, lang: str | None = None) -> None:
        """Every entry of one YAML file; with `lang` (a language pack's file), a plain list of names is that
        language's, not any language's."""
        document = read_yaml(path) or {}
        for entry in document.get("entries", []):
            if lang and isinstance(entry.get("names"), list):
                entry = {**entry, "names": {lang: entry["names"]}}
            try:
                self.add_entry(entry)
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path}: entry {entry.get('id', '?')!r}: {error}") from error

    def add_names(self, path: Path, lang: str) -> None:
        """A language pack's names for actors already in the gazetteer (`{id: USA, names: [Amerika Syarikat]}`)."""
        document = read_yaml(path) or {}
        for number, row in enumerate(document.get("names", []), 1):
            actor = self.actors.get(str(row.get("id")))
            if actor is None:
                raise ValueError(f"{path}: entry {number}: no gazetteer actor {row.get('id')!r}")
            self.surfaces += [Surface(str(text), lang, "name", actor.id, f"gaz.{actor.id}.name")
                              for text in row.get("names") or []]  # fmt: skip

    def add_entry(self, entry: dict[str, Any]) -> None:
        if "role" in entry and "type" not in entry:
            self._add_role_noun(entry)
            return
        if "not_actor" in entry and "type" not in entry:
            self.non_actors += [NonActor(text, lang, str(entry["not_actor"]), entry["id"])
                                for lang, text in _by_language(entry["names"])]  # fmt: skip
            return
        if "not_name" in entry and "type" not in entry:
            category = str(entry["not_name"])
            if category not in NON_NAME_CATEGORIES:
                raise ValueError(f"not_name must be one of {', '.join(NON_NAME_CATEGORIES)}, not {category!r}")
            self.non_names += [NonName(text, lang, category, entry["id"])
                               for lang, text in _by_language(entry["words"])]  # fmt: skip
            return
        actor = Actor(
            id=entry["id"], name=entry["name"], type=entry["type"], iso3=entry.get("iso3"),
            country=entry.get("country"), wikidata=entry.get("wikidata"),
            aliases=tuple(_all_names(entry.get("names"))), faction=entry.get("faction"),
        )
        if actor.id in self.actors:
            raise ValueError(f"duplicate actor id {actor.id!r}")
        self.actors[actor.id] = actor
        for kind in SURFACE_KINDS:
            for lang, text in _by_language(entry.get(f"{kind}s")):
                self.surfaces.append(Surface(text, lang, kind, actor.id, f"gaz.{actor.id}.{kind}"))
        for office in entry.get("roles", []):
            record = Office(actor.id, office["role"], office["of"], _iso(office.get("from")), _iso(office.get("to")))
            self.offices.append(record)
            self._offices_by_role[(record.role, record.of)].append(record)
            self._offices_by_person[record.person].append(record)
        if entry.get("member_of"):
            self.memberships[actor.id] = tuple(entry["member_of"])
        order = entry.get("name_order")
        if order is not None and order not in NAME_ORDERS:
            raise ValueError(f"name_order must be one of {', '.join(NAME_ORDERS)}, not {order!r}")
        if order == "family-first":
            self.family_name_first.add(actor.id)
        if entry.get("of_state_after"):
            self.of_state_after.add(actor.id)
        if entry.get("not_surnames"):
            self.not_surnames[actor.id] = frozenset(entry["not_surnames"])
        if entry.get("of_state_before"):
            self.of_state_before.add(actor.id)
        if entry.get("leader"):
            if entry["leader"] not in LEADER_OFFICES:
                raise ValueError(f"leader must be one of {', '.join(LEADER_OFFICES)}, not {entry['leader']!r}")
            self.leader_office[actor.id] = entry["leader"]

    def _add_role_noun(self, entry: dict[str, Any]) -> None:
        if entry.get("person_title"):
            self.person_title_rules.add(entry["id"])
        if entry.get("organisations_only"):
            self.organisation_role_rules.add(entry["id"])
        for lang, text in _by_language(entry.get("names")):
            self.role_nouns.append(RoleNoun(text, lang, entry["role"], entry["id"]))

    def holders(self, role: str, of: str, date: str | None) -> list[Actor]:
        """Who held `role` of `of` on `date` (the current holder when the date is unknown)."""
        offices = [office for office in self._offices_by_role.get((role, of), []) if office.holds_on(date)]
        return [self.actors[office.person] for office in offices]

    def ever_held(self, role: str, of: str) -> list[Actor]:
        """Everyone who held `role` of `of` at any time, each once, in the gazetteer's order."""
        people = dict.fromkeys(office.person for office in self._offices_by_role.get((role, of), []))
        return [self.actors[person] for person in people]

    def offices_of(self, person_id: str) -> list[Office]:
        return list(self._offices_by_person.get(person_id, ()))

    def affiliations(self, actor_id: str) -> list[Affiliation]:
        """LEADER_OF for every office a person held, MEMBER_OF for memberships."""
        ties = [
            Affiliation(actor_id, "LEADER_OF", office.of, office.role, office.start, office.end,
                        f"gaz.{actor_id}.roles")
            for office in self.offices_of(actor_id)
        ]
        ties += [Affiliation(actor_id, "MEMBER_OF", org, rule=f"gaz.{actor_id}.member_of")
                 for org in self.memberships.get(actor_id, ())]
        return ties

    def non_name_words(self, category: str) -> frozenset[str]:
        """The lower-case words of one `non-names.yaml` category, all languages together."""
        return frozenset(word.text.lower() for word in self.non_names if word.category == category)

    def surfaces_for(self, lang: str) -> Iterator[Surface]:
        return (surface for surface in self.surfaces if surface.lang in (lang, "any"))

    def problems(self) -> list[str]:
        """Broken cross-references: a state whose id is not its iso3, or a `country`, `faction`, `member_of` or
        office `of` naming no loaded actor. Empty when the gazetteer is consistent."""
        found: list[str] = []
        for actor in self.actors.values():
            if actor.type == "Country" and actor.iso3 != actor.id:
                found.append(f"{actor.id}: a Country's id must be its iso3 ({actor.iso3!r})")
            state = self.actors.get(actor.country) if actor.country else None
            if actor.country and (state is None or state.type != "Country"):
                found.append(f"{actor.id}: country {actor.country!r} is not a loaded Country")
            faction = self.actors.get(actor.faction) if actor.faction else None
            if actor.faction and (faction is None or faction.type not in ("ArmedGroup", "Group")):
                found.append(f"{actor.id}: faction {actor.faction!r} is not a loaded armed group or group")
        for actor_id, orgs in self.memberships.items():
            found += [f"{actor_id}: member_of {org!r} is not a loaded actor" for org in orgs if org not in self.actors]
        for office in self.offices:
            if office.of not in self.actors:
                found.append(f"{office.person}: office {office.role!r} of {office.of!r}, which is not a loaded actor")
        return found


def _by_language(value: Any) -> Iterator[tuple[str, str]]:
    """(lang, text) pairs from `{en: [...], id: [...]}` or a plain list (meaning any language)."""
    if not value:
        return
    if isinstance(value, list):
        for text in value:
            yield "any", str(text)
        return
    for lang, texts in value.items():
        for text in texts or []:
            yield str(lang), str(text)


def _all_names(value: Any) -> Iterator[str]:
    seen: set[str] = set()
    for _lang, text in _by_language(value):
        if text not in seen:
            seen.add(text)
            yield text


def _iso(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


@cache
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """The gazetteer from `directory` (default `data/gazetteer/` with the language packs' role nouns and names,
    `data/lang/<code>/roles.yaml` and `names.yaml`), parsed once per process."""
    if directory:
        return Gazetteer.from_directory(Path(directory))
    gazetteer = Gazetteer.from_directory(data_dir() / "gazetteer")
    for path in sorted((data_dir() / "lang").glob("*/roles.yaml")):
        gazetteer.add_file(path, lang=path.parent.name)
    for path in sorted((data_dir() / "lang").glob("*/names.yaml")):
        gazetteer.add_names(path, lang=path.parent.name)
    return gazetteer

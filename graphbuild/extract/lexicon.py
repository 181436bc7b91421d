"""Trigger lexicons (`data/lang/<lang>/lexicon.yaml`): entries, markers, and a fast matcher over token keys.

An entry names the words that express an event (`words: "impose sanction"`, matched in order with at most
`gap` other tokens between them; `a|b` is a choice of words for one
slot), its PLOVER relation, CAMEO code, Goldstein value, mode, and its frame:
`preps` (the words that introduce the target: `kepada`, `against`), `object` (may a bare noun phrase after
the trigger be the target), `governs` (a following event verb is its complement: "refused to meet"),
`intent` (an intent marker: "will support" is AGREE, CAMEO 03; `keeps` lists the relations it leaves as they are:
"committed to supporting Y" is the support itself), `symmetric` (a meeting or joint act:
the event is emitted in both directions), `appeal` (a call for cooperation with no addressee is itself an
intent to cooperate: "menyerukan kerja sama" is one AGREE event), `converse` (hosting: "X received Y" also
gives Y → X's state), `received` (the subject receives the event: "X received aid from Y", "X menerima bantuan dari
Y" is Y → X), `obligation` ("X said Y must …": a demand of the speaker
on Y), `charges` (an accusation whose object is followed by the charge: "accused Y of helping Z" — the
charge is alleged, not an event of its own), `against_acts` (a governing verb's relation when the act it takes
is an owned act of force: "opposed Russian aggression" is ACCUSE, "opposed Peru's bid" the entry's REJECT),
`inside` (the target is named in the trigger's gap: "called Xi a dictator", "called Peru's drills a provocation"). In a
pack with `inflection: english` words are expanded to their
inflections (`attack` → attacks, attacked, attacking; irregular forms from `markers.irregular`); in a pack with
a stemmer (Indonesian, Malay) words match a token's surface form or its stem. A pack that `borrows` a close
language uses that language's entries after its own, and its markers unless it lists its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graphbuild.lang import pack_for
from graphbuild.paths import data_dir, read_yaml
from graphbuild.relations import relation_types


@dataclass(frozen=True)
class Entry:
    id: str
    lang: str
    words: tuple[str, ...]
    relation: str | None
    cameo: str | None
    goldstein: float | None
    mode: str = "asserted"
    preps: tuple[str, ...] = ()
    object: bool = True
    governs: bool = False
    intent: bool = False
    symmetric: bool = False
    appeal: bool = False
    converse: bool = False
    received: bool = False
    obligation: bool = False
    charges: bool = False
    keeps: tuple[str, ...] = ()  # an intent marker's: relations it leaves as they are ("committed to supporting Y")
    against_acts: str | None = None  # a governing verb's relation when it takes an owned act of force ("opposed
    # Russian aggression" is ACCUSE; "opposed Peru's bid" stays the entry's REJECT)
    inside: bool = False  # the target is named in the trigger's gap ("called Xi a dictator")
    gap: int = 2
    weight: float = 0.8
    example: str | None = None
    expect: tuple[str, ...] = ()

    @property
    def quad(self) -> int:
        return relation_types()[self.relation].quad if self.relation else 0


@dataclass
class Lexicon:
    """One language's entries, markers and the index from a first-word key to the entries it may start."""

    lang: str
    entries: list[Entry]
    markers: dict[str, Any]
    index: dict[str, list[tuple[Entry, tuple[frozenset[str], ...]]]] = field(default_factory=dict)

    def marker(self, name: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in self.markers.get(name, []))


def english_forms(word: str, irregular: dict[str, list[str]]) -> frozenset[str]:
    """`word` and its regular inflections (plural/3rd person, past, gerund), plus listed irregular forms."""
    forms = {word, *irregular.get(word, [])}
    if " " in word or not word.isalpha():
        return frozenset(forms)
    if word.endswith("ie"):
        forms |= {word + "s", word + "d", word[:-2] + "ying"}
    elif word.endswith("ee"):
        forms |= {word + "s", word + "d", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return frozenset(forms)


def _entry(raw: dict[str, Any], lang: str, defaults: dict[str, Any]) -> Entry:
    for key in ("preps",):
        if any(not isinstance(word, str) for word in raw.get(key, [])):
            raise ValueError(f"{key}: every word must be a string (quote YAML words like 'on', 'no')")
    relation = raw.get("relation")
    goldstein = raw.get("goldstein")
    if relation and goldstein is None:
        goldstein = relation_types()[relation].goldstein
    return Entry(
        id=raw["id"], lang=lang, words=tuple(str(raw["words"]).lower().split()), relation=relation,
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        goldstein=float(goldstein) if goldstein is not None else None,
        mode=raw.get("mode", "asserted"), preps=tuple(raw.get("preps", defaults.get("preps", []))),
        object=bool(raw.get("object", True)), governs=bool(raw.get("governs", False)),
        intent=bool(raw.get("intent", False)), symmetric=bool(raw.get("symmetric", False)),
        appeal=bool(raw.get("appeal", False)), converse=bool(raw.get("converse", False)),
        received=bool(raw.get("received", False)),
        obligation=bool(raw.get("obligation", False)), charges=bool(raw.get("charges", False)),
        keeps=tuple(raw.get("keeps", ())), against_acts=raw.get("against_acts"),
        inside=bool(raw.get("inside", False)),
        gap=int(raw.get("gap", 2)), weight=float(raw.get("weight", 0.8)),
        example=raw.get("ex"), expect=_expect(raw.get("expect")),
    )  # fmt: skip


def load_lexicon_file(path: Path, base: Lexicon | None = None) -> Lexicon:
    """One lexicon file; `base` (a borrowed language's lexicon) adds its entries after the file's own and its
    markers where the file lists none."""
    document = read_yaml(path) or {}
    lang = document["lang"]
    markers = {**(base.markers if base else {}), **document.get("markers", {})}
    defaults = document.get("defaults", {})
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, raw in enumerate(document.get("entries", []), 1):
        try:
            entry = _entry(raw, lang, defaults)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: entry {number} ({raw.get('id', '?')}): {error}") from error
        if entry.id in seen:
            raise ValueError(f"{path}: duplicate entry id {entry.id!r}")
        for relation in (entry.relation, entry.against_acts):
            if relation and relation not in relation_types():
                raise ValueError(f"{path}: entry {entry.id!r}: unknown relation {relation!r}")
        seen.add(entry.id)
        entries.append(entry)
    entries += [entry for entry in (base.entries if base else []) if entry.id not in seen]
    lexicon = Lexicon(lang, entries, markers)
    irregular = {str(k): [str(f) for f in v] for k, v in (markers.get("irregular") or {}).items()}
    inflect = pack_for(lang).inflection
    for entry in entries:
        if inflect == "english":
            slots = tuple(frozenset().union(*(english_forms(w, irregular) for w in word.split("|")))
                          for word in entry.words)  # fmt: skip
        else:
            slots = tuple(frozenset(word.split("|")) for word in entry.words)
        for key in slots[0]:
            lexicon.index.setdefault(key, []).append((entry, slots[1:]))
    for candidates in lexicon.index.values():
        candidates.sort(key=lambda item: -len(item[1]))
    return lexicon


@cache
def load_lexicon(lang: str, directory: str | None = None) -> Lexicon:
    """The lexicon of `lang`: `<directory>/<lang>.yaml`, else its language pack's `data/lang/<lang>/lexicon.yaml`;
    parsed once per process."""
    path = Path(directory) / f"{lang}.yaml" if directory else data_dir() / "lang" / lang / "lexicon.yaml"
    if not path.exists():
        raise ValueError(f"no lexicon for language {lang!r} at {path}")
    borrowed = pack_for(lang).borrows
    return load_lexicon_file(path, load_lexicon(borrowed, directory) if borrowed else None)


def _expect(value: Any) -> tuple[str, ...]:
    """An example's expected (source, relation, target); `none` means the example must give no event."""
    if value == "none":
        return ("none",)
    return tuple(str(v) for v in value or ())

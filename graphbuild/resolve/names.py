"""An actor named by a user (a query parameter, `export --actor`): an id, an ISO3 code, or a name or alias in
any language the gazetteer knows (`Russia`, `Rusia`, `Russian Federation`, `RF`), resolved to one actor id.

    index = ActorIndex.build(stored=[("RUS", "Russia"), ("evil-group", "Evil Group")])
    index.resolve("Rusia")        # -> "RUS"
    index.resolve("Rusland")      # UnknownActor: no actor 'Rusland' (did you mean: Russia (RUS), ...?)

Candidates come from the store (its actors' ids, names and aliases) and from the gazetteer (ids, names,
acronyms; then, when nothing matched, demonyms, metonyms and surnames). Matching ignores case, accents and
extra spaces. A name that fits several actors prefers the ones the store holds; still several is an error
that lists them, and nothing at all is an error with the closest names.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer

STRONG_KINDS = ("name", "acronym")  # gazetteer surfaces tried with ids and stored names
WEAK_KINDS = ("demonym", "metonym", "surname")  # tried only when nothing else matched


class UnknownActor(ValueError):
    """A name that resolves to no actor, or to several: the message lists suggestions."""


def fold(text: str) -> str:
    """Case, accents and runs of spaces ignored: `  Türkiye ` and `turkiye` fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


@dataclass
class ActorIndex:
    """Folded names → actor ids, in two tiers, and each actor's display name; the store's own names are held
    here, the gazetteer's (folded once per process) in `base`."""

    stored: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)
    strong: dict[str, set[str]] = field(default_factory=dict)
    weak: dict[str, set[str]] = field(default_factory=dict)
    base: ActorIndex | None = None

    def _ids(self, tier: str, key: str) -> set[str]:
        ids = getattr(self, tier).get(key, set())
        return ids | getattr(self.base, tier).get(key, set()) if self.base else ids

    def _name(self, actor_id: str) -> str | None:
        return self.names.get(actor_id) or (self.base.names.get(actor_id) if self.base else None)

    @classmethod
    def build(cls, stored: Iterable[tuple[str, str | None]] = (), gazetteer: Gazetteer | None = None
              ) -> ActorIndex:  # fmt: skip
        """From the store's (id, name or alias) pairs and the gazetteer (default: the project's)."""
        base = _gazetteer_index(gazetteer or load_gazetteer())
        index = cls(base=base)
        for actor_id, name in stored:
            index.stored.add(actor_id)
            index._add(index.strong, actor_id, actor_id)
            if name:
                index.names.setdefault(actor_id, name)
                index._add(index.strong, name, actor_id)
        return index

    @staticmethod
    def _add(tier: dict[str, set[str]], text: str, actor_id: str) -> None:
        key = fold(text)
        if key:
            tier[key] = tier.get(key, set()) | {actor_id}

    def label(self, actor_id: str) -> str:
        name = self._name(actor_id)
        return f"{name} ({actor_id})" if name and name != actor_id else actor_id

    def resolve(self, text: str) -> str:
        """The actor id `text` names; `UnknownActor` (with suggestions) when it names none or several."""
        if text in self.stored or self._name(text):
            return text
        key = fold(text)
        for tier in ("strong", "weak"):
            ids = self._ids(tier, key)
            held = ids & self.stored
            choice = held or ids
            if len(choice) == 1:
                return next(iter(choice))
            if choice:
                listed = ", ".join(sorted(self.label(actor_id) for actor_id in choice))
                raise UnknownActor(f"{text!r} names several actors: {listed}; give one of their ids")
        raise UnknownActor(f"no actor {text!r}{self._suggest(key)}")

    def _suggest(self, key: str) -> str:
        keys = list(dict.fromkeys([*self.strong, *(self.base.strong if self.base else ())]))
        close = difflib.get_close_matches(key, keys, n=8, cutoff=0.6)
        close += [candidate for candidate in keys if key and len(key) >= 3 and key in candidate][:8]
        ids = list(dict.fromkeys(actor_id for match in close for actor_id in sorted(self._ids("strong", match))))
        ids.sort(key=lambda actor_id: actor_id not in self.stored)  # the store's actors first
        if not ids:
            return " (no actor of the store or the gazetteer has a close name)"
        return f" (did you mean: {', '.join(self.label(actor_id) for actor_id in ids[:5])}?)"


@cache
def _gazetteer_index(gazetteer: Gazetteer) -> ActorIndex:
    """The gazetteer's names in both tiers, folded once per process."""
    index = ActorIndex()
    for actor in gazetteer.actors.values():
        index.names.setdefault(actor.id, actor.name)
        for text in (actor.id, actor.name, actor.iso3 or "", *actor.aliases):
            index._add(index.strong, text, actor.id)
    for surface in gazetteer.surfaces:
        tier = index.strong if surface.kind in STRONG_KINDS else index.weak
        index._add(tier, surface.text, surface.actor_id)
    return index

"""Language packs: everything the extractor knows about one language, found under `data/lang/<code>/`.

A pack is a folder with `pack.yaml` (name, spaCy tokenizer, parser models, stemmer, detection words,
grammar switches), `lexicon.yaml` (trigger entries and marker words, see `graphbuild.extract.lexicon`) and
optionally `furniture.yaml` (page-furniture patterns) and `words.yaml` (word lists by id that the extractor, the
actor resolver and the learned scorer read: one pack's, or the union of every pack's). A pack may name a hook module
(`graphbuild/lang/<code>.py`) for morphology: `stem(word)`, `derived_noun(word)`. The supported languages
are the packs found; nothing else in the package names a language. A language without a pack is processed
with the `fallback` pack's rules, with a warning naming the article.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from graphbuild.paths import data_dir, load_yaml

UNDETERMINED = "und"


@dataclass(frozen=True)
class Grammar:
    """Switches for the role rules that depend on word order and morphology."""

    noun_then_owner: bool = False  # an event noun's owner follows it: "serangan Israel", "kunjungan Presiden Peru"
    owner_then_noun: bool = False  # an event noun's owner precedes it: "Russia's invasion", "a UN appeal"
    possessive_suffix: str = ""  # a suffix that points back to an actor named before: "-nya" (invasinya)
    passive_prefix: str = ""  # a verb prefix that makes a passive: "di-" (diserang oleh X)
    event_nouns: frozenset[str] = frozenset()  # event nouns the morphology hook cannot tell (invasi, sanksi)
    # "X bertemu Y" holds both ways only between two people (`roles.comitative-both-ways`): the Indonesian train
    # split lists no reverse of a meeting with a state or a body
    people_meet_both_ways: bool = False


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    spacy_lang: str  # the spaCy language whose tokenizer a blank pipeline uses
    # "spacy": spaCy's own; "hyphen-word-set": the same rules with the plain hyphenated-word exceptions kept whole
    # through one set (graphbuild/nlp/tokenizer.py: builds in a fraction of a second instead of seconds)
    tokenizer: str = "spacy"
    parser_models: tuple[str, ...] = ()  # spaCy packages (tagger + parser) to try for `--parser auto`
    stemmer: bool = False  # trigger words also match a token's stem (the hook's `stem`)
    inflection: str = "none"  # `english`: lexicon words are expanded to their regular inflections
    function_words: frozenset[str] = frozenset()  # language detection: short, frequent words
    distinctive: frozenset[str] = frozenset()  # words that tell it from a close language sharing its function words
    fallback: bool = False  # the pack used for a language without one
    borrows: str | None = None  # a close language whose names, role nouns and lexicon entries this one also uses
    grammar: Grammar = field(default_factory=Grammar)
    hooks: ModuleType | None = None
    # training: the scorer's cross-validated thresholds must keep at least this share of the events the rules
    # found correctly (1.0: it never drops a rule triple; lower lets it drop the least likely for precision)
    keep_rule_events: float = 1.0

    def stem(self, word: str) -> str:
        function: Callable[[str], str] | None = getattr(self.hooks, "stem", None)
        return function(word) if function and self.stemmer else word

    def stem_among(self, targets: Iterable[str]) -> Callable[[str], str]:
        """`stem` as far as comparisons with the words `targets` go: the hook's `stem_among(targets)` when it has
        one (the same comparisons, far fewer words stemmed), else `stem`."""
        function: Callable[[Iterable[str]], Callable[[str], str]] | None = getattr(self.hooks, "stem_among", None)
        return function(targets) if function and self.stemmer else self.stem

    def words(self, list_id: str) -> frozenset[str]:
        """The pack's word list `list_id` (`words.yaml`), else the one of the pack it borrows from, else empty."""
        return pack_words(self.code, list_id)

    def derived_noun(self, word: str) -> bool:
        """A noun derived from a verb (serangan, kunjungan), per the hook module; False without one."""
        function: Callable[[str], bool] | None = getattr(self.hooks, "derived_noun", None)
        return bool(function and function(word))


def _pack(code: str, raw: dict[str, Any]) -> LanguagePack:
    grammar = dict(raw.get("grammar") or {})
    grammar["event_nouns"] = frozenset(grammar.get("event_nouns") or ())
    hooks = importlib.import_module(f"graphbuild.lang.{raw['hooks']}") if raw.get("hooks") else None
    detect = raw.get("detect") or {}
    return LanguagePack(
        code=code, name=raw["name"], spacy_lang=raw.get("spacy", code),
        tokenizer=raw.get("tokenizer", "spacy"), parser_models=tuple(raw.get("parser") or ()),
        stemmer=bool(raw.get("stemmer")), inflection=raw.get("inflection", "none"),
        function_words=frozenset(str(w).lower() for w in detect.get("function_words") or ()),
        distinctive=frozenset(str(w).lower() for w in detect.get("distinctive") or ()),
        fallback=bool(raw.get("fallback")), borrows=raw.get("borrows"), grammar=Grammar(**grammar), hooks=hooks,
        keep_rule_events=float((raw.get("scorer") or {}).get("keep_rule_events", 1.0)),
    )  # fmt: skip


@cache
def packs() -> dict[str, LanguagePack]:
    """Every language pack under `data/lang/`, by code (sorted)."""
    found = {}
    for path in sorted((data_dir() / "lang").glob("*/pack.yaml")):
        code = path.parent.name
        try:
            found[code] = _pack(code, load_yaml("lang", code, "pack.yaml"))
        except (KeyError, TypeError, ValueError, ImportError) as error:
            raise ValueError(f"{path}: {error}") from error
    if not found:
        raise ValueError(f"no language packs in {data_dir() / 'lang'}")
    return found


def supported_languages() -> tuple[str, ...]:
    return tuple(packs())


def fallback_pack() -> LanguagePack:
    return next((p for p in packs().values() if p.fallback), next(iter(packs().values())))


def pack_for(code: str) -> LanguagePack:
    """The pack of `code`, else the fallback pack."""
    return packs().get(code) or fallback_pack()


def has_pack(code: str) -> bool:
    return code in packs()


def surface_languages(code: str) -> tuple[str, ...]:
    """The gazetteer languages whose surfaces and role nouns text in `code` uses: its own, any it borrows, `any`."""
    borrowed = pack_for(code).borrows
    return (code, "any", borrowed) if borrowed else (code, "any")


def pack_codes() -> tuple[str, ...]:
    """The codes of the packs under `data/lang/`, read without loading them (module-level word lists are read
    while the hook modules are still being imported)."""
    return tuple(path.parent.name for path in sorted((data_dir() / "lang").glob("*/pack.yaml")))


@cache
def word_lists(code: str) -> dict[str, frozenset[str]]:
    """The word lists of pack `code` (its own `words.yaml`; none without one), by id."""
    path = data_dir() / "lang" / code / "words.yaml"
    if not path.exists():
        return {}
    raw = load_yaml("lang", code, "words.yaml") or {}
    lists = raw.get("words") if isinstance(raw, dict) else None
    if not isinstance(lists, dict):
        raise ValueError(f"{path}: expected a mapping `words:` of list id → words")
    out = {}
    for list_id, words in lists.items():
        bad = [w for w in words or () if not isinstance(w, str)] if isinstance(words, list) else [words]
        if bad:
            raise ValueError(f"{path}: list {list_id!r}: not a list of strings (quote {bad[0]!r})")
        out[str(list_id)] = frozenset(words)
    return out


@cache
def pack_words(code: str, list_id: str) -> frozenset[str]:
    """Word list `list_id` of pack `code`, else of the pack it borrows from, else empty (cached: rules ask for a
    pack's list per candidate, and a borrowing pack's lookup globs the packs)."""
    own = word_lists(code)
    if list_id in own:
        return own[list_id]
    borrowed = (load_yaml("lang", code, "pack.yaml") or {}).get("borrows") if code in pack_codes() else None
    return word_lists(borrowed).get(list_id, frozenset()) if borrowed else frozenset()


def union_words(list_id: str) -> frozenset[str]:
    """The union of every pack's word list `list_id`, for language-neutral rules and features; an id no pack
    defines is an error (a misspelt id would otherwise read an empty list)."""
    found = [word_lists(code)[list_id] for code in pack_codes() if list_id in word_lists(code)]
    if not found:
        raise KeyError(f"no language pack defines the word list {list_id!r} (data/lang/*/words.yaml)")
    return frozenset().union(*found)

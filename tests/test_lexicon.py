"""The trigger lexicons: schema checks, and every entry's own example sentence run through the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.lexicon import english_forms, load_lexicon, load_lexicon_file
from graphbuild.lang import supported_languages
from graphbuild.model import MODES, RELATIONS
from tests.test_extract import keys, run

# every pack's own entries (a pack that borrows a language's entries lists them again: tested once, in their own)
ENTRIES = [entry for lang in supported_languages() for entry in load_lexicon(lang).entries if entry.lang == lang]


def test_every_plover_type_has_triggers_in_every_language() -> None:
    for lang in supported_languages():
        covered = {e.relation for e in load_lexicon(lang).entries if e.relation}
        assert covered == set(RELATIONS), f"{lang}: missing {set(RELATIONS) - covered}"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_entry_is_well_formed(entry) -> None:  # type: ignore[no-untyped-def]
    assert entry.id.startswith(f"{entry.lang}.") and entry.words
    assert entry.mode in MODES
    assert all(isinstance(p, str) and p == p.lower() for p in entry.preps)
    if entry.relation:
        assert entry.cameo and entry.goldstein is not None
    else:
        assert entry.intent or entry.expect == ("none",), "an entry without relation is a marker or a blocker"
    assert entry.example, "every entry comes with its own test sentence"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_entry_example_gives_its_event(entry) -> None:  # type: ignore[no-untyped-def]
    triples = run(entry.example, lang=entry.lang)
    if entry.expect == ("none",):
        assert keys(triples) == set()
        return
    expected = tuple(entry.expect) if entry.expect else ("CHL", entry.relation, "PER")
    assert expected in keys(triples)
    if not entry.expect:
        matching = [t for t in triples if (t.source.actor.id, t.relation, t.target.actor.id) == expected]
        assert any(t.trigger.rule == entry.id for t in matching) or entry.intent


def test_english_inflections() -> None:
    assert {"attack", "attacks", "attacked", "attacking"} <= english_forms("attack", {})
    assert {"agrees", "agreed", "agreeing"} <= english_forms("agree", {})
    assert {"urged", "urging"} <= english_forms("urge", {})
    assert {"ties", "tied"} <= english_forms("tie", {}) and {"denies", "denied"} <= english_forms("deny", {})
    assert {"tying"} <= english_forms("tie", {}) and "vetoed" in english_forms("veto", {})
    assert {"held"} <= english_forms("hold", {"hold": ["held"]})
    assert {"banned", "banning"} <= english_forms("ban", {})


def test_bad_lexicon_file_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text("lang: en\nentries:\n  - {id: en.x, words: hit, relation: HIT, cameo: '1'}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"en\.x"):
        load_lexicon_file(path)
    path.write_text("lang: en\nentries:\n  - {id: en.y, words: hit, relation: ASSAULT, preps: [on]}\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ValueError, match="quote"):
        load_lexicon_file(path)

"""spaCy pipelines per language, with graphbuild's components registered as factories.

    nlp = make_pipeline("id")                # spacy.blank("id") + sentence rules + actor and trigger matchers
    nlp = make_pipeline("en", parser="auto")  # an installed pipeline of the pack's `parser` models if any

Components (all small, all in `graphbuild.nlp.components`):
- `graphbuild_newlines`: a line break starts a sentence (titles, datelines and list items have no period);
- `graphbuild_actors`: gazetteer surfaces → `doc.spans["gb_actors"]` (PhraseMatcher: acronyms by ORTH, names by
  LOWER but only where the text is capitalised, role nouns by LOWER); non-actor phrases ("South China Sea") win
  as the longest match over the names inside them and go to `doc.spans["gb_non_actors"]` instead;
- `graphbuild_triggers`: lexicon entries → `doc.spans["gb_triggers"]` (surface forms and Indonesian stems).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from dataclasses import dataclass

import spacy
from spacy.language import Language

from graphbuild.lang import pack_for, union_words
from graphbuild.nlp import components  # noqa: F401  (registers the factories)
from graphbuild.nlp.tokenizer import blank

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class PipelineInfo:
    lang: str
    parser: str  # "none" or the loaded model's package name


def find_parser_model(parser: str, lang: str = "en") -> str | None:
    """The spaCy package to load for `parser` (`auto`: the first installed of the language pack's `parser`
    models, e.g. the official en_core_web_sm, else the re-upload); None for a pack without parser models."""
    models = pack_for(lang).parser_models
    if parser == "none" or not models:
        return None
    candidates = models if parser == "auto" else (parser,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    if parser != "auto":
        raise ValueError(f"spaCy model {parser!r} is not installed (use --parser auto or none)")
    return None


# the participles of authorship after which an abbreviation's hyphen is split: "U.S.-drafted", "U.N.-brokered" (not
# "U.S.-led forces", "U.S.-backed": in the annotated pool those are rarely the state acting; splitting every such
# hyphen cost English train fp +29, tp -1); data/lang/*/words.yaml `nlp.author_participles`
AUTHOR_PARTICIPLES = union_words("nlp.author_participles")
INITIALS_HYPHEN = r"(?<=[A-Z]\.)-(?=(?:" + "|".join(sorted(map(re.escape, AUTHOR_PARTICIPLES))) + r")\b)"


def _split_after_initials(nlp: Language) -> None:
    """Split "U.S.-drafted" into "U.S.", "-", "drafted" (spaCy keeps it one token: its hyphen infix wants a
    letter before the hyphen), so the abbreviation is found as an actor ("vetoed a U.S.-drafted resolution")."""
    if not AUTHOR_PARTICIPLES:
        return
    finditer = nlp.tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else None
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{INITIALS_HYPHEN}" if pattern else INITIALS_HYPHEN).finditer


def make_pipeline(lang: str, parser: str = "auto", gazetteer_dir: str | None = None,
                  lexicon_dir: str | None = None) -> tuple[Language, PipelineInfo]:  # fmt: skip
    """The pipeline for `lang` (a language pack's code) and what it is; other languages must be mapped by the
    caller. `parser` applies to a pack that lists parser models (English); the others are tokenised only."""
    model = find_parser_model(parser, lang)
    if model:
        nlp = spacy.load(model, exclude=["lemmatizer"])
        nlp.add_pipe("graphbuild_newlines", first=True)
        nlp.add_pipe("graphbuild_sentence_cap", after="graphbuild_newlines")
    else:
        nlp = blank(lang)
        nlp.add_pipe("graphbuild_newlines")
        nlp.add_pipe("graphbuild_sentencizer")
        nlp.add_pipe("graphbuild_sentence_cap")
    _split_after_initials(nlp)
    config = {"lang": lang, "gazetteer_dir": gazetteer_dir or ""}
    nlp.add_pipe("graphbuild_actors", config=config)
    nlp.add_pipe("graphbuild_triggers", config={"lang": lang, "lexicon_dir": lexicon_dir or ""})
    return nlp, PipelineInfo(lang, model or "none")

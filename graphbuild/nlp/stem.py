"""Indonesian stemming with PySastrawi, one token at a time, cached (the stemmer is slow)."""

from __future__ import annotations

from functools import cache
from typing import Any


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


def stem_en(word: str) -> str:
    """English needs no stemmer: lexicon entries list their inflected forms (see `extract.lexicon`)."""
    return word

"""Ingest: inputs (files, directories, globs, `-`) → `Article` records, or `InputError`s for bad input.

`read_inputs` is a generator: a corpus never has to fit in memory, and a bad file or line yields one
`InputError` (path, line, reason) while the rest of the run goes on.
"""

from __future__ import annotations

from graphbuild.ingest.readers import (
    DEFAULT_MAX_BYTES,
    MAX_ARTICLE_CHARS,
    IngestOptions,
    count_inputs,
    expand_inputs,
    make_article,
    read_inputs,
)
from graphbuild.ingest.text import find_dateline, furniture_spans, guess_language, normalise

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_ARTICLE_CHARS",
    "IngestOptions",
    "count_inputs",
    "expand_inputs",
    "find_dateline",
    "furniture_spans",
    "guess_language",
    "make_article",
    "normalise",
    "read_inputs",
]

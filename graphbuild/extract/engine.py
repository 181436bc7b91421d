"""The lexicon extractor (issue 3 replaces this empty stage with the spaCy engine)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from graphbuild import __version__
from graphbuild.extract import Extraction
from graphbuild.model import ActorRecord, Article

EXTRACTOR_NAME = f"graphbuild-lexicon/{__version__}"


class LexiconExtractor:
    def __init__(self, parser: str = "auto", jobs: int = 1) -> None:
        self.parser = parser
        self.jobs = jobs

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield Extraction(article)

    def describe(self) -> dict[str, Any]:
        return {"extractor": EXTRACTOR_NAME, "parser": "none"}

    def actor_records(self, counts: dict[str, tuple[int, set[str]]]) -> list[ActorRecord]:
        return []

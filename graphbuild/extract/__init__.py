"""Extract: articles → triples. The stage's interface; the engine lives in the modules beside this one.

An extractor takes a stream of `Article`s and yields one `Extraction` per article, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from graphbuild.model import ActorRecord, Affiliation, Article, Mention, Triple


@dataclass
class Extraction:
    """What one article gave: its triples, every actor mention found, and warnings."""

    article: Article
    triples: list[Triple] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)  # ties found in the text ("Pemimpin X, Y")


class Extractor(Protocol):
    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...

    def describe(self) -> dict[str, Any]:
        """What ran (extractor name and version, parser path), for `summary.json`."""
        ...

    def actor_records(self, counts: dict[str, tuple[int, set[str]]]) -> list[ActorRecord]:
        """`actors.jsonl` rows for the actors seen (`counts`: actor id → (mentions, article ids))."""
        ...


def make_extractor(parser: str = "none", jobs: int = 1, model: str = "auto") -> Extractor:
    """The extractor for this installation; `parser` is `auto`, `none` or a spaCy model name; `model` is
    `auto` (the shipped event scorer when present), `none` (rules only) or a trained model directory."""
    from graphbuild.extract.engine import LexiconExtractor

    return LexiconExtractor(parser=parser, jobs=jobs, model=model)

"""A part of a build: `articles.jsonl`, `triples.jsonl`, `actors.jsonl` and its counts (`PartStats`).

A single-process build writes one part straight into OUT. The Dask engine (graphbuild.shards) writes one part
per shard and merges them in shard order; `--update` merges the existing output with the new articles' part.
Merging is exact: articles and triples are concatenated byte for byte, actor records are combined as the
extractor would have combined them in one run (mentions summed, articles united, the first-seen definition of
a text actor kept, ties appended unless one with the same organisation and relation is there), so a merged
output equals the output of one run over the same articles in the same order.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.article_actors import ARTICLE_ACTORS_FILE, ArticleActors
from graphbuild.model import Article, dumps
from graphbuild.timeline.dates import date_triples
from graphbuild.timeline.filters import MAX_UNDATED_EXAMPLES, keep_dated

MAX_WARNINGS = 1000
PART_FILES = ("articles.jsonl", "triples.jsonl", "actors.jsonl")
# written from the whole merged output, never concatenated: distinct events, the corrections report
WHOLE_OUTPUT_FILES = ("events.jsonl", "corrections-report.jsonl")


@dataclass
class PartStats:
    """The counts of one part; `add` combines two parts' counts in order."""

    articles: int = 0
    triples: int = 0
    below_min_confidence: int = 0
    events_negated: int = 0
    event_actors: list[str] = field(default_factory=list)  # actors that are source or target of a triple
    languages: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the first MAX_WARNINGS
    warning_count: int = 0
    outside_dates: int = 0  # triples left out by --since/--until
    undated_excluded: int = 0  # triples left out by --since/--until for want of a date
    undated_articles: int = 0
    undated_examples: list[str] = field(default_factory=list)  # the first MAX_UNDATED_EXAMPLES
    extractor: dict[str, Any] = field(default_factory=dict)

    def add(self, other: PartStats) -> None:
        self.articles += other.articles
        self.triples += other.triples
        self.below_min_confidence += other.below_min_confidence
        self.events_negated += other.events_negated
        self.event_actors = sorted(set(self.event_actors) | set(other.event_actors))
        self.languages = _sum(self.languages, other.languages)
        self.relations = _sum(self.relations, other.relations)
        self.warnings = (self.warnings + other.warnings)[:MAX_WARNINGS]
        self.warning_count += other.warning_count
        self.outside_dates += other.outside_dates
        self.undated_excluded += other.undated_excluded
        self.undated_articles += other.undated_articles
        self.undated_examples = (self.undated_examples + other.undated_examples)[:MAX_UNDATED_EXAMPLES]
        if other.extractor and (not self.extractor or self.extractor.get("parser") == "none"):
            self.extractor = other.extractor

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartStats:
        names = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in data.items() if key in names})


def _sum(left: dict[str, int], right: dict[str, int]) -> dict[str, int]:
    total = Counter(left)
    total.update(right)
    return dict(sorted(total.items()))


def write_part(extractor: Any, articles: Iterable[Article], folder: Path, min_confidence: float,
               progress: Callable[[Article], None] | None = None, since: str | None = None,
               until: str | None = None, corrector: Any = None) -> PartStats:  # fmt: skip
    """Extract `articles` with `extractor` into folder/{articles,triples,actors,article_actors}.jsonl: each
    article's triples corrected (`corrector`, graphbuild.review), dated from the text and filtered by
    confidence and event date; returns the counts."""
    stats = PartStats()
    actor_counts: dict[str, tuple[int, set[str]]] = {}
    languages: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    event_actors: set[str] = set()
    with (
        (folder / "articles.jsonl").open("w", encoding="utf-8", newline="\n") as articles_file,
        (folder / "triples.jsonl").open("w", encoding="utf-8", newline="\n") as triples_file,
        (folder / ARTICLE_ACTORS_FILE).open("w", encoding="utf-8", newline="\n") as article_actors_file,
    ):
        for extraction in extractor.extract(articles):
            article = extraction.article
            stats.articles += 1
            languages[article.language] += 1
            articles_file.write(dumps(article.to_dict()) + "\n")
            where = f"{article.origin}:{article.line}" if article.line else article.origin
            if not article.date:  # one warning for them all (the CLI prints it): see timeline.filters
                stats.undated_articles += 1
                if len(stats.undated_examples) < MAX_UNDATED_EXAMPLES:
                    stats.undated_examples.append(f"{where}: article {article.id!r}")
            for warning in article.warnings + extraction.warnings:
                stats.warning_count += 1
                if len(stats.warnings) < MAX_WARNINGS:  # a corpus in another language must not fill memory
                    stats.warnings.append(f"{where}: article {article.id!r}: {warning}")
            corrected = corrector.apply(article, extraction.triples) if corrector else extraction.triples
            for triple in date_triples(article, corrected):
                if triple.confidence < min_confidence:
                    stats.below_min_confidence += 1
                    continue
                if not keep_dated(triple, since, until, stats):
                    continue
                triples_file.write(dumps(triple.to_dict()) + "\n")
                relations[triple.relation] += 1
                stats.triples += 1
                stats.events_negated += triple.negated
                event_actors.update((triple.source.actor.id, triple.target.actor.id))
            for mention in extraction.mentions:
                actor_id = corrector.actor_id(mention.actor.id) if corrector else mention.actor.id
                count, seen_in = actor_counts.get(actor_id, (0, set()))
                seen_in.add(article.id)
                actor_counts[actor_id] = (count + 1, seen_in)
            if extraction.mentions or extraction.affiliations:  # what a retraction of the article takes back
                contribution = ArticleActors.of(article.id, extraction.mentions, extraction.affiliations,
                                                extractor.gazetteer.actors.__contains__)  # fmt: skip
                article_actors_file.write(dumps(contribution.to_dict()) + "\n")
            if progress:
                progress(article)
    records = extractor.actor_records(actor_counts)
    if corrector:
        records = corrector.finish_actors(records, actor_counts)
    with (folder / "actors.jsonl").open("w", encoding="utf-8", newline="\n") as actors_file:
        for record in sorted(records, key=lambda record: record.actor.id):
            actors_file.write(dumps(record.to_dict()) + "\n")
    stats.languages = dict(sorted(languages.items()))
    stats.relations = dict(sorted(relations.items()))
    stats.event_actors = sorted(event_actors)
    stats.extractor = extractor.describe()
    return stats


def merge_actor(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Combine a later part's record of an actor into an earlier part's (as one run would have)."""
    into["mentions"] = into.get("mentions", 0) + other.get("mentions", 0)
    into["articles"] = sorted(set(into.get("articles", [])) | set(other.get("articles", [])))
    ties = into.setdefault("affiliations", [])
    for tie in other.get("affiliations", []):
        if not any(t.get("organisation") == tie.get("organisation") and t.get("relation") == tie.get("relation")
                   for t in ties):  # fmt: skip
            ties.append(tie)


def merged_actors(folders: Sequence[Path]) -> list[dict[str, Any]]:
    """The actor records of several parts, combined in part order, sorted by id."""
    actors: dict[str, dict[str, Any]] = {}
    for folder in folders:
        path = folder / "actors.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in actors:
                    merge_actor(actors[record["id"]], record)
                else:
                    actors[record["id"]] = record
    return [actors[key] for key in sorted(actors)]


def _concatenate(sources: Sequence[Path], target: Path) -> None:
    """Write the sources one after the other into target, through a temp file renamed at the end."""
    temp = target.with_name(f".{target.name}.merging-{os.getpid()}")
    with temp.open("wb") as out:
        for source in sources:
            if source.exists():
                with source.open("rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
    os.replace(temp, target)


def _per_article_files(folders: Sequence[Path]) -> list[str]:
    """The JSONL files the parts hold one article after another: articles, triples and any other a stage
    writes per article (concatenated in part order); not actors.jsonl (combined) nor errors.jsonl (the reader's)."""
    names = {"articles.jsonl", "triples.jsonl"}
    names |= {path.name for folder in folders for path in folder.glob("*.jsonl") if not path.name.startswith(".")}
    return sorted(names - {"actors.jsonl", "errors.jsonl", *WHOLE_OUTPUT_FILES})


def merge_parts(folders: Sequence[Path], out_dir: Path, extra: dict[str, Sequence[Path]] | None = None) -> int:
    """Write out_dir/{articles,triples,actors}.jsonl (and any other per-article JSONL file) from the parts in
    order (out_dir may be one of them: every file is written to a temp file first and renamed); `extra` maps
    more file names (e.g. errors.jsonl) to the files to concatenate. Returns the number of actors."""
    actors = merged_actors(folders)
    temp = out_dir / f".actors.jsonl.merging-{os.getpid()}"
    with temp.open("w", encoding="utf-8", newline="\n") as handle:
        for record in actors:
            handle.write(dumps(record) + "\n")
    for name in _per_article_files(folders):
        _concatenate([folder / name for folder in folders], out_dir / name)
    for name, sources in (extra or {}).items():
        _concatenate(sources, out_dir / name)
    os.replace(temp, out_dir / "actors.jsonl")
    return len(actors)


def article_ids(path: Path) -> set[str]:
    """The ids in an articles.jsonl (empty if there is none)."""
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle if line.strip()}


def stats_of_output(out_dir: Path) -> PartStats:
    """The counts of a finished output folder, from its summary.json."""
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    stats = PartStats.from_dict(summary)
    actors: set[str] = set()
    with (out_dir / "triples.jsonl").open(encoding="utf-8") as handle:  # summary.json has their number only
        for line in handle:
            triple = json.loads(line)
            actors.update((triple["source"]["id"], triple["target"]["id"]))
    stats.event_actors = sorted(actors)
    return stats

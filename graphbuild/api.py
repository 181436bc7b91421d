"""The Python API the CLI is a thin layer over: read articles, extract triples, build an output folder.

    import graphbuild
    summary = graphbuild.build(["data/samples"], out="out")
    print(summary.triples, summary.exit_code)

`build` streams: articles are read, extracted and written one at a time, so memory stays flat.
Exit codes: 0 all input read, 2 some input rejected (see `errors.jsonl`), 1 a crash, 3 a store
(Neo4j) could not be reached.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.extract import Extraction, make_extractor
from graphbuild.ingest import DEFAULT_MAX_BYTES, IngestOptions, count_inputs, read_inputs
from graphbuild.model import Article, InputError, dumps
from graphbuild.outdir import build_lock, mark_complete, mark_incomplete
from graphbuild.progress import current as progress_reporter
from graphbuild.progress import stage

EXIT_OK, EXIT_CRASH, EXIT_REJECTED, EXIT_STORE = 0, 1, 2, 3
MAX_WARNINGS = 1000
OUTPUT_FILES = ("articles.jsonl", "triples.jsonl", "actors.jsonl", "errors.jsonl", "summary.json")


@dataclass
class BuildOptions:
    """Everything `build` can be told; the CLI flags map one to one."""

    lang: str = "auto"
    jobs: int = 1
    parser: str = "auto"
    model: str = "auto"  # the event scorer: auto (the shipped model), none (rules only) or a model directory
    min_confidence: float = 0.0  # triples below this confidence are left out
    max_bytes: int = DEFAULT_MAX_BYTES
    rdf: bool = True
    exports: bool = True
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None


@dataclass
class BuildSummary:
    """What a run did; written to `summary.json` and printed by the CLI."""

    out: str
    articles: int = 0
    triples: int = 0
    below_min_confidence: int = 0  # triples left out by --min-confidence
    events_negated: int = 0  # triples with negated=true (in `triples` and `relations`; never graph edges)
    actors_mentioned: int = 0  # actors some article mentions: one line each in actors.jsonl
    actors_in_events: int = 0  # actors that are source or target of a triple (negated ones included)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the first MAX_WARNINGS; `warning_count` counts all
    warning_count: int = 0
    extractor: dict[str, Any] = field(default_factory=dict)
    stages: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    exit_code: int = EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ProgressCallback = Callable[[Article], None]
# A post-build stage: (output folder, options, summary) → a JSON-able report stored under summary.stages.
PostStage = Callable[[Path, BuildOptions, BuildSummary], dict[str, Any]]


def read_articles(inputs: Iterable[str], *, lang: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[Article | InputError]:
    """Articles from files, folders, globs or `-`; an `InputError` for each rejected file or record."""
    return read_inputs(inputs, IngestOptions(lang=lang, max_bytes=max_bytes))


def extract(articles: Iterable[Article], *, parser: str = "auto", jobs: int = 1, model: str = "auto"
            ) -> Iterator[Extraction]:  # fmt: skip
    """One `Extraction` (triples, mentions, warnings) per article, in order."""
    return make_extractor(parser=parser, jobs=jobs, model=model).extract(articles)


def build(
    inputs: Iterable[str],
    out: str | Path,
    options: BuildOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    post_stages: Iterable[PostStage] | None = None,
) -> BuildSummary:
    """Read, extract and write `articles/triples/actors/errors.jsonl` and `summary.json` into `out`,
    then run the post-build stages (RDF store, Neo4j, exports).

    The folder is locked (`OUT/.lock`) for the whole build, so a second build into it raises
    `OutputFolderBusy`, and marked incomplete (`OUT/.incomplete`) until summary.json is written."""
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir):
        mark_incomplete(out_dir)
        summary = _build_into(inputs, out_dir, options or BuildOptions(), progress, post_stages)
        mark_complete(out_dir)
    return summary


def _build_into(inputs: Iterable[str], out_dir: Path, options: BuildOptions, progress: ProgressCallback | None,
                post_stages: Iterable[PostStage] | None) -> BuildSummary:  # fmt: skip
    """The build itself, into a folder the caller has locked and marked incomplete."""
    summary = BuildSummary(out=str(out_dir))
    started = time.perf_counter()
    inputs = list(inputs)
    files, expected = count_inputs(inputs) if progress_reporter().wants_totals else (None, None)
    extractor = make_extractor(parser=options.parser, jobs=options.jobs, model=options.model)
    actor_counts: dict[str, tuple[int, set[str]]] = {}
    errors: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    event_actors: set[str] = set()

    with (
        stage("extraction", expected, "articles") as extracting,
        stage("reading", files, "files") as reading,  # ends first: its line comes first
        (out_dir / "articles.jsonl").open("w", encoding="utf-8", newline="\n") as articles_file,
        (out_dir / "triples.jsonl").open("w", encoding="utf-8", newline="\n") as triples_file,
        (out_dir / "errors.jsonl").open("w", encoding="utf-8", newline="\n") as errors_file,
    ):

        def good_articles() -> Iterator[Article]:
            origin = None
            for item in read_articles(inputs, lang=options.lang, max_bytes=options.max_bytes):
                source = item.path if isinstance(item, InputError) else item.origin
                if source != origin:  # files are read one after the other
                    origin = source
                    reading.advance()
                if isinstance(item, InputError):
                    errors[item.kind] += 1
                    errors_file.write(dumps(item.to_dict()) + "\n")
                    continue
                yield item

        for extraction in extractor.extract(good_articles()):
            article = extraction.article
            summary.articles += 1
            languages[article.language] += 1
            articles_file.write(dumps(article.to_dict()) + "\n")
            where = f"{article.origin}:{article.line}" if article.line else article.origin
            for warning in article.warnings + extraction.warnings:
                summary.warning_count += 1
                if len(summary.warnings) < MAX_WARNINGS:  # a corpus in another language must not fill memory
                    summary.warnings.append(f"{where}: article {article.id!r}: {warning}")
            for triple in extraction.triples:
                if triple.confidence < options.min_confidence:
                    summary.below_min_confidence += 1
                    continue
                triples_file.write(dumps(triple.to_dict()) + "\n")
                relations[triple.relation] += 1
                summary.triples += 1
                summary.events_negated += triple.negated
                event_actors.update((triple.source.actor.id, triple.target.actor.id))
            for mention in extraction.mentions:
                count, seen_in = actor_counts.get(mention.actor.id, (0, set()))
                seen_in.add(article.id)
                actor_counts[mention.actor.id] = (count + 1, seen_in)
            extracting.advance()
            if progress:
                progress(article)

    records = extractor.actor_records(actor_counts)
    with (out_dir / "actors.jsonl").open("w", encoding="utf-8", newline="\n") as actors_file:
        for record in sorted(records, key=lambda record: record.actor.id):
            actors_file.write(dumps(record.to_dict()) + "\n")
    summary.actors_mentioned = len(records)
    summary.actors_in_events = len(event_actors)
    summary.errors = sum(errors.values())
    summary.error_kinds = dict(sorted(errors.items()))
    summary.languages = dict(sorted(languages.items()))
    summary.relations = dict(sorted(relations.items()))
    summary.extractor = extractor.describe()
    summary.exit_code = EXIT_REJECTED if summary.errors else EXIT_OK

    for post_stage in default_post_stages(options) if post_stages is None else post_stages:
        name = getattr(post_stage, "stage_name", post_stage.__name__)
        report = post_stage(out_dir, options, summary)
        summary.stages[name] = report
        if report.get("exit_code"):
            summary.exit_code = max(summary.exit_code, int(report["exit_code"]))

    summary.seconds = round(time.perf_counter() - started, 3)
    (out_dir / "summary.json").write_text(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    return summary


def default_post_stages(options: BuildOptions) -> list[PostStage]:
    """The stages `build` runs after the JSONL files are written, as the options ask."""
    stages: list[PostStage] = []
    if options.rdf:
        from graphbuild.rdf import rdf_stage

        stages.append(rdf_stage)
    if options.exports:
        from graphbuild.export import export_stage

        stages.append(export_stage)
    if options.neo4j_uri:
        from graphbuild.neo4j.commands import neo4j_stage

        stages.append(neo4j_stage)
    return stages

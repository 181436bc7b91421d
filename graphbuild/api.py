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
from typing import TYPE_CHECKING, Any

from graphbuild.extract import Extraction, make_extractor
from graphbuild.ingest import DEFAULT_MAX_BYTES, IngestOptions, read_inputs
from graphbuild.model import Article, InputError, dumps
from graphbuild.outdir import build_lock, mark_complete, mark_incomplete
from graphbuild.timeline.dedup import write_events

if TYPE_CHECKING:
    from graphbuild.review.corrections import Corrector

EXIT_OK, EXIT_CRASH, EXIT_REJECTED, EXIT_STORE = 0, 1, 2, 3
OUTPUT_FILES = ("articles.jsonl", "triples.jsonl", "events.jsonl", "actors.jsonl", "errors.jsonl", "summary.json")


@dataclass
class BuildOptions:
    """Everything `build` can be told; the CLI flags map one to one."""

    lang: str = "auto"
    jobs: int = 1
    parser: str = "none"  # measured better without the parser on every set (README, Evaluation); auto: an installed one
    model: str = "auto"  # the event scorer: auto (the shipped model), none (rules only) or a model directory
    min_confidence: float = 0.0  # triples below this confidence are left out
    since: str | None = None  # triples whose event date is before this are left out (undated ones too, counted)
    until: str | None = None  # triples whose event date is after this are left out (undated ones too, counted)
    max_bytes: int = DEFAULT_MAX_BYTES
    rdf: bool = True
    exports: bool = True
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    corrections: str | None = None  # a corrections file applied after extraction (graphbuild.review)
    engine: str = "single"  # or "dask" (graphbuild.shards): shards of articles on dask.distributed workers
    workers: int = 2  # local Dask workers (--engine dask without --scheduler)
    scheduler: str | None = None  # a Dask scheduler address (tcp://host:8786): its workers do the work
    shard_size: int = 200  # articles per shard (--engine dask)
    update: bool = False  # add the new articles to the output in OUT (stores included) instead of replacing it
    replace: bool = False  # build into a folder holding another build's output, replacing it


@dataclass
class BuildSummary:
    """What a run did; written to `summary.json` and printed by the CLI."""

    out: str
    articles: int = 0
    triples: int = 0
    below_min_confidence: int = 0  # triples left out by --min-confidence
    outside_dates: int = 0  # triples left out by --since/--until (dated outside the range)
    undated_excluded: int = 0  # triples left out by --since/--until because they have no date
    undated_articles: int = 0  # articles without a date (their events are dated only by a full date in the text)
    undated_examples: list[str] = field(default_factory=list)  # the first of them, as "file:line: article 'id'"
    distinct_events: int = 0  # lines of events.jsonl: mentions of one happening counted once
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


def extract(articles: Iterable[Article], *, parser: str = "none", jobs: int = 1, model: str = "auto"
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
    `OutputFolderBusy`, and marked incomplete (`OUT/.incomplete`) until summary.json is written. A folder
    holding the output of a build of other inputs raises `OutputFolderTaken` unless `options.replace` (start
    again) or `options.update` (add the new articles) is set; the same inputs again are allowed (idempotent)."""
    options = options or BuildOptions()
    inputs = list(inputs)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir):
        from graphbuild.incremental import claim_folder

        previous = claim_folder(out_dir, inputs, update=options.update, replace=options.replace)
        mark_incomplete(out_dir)
        summary = _build_into(inputs, out_dir, options, progress, post_stages, previous)
        mark_complete(out_dir)
    return summary


def _build_into(inputs: list[str], out_dir: Path, options: BuildOptions, progress: ProgressCallback | None,
                post_stages: Iterable[PostStage] | None, previous: Any = None) -> BuildSummary:  # fmt: skip
    """The build itself, into a folder the caller has locked and marked incomplete (`previous`: the output
    there to add to, with --update)."""
    from graphbuild.incremental import extract_new

    summary = BuildSummary(out=str(out_dir))
    started = time.perf_counter()
    errors: Counter[str] = Counter()
    result = extract_new(inputs, out_dir, options, progress, errors, previous)
    stats = result.stats
    summary.articles, summary.triples = stats.articles, stats.triples
    summary.below_min_confidence, summary.events_negated = stats.below_min_confidence, stats.events_negated
    summary.actors_mentioned, summary.actors_in_events = result.actors, len(stats.event_actors)
    summary.warnings, summary.warning_count = stats.warnings, stats.warning_count
    summary.outside_dates, summary.undated_excluded = stats.outside_dates, stats.undated_excluded
    summary.undated_articles, summary.undated_examples = stats.undated_articles, stats.undated_examples
    summary.distinct_events = len(write_events(out_dir))
    errors_before_corrections = sum(errors.values())
    if result.corrector is not None:
        summary.stages["corrections"] = _finish_corrections(result.corrector, out_dir, errors)
    corrections_errors = sum(errors.values()) - errors_before_corrections
    summary.errors = sum(errors.values())
    summary.error_kinds = dict(sorted(errors.items()))
    summary.languages, summary.relations = stats.languages, stats.relations
    summary.extractor = stats.extractor
    summary.exit_code = EXIT_REJECTED if result.new_errors or corrections_errors else EXIT_OK
    summary.stages.update(result.stages)

    stages = default_post_stages(options, result.new_articles) if post_stages is None else post_stages
    for post_stage in stages:
        name = getattr(post_stage, "stage_name", post_stage.__name__)
        report = post_stage(out_dir, options, summary)
        summary.stages[name] = report
        if report.get("exit_code"):
            summary.exit_code = max(summary.exit_code, int(report["exit_code"]))

    summary.seconds = round(time.perf_counter() - started, 3)
    (out_dir / "summary.json").write_text(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    return summary


def make_corrector(options: Any, out_dir: Path, extractor: Any) -> Corrector | None:
    """The corrections stage when a corrections file is given (graphbuild.review.corrections); an old report
    of an earlier build is removed either way."""
    from graphbuild.review.corrections import REPORT_FILE, Corrector

    if not options.corrections:
        (out_dir / REPORT_FILE).unlink(missing_ok=True)
        return None
    return Corrector.from_file(options.corrections, extractor.gazetteer.actors, out_dir)


def _finish_corrections(corrector: Corrector, out_dir: Path, errors: Counter[str]) -> dict[str, Any]:
    """Write the corrections report; bad lines of the file and invalid operations are errors of the build
    (in errors.jsonl)."""
    invalid = [*corrector.errors, *corrector.invalid_errors()]
    if invalid:
        with (out_dir / "errors.jsonl").open("a", encoding="utf-8", newline="\n") as errors_file:
            for error in invalid:
                errors[error.kind] += 1
                errors_file.write(dumps(error.to_dict()) + "\n")
    return corrector.write_report(out_dir)


def default_post_stages(options: BuildOptions, new_articles: list[str] | None = None) -> list[PostStage]:
    """The stages `build` runs after the JSONL files are written, as the options ask (with --update,
    `new_articles`: the stores get only these articles, added to what they hold)."""
    if new_articles is not None:
        from graphbuild.incremental import update_stages

        return update_stages(options, new_articles)
    stages: list[PostStage] = []
    if options.rdf and options.engine == "dask":
        from graphbuild.rdf.shards import rdf_shards_stage  # bulk-loaded from the shards' N-Quads

        stages.append(rdf_shards_stage)
    elif options.rdf:
        from graphbuild.rdf import rdf_stage

        stages.append(rdf_stage)
    if options.exports:
        from graphbuild.export import export_stage

        stages.append(export_stage)
    if options.neo4j_uri:
        from graphbuild.neo4j.commands import neo4j_stage

        stages.append(neo4j_stage)
    return stages

"""The `graphbuild` command: a thin layer over `graphbuild.api` and the stage modules.

Exit status: 0 all good, 2 some input rejected (listed in OUT/errors.jsonl), 1 a crash,
3 a store (Neo4j) could not be reached.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from graphbuild import __version__
from graphbuild.api import EXIT_CRASH, EXIT_REJECTED, BuildOptions, BuildSummary, build
from graphbuild.incremental import OutputFolderTaken
from graphbuild.ingest import DEFAULT_MAX_BYTES
from graphbuild.lang import has_pack, supported_languages
from graphbuild.outdir import OutputFolderBusy, OutputFolderError, check_complete
from graphbuild.progress import Reporter, console_reporter, reporting
from graphbuild.timeline.commands import Since, Until
from graphbuild.timeline.commands import load_filter as _load_filter
from graphbuild.timeline.filters import FilterCounts, undated_warning

app = typer.Typer(
    name="graphbuild",
    help="Build a geopolitical knowledge graph (who does what to whom) from news articles in English and "
    "Indonesian.\n\nExample: graphbuild build data/samples --out out/",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

Inputs = Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin.")]
OutDir = Annotated[Path, typer.Option("--out", "-o", help="Output directory (created if missing).")]
Lang = Annotated[str, typer.Option(help="Language of the input: auto (detect per article) or a language pack's code "
                                         "(data/lang/: en, id, ms).")]
Jobs = Annotated[int, typer.Option(min=1, help="Processes for the NLP stage.")]
Parser = Annotated[
    str,
    typer.Option(
        envvar="GRAPHBUILD_PARSER",
        help="English dependency parser: none (the default: tokens only, measured as good or better on every "
        "evaluation set and 3-4x faster), auto (an installed pipeline if any), or a spaCy model name.",
    ),
]
Model = Annotated[
    str,
    typer.Option(
        envvar="GRAPHBUILD_MODEL",
        help="Event scorer: auto (the model shipped in data/models/event-scorer), none (rules only), or a "
        "directory written by `graphbuild train`.",
    ),
]
MinConfidence = Annotated[float, typer.Option(min=0.0, max=1.0, help="Leave out triples below this confidence.")]
MaxBytes = Annotated[int, typer.Option(help="Reject input files larger than this many bytes.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphbuild {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """graphbuild: news articles → actor-relation-actor triples → RDF, Neo4j, graph exports."""


def _lang(value: str) -> str:
    if value != "auto" and not has_pack(value):
        raise typer.BadParameter(f"use auto or one of {', '.join(supported_languages())}", param_hint="--lang")
    return value


@app.command("build")
def build_command(
    inputs: Inputs,
    out: OutDir = Path("out"),
    lang: Lang = "auto",
    jobs: Jobs = 1,
    parser: Parser = "none",
    model: Model = "auto",
    min_confidence: MinConfidence = 0.0,
    since: Since = None,
    until: Until = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    rdf: Annotated[bool, typer.Option("--rdf/--no-rdf", help="Write the RDF store into OUT/rdf.")] = True,
    exports: Annotated[bool, typer.Option("--exports/--no-exports", help="Write graph.* exports.")] = True,
    neo4j_uri: Annotated[str | None, typer.Option(envvar="NEO4J_URI",
                                                  help="Also load the result into this Neo4j.")] = None,
    neo4j_user: Annotated[str | None, typer.Option(envvar="NEO4J_USER", help="Neo4j user.")] = None,
    neo4j_password: Annotated[str | None, typer.Option(envvar="NEO4J_PASSWORD", help="Neo4j password.")] = None,
    neo4j_database: Annotated[str | None, typer.Option(envvar="NEO4J_DATABASE", help="Neo4j database.")] = None,
    corrections: Annotated[Path | None, typer.Option(envvar="GRAPHBUILD_CORRECTIONS", help="A corrections file "
                                                     "(docs/corrections.md) applied after extraction.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    engine: Annotated[str, typer.Option(help="single (one process, --jobs) or dask (shards on dask.distributed "
                                        "workers; resumable).")] = "single",
    workers: Annotated[int, typer.Option(min=1, help="Local Dask workers (--engine dask).")] = 2,
    scheduler: Annotated[str | None, typer.Option(envvar="GRAPHBUILD_DASK_SCHEDULER", help="Dask scheduler "
                                                  "address (tcp://HOST:8786) instead of local workers.")] = None,
    shard_size: Annotated[int, typer.Option(min=1, help="Articles per shard (--engine dask).")] = 200,
    update: Annotated[bool, typer.Option("--update", help="Add the new articles to the output in OUT (stores "
                                         "included) instead of replacing it.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Replace the output of a build of other inputs "
                                          "in OUT.")] = False,
) -> None:
    """Read articles, extract triples, write OUT/{articles,triples,actors,errors}.jsonl, summary.json, the
    RDF store and graph exports (and load Neo4j when --neo4j-uri or NEO4J_URI is set).

    Example: graphbuild build data/samples ../news/*.jsonl --out out/ --lang auto --jobs 2

    Example: graphbuild build news/ --out out/ --engine dask --workers 4   (rerun the same to resume)
    """
    if engine not in ("single", "dask"):
        raise typer.BadParameter("use single or dask", param_hint="--engine")
    if corrections and engine == "dask":
        raise typer.BadParameter("--corrections works with --engine single only", param_hint="--corrections")
    dates = _load_filter(since, until)
    options = BuildOptions(
        lang=_lang(lang), jobs=jobs, parser=parser, model=model, min_confidence=min_confidence,
        since=dates.since, until=dates.until, max_bytes=max_bytes, rdf=rdf, exports=exports,
        neo4j_uri=neo4j_uri, neo4j_user=neo4j_user, neo4j_password=neo4j_password,
        neo4j_database=neo4j_database, corrections=str(corrections) if corrections else None,
        engine=engine, workers=workers, scheduler=scheduler, shard_size=shard_size, update=update, replace=replace,
    )
    summary = _run_build(inputs, out, options, quiet)
    raise typer.Exit(summary.exit_code)


@app.command("extract")
def extract_command(
    inputs: Inputs,
    out: OutDir = Path("out"),
    lang: Lang = "auto",
    jobs: Jobs = 1,
    parser: Parser = "none",
    model: Model = "auto",
    min_confidence: MinConfidence = 0.0,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Run only ingestion and extraction: the JSONL files and summary.json, no stores or exports.

    Example: graphbuild extract data/samples/kontan-kim-putin.txt --out /tmp/o
    """
    options = BuildOptions(lang=_lang(lang), jobs=jobs, parser=parser, model=model, min_confidence=min_confidence,
                           max_bytes=max_bytes, rdf=False, exports=False, neo4j_uri=None)
    summary = _run_build(inputs, out, options, quiet, post_stages=[])
    raise typer.Exit(summary.exit_code)


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[list[Path] | None, typer.Option("--gold", "-g", help="Gold JSONL (repeatable).",
                                                    exists=True)] = None,
    pred: Annotated[Path | None, typer.Option("--pred", "-p", help="Predicted triples.jsonl.", exists=True)] = None,
    annotations: Annotated[Path | None, typer.Option(help="Instead of --gold/--pred: score the extractor on "
                                                     "these annotated sentences (needs --corpus).")] = None,
    corpus: Annotated[list[str] | None, typer.Option(help="Corpus files the annotations point into.")] = None,
    split: Annotated[str, typer.Option(help="Annotation split to score: dev, train or all.")] = "dev",
    lang_filter: Annotated[str | None, typer.Option("--lang", help="Only annotations in this language.")] = None,
    model: Model = "auto",
    parser: Parser = "none",
    curve: Annotated[Path | None, typer.Option(help="Write a precision-recall curve over confidence (PNG).")
                     ] = None,
    level: Annotated[str, typer.Option(help="actor, dyad or both.")] = "both",
    show: Annotated[bool, typer.Option("--show", help="List false positives and misses.")] = False,
    articles: Annotated[str | None, typer.Option("--articles", help="Only article ids with this prefix.")] = None,
    min_f1: Annotated[float | None, typer.Option(help="Exit 1 when actor-level F1 is below this.")] = None,
) -> None:
    """Score predicted triples against gold triples (precision, recall, F1 at actor and dyad level); the last
    line is a JSON summary.

    Example: graphbuild evaluate --gold gold.jsonl --pred out/triples.jsonl --articles dev-en- --show

    Example: graphbuild evaluate --annotations data/annotations --corpus pool-en.jsonl --split dev --lang en
    """
    from graphbuild.evaluate import LEVELS, evaluate

    if level not in ("actor", "dyad", "both"):
        raise typer.BadParameter("use actor, dyad or both", param_hint="--level")
    levels = LEVELS if level == "both" else (level,)
    if annotations is not None:
        from graphbuild.learn.evaluation import evaluate_split

        if not corpus:
            raise typer.BadParameter("--annotations needs --corpus FILE", param_hint="--corpus")
        result = evaluate_split(annotations, corpus, split=split, lang=lang_filter, model=model, parser=parser,
                                levels=levels, curve=curve)  # type: ignore[arg-type]
    elif gold and pred:
        result = evaluate(gold, pred, levels, article_prefix=articles)  # type: ignore[arg-type]
    else:
        raise typer.BadParameter("give --gold and --pred, or --annotations and --corpus")
    for line in result.report(show):
        typer.echo(line)
    typer.echo(json.dumps(result.summary()))
    if min_f1 is not None and "actor" in result.scores and result.scores["actor"].f1 < min_f1:
        raise typer.Exit(1)


@app.command("train")
def train_command(
    annotations: Annotated[Path, typer.Option(help="Folder of annotation JSONL files (docs/annotation.md).",
                                              exists=True, file_okay=False)],
    corpus: Annotated[list[str], typer.Option(help="Corpus files (JSONL/CSV/txt) the annotations point into.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model directory to write.")],
    seed: Annotated[int, typer.Option(help="Random seed.")] = 15,
    c_event: Annotated[float, typer.Option(help="Inverse regularisation strength of the linear event model.")] = 0.3,
    c_relation: Annotated[float, typer.Option(help="Inverse regularisation of the relation model.")] = 1.0,
    learner: Annotated[str, typer.Option(help="Event model: trees (gradient-boosted, LightGBM) or linear "
                                              "(logistic regression, --c-event).")] = "trees",
    texts: Annotated[list[Path] | None, typer.Option(
        help="Labelled texts (JSONL: lang, date, text, expect = [[source, relation, target], ...], the format of "
             "data/probe/*.jsonl): their candidate pairs join the train split.", exists=True, dir_okay=False)] = None,
) -> None:
    """Train the event scorer from annotated sentences: the rules propose candidate events, a learned model
    decides which are events (gradient-boosted trees by default) and a logistic regression which relation.

    Example: graphbuild train --annotations data/annotations --corpus pool-en.jsonl --corpus pool-id.jsonl
    --out data/models/event-scorer
    """
    from graphbuild.learn.train import LEARNERS, train

    if learner not in LEARNERS:
        raise typer.BadParameter(f"{learner!r}: choose one of {', '.join(LEARNERS)}", param_hint="--learner")
    try:
        report = train(annotations, corpus, out, seed=seed, c_event=c_event, c_relation=c_relation, learner=learner,
                       texts=texts or [])  # fmt: skip
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    typer.echo(json.dumps(report, indent=2, sort_keys=True))


@app.command("agreement")
def agreement_command(
    annotations: Annotated[Path, typer.Option(help="Folder of annotation JSONL files.", exists=True,
                                              file_okay=False)],
) -> None:
    """Agreement between the two independent annotation passes (sentences annotated twice), per language.

    Example: graphbuild agreement --annotations data/annotations
    """
    from graphbuild.learn.train import agreement

    typer.echo(json.dumps(agreement(annotations), indent=2))


def _reporter(quiet: bool) -> Reporter:
    """Progress: live bars (total, rate, ETA) on a terminal, one line per stage otherwise, nothing if quiet."""
    return console_reporter(console, quiet)


def _run_build(inputs: list[str], out: Path, options: BuildOptions, quiet: bool,
               post_stages: list | None = None) -> BuildSummary:
    with reporting(_reporter(quiet)):
        try:
            summary = build(inputs, out, options, post_stages=post_stages)
        except (OutputFolderBusy, OutputFolderTaken) as error:
            typer.echo(f"graphbuild: {error}", err=True)
            raise typer.Exit(EXIT_REJECTED) from None
    if not quiet:
        _print_summary(summary)
    return summary


def _print_summary(summary: BuildSummary) -> None:
    table = Table(title=f"graphbuild {__version__}: {summary.out}", show_header=False, title_justify="left")
    table.add_row("articles", f"{summary.articles}  ({', '.join(f'{k}: {v}' for k, v in summary.languages.items())})")
    table.add_row("triples (events)", f"{summary.triples}" + (f"  ({summary.events_negated} negated)"
                                                              if summary.events_negated else ""))
    table.add_row("distinct events", str(summary.distinct_events) + (
        f"  ({summary.undated_articles} undated articles)" if summary.undated_articles else ""))
    left_out = FilterCounts(summary.below_min_confidence, summary.outside_dates, summary.undated_excluded)
    if left_out.describe():
        table.add_row("filters", left_out.describe())
    if summary.relations:
        table.add_row("events by relation", ", ".join(f"{k} {v}" for k, v in summary.relations.items()))
    table.add_row("actors", f"{summary.actors_mentioned} mentioned, {summary.actors_in_events} in events")
    table.add_row("rejected inputs", f"{summary.errors}" + (f"  (see {summary.out}/errors.jsonl)" if summary.errors
                                                             else ""))
    table.add_row("extractor", ", ".join(f"{k}={v}" for k, v in summary.extractor.items()))
    for name, report in summary.stages.items():
        table.add_row(name, report.get("summary", "done") if isinstance(report, dict) else str(report))
    table.add_row("seconds", f"{summary.seconds:.2f}")
    table.add_row("exit status", str(summary.exit_code))
    console.print(table)
    if summary.undated_articles:
        console.print(f"warning: {undated_warning(summary.undated_articles, summary.undated_examples)}",
                      soft_wrap=True, markup=False, highlight=False)
    for warning in summary.warnings[:5]:
        console.print(f"warning: {warning}", soft_wrap=True, markup=False, highlight=False)
    if summary.warning_count > 5:
        console.print(f"... and {summary.warning_count - 5} more warnings (the first {len(summary.warnings)} are in "
                      f"{summary.out}/summary.json)")
    if summary.errors:
        errors_path = Path(summary.out) / "errors.jsonl"
        for line in errors_path.read_text(encoding="utf-8").splitlines()[:10]:
            console.print(f"error: {json.loads(line)['message']}")


load_app = typer.Typer(help="Load a build's output folder into a store.\n\nExample: graphbuild load neo4j out/ "
                       "--uri bolt://127.0.0.1:7687", no_args_is_help=True,
                       rich_markup_mode=None)  # fmt: skip
app.add_typer(load_app, name="load")


@load_app.command("neo4j")
def load_neo4j_command(
    out_dir: Annotated[Path, typer.Argument(help="A build's output folder (triples/actors/articles.jsonl).")],
    uri: Annotated[str | None, typer.Option(envvar="NEO4J_URI", help="Bolt URI (default bolt://127.0.0.1:7687).")]
    = None,
    user: Annotated[str | None, typer.Option(envvar="NEO4J_USER", help="Neo4j user (default neo4j).")] = None,
    password: Annotated[str | None, typer.Option(envvar="NEO4J_PASSWORD", help="Neo4j password.")] = None,
    database: Annotated[str | None, typer.Option(envvar="NEO4J_DATABASE", help="Database (default neo4j).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction (UNWIND batch).")] = 5000,
    replace_article: Annotated[list[str] | None, typer.Option(
        help="Only this article (repeatable): retract its events, load its current ones, recompute the "
        "aggregates it touched; an article the output no longer has is removed.")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = 0.0,
    bulk: Annotated[bool, typer.Option("--bulk", help="Offline bulk import instead of Bolt: write the CSVs, stop "
                                       "the server, neo4j-admin database import full (replaces the database), "
                                       "start it again.")] = False,
    neo4j_home: Annotated[Path | None, typer.Option(help="--bulk into this Neo4j installation (bin/neo4j, "
                                                    "bin/neo4j-admin) instead of the scripts/neo4j instance.")]
    = None,
) -> None:
    """Load OUT_DIR into Neo4j (idempotent: loading twice changes nothing). Exit status 3 if Neo4j can't be used.

    Example: NEO4J_PASSWORD=secret graphbuild load neo4j out/ --uri bolt://127.0.0.1:7687

    Example: graphbuild load neo4j out/ --bulk   (the instance scripts/neo4j manages; NEO4J_INSTANCE=...)
    """
    from graphbuild.neo4j.commands import bulk_command, load_command
    from graphbuild.neo4j.connection import Neo4jConfig

    if bulk:
        raise typer.Exit(bulk_command(out_dir, neo4j_home, database or "neo4j"))

    if replace_article and (since or until or min_confidence):
        raise typer.BadParameter("--since/--until/--min-confidence filter a whole load, not --replace-article")
    config = Neo4jConfig.from_env(uri=uri, user=user, password=password, database=database)
    with reporting(_reporter(False)):
        status = load_command(out_dir, config, batch_size, replace_article or (),
                              _load_filter(since, until, min_confidence))
    raise typer.Exit(status)



@app.command("export")
def export_command(
    out_dir: Annotated[Path, typer.Argument(help="An output folder of `graphbuild build` (needs triples.jsonl).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, cytoscape, nodelink, dot, csv, html, "
                                     "png, svg, or neo4j-import (a folder of CSVs for neo4j-admin).")] = "html",
    out: Annotated[str | None, typer.Option("--out", "-o", help="File to write (default OUT_DIR/graph.<ext>). For "
                                             "csv: a folder (existing, or ending in /) gets nodes.csv and edges.csv; "
                                             "anything else is a prefix: PREFIX.nodes.csv, PREFIX.edges.csv.")] = None,
    actor: Annotated[str | None, typer.Option(help="Keep this actor (id, ISO3 or name) and its neighbours.")] = None,
    hops: Annotated[int, typer.Option(min=0, help="Neighbourhood radius around --actor.")] = 1,
    relation: Annotated[list[str] | None, typer.Option(help="Keep only this relation type (repeatable, or "
                                                        "comma-separated), e.g. ASSAULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Keep events dated on or after this (YYYY-MM-DD, YYYY-MM, YYYY); "
                                              "undated events are then left out and counted.")] = None,
    until: Annotated[str | None, typer.Option(help="Keep events dated on or before this (YYYY-MM-DD, YYYY-MM, "
                                              "YYYY); undated events are then left out and counted.")] = None,
    min_events: Annotated[int, typer.Option(min=1, help="Keep edges with at least this many events.")] = 1,
    language: Annotated[str | None, typer.Option(help="Keep events extracted from this language (en, id).")] = None,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Write the actor graph of OUT_DIR (actors as nodes, events aggregated per actor pair and relation) as a
    file for Gephi, Cytoscape, yEd, D3, Graphviz, a spreadsheet, a browser or a picture. Negated events are left out.

    Example: graphbuild export out/ --format gexf --out russia.gexf --actor Russia --hops 1 --since 2024-01-01
    """
    try:
        check_complete(out_dir)
    except OutputFolderError as error:
        typer.echo(f"graphbuild export: {error}", err=True)
        raise typer.Exit(EXIT_REJECTED) from None
    if fmt == "neo4j-import":  # CSVs for `neo4j-admin database import full` (graphbuild.neo4j.bulk)
        from graphbuild.neo4j.bulk import export_command as neo4j_import_export

        raise typer.Exit(neo4j_import_export(out_dir, Path(out) if out else None))
    from graphbuild.export import export_command as run_export

    raise typer.Exit(run_export(out_dir, fmt, out, actor=actor, hops=hops, relation=relation or [], since=since,
                                until=until, min_events=min_events, language=language,
                                min_confidence=min_confidence))  # fmt: skip


from graphbuild.rdf.commands import rdf_app  # noqa: E402
from graphbuild.timeline.commands import timeseries_command  # noqa: E402

app.command("timeseries")(timeseries_command)

app.add_typer(rdf_app, name="rdf")

from graphbuild.review.commands import corrections_app  # noqa: E402

app.add_typer(corrections_app, name="corrections")


@app.command("serve")
def serve_command(
    store: Annotated[Path | None, typer.Option(help="The RDF store folder (default OUT/rdf of --out, else "
                                               "out/rdf).")] = None,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is cancelled (503).")] = 30.0,
    queue_timeout: Annotated[float, typer.Option(help="Seconds a query may wait for a free worker (503).")] = 120.0,
    max_rows: Annotated[int, typer.Option(min=1, help="Most result rows (or triples) sent for one query.")] = 10000,
    max_bytes: Annotated[int, typer.Option(min=1, help="Most bytes sent for one result.")] = 64 * 1024 * 1024,
    workers: Annotated[int, typer.Option(min=1, help="Query worker processes (read-only mode).")] = 2,
    max_workers: Annotated[int | None, typer.Option(min=1, help="Most worker processes while some run slow "
                                                    "queries (default: --workers + 4).")] = None,
    worker_memory: Annotated[int, typer.Option(min=0, help="Memory cap of each worker in MB (0: none).")] = 2048,
    allow_update: Annotated[bool, typer.Option(help="Accept SPARQL updates (with the token only).")] = False,
    token: Annotated[str | None, typer.Option(envvar="GRAPHBUILD_SPARQL_TOKEN",
                                              help="Bearer token required for updates.")] = None,
    cors: Annotated[str | None, typer.Option(help="Allow browser pages from this origin (or *) to query.")] = None,
    union_default_graph: Annotated[bool, typer.Option(help="The default graph is the union of all graphs.")] = True,
    allow_service: Annotated[list[str] | None, typer.Option(help="Let SERVICE call this endpoint URL "
                                                            "(repeatable; SERVICE is refused otherwise).")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(help="Also answer requests for this Host name "
                                                         "(repeatable).")] = None,
    request_timeout: Annotated[float, typer.Option(help="Seconds a client has to send a request.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not log requests.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="A build's output folder: the review page at "
                                             "/review.")] = None,
    corrections: Annotated[Path | None, typer.Option(envvar="GRAPHBUILD_CORRECTIONS", help="The corrections file "
                                                     "the review page appends to.")] = None,
    allow_corrections: Annotated[bool, typer.Option(help="Let the review page append corrections (with the "
                                                    "review token only).")] = False,
    review_token: Annotated[str | None, typer.Option(envvar="GRAPHBUILD_REVIEW_TOKEN",
                                                     help="Bearer token required to append corrections.")] = None,
) -> None:
    """Serve the RDF store as a SPARQL 1.1 endpoint at /sparql (GET/POST, results as JSON, XML, CSV, TSV,
    Turtle, N-Triples or JSON-LD by Accept) with a query page at /. Read-only unless --allow-update.

    With --out OUT, also a review page at /review (search actors, their partners, adversaries, timeline and
    evidence; with --allow-corrections, --corrections FILE and a token, buttons that append corrections).

    Example: graphbuild serve --store out/rdf --port 7878

    Example: graphbuild serve --out out/ --corrections fixes.jsonl --allow-corrections --review-token s3cret
    """
    from graphbuild.serve import ServeOptions, serve

    store = store or (out / "rdf" if out else Path("out/rdf"))
    options = ServeOptions(store=str(store), host=host, port=port, timeout=timeout, queue_timeout=queue_timeout,
                           max_rows=max_rows,
                           max_bytes=max_bytes, workers=workers, max_workers=max_workers,
                           worker_memory_mb=worker_memory, allow_update=allow_update, token=token, cors=cors,
                           union_default_graph=union_default_graph, allow_service=tuple(allow_service or ()),
                           allow_host=tuple(allow_host or ()), request_timeout=request_timeout, quiet=quiet,
                           out=str(out) if out else None, corrections=str(corrections) if corrections else None,
                           allow_corrections=allow_corrections, review_token=review_token)  # fmt: skip
    try:
        serve(options)
    except (OSError, ValueError, RuntimeError) as error:
        console.print(f"graphbuild serve: {error}")
        raise typer.Exit(1) from None


@app.command("query")
def query_command(
    name: Annotated[str | None, typer.Argument(help="A named query (see --list).")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value "
                                                    "(repeatable).")] = None,
    store: Annotated[Path | None, typer.Option(help="Query this RDF store folder (e.g. out/rdf).")] = None,
    endpoint: Annotated[str | None, typer.Option(help="Query this SPARQL endpoint URL instead.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    backend: Annotated[str, typer.Option(help="sparql (a store or an endpoint) or neo4j (NEO4J_URI...).")] = "sparql",
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
    neo4j_uri: Annotated[str | None, typer.Option(envvar="NEO4J_URI", help="Neo4j Bolt URI (--backend neo4j).")]
    = None,
    neo4j_user: Annotated[str | None, typer.Option(envvar="NEO4J_USER", help="Neo4j user.")] = None,
    neo4j_password: Annotated[str | None, typer.Option(envvar="NEO4J_PASSWORD", help="Neo4j password.")] = None,
    neo4j_database: Annotated[str | None, typer.Option(envvar="NEO4J_DATABASE", help="Neo4j database.")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Run a named query (queries/NAME.rq) and print its rows. An actor parameter takes an id, an ISO3 code or
    a name or alias in English or Indonesian (RUS, Russia, Rusia); an unknown name is an error (exit 2).
    --since/--until/--min-confidence set the query's parameters of those names (an error for a query without).

    Example: graphbuild query who_acts_on --param target=RUS --store out/rdf
    Example: graphbuild query who_acts_on --param target=RUS --backend neo4j --neo4j-uri bolt://127.0.0.1:7687
    """
    from graphbuild.neo4j.connection import Neo4jConfig, StoreUnavailable
    from graphbuild.queries import (
        QueryError,
        describe_catalogue,
        filter_params,
        format_rows,
        parse_param_args,
        run_query,
    )

    if list_queries or not name:
        typer.echo(describe_catalogue())
        raise typer.Exit(0 if list_queries else 2)
    try:
        neo4j = Neo4jConfig.from_env(neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
        notes: list[str] = []
        dates = _load_filter(since, until)
        params = filter_params(name, parse_param_args(param or []), since=dates.since, until=dates.until,
                               min_confidence=min_confidence)  # fmt: skip
        rows = run_query(name, params, backend=backend,
                         store=store if store or endpoint else Path("out/rdf"), endpoint=endpoint,
                         neo4j=neo4j, notes=notes)  # fmt: skip
        for note in notes:
            typer.echo(f"graphbuild query: note: {note}", err=True)
        typer.echo(format_rows(name, rows, fmt))
    except QueryError as error:
        typer.echo(f"graphbuild query: {error}", err=True)  # one line, not wrapped
        raise typer.Exit(2) from None
    except StoreUnavailable as error:
        typer.echo(f"graphbuild query: {error}", err=True)  # one line, not wrapped
        raise typer.Exit(3) from None


def main() -> None:
    """Console-script entry: any uncaught exception is a crash (exit status 1) with one clear line."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as error:  # the last line of defence: report, never a bare traceback
        console.print(f"graphbuild: crashed: {type(error).__name__}: {error}")
        if os.environ.get("GRAPHBUILD_DEBUG"):
            raise
        sys.exit(EXIT_CRASH)


if __name__ == "__main__":
    main()

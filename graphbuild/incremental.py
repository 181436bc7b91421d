"""Whose output folder is it, and what a build adds to it: `--replace`, `--update`, and the engines' extraction.

OUT/build.json records the inputs of the build that wrote the folder (absolute paths, `-` for stdin). Building
the same inputs again into it is allowed (a rerun: idempotent, and with `--engine dask` it resumes from the
shards already done); other inputs need `--replace` (start again: old shards go) or `--update` (add the
articles not already there: the JSONL files are merged, the RDF store and Neo4j get just the new articles).
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.ingest import count_inputs
from graphbuild.model import Article, InputError, dumps
from graphbuild.outdir import OutputFolderError
from graphbuild.parts import PartStats, article_ids, merge_parts, stats_of_output, write_part
from graphbuild.progress import current as current_reporter
from graphbuild.progress import stage

BUILD_RECORD = "build.json"


class OutputFolderTaken(OutputFolderError):
    """The folder holds the output of a build of other inputs (and neither --replace nor --update was given)."""


def _normalised(inputs: list[str]) -> list[str]:
    return [item if item == "-" else os.path.abspath(item) for item in inputs]


def recorded_inputs(out_dir: Path) -> list[str] | None:
    try:
        return list(json.loads((out_dir / BUILD_RECORD).read_text(encoding="utf-8"))["inputs"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def claim_folder(out_dir: Path, inputs: list[str], *, update: bool, replace: bool) -> dict[str, Any] | None:
    """Check the folder may take this build and record its inputs; returns the summary of the output to add
    to (with `update` and a finished output there), else None. Raises OutputFolderTaken."""
    wanted = _normalised(inputs)
    recorded = recorded_inputs(out_dir)
    has_output = (out_dir / "articles.jsonl").exists()
    previous = None
    if update and (out_dir / "summary.json").exists() and has_output:
        previous = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
        wanted = (recorded or []) + [item for item in wanted if item not in (recorded or [])]
    elif has_output and not replace and recorded != wanted:
        shown = ", ".join(recorded) if recorded else "unknown inputs"
        raise OutputFolderTaken(f"{out_dir} holds the output of another build ({shown}); add --replace to "
                                "replace it, or --update to add these articles to it")  # fmt: skip
    if replace:
        from graphbuild.shards import SHARDS_DIR

        shutil.rmtree(out_dir / SHARDS_DIR, ignore_errors=True)
    (out_dir / BUILD_RECORD).write_text(json.dumps({"inputs": wanted}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")  # fmt: skip
    return previous


@dataclass
class Extracted:
    """What the extraction step wrote: the output's counts, its actor count, the new article ids (--update)."""

    stats: PartStats
    actors: int
    new_errors: int = 0
    new_articles: list[str] | None = None
    stages: dict[str, Any] = field(default_factory=dict)
    corrector: Any = None  # the corrections applied (graphbuild.review.corrections), to report on


def extract_new(inputs: list[str], out_dir: Path, options: Any, progress: Callable[[Article], None] | None,
                errors: Counter[str], previous: dict[str, Any] | None) -> Extracted:  # fmt: skip
    """Read and extract the inputs with the chosen engine into OUT's JSONL files (merged with the output there
    when `previous` is set); `errors` counts the rejected inputs (the output's earlier ones included)."""
    from graphbuild.api import read_articles

    existing = article_ids(out_dir / "articles.jsonl") if previous is not None else set()
    errors_path = out_dir / (f".errors.new-{os.getpid()}.jsonl" if previous is not None else "errors.jsonl")
    new_ids: list[str] = []
    skipped = 0

    def good_articles(errors_file: Any, reading: Any) -> Iterator[Article]:
        nonlocal skipped
        origin = None
        for item in read_articles(inputs, lang=options.lang, max_bytes=options.max_bytes):
            source = item.path if isinstance(item, InputError) else item.origin
            if source != origin:  # files are read one after the other
                origin = source
                reading.advance()
            if isinstance(item, InputError):
                errors[item.kind] += 1
                errors_file.write(dumps(item.to_dict()) + "\n")
            elif item.id in existing:
                skipped += 1
            else:
                new_ids.append(item.id)
                yield item

    files, expected = count_inputs(inputs) if current_reporter().wants_totals else (None, None)
    with (
        stage("extraction", expected, "articles") as extracting,
        stage("reading", files, "files") as reading,  # ends first: its line comes first
        errors_path.open("w", encoding="utf-8", newline="\n") as errors_file,
    ):

        def advance(article: Article) -> None:
            extracting.advance()
            if progress:
                progress(article)

        articles = good_articles(errors_file, reading)
        corrector = None
        if options.engine == "dask":
            folders, parts, stages = _dask_parts(articles, out_dir, options, advance)
        else:
            folders, parts, stages, corrector = _single_part(articles, out_dir, options, advance, previous)
    new_errors = sum(errors.values())
    total = stats_of_output(out_dir) if previous is not None else PartStats()
    for part in parts:
        total.add(part)
    if previous is not None:
        folders = [out_dir, *folders]
        errors.update(previous.get("error_kinds", {}))
        stages["update"] = {"summary": f"{len(new_ids)} new articles, {skipped} already there",
                            "added": len(new_ids), "already_there": skipped}  # fmt: skip
    extra = {"errors.jsonl": [out_dir / "errors.jsonl", errors_path]} if previous is not None else None
    merging = previous is not None or options.engine == "dask"
    actors = merge_parts(folders, out_dir, extra) if merging else _count_lines(out_dir)
    if options.engine == "dask":
        from graphbuild.shards import write_manifest

        write_manifest(out_dir, [f for f in folders if f != out_dir], keep_old=previous is not None)
    if previous is not None:
        errors_path.unlink(missing_ok=True)
    for folder in folders:
        if folder.name.startswith(".update-"):
            shutil.rmtree(folder, ignore_errors=True)
    return Extracted(total, actors, new_errors, new_ids if previous is not None else None, stages, corrector)


def _count_lines(out_dir: Path) -> int:
    with (out_dir / "actors.jsonl").open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def _single_part(articles: Iterator[Article], out_dir: Path, options: Any, progress: Any,
                 previous: dict[str, Any] | None
                 ) -> tuple[list[Path], list[PartStats], dict[str, Any], Any]:  # fmt: skip
    """One process: the part is OUT itself, or (--update) a temp folder merged into OUT afterwards."""
    from graphbuild.api import make_corrector
    from graphbuild.extract import make_extractor

    extractor = make_extractor(parser=options.parser, jobs=options.jobs, model=options.model)
    corrector = make_corrector(options, out_dir, extractor)
    folder = out_dir
    if previous is not None:
        folder = out_dir / f".update-{os.getpid()}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    stats = write_part(extractor, articles, folder, options.min_confidence, progress, options.since, options.until,
                       corrector)  # fmt: skip
    return ([folder] if folder != out_dir else []), [stats], {}, corrector


def _dask_parts(articles: Iterator[Article], out_dir: Path, options: Any, progress: Any
                ) -> tuple[list[Path], list[PartStats], dict[str, Any]]:  # fmt: skip
    from graphbuild.shards import EngineOptions, run_shards

    if options.corrections:
        raise ValueError("--corrections works with --engine single only (the report needs one corrector)")
    engine = EngineOptions(workers=options.workers, scheduler=options.scheduler, shard_size=options.shard_size,
                           rdf=options.rdf)
    run = run_shards(articles, out_dir, options.parser, options.model, options.min_confidence, engine, progress,
                     (options.since, options.until))
    report = {"summary": f"{len(run.folders)} shards on {run.workers} workers, {run.skipped} already done",
              "engine": "dask", "workers": run.workers, "shards": len(run.folders), "resumed": run.skipped}
    return run.folders, run.stats, {"engine": report}


def update_stages(options: Any, new_articles: list[str]) -> list[Any]:
    """The post-build stages of --update: the stores get the new articles (the per-article loaders), the
    exports are written again from the merged output."""
    stages: list[Any] = []
    if options.rdf:
        stages.append(_rdf_update(new_articles))
    if options.exports:
        from graphbuild.export import export_stage

        stages.append(export_stage)
    if options.neo4j_uri:
        stages.append(_neo4j_update(new_articles))
    return stages


def _rdf_update(new_articles: list[str]) -> Any:
    from graphbuild.rdf.store import RdfInputError, load_articles, rdf_stage, store_path

    def stage(out_dir: Path, options: Any, summary: Any) -> dict[str, Any]:
        if not (store_path(out_dir) / "CURRENT").exists():
            return rdf_stage(out_dir, options, summary)
        try:
            quads = load_articles(out_dir, new_articles) if new_articles else 0
        except (OSError, KeyError, RdfInputError) as error:
            return {"summary": f"failed: {error}", "error": str(error), "exit_code": 1}
        return {"summary": f"added {len(new_articles)} article graphs ({quads} quads)", "added": len(new_articles),
                "quads": quads}  # fmt: skip

    stage.stage_name = "rdf"  # type: ignore[attr-defined]
    return stage


def _neo4j_update(new_articles: list[str]) -> Any:
    from graphbuild.neo4j.commands import neo4j_stage

    def stage(out_dir: Path, options: Any, summary: Any) -> dict[str, Any]:
        if not new_articles:
            return {"summary": "no new articles"}
        return neo4j_stage(out_dir, options, summary, replace_articles=new_articles)

    stage.stage_name = "neo4j"  # type: ignore[attr-defined]
    return stage

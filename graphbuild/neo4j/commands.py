"""What the CLI's Neo4j commands and the build's Neo4j stage do (cli.py only parses flags and calls these)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graphbuild.neo4j.connection import Neo4jConfig, StoreUnavailable
from graphbuild.neo4j.loader import DEFAULT_BATCH_SIZE, load_output
from graphbuild.neo4j.records import Neo4jInputError
from graphbuild.outdir import OutputFolderError, check_complete
from graphbuild.timeline.filters import LoadFilter

EXIT_OK, EXIT_REJECTED, EXIT_STORE = 0, 2, 3


def load_command(out_dir: Path, config: Neo4jConfig, batch_size: int = DEFAULT_BATCH_SIZE,
                 replace_articles: Sequence[str] = (), keep: LoadFilter | None = None) -> int:  # fmt: skip
    """`graphbuild load neo4j`: load and print one summary line; one error line and status 3 if Neo4j fails."""
    try:
        check_complete(out_dir)
        report = load_output(out_dir, config, batch_size=batch_size, replace_articles=replace_articles,
                             keep=keep if keep and keep.active else None)  # fmt: skip
    except OutputFolderError as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return EXIT_REJECTED
    except StoreUnavailable as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return EXIT_STORE
    except Neo4jInputError as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return EXIT_REJECTED
    print(report.summary)
    if keep and keep.counts and keep.counts.describe():
        print(keep.counts.describe(), file=sys.stderr)
    if report.retracted_events or report.removed_articles:
        print(f"retracted {report.retracted_events} events; removed articles: {', '.join(report.removed_articles)}"
              if report.removed_articles else f"retracted {report.retracted_events} stale events")  # fmt: skip
    return EXIT_OK


def bulk_command(out_dir: Path, neo4j_home: Path | None, database: str) -> int:
    """`graphbuild load neo4j OUT --bulk`: neo4j-admin import (graphbuild.neo4j.admin); status 3 if it fails."""
    from graphbuild.neo4j.admin import BulkLoadError, bulk_load

    try:
        check_complete(out_dir)
        report = bulk_load(out_dir, neo4j_home=neo4j_home, database=database)
    except (OutputFolderError, Neo4jInputError) as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return EXIT_REJECTED
    except BulkLoadError as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return EXIT_STORE
    print(report.summary)
    return EXIT_OK


def neo4j_stage(out_dir: Path, options: Any, summary: Any, replace_articles: Sequence[str] = ()) -> dict[str, Any]:
    """The build's post-stage when `--neo4j-uri` is given: load OUT into Neo4j (or only `replace_articles`);
    exit_code 3 if unreachable."""
    config = Neo4jConfig.from_env(uri=options.neo4j_uri, user=options.neo4j_user, password=options.neo4j_password,
                                  database=options.neo4j_database)  # fmt: skip
    try:
        report = load_output(out_dir, config, replace_articles=replace_articles)
    except StoreUnavailable as error:
        return {"summary": str(error), "exit_code": EXIT_STORE, "uri": error.uri, "reason": error.reason}
    except Neo4jInputError as error:
        return {"summary": str(error), "exit_code": EXIT_REJECTED}
    return {"summary": report.summary, **report.to_dict()}


neo4j_stage.stage_name = "neo4j"  # type: ignore[attr-defined]

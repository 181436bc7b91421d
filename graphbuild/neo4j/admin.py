"""`graphbuild load neo4j OUT --bulk`: the offline bulk path for big builds.

Writes the import CSVs (graphbuild.neo4j.bulk) and runs `neo4j-admin database import full` into the instance
`scripts/neo4j` manages (its environment: NEO4J_INSTANCE, NEO4J_CACHE_DIR ...) or into another installation
(`--neo4j-home`, its bin/neo4j and bin/neo4j-admin). Neo4j Community imports offline only: a running server is
stopped, the database replaced by the import, and the server started again. The Bolt loader stays the way to
add to a graph (`--update`, `--replace-article`).
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graphbuild.neo4j.bulk import ImportFiles, export_import_csv
from graphbuild.paths import PROJECT_DIR

NEO4J_SCRIPT = PROJECT_DIR / "scripts" / "neo4j"


class BulkLoadError(RuntimeError):
    """neo4j-admin (or stopping/starting the server) failed; the message carries its output's tail."""


@dataclass
class BulkLoadReport:
    files: ImportFiles
    events: int
    export_seconds: float
    import_seconds: float
    uri: str | None  # the Bolt URI of the restarted server (None if it was not running)

    @property
    def summary(self) -> str:
        rate = self.events / self.import_seconds if self.import_seconds else 0.0
        restarted = f"; server restarted at {self.uri}" if self.uri else ""
        return (f"imported {self.files.summary}: {self.events} events, CSVs in {self.export_seconds:.1f} s, "
                f"neo4j-admin in {self.import_seconds:.1f} s ({rate:,.0f} events/s){restarted}")  # fmt: skip


def _commands(neo4j_home: Path | None) -> tuple[list[str], list[str]]:
    """(server launcher, neo4j-admin) of the installation."""
    if neo4j_home is None:
        return [str(NEO4J_SCRIPT)], [str(NEO4J_SCRIPT), "admin"]
    return [str(neo4j_home / "bin" / "neo4j")], [str(neo4j_home / "bin" / "neo4j-admin")]


def _run(command: list[str], what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stdout[-1500:] + done.stderr[-1500:]).strip()
        raise BulkLoadError(f"{what} failed (exit {done.returncode}): {tail}")
    return done


def bulk_load(out_dir: Path, *, neo4j_home: Path | None = None, database: str = "neo4j",
              import_dir: Path | None = None) -> BulkLoadReport:  # fmt: skip
    """Write OUT's import CSVs, stop the server if it runs, import them into `database` (replacing it),
    start the server again; the report has the counts and times."""
    started = time.perf_counter()
    files = export_import_csv(out_dir, import_dir or out_dir / "neo4j-import")
    exported = time.perf_counter() - started
    server, admin = _commands(neo4j_home)
    running = subprocess.run([*server, "status"], capture_output=True, text=True, check=False).returncode == 0
    if running:
        _run([*server, "stop"], "stopping Neo4j")
    began = time.perf_counter()
    try:
        _run([*admin, "database", "import", "full", "--overwrite-destination", *files.args, database],
             "neo4j-admin database import full")  # fmt: skip
    finally:
        imported = time.perf_counter() - began
        uri = _run([*server, "start"], "starting Neo4j").stdout.strip().splitlines()[-1:] if running else None
    return BulkLoadReport(files, files.files.get("nodes-events.csv", 0), round(exported, 3), round(imported, 3),
                          uri[0] if uri else None)  # fmt: skip

"""`graphbuild load neo4j OUT --bulk`: the offline bulk path for big builds.

Writes the import CSVs (graphbuild.neo4j.bulk) and runs `neo4j-admin database import full` into the instance
`scripts/neo4j` manages (its environment: NEO4J_INSTANCE, NEO4J_CACHE_DIR ...) or into another installation
(`--neo4j-home`, its bin/neo4j and bin/neo4j-admin). Neo4j Community imports offline only: a running server is
stopped, the database replaced by the import, and the server started again. The Bolt loader stays the way to
add to a graph (`--update`, `--replace-article`).

neo4j-admin makes no indexes or constraints here (its `--schema` is for the Enterprise block format), so the
server is then started (again) and given the loader's schema over Bolt (`ensure_schema`: the unique ids every
named query starts from), timed apart; a server that was not running is stopped again afterwards.

Speed: the import files are read multi-line only when a value holds a line break, a label or type all of a
file's rows share is given on the command line, and the read buffers are 256 KiB (bulk.py); `scripts/neo4j
import` runs the import in one JVM with a 1 GB heap and the C1 compiler only (NEO4J_IMPORT_HEAP,
NEO4J_IMPORT_JAVA_OPTS), over unsigned copies of the signed jars and a class-data-sharing archive
(NEO4J_IMPORT_CDS); another installation's bin/neo4j-admin gets HEAP_SIZE=1g unless set.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graphbuild.neo4j.bulk import ImportFiles, export_import_csv
from graphbuild.neo4j.connection import Neo4jConfig, StoreUnavailable, open_driver
from graphbuild.paths import PROJECT_DIR

NEO4J_SCRIPT = PROJECT_DIR / "scripts" / "neo4j"


class BulkLoadError(RuntimeError):
    """neo4j-admin (or stopping/starting the server) failed; the message carries its output's tail."""


@dataclass
class BulkLoadReport:
    files: ImportFiles
    events: int
    export_seconds: float
    import_seconds: float  # neo4j-admin, the whole process (JVM start included)
    uri: str | None  # the Bolt URI of the restarted server (None if it was not running)
    schema_seconds: float = 0.0  # start the server (if stopped), constraints and indexes built, stop it again

    @property
    def summary(self) -> str:
        rate = self.events / self.import_seconds if self.import_seconds else 0.0
        restarted = f"; server restarted at {self.uri}" if self.uri else ""
        return (f"imported {self.files.summary}: {self.events} events, CSVs in {self.export_seconds:.1f} s, "
                f"neo4j-admin in {self.import_seconds:.1f} s ({rate:,.0f} events/s), constraints and indexes in "
                f"{self.schema_seconds:.1f} s{restarted}")  # fmt: skip


def _commands(neo4j_home: Path | None) -> tuple[list[str], list[str]]:
    """(server launcher, `neo4j-admin database import full`) of the installation."""
    if neo4j_home is None:
        return [str(NEO4J_SCRIPT)], [str(NEO4J_SCRIPT), "import"]
    return [str(neo4j_home / "bin" / "neo4j")], [str(neo4j_home / "bin" / "neo4j-admin"), "database", "import", "full"]


def _run(command: list[str], what: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        tail = (done.stdout[-1500:] + done.stderr[-1500:]).strip()
        raise BulkLoadError(f"{what} failed (exit {done.returncode}): {tail}")
    return done


def _bolt_config(started: str, neo4j_home: Path | None) -> Neo4jConfig:
    """Where the started server listens: scripts/neo4j prints its URI and its password is NEO4J_PASSWORD (by
    default graphbuild-test); another installation is reached through the NEO4J_* variables."""
    if neo4j_home is None:
        uri = started.strip().splitlines()[-1]
        return Neo4jConfig.from_env(uri=uri, password=os.environ.get("NEO4J_PASSWORD", "graphbuild-test"))
    return Neo4jConfig.from_env()


def create_schema(config: Neo4jConfig, database: str, timeout: float = 180.0) -> None:
    """The Bolt loader's constraints and indexes (Events, Actors, Articles, Incidents) on the imported
    database, waited for; the server may still be opening it, so connecting is retried until `timeout`."""
    from graphbuild.neo4j import incidents, loader

    deadline = time.monotonic() + timeout
    while True:
        try:
            driver = open_driver(Neo4jConfig(config.uri, config.user, config.password, database))
            break
        except StoreUnavailable as error:
            if time.monotonic() > deadline:
                raise BulkLoadError(f"creating the schema after the import: {error}") from error
            time.sleep(1.0)
    try:
        loader.ensure_schema(driver, database)
        incidents.ensure_schema(driver, database)
        driver.execute_query("CALL db.awaitIndexes(600)", database_=database)
    finally:
        driver.close()


def bulk_load(out_dir: Path, *, neo4j_home: Path | None = None, database: str = "neo4j",
              import_dir: Path | None = None) -> BulkLoadReport:  # fmt: skip
    """Write OUT's import CSVs, stop the server if it runs, import them into `database` (replacing it),
    start the server, create the loader's schema, and stop it again unless it was running; the report has the
    counts and times."""
    started = time.perf_counter()
    files = export_import_csv(out_dir, import_dir or out_dir / "neo4j-import")
    exported = time.perf_counter() - started
    server, admin = _commands(neo4j_home)
    running = subprocess.run([*server, "status"], capture_output=True, text=True, check=False).returncode == 0
    if running:
        _run([*server, "stop"], "stopping Neo4j")
    env = {**os.environ} if neo4j_home is None else {"HEAP_SIZE": "1g", **os.environ}
    began = time.perf_counter()
    up = ""
    try:
        _run([*admin, "--overwrite-destination", *files.args, database], "neo4j-admin database import full", env)
    finally:
        imported = time.perf_counter() - began
        began = time.perf_counter()
        if running:  # back up, whether the import worked or not
            up = _run([*server, "start"], "starting Neo4j").stdout
    if not running:
        up = _run([*server, "start"], "starting Neo4j").stdout
    try:
        create_schema(_bolt_config(up, neo4j_home), database)
    finally:
        if not running:
            _run([*server, "stop"], "stopping Neo4j")
    schema = time.perf_counter() - began
    uri = up.strip().splitlines()[-1:] if running else None
    return BulkLoadReport(files, files.files.get("nodes-events.csv", 0), round(exported, 3), round(imported, 3),
                          uri[0] if uri else None, round(schema, 3))  # fmt: skip

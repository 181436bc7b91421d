"""Scale-out builds: `--engine dask` (shards on a real dask.distributed LocalCluster) equals the single process,
resumes after kill -9 of a worker and of the client, writes Parquet beside JSONL; `--update` adds articles
(stores included); a folder holding another build's output needs `--replace`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.dataset as ds
import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.incremental import OutputFolderTaken
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.incidents import SCHEMA as INCIDENT_SCHEMA
from graphbuild.neo4j.loader import SCHEMA, clear, load_output, read
from graphbuild.rdf.store import open_store
from graphbuild.shards import DONE_MARKER, SHARDS_DIR
from tests.conftest import NEO4J_SCRIPT, _free_port

REPO = Path(__file__).resolve().parent.parent
PART_A = [str(REPO / "data" / "samples")]
PART_B = [str(REPO / "tests" / "fixtures" / "ingest_records.csv"), str(REPO / "tests" / "fixtures" /
                                                                      "ingest_article.html")]  # fmt: skip
INPUTS = PART_A + PART_B
JSONL = ("articles.jsonl", "triples.jsonl", "actors.jsonl", "errors.jsonl")
VOLATILE = ("out", "seconds", "stages")  # the folder, the time, the stage reports (times, paths)


@pytest.fixture(scope="module")
def reproducible() -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the RDF store's build time, fixed
        yield patch


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory, reproducible: object) -> Path:
    out = tmp_path_factory.mktemp("scale") / "single"
    build(INPUTS, out, BuildOptions(exports=False))
    return out


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory, reproducible: object) -> Path:
    out = tmp_path_factory.mktemp("scale") / "dask"
    summary = build(INPUTS, out, BuildOptions(exports=False, engine="dask", workers=2, shard_size=2))
    assert summary.stages["engine"]["workers"] == 2 and summary.stages["engine"]["shards"] >= 4
    return out


def _summary(out: Path) -> dict[str, object]:
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if key not in VOLATILE}


def _quads(out: Path) -> set[str]:
    return {str(quad) for quad in open_store(out / "rdf", read_only=True)}


def assert_same_output(expected: Path, actual: Path, rdf: bool = True) -> None:
    for name in JSONL:
        assert (actual / name).read_bytes() == (expected / name).read_bytes(), name
    assert _summary(actual) == _summary(expected)
    if rdf:
        assert _quads(actual) == _quads(expected)


def test_two_dask_workers_build_what_one_process_builds(single: Path, sharded: Path) -> None:
    assert (single / "triples.jsonl").stat().st_size > 0 and _summary(single)["articles"] >= 9
    assert_same_output(single, sharded)  # the RDF store too: bulk-loaded from the shards' N-Quads
    manifest = json.loads((sharded / SHARDS_DIR / "manifest.json").read_text(encoding="utf-8"))["shards"]
    for name in manifest:
        marker = json.loads((sharded / SHARDS_DIR / name / DONE_MARKER).read_text(encoding="utf-8"))
        assert len(marker["input_hash"]) == 64 and marker["version"]["extractor"].startswith("graphbuild-lexicon/")
        assert marker["version"]["model"]["files_sha256"]
        assert (sharded / SHARDS_DIR / name / "graphs.nq").stat().st_size > 0


def test_parquet_shards_hold_the_jsonl_rows(sharded: Path) -> None:
    lines = (sharded / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    table = ds.dataset(sorted((sharded / SHARDS_DIR).glob("*/triples.parquet")), format="parquet").to_table()
    assert sorted(table.column("record").to_pylist()) == sorted(lines)
    records = {json.loads(line)["id"]: json.loads(line) for line in lines}
    for row in table.select(["id", "relation", "source_id", "target_id", "confidence"]).to_pylist():
        record = records[row["id"]]
        assert (row["relation"], row["source_id"], row["target_id"], row["confidence"]) == (
            record["relation"], record["source"]["id"], record["target"]["id"], record["confidence"])
    actors = ds.dataset(sorted((sharded / SHARDS_DIR).glob("*/actors.parquet")), format="parquet").to_table()
    assert set(actors.column("id").to_pylist()) == {json.loads(line)["id"] for line in
                                                    (sharded / "actors.jsonl").open(encoding="utf-8")}


def _cli_build(out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "graphbuild", "build", *INPUTS, "--out", str(out), "--engine", "dask",
               "--workers", "1", "--shard-size", "1", "--no-rdf", "--no-exports", "-q", *extra]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip


def _done(out: Path) -> int:
    return len(list((out / SHARDS_DIR).glob(f"*/{DONE_MARKER}")))


def _wait_for(condition: object, process: subprocess.Popen[str], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_killed_worker_and_killed_client_then_rerun_gives_the_clean_output(single: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _cli_build(out)
    try:
        _wait_for(lambda: _done(out) >= 1, first)
        # the client's children are its local workers (forked, or spawned: `spawn_main`), but a resource tracker
        workers = [p for p in psutil.Process(first.pid).children() if "resource_tracker" not in " ".join(p.cmdline())]
        assert workers, "no Dask worker process found"
        workers[0].kill()  # kill -9 of a worker: Dask restarts it and runs its shard again
        _wait_for(lambda: _done(out) >= 3, first)
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # kill -9 of the client (and what is left of its cluster)
        first.wait()
    done_before = _done(out)
    assert (out / ".incomplete").exists() and not (out / "summary.json").exists()
    second = _cli_build(out)
    _stdout, stderr = second.communicate(timeout=600)
    assert second.returncode == 0, stderr
    assert_same_output(single, out, rdf=False)
    engine = json.loads((out / "summary.json").read_text(encoding="utf-8"))["stages"]["engine"]
    assert engine["resumed"] >= done_before >= 3 and not (out / ".incomplete").exists()


def test_update_adds_articles_and_equals_a_build_of_everything(single: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(PART_A, out, BuildOptions(exports=False))
    with pytest.raises(OutputFolderTaken, match="--replace"):
        build(PART_B, out, BuildOptions(exports=False))
    build(PART_A, out, BuildOptions(exports=False))  # the same inputs again: allowed
    summary = build(PART_B, out, BuildOptions(exports=False, update=True, engine="dask", workers=1))
    assert summary.stages["update"]["added"] == 3 and summary.stages["update"]["already_there"] == 0
    assert_same_output(single, out)
    again = build(PART_B, out, BuildOptions(exports=False, update=True))  # nothing new: nothing changes
    assert again.stages["update"]["added"] == 0 and again.stages["update"]["already_there"] == 3
    assert_same_output(single, out)
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["inputs"] == INPUTS
    replaced = build(PART_B, out, BuildOptions(exports=False, replace=True))
    assert replaced.articles == 3


def test_cli_refuses_another_builds_folder_with_a_clear_message(single: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", *PART_A, "--out", str(single), "-q",
                           "--no-rdf", "--no-exports"], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert done.returncode == 2
    assert f"{single} holds the output of another build" in done.stderr and "--replace" in done.stderr


def _graph(config: Neo4jConfig) -> tuple[list[str], list[str]]:
    """Every node (labels, properties) and relationship (ends, type, properties) of the database, sorted."""
    with connected(config) as driver:
        nodes = read(driver, config.database, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
        rels = read(driver, config.database, "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
                    "properties(r) AS props")  # fmt: skip
    return (sorted(json.dumps([sorted(n["labels"]), n["props"]], sort_keys=True, default=str) for n in nodes),
            sorted(json.dumps(r, sort_keys=True, default=str) for r in rels))  # fmt: skip


@pytest.mark.neo4j
def test_neo4j_update_and_bulk_import_equal_the_bolt_load(single: Path, neo4j_empty: Neo4jConfig,
                                                          tmp_path: Path) -> None:  # fmt: skip
    load_output(single, neo4j_empty)
    bolt = _graph(neo4j_empty)
    assert len(bolt[0]) > 30 and len(bolt[1]) > 50
    with connected(neo4j_empty) as driver:
        clear(driver, neo4j_empty.database)
    out = tmp_path / "out"
    store = {"neo4j_uri": neo4j_empty.uri, "neo4j_user": neo4j_empty.user, "neo4j_password": neo4j_empty.password,
             "neo4j_database": neo4j_empty.database, "exports": False, "rdf": False}  # fmt: skip
    build(PART_A, out, BuildOptions(**store))
    updated = build(PART_B, out, BuildOptions(update=True, **store))
    assert updated.stages["neo4j"]["articles"] == 3
    assert _graph(neo4j_empty) == bolt

    env = {**os.environ, "NEO4J_INSTANCE": f"pytest-scale-{os.getpid()}", "NEO4J_PASSWORD": "graphbuild-bulk",
           "NEO4J_BOLT_PORT": str(_free_port()), "PYTHONPATH": str(REPO)}  # fmt: skip
    script = [str(NEO4J_SCRIPT)]
    try:
        subprocess.run([*script, "reset"], env=env, capture_output=True, check=False, timeout=300)
        started = subprocess.run([*script, "start"], env=env, capture_output=True, text=True, timeout=300, check=False)
        assert started.returncode == 0, started.stderr
        loaded = subprocess.run([sys.executable, "-m", "graphbuild", "load", "neo4j", str(single), "--bulk"], env=env,
                                capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
        assert loaded.returncode == 0, loaded.stdout + loaded.stderr
        assert "events/s" in loaded.stdout and "server restarted at bolt://" in loaded.stdout
        uri = loaded.stdout.strip().split("server restarted at ")[-1]
        assert _graph(Neo4jConfig(uri=uri, password="graphbuild-bulk")) == bolt
        # neo4j-admin makes no schema: the bulk load gives the imported graph the Bolt loader's (named queries
        # start from its unique ids)
        with connected(Neo4jConfig(uri=uri, password="graphbuild-bulk")) as driver:
            made = {row["name"]: row["state"] for row in read(driver, "neo4j", "SHOW INDEXES YIELD name, state")}
        wanted = {statement.split()[2] for statement in (*SCHEMA, *INCIDENT_SCHEMA)}
        assert {name: made.get(name) for name in wanted} == dict.fromkeys(wanted, "ONLINE")
    finally:
        subprocess.run([*script, "destroy"], env=env, capture_output=True, check=False, timeout=300)

"""The neo4j-admin bulk path: `graphbuild export --format neo4j-import` CSVs, imported with the real
`neo4j-admin database import full` (scripts/neo4j admin) into a fresh instance, equal the Bolt loader's graph."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.neo4j.bulk import NodeNumbers, export_import_csv
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import aggregate_checksum, load_output, read, store_counts
from graphbuild.neo4j.records import Neo4jInputError
from graphbuild.timeline.dedup import date_output
from tests.conftest import NEO4J_SCRIPT, _free_port
from tests.neo4j_corpus import article, base_corpus, write_corpus

pytestmark = pytest.mark.neo4j
EVENTS = "MATCH (e:Event) RETURN e.id AS id, properties(e) AS p ORDER BY id"
EDGES = "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, r.key"


def _corpus_out(tmp_path: Path) -> Path:
    corpus = base_corpus()
    # a sentence with a newline, quotes and the array delimiter must survive the CSV round trip
    corpus[0][0].title = 'He said "no"; then\nleft'
    corpus.append((article(9, "2024-05-05"), []))
    out = write_corpus(tmp_path / "out", corpus)
    date_output(out)  # event dates and events.jsonl, as a build writes them
    return out


def test_csv_headers_and_referential_integrity(tmp_path: Path) -> None:
    result = export_import_csv(_corpus_out(tmp_path), tmp_path / "csv")
    ids: dict[str, set[str]] = {}
    for name in ("nodes-actors.csv", "nodes-articles.csv", "nodes-events.csv", "nodes-incidents.csv"):
        with (tmp_path / "csv" / name).open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            space = header[0].split("(")[1].rstrip(")")
            ids[space] = {row[0] for row in reader}
            # a file whose rows all have one label gives it on the command line, not in a column
            assert (header[-1] == ":LABEL") == (name == "nodes-actors.csv")
    assert len(ids["Event"]) == 9 and len(ids["Article"]) == 4 and ids["Incident"]
    numbers = [int(n) for space in ids.values() for n in space]  # --id-type=actual: one dense range of numbers
    assert sorted(numbers) == list(range(len(numbers)))
    for name in (n for n in result.files if n.startswith("rels-")):
        with (tmp_path / "csv" / name).open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            start, end = (header[i].split("(")[1].rstrip(")") for i in (0, 1))
            rows = list(reader)
        assert len(rows) == result.files[name]
        for row in rows:
            assert row[0] in ids[start] and row[1] in ids[end], (name, row)
    args = (tmp_path / "csv" / "import.args").read_text(encoding="utf-8").split()
    assert sum(a.startswith("--nodes=") for a in args) == 4
    assert f"--nodes=Event={tmp_path / 'csv' / 'nodes-events.csv'}" in args
    assert f"--relationships=SOURCE={tmp_path / 'csv' / 'rels-source.csv'}" in args
    assert f"--relationships={tmp_path / 'csv' / 'rels-aggregates.csv'}" in args  # its rows have many types
    assert "--read-buffer-size=262144" in args and result.read_buffer == 256 * 1024
    result.longest = 100_000  # a value must fit in neo4j-admin's read buffer
    assert result.read_buffer == 512 * 1024
    assert result.fixed == {"nodes-articles.csv": "Article", "nodes-events.csv": "Event",
                            "nodes-incidents.csv": "Incident", "rels-in_article.csv": "IN_ARTICLE",
                            "rels-incident_source.csv": "INCIDENT_SOURCE",
                            "rels-incident_target.csv": "INCIDENT_TARGET", "rels-mentioned_by.csv": "MENTIONED_BY",
                            "rels-mentioned_in.csv": "MENTIONED_IN",
                            "rels-reported_in.csv": "REPORTED_IN", "rels-source.csv": "SOURCE",
                            "rels-target.csv": "TARGET"}  # fmt: skip
    # only the file with a line break in a value (the article title above) is read the slow, multi-line way
    assert "--multiline-fields-format=v2" in args and result.multiline == {"nodes-articles.csv"}
    assert f"--multiline-fields={tmp_path / 'csv' / 'nodes-articles.csv'}" in args


def test_cli_export_format_neo4j_import(tmp_path: Path) -> None:
    out = _corpus_out(tmp_path)
    done = subprocess.run([sys.executable, "-m", "graphbuild", "export", str(out), "--format", "neo4j-import"],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (out / "neo4j-import" / "import.args").exists()
    assert "neo4j-admin database import full" in done.stdout


def test_neo4j_admin_import_equals_the_loader(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    out = _corpus_out(tmp_path)
    loaded = load_output(out, neo4j_empty)
    with connected(neo4j_empty) as driver:
        loader_digest = aggregate_checksum(driver, neo4j_empty.database)
        loader_events = read(driver, neo4j_empty.database, EVENTS)
        loader_edges = read(driver, neo4j_empty.database, EDGES)
    result = export_import_csv(out, tmp_path / "csv")
    env = {**os.environ, "NEO4J_INSTANCE": f"pytest-import-{os.getpid()}", "NEO4J_PASSWORD": "graphbuild-import",
           "NEO4J_BOLT_PORT": str(_free_port())}  # fmt: skip

    def neo4j(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(NEO4J_SCRIPT), *args], env=env, capture_output=True, text=True, timeout=600,
                              check=False)  # fmt: skip

    neo4j("reset")
    imported = neo4j("admin", "database", "import", "full", "--overwrite-destination", *result.args, "neo4j")
    assert imported.returncode == 0, imported.stdout[-3000:] + imported.stderr[-3000:]
    assert "IMPORT DONE" in imported.stdout
    started = neo4j("start")
    try:
        assert started.returncode == 0, started.stderr + neo4j("log").stderr
        config = Neo4jConfig(uri=started.stdout.strip().splitlines()[-1], password="graphbuild-import")
        with connected(config) as driver:
            counts = store_counts(driver, "neo4j")
            digest = aggregate_checksum(driver, "neo4j")
            title = driver.execute_query("MATCH (x:Article {id: 'art-1'}) RETURN x.title AS t").records[0]["t"]
            events = read(driver, "neo4j", EVENTS)
            edges = read(driver, "neo4j", EDGES)
    finally:
        neo4j("destroy")
    assert counts == loaded.counts
    assert digest == loader_digest
    assert title == 'He said "no"; then\nleft'
    # every Event property the same, rule provenance included (`rules` a list, none on an event without rules)
    assert events == loader_events
    assert edges == loader_edges and len(edges) == counts["relationships"]  # every relationship, ends by string id
    assert {tuple(e["p"].get("rules") or ()) for e in events} == {(), ("roles.nearest-subject",),
                                                                  ("roles.nearest-subject",
                                                                   "roles.target-after-trigger")}  # fmt: skip
    assert all(e["p"]["source_rule"].startswith("gaz.") and e["p"]["target_rule"] for e in events)


def test_node_numbers_catch_a_missing_or_repeated_node(tmp_path: Path) -> None:
    numbers = NodeNumbers()
    assert numbers.of("Event", "e1") == 0 and numbers.node("Actor", "USA") == 1 and numbers.node("Event", "e1") == 0
    numbers.check_complete()
    assert numbers.of("Article", "e1") == 2  # each id space its own keys
    with pytest.raises(Neo4jInputError, match="Article 'e1'"):
        numbers.check_complete()
    with pytest.raises(Neo4jInputError, match="Event node 'e1' is written twice"):
        numbers.node("Event", "e1")


def test_node_files_keep_the_string_id_as_a_property(tmp_path: Path) -> None:
    export_import_csv(_corpus_out(tmp_path), tmp_path / "csv")
    with (tmp_path / "csv" / "nodes-articles.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == [":ID(Article)", "id", "title"]
    assert {row[1] for row in rows[1:]} >= {"art-1"} and all(row[0].isdigit() for row in rows[1:])

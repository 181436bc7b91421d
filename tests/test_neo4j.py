"""The Neo4j loader against the real server (scripts/neo4j, started by the session fixture)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.model import RELATIONS
from graphbuild.neo4j.connection import Neo4jConfig, StoreUnavailable, connected, open_driver
from graphbuild.neo4j.loader import STRUCTURAL_TYPES, aggregate_checksum, load_output, read, store_counts
from tests.neo4j_corpus import ACTORS, Event, article, base_corpus, expected_aggregates, write_corpus

pytestmark = pytest.mark.neo4j


def aggregates(config: Neo4jConfig) -> dict[tuple[str, str, str], dict[str, Any]]:
    with connected(config) as driver:
        rows = read(driver, config.database, "MATCH (a:Actor)-[x]->(b:Actor) WHERE type(x) IN $types "
                    "RETURN a.id AS s, type(x) AS t, b.id AS o, properties(x) AS p", types=list(RELATIONS))  # fmt: skip
    return {(r["s"], r["t"], r["o"]): r["p"] for r in rows}


def counts(config: Neo4jConfig) -> dict[str, int]:
    with connected(config) as driver:
        return store_counts(driver, config.database)


def checksum(config: Neo4jConfig) -> str:
    with connected(config) as driver:
        return aggregate_checksum(driver, config.database)


def test_server_is_neo4j_5_26_community(neo4j_server: Neo4jConfig) -> None:
    with connected(neo4j_server) as driver:
        rows = read(driver, "system", "CALL dbms.components() YIELD name, versions, edition RETURN *")
    assert rows[0]["edition"] == "community"
    assert rows[0]["versions"][0].startswith("5.26.")
    assert neo4j_server.uri.startswith("bolt://127.0.0.1:")


def test_load_gives_the_model_and_exact_aggregates(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    corpus = base_corpus()
    report = load_output(write_corpus(tmp_path / "out", corpus), neo4j_empty)
    assert (report.articles, report.events) == (3, 9)
    found = counts(neo4j_empty)
    assert found["Event"] == 9 and found["Article"] == 3 and found["Actor"] == len(ACTORS)
    assert found["SOURCE"] == found["TARGET"] == found["REPORTED_IN"] == 9
    assert (found["Country"], found["Person"], found["Organization"], found["ArmedGroup"]) == (4, 1, 1, 1)
    assert found["LEADER_OF"] == 1
    assert aggregates(neo4j_empty) == expected_aggregates(corpus)
    # the negated USA-ASSAULT->RUS event is an Event node but no aggregate
    assert ("USA", "ASSAULT", "RUS") not in aggregates(neo4j_empty)
    with connected(neo4j_empty) as driver:
        types = {r["t"] for r in read(driver, neo4j_empty.database, "CALL db.relationshipTypes() YIELD "
                                      "relationshipType AS t RETURN t")}  # fmt: skip
        constraints = {r["name"] for r in read(driver, neo4j_empty.database, "SHOW CONSTRAINTS YIELD name")}
        leader = read(driver, neo4j_empty.database, "MATCH (p:Person)-[l:LEADER_OF]->(c:Country) "
                      "RETURN p.id AS p, c.iso3 AS c, l.role AS role, l.from AS f, l.to AS t")  # fmt: skip
        event = read(driver, neo4j_empty.database, "MATCH (e:Event {negated: true}) RETURN properties(e) AS p")
    assert types <= set(RELATIONS) | set(STRUCTURAL_TYPES)
    assert {"actor_id", "article_id", "event_id"} <= constraints
    assert leader == [{"p": "prabowo", "c": "IDN", "role": "president", "f": "2024-10-20", "t": None}]
    assert event[0]["p"]["relation"] == "ASSAULT" and event[0]["p"]["date"] == "2024-02-10"


def test_loading_twice_changes_nothing(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    out = write_corpus(tmp_path / "out", base_corpus())
    first = load_output(out, neo4j_empty)
    before, digest = counts(neo4j_empty), checksum(neo4j_empty)
    second = load_output(out, neo4j_empty, batch_size=2)  # other batch boundaries, same result
    assert counts(neo4j_empty) == before == first.counts == second.counts
    assert checksum(neo4j_empty) == digest
    assert second.retracted_events == 0


def test_new_articles_add_and_replace_article_retracts(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    corpus = base_corpus()
    load_output(write_corpus(tmp_path / "one", corpus), neo4j_empty)
    # incremental: a later run with only a new article adds to what is there
    extra = [(article(4, "2024-12-24"), [Event("ASSAULT", "RUS", "UKR"), Event("PROTEST", "UKR", "USA")])]
    load_output(write_corpus(tmp_path / "two", extra), neo4j_empty)
    assert counts(neo4j_empty)["Event"] == 11
    assert aggregates(neo4j_empty) == expected_aggregates(corpus + extra)
    # art-1 re-extracted: its ASSAULT is gone, a new COOPERATE came; art-3 is gone from the output
    changed = [(corpus[0][0], [Event("ACCUSE", "UKR", "RUS"), Event("SANCTION", "USA", "RUS", goldstein=-5.5),
                               Event("COOPERATE", "USA", "UKR")]), corpus[1]]  # fmt: skip
    report = load_output(write_corpus(tmp_path / "three", changed), neo4j_empty,
                         replace_articles=["art-1", "art-3"])  # fmt: skip
    assert report.removed_articles == ["art-3"]
    assert report.retracted_events == 3 + 3  # art-1's old events (positions, so ids, changed) + art-3's three
    assert aggregates(neo4j_empty) == expected_aggregates(changed + extra)
    found = counts(neo4j_empty)
    assert found["Event"] == 3 + 3 + 2 and found["Article"] == 3
    with connected(neo4j_empty) as driver:
        ids = {r["id"] for r in read(driver, neo4j_empty.database, "MATCH (a:Actor) RETURN a.id AS id")}
    # as if art-3 had never been loaded: the actors only it mentioned go (Prabowo with his office, and Indonesia
    # which that office kept), those of art-1, art-2 and art-4 stay
    assert ids == {"RUS", "UKR", "USA"}


def test_text_is_data_never_cypher(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    corpus = base_corpus()
    evil = "'}) MATCH (n) DETACH DELETE n //\" `x` $rows"
    corpus[0][0].title = evil
    load_output(write_corpus(tmp_path / "out", corpus), neo4j_empty)
    with connected(neo4j_empty) as driver:
        query = "MATCH (x:Article {id: 'art-1'}) RETURN x.title AS t"
        titles = [r["t"] for r in read(driver, neo4j_empty.database, query)]
    assert titles == [evil]
    assert counts(neo4j_empty)["Event"] == 9


def test_wrong_password_and_unreachable_server_raise_one_clear_error(neo4j_server: Neo4jConfig) -> None:
    with pytest.raises(StoreUnavailable, match="authentication failed"):
        open_driver(Neo4jConfig(uri=neo4j_server.uri, password="not-the-password"))
    with pytest.raises(StoreUnavailable, match="no database 'nope'"):
        open_driver(Neo4jConfig(uri=neo4j_server.uri, password=neo4j_server.password, database="nope"))


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})}, check=False)  # fmt: skip


def test_cli_load_and_exit_status_3(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    out = write_corpus(tmp_path / "out", base_corpus())
    env = {"NEO4J_URI": neo4j_empty.uri, "NEO4J_PASSWORD": neo4j_empty.password}
    done = _cli("load", "neo4j", str(out), "--batch-size", "2", env=env)
    assert done.returncode == 0, done.stderr
    assert "9 events, 3 articles" in done.stdout
    refused = _cli("load", "neo4j", str(out), "--password", "wrong", env=env)
    assert refused.returncode == 3
    assert refused.stderr.strip().count("\n") == 0
    assert f"cannot use Neo4j at {neo4j_empty.uri}: authentication failed" in refused.stderr
    unreachable = _cli("load", "neo4j", str(out), "--uri", "bolt://127.0.0.1:9", env=env)
    assert unreachable.returncode == 3 and "bolt://127.0.0.1:9" in unreachable.stderr
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "triples.jsonl").write_text('{"id": "x"}\n{not json\n', encoding="utf-8")
    rejected = _cli("load", "neo4j", str(bad), env=env)
    assert rejected.returncode == 2 and f"{bad / 'triples.jsonl'}:1" in rejected.stderr


def test_build_loads_neo4j_as_a_post_stage(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("Russia attacked Ukraine on Monday. The United States condemned Russia.\n", encoding="utf-8")
    options = BuildOptions(rdf=False, exports=False, neo4j_uri=neo4j_empty.uri, neo4j_password=neo4j_empty.password)
    summary = build([str(source)], tmp_path / "out", options)
    stage = summary.stages["neo4j"]
    assert summary.exit_code == 0, stage
    assert stage["counts"]["Article"] == summary.articles == 1
    assert stage["counts"]["Event"] == summary.triples
    bad = BuildOptions(rdf=False, exports=False, neo4j_uri=neo4j_empty.uri, neo4j_password="wrong")
    failed = build([str(source)], tmp_path / "out2", bad)
    assert failed.exit_code == 3 and failed.stages["neo4j"]["exit_code"] == 3
    assert "authentication failed" in failed.stages["neo4j"]["summary"]


def test_script_status_and_start_again_reuse_the_running_server(neo4j_server: Neo4jConfig,
                                                                neo4j_env: dict[str, str]) -> None:  # fmt: skip
    from tests.conftest import NEO4J_SCRIPT

    def run(*args: str, env: dict[str, str] = neo4j_env) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(NEO4J_SCRIPT), *args], env=env, capture_output=True, text=True, timeout=300,
                              check=False)  # fmt: skip

    status = run("status")
    assert status.returncode == 0 and status.stdout.strip() == neo4j_server.uri
    again = run("start")
    assert again.returncode == 0 and again.stdout.strip() == neo4j_server.uri  # no second server
    other = run("status", env={**neo4j_env, "NEO4J_INSTANCE": "never-started"})
    assert other.returncode == 1 and "not running" in other.stderr

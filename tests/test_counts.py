"""One build, counted everywhere: summary.json, the RDF store, Neo4j and graph.html name what they count
(actors mentioned / in events / described; events / edges) and equal things are equal."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.neo4j.connection import Neo4jConfig

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.neo4j


def page_data(html: Path) -> dict:
    text = html.read_text("utf-8")
    return json.loads(text.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0])


def test_one_build_counts_the_same_things_the_same_way(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    inputs = [str(ROOT / "data" / "samples")]
    options = BuildOptions(parser="none", neo4j_uri=neo4j_empty.uri, neo4j_password=neo4j_empty.password)
    summary = build(inputs, tmp_path / "out", options)
    assert summary.exit_code == 0, summary.stages
    written = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    triples = [json.loads(line) for line in (tmp_path / "out" / "triples.jsonl").read_text("utf-8").splitlines()]
    actors = (tmp_path / "out" / "actors.jsonl").read_text("utf-8").splitlines()
    rdf, neo4j = summary.stages["rdf"], summary.stages["neo4j"]["counts"]

    in_events = {t[side]["id"] for t in triples for side in ("source", "target")}
    assert written["actors_mentioned"] == len(actors) == rdf["actors_mentioned"] == neo4j["actors_mentioned"]
    assert written["actors_in_events"] == len(in_events) == rdf["actors_in_events"] == neo4j["actors_in_events"]
    # the stores also describe the states and organisations that offices and memberships point to
    assert rdf["actors_described"] == neo4j["actors_described"] == neo4j["Actor"] > written["actors_mentioned"]
    assert "actors: " in rdf["summary"] and f"{rdf['actors_described']} described" in rdf["summary"]

    negated = Counter(t["relation"] for t in triples if t["negated"])
    assert written["events_negated"] == sum(negated.values())
    assert written["triples"] == len(triples) == sum(written["relations"].values())
    data = page_data(tmp_path / "out" / "graph.html")
    # each relation box: its events (negated ones are never edges) and its edges (actor pairs)
    assert {r["id"]: r["events"] for r in data["relations"]} == {
        rel: n - negated[rel] for rel, n in written["relations"].items() if n - negated[rel]}
    assert {r["id"]: r["count"] for r in data["relations"]} == dict(Counter(e["rel"] for e in data["edges"]))
    assert sum(e["n"] for e in data["edges"]) == written["triples"] - written["events_negated"]
    asserted = {t[side]["id"] for t in triples if not t["negated"] for side in ("source", "target")}
    assert {n["id"] for n in data["nodes"] if n["degree"]} == asserted
    assert len(data["nodes"]) == written["stages"]["exports"]["nodes"] == written["actors_mentioned"]

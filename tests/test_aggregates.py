"""The named queries that read materialised aggregates (the RDF aggregates graph, Neo4j's aggregate
relationships) give the rows their full-scan versions give: tests/fixtures/scan_queries/ holds the queries as
they were before the aggregates (every event scanned), run here side by side on a synthetic build output of
1,500 events (graphbuild.synthetic: hundreds of actors, all 16 types, negated events) in both stores, and after
an article is removed and put back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Store

from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import clear, load_output
from graphbuild.neo4j.queries import run_cypher
from graphbuild.queries import bind_params, catalogue, parse_query_file, run_sparql
from graphbuild.rdf.aggregates import AGGREGATES_GRAPH, aggregate_quads
from graphbuild.rdf.store import load_articles, remove_article
from graphbuild.rdf.store import load_output as load_rdf
from graphbuild.synthetic import write_output

SCANS = Path(__file__).parent / "fixtures" / "scan_queries"
ACTORS = ("RUS", "USA", "PRK", "IDN", "UKR")
CASES: dict[str, list[dict[str, Any]]] = {
    "conflict_dyads": [{}, {"limit": 40}],
    "most_active_actors": [{}, {"limit": 60}],
    "who_acts_on": [{"target": a} for a in ACTORS] + [{"target": "RUS", "relation": "ASSAULT"}],
    "partners_and_adversaries": [{"actor": a} for a in ACTORS],
    "two_hop_neighbourhood": [{"actor": a} for a in ACTORS[:3]],
    "dyad_timeseries": [{"source": "RUS", "target": "UKR", "both": 1}, {"source": "USA", "target": "CHN"},
                        {"source": "RUS", "target": "USA", "freq": "week", "both": 1, "since": "2023"},
                        {"source": "IDN", "target": "IDN"}],
}  # fmt: skip


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = write_output(tmp_path_factory.mktemp("aggregates") / "out", 1500, seed=7)
    load_rdf(out)
    return out


@pytest.fixture(scope="module")
def neo4j(neo4j_server: Neo4jConfig, output: Path) -> Neo4jConfig:
    with connected(neo4j_server) as driver:
        clear(driver, neo4j_server.database)
    load_output(output, neo4j_server)
    return neo4j_server


def test_every_scan_reference_is_a_named_query() -> None:
    assert {path.stem for path in SCANS.glob("*.rq")} == set(CASES) <= set(catalogue())


def _sparql_pair(name: str, params: dict[str, Any], store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    query, scan = catalogue()[name], parse_query_file(SCANS / f"{name}.rq")
    return run_sparql(query, params, store=store), run_sparql(scan, params, store=store)


@pytest.mark.parametrize("name", sorted(CASES))
def test_sparql_answers_equal_the_full_scan(name: str, output: Path) -> None:
    store = Store.read_only(str(output / "rdf"))
    answered = 0
    for params in CASES[name]:
        fast, scan = _sparql_pair(name, params, store)
        assert fast == scan, f"{name} {params}"
        answered += bool(fast)
    assert answered, f"{name}: no case gave rows"


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(CASES))
def test_cypher_answers_equal_the_full_scan_and_sparql(name: str, output: Path, neo4j: Neo4jConfig) -> None:
    store = Store.read_only(str(output / "rdf"))
    query, scan = catalogue()[name], parse_query_file(SCANS / f"{name}.rq")
    with connected(neo4j) as driver:
        for params in CASES[name]:
            fast = run_cypher(driver, neo4j.database, query, bind_params(query, params))
            full = run_cypher(driver, neo4j.database, scan, bind_params(scan, params))
            # the scan sums floats event by event: equal sums may differ in the last bit and sort apart
            assert sorted(map(repr, fast)) == sorted(map(repr, full)), f"{name} {params}"
            assert fast == run_sparql(query, params, store=store), f"{name} {params}: Cypher and SPARQL differ"


def _aggregates(path: Path) -> set[Any]:
    store = Store.read_only(str(path))
    return set(store.quads_for_pattern(None, None, None, AGGREGATES_GRAPH))


def test_rdf_aggregates_follow_removal_and_reload(output: Path, tmp_path: Path) -> None:
    """Removing an article changes the aggregates graph (only its dyads' and actors' nodes recomputed) to what a
    full recompute and the queries' full scans give; putting it back brings back exactly the fresh load's graph."""
    fresh = _aggregates(output / "rdf")
    assert fresh
    store_dir = tmp_path / "rdf"
    load_rdf(output, store_dir)
    article = "syn-7-0000003"
    remove_article(output, article, store_dir)
    without = _aggregates(store_dir)
    assert without != fresh
    store = Store.read_only(str(store_dir))
    assert without == set(aggregate_quads(store))  # the article's dyads recomputed alone = a full recompute
    for params in CASES["who_acts_on"]:
        fast, scan = _sparql_pair("who_acts_on", params, store)
        assert fast == scan
    del store
    load_articles(output, [article], store_dir)
    assert _aggregates(store_dir) == fresh

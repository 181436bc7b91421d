"""The Cypher twins: the same output loaded into Oxigraph (graphbuild.rdf) and Neo4j gives the same rows for
every named query, and `graphbuild query --backend neo4j` runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from graphbuild.model import RELATIONS
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import load_output
from graphbuild.neo4j.queries import plain, run_named
from graphbuild.queries import CYPHER_DEFAULT, QUERIES_DIR, catalogue, cypher_defaults, cypher_parameters, run_query
from graphbuild.rdf.store import load_output as load_rdf
from graphbuild.relations import relation_types
from graphbuild.timeline.dedup import date_output
from tests.fixtures.rdf_world import write_output as write_rdf_world
from tests.neo4j_corpus import base_corpus, write_corpus

pytestmark = pytest.mark.neo4j

# Each named query with parameter sets that give non-empty answers on the two corpora (and a few that don't).
CASES: dict[str, list[dict[str, Any]]] = {
    "who_acts_on": [{"target": "RUS"}, {"target": "UKR", "relation": "ASSAULT"}, {"target": "FRA"}],
    "partners_and_adversaries": [{"actor": "RUS"}, {"actor": "USA"}, {"actor": "kim-jong-un"}],
    "relations_between": [{"a": "RUS", "b": "UKR"}, {"a": "USA", "b": "RUS"}, {"a": "UKR", "b": "USA"}],
    "most_active_actors": [{}, {"limit": 2}],
    "events_by_type": [{"relation": "ASSAULT"}, {"relation": "ASSAULT", "since": "2023-07-01", "until": "2024-01-31"},
                       {"relation": "SUPPORT"}],
    "edge_evidence": [{"source": "RUS", "relation": "ASSAULT", "target": "UKR"},
                      {"source": "USA", "relation": "ASSAULT", "target": "RUS"}],
    "two_hop_neighbourhood": [{"actor": "PRK"}, {"actor": "kim-jong-un"}, {"actor": "IDN"}, {"actor": "RUS"}],
    "state_leaders": [{}],
    "articles_mentioning": [{"actor": "RUS"}, {"actor": "UN"}, {"actor": "wagner"}],
    "conflict_dyads": [{}, {"limit": 3}],
    "dyad_timeseries": [{"source": "RUS", "target": "UKR"},
                        {"source": "RUS", "target": "UKR", "freq": "day", "both": 1},
                        {"source": "USA", "target": "RUS", "freq": "week", "both": 1, "since": "2023-07"},
                        {"source": "RUS", "target": "UKR", "until": "2023-12", "min_confidence": 0.5},
                        {"source": "RUS", "target": "UKR", "min_confidence": 0.99}],
}  # fmt: skip


@pytest.fixture(scope="module")
def both_stores(neo4j_server: Neo4jConfig, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Neo4jConfig]:
    """One output (the RDF fixture world plus the Neo4j corpus, in one folder) in Oxigraph and in Neo4j."""
    base = tmp_path_factory.mktemp("twins")
    world = write_rdf_world(base / "world")
    extra = write_corpus(base / "extra", base_corpus())
    out = base / "out"
    out.mkdir()
    for name in ("articles.jsonl", "triples.jsonl", "actors.jsonl"):
        text = (world / name).read_text(encoding="utf-8")
        if name == "actors.jsonl":  # the corpus's RUS/UKR/USA are the world's; keep one record of each
            seen = {line.split('"id": "')[1].split('"')[0] for line in text.splitlines()}
            lines = [line for line in (extra / name).read_text(encoding="utf-8").splitlines()
                     if line.split('"id": "')[1].split('"')[0] not in seen]  # fmt: skip
            text += "".join(line + "\n" for line in lines)
        else:
            text += (extra / name).read_text(encoding="utf-8")
        (out / name).write_text(text, encoding="utf-8")
    date_output(out)  # event dates and events.jsonl, as a build writes them
    load_rdf(out, base / "rdf")
    with connected(neo4j_server) as driver:
        from graphbuild.neo4j.loader import clear

        clear(driver, neo4j_server.database)
    load_output(out, neo4j_server)
    return base / "rdf", neo4j_server


def test_every_named_query_has_a_cypher_twin_and_a_case() -> None:
    queries = catalogue()
    assert set(queries) == set(CASES)
    assert all(query.cypher for query in queries.values())


@pytest.mark.parametrize("name", sorted(CASES))
def test_twins_return_the_same_rows(name: str, both_stores: tuple[Path, Neo4jConfig]) -> None:
    store, config = both_stores
    answered = 0
    for params in CASES[name]:
        sparql = run_query(name, params, store=store)
        cypher = run_query(name, params, backend="neo4j", neo4j=config)
        assert cypher == sparql, f"{name} {params}"
        answered += bool(sparql)
    assert answered, f"{name}: no case gave rows"


def test_rows_exclude_negated_events(both_stores: tuple[Path, Neo4jConfig]) -> None:
    _, config = both_stores
    with connected(config) as driver:
        rows = run_named(driver, config.database, "relations_between", {"a": "USA", "b": "RUS"})
    # both directions; the negated USA-ASSAULT->RUS events (one per corpus) are left out
    assert {(row["source_id"], row["relation"]) for row in rows} == {("USA", "SANCTION"), ("RUS", "ACCUSE")}


def test_cli_query_backend_neo4j(both_stores: tuple[Path, Neo4jConfig]) -> None:
    _, config = both_stores
    env = {**os.environ, "NEO4J_URI": config.uri, "NEO4J_PASSWORD": config.password}
    done = subprocess.run([sys.executable, "-m", "graphbuild", "query", "conflict_dyads", "--param", "limit=2",
                           "--backend", "neo4j", "--format", "csv"], env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "source_id,target_id,events,goldstein_sum" and len(lines) == 3
    refused = subprocess.run([sys.executable, "-m", "graphbuild", "query", "state_leaders", "--backend", "neo4j",
                              "--neo4j-password", "wrong"], env=env, capture_output=True, text=True, timeout=120,
                             check=False)  # fmt: skip
    assert refused.returncode == 3 and "authentication failed" in refused.stderr


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_cypher_file_runs_as_written(name: str, both_stores: tuple[Path, Neo4jConfig]) -> None:
    """Pasted into cypher-shell or Neo4j Browser with no parameters set, each queries/*.cypher file runs (its
    parameters are `DEFAULT /*$name*/`) and gives the rows graphbuild gives for those defaults."""
    _, config = both_stores
    path = QUERIES_DIR / f"{name}.cypher"
    text = path.read_text(encoding="utf-8")
    with connected(config) as driver:
        records = driver.execute_query(text, database_=config.database).records  # no parameters at all
    query = catalogue()[name]
    defaults = {param: json.loads(literals[0]) for param, literals in cypher_defaults(text).items()
                if param != "quads"}  # fmt: skip
    as_written = [{column: plain(record.get(column)) for column in query.columns} for record in records]
    assert as_written == run_query(name, defaults, backend="neo4j", neo4j=config)
    assert cypher_parameters(text) == query.cypher  # what graphbuild runs: the same text with $name parameters


def test_aggregate_patterns_name_every_plover_type() -> None:
    """A pattern over the aggregate relationships names their types (so that a hub actor's Event links are never
    expanded): each such union is exactly the 16 PLOVER types of graphbuild.model, in every query file."""
    unions = 0
    for path in sorted(QUERIES_DIR.glob("*.cypher")):
        for match in re.finditer(r"\[\w*:([A-Z_|\s]+)\]", path.read_text(encoding="utf-8")):
            types = re.sub(r"\s+", "", match.group(1)).split("|")
            if set(types) & set(RELATIONS):
                assert tuple(types) == RELATIONS, path.name
                unions += 1
    assert unions >= 6


def test_cypher_defaults_agree_with_the_catalogue() -> None:
    """Each parameter of a Cypher twin has one default, the .rq header's when it declares one; the quads map
    is data/relations.yaml's; no bare $name is left that a pasted file would miss."""
    quads = {name: rel.quad for name, rel in relation_types().items()}
    for query in catalogue().values():
        text = (QUERIES_DIR / f"{query.name}.cypher").read_text(encoding="utf-8")
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
        assert "$" not in CYPHER_DEFAULT.sub("", body), query.name
        defaults = cypher_defaults(body)
        assert set(defaults) - {"quads"} == {param.name for param in query.params}, query.name
        for param in query.params:
            assert len(set(defaults[param.name])) == 1, f"{query.name}: ${param.name} has two defaults"
            if not param.required:
                assert json.loads(defaults[param.name][0]) == param.default, f"{query.name}: ${param.name}"
        if "quads" in defaults:
            literal = re.sub(r"(\w+):", r'"\1":', defaults["quads"][0])
            assert json.loads(literal) == quads, query.name

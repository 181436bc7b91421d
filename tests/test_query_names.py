"""Actor parameters of the named queries take names and aliases in any language the gazetteer knows, in the
SPARQL and the Neo4j backends alike; an unknown name is an error with suggestions, never an empty answer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.neo4j.connection import Neo4jConfig
from graphbuild.neo4j.loader import load_output as load_neo4j
from graphbuild.queries import QueryError, run_query
from graphbuild.rdf.store import load_output as load_rdf
from graphbuild.resolve.names import ActorIndex, UnknownActor, fold
from tests.fixtures import rdf_world

ROOT = Path(__file__).resolve().parents[1]
RUSSIA = ("RUS", "Russia", "Rusia", "russian federation", "  RUSIA ")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = rdf_world.write_output(tmp_path_factory.mktemp("names") / "out")
    load_rdf(out)
    return out


def query_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", "query", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env=env)  # fmt: skip


def test_fold_ignores_case_accents_and_spaces() -> None:
    assert fold("  Türkiye ") == fold("TURKIYE") == "turkiye"
    assert fold("Côte  d'Ivoire") == "cote d'ivoire"


def test_index_resolves_ids_names_and_aliases_in_both_languages() -> None:
    index = ActorIndex.build([("RUS", "Russia"), ("evil-group", "Evil Group")])
    assert {index.resolve(name) for name in RUSSIA} == {"RUS"}
    assert index.resolve("Korea Selatan") == index.resolve("South Korea") == "KOR"
    assert index.resolve("evil group") == "evil-group"  # an actor only the store knows
    with pytest.raises(UnknownActor, match=r"did you mean: Russia \(RUS\)"):
        index.resolve("Rusland")
    with pytest.raises(UnknownActor, match="no actor 'Atlantis'"):
        index.resolve("Atlantis")


def test_a_name_of_several_actors_lists_them() -> None:
    index = ActorIndex.build([("a-one", "Same Name"), ("a-two", "Same Name")])
    with pytest.raises(UnknownActor, match=r"names several actors: Same Name \(a-one\), Same Name \(a-two\)"):
        index.resolve("same name")


def test_sparql_names_ids_and_aliases_give_the_same_rows(world: Path) -> None:
    rows = [run_query("who_acts_on", {"target": name}, store=world / "rdf") for name in RUSSIA]
    assert rows[0] and all(row == rows[0] for row in rows)
    partners = run_query("partners_and_adversaries", {"actor": "Korea Utara"}, store=world / "rdf")
    assert partners == run_query("partners_and_adversaries", {"actor": "PRK"}, store=world / "rdf")
    with pytest.raises(QueryError, match=r"parameter target: no actor 'Rusland' \(did you mean: Russia \(RUS\)"):
        run_query("who_acts_on", {"target": "Rusland"}, store=world / "rdf")


def test_an_actor_the_store_lacks_is_a_note_not_a_silent_empty_answer(world: Path) -> None:
    notes: list[str] = []
    assert run_query("who_acts_on", {"target": "Prancis"}, store=world / "rdf", notes=notes) == []
    assert notes == ["France (FRA) is in no article of this store: no rows"]


def test_cli_sparql_target_by_id_name_and_indonesian_name(world: Path) -> None:
    outputs = [query_cli("who_acts_on", "--param", f"target={name}", "--store", str(world / "rdf"))
               for name in ("RUS", "Russia", "Rusia")]
    assert all(done.returncode == 0 for done in outputs), [done.stderr for done in outputs]
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    assert "kim-jong-un" in outputs[0].stdout and "(0 rows)" not in outputs[0].stdout
    unknown = query_cli("who_acts_on", "--param", "target=Rusland", "--store", str(world / "rdf"))
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert "no actor 'Rusland' (did you mean: Russia (RUS)" in unknown.stderr


@pytest.mark.neo4j
def test_neo4j_names_ids_and_aliases_give_the_same_rows(world: Path, neo4j_empty: Neo4jConfig) -> None:
    load_neo4j(world, neo4j_empty)
    sparql = run_query("who_acts_on", {"target": "RUS"}, store=world / "rdf")
    for name in RUSSIA:
        assert run_query("who_acts_on", {"target": name}, backend="neo4j", neo4j=neo4j_empty) == sparql
    with pytest.raises(QueryError, match=r"no actor 'Rusland' \(did you mean: Russia \(RUS\)"):
        run_query("who_acts_on", {"target": "Rusland"}, backend="neo4j", neo4j=neo4j_empty)
    env = {**os.environ, "NEO4J_URI": neo4j_empty.uri, "NEO4J_PASSWORD": neo4j_empty.password}
    by_name = query_cli("who_acts_on", "--param", "target=Rusia", "--backend", "neo4j", env=env)
    by_id = query_cli("who_acts_on", "--param", "target=RUS", "--backend", "neo4j", env=env)
    assert by_name.returncode == by_id.returncode == 0, by_name.stderr
    assert by_name.stdout == by_id.stdout and "kim-jong-un" in by_id.stdout
    unknown = query_cli("who_acts_on", "--param", "target=Atlantis", "--backend", "neo4j", env=env)
    assert unknown.returncode == 2 and "no actor 'Atlantis'" in unknown.stderr


def test_export_actor_filter_resolves_the_same_names(tmp_path: Path) -> None:
    from graphbuild.graph import GraphFilter, GraphInputError, load_graph
    from tests.test_graph_fixtures import write_fixture_output

    out = write_fixture_output(tmp_path / "out")
    by_id = load_graph(out, GraphFilter(actor="RUS"))
    for name in ("Russia", "Rusia", "russian federation"):
        assert set(load_graph(out, GraphFilter(actor=name))) == set(by_id)
    with pytest.raises(GraphInputError, match=r"did you mean: Russia \(RUS\)"):
        load_graph(out, GraphFilter(actor="Rusland"))
    with pytest.raises(GraphInputError, match=r"France \(FRA\) is not in this graph \(no article mentions it\)"):
        load_graph(out, GraphFilter(actor="Prancis"))

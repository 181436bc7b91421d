"""The named queries (queries/*.rq) on the fixture world: expected rows worked out by hand from
tests/fixtures/rdf_world.py, over the store and over the HTTP endpoint; parameters bound safely."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphbuild.queries import QueryError, bind_params, catalogue, get_query, run_query, sparql_text
from graphbuild.rdf import load_output
from graphbuild.rdf.vocab import actor_iri
from tests.fixtures import rdf_world
from tests.fixtures.rdf_server import Endpoint

PROJECT = Path(__file__).resolve().parents[1]
NAMES = ("who_acts_on", "partners_and_adversaries", "relations_between", "most_active_actors", "events_by_type",
         "edge_evidence", "two_hop_neighbourhood", "state_leaders", "articles_mentioning", "conflict_dyads")


def eid(article: str, relation: str, source: str, target: str) -> str:
    for triple in rdf_world.triples():
        if (triple.article_id, triple.relation, triple.source.actor.id, triple.target.actor.id) == (
                article, relation, source, target) and not triple.negated:  # fmt: skip
            return triple.id
    raise LookupError((article, relation, source, target))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = rdf_world.write_output(tmp_path_factory.mktemp("queries") / "out")
    load_output(out)
    return out / "rdf"


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store)
    yield server
    server.stop()


def expected() -> dict[tuple[str, str], list[dict[str, object]]]:
    """(query name, parameters as JSON) → the rows the fixture world must give."""
    kontan_assault = eid("kontan-kim-putin", "ASSAULT", "RUS", "UKR")
    voa_assault = eid("voa-en-1", "ASSAULT", "RUS", "UKR")
    return {
        ("who_acts_on", '{"target": "RUS"}'): [
            {"source_id": "USA", "source_name": "United States", "relation": "SANCTION", "events": 1,
             "first_date": "2023-07-01", "last_date": "2023-07-01"},
            {"source_id": "kim-jong-un", "source_name": "Kim Jong Un", "relation": "SUPPORT", "events": 1,
             "first_date": "2023-06-12", "last_date": "2023-06-12"},
        ],
        ("who_acts_on", '{"target": "UKR", "relation": "ASSAULT"}'): [
            {"source_id": "RUS", "source_name": "Russia", "relation": "ASSAULT", "events": 2,
             "first_date": "2023-06-12", "last_date": "2023-07-01"},
        ],
        ("partners_and_adversaries", '{"actor": "RUS"}'): [
            {"other_id": "kim-jong-un", "other_name": "Kim Jong Un", "cooperation_events": 1, "conflict_events": 0,
             "goldstein_balance": 3.5},
            {"other_id": "NATO", "other_name": "NATO", "cooperation_events": 0, "conflict_events": 1,
             "goldstein_balance": -6.0},
            {"other_id": "USA", "other_name": "United States", "cooperation_events": 0, "conflict_events": 2,
             "goldstein_balance": -6.0},
            {"other_id": "UKR", "other_name": "Ukraine", "cooperation_events": 0, "conflict_events": 2,
             "goldstein_balance": -18.0},
        ],
        ("relations_between", '{"a": "UKR", "b": "RUS"}'): [
            {"date": "2023-06-12", "source_id": "RUS", "relation": "ASSAULT", "target_id": "UKR",
             "event_id": kontan_assault},
            {"date": "2023-07-01", "source_id": "RUS", "relation": "ASSAULT", "target_id": "UKR",
             "event_id": voa_assault},
        ],
        ("relations_between", '{"a": "USA", "b": "RUS"}'): sorted([
            {"date": "2023-07-01", "source_id": "USA", "relation": "SANCTION", "target_id": "RUS",
             "event_id": eid("voa-en-1", "SANCTION", "USA", "RUS")},
            {"date": "2023-07-01", "source_id": "RUS", "relation": "ACCUSE", "target_id": "USA",
             "event_id": eid("voa-en-1", "ACCUSE", "RUS", "USA")},
        ], key=lambda row: str(row["event_id"])),
        ("most_active_actors", '{"limit": 4}'): [
            {"actor_id": "RUS", "name": "Russia", "events": 6},
            {"actor_id": "UKR", "name": "Ukraine", "events": 4},
            {"actor_id": "USA", "name": "United States", "events": 3},
            {"actor_id": "kim-jong-un", "name": "Kim Jong Un", "events": 3},
        ],
        ("events_by_type", '{"relation": "ASSAULT"}'): [
            {"event_id": kontan_assault, "date": "2023-06-12", "source_id": "RUS", "target_id": "UKR",
             "article_id": "kontan-kim-putin"},
            {"event_id": voa_assault, "date": "2023-07-01", "source_id": "RUS", "target_id": "UKR",
             "article_id": "voa-en-1"},
        ],
        ("events_by_type", '{"relation": "ASSAULT", "since": "2023-06-13", "until": "2023-12-31"}'): [
            {"event_id": voa_assault, "date": "2023-07-01", "source_id": "RUS", "target_id": "UKR",
             "article_id": "voa-en-1"},
        ],
        ("events_by_type", '{"relation": "CONSULT"}'): [
            {"event_id": eid("voa-en-2", "CONSULT", "vladimir-putin", "kim-jong-un"), "date": "2023-09-13",
             "source_id": "vladimir-putin", "target_id": "kim-jong-un", "article_id": "voa-en-2"},
        ],
        ("edge_evidence", '{"source": "RUS", "relation": "ASSAULT", "target": "UKR"}'): [
            {"event_id": kontan_assault, "sentence": "Rusia menyerang Ukraina.", "article_id": "kontan-kim-putin",
             "article_title": "Kim Jong Un Siap Genggam Erat Tangan Putin", "date": "2023-06-12",
             "url": "https://example.org/kontan/kim-putin"},
            {"event_id": voa_assault, "sentence": "Russia attacked Ukraine again.", "article_id": "voa-en-1",
             "article_title": "US sanctions Russia", "date": "2023-07-01", "url": "https://example.org/voa/1"},
        ],
        ("edge_evidence", '{"source": "USA", "relation": "ASSAULT", "target": "RUS"}'): [],  # negated only
        ("two_hop_neighbourhood", '{"actor": "kim-jong-un"}'): [
            {"actor_id": "RUS", "name": "Russia", "hops": 1},
            {"actor_id": "vladimir-putin", "name": "Vladimir Putin", "hops": 1},
            {"actor_id": "NATO", "name": "NATO", "hops": 2},
            {"actor_id": "UKR", "name": "Ukraine", "hops": 2},
            {"actor_id": "USA", "name": "United States", "hops": 2},
        ],
        ("state_leaders", "{}"): [
            {"person_id": "kim-jong-un", "person_name": "Kim Jong Un", "country_iso3": "PRK",
             "role": "supreme leader", "from_date": "2011-12-17", "to_date": None},
            {"person_id": "vladimir-putin", "person_name": "Vladimir Putin", "country_iso3": "RUS",
             "role": "president", "from_date": "2000-05-07", "to_date": "2008-05-07"},
            {"person_id": "vladimir-putin", "person_name": "Vladimir Putin", "country_iso3": "RUS",
             "role": "president", "from_date": "2012-05-07", "to_date": None},
        ],
        ("articles_mentioning", '{"actor": "RUS"}'): [
            {"article_id": "kontan-kim-putin", "title": "Kim Jong Un Siap Genggam Erat Tangan Putin",
             "date": "2023-06-12", "url": "https://example.org/kontan/kim-putin", "events": 2},
            {"article_id": "voa-en-1", "title": "US sanctions Russia", "date": "2023-07-01",
             "url": "https://example.org/voa/1", "events": 3},
            {"article_id": "voa-en-2", "title": "NATO backs Ukraine", "date": "2023-08-15", "url": None,
             "events": 1},
        ],
        ("articles_mentioning", '{"actor": "UN"}'): [
            {"article_id": "quiet-day", "title": "A quiet day", "date": "2023-09-01", "url": None, "events": 0},
        ],
        ("conflict_dyads", "{}"): [
            {"source_id": "RUS", "target_id": "UKR", "events": 2, "goldstein_sum": -18.0},
            {"source_id": "RUS", "target_id": "NATO", "events": 1, "goldstein_sum": -6.0},
            {"source_id": "UKR", "target_id": "USA", "events": 1, "goldstein_sum": -5.0},
            {"source_id": "USA", "target_id": "RUS", "events": 1, "goldstein_sum": -4.0},
            {"source_id": "RUS", "target_id": "USA", "events": 1, "goldstein_sum": -2.0},
        ],
    }  # fmt: skip


CASES = sorted(expected())


def test_the_catalogue_has_the_ten_queries() -> None:
    queries = catalogue()
    assert set(NAMES) <= set(queries)
    for name in NAMES:
        assert queries[name].description and queries[name].columns
    assert [p.name for p in get_query("events_by_type").params] == ["relation", "since", "until"]
    assert get_query("events_by_type").param("since").default == "0001-01-01"
    assert get_query("most_active_actors").param("limit").default == 10


def test_every_query_is_covered() -> None:
    assert {name for name, _ in CASES} == set(NAMES)


@pytest.mark.parametrize("name,params", CASES, ids=[f"{n}{p}" for n, p in CASES])
def test_named_query_on_the_store(store: Path, name: str, params: str) -> None:
    rows = run_query(name, json.loads(params), store=store)
    assert rows == expected()[(name, params)]
    for row in rows:
        assert list(row) == list(get_query(name).columns)


@pytest.mark.parametrize("name,params", CASES, ids=[f"{n}{p}" for n, p in CASES])
def test_named_query_over_http_equals_the_store(store: Path, endpoint: Endpoint, name: str, params: str) -> None:
    assert run_query(name, json.loads(params), endpoint=endpoint.sparql) == run_query(name, json.loads(params),
                                                                                       store=store)


def test_limit_parameter(store: Path) -> None:
    assert len(run_query("conflict_dyads", {"limit": 2}, store=store)) == 2
    assert len(run_query("most_active_actors", {"limit": "1"}, store=store)) == 1


@pytest.mark.parametrize("hostile", [
    'RUS> } } ; DROP ALL ; SELECT * { <x',
    '" } UNION { ?s ?p ?o } #',
    "RUS\"^^<x> . } #\n",
    "$target",
])  # fmt: skip
def test_parameters_cannot_inject_sparql(store: Path, hostile: str) -> None:
    with pytest.raises(QueryError, match="no actor"):  # no actor has such a name or id
        run_query("who_acts_on", {"target": hostile}, store=store)
    text = sparql_text(get_query("who_acts_on"), {"target": hostile})
    assert hostile not in text  # it went in percent-encoded, as one IRI
    assert str(actor_iri(hostile)) in text


def test_relation_parameter_is_checked(store: Path) -> None:
    with pytest.raises(QueryError, match="not a PLOVER type"):
        run_query("who_acts_on", {"target": "RUS", "relation": 'SUPPORT" || true || "'}, store=store)
    with pytest.raises(QueryError, match="not a PLOVER type"):
        run_query("events_by_type", {"relation": ""}, store=store)


def test_bad_parameters_are_clear_errors(store: Path) -> None:
    with pytest.raises(QueryError, match=r"parameter target .* is required"):
        run_query("who_acts_on", {}, store=store)
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query("who_acts_on", {"target": "RUS", "colour": "red"}, store=store)
    with pytest.raises(QueryError, match="not an ISO date"):
        run_query("events_by_type", {"relation": "AID", "since": "2023-13-45"}, store=store)
    with pytest.raises(QueryError, match="not an integer"):
        run_query("conflict_dyads", {"limit": "ten"}, store=store)
    with pytest.raises(QueryError, match="no named query"):
        run_query("who_am_i", {}, store=store)
    with pytest.raises(QueryError, match="unknown query backend"):
        run_query("state_leaders", backend="gremlin", store=store)


def test_bound_parameters_are_plain_values() -> None:
    assert bind_params(get_query("events_by_type"), {"relation": "AID"}) == {
        "relation": "AID", "since": "0001-01-01", "until": "9999-12-31"}
    assert bind_params(get_query("conflict_dyads"), {"limit": "3"}) == {"limit": 3}


def test_query_command(store: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "graphbuild.cli", "query", *args], cwd=PROJECT,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    listed = run("--list")
    assert listed.returncode == 0 and all(name in listed.stdout for name in NAMES)
    as_json = run("who_acts_on", "--param", "target=UKR", "--param", "relation=ASSAULT", "--store", str(store),
                  "--format", "json")  # fmt: skip
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == expected()[("who_acts_on", '{"target": "UKR", "relation": "ASSAULT"}')]
    table = run("most_active_actors", "-p", "limit=2", "--store", str(store))
    assert table.returncode == 0 and "RUS" in table.stdout and "(2 rows)" in table.stdout
    as_csv = run("conflict_dyads", "-p", "limit=1", "--store", str(store), "-f", "csv")
    assert as_csv.stdout.splitlines() == ["source_id,target_id,events,goldstein_sum", "RUS,UKR,2,-18.0"]
    bad = run("who_acts_on", "--store", str(store))
    assert bad.returncode == 2 and "required" in bad.stderr

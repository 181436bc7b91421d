"""The SPARQL 1.1 endpoint, started for real (`graphbuild serve` in a subprocess) and queried over HTTP."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from graphbuild.rdf import load_output
from tests.fixtures import rdf_world
from tests.fixtures.rdf_server import Endpoint

GB = "https://w3id.org/graphbuild/ontology#"
ARTICLE_GRAPH = "https://w3id.org/graphbuild/graph/article/"
EVENTS = f"PREFIX gb: <{GB}> SELECT ?e WHERE {{ GRAPH ?g {{ ?e a gb:Event }} }} ORDER BY ?e"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
        "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = rdf_world.write_output(tmp_path_factory.mktemp("endpoint") / "out")
    load_output(out)
    return out / "rdf"


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def limited(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store, "--timeout", "1.5", "--max-rows", "3", "--workers", "1", "--cors", "https://example.org",
                      "--no-union-default-graph")  # fmt: skip
    yield server
    server.stop()


@pytest.fixture(scope="module")
def writable(store: Path) -> Iterator[Endpoint]:
    copy = store.parent.parent / "writable-rdf"
    shutil.copytree(store, copy)
    server = Endpoint(copy, "--allow-update", env={"GRAPHBUILD_SPARQL_TOKEN": "s3cret"})
    yield server
    server.stop()


def bindings(response_text: str) -> list[dict[str, str]]:
    data = json.loads(response_text)
    return [{name: cell["value"] for name, cell in row.items()} for row in data["results"]["bindings"]]


# ------------------------------------------------------------------ the three ways to send a query


def test_get_query(endpoint: Endpoint) -> None:
    response = endpoint.get(EVENTS)
    assert response.status == 200
    assert response.content_type == "application/sparql-results+json"
    assert len(bindings(response.text)) == 11


def test_post_form(endpoint: Endpoint) -> None:
    body = urllib.parse.urlencode({"query": EVENTS})
    response = endpoint.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 200 and len(bindings(response.text)) == 11


def test_post_direct(endpoint: Endpoint) -> None:
    response = endpoint.post_query(EVENTS)
    assert response.status == 200 and len(bindings(response.text)) == 11


def test_unicode_survives_the_round_trip(endpoint: Endpoint) -> None:
    query = f'PREFIX gb: <{GB}> SELECT ?s WHERE {{ GRAPH ?g {{ ?e gb:sentence ?s FILTER(CONTAINS(?s, "dukungan")) }} }}'
    rows = bindings(endpoint.get(query).text)
    assert rows == [{"s": "Kim memberikan dukungan penuh pada Rusia."}]
    literal = json.loads(endpoint.get(query).text)["results"]["bindings"][0]["s"]
    assert literal["xml:lang"] == "id"


# ------------------------------------------------------------------ content negotiation


def test_select_as_xml(endpoint: Endpoint) -> None:
    response = endpoint.get(EVENTS, accept="application/sparql-results+xml")
    assert response.content_type == "application/sparql-results+xml"
    root = ET.fromstring(response.body)
    assert [v.get("name") for v in root.iter(RESULTS_NS + "variable")] == ["e"]
    assert len(list(root.iter(RESULTS_NS + "result"))) == 11


def test_select_as_csv_and_tsv(endpoint: Endpoint) -> None:
    response = endpoint.get(EVENTS, accept="text/csv")
    assert response.content_type == "text/csv"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["e"] and len(rows) == 12 and rows[1][0].startswith("https://w3id.org/graphbuild/id/event/")
    response = endpoint.get(EVENTS, accept="text/tab-separated-values")
    lines = response.text.splitlines()
    assert response.content_type == "text/tab-separated-values"
    assert lines[0] == "?e" and lines[1].startswith("<https://w3id.org/graphbuild/id/event/")


@pytest.mark.parametrize("accept,expected", [
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
    ("text/tab-separated-values, text/csv;q=0.8", "text/tab-separated-values"),
])  # fmt: skip
def test_accept_q_values(endpoint: Endpoint, accept: str, expected: str) -> None:
    response = endpoint.get(EVENTS, accept=accept)
    assert response.status == 200 and response.content_type == expected


def test_ask_as_json_and_xml(endpoint: Endpoint) -> None:
    query = f"PREFIX gb: <{GB}> ASK {{ GRAPH ?g {{ ?e gb:eventType gb:ASSAULT }} }}"
    assert json.loads(endpoint.get(query).text)["boolean"] is True
    root = ET.fromstring(endpoint.get(query, accept="application/sparql-results+xml").body)
    assert root.find(RESULTS_NS + "boolean").text == "true"  # type: ignore[union-attr]
    assert endpoint.get(query, accept="text/csv").status == 406


@pytest.mark.parametrize("accept,parse_as", [(None, "turtle"), ("text/turtle", "turtle"),
                                             ("application/n-triples", "nt"), ("application/ld+json", "json-ld")])
def test_construct(endpoint: Endpoint, accept: str | None, parse_as: str) -> None:
    query = (f"PREFIX gb: <{GB}> CONSTRUCT {{ ?s gb:assaults ?o }} WHERE {{ GRAPH ?g {{ ?s gb:assaults ?o }} }}")
    response = endpoint.get(query, accept=accept)
    assert response.status == 200
    graph = rdflib.Graph().parse(data=response.text, format=parse_as)
    ukraine = rdflib.URIRef("https://w3id.org/graphbuild/id/actor/UKR")
    assert set(graph) == {(rdflib.URIRef("https://w3id.org/graphbuild/id/actor/RUS"), rdflib.URIRef(GB + "assaults"),
                           ukraine)}  # fmt: skip


def test_describe(endpoint: Endpoint) -> None:
    response = endpoint.get("DESCRIBE <https://w3id.org/graphbuild/id/actor/RUS> FROM "
                            "<https://w3id.org/graphbuild/graph/actors>", accept="text/turtle")  # fmt: skip
    assert response.status == 200 and response.content_type == "text/turtle"
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    assert (None, rdflib.URIRef(GB + "iso3"), rdflib.Literal("RUS")) in graph


def test_unacceptable_accept_is_406(endpoint: Endpoint) -> None:
    assert endpoint.get(EVENTS, accept="image/png").status == 406


# ------------------------------------------------------------------ errors


def test_malformed_query_is_400_with_the_parser_message(endpoint: Endpoint) -> None:
    response = endpoint.get("SELECT ?x WHERE { ?x ")
    assert response.status == 400
    assert "syntax error" in response.text and "error at 1:" in response.text


def test_repeated_query_parameter_is_400(endpoint: Endpoint) -> None:
    response = endpoint.request("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert response.status == 400 and "exactly one" in response.text


def test_updates_are_forbidden_when_read_only(endpoint: Endpoint) -> None:
    form = urllib.parse.urlencode({"update": "CLEAR ALL"})
    assert endpoint.request("POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"}
                            ).status == 403  # fmt: skip
    assert endpoint.request("POST", "/sparql", "CLEAR ALL", {"Content-Type": "application/sparql-update"}
                            ).status == 403  # fmt: skip
    assert endpoint.get(None, update="CLEAR ALL").status == 400
    assert len(bindings(endpoint.get(EVENTS).text)) == 11


def test_other_methods_are_405(endpoint: Endpoint) -> None:
    response = endpoint.request("PUT", "/sparql?query=ASK%7B%7D", b"", {"Content-Type": "text/plain"})
    assert response.status == 405 and "GET" in response.headers["allow"]


def test_unknown_path_is_404(endpoint: Endpoint) -> None:
    assert endpoint.request("GET", "/nothing").status == 404


# ------------------------------------------------------------------ dataset


def test_the_default_graph_is_the_union_of_the_named_graphs(endpoint: Endpoint, limited: Endpoint) -> None:
    query = f"PREFIX gb: <{GB}> SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a gb:Event }}"
    assert bindings(endpoint.get(query).text) == [{"n": "11"}]
    assert bindings(endpoint.get("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").text) != [{"n": "0"}]
    described = endpoint.get("DESCRIBE <https://w3id.org/graphbuild/id/actor/RUS>", accept="text/turtle")
    assert (None, rdflib.URIRef(GB + "iso3"), rdflib.Literal("RUS")) in rdflib.Graph().parse(data=described.text)
    assert bindings(limited.get(query).text) == [{"n": "0"}]  # --no-union-default-graph: the store's own, empty
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    for server, union in ((endpoint, True), (limited, False)):
        description = rdflib.Graph().parse(data=server.get(None).text, format="turtle")
        assert ((rdflib.URIRef(server.sparql), sd.feature, sd.UnionDefaultGraph) in description) is union


def test_default_graph_uri_picks_the_default_graph(endpoint: Endpoint) -> None:
    query = f"PREFIX gb: <{GB}> SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a gb:Event }}"
    one = endpoint.get(query, default_graph_uri=ARTICLE_GRAPH + "kontan-kim-putin")
    assert bindings(one.text) == [{"n": "3"}]
    two = endpoint.get(query, default_graph_uri=[ARTICLE_GRAPH + "kontan-kim-putin", ARTICLE_GRAPH + "voa-en-2"])
    assert bindings(two.text) == [{"n": "6"}]


def test_named_graph_uri_limits_graph_patterns(endpoint: Endpoint) -> None:
    query = f"PREFIX gb: <{GB}> SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?e a gb:Event }} }}"
    response = endpoint.get(query, named_graph_uri=ARTICLE_GRAPH + "voa-en-1")
    assert bindings(response.text) == [{"g": ARTICLE_GRAPH + "voa-en-1"}]
    assert endpoint.get(query, named_graph_uri="not an iri").status == 400


# ------------------------------------------------------------------ service description, page, CORS


def test_service_description(endpoint: Endpoint) -> None:
    response = endpoint.get(None)
    assert response.status == 200 and response.content_type == "text/turtle"
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(endpoint.sparql)
    assert (service, rdflib.RDF.type, sd.Service) in graph
    assert (service, sd.endpoint, service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in graph
    assert (service, sd.resultFormat, rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in graph


def test_query_page_is_offline(endpoint: Endpoint) -> None:
    response = endpoint.request("GET", "/")
    assert response.status == 200 and response.content_type == "text/html"
    page = response.text
    assert "<textarea" in page and 'fetch("sparql"' in page
    assert "<script src" not in page and "<link" not in page and "cdn" not in page.lower()


def test_no_cors_unless_asked(endpoint: Endpoint, limited: Endpoint) -> None:
    assert "access-control-allow-origin" not in endpoint.get(EVENTS).headers
    assert limited.get("ASK {}").headers["access-control-allow-origin"] == "https://example.org"
    preflight = limited.request("OPTIONS", "/sparql", headers={"Origin": "https://example.org",
                                                                "Access-Control-Request-Method": "POST"})
    assert preflight.status == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]


# ------------------------------------------------------------------ limits


def test_row_cap(limited: Endpoint) -> None:
    response = limited.get(EVENTS)
    assert response.status == 200
    assert len(bindings(response.text)) == 3
    assert response.headers["x-result-truncated"].startswith("true")


def test_timeout_cancels_the_query_and_the_server_goes_on(limited: Endpoint) -> None:
    started = time.monotonic()
    response = limited.get(SLOW)
    assert response.status == 503
    assert "timed out after 1.5 s" in response.text
    assert time.monotonic() - started < 15
    assert json.loads(limited.get("ASK {}").text)["boolean"] is True


# ------------------------------------------------------------------ updates, with a token


def test_updates_need_the_token(writable: Endpoint) -> None:
    update = 'INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> "c" } }'
    headers = {"Content-Type": "application/sparql-update"}
    assert writable.request("POST", "/sparql", update, headers).status == 401
    wrong = writable.request("POST", "/sparql", update, headers | {"Authorization": "Bearer nope"})
    assert wrong.status == 401 and "Bearer" in wrong.headers["www-authenticate"]
    assert json.loads(writable.get("ASK { GRAPH <urn:test> { <urn:a> ?p ?o } }").text)["boolean"] is False
    done = writable.request("POST", "/sparql", update, headers | {"Authorization": "Bearer s3cret"})
    assert done.status == 204
    assert json.loads(writable.get("ASK { GRAPH <urn:test> { <urn:a> ?p ?o } }").text)["boolean"] is True
    bad = writable.request("POST", "/sparql", "CLEAR XYZ", headers | {"Authorization": "Bearer s3cret"})
    assert bad.status == 400
    description = rdflib.Graph().parse(data=writable.get(None).text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (rdflib.URIRef(writable.sparql), sd.supportedLanguage, sd.SPARQL11Update) in description


def test_allow_update_without_a_token_refuses_to_start(store: Path) -> None:
    with pytest.raises(RuntimeError, match="needs a token"):
        Endpoint(store, "--allow-update", env={"GRAPHBUILD_SPARQL_TOKEN": ""})


def test_a_rebuilt_store_is_served_without_a_restart(tmp_path: Path) -> None:
    out = rdf_world.write_output(tmp_path / "out")
    load_output(out)
    server = Endpoint(out / "rdf", "--workers", "1")
    try:
        assert len(bindings(server.get(EVENTS).text)) == 11
        lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
        (out / "triples.jsonl").write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
        load_output(out)  # what `graphbuild build` does at its end
        assert len(bindings(server.get(EVENTS).text)) == 4
    finally:
        server.stop()


def test_loopback_server_refuses_foreign_host_names(endpoint: Endpoint) -> None:
    import http.client

    for host, expected in ((f"127.0.0.1:{endpoint.port}", 200), (f"localhost:{endpoint.port}", 200),
                           ("evil.example:80", 403)):  # fmt: skip
        connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
        connection.request("GET", "/sparql?query=ASK%7B%7D", headers={"Host": host})
        response = connection.getresponse()
        response.read()
        connection.close()
        assert response.status == expected, host

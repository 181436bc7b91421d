"""The W3C SPARQL 1.1 Protocol tests that apply to a read-only endpoint, as the project's own tests.

Each case is one request of the suite's manifest (w3c/rdf-tests, sparql/sparql11/protocol/manifest.ttl):
method, path (with `/sparql/` for the manifest's absolute path), body, headers, and the expected status class,
result format and boolean. The data files (data1-3.nt, W3C test-suite licence) are in
tests/fixtures/rdf_w3c_protocol/ and are loaded as named graphs under the IRIs the manifest labels them with.
"""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from tests.fixtures.rdf_server import Endpoint

DATA = Path(__file__).parent / "fixtures" / "rdf_w3c_protocol"
KASEI = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2F"
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
TABULAR = {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
           "text/tab-separated-values"}  # fmt: skip
BOOLEAN = {"application/sparql-results+xml", "application/sparql-results+json"}
RDF = {"application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"}


@dataclass
class Case:
    name: str
    method: str
    path: str
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 2  # the expected status class: 2 for 2xx (the manifest's 2xx-or-3xx), 4 for 4xx
    format: str | None = None  # "boolean", "tabular" or "RDF"
    boolean: bool | None = None


ASK_12 = ("ASK { <http://kasei.us/2009/09/sparql/data/data1.rdf> a ?type . "
          "<http://kasei.us/2009/09/sparql/data/data2.rdf> a ?type . }")  # fmt: skip
ASK_12_NAMED = ("ASK { GRAPH ?g1 { <http://kasei.us/2009/09/sparql/data/data1.rdf> a ?type } "
                "GRAPH ?g2 { <http://kasei.us/2009/09/sparql/data/data2.rdf> a ?type } }")  # fmt: skip
DEFAULT_12 = f"default-graph-uri={KASEI}data1.rdf&default-graph-uri={KASEI}data2.rdf"
NAMED_12 = f"named-graph-uri={KASEI}data1.rdf&named-graph-uri={KASEI}data2.rdf"
ENC_ASK_12 = ("ASK%20%7B%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf%3E%20a%20%3Ftype%20."
              "%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf%3E%20a%20%3Ftype%20.%20%7D")
ENC_ASK_12_NAMED = ("ASK%20%7B%20GRAPH%20%3Fg1%20%7B%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2F"
                    "data1.rdf%3E%20a%20%3Ftype%20%7D%20GRAPH%20%3Fg2%20%7B%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09"
                    "%2Fsparql%2Fdata%2Fdata2.rdf%3E%20a%20%3Ftype%20%7D%20%7D")  # fmt: skip
ASK_FULL = """ASK {
  <http://kasei.us/2009/09/sparql/data/data3.rdf> a ?type
  GRAPH ?g1 { <http://kasei.us/2009/09/sparql/data/data1.rdf> a ?type }
  GRAPH ?g2 { <http://kasei.us/2009/09/sparql/data/data2.rdf> a ?type }
}"""
ASK_FROM_3 = ("ASK FROM <http://kasei.us/2009/09/sparql/data/data3.rdf> { GRAPH ?g1 { "
              "<http://kasei.us/2009/09/sparql/data/data1.rdf> a ?type } GRAPH ?g2 { "
              "<http://kasei.us/2009/09/sparql/data/data2.rdf> a ?type } }")  # fmt: skip
CONFLICT_UPDATE = """PREFIX foaf:  <http://xmlns.com/foaf/0.1/>
WITH <http://example/addresses>
DELETE { ?person foaf:givenName 'Bill' }
INSERT { ?person foaf:givenName 'William' }
WHERE {
    ?person foaf:givenName 'Bill'
}"""

CASES = [
    Case("query_post_form", "POST", f"/sparql/?default-graph-uri={KASEI}data0.rdf", b"query=ASK%20%7B%7D",
         {"Content-Type": FORM}, format="boolean", boolean=True),
    Case("query_dataset_default_graphs_get", "GET", f"/sparql/?query={ENC_ASK_12}&{DEFAULT_12}",
         format="boolean", boolean=True),
    Case("query_dataset_default_graphs_post", "POST", f"/sparql/?{DEFAULT_12}", ASK_12.encode(),
         {"Content-Type": QUERY}, format="boolean", boolean=True),
    Case("query_dataset_named_graphs_post", "POST", f"/sparql/?{NAMED_12}", ASK_12_NAMED.encode(),
         {"Content-Type": QUERY}, format="boolean", boolean=True),
    Case("query_dataset_named_graphs_get", "GET", f"/sparql/?query={ENC_ASK_12_NAMED}&{NAMED_12}",
         format="boolean", boolean=True),
    Case("query_dataset_full", "POST", f"/sparql/?default-graph-uri={KASEI}data3.rdf&{NAMED_12}",
         ASK_FULL.encode(), {"Content-Type": QUERY}, format="boolean", boolean=True),
    Case("query_multiple_dataset", "POST", f"/sparql/?{NAMED_12}", ASK_FROM_3.encode(), {"Content-Type": QUERY},
         format="boolean", boolean=True),
    Case("query_get", "GET", f"/sparql/?query=ASK%20%7B%7D&default-graph-uri={KASEI}data0.rdf",
         format="boolean", boolean=True),
    Case("query_content_type_select", "POST", f"/sparql/?default-graph-uri={KASEI}data0.rdf",
         b"SELECT (1 AS ?value) {}", {"Content-Type": QUERY}, format="tabular"),
    Case("query_content_type_ask", "POST", f"/sparql/?default-graph-uri={KASEI}data0.rdf", b"ASK {}",
         {"Content-Type": QUERY}, format="boolean"),
    Case("query_content_type_describe", "POST", f"/sparql/?default-graph-uri={KASEI}data0.rdf",
         b"DESCRIBE <http://example.org/>", {"Content-Type": QUERY}, format="RDF"),
    Case("query_content_type_construct", "POST", f"/sparql/?default-graph-uri={KASEI}data0.rdf",
         b"CONSTRUCT { <s> <p> 1 } WHERE {}", {"Content-Type": QUERY}, format="RDF"),
    Case("query_post_direct", "POST", "/sparql/", b"ASK {}", {"Content-Type": QUERY}, format="boolean",
         boolean=True),
    Case("bad_query_method", "PUT", f"/sparql/?query=ASK%20%7B%7D&default-graph-uri={KASEI}data0.rdf", None,
         {"Content-Type": FORM}, status=4),
    Case("bad_multiple_queries", "GET", "/sparql/?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", status=4),
    Case("bad_query_wrong_media_type", "POST", "/sparql/", b"ASK {}", {"Content-Type": "text/plain"}, status=4),
    Case("bad_query_missing_form_type", "POST", "/sparql/", b"query=ASK%20%7B%7D", status=4),
    Case("bad_query_missing_direct_type", "POST", "/sparql/", b"ASK {}", status=4),
    Case("bad_query_non_utf8", "POST", "/sparql/", "ASK {}".encode("utf-16"),
         {"Content-Type": "application/sparql-query; charset=UTF-16"}, status=4),
    Case("bad_query_syntax", "GET", "/sparql/?query=ASK%20%7B", status=4),
    Case("bad_update_get", "GET", "/sparql/?update=CLEAR%20ALL", status=4),
    Case("bad_multiple_updates", "POST", "/sparql/", b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
         {"Content-Type": FORM}, status=4),
    Case("bad_update_wrong_media_type", "POST", "/sparql/", b"CLEAR NAMED", {"Content-Type": "text/plain"},
         status=4),
    Case("bad_update_missing_form_type", "POST", "/sparql/", b"update=CLEAR%20NAMED", status=4),
    Case("bad_update_non_utf8", "POST", "/sparql/", "CLEAR NAMED".encode("utf-16"),
         {"Content-Type": "application/sparql-update; charset=UTF-16"}, status=4),
    Case("bad_update_syntax", "POST", "/sparql/", b"update=CLEAR%20XYZ", {"Content-Type": FORM}, status=4),
    Case("bad_update_dataset_conflict", "POST", "/sparql/?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople",
         CONFLICT_UPDATE.encode(), {"Content-Type": UPDATE}, status=4),
]  # fmt: skip


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    folder = tmp_path_factory.mktemp("w3c") / "rdf"
    store = ox.Store(str(folder))
    for number in (1, 2, 3):
        graph = ox.NamedNode(f"http://kasei.us/2009/09/sparql/data/data{number}.rdf")
        store.load(path=str(DATA / f"data{number}.nt"), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    store.flush()
    del store
    server = Endpoint(folder)
    yield server
    server.stop()


def send(endpoint: Endpoint, case: Case) -> tuple[int, str, bytes]:
    """The request exactly as the manifest gives it (http.client adds no Content-Type of its own)."""
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=60)
    try:
        connection.request(case.method, case.path, body=case.body, headers=case.headers)
        response = connection.getresponse()
        return response.status, (response.getheader("Content-Type") or "").split(";")[0], response.read()
    finally:
        connection.close()


def boolean_of(content_type: str, body: bytes) -> bool:
    if content_type.endswith("json"):
        return bool(json.loads(body)["boolean"])
    node = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert node is not None
    return node.text == "true"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_w3c_protocol(endpoint: Endpoint, case: Case) -> None:
    status, content_type, body = send(endpoint, case)
    assert status // 100 in ((2, 3) if case.status == 2 else (4,)), (status, body[:300])
    if case.format == "boolean":
        assert content_type in BOOLEAN
        if case.boolean is not None:
            assert boolean_of(content_type, body) is case.boolean
    elif case.format == "tabular":
        assert content_type in TABULAR
        assert "value" in body.decode("utf-8")
    elif case.format == "RDF":
        assert content_type in RDF
        rdflib.Graph().parse(data=body.decode("utf-8"), format={"text/turtle": "turtle",
                                                                "application/n-triples": "nt"}[content_type])


# ------------------------------------------------------------------ update_* cases, with updates enabled

TOKEN = {"Authorization": "Bearer w3c-token"}
BASE_UPDATE = """CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ;
INSERT DATA { GRAPH <http://example.org/protocol-base-test/> {
  <http://example.org/s> <http://example.org/p> <test> } }"""
BASE_ASK = """ASK {
    GRAPH <http://example.org/protocol-base-test/> {
        <http://example.org/s> <http://example.org/p> ?o
        FILTER (isIRI(?o) && STR(?o) != "test")
    }
}"""

UPDATE_CASES = [
    [Case("update_post_form", "POST", "/sparql/", b"update=CLEAR+ALL", {"Content-Type": FORM} | TOKEN)],
    [Case("update_post_direct", "POST", "/sparql/", b"CLEAR ALL", {"Content-Type": UPDATE} | TOKEN)],
    [Case("update_base_uri", "POST", "/sparql/", BASE_UPDATE.encode(), {"Content-Type": UPDATE} | TOKEN),
     Case("update_base_uri (check)", "POST", "/sparql/", BASE_ASK.encode(), {"Content-Type": QUERY},
          format="boolean", boolean=True)],
    [Case("bad_update_syntax (authorised)", "POST", "/sparql/", b"update=CLEAR%20XYZ", {"Content-Type": FORM} | TOKEN,
          status=4)],
    [Case("bad_update_get (authorised)", "GET", "/sparql/?update=CLEAR%20ALL", None, TOKEN, status=4)],
    [Case("update without the token", "POST", "/sparql/", b"CLEAR ALL", {"Content-Type": UPDATE}, status=4)],
]  # fmt: skip


@pytest.fixture(scope="module")
def updatable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    folder = tmp_path_factory.mktemp("w3c-update") / "rdf"
    ox.Store(str(folder)).flush()
    server = Endpoint(folder, "--allow-update", "--token", "w3c-token")
    yield server
    server.stop()


@pytest.mark.parametrize("requests", UPDATE_CASES, ids=[requests[0].name for requests in UPDATE_CASES])
def test_w3c_protocol_updates(updatable: Endpoint, requests: list[Case]) -> None:
    for case in requests:
        status, content_type, body = send(updatable, case)
        assert status // 100 in ((2, 3) if case.status == 2 else (4,)), (case.name, status, body[:300])
        if case.boolean is not None:
            assert boolean_of(content_type, body) is case.boolean

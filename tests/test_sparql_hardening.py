"""The endpoint against hostile callers, for real (`graphbuild serve` in a subprocess, raw HTTP over loopback):
SERVICE (server-side request forgery), response and memory caps, never-ending queries, malformed requests,
slow clients, the Host header."""

from __future__ import annotations

import http.client
import http.server
import json
import re
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphbuild.rdf import load_output
from graphbuild.serve.guard import Refused, check_host, check_service, parse_host
from tests.fixtures import rdf_world
from tests.fixtures.rdf_server import Endpoint

PAIRS = "SELECT ?o1 ?o2 WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } }"  # 1,171² rows
ENDLESS = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
           "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")  # fmt: skip
HOG = ("SELECT * WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } } "
       "ORDER BY ?o1 ?o2 ?o3")  # fmt: skip


class Listener:
    """A local SPARQL-looking HTTP server that records every request it gets."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                listener.requests.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
                    {"x": {"type": "literal", "value": "from-remote"}}]}}).encode()  # fmt: skip
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = rdf_world.write_output(tmp_path_factory.mktemp("hardening") / "out")
    load_output(out)
    return out / "rdf"


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store, "--request-timeout", "2")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def federating(store: Path, listener: Listener) -> Iterator[Endpoint]:
    server = Endpoint(store, "--allow-service", listener.url)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def small(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store, "--max-bytes", "100000", "--max-rows", "100000000", "--worker-memory", "400")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def streaming(store: Path) -> Iterator[Endpoint]:
    server = Endpoint(store, "--max-bytes", "40000000", "--max-rows", "100000000")
    yield server
    server.stop()


def healthy(endpoint: Endpoint) -> bool:
    return json.loads(endpoint.get("ASK {}").text)["boolean"] is True


def raw(endpoint: Endpoint, data: bytes, wait: float = 10) -> bytes:
    """Send bytes as they are, return all the server sends until it closes (or `wait` passes)."""
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=wait) as sock:
        sock.sendall(data)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            pass
        return received


# ------------------------------------------------------------------ SERVICE


def service_queries(url: str) -> list[str]:
    base = url.rsplit("/", 1)[0] + "/"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{base}> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER(?s<?o)SERVICE#>\n<{url}> {{ ?a ?b ?c }} }}",
        f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} OPTIONAL {{ SERVICE <{url}> {{ ?s ?q ?r }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_and_nothing_is_fetched(endpoint: Endpoint, listener: Listener) -> None:
    for query in service_queries(listener.url):
        for response in (endpoint.get(query), endpoint.post_query(query),
                         endpoint.request("POST", "/sparql", urllib.parse.urlencode({"query": query}),
                                          {"Content-Type": "application/x-www-form-urlencoded"})):  # fmt: skip
            assert response.status == 400, (query, response.text)
            assert "SERVICE" in response.text
    assert listener.requests == []
    assert healthy(endpoint)


def test_the_word_service_elsewhere_is_not_a_service_call(endpoint: Endpoint) -> None:
    for query in ('SELECT ("SERVICE <http://127.0.0.1:9/>" AS ?x) {}', "SELECT ?service { BIND(<http://example.org/"
                  "service> AS ?service) }", "# SERVICE <http://127.0.0.1:9/> {}\nASK {}",
                  "PREFIX service: <http://example.org/> ASK { ?s service:x ?o }"):  # fmt: skip
        assert endpoint.get(query).status == 200, query


def test_allowed_service_endpoints_only(federating: Endpoint, listener: Listener) -> None:
    before = len(listener.requests)
    response = federating.get(f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?p ?o }} }}")
    assert response.status == 200, response.text
    assert "from-remote" in response.text
    assert len(listener.requests) > before  # the allow-listed endpoint is called
    other = listener.url.replace("/sparql", "/other")
    refused = federating.get(f"SELECT ?x WHERE {{ SERVICE <{other}> {{ ?x ?p ?o }} }}")
    assert refused.status == 400 and listener.url in refused.text
    assert not any("/other" in request for request in listener.requests)


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://a.example/> { ?s ?p ?o } }",
    "SELECT * { sErViCe <http://a.example/> { ?s ?p ?o } }",
    "SELECT * { \\u0073ervice <http://a.example/> { ?s ?p ?o } }",
    "SELECT * { \\U00000053ERVICE <http://a.example/> { ?s ?p ?o } }",
    "SELECT * { { SELECT * { SERVICE <http://a.example/> { ?s ?p ?o } } } }",
    "SELECT * { SERVICE <http://a.example/> { ?s ?p ?o } SERVICE <http://b.example/> { ?s ?p ?o } }",
])  # fmt: skip
def test_service_detection(text: str) -> None:
    with pytest.raises(Refused) as refused:
        check_service(text, update=False, allowed=())
    assert refused.value.status == 400
    if "b.example" not in text:
        check_service(text, update=False, allowed=("http://a.example/",))
    with pytest.raises(Refused):
        check_service(text, update=False, allowed=("http://c.example/",))


def test_service_in_an_update_is_refused() -> None:
    with pytest.raises(Refused):
        check_service("INSERT { ?s ?p ?o } WHERE { SERVICE <http://a.example/> { ?s ?p ?o } }", update=True, allowed=())
    check_service("INSERT DATA { <http://x/service> <http://x/p> 'service' }", update=True, allowed=())


# ------------------------------------------------------------------ response bytes and worker memory


def test_a_result_over_the_byte_cap_is_a_clear_error(small: Endpoint) -> None:
    response = small.get(PAIRS)
    assert response.status == 507
    assert "100000 bytes" in response.text and "--max-bytes" in response.text
    assert healthy(small)


def test_a_streamed_result_over_the_cap_is_cut_visibly_and_the_server_holds_no_copy(streaming: Endpoint) -> None:
    def peak_rss_kb() -> int:
        status = Path(f"/proc/{streaming.process.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]

    complete = streaming.get(PAIRS + " LIMIT 20000")  # over 1 MiB: streamed, and whole
    assert complete.status == 200 and "content-length" not in complete.headers
    assert len(json.loads(complete.text)["results"]["bindings"]) == 20000
    before = peak_rss_kb()
    connection = http.client.HTTPConnection("127.0.0.1", streaming.port, timeout=120)
    connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": PAIRS}))
    response = connection.getresponse()
    assert response.status == 200
    with pytest.raises(http.client.IncompleteRead) as cut:
        response.read()
    connection.close()
    body = cut.value.partial
    assert 39_000_000 < len(body) < 40_100_000
    assert body.rstrip().endswith(b"this result is incomplete") and b"40000000-byte cap (--max-bytes)" in body
    assert peak_rss_kb() - before < 15_000  # 40 MB went through; the server never held it
    assert healthy(streaming)


def test_a_client_leaving_mid_stream_frees_its_worker(streaming: Endpoint) -> None:
    for _ in range(3):  # more than the two workers: each abandoned one must be replaced
        with socket.create_connection(("127.0.0.1", streaming.port), timeout=30) as sock:
            sock.sendall(f"GET /sparql?{urllib.parse.urlencode({'query': PAIRS})} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "\r\n".encode())  # fmt: skip
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    started = time.monotonic()
    assert healthy(streaming) and time.monotonic() - started < 10


def test_a_query_over_the_worker_memory_cap_fails_alone(small: Endpoint) -> None:
    started = time.monotonic()
    response = small.get(HOG)
    assert response.status == 500 and "out of memory" in response.text
    assert time.monotonic() - started < 20
    assert healthy(small)


# ------------------------------------------------------------------ never-ending queries


def test_never_ending_queries_do_not_block_everyone(store: Path) -> None:
    server = Endpoint(store, "--workers", "2", "--timeout", "8")
    try:
        answers: list[int] = []
        threads = [threading.Thread(target=lambda: answers.append(server.get(ENDLESS).status)) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(1.5)
        started = time.monotonic()
        assert healthy(server)
        assert time.monotonic() - started < 6
        for thread in threads:
            thread.join(60)
        assert answers == [503, 503]
        assert healthy(server)
    finally:
        server.stop()


# ------------------------------------------------------------------ HTTP: framing, slow clients, Host


@pytest.mark.parametrize("length", ["-5", "abc", "1e3", "5, 7"])
def test_a_bad_content_length_is_400_without_a_traceback(endpoint: Endpoint, length: str) -> None:
    answer = raw(endpoint, f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query"
                           f"\r\nContent-Length: {length}\r\n\r\nASK {{}}".encode())  # fmt: skip
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]
    assert "Traceback" not in endpoint.log.read_text()
    assert healthy(endpoint)


def test_slow_clients_are_cut_off(endpoint: Endpoint) -> None:
    started = time.monotonic()
    assert raw(endpoint, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n", wait=30) == b""
    assert time.monotonic() - started < 10  # --request-timeout 2: the unfinished head is dropped
    started = time.monotonic()
    answer = raw(endpoint, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: 100\r\n\r\nASK", wait=30)  # fmt: skip
    assert answer.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 10
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=30) as sock:  # idle keep-alive: closed
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answer = b""
        while not answer.endswith(b'"boolean": true}'):
            answer += sock.recv(65536)
        started = time.monotonic()
        assert sock.recv(65536) == b"" and time.monotonic() - started < 15
    assert healthy(endpoint)


@pytest.mark.parametrize("host,status", [("localhost:1@evil.example", 400), ("evil.example", 403),
                                         ("127.0.0.1.evil.example", 403), ("localhost:99999", 400),
                                         ("[::1]", 200), ("LOCALHOST", 200), ("local host", 400)])  # fmt: skip
def test_host_header(endpoint: Endpoint, host: str, status: int) -> None:
    answer = raw(endpoint, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
                           .encode())  # fmt: skip
    assert answer.startswith(f"HTTP/1.1 {status}".encode()), answer[:200]


def test_a_request_without_host_is_400(endpoint: Endpoint) -> None:
    answer = raw(endpoint, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400")


def test_host_checks() -> None:
    assert parse_host("Example.org:8080") == "example.org" and parse_host("[::1]:7878") == "::1"
    for bad in ("localhost:1@evil.example", "a b", "x:", "x:-1", "[::1", "evil.example/", ""):
        with pytest.raises(Refused):
            parse_host(bad)
    with pytest.raises(Refused) as refused:
        check_host("sparql.example.org", frozenset({"localhost"}))
    assert refused.value.status == 403
    check_host("sparql.example.org", None)


def test_the_listen_backlog_is_large(endpoint: Endpoint) -> None:
    listing = subprocess.run(["ss", "-ltnH", f"sport = :{endpoint.port}"], capture_output=True, text=True,
                             check=True).stdout.split()  # fmt: skip
    assert int(listing[2]) >= 1024  # ss: State Recv-Q Send-Q(= the backlog) Local Peer

"""A SPARQL 1.1 Protocol endpoint over the pyoxigraph store, on the standard library's HTTP server.

    graphbuild serve --store out/rdf --port 7878      # then http://127.0.0.1:7878/ (query page), /sparql

GET /sparql?query=... , POST application/x-www-form-urlencoded (query=...), POST application/sparql-query;
default-graph-uri / named-graph-uri; results by Accept (q-values); a service description for GET /sparql
without a query. Read-only unless started with `allow_update` and a token (Authorization: Bearer TOKEN).
"""

from __future__ import annotations

import hmac
import signal
import sys
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from graphbuild import __version__
from graphbuild.serve import results
from graphbuild.serve.page import PAGE_HTML
from graphbuild.serve.worker import Job, Reply, WorkerPool

MAX_BODY = 10 * 1024 * 1024
LOOPBACK = ("127.0.0.1", "localhost", "::1")
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


@dataclass
class ServeOptions:
    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    workers: int = 2
    allow_update: bool = False
    token: str | None = None
    cors: str | None = None
    union_default_graph: bool = False
    quiet: bool = False
    out: str | None = None  # a build's output folder: the review page at /review (graphbuild.serve.review)
    corrections: str | None = None
    allow_corrections: bool = False
    review_token: str | None = None

    def check(self) -> None:
        if not Path(self.store).is_dir():
            raise FileNotFoundError(f"{self.store}: no RDF store here (build with --rdf or `graphbuild rdf load`)")
        if self.allow_update and not self.token:
            raise ValueError("--allow-update needs a token (--token or GRAPHBUILD_SPARQL_TOKEN): updates are "
                             "accepted only with Authorization: Bearer TOKEN")  # fmt: skip
        if self.timeout <= 0 or self.max_rows <= 0:
            raise ValueError("--timeout and --max-rows must be positive")


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _media_type(header: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    if not header:
        return "", None
    parts = [part.strip() for part in header.split(";")]
    charset = None
    for part in parts[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return parts[0].lower(), charset


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"{what} is not valid UTF-8: {error}") from None


def _parse_form(text: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError) as error:
        raise ProtocolError(400, f"malformed form data: {error}") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(400, f"the {name!r} parameter is given {len(values)} times; give exactly one")
    return values[0] if values else None


def _iris(params: dict[str, list[str]], name: str) -> list[str]:
    from pyoxigraph import NamedNode

    iris = params.get(name, [])
    for iri in iris:
        try:
            NamedNode(iri)
        except ValueError as error:
            raise ProtocolError(400, f"{name}: {iri!r} is not an IRI: {error}") from None
    return iris


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, options: ServeOptions, pool: WorkerPool, review: Any = None) -> None:
        self.options, self.pool, self.review = options, pool, review
        super().__init__((options.host, options.port), SparqlHandler)

    @property
    def endpoint_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = f"graphbuild-sparql/{__version__}"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.options.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        if reply.status != 204:
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.server.options.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.options.cors)
            self.send_header("Vary", "Origin")
        self.end_headers()
        if reply.status != 204 and self.command != "HEAD":
            self.wfile.write(reply.body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        reply = Reply.text(status, message)
        reply.headers.update(headers or {})
        self._send(reply)

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                raise ProtocolError(411, "send a Content-Length (chunked bodies are not accepted)")
            return b""
        try:
            size = int(length)
        except ValueError:
            raise ProtocolError(400, "bad Content-Length") from None
        if size > MAX_BODY:
            raise ProtocolError(413, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(size)

    def _path(self) -> tuple[str, dict[str, list[str]]]:
        parsed = urllib.parse.urlsplit(self.path)
        return parsed.path.rstrip("/") or "/", _parse_form(parsed.query)

    # ------------------------------------------------------------------ methods

    def do_GET(self) -> None:
        self._handle("GET")

    def do_HEAD(self) -> None:
        self._handle("HEAD")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_OPTIONS(self) -> None:
        reply = Reply(204, headers={"Allow": "GET, POST, OPTIONS"})
        if self.server.options.cors:
            reply.headers.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                  "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
                                  "Access-Control-Max-Age": "600"})  # fmt: skip
        self._send(reply)

    def _not_allowed(self) -> None:
        self._body()
        self._error(405, f"{self.command} is not a SPARQL protocol method; use GET or POST",
                    {"Allow": "GET, POST, OPTIONS"})  # fmt: skip

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _local_host_ok(self) -> bool:
        """Bound to loopback, answer only requests addressed to a loopback name: a web page that rebinds its
        own domain name to 127.0.0.1 (DNS rebinding) must not read the store through the victim's browser."""
        if self.server.options.host not in LOOPBACK:
            return True
        host = (self.headers.get("Host") or "").strip()
        name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0] if ":" in host else host
        return not host or name.lower() in LOOPBACK

    def _handle(self, method: str) -> None:
        try:
            if not self._local_host_ok():
                self._body()
                self._error(403, "this endpoint serves only requests to localhost / 127.0.0.1 (Host header)")
                return
            path, params = self._path()
            if path == "/review" or path.startswith("/review/"):
                self._send(self._review(method, params))
                return
            if path == "/" and method in ("GET", "HEAD"):
                self._send(Reply(200, "text/html; charset=utf-8", PAGE_HTML.encode("utf-8")))
                return
            if path != "/sparql":
                self._body()
                self._error(404, f"nothing at {path}; the SPARQL endpoint is /sparql, a query page is at /")
                return
            self._send(self._sparql(method, params))
        except ProtocolError as error:
            self.close_connection = True  # the body may be unread: do not parse it as the next request
            self._error(error.status, str(error))
        except BrokenPipeError:
            pass

    def _review(self, method: str, params: dict[str, list[str]]) -> Reply:
        body = self._body()
        if self.server.review is None:
            return Reply.text(404, "no review page: start serve with --out OUT (a build's output folder)")
        answer = self.server.review.handle(method, urllib.parse.urlsplit(self.path).path, params,
                                           dict(self.headers.items()), body)  # fmt: skip
        return Reply(answer.status, answer.content_type, answer.body, answer.headers)

    # ------------------------------------------------------------------ the protocol

    def _sparql(self, method: str, params: dict[str, list[str]]) -> Reply:
        if method in ("GET", "HEAD"):
            if "update" in params:
                raise ProtocolError(400, "an update must be sent with POST")
            query = _one(params, "query")
            if query is None:
                return self._service_description()
            return self._query(query, params)
        media_type, charset = _media_type(self.headers.get("Content-Type"))
        body = self._body()
        if charset not in (None, "utf-8", "utf8"):
            raise ProtocolError(400, f"the body must be UTF-8, not {charset}")
        if media_type == FORM:
            form = _parse_form(_decode(body, "the form body"))
            merged = {key: params.get(key, []) + form.get(key, []) for key in set(params) | set(form)}
            query, update = _one(merged, "query"), _one(merged, "update")
            if (query is None) == (update is None):
                raise ProtocolError(400, "a form POST needs exactly one 'query' or 'update' parameter")
            return self._query(query, merged) if query is not None else self._update(update or "", merged)
        if media_type == SPARQL_QUERY:
            if "query" in params:
                raise ProtocolError(400, "the query is the body; do not also give a 'query' parameter")
            return self._query(_decode(body, "the query"), params)
        if media_type == SPARQL_UPDATE:
            return self._update(_decode(body, "the update"), params)
        if not media_type:
            raise ProtocolError(400, "a POST needs a Content-Type: application/x-www-form-urlencoded, "
                                     "application/sparql-query or application/sparql-update")  # fmt: skip
        raise ProtocolError(415, f"unsupported Content-Type {media_type!r}; use {FORM}, {SPARQL_QUERY} or "
                                 f"{SPARQL_UPDATE}")  # fmt: skip

    def _query(self, text: str, params: dict[str, list[str]]) -> Reply:
        accept = self.headers.get("Accept")
        if results.negotiate(accept, results.ALL_TYPES) is None:
            return Reply.text(406, "Not Acceptable: this endpoint answers in " + ", ".join(results.ALL_TYPES))
        default, named = _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri")
        dataset = (default, named) if default or named else None
        options = self.server.options
        # Relative IRIs in a query resolve against the endpoint's own URL (RFC 3986 retrieval URI).
        job = Job("query", text, accept=accept, dataset=dataset, union_default_graph=options.union_default_graph,
                  max_rows=options.max_rows, base_iri=self.server.endpoint_url)  # fmt: skip
        return self.server.pool.run(job)

    def _update(self, text: str, params: dict[str, list[str]]) -> Reply:
        options = self.server.options
        if not options.allow_update:
            return Reply.text(403, "this endpoint is read-only (start it with --allow-update and a token)")
        given = self.headers.get("Authorization", "")
        expected = f"Bearer {options.token}"
        if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
            return Reply(401, body=b"updates need Authorization: Bearer TOKEN\n",
                         headers={"WWW-Authenticate": 'Bearer realm="graphbuild"'})  # fmt: skip
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            raise ProtocolError(400, "using-graph-uri / using-named-graph-uri are not supported; "
                                     "write USING / WITH in the update")  # fmt: skip
        return self.server.pool.run(Job("update", text, base_iri=self.server.endpoint_url))

    def _service_description(self) -> Reply:
        media_type = results.negotiate(self.headers.get("Accept"), results.GRAPH_TYPES)
        if media_type is None:
            return Reply.text(406, "Not Acceptable: the service description is RDF: " + ", ".join(results.GRAPH_TYPES))
        triples = service_description(self.server.endpoint_url, self.server.options)
        return Reply(200, media_type + "; charset=utf-8", results.graph_bytes(media_type, triples, SD_PREFIXES))


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
SD_PREFIXES = {"sd": SD, "formats": FORMATS, "dcterms": "http://purl.org/dc/terms/"}


def service_description(endpoint: str, options: ServeOptions) -> list[Any]:
    """The SPARQL 1.1 Service Description of this endpoint, as triples."""
    from pyoxigraph import BlankNode, Literal, NamedNode, Triple

    from graphbuild.rdf.vocab import ACTORS_GRAPH_IRI, ONTOLOGY_IRI

    service, dataset, default = NamedNode(endpoint), BlankNode("dataset"), BlankNode("default")
    a = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> NamedNode:
        return NamedNode(SD + name)

    triples = [
        Triple(service, a, sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, NamedNode("http://purl.org/dc/terms/description"),
               Literal(f"graphbuild {__version__} SPARQL endpoint: one named graph per article, actors in "
                       f"<{ACTORS_GRAPH_IRI}>, the ontology in <{ONTOLOGY_IRI}>. Read-only"
                       + ("" if not options.allow_update else " unless authorised")
                       + f"; queries time out after {options.timeout:g} s; at most {options.max_rows} rows.")),
        Triple(service, sd("defaultDataset"), dataset),
        Triple(dataset, a, sd("Dataset")),
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, a, sd("Graph")),
    ]  # fmt: skip
    if options.allow_update:
        triples.append(Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if options.union_default_graph:
        triples.append(Triple(service, sd("feature"), sd("UnionDefaultGraph")))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):  # fmt: skip
        triples.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS + name)))
    for index, iri in enumerate((ACTORS_GRAPH_IRI, ONTOLOGY_IRI)):
        named = BlankNode(f"named{index}")
        triples += [Triple(dataset, sd("namedGraph"), named), Triple(named, a, sd("NamedGraph")),
                    Triple(named, sd("name"), NamedNode(iri))]  # fmt: skip
    return triples


def review_app(options: ServeOptions) -> Any:
    """The review application for `options.out`, or None when no output folder was given."""
    if not options.out:
        return None
    from graphbuild.serve.review import Review, ReviewOptions

    return Review(ReviewOptions(out=options.out, corrections=options.corrections,
                                allow_corrections=options.allow_corrections, token=options.review_token))


def make_server(options: ServeOptions) -> SparqlServer:
    """A bound server with its worker pool started (call `serve_forever`, then `shutdown_server`)."""
    options.check()
    review = review_app(options)
    pool = WorkerPool(str(options.store), size=options.workers, writable=options.allow_update,
                      timeout=options.timeout)  # fmt: skip
    try:
        return SparqlServer(options, pool, review)
    except OSError:
        pool.close()
        raise


def shutdown_server(server: SparqlServer) -> None:
    server.shutdown()
    server.server_close()
    server.pool.close()


def _stop(_signal: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def serve(options: ServeOptions) -> None:
    """Serve until interrupted."""
    server = make_server(options)
    print(f"graphbuild SPARQL endpoint on {server.endpoint_url} (query page: {server.endpoint_url[:-7]}/); "
          f"{'updates allowed with the token' if options.allow_update else 'read-only'}; Ctrl-C stops",
          file=sys.stderr, flush=True)  # fmt: skip
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    signal.signal(signal.SIGTERM, _stop)
    try:
        thread.join()
    except KeyboardInterrupt:
        pass
    finally:
        shutdown_server(server)


__all__ = ["ServeOptions", "SparqlServer", "make_server", "serve", "service_description",
           "shutdown_server"]  # fmt: skip

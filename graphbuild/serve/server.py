"""`graphbuild serve`: the SPARQL endpoint (graphbuild/serve/app.py) on uvicorn, with query worker processes.

    graphbuild serve --store out/rdf --port 7878      # then http://127.0.0.1:7878/ (query page), /sparql

The HTTP layer is uvicorn (httptools parser): malformed requests (a negative or garbage Content-Length, bad
framing) get its 400 without reaching the app; idle keep-alive connections close after `keep_alive` seconds,
and a connection that has not sent a whole request head within `request_timeout` seconds is closed (uvicorn
has no such timer of its own: `_HeadTimeoutProtocol`). The listen backlog is `backlog` (default 2048).
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild import __version__
from graphbuild.serve.app import Context, build_app, quiet_aborts
from graphbuild.serve.guard import WILDCARD
from graphbuild.serve.worker import WorkerPool


@dataclass
class ServeOptions:
    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    queue_timeout: float = 120.0
    max_rows: int = 10_000
    max_bytes: int = 64 * 1024 * 1024
    workers: int = 2
    max_workers: int | None = None  # default workers + 4: spare processes while some run slow queries
    worker_memory_mb: int = 2048
    allow_update: bool = False
    token: str | None = None
    cors: str | None = None
    union_default_graph: bool = True
    allow_service: tuple[str, ...] = ()
    allow_host: tuple[str, ...] = ()
    request_timeout: float = 20.0
    keep_alive: int = 5
    backlog: int = 2048
    max_connections: int = 1000
    quiet: bool = False
    out: str | None = None  # a build's output folder: the review page at /review (graphbuild.serve.review)
    corrections: str | None = None  # the corrections file the review page appends to
    allow_corrections: bool = False
    review_token: str | None = None

    def check(self) -> None:
        if not Path(self.store).is_dir():
            raise FileNotFoundError(f"{self.store}: no RDF store here (build with --rdf or `graphbuild rdf load`)")
        if self.allow_update and not self.token:
            raise ValueError("--allow-update needs a token (--token or GRAPHBUILD_SPARQL_TOKEN): updates are "
                             "accepted only with Authorization: Bearer TOKEN")  # fmt: skip
        if min(self.timeout, self.queue_timeout, self.max_rows, self.max_bytes, self.request_timeout) <= 0:
            raise ValueError("--timeout, --queue-timeout, --max-rows, --max-bytes and --request-timeout must be "
                             "positive")  # fmt: skip
        for url in self.allow_service:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"--allow-service {url!r}: give the endpoint's full http(s) URL")
        if self.out:
            self.review_options().check()

    def review_options(self) -> Any:
        from graphbuild.serve.review import ReviewOptions

        return ReviewOptions(out=str(self.out), corrections=self.corrections,
                             allow_corrections=self.allow_corrections, token=self.review_token)  # fmt: skip


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
                       + f"; queries time out after {options.timeout:g} s; at most {options.max_rows} rows and "
                       f"{options.max_bytes} bytes per result; SERVICE "
                       + ("refused." if not options.allow_service else "only to " + ", ".join(options.allow_service)))),
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


def _head_timeout_protocol(seconds: float) -> type:
    """uvicorn's httptools protocol with a deadline for each request head (slow-header clients)."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class _HeadTimeoutProtocol(HttpToolsProtocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            pipelined = bool(self.pipeline)
            super().on_response_complete()
            if not pipelined and not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(seconds, self._expire)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _expire(self) -> None:
            if not self.transport.is_closing():
                self.transport.close()

    return _HeadTimeoutProtocol


def bind(options: ServeOptions) -> socket.socket:
    """A listening socket on the configured address (port 0: any free port)."""
    family, kind, proto, _name, address = socket.getaddrinfo(options.host, options.port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(options.backlog)
    except OSError:
        sock.close()
        raise
    return sock


def endpoint_url(options: ServeOptions, sock: socket.socket) -> str:
    host = "127.0.0.1" if options.host in WILDCARD else options.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{sock.getsockname()[1]}/sparql"


def uvicorn_server(options: ServeOptions, context: Context) -> Any:
    import uvicorn

    quiet_aborts()
    app = build_app(context, review_routes(options))
    config = uvicorn.Config(app, http=_head_timeout_protocol(options.request_timeout),
                            lifespan="off", backlog=options.backlog, timeout_keep_alive=options.keep_alive,
                            limit_concurrency=options.max_connections, timeout_graceful_shutdown=5,
                            log_level="warning" if options.quiet else "info", access_log=not options.quiet,
                            server_header=False, date_header=False)  # fmt: skip
    return uvicorn.Server(config)


def review_routes(options: ServeOptions) -> list[Any]:
    """The review page's routes (graphbuild.serve.review) when serve was given an output folder."""
    if not options.out:
        return []
    from graphbuild.serve.review import Review, starlette_routes

    return starlette_routes(Review(options.review_options()), options.request_timeout)


class _Running:
    """The server's state while `_main` runs (for `serve`'s signal handler and `start_server`)."""

    def __init__(self) -> None:
        self.server: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ready = threading.Event()
        self.error: BaseException | None = None


async def _main(options: ServeOptions, sock: socket.socket, running: _Running) -> None:
    pool = WorkerPool(options.store, size=options.workers, writable=options.allow_update, timeout=options.timeout,
                      max_size=options.max_workers, memory_mb=options.worker_memory_mb,
                      queue_timeout=options.queue_timeout)  # fmt: skip
    await pool.start()
    try:
        running.server = uvicorn_server(options, Context(options, pool, endpoint_url(options, sock)))
        running.loop = asyncio.get_running_loop()
        running.ready.set()
        await running.server.serve(sockets=[sock])
    finally:
        await pool.close()


def serve(options: ServeOptions) -> None:
    """Serve until interrupted (SIGINT, SIGTERM)."""
    import signal

    options.check()
    sock = bind(options)
    running = _Running()

    def interrupt(_signal: int, _frame: Any) -> None:
        if running.server is None:  # still starting; once serving, uvicorn handles the signal and re-raises it
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, interrupt)
    url = endpoint_url(options, sock)
    print(f"graphbuild SPARQL endpoint on {url} (query page: {url[:-7]}/); "
          f"{'updates allowed with the token' if options.allow_update else 'read-only'}; Ctrl-C stops",
          file=sys.stderr, flush=True)  # fmt: skip
    try:
        asyncio.run(_main(options, sock, running))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


class ServerThread:
    """The endpoint running in a background thread of this process (benchmarks): `endpoint_url`, `stop()`."""

    def __init__(self, options: ServeOptions) -> None:
        options.check()
        self.sock = bind(options)
        self.endpoint_url = endpoint_url(options, self.sock)
        self._running = _Running()
        self._thread = threading.Thread(target=self._run, args=(options,), daemon=True)
        self._thread.start()
        self._running.ready.wait(120)
        if self._running.error is not None:
            raise self._running.error
        while not self._running.server.started:
            threading.Event().wait(0.02)

    def _run(self, options: ServeOptions) -> None:
        try:
            asyncio.run(_main(options, self.sock, self._running))
        except BaseException as error:
            self._running.error = error
            self._running.ready.set()

    def stop(self) -> None:
        server, loop = self._running.server, self._running.loop
        if server is not None and loop is not None:
            loop.call_soon_threadsafe(setattr, server, "should_exit", True)
        self._thread.join(30)
        self.sock.close()


__all__ = ["ServeOptions", "ServerThread", "serve", "service_description"]

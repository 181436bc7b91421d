"""The endpoint as an ASGI app (Starlette): the SPARQL 1.1 Protocol at /sparql, the query page at /.

GET /sparql?query=... , POST application/x-www-form-urlencoded (query=...), POST application/sparql-query;
default-graph-uri / named-graph-uri; results by Accept (q-values); a service description for GET /sparql
without a query. Read-only unless started with `allow_update` and a token (Authorization: Bearer TOKEN).

More pages: `build_app(context, extra_routes=[Route("/review", review, methods=["GET", "POST"])])`; every
route is behind the same Host check and CORS policy (`Guard`), and reaches the options and the worker pool as
`request.app.state.context`.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import urllib.parse
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graphbuild.serve import results
from graphbuild.serve.guard import Refused, allowed_hosts, check_host, check_service
from graphbuild.serve.page import PAGE_HTML
from graphbuild.serve.worker import End, Head, Job, Reply, WorkerPool

if TYPE_CHECKING:
    from graphbuild.serve.server import ServeOptions

MAX_BODY = 10 * 1024 * 1024
STREAM_AFTER = 1024 * 1024  # a result up to this size is sent whole, with Content-Length and its headers
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
ALLOW = "GET, POST, OPTIONS"


@dataclass
class Context:
    """What a request handler needs: the options, the worker pool and the endpoint's own URL."""

    options: ServeOptions
    pool: WorkerPool
    endpoint_url: str


# ---------------------------------------------------------------------------------------------- helpers


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
        raise Refused(400, f"{what} is not valid UTF-8: {error}") from None


def _parse_form(text: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError) as error:
        raise Refused(400, f"malformed form data: {error}") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise Refused(400, f"the {name!r} parameter is given {len(values)} times; give exactly one")
    return values[0] if values else None


def _iris(params: dict[str, list[str]], name: str) -> list[str]:
    from pyoxigraph import NamedNode

    iris = params.get(name, [])
    for iri in iris:
        try:
            NamedNode(iri)
        except ValueError as error:
            raise Refused(400, f"{name}: {iri!r} is not an IRI: {error}") from None
    return iris


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return reply_response(Reply.text(status, message), headers)


def reply_response(reply: Reply, headers: dict[str, str] | None = None) -> Response:
    merged = reply.headers | (headers or {})
    if reply.status == 204:
        return Response(status_code=204, headers=merged)
    return Response(reply.body, reply.status, merged | {"content-type": reply.content_type})


async def read_body(request: Request, timeout: float) -> bytes:
    """The request body, at most MAX_BODY bytes, received within `timeout` seconds."""
    declared = request.headers.get("content-length")
    if declared is not None and int(declared) > MAX_BODY:
        raise Refused(413, f"request body over {MAX_BODY} bytes")

    async def collect() -> bytes:
        parts, size = [], 0
        async for part in request.stream():
            size += len(part)
            if size > MAX_BODY:
                raise Refused(413, f"request body over {MAX_BODY} bytes")
            parts.append(part)
        return b"".join(parts)

    try:
        return await asyncio.wait_for(collect(), timeout)
    except TimeoutError:
        raise Refused(408, f"the request body did not arrive within {timeout:g} s") from None
    except ClientDisconnect:
        raise Refused(400, "the client went away while sending the body") from None


# ---------------------------------------------------------------------------------------------- running a job


class ResultAborted(Exception):
    """Raised inside a streamed body to end the connection without the last chunk: the client sees a cut
    transfer, not a complete-looking result. Its log record is filtered out (see `quiet_aborts`)."""


class _DropAborts(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ResultAborted))


def quiet_aborts() -> None:
    logging.getLogger("uvicorn.error").addFilter(_DropAborts())


def _marker(message: str) -> bytes:
    return f"\n\n#### graphbuild: ERROR: {message}; this result is incomplete\n".encode()


async def _rest(parts: list[bytes], stream: AsyncIterator[Any], max_bytes: int) -> AsyncIterator[bytes]:
    try:
        yield b"".join(parts)
        async for message in stream:
            if isinstance(message, bytes):
                yield message
            elif isinstance(message, End):
                if message.over_cap or message.error:
                    yield _marker(message.error or f"the response reached the {max_bytes}-byte cap (--max-bytes)")
                    raise ResultAborted
                return
    finally:
        await stream.aclose()  # type: ignore[attr-defined]


def _finished(head: Head, parts: list[bytes], end: End, job: Job) -> Response:
    if end.over_cap:
        return text_response(507, f"the result is larger than the response cap of {job.max_bytes} bytes "
                                  "(--max-bytes): narrow the query, add LIMIT, or page with OFFSET")  # fmt: skip
    if end.error:
        return text_response(503 if "timed out" in end.error else 500, end.error)
    headers = {"x-result-truncated": f"true; max-rows={job.max_rows}"} if end.truncated else {}
    return Response(b"".join(parts), 200, headers | {"content-type": head.content_type})


async def run_job(context: Context, job: Job) -> Response:
    """Hand the job to a worker; a result up to STREAM_AFTER bytes is sent whole, a larger one streamed."""
    stream = context.pool.messages(job)
    first = await anext(stream)
    if isinstance(first, Reply):
        await stream.aclose()
        return reply_response(first)
    parts: list[bytes] = []
    size = 0
    async for message in stream:
        if isinstance(message, bytes):
            parts.append(message)
            size += len(message)
            if size >= STREAM_AFTER:
                return StreamingResponse(_rest(parts, stream, job.max_bytes), 200,
                                         headers={"content-type": first.content_type})  # fmt: skip
        elif isinstance(message, End):
            await stream.aclose()
            return _finished(first, parts, message, job)
    return text_response(500, "the query worker ended the result without closing it")


# ---------------------------------------------------------------------------------------------- the protocol


async def sparql(request: Request) -> Response:
    context: Context = request.app.state.context
    method = request.method
    try:
        if method == "OPTIONS":
            return _preflight(context)
        if method not in ("GET", "HEAD", "POST"):
            return text_response(405, f"{method} is not a SPARQL protocol method; use GET or POST", {"allow": ALLOW})
        params = _parse_form(_decode(request.scope["query_string"], "the query string"))
        if method != "POST":
            if "update" in params:
                raise Refused(400, "an update must be sent with POST")
            query = _one(params, "query")
            return _service_description(context, request) if query is None else await _query(
                context, request, query, params)  # fmt: skip
        return await _post(context, request, params)
    except Refused as error:
        return text_response(error.status, str(error))


async def _post(context: Context, request: Request, params: dict[str, list[str]]) -> Response:
    media_type, charset = _media_type(request.headers.get("content-type"))
    body = await read_body(request, context.options.request_timeout)
    if charset not in (None, "utf-8", "utf8"):
        raise Refused(400, f"the body must be UTF-8, not {charset}")
    if media_type == FORM:
        form = _parse_form(_decode(body, "the form body"))
        merged = {key: params.get(key, []) + form.get(key, []) for key in set(params) | set(form)}
        query, update = _one(merged, "query"), _one(merged, "update")
        if (query is None) == (update is None):
            raise Refused(400, "a form POST needs exactly one 'query' or 'update' parameter")
        if query is not None:
            return await _query(context, request, query, merged)
        return await _update(context, request, update or "", merged)
    if media_type == SPARQL_QUERY:
        if "query" in params:
            raise Refused(400, "the query is the body; do not also give a 'query' parameter")
        return await _query(context, request, _decode(body, "the query"), params)
    if media_type == SPARQL_UPDATE:
        return await _update(context, request, _decode(body, "the update"), params)
    if not media_type:
        raise Refused(400, "a POST needs a Content-Type: application/x-www-form-urlencoded, "
                           "application/sparql-query or application/sparql-update")  # fmt: skip
    raise Refused(415, f"unsupported Content-Type {media_type!r}; use {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")


async def _query(context: Context, request: Request, text: str, params: dict[str, list[str]]) -> Response:
    accept = request.headers.get("accept")
    if results.negotiate(accept, results.ALL_TYPES) is None:
        return text_response(406, "Not Acceptable: this endpoint answers in " + ", ".join(results.ALL_TYPES))
    default, named = _iris(params, "default-graph-uri"), _iris(params, "named-graph-uri")
    options = context.options
    check_service(text, update=False, allowed=options.allow_service)
    # Relative IRIs in a query resolve against the endpoint's own URL (RFC 3986 retrieval URI).
    job = Job("query", text, accept=accept, dataset=(default, named) if default or named else None,
              union_default_graph=options.union_default_graph, max_rows=options.max_rows,
              max_bytes=options.max_bytes, base_iri=context.endpoint_url)  # fmt: skip
    return await run_job(context, job)


async def _update(context: Context, request: Request, text: str, params: dict[str, list[str]]) -> Response:
    options = context.options
    if not options.allow_update:
        return text_response(403, "this endpoint is read-only (start it with --allow-update and a token)")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode("utf-8"), f"Bearer {options.token}".encode()):
        return text_response(401, "updates need Authorization: Bearer TOKEN",
                             {"www-authenticate": 'Bearer realm="graphbuild"'})  # fmt: skip
    if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
        raise Refused(400, "using-graph-uri / using-named-graph-uri are not supported; "
                           "write USING / WITH in the update")  # fmt: skip
    check_service(text, update=True, allowed=options.allow_service)
    return await run_job(context, Job("update", text, base_iri=context.endpoint_url))


def _preflight(context: Context) -> Response:
    headers = {"allow": ALLOW}
    if context.options.cors:
        headers |= {"access-control-allow-methods": ALLOW, "access-control-max-age": "600",
                    "access-control-allow-headers": "Content-Type, Accept, Authorization"}  # fmt: skip
    return Response(status_code=204, headers=headers)


def _service_description(context: Context, request: Request) -> Response:
    from graphbuild.serve.server import SD_PREFIXES, service_description

    media_type = results.negotiate(request.headers.get("accept"), results.GRAPH_TYPES)
    if media_type is None:
        return text_response(406, "Not Acceptable: the service description is RDF: " + ", ".join(results.GRAPH_TYPES))
    triples = service_description(context.endpoint_url, context.options)
    return Response(results.graph_bytes(media_type, triples, SD_PREFIXES), 200,
                    {"content-type": media_type + "; charset=utf-8"})  # fmt: skip


async def page(request: Request) -> Response:
    return Response(PAGE_HTML.encode("utf-8"), 200, {"content-type": "text/html; charset=utf-8"})


async def not_found(request: Request, _error: Exception) -> Response:
    return text_response(404, f"nothing at {request.url.path}; the SPARQL endpoint is /sparql, a query page is at /")


# ---------------------------------------------------------------------------------------------- the app


class Guard:
    """Every request: a well-formed Host this server serves (DNS rebinding), CORS headers if configured."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str] | None, cors: str | None) -> None:
        self.app, self.hosts, self.cors = app, hosts, cors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = next((value.decode("latin-1") for name, value in scope["headers"] if name == b"host"), None)
        try:
            check_host(host, self.hosts)
        except Refused as error:
            await text_response(error.status, str(error), {"connection": "close"})(scope, receive, send)
            return
        if not self.cors:
            await self.app(scope, receive, send)
            return
        extra = [(b"access-control-allow-origin", self.cors.encode("latin-1")), (b"vary", b"Origin")]

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_cors)


def routes() -> list[BaseRoute]:
    """The endpoint's own routes; `build_app` adds any others given to it."""
    methods = ["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]  # the handler answers 405 for some
    return [Route("/", page, methods=["GET", "HEAD"]), Route("/sparql", sparql, methods=methods),
            Route("/sparql/", sparql, methods=methods)]  # fmt: skip


def build_app(context: Context, extra_routes: Sequence[BaseRoute] = ()) -> ASGIApp:
    """The ASGI app: `routes()` plus `extra_routes`, behind the Host check and CORS."""
    app = Starlette(routes=[*routes(), *extra_routes], exception_handlers={404: not_found})
    app.router.redirect_slashes = False
    app.state.context = context
    hosts = allowed_hosts(context.options.host, context.options.allow_host)
    return Guard(app, hosts, context.options.cors)

"""Checks made before a request reaches a query worker: SPARQL `SERVICE` (server-side request forgery) and the
`Host` header (DNS rebinding)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD = frozenset({"0.0.0.0", "::", ""})
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_HOST = re.compile(r"\[(?P<ip6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)")
_PORT = re.compile(r"(?::(?P<port>[0-9]{1,5}))?")


class Refused(Exception):
    """A request the endpoint will not run; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def unescape_codepoints(text: str) -> str:
    r"""SPARQL 1.1 §19.2: `\uXXXX` and `\UXXXXXXXX` are replaced before parsing, keywords included."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _CODEPOINT.sub(replace, text)


def _service_patterns(node: Any) -> Iterator[Any]:
    """The ServiceGraphPattern nodes of an rdflib parse tree."""
    if getattr(node, "name", None) == "ServiceGraphPattern":
        yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _service_patterns(value)
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for value in node:
            yield from _service_patterns(value)


def check_service(text: str, update: bool, allowed: Collection[str]) -> None:
    """Raise Refused(400) if the query or update calls an endpoint by `SERVICE` that `allowed` does not list.

    The keyword can only be written with the letters s-e-r-v-i-c-e (after codepoint escapes are resolved), so a
    text without them is let through at once; any other text is parsed (rdflib's SPARQL grammar) and each
    SERVICE endpoint must be a full IRI on the allow-list. A text that cannot be parsed is refused."""
    plain = unescape_codepoints(text)
    if "service" not in plain.casefold():
        return
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.term import URIRef, Variable

    try:
        tree = parseUpdate(plain) if update else parseQuery(plain)
    except Exception as error:  # pyparsing's ParseException and the odd ValueError from term construction
        raise Refused(400, f"this {'update' if update else 'query'} mentions SERVICE and could not be checked "
                           f"({type(error).__name__}: {error}); federated queries are refused") from None  # fmt: skip
    for pattern in _service_patterns(tree):
        term = pattern.get("term")
        endpoint = str(term) if isinstance(term, URIRef) else None
        if endpoint is None or endpoint not in allowed:
            shown = f"<{endpoint}>" if endpoint else term.n3() if isinstance(term, Variable) else "(a prefixed name)"
            hint = ("the operator allows " + ", ".join(f"<{url}>" for url in sorted(allowed))
                    if allowed else "start the server with --allow-service URL to allow an endpoint")  # fmt: skip
            raise Refused(400, f"SERVICE {shown} is not allowed: this endpoint does not fetch other endpoints "
                               f"for its callers ({hint}; write the endpoint as a full IRI)")  # fmt: skip


def parse_host(header: str) -> str:
    """The lower-cased host name of a Host header (`name[:port]` or `[v6][:port]`); Refused(400) if malformed."""
    found = _HOST.match(header)
    port = _PORT.fullmatch(header[found.end():]) if found else None
    if found is None or port is None or int(port.group("port") or 0) > 65535:
        raise Refused(400, f"malformed Host header {header!r}: expected name[:port] or [IPv6][:port]")
    return (found.group("ip6") or found.group("name")).lower()


def allowed_hosts(bind: str, extra: Collection[str]) -> frozenset[str] | None:
    """Host names this server answers to, or None for any (bound to all interfaces with no --allow-host)."""
    names = {name.lower().strip("[]") for name in extra}
    if bind in LOOPBACK:
        return frozenset(names | LOOPBACK)
    if bind in WILDCARD:
        return frozenset(names) if names else None
    return frozenset(names | {bind.lower().strip("[]")})


def check_host(header: str | None, allowed: frozenset[str] | None) -> None:
    """Refused(400) for a missing or malformed Host, Refused(403) for a name this server does not serve."""
    if not header:
        raise Refused(400, "a request needs a Host header")
    name = parse_host(header.strip())
    if allowed is not None and name not in allowed:
        raise Refused(403, f"this endpoint does not serve the host name {name!r} (allowed: "
                           f"{', '.join(sorted(allowed))}; add one with --allow-host)")  # fmt: skip

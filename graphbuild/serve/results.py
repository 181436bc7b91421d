"""SPARQL results and graphs as bytes in the formats the endpoint offers.

Own streaming serialisers for SELECT/ASK (JSON, XML, CSV, TSV) because the row and byte caps have to cut a
result stream that pyoxigraph's serialiser would consume whole; CONSTRUCT/DESCRIBE go through
pyoxigraph.serialize into a capped writer.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, serialize

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
JSONLD = "application/ld+json"
RDFXML = "application/rdf+xml"

# Offered types per query form, in the server's order of preference (the first wins a tie).
SELECT_TYPES = (JSON_RESULTS, XML_RESULTS, CSV, TSV, "application/json", "application/xml", "text/xml")
ASK_TYPES = (JSON_RESULTS, XML_RESULTS, "application/json", "application/xml", "text/xml")
GRAPH_TYPES = (TURTLE, NTRIPLES, JSONLD, RDFXML, "application/x-turtle", "text/plain")
ALL_TYPES = tuple(dict.fromkeys(SELECT_TYPES + ASK_TYPES + GRAPH_TYPES))
GRAPH_FORMATS = {TURTLE: RdfFormat.TURTLE, "application/x-turtle": RdfFormat.TURTLE, NTRIPLES: RdfFormat.N_TRIPLES,
                 "text/plain": RdfFormat.N_TRIPLES, JSONLD: RdfFormat.JSON_LD, RDFXML: RdfFormat.RDF_XML}  # fmt: skip


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        data = {"type": "literal", "value": term.value}
        if term.language:
            data["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != XSD_STRING:
            data["datatype"] = term.datatype.value
        return data
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype and term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, NamedNode | Literal):
        return term.value
    return str(term)


def _json_row(variables: Sequence[str], row: Sequence[Any]) -> str:
    cells = {var: _json_term(term) for var, term in zip(variables, row, strict=True) if term is not None}
    return json.dumps(cells, ensure_ascii=False)


def _xml_row(variables: Sequence[str], row: Sequence[Any]) -> str:
    cells = "".join(f"<binding name={quoteattr(var)}>{_xml_term(term)}</binding>"
                    for var, term in zip(variables, row, strict=True) if term is not None)  # fmt: skip
    return f"\n<result>{cells}</result>"


def _csv_row(row: Sequence[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(row)
    return buffer.getvalue()


def select_stream(media_type: str, variables: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """SELECT results (rows of terms or None, in `variables` order) in a results format, piece by piece."""
    if media_type in (JSON_RESULTS, "application/json"):
        yield ('{"head": {"vars": ' + json.dumps(list(variables), ensure_ascii=False)
               + '}, "results": {"bindings": [').encode("utf-8")  # fmt: skip
        separator = ""
        for row in rows:
            yield (separator + _json_row(variables, row)).encode("utf-8")
            separator = ", "
        yield b"]}}"
    elif media_type in (XML_RESULTS, "application/xml", "text/xml"):
        yield ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
               "<head>" + "".join(f"<variable name={quoteattr(var)}/>" for var in variables) + "</head>\n"
               "<results>").encode("utf-8")  # fmt: skip
        for row in rows:
            yield _xml_row(variables, row).encode("utf-8")
        yield b"\n</results></sparql>\n"
    elif media_type == CSV:
        yield _csv_row(variables).encode("utf-8")
        for row in rows:
            yield _csv_row([_csv_value(term) for term in row]).encode("utf-8")
    elif media_type == TSV:
        yield ("\t".join("?" + var for var in variables) + "\n").encode("utf-8")
        for row in rows:
            yield ("\t".join("" if term is None else str(term) for term in row) + "\n").encode("utf-8")
    else:
        raise ValueError(f"no SELECT serialiser for {media_type}")


def ask_bytes(media_type: str, value: bool) -> bytes:
    if media_type in (JSON_RESULTS, "application/json"):
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if media_type in (XML_RESULTS, "application/xml", "text/xml"):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()  # fmt: skip
    raise ValueError(f"no ASK serialiser for {media_type}")


def graph_bytes(media_type: str, triples: list[Any], prefixes: dict[str, str] | None = None) -> bytes:
    rdf_format = GRAPH_FORMATS[media_type]
    data = serialize(triples, format=rdf_format, prefixes=prefixes if rdf_format == RdfFormat.TURTLE else None)
    return data or b""


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header prefers (q-values, most specific range wins), or None.

    No Accept header, or an empty one, means anything: the server's first choice."""
    if not accept or not accept.strip():
        return offered[0] if offered else None
    ranges: list[tuple[str, str, float]] = []
    for part in accept.split(","):
        fields = [field.strip() for field in part.split(";")]
        if not fields[0] or "/" not in fields[0]:
            continue
        kind, _, subtype = fields[0].lower().partition("/")
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((kind, subtype, quality))
    best, best_q = None, 0.0
    for media_type in offered:
        kind, _, subtype = media_type.partition("/")
        matches = [(2 if (k, s) == (kind, subtype) else 1 if (k == kind and s == "*") else 0, q)
                   for k, s, q in ranges if (k, s) in ((kind, subtype), (kind, "*"), ("*", "*"))]  # fmt: skip
        if not matches:
            continue
        quality = max(matches)[1]
        if quality > best_q:
            best, best_q = media_type, quality
    return best

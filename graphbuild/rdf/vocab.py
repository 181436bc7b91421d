"""Namespaces and deterministic IRIs: the same id always gives the same IRI, on every run and machine."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode

from graphbuild.model import stable_id

BASE = "https://w3id.org/graphbuild/"
ONTOLOGY_IRI = BASE + "ontology"
ONTOLOGY_VERSION = "0.1.0"
GB = ONTOLOGY_IRI + "#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
ACTORS_GRAPH_IRI = GRAPH + "actors"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "gb": GB, "actor": ID + "actor/", "article": ID + "article/", "event": ID + "event/",
    "activity": ID + "activity/", "affiliation": ID + "affiliation/", "incident": ID + "incident/",
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "prov": PROV,
    "dcterms": DCTERMS, "wd": WD,
}  # fmt: skip

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SAFE = "-._~"


def _segment(value: str) -> str:
    """An id as one IRI path segment: unreserved characters kept, everything else percent-encoded."""
    if not value:
        raise ValueError("an empty id cannot name a resource")
    return quote(value, safe=_SAFE)


@lru_cache(maxsize=65536)
def gb(name: str) -> NamedNode:
    return NamedNode(GB + name)


@lru_cache(maxsize=65536)
def article_iri(article_id: str) -> NamedNode:
    return NamedNode(ID + "article/" + _segment(article_id))


@lru_cache(maxsize=65536)
def actor_iri(actor_id: str) -> NamedNode:
    return NamedNode(ID + "actor/" + _segment(actor_id))


def event_iri(event_id: str) -> NamedNode:
    return NamedNode(ID + "event/" + _segment(event_id))


def activity_iri(article_id: str, extractor: str) -> NamedNode:
    """One extraction activity per (article, extractor version)."""
    return NamedNode(ID + "activity/" + _segment(article_id) + "." + stable_id(extractor or "unknown", length=8))


def affiliation_iri(key: str) -> NamedNode:
    return NamedNode(ID + "affiliation/" + _segment(key))


@lru_cache(maxsize=65536)
def article_graph(article_id: str) -> NamedNode:
    return NamedNode(GRAPH + "article/" + _segment(article_id))


@lru_cache(maxsize=65536)
def event_type_iri(relation: str) -> NamedNode:
    return NamedNode(GB + relation)


ACTORS_GRAPH = NamedNode(ACTORS_GRAPH_IRI)
ONTOLOGY_GRAPH = NamedNode(ONTOLOGY_IRI)


def is_iso_date(value: str | None) -> bool:
    return bool(value and _DATE.match(value))


@lru_cache(maxsize=64)
def _datatype(name: str) -> NamedNode:
    return NamedNode(XSD + name)


def typed(value: object, datatype: str) -> Literal:
    return Literal(str(value), datatype=_datatype(datatype))


def date_literal(value: str) -> Literal:
    return typed(value, "date")


def decimal_literal(value: float) -> Literal:
    """A canonical xsd:decimal (no exponent, no trailing zeros) so equal numbers give equal literals."""
    text = format(round(float(value), 6), "f").rstrip("0")
    return typed(text + "0" if text.endswith(".") else text, "decimal")


def boolean_literal(value: bool) -> Literal:
    return typed("true" if value else "false", "boolean")


def int_literal(value: int) -> Literal:
    return typed(int(value), "integer")


def text_literal(value: str, language: str | None = None) -> Literal:
    """A string, language-tagged when the language is a real tag (not `und`)."""
    if language and language != "und" and re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*", language):
        return Literal(value, language=language.lower())
    return Literal(value)

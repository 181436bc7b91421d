"""Distinct events (events.jsonl) in the RDF store: one `gb:Incident` node each, in the shared graph
`graph/events`, linked to its mentions (`gb:mentionedBy` → the `gb:Event` nodes of triples.jsonl) and to the
articles that report it (`gb:reportedIn`). The graph is brought to events.jsonl's content on every load (only
the quads that differ are written), so re-loading never duplicates an incident. Names: a `gb:Event` is one
mention (a triples.jsonl line, the name predates deduplication), a `gb:Incident` is one happening.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, Store

from graphbuild.model import iter_records, parse_record
from graphbuild.rdf.vocab import (
    GRAPH,
    ID,
    RDF,
    XSD,
    _segment,
    actor_iri,
    article_iri,
    boolean_literal,
    date_literal,
    decimal_literal,
    event_iri,
    event_type_iri,
    gb,
    int_literal,
    is_iso_date,
    text_literal,
)  # fmt: skip

EVENTS_GRAPH = NamedNode(GRAPH + "events")
A = NamedNode(RDF + "type")
_DECIMAL = NamedNode(XSD + "decimal")


def incident_iri(incident_id: str) -> NamedNode:
    return NamedNode(ID + "incident/" + _segment(incident_id))


def iso_week(day: str) -> str:
    """`2024-W11`: the ISO week of an ISO date (the `week` period of dyad_timeseries)."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def incident_quads(record: dict[str, Any]) -> Iterator[Quad]:
    """The quads of one events.jsonl record."""
    graph, node = EVENTS_GRAPH, incident_iri(record["id"])
    yield Quad(node, A, gb("Incident"), graph)
    yield Quad(node, gb("incidentId"), text_literal(record["id"]), graph)
    yield Quad(node, gb("incidentSource"), actor_iri(record["source"]), graph)
    yield Quad(node, gb("incidentTarget"), actor_iri(record["target"]), graph)
    yield Quad(node, gb("incidentType"), event_type_iri(record["relation"]), graph)
    yield Quad(node, gb("symmetric"), boolean_literal(bool(record.get("symmetric"))), graph)
    yield Quad(node, gb("quad"), int_literal(int(record["quad"])), graph)
    yield Quad(node, gb("incidentGoldstein"), decimal_literal(float(record["goldstein"])), graph)
    yield Quad(node, gb("incidentConfidence"), decimal_literal(float(record.get("confidence", 1.0))), graph)
    yield Quad(node, gb("datePrecision"), text_literal(record.get("date_precision") or "unknown"), graph)
    if is_iso_date(record.get("event_date")):
        yield Quad(node, gb("eventDate"), date_literal(record["event_date"]), graph)
        yield Quad(node, gb("isoWeek"), text_literal(iso_week(record["event_date"])), graph)
    yield Quad(node, gb("numArticles"), int_literal(int(record["num_articles"])), graph)
    yield Quad(node, gb("relationFamily"), text_literal(record.get("provenance", {}).get("family", "")), graph)
    for triple_id in record["triples"]:
        yield Quad(node, gb("mentionedBy"), event_iri(triple_id), graph)
    for article_id in record["articles"]:
        yield Quad(node, gb("reportedIn"), article_iri(article_id), graph)


def _record(data: dict[str, Any]) -> dict[str, Any]:
    for key in ("id", "source", "target", "relation", "quad", "goldstein", "num_articles", "triples", "articles"):
        if key not in data:
            raise KeyError(key)
    return data


def read_incidents(out_dir: Path, error: type[ValueError], keep: Callable[[dict[str, Any]], bool] | None = None
                   ) -> Iterator[dict[str, Any]]:  # fmt: skip
    """The records of OUT/events.jsonl (none if missing); a bad line raises `error` naming file and line."""
    path = out_dir / "events.jsonl"
    for number, data in iter_records(path, error):
        record = parse_record(path, number, data, _record, error, "map to RDF")
        if keep is None or keep(record):
            yield record


def all_incident_quads(records: Iterable[dict[str, Any]]) -> Iterator[Quad]:
    for record in records:
        yield from incident_quads(record)


def _stored_form(quad: Quad) -> Quad:
    """The quad as the store gives it back: Oxigraph keeps xsd:decimal as a value and writes `1.0` back as `1`."""
    term = quad.object
    if isinstance(term, Literal) and term.datatype == _DECIMAL:
        value = Decimal(term.value)
        text = format(value.normalize(), "f") if value else "0"
        if text != term.value:
            return Quad(quad.subject, quad.predicate, Literal(text, datatype=_DECIMAL), quad.graph_name)
    return quad


def sync_incidents(store: Store, records: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Make the events graph exactly these records' quads, writing only the quads that differ (a per-article
    load or removal changes a few incidents; removing and re-adding the whole graph took most of its time);
    returns the graph's quad count before and after."""
    desired = {_stored_form(quad) for quad in all_incident_quads(records)}
    current = set(store.quads_for_pattern(None, None, None, EVENTS_GRAPH))
    for quad in current - desired:
        store.remove(quad)
    store.extend(desired - current)
    return len(current), len(desired)


def replace_incidents(store: Store, records: Iterable[dict[str, Any]]) -> int:
    """Rewrite the events graph from these records; returns its quad count."""
    return sync_incidents(store, records)[1]


def incidents_of_articles(out_dir: Path, articles: set[str], error: type[ValueError]) -> Iterator[dict[str, Any]]:
    """The records of OUT/events.jsonl restricted to the mentions of these articles (those with none left go):
    the events graph of a store that holds only these articles."""
    article_of: dict[str, str] = {}
    path = out_dir / "triples.jsonl"
    for _number, data in iter_records(path, error):
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            article_of[data["id"]] = str(data.get("article_id", ""))
    for record in read_incidents(out_dir, error):
        triples = [t for t in record["triples"] if article_of.get(t) in articles]
        if triples:
            kept = sorted({article_of[t] for t in triples})
            yield record | {"triples": triples, "articles": kept, "num_articles": len(kept)}

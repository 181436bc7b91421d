"""Materialised aggregates in the RDF store: the graph <https://w3id.org/graphbuild/graph/aggregates>.

One `gb:Aggregate` node per (source actor, PLOVER type, target actor) over the non-negated events of the
article graphs, with how many (`gb:eventCount`), their Goldstein sum (`gb:goldsteinSum`, exact decimal) and
first and last article date (`gb:firstDate`, `gb:lastDate`). The named queries that count or sum events by
dyad, relation or actor (conflict_dyads, most_active_actors, who_acts_on, partners_and_adversaries,
two_hop_neighbourhood) read these few thousand nodes instead of every event.

The graph is always recomputed from the store's own event quads (`refresh_aggregates`), by every load path
(the streamed load and the shards' bulk load through `rebuild_store`, `load_articles`, `remove_article`), so
it equals a fresh build's whatever articles came and went. Node IRIs derive from the key, never blank nodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, Store

from graphbuild.rdf.vocab import GB, GRAPH, ID, RDF, XSD, _segment, gb, int_literal

AGGREGATES_GRAPH = NamedNode(GRAPH + "aggregates")
_ACTOR_PREFIX = ID + "actor/"
_TYPE_PREFIX = GB

# Every non-negated event of the article graphs (the events graph's incidents have no gb:negated), grouped.
AGGREGATE_QUERY = f"""PREFIX gb: <{GB}>
SELECT ?source ?type ?target (COUNT(?event) AS ?events) (SUM(?goldstein) AS ?goldstein_sum)
       (MIN(?date) AS ?first) (MAX(?date) AS ?last)
WHERE {{
  GRAPH ?g {{
    ?event gb:negated false ; gb:source ?source ; gb:target ?target ; gb:eventType ?type ; gb:goldstein ?goldstein .
    OPTIONAL {{ ?event gb:date ?date }}
  }}
}}
GROUP BY ?source ?type ?target"""


def aggregate_iri(source: NamedNode, event_type: NamedNode, target: NamedNode) -> NamedNode:
    """`.../id/aggregate/SOURCE/TYPE/TARGET` (the actors' own IRI segments, the PLOVER type's name)."""
    parts = (_local(source.value, _ACTOR_PREFIX), _local(event_type.value, _TYPE_PREFIX),
             _local(target.value, _ACTOR_PREFIX))  # fmt: skip
    return NamedNode(ID + "aggregate/" + "/".join(parts))


def _local(value: str, prefix: str) -> str:
    return value[len(prefix) :] if value.startswith(prefix) else _segment(value)


def _decimal(term: Any) -> Literal:
    """An exact decimal sum as a canonical xsd:decimal literal (`-12.0`, `3.5`), as a fresh build writes it."""
    text = term.value if term is not None else "0"
    if "." not in text and "e" not in text.lower():
        text += ".0"
    return Literal(text, datatype=NamedNode(XSD + "decimal"))


def aggregate_quads(store: Store) -> Iterator[Quad]:
    """The aggregates graph computed from the store's event quads."""
    graph, kind = AGGREGATES_GRAPH, NamedNode(RDF + "type")
    for row in store.query(AGGREGATE_QUERY):
        node = aggregate_iri(row["source"], row["type"], row["target"])
        yield Quad(node, kind, gb("Aggregate"), graph)
        yield Quad(node, gb("aggregateSource"), row["source"], graph)
        yield Quad(node, gb("aggregateTarget"), row["target"], graph)
        yield Quad(node, gb("aggregateType"), row["type"], graph)
        yield Quad(node, gb("eventCount"), int_literal(int(row["events"].value)), graph)
        yield Quad(node, gb("goldsteinSum"), _decimal(row["goldstein_sum"]), graph)
        if row["first"] is not None:
            yield Quad(node, gb("firstDate"), row["first"], graph)
            yield Quad(node, gb("lastDate"), row["last"], graph)


def refresh_aggregates(store: Store) -> int:
    """Rewrite the aggregates graph from the store's events (only the quads that differ change); returns the
    change in its size (negative when quads went). A store without events has no aggregates graph."""
    desired = set(aggregate_quads(store))
    current = set(store.quads_for_pattern(None, None, None, AGGREGATES_GRAPH))
    for quad in current - desired:
        store.remove(quad)
    store.extend(desired - current)
    return len(desired) - len(current)

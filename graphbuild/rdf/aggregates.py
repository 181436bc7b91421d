"""Materialised aggregates in the RDF store: the graph <https://w3id.org/graphbuild/graph/aggregates>.

One `gb:Aggregate` node per (source actor, PLOVER type, target actor) over the non-negated events of the
article graphs, with how many (`gb:eventCount`), their Goldstein sum (`gb:goldsteinSum`, exact decimal) and
first and last article date (`gb:firstDate`, `gb:lastDate`); rolled up from those, one `gb:DyadAggregate` per
(source, target) with its events and Goldstein sum in all and in conflict types (quad classes 3-4:
`gb:conflictEvents`, `gb:conflictGoldsteinSum`), and one `gb:ActorAggregate` per actor with the events it is
source or target of (`gb:eventCount`). The named queries that count or sum events by dyad, relation or actor
(conflict_dyads, most_active_actors, who_acts_on, partners_and_adversaries, two_hop_neighbourhood) read these
nodes instead of every event.

The graph is always recomputed from the store's own event quads (`refresh_aggregates`), by every load path
(the streamed load and the shards' bulk load through `rebuild_store`, `load_articles`, `remove_article`), so
it equals a fresh build's whatever articles came and went. Node IRIs derive from the key, never blank nodes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, Store

from graphbuild.rdf.vocab import GB, GRAPH, ID, RDF, XSD, _segment, gb, int_literal
from graphbuild.relations import relation_types

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


def _decimal(value: Decimal) -> Literal:
    """An exact decimal sum as a canonical xsd:decimal literal (`-12.0`, `3.5`), the same whatever the order."""
    text = format(value.normalize(), "f") if value else "0"
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=NamedNode(XSD + "decimal"))


class _Rollup:
    """The dyad and actor totals, summed from the (source, type, target) aggregates."""

    def __init__(self) -> None:
        self.quads = {name: rel.quad for name, rel in relation_types().items()}
        self.dyads: dict[tuple[NamedNode, NamedNode], list[Any]] = defaultdict(lambda: [0, Decimal(0), 0, Decimal(0)])
        self.actors: dict[NamedNode, int] = defaultdict(int)

    def add(self, source: NamedNode, event_type: NamedNode, target: NamedNode, events: int, total: Decimal) -> None:
        dyad = self.dyads[(source, target)]
        dyad[0] += events
        dyad[1] += total
        if self.quads.get(_local(event_type.value, _TYPE_PREFIX), 0) >= 3:
            dyad[2] += events
            dyad[3] += total
        self.actors[source] += events
        if target != source:
            self.actors[target] += events

    def quads_of(self, graph: NamedNode, kind: NamedNode) -> Iterator[Quad]:
        for (source, target), (events, total, conflict, hostile) in self.dyads.items():
            node = NamedNode(ID + "aggregate/dyad/" + _local(source.value, _ACTOR_PREFIX) + "/"
                             + _local(target.value, _ACTOR_PREFIX))  # fmt: skip
            yield Quad(node, kind, gb("DyadAggregate"), graph)
            yield Quad(node, gb("aggregateSource"), source, graph)
            yield Quad(node, gb("aggregateTarget"), target, graph)
            yield Quad(node, gb("eventCount"), int_literal(events), graph)
            yield Quad(node, gb("goldsteinSum"), _decimal(total), graph)
            yield Quad(node, gb("conflictEvents"), int_literal(conflict), graph)
            yield Quad(node, gb("conflictGoldsteinSum"), _decimal(hostile), graph)
        for actor, events in self.actors.items():
            node = NamedNode(ID + "aggregate/actor/" + _local(actor.value, _ACTOR_PREFIX))
            yield Quad(node, kind, gb("ActorAggregate"), graph)
            yield Quad(node, gb("aggregateActor"), actor, graph)
            yield Quad(node, gb("eventCount"), int_literal(events), graph)


def aggregate_quads(store: Store) -> Iterator[Quad]:
    """The aggregates graph computed from the store's event quads."""
    graph, kind, rollup = AGGREGATES_GRAPH, NamedNode(RDF + "type"), _Rollup()
    for row in store.query(AGGREGATE_QUERY):
        source, event_type, target = row["source"], row["type"], row["target"]
        events, total = int(row["events"].value), Decimal(row["goldstein_sum"].value)
        rollup.add(source, event_type, target, events, total)
        node = aggregate_iri(source, event_type, target)
        yield Quad(node, kind, gb("Aggregate"), graph)
        yield Quad(node, gb("aggregateSource"), source, graph)
        yield Quad(node, gb("aggregateTarget"), target, graph)
        yield Quad(node, gb("aggregateType"), event_type, graph)
        yield Quad(node, gb("eventCount"), int_literal(events), graph)
        yield Quad(node, gb("goldsteinSum"), _decimal(total), graph)
        if row["first"] is not None:
            yield Quad(node, gb("firstDate"), row["first"], graph)
            yield Quad(node, gb("lastDate"), row["last"], graph)
    yield from rollup.quads_of(graph, kind)


def refresh_aggregates(store: Store) -> int:
    """Rewrite the aggregates graph from the store's events (only the quads that differ change); returns the
    change in its size (negative when quads went). A store without events has no aggregates graph."""
    desired = set(aggregate_quads(store))
    current = set(store.quads_for_pattern(None, None, None, AGGREGATES_GRAPH))
    for quad in current - desired:
        store.remove(quad)
    store.extend(desired - current)
    return len(desired) - len(current)

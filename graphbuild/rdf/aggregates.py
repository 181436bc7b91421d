"""Materialised aggregates in the RDF store: the graph <https://w3id.org/graphbuild/graph/aggregates>.

One `gb:Aggregate` node per (source actor, PLOVER type, target actor) over the non-negated events of the
article graphs, with how many (`gb:eventCount`), their Goldstein sum (`gb:goldsteinSum`, exact decimal) and
first and last article date (`gb:firstDate`, `gb:lastDate`); rolled up from those, one `gb:DyadAggregate` per
(source, target) with its events and Goldstein sum in all and in conflict types (quad classes 3-4:
`gb:conflictEvents`, `gb:conflictGoldsteinSum`), and one `gb:ActorAggregate` per actor with the events it is
source or target of (`gb:eventCount`). Two indexes for the queries that must not visit every dyad: each
dyad with conflict events has its `gb:conflictRank` (1 = the lowest conflict Goldstein sum, ties by source
and target id: conflict_dyads' order), and actors tied by a dyad either way are linked both ways by
`gb:eventPartner` (two_hop_neighbourhood walks these links). The named queries that count or sum events by
dyad, relation or actor (conflict_dyads, most_active_actors, who_acts_on, partners_and_adversaries,
two_hop_neighbourhood) read these nodes instead of every event.

A whole load (the streamed load and the shards' bulk load, through `rebuild_store`) computes the graph from
the store's own event quads (`refresh_aggregates`). A per-article load or removal (`load_articles`,
`remove_article`, `--update`) recomputes only the nodes of the dyads the changed articles' events name, and
of their actors (`update_aggregates`, from the events of those dyads alone), unless they are most of the
store's dyads; either way the graph equals a fresh build's whatever articles came and went. Node IRIs derive
from the key, never blank nodes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad, Store

from graphbuild.rdf.vocab import GB, GRAPH, ID, RDF, XSD, _segment, boolean_literal, gb, int_literal
from graphbuild.relations import relation_types

AGGREGATES_GRAPH = NamedNode(GRAPH + "aggregates")
_ACTOR_PREFIX = ID + "actor/"
_TYPE_PREFIX = GB
A = NamedNode(RDF + "type")
NEGATED, FALSE = gb("negated"), boolean_literal(False)
SOURCE, TARGET, EVENT_TYPE, GOLDSTEIN, DATE = gb("source"), gb("target"), gb("eventType"), gb("goldstein"), gb("date")
AGG_SOURCE, AGG_TARGET, EVENT_COUNT = gb("aggregateSource"), gb("aggregateTarget"), gb("eventCount")
CONFLICT_EVENTS, CONFLICT_SUM, CONFLICT_RANK = gb("conflictEvents"), gb("conflictGoldsteinSum"), gb("conflictRank")
PARTNER, DYAD_CLASS = gb("eventPartner"), gb("DyadAggregate")
_DYAD_PREFIX = ID + "aggregate/dyad/"
# a per-article change recomputes its dyads alone unless they are more than this share of the store's dyads
INCREMENTAL_SHARE = 0.5

Dyad = tuple[Any, Any]  # (source actor, target actor) as store terms
Key = tuple[Any, Any, Any]  # (source actor, event type, target actor)


def aggregate_iri(source: NamedNode, event_type: NamedNode, target: NamedNode) -> NamedNode:
    """`.../id/aggregate/SOURCE/TYPE/TARGET` (the actors' own IRI segments, the PLOVER type's name)."""
    parts = (_local(source.value, _ACTOR_PREFIX), _local(event_type.value, _TYPE_PREFIX),
             _local(target.value, _ACTOR_PREFIX))  # fmt: skip
    return NamedNode(ID + "aggregate/" + "/".join(parts))


def dyad_iri(source: NamedNode, target: NamedNode) -> NamedNode:
    return NamedNode(_DYAD_PREFIX + _local(source.value, _ACTOR_PREFIX) + "/" + _local(target.value, _ACTOR_PREFIX))


def _dyad_ids(node: NamedNode) -> tuple[str, str]:
    """The source and target actor ids of a gb:DyadAggregate IRI (its two segments are the actors' IRI
    segments, percent-encoded ids: no `/` inside)."""
    source, target = node.value[len(_DYAD_PREFIX) :].split("/")
    return unquote(source), unquote(target)


def actor_aggregate_iri(actor: NamedNode) -> NamedNode:
    return NamedNode(ID + "aggregate/actor/" + _local(actor.value, _ACTOR_PREFIX))


def _local(value: str, prefix: str) -> str:
    return value[len(prefix) :] if value.startswith(prefix) else _segment(value)


def _decimal(value: Decimal) -> Literal:
    """An exact decimal sum as an xsd:decimal literal in the form Oxigraph stores it (`-12`, `3.5`: it keeps
    decimals as values and writes them back so), so a node recomputed unchanged compares equal to the stored one."""
    text = format(value.normalize(), "f") if value else "0"
    return Literal(text, datatype=NamedNode(XSD + "decimal"))


def aggregate_query(dyad: Dyad | None = None) -> str:
    """Every non-negated event of the article graphs (the events graph's incidents have no gb:negated), grouped
    by (source, type, target); with a `dyad`, only the events of that source and target (both bound)."""
    bound = f"gb:source {dyad[0]} ; gb:target {dyad[1]} ;" if dyad else ""
    return f"""PREFIX gb: <{GB}>
SELECT ?source ?type ?target (COUNT(?event) AS ?events) (SUM(?goldstein) AS ?goldstein_sum)
       (MIN(?date) AS ?first) (MAX(?date) AS ?last)
WHERE {{
  GRAPH ?g {{
    ?event {bound} gb:negated false ; gb:source ?source ; gb:target ?target ; gb:eventType ?type ;
           gb:goldstein ?goldstein .
    OPTIONAL {{ ?event gb:date ?date }}
  }}
}}
GROUP BY ?source ?type ?target"""


AGGREGATE_QUERY = aggregate_query()


@dataclass(frozen=True)
class Tally:
    """The events of one (source, type, target): how many, their Goldstein sum, first and last date."""

    events: int
    total: Decimal
    first: Literal | None
    last: Literal | None


def _tallies(store: Store, query: str) -> dict[Key, Tally]:
    return {(row["source"], row["type"], row["target"]):
            Tally(int(row["events"].value), Decimal(row["goldstein_sum"].value), row["first"], row["last"])
            for row in store.query(query)}  # fmt: skip


def tally_all(store: Store) -> dict[Key, Tally]:
    """Every non-negated event of the named graphs, by (source, type, target)."""
    return _tallies(store, AGGREGATE_QUERY)


def tally_dyads(store: Store, dyads: set[Dyad]) -> dict[Key, Tally]:
    """The non-negated events of these (source, target) pairs alone, by (source, type, target): one query per
    dyad with both actors bound (Oxigraph starts from them; a VALUES list of dyads makes it scan every event)."""
    tallies: dict[Key, Tally] = {}
    for dyad in sorted(dyads, key=str):
        found = _tallies(store, aggregate_query(dyad))
        tallies.update((key, tally) for key, tally in found.items() if (key[0], key[2]) == dyad)
    return tallies


def _objects(store: Store, subject: Any, predicate: NamedNode, graph: Any) -> list[Any]:
    return [quad.object for quad in store.quads_for_pattern(subject, predicate, None, graph)]


class _Rollup:
    """The dyad and actor totals, summed from the (source, type, target) aggregates."""

    def __init__(self) -> None:
        self.quads = {name: rel.quad for name, rel in relation_types().items()}
        self.dyads: dict[Dyad, list[Any]] = defaultdict(lambda: [0, Decimal(0), 0, Decimal(0)])
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

    def dyad_quads(self) -> Iterator[Quad]:
        graph = AGGREGATES_GRAPH
        for (source, target), (events, total, conflict, hostile) in self.dyads.items():
            node = dyad_iri(source, target)
            yield Quad(node, A, gb("DyadAggregate"), graph)
            yield Quad(node, AGG_SOURCE, source, graph)
            yield Quad(node, AGG_TARGET, target, graph)
            yield Quad(node, EVENT_COUNT, int_literal(events), graph)
            yield Quad(node, gb("goldsteinSum"), _decimal(total), graph)
            yield Quad(node, CONFLICT_EVENTS, int_literal(conflict), graph)
            yield Quad(node, CONFLICT_SUM, _decimal(hostile), graph)

    def partner_quads(self) -> Iterator[Quad]:
        for source, target in self.dyads:
            yield from partner_quads(source, target)

    def rank_quads(self) -> Iterator[Quad]:
        hostile = {dyad_iri(*dyad): totals[3] for dyad, totals in self.dyads.items() if totals[2]}
        yield from rank_quads(hostile)

    def actor_quads(self) -> Iterator[Quad]:
        for actor, events in self.actors.items():
            yield from actor_aggregate_quads(actor, events)


def partner_quads(source: NamedNode, target: NamedNode) -> Iterator[Quad]:
    """`source gb:eventPartner target` and back: an event ties them, in one direction or the other."""
    yield Quad(source, PARTNER, target, AGGREGATES_GRAPH)
    yield Quad(target, PARTNER, source, AGGREGATES_GRAPH)


def rank_quads(hostile: dict[NamedNode, Decimal]) -> Iterator[Quad]:
    """`gb:conflictRank` of each dyad with conflict events (node -> its conflict Goldstein sum): 1 for the most
    hostile, in conflict_dyads' order (the sum ascending, then the source and target ids)."""
    order = sorted(hostile, key=lambda node: (hostile[node], *_dyad_ids(node)))
    for rank, node in enumerate(order, start=1):
        yield Quad(node, CONFLICT_RANK, int_literal(rank), AGGREGATES_GRAPH)


def actor_aggregate_quads(actor: NamedNode, events: int) -> Iterator[Quad]:
    if events:
        node, graph = actor_aggregate_iri(actor), AGGREGATES_GRAPH
        yield Quad(node, A, gb("ActorAggregate"), graph)
        yield Quad(node, gb("aggregateActor"), actor, graph)
        yield Quad(node, EVENT_COUNT, int_literal(events), graph)


def _aggregate_quads(tallies: dict[Key, Tally], rollup: _Rollup) -> Iterator[Quad]:
    """The gb:Aggregate nodes of these tallies (added to `rollup` on the way)."""
    graph = AGGREGATES_GRAPH
    for (source, event_type, target), tally in tallies.items():
        rollup.add(source, event_type, target, tally.events, tally.total)
        node = aggregate_iri(source, event_type, target)
        yield Quad(node, A, gb("Aggregate"), graph)
        yield Quad(node, AGG_SOURCE, source, graph)
        yield Quad(node, AGG_TARGET, target, graph)
        yield Quad(node, gb("aggregateType"), event_type, graph)
        yield Quad(node, EVENT_COUNT, int_literal(tally.events), graph)
        yield Quad(node, gb("goldsteinSum"), _decimal(tally.total), graph)
        if tally.first is not None and tally.last is not None:
            yield Quad(node, gb("firstDate"), tally.first, graph)
            yield Quad(node, gb("lastDate"), tally.last, graph)


def aggregate_quads(store: Store) -> Iterator[Quad]:
    """The aggregates graph computed from the store's event quads."""
    rollup = _Rollup()
    yield from _aggregate_quads(tally_all(store), rollup)
    yield from rollup.dyad_quads()
    yield from rollup.actor_quads()
    yield from rollup.partner_quads()
    yield from rollup.rank_quads()


def _replace(store: Store, current: set[Quad], desired: set[Quad]) -> int:
    """Remove `current - desired`, add `desired - current`; returns the change in size."""
    for quad in current - desired:
        store.remove(quad)
    store.extend(desired - current)
    return len(desired) - len(current)


def refresh_aggregates(store: Store) -> int:
    """Rewrite the aggregates graph from the store's events (only the quads that differ change); returns the
    change in its size (negative when quads went). A store without events has no aggregates graph."""
    current = set(store.quads_for_pattern(None, None, None, AGGREGATES_GRAPH))
    return _replace(store, current, set(aggregate_quads(store)))


def event_dyads(store: Store, graphs: Iterable[NamedNode]) -> set[Dyad]:
    """The (source, target) pairs of every event in these graphs (negated ones too: harmless, and cheap)."""
    dyads: set[Dyad] = set()
    for graph in graphs:
        for quad in store.quads_for_pattern(None, SOURCE, None, graph):
            dyads.update((quad.object, target) for target in _objects(store, quad.subject, TARGET, graph))
    return dyads


def _nodes_of_dyads(store: Store, dyads: set[Dyad]) -> set[Quad]:
    """The quads of the gb:Aggregate and gb:DyadAggregate nodes of these dyads now in the store (conflict ranks
    left out: `_sync_ranks` rewrites them)."""
    found: set[Quad] = set()
    for source, target in dyads:
        query = f"""PREFIX gb: <{GB}>
SELECT ?node WHERE {{ GRAPH <{AGGREGATES_GRAPH.value}> {{
  ?node gb:aggregateSource {source} ; gb:aggregateTarget {target} }} }}"""
        for row in store.query(query):
            found.update(quad for quad in store.quads_for_pattern(row["node"], None, None, AGGREGATES_GRAPH)
                         if quad.predicate != CONFLICT_RANK)  # fmt: skip
    return found


def _actor_events(store: Store, actor: NamedNode) -> int:
    """The events an actor is source or target of, from the store's gb:DyadAggregate nodes (a dyad of the actor
    with itself counted once)."""
    total = 0
    for role in ("aggregateSource", "aggregateTarget"):
        query = f"""PREFIX gb: <{GB}>
SELECT (SUM(?n) AS ?events) WHERE {{ GRAPH <{AGGREGATES_GRAPH.value}> {{ ?dyad gb:{role} {actor} ; a gb:DyadAggregate ;
  gb:eventCount ?n }} }}"""
        for row in store.query(query):
            total += int(row["events"].value) if row["events"] is not None else 0
    itself = _objects(store, dyad_iri(actor, actor), EVENT_COUNT, AGGREGATES_GRAPH)
    return total - sum(int(term.value) for term in itself)


def _dyad_count(store: Store) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {AGGREGATES_GRAPH} {{ ?dyad a {DYAD_CLASS} }} }}"
    return int(next(iter(store.query(query)))["n"].value)  # counted in the engine: far faster than in Python


def _has_dyad(store: Store, source: NamedNode, target: NamedNode) -> bool:
    return any(True for _ in store.quads_for_pattern(dyad_iri(source, target), A, DYAD_CLASS, AGGREGATES_GRAPH))


def _sync_partners(store: Store, dyads: set[Dyad]) -> int:
    """The gb:eventPartner links of these dyads' actor pairs: there while a dyad of the pair, either way, is."""
    change = 0
    for pair in {tuple(sorted(dyad, key=str)) for dyad in dyads}:
        source, target = pair
        current = {quad for a, b in (pair, pair[::-1])
                   for quad in store.quads_for_pattern(a, PARTNER, b, AGGREGATES_GRAPH)}  # fmt: skip
        linked = _has_dyad(store, source, target) or _has_dyad(store, target, source)
        change += _replace(store, current, set(partner_quads(source, target)) if linked else set())
    return change


def _sync_ranks(store: Store) -> int:
    """Rewrite the conflict ranks from the store's gb:DyadAggregate nodes (a change to one dyad's conflict sum
    moves the ranks between its old and new place; only the rank quads that differ are written)."""
    query = f"""SELECT ?dyad ?sum WHERE {{ GRAPH {AGGREGATES_GRAPH} {{
  ?dyad {CONFLICT_EVENTS} ?events FILTER(?events > 0) ?dyad {CONFLICT_SUM} ?sum }} }}"""
    hostile = {row["dyad"]: Decimal(row["sum"].value) for row in store.query(query)}
    desired = set(rank_quads(hostile))
    return _replace(store, set(store.quads_for_pattern(None, CONFLICT_RANK, None, AGGREGATES_GRAPH)), desired)


def update_aggregates(store: Store, dyads: set[Dyad]) -> int:
    """Bring the aggregates graph to what `refresh_aggregates` gives after the events of these dyads (only) have
    changed: their gb:Aggregate and gb:DyadAggregate nodes recomputed from their events, then the
    gb:ActorAggregate nodes of their actors from the dyad totals, the gb:eventPartner links of their actor
    pairs and every dyad's conflict rank (from the stored conflict sums, one pass). The whole graph is
    recomputed instead when the dyads are most of the store's, or it has none yet or no gb:eventPartner links
    (a store loaded before those existed). Returns the change in the
    graph's size."""
    dyads = {(source, target) for source, target in dyads if isinstance(source, NamedNode)
             and isinstance(target, NamedNode)}  # fmt: skip
    if not dyads:
        return 0
    known = _dyad_count(store)
    linked = any(True for _ in store.quads_for_pattern(None, PARTNER, None, AGGREGATES_GRAPH))
    if not known or not linked or len(dyads) > INCREMENTAL_SHARE * known:  # not linked: a store from before the links
        return refresh_aggregates(store)
    rollup = _Rollup()
    desired = set(_aggregate_quads(tally_dyads(store, dyads), rollup))
    desired.update(rollup.dyad_quads())
    current = _nodes_of_dyads(store, dyads)
    # the ranks follow the conflict dyads' sums alone: unchanged when no conflict total of these dyads changed
    reranked = any(quad.predicate in (CONFLICT_EVENTS, CONFLICT_SUM) for quad in current ^ desired)
    change = _replace(store, current, desired)
    for actor in {actor for dyad in dyads for actor in dyad}:
        node = actor_aggregate_iri(actor)
        current = set(store.quads_for_pattern(node, None, None, AGGREGATES_GRAPH))
        change += _replace(store, current, set(actor_aggregate_quads(actor, _actor_events(store, actor))))
    return change + _sync_partners(store, dyads) + (_sync_ranks(store) if reranked else 0)

"""The graph view of an output folder: actors as nodes, aggregated events as edges (networkx).

    from graphbuild.graph import load_graph, GraphFilter
    graph = load_graph("out", GraphFilter(actor="RUS", hops=1, since="2023-01-01"))

`build_graph` makes a `networkx.MultiDiGraph` keyed by relation: one edge per (from actor, relation, to actor)
with the event count, first/last date, Goldstein sum, quad class and the evidence (event id, sentence,
article title/date/url) of every non-negated event. Negated events never become edges.
Edge attributes never use the names `source`/`target` (node-link and Cytoscape exports overwrite them):
the endpoints are repeated as `from_actor`/`to_actor`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.model import Actor, ArticleMeta, OutputRecordError, Triple, iter_records, stable_id
from graphbuild.relations import relation_types
from graphbuild.resolve.names import ActorIndex, UnknownActor


class GraphInputError(OutputRecordError):
    """An output folder that cannot be read: names the file (and line)."""


@dataclass(frozen=True)
class GraphFilter:
    """Which part of the graph to keep. Event-level filters (relation, dates, language) apply before
    aggregation; `min_events` applies to the aggregated edges; `actor`/`hops` keeps the neighbourhood."""

    actor: str | None = None
    hops: int = 1
    relations: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_events: int = 1
    language: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.actor or self.relations or self.since or self.until or self.language
                    or self.min_events > 1)  # fmt: skip


@dataclass
class OutputData:
    """The records of an output folder that the graph is made of."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    triples: list[Triple] = field(default_factory=list)


def read_output(out_dir: str | Path) -> OutputData:
    """Read `triples.jsonl` (required), `actors.jsonl` and `articles.jsonl` (optional) of a build."""
    out_dir = Path(out_dir)
    triples_path = out_dir / "triples.jsonl"
    if not triples_path.is_file():
        raise GraphInputError(f"{triples_path}: missing (is {out_dir} a graphbuild output folder?)")
    data = OutputData()
    actors_path = out_dir / "actors.jsonl"
    if actors_path.is_file():
        for number, record in iter_records(actors_path, GraphInputError):
            try:
                actor = Actor.from_dict(record)
            except (TypeError, ValueError) as error:
                raise GraphInputError(f"{actors_path}:{number}: bad actor: {error}") from error
            data.actors[actor.id] = actor
            data.mentions[actor.id] = int(record.get("mentions") or 0)
    articles_path = out_dir / "articles.jsonl"
    if articles_path.is_file():
        for _, record in iter_records(articles_path, GraphInputError):
            info = ArticleMeta.from_dict({"id": "", **record})
            data.articles[info.id] = info
    for number, record in iter_records(triples_path, GraphInputError):
        try:
            data.triples.append(Triple.from_dict(record))
        except (KeyError, TypeError, ValueError) as error:
            raise GraphInputError(f"{triples_path}:{number}: bad triple: {error!r}") from error
    return data


def _day(value: str | None) -> str | None:
    """The ISO day (YYYY-MM-DD) of a date or timestamp string."""
    return value[:10] if value else None


def _event_date(triple: Triple, articles: dict[str, ArticleMeta]) -> str | None:
    article = articles.get(triple.article_id)
    return _day(triple.date or (article.date if article else None))


def _keep_event(triple: Triple, day: str | None, flt: GraphFilter) -> bool:
    if triple.negated:
        return False
    if flt.relations and triple.relation not in flt.relations:
        return False
    if flt.language and triple.language != flt.language:
        return False
    # compare on the filter's precision, so --until 2024 keeps all of 2024
    if flt.since and (day is None or day[: len(flt.since[:10])] < flt.since[:10]):
        return False
    return not (flt.until and (day is None or day[: len(flt.until[:10])] > flt.until[:10]))


def edge_id(from_actor: str, relation: str, to_actor: str) -> str:
    """The stable id of the aggregated edge (from, relation, to)."""
    return "e" + stable_id(from_actor, relation, to_actor)


def _node_attrs(actor: Actor, mentions: int) -> dict[str, Any]:
    attrs: dict[str, Any] = {"name": actor.name, "type": actor.type, "mentions": mentions}
    if actor.iso3:
        attrs["iso3"] = actor.iso3
    if actor.state:
        attrs["country"] = actor.state
    if actor.wikidata:
        attrs["wikidata"] = actor.wikidata
    return attrs


def _evidence(triple: Triple, day: str | None, articles: dict[str, ArticleMeta]) -> dict[str, Any]:
    article = articles.get(triple.article_id) or ArticleMeta(id=triple.article_id)
    return {
        "event_id": triple.id,
        "article_id": triple.article_id,
        "sentence": triple.sentence,
        "trigger": triple.trigger.text,
        "date": day,
        "language": triple.language,
        "mode": triple.mode,
        "confidence": triple.confidence,
        "title": article.title,
        "url": article.url,
        "article_date": _day(article.date),
    }


def build_graph(data: OutputData, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The aggregated actor graph of `data`, filtered by `flt` (see `GraphFilter`)."""
    flt = flt or GraphFilter()
    types = relation_types()
    graph = nx.MultiDiGraph(name="graphbuild")
    for actor_id in sorted(data.actors):
        graph.add_node(actor_id, **_node_attrs(data.actors[actor_id], data.mentions.get(actor_id, 0)))
    groups: dict[tuple[str, str, str], list[tuple[str | None, Triple]]] = {}
    negated = 0
    for triple in data.triples:
        negated += triple.negated
        day = _event_date(triple, data.articles)
        for mention in (triple.source, triple.target):
            if mention.actor.id not in graph:
                graph.add_node(mention.actor.id, **_node_attrs(mention.actor, 0))
        if _keep_event(triple, day, flt):
            key = (triple.source.actor.id, triple.relation, triple.target.actor.id)
            groups.setdefault(key, []).append((day, triple))
    for (src, relation, dst), events in sorted(groups.items()):
        if len(events) < flt.min_events:
            continue
        kind = types[relation]
        events.sort(key=lambda item: (item[0] or "", item[1].id))
        days = sorted(day for day, _ in events if day)
        goldstein = sum(t.goldstein if t.goldstein is not None else kind.goldstein for _, t in events)
        graph.add_edge(
            src, dst, key=relation, id=edge_id(src, relation, dst), relation=relation,
            from_actor=src, to_actor=dst, events=len(events),
            first_date=days[0] if days else None, last_date=days[-1] if days else None,
            goldstein_sum=round(float(goldstein), 3), quad=kind.quad, quad_label=kind.quad_label,
            cooperative=kind.cooperative, label=kind.label_en,
            evidence=[_evidence(t, day, data.articles) for day, t in events],
        )  # fmt: skip
    graph.graph.update(negated_excluded=negated, filter=_describe(flt))
    return _finish(graph, flt)


def _describe(flt: GraphFilter) -> str:
    parts = [f"{name}={value}" for name, value in (
        ("actor", flt.actor), ("hops", flt.hops if flt.actor else None),
        ("relation", ",".join(flt.relations) or None), ("since", flt.since), ("until", flt.until),
        ("min_events", flt.min_events if flt.min_events > 1 else None), ("language", flt.language),
    ) if value is not None]  # fmt: skip
    return " ".join(parts)


def _finish(graph: nx.MultiDiGraph, flt: GraphFilter) -> nx.MultiDiGraph:
    """Apply the node-level filters, then set degree and event counts on the nodes kept."""
    if flt.actor:
        focus = resolve_actor(graph, flt.actor)
        keep = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), focus, cutoff=flt.hops)
        graph = graph.subgraph(keep).copy()
    elif flt.active:
        graph = graph.subgraph([node for node in graph if graph.degree(node) > 0]).copy()
    for node, attrs in graph.nodes(data=True):
        out_events = sum(d["events"] for _, _, d in graph.out_edges(node, data=True))
        in_events = sum(d["events"] for _, _, d in graph.in_edges(node, data=True))
        attrs.update(degree=graph.degree(node), events=out_events + in_events,
                     events_out=out_events, events_in=in_events)  # fmt: skip
    return graph


def resolve_actor(graph: nx.MultiDiGraph, query: str) -> str:
    """An actor id from an id, ISO3 code, or a name or alias in any language the gazetteer knows (case and
    accents ignored); an error with the closest names if none (`graphbuild.resolve.names`)."""
    index = ActorIndex.build((node, attrs.get("name")) for node, attrs in graph.nodes(data=True))
    try:
        actor_id = index.resolve(query)
    except UnknownActor as error:
        raise GraphInputError(str(error)) from None
    if actor_id not in graph:
        raise GraphInputError(f"{index.label(actor_id)} is not in this graph (no article mentions it)")
    return actor_id


def load_graph(out_dir: str | Path, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
    """Read an output folder and build its (filtered) graph."""
    return build_graph(read_output(out_dir), flt)


def edges_by_weight(graph: nx.MultiDiGraph) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """Edges (u, v, key, data), heaviest first then by id: a stable order for writers."""
    return sorted(graph.edges(keys=True, data=True), key=lambda e: (-e[3]["events"], e[3]["id"]))

"""Load a build's output folder into Neo4j over Bolt: idempotent, incremental, batched.

Model: (:Actor:<Type> {id, name, iso3, country, wikidata, aliases}), (:Article {id, title, url, date, language}),
(:Event {id, relation, date, mode, negated, confidence, sentence, trigger, rule, source_rule, target_rule, rules,
cameo, goldstein, ...})
-[:SOURCE]->/-[:TARGET]-> actors and -[:REPORTED_IN]-> its article; (:Actor)-[:MENTIONED_IN]->(:Article);
(:Person)-[:LEADER_OF|MEMBER_OF {role, from, to}]->(:Actor); and one aggregate relationship per
(source, PLOVER type, target), e.g. (a)-[:SUPPORT {events, first_date, last_date, goldstein_sum}]->(b),
always recomputed from the non-negated Event nodes, so loading twice changes nothing. The distinct events of
events.jsonl are (:Incident) nodes linked to their Event mentions (graphbuild/neo4j/incidents.py); aggregates
also carry `distinct_events` and `articles`.

Every write is `UNWIND $rows ... MERGE` in a managed transaction (`session.execute_write`, retried by the driver
on transient errors), one writer at a time (parallel relationship writers deadlock on hub actors).

The output is streamed (`OutputReader`): actors.jsonl is held, triples.jsonl goes in batches of about
`batch_size` events, each batch with its articles' retractions, mentions and events; the aggregates of the
source actors touched are recomputed at the end from the Event nodes in Neo4j. Memory is one batch plus the
actors and the ids of the articles and actors written.

Retraction is exact: an article deleted (`--replace-article` on an output without it), re-extracted or with
fewer mentions leaves the database as a load that never had the old version would (`retract_articles`, then
`settle`: aggregates recomputed, `prune_actors` on the actors that lost a mention or a tie).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction

from graphbuild.model import ACTOR_TYPES, RELATIONS
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.records import (
    AFFILIATION_TYPES,
    ActorEntry,
    ArticleRun,
    Neo4jInputError,
    OutputReader,
    checked_relation,
    gazetteer_rows,
    placeholder_article,
)  # fmt: skip
from graphbuild.progress import current as progress_reporter
from graphbuild.progress import stage
from graphbuild.timeline.filters import LoadFilter

DEFAULT_BATCH_SIZE = 5000
STRUCTURAL_TYPES = ("SOURCE", "TARGET", "REPORTED_IN", "MENTIONED_IN", *AFFILIATION_TYPES)

SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX event_relation IF NOT EXISTS FOR (n:Event) ON (n.relation)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country)",
)


def _actor_query(actor_type: str, overwrite: bool) -> str:
    """Upsert actors of one type; labels come from the whitelist `ACTOR_TYPES`, never from data.

    An actor known only from a mention (`overwrite=False`) never overwrites an actors.jsonl description: it
    only fills a node that has no name yet."""
    if actor_type not in ACTOR_TYPES:
        raise ValueError(f"not an actor type: {actor_type!r}")
    others = ":".join(t for t in ACTOR_TYPES if t != actor_type)
    assign = (f"SET a.name = r.name, a.iso3 = r.iso3, a.country = r.country, a.wikidata = r.wikidata, "
              f"a.aliases = r.aliases REMOVE a:{others} SET a:{actor_type}")  # fmt: skip
    guard = "" if overwrite else "WITH a, r WHERE a.name IS NULL "
    # the state an actor was of before, when that changed: it may have nothing left keeping it (prune_actors)
    return (f"UNWIND $rows AS r MERGE (a:Actor {{id: r.id}}) {guard}WITH a, r, a.country AS was {assign} "
            "WITH was, a WHERE was IS NOT NULL AND was <> coalesce(a.country, '') RETURN was")


ARTICLES = ("UNWIND $rows AS r MERGE (x:Article {id: r.id}) "
            "SET x.title = r.title, x.url = r.url, x.date = r.date, x.language = r.language")  # fmt: skip
EVENTS = """
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
MATCH (x:Article {id: r.article})
MERGE (e:Event {id: r.id})
SET e = r.props
MERGE (e)-[:SOURCE]->(s)
MERGE (e)-[:TARGET]->(t)
MERGE (e)-[:REPORTED_IN]->(x)
"""
# Events of the loaded articles that the output no longer has (re-extraction changed them): retracted.
STALE_EVENTS = """
UNWIND $rows AS r
MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: r.article})
WHERE NOT e.id IN r.events
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
WITH e, e.id AS id, s.id AS source
DETACH DELETE e
RETURN id, source
"""
MENTIONS = ("UNWIND $rows AS r MATCH (a:Actor {id: r.actor}) MATCH (x:Article {id: r.article}) "
            "MERGE (a)-[:MENTIONED_IN]->(x)")  # fmt: skip
STALE_MENTIONS = ("UNWIND $rows AS r MATCH (a:Actor)-[m:MENTIONED_IN]->(:Article {id: r.article}) "
                  "WHERE NOT a.id IN r.actors DELETE m RETURN a.id AS actor")  # fmt: skip
STALE_AFFILIATIONS = ("UNWIND $rows AS r MATCH (:Actor {id: r.id})-[l:LEADER_OF|MEMBER_OF]->(o:Actor) "
                      "WHERE NOT l.key IN r.keys DELETE l RETURN o.id AS actor")  # fmt: skip
DELETE_ARTICLE = """
UNWIND $ids AS id
MATCH (x:Article {id: id})
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(x)
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (m:Actor)-[:MENTIONED_IN]->(x)
WITH x, collect(DISTINCT e) AS events, collect(DISTINCT s.id) AS sources,
     collect(DISTINCT s.id) + collect(DISTINCT t.id) + collect(DISTINCT m.id) AS actors
FOREACH (e IN events | DETACH DELETE e)
DETACH DELETE x
RETURN sources, actors
"""
DELETE_ORPHANS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE NOT (a)--() DELETE a"
# Actors a corrections file merged away (OUT/corrections-report.jsonl) and the output no longer has: deleted
# with their ties; the actors those ties pointed at go too when nothing else refers to them (DELETE_ORPHANS).
DELETE_MERGED = """
UNWIND $ids AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (a)-[:LEADER_OF|MEMBER_OF]->(o:Actor)
WITH a, collect(DISTINCT o.id) AS tied
DETACH DELETE a
RETURN tied
"""
# Actors no article mentions any more (retraction candidates): what would keep them in a database that never
# had the retracted articles is a tie from a mentioned actor (an office's organisation) or being a mentioned
# actor's state; what they point to (their own ties, their state) become candidates in turn.
UNMENTIONED = """
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT (a)-[:MENTIONED_IN]->()
OPTIONAL MATCH (a)-[:LEADER_OF|MEMBER_OF]->(o:Actor)
RETURN a.id AS id, a.country AS country, collect(DISTINCT o.id) AS targets,
       EXISTS { MATCH (p:Actor)-[:LEADER_OF|MEMBER_OF]->(a) WHERE (p)-[:MENTIONED_IN]->() } AS tied,
       EXISTS { MATCH (p:Actor {country: a.id}) WHERE (p)-[:MENTIONED_IN]->() } AS home
"""
DELETE_ACTORS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) DETACH DELETE a"
UNTIE_ACTORS = "UNWIND $ids AS id MATCH (a:Actor {id: id})-[l:LEADER_OF|MEMBER_OF]->() DELETE l"
BARE_ACTORS = ("UNWIND $ids AS id MATCH (a:Actor {id: id}) SET a = {id: a.id} "
               f"REMOVE a:{':'.join(ACTOR_TYPES)}")  # fmt: skip
AGGREGATES_OF = """
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[:SOURCE]-(e:Event)-[:TARGET]->(b:Actor)
WHERE NOT e.negated
RETURN a.id AS source, e.relation AS relation, b.id AS target, count(e) AS events,
       min(e.date) AS first_date, max(e.date) AS last_date, sum(e.goldstein) AS goldstein_sum
"""
STALE_AGGREGATES = """
UNWIND $rows AS r
MATCH (a:Actor {id: r.source})-[x]->(b:Actor)
WHERE type(x) IN $types AND NOT (type(x) + ' ' + b.id) IN r.keep
DELETE x
"""


def _aggregate_query(relation: str) -> str:
    return (f"UNWIND $rows AS r MATCH (a:Actor {{id: r.source}}) MATCH (b:Actor {{id: r.target}}) "
            f"MERGE (a)-[x:{checked_relation(relation)}]->(b) SET x.events = r.events, "
            "x.first_date = r.first_date, x.last_date = r.last_date, x.goldstein_sum = r.goldstein_sum")  # fmt: skip


def _affiliation_query(kind: str) -> str:
    if kind not in AFFILIATION_TYPES:
        raise ValueError(f"not an affiliation type: {kind!r}")
    return (f"UNWIND $rows AS r MATCH (p:Actor {{id: r.person}}) MERGE (o:Actor {{id: r.organisation}}) "
            f"MERGE (p)-[l:{kind} {{key: r.key}}]->(o) SET l.role = r.role, l.from = r.from, l.to = r.to, "
            "l.rule = r.rule")  # fmt: skip


@dataclass
class LoadReport:
    """What a load did and the store's totals after it."""

    uri: str
    database: str
    articles: int = 0
    events: int = 0
    actors: int = 0
    retracted_events: int = 0
    removed_articles: list[str] = field(default_factory=list)
    removed_actors: int = 0
    aggregates_recomputed: int = 0
    incidents: int = 0  # distinct events (events.jsonl) in the store after the load
    left_out: dict[str, int] = field(default_factory=dict)  # by --since/--until/--min-confidence
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def summary(self) -> str:
        counts = self.counts
        return (f"{self.events} events, {self.articles} articles, {self.actors} actors loaded into {self.uri} "
                f"({self.database}) in {self.seconds:.1f}s; store: {counts.get('nodes', 0)} nodes, "
                f"{counts.get('relationships', 0)} relationships; actors: {counts.get('actors_mentioned', 0)} "
                f"mentioned, {counts.get('actors_in_events', 0)} in events, {counts.get('actors_described', 0)} "
                f"described")  # fmt: skip


def _batches(rows: Sequence[dict[str, Any]], size: int) -> Iterable[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), max(1, size)):
        yield rows[start : start + size]


def write_rows(driver: Driver, database: str, query: str, rows: Sequence[dict[str, Any]], batch_size: int,
               **params: Any) -> list[dict[str, Any]]:  # fmt: skip
    """Run `query` with `$rows` in batches, one managed write transaction each; returns the records."""
    results: list[dict[str, Any]] = []

    def work(tx: ManagedTransaction, batch: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [record.data() for record in tx.run(query, rows=list(batch), **params)]

    with driver.session(database=database) as session:
        for batch in _batches(rows, batch_size):
            results.extend(session.execute_write(work, batch))
    return results


def write(driver: Driver, database: str, query: str, **params: Any) -> list[dict[str, Any]]:
    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        return [record.data() for record in tx.run(query, **params)]

    with driver.session(database=database) as session:
        return session.execute_write(work)


def read(driver: Driver, database: str, query: str, **params: Any) -> list[dict[str, Any]]:
    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        return [record.data() for record in tx.run(query, **params)]

    with driver.session(database=database) as session:
        return session.execute_read(work)


def ensure_schema(driver: Driver, database: str) -> None:
    """Uniqueness constraints (and lookup indexes) first, so every MERGE is an index seek."""
    with driver.session(database=database) as session:
        for statement in SCHEMA:
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


def write_actors(driver: Driver, database: str, rows: Iterable[dict[str, Any]], overwrite: bool,
                 batch_size: int) -> set[str]:  # fmt: skip
    """Upsert actors; returns the states some of them were of before and are no longer."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_type.setdefault(row["type"], []).append(row)
    left: set[str] = set()
    for actor_type in sorted(by_type):
        records = write_rows(driver, database, _actor_query(actor_type, overwrite), by_type[actor_type], batch_size)
        left.update(record["was"] for record in records)
    return left


def load_actors(driver: Driver, database: str, entries: Sequence[ActorEntry], batch_size: int) -> set[str]:
    """actors.jsonl's actors (their descriptions win over a mention's) and their affiliations (ties the
    output no longer has are deleted). Returns the actors a tie or a `country` no longer points to."""
    left = write_actors(driver, database, [entry.row for entry in entries], True, batch_size)
    affiliations = [a for entry in entries for a in entry.affiliations]
    for kind in AFFILIATION_TYPES:
        group = [a for a in affiliations if a["type"] == kind]
        write_rows(driver, database, _affiliation_query(kind), group, batch_size)
    keys = [{"id": entry.row["id"], "keys": [a["key"] for a in entry.affiliations]} for entry in entries]
    left.update(record["actor"] for record in write_rows(driver, database, STALE_AFFILIATIONS, keys, batch_size))
    return left


def load_events(driver: Driver, database: str, events: Sequence[dict[str, Any]], batch_size: int) -> None:
    write_rows(driver, database, EVENTS, events, batch_size)


@dataclass
class Progress:
    """What a streamed load has written so far: ids only, never rows."""

    articles: dict[str, None] = field(default_factory=dict)  # loaded articles, in order
    synced: set[str] = field(default_factory=set)  # articles whose stale events and mentions were retracted
    mention_actors: set[str] = field(default_factory=set)  # actors described from a mention or the gazetteer
    sources: set[str] = field(default_factory=set)  # source actors whose aggregates must be recomputed
    retracted: set[str] = field(default_factory=set)  # ids of the events retracted
    unmentioned: set[str] = field(default_factory=set)  # actors that lost a mention or a tie: see prune_actors
    events: int = 0
    aggregates: int = 0


def _merge_runs(runs: Sequence[ArticleRun]) -> list[ArticleRun]:
    """One run per article within a batch."""
    merged: dict[str, ArticleRun] = {}
    for run in runs:
        into = merged.setdefault(run.article, ArticleRun(run.article))
        into.events.extend(run.events)
        for actor_id, row in run.actors.items():
            into.actors.setdefault(actor_id, row)
    return list(merged.values())


def write_batch(driver: Driver, database: str, reader: OutputReader, runs: Sequence[ArticleRun],
                progress: Progress, batch_size: int) -> None:  # fmt: skip
    """One batch of triples.jsonl: placeholder articles and mention-only actors it needs, the retraction of
    its articles' stale events and mentions (once per article), its mentions, then its events."""
    runs = _merge_runs(runs)
    new_articles = [placeholder_article(run.article) for run in runs if run.article not in progress.articles]
    write_rows(driver, database, ARTICLES, new_articles, batch_size)
    progress.articles.update(dict.fromkeys(row["id"] for row in new_articles))
    new_actors = {aid: row for run in runs for aid, row in run.actors.items()
                  if aid not in reader.actors and aid not in progress.mention_actors}  # fmt: skip
    write_actors(driver, database, new_actors.values(), False, batch_size)
    progress.mention_actors.update(new_actors)
    first = [run for run in runs if run.article not in progress.synced]
    # an article met again further down the file: its earlier retraction may have taken these events
    for run in runs:
        if run.article in progress.synced:
            progress.retracted.difference_update(event["id"] for event in run.events)
    sync_articles(driver, database, reader, first, progress, batch_size)
    again = [{"actor": aid, "article": run.article} for run in runs if run.article not in {r.article for r in first}
             for aid in sorted(run.actors)]  # fmt: skip
    write_rows(driver, database, MENTIONS, again, batch_size)
    events = [event for run in runs for event in run.events]
    load_events(driver, database, events, batch_size)
    progress.sources.update(event["source"] for event in events)
    progress.events += len(events)


def sync_articles(driver: Driver, database: str, reader: OutputReader, runs: Sequence[ArticleRun],
                  progress: Progress, batch_size: int) -> None:  # fmt: skip
    """Retract the events and mentions of these articles that the output no longer has (each run holds all
    of its article's events seen so far), then merge their mentions: actors.jsonl's and the events' actors."""
    stale = [{"article": run.article, "events": [event["id"] for event in run.events]} for run in runs]
    for record in write_rows(driver, database, STALE_EVENTS, stale, batch_size):
        progress.retracted.add(record["id"])
        if record["source"]:
            progress.sources.add(record["source"])
    actors = {run.article: sorted({*reader.mentioned_in(run.article), *run.actors}) for run in runs}
    stale = write_rows(driver, database, STALE_MENTIONS, [{"article": a, "actors": ids} for a, ids in actors.items()],
                       batch_size)  # fmt: skip
    progress.unmentioned.update(record["actor"] for record in stale)
    pairs = sorted((actor, article) for article, ids in actors.items() for actor in ids)
    write_rows(driver, database, MENTIONS, [{"actor": actor, "article": article} for actor, article in pairs],
               batch_size)  # fmt: skip
    progress.synced.update(run.article for run in runs)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def load_stream(driver: Driver, database: str, reader: OutputReader, batch_size: int = DEFAULT_BATCH_SIZE,
                progress: Progress | None = None) -> Progress:  # fmt: skip
    """Schema, actors, articles, then triples.jsonl batch by batch, then the articles without events, then
    aggregates and the pruning of actors nothing keeps any more. Should a line of the output be bad, the load
    stops there; aggregates and actors are still brought in line with what was loaded (the store stays
    consistent) before the error goes up."""
    progress = progress or Progress()
    ensure_schema(driver, database)
    progress.unmentioned |= load_actors(driver, database, list(reader.actors.values()), batch_size)
    total = None if reader.only else _line_count(reader.out / "triples.jsonl")
    with stage("neo4j load", total, "events") as bar:
        _load_events(driver, database, reader, batch_size, progress, bar.advance)
    settle(driver, database, progress, batch_size)
    return progress


def _line_count(path: Path) -> int | None:
    """Lines of a file (a progress bar's total), counted only when a bar will show it."""
    if not progress_reporter().wants_totals or not path.is_file():
        return None
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _load_events(driver: Driver, database: str, reader: OutputReader, batch_size: int, progress: Progress,
                 advance: Callable[[int], None]) -> None:  # fmt: skip
    """Articles, then triples.jsonl batch by batch (`advance` told the events of each), then the articles
    without events and the gazetteer's actors. A bad line stops it, the aggregates of what was loaded are
    recomputed and the error goes up."""
    try:
        for rows in _chunks(reader.articles(), batch_size):
            write_rows(driver, database, ARTICLES, rows, batch_size)
            progress.articles.update(dict.fromkeys(row["id"] for row in rows))
        batch: list[ArticleRun] = []
        for run in reader.runs():
            batch.append(run)
            if sum(len(r.events) for r in batch) >= batch_size:
                write_batch(driver, database, reader, batch, progress, batch_size)
                advance(sum(len(r.events) for r in batch))
                batch = []
        write_batch(driver, database, reader, batch, progress, batch_size)
        advance(sum(len(r.events) for r in batch))
        quiet = [ArticleRun(article) for article in progress.articles if article not in progress.synced]
        for runs in _chunks(quiet, batch_size):
            sync_articles(driver, database, reader, runs, progress, batch_size)
        extra = reader.gazetteer_actors(progress.mention_actors)
        write_actors(driver, database, extra, False, batch_size)
        progress.mention_actors.update(row["id"] for row in extra)
    except Neo4jInputError:
        # a bad line: what was loaded before it stays, with its aggregates (a lost server gets no such care)
        settle(driver, database, progress, batch_size)
        raise


def settle(driver: Driver, database: str, progress: Progress, batch_size: int) -> None:
    """After a load or a retraction: recompute the aggregates of the source actors touched, then prune the
    actors nothing keeps any more."""
    progress.aggregates = recompute_aggregates(driver, database, progress.sources, batch_size)
    prune_actors(driver, database, progress.unmentioned, batch_size)


def retract_articles(driver: Driver, database: str, article_ids: Iterable[str], progress: Progress) -> int:
    """Delete articles with their events and mentions; their events' source actors go to `progress.sources`
    (aggregates to recompute) and every actor they involved to `progress.unmentioned` (to prune once the
    load is done: `settle`). Returns how many events were deleted."""
    ids = sorted(set(article_ids))
    before = count_events(driver, database)
    result = write(driver, database, DELETE_ARTICLE, ids=ids)
    progress.sources.update(s for r in result for s in r["sources"] if s)
    progress.unmentioned.update(a for r in result for a in r["actors"] if a)
    return before - count_events(driver, database)


def remove_articles(driver: Driver, database: str, article_ids: Iterable[str]) -> tuple[set[str], int]:
    """Retract articles exactly (as if never loaded): their events, mentions, the aggregates they counted in,
    and the actors nothing keeps any more. Returns the source actors touched and the events deleted."""
    progress = Progress()
    removed = retract_articles(driver, database, article_ids, progress)
    settle(driver, database, progress, DEFAULT_BATCH_SIZE)
    return progress.sources, removed


@dataclass
class Pruning:
    """The fate of the actors no article mentions any more, after `prune_actors` has looked at them."""

    deleted: set[str] = field(default_factory=set)  # nothing keeps them
    tied: set[str] = field(default_factory=set)  # a mentioned actor's tie points to them: kept
    homes: set[str] = field(default_factory=set)  # a mentioned actor's state, not tied to: kept if the gazetteer has it


def _unmentioned(driver: Driver, database: str, candidates: Iterable[str], batch_size: int) -> Pruning:
    """Sort the candidates (and, in turn, what the unmentioned ones point to) into a `Pruning`."""
    pruning, seen = Pruning(), set(candidates)
    todo = sorted(seen)
    while todo:
        rows = read(driver, database, UNMENTIONED, ids=todo[:batch_size])
        todo = todo[batch_size:]
        for row in rows:
            kept = pruning.tied if row["tied"] else pruning.homes if row["home"] else pruning.deleted
            kept.add(row["id"])
            more = {*row["targets"], row["country"]} - seen - {None}
            seen |= more
            todo.extend(sorted(more))
    return pruning


def prune_actors(driver: Driver, database: str, candidates: Iterable[str], batch_size: int = DEFAULT_BATCH_SIZE
                 ) -> Pruning:  # fmt: skip
    """Bring the actors no article mentions any more to what a load that never had the retracted articles
    gives: deleted when nothing keeps them; kept when a mentioned actor's tie points to them (described by the
    gazetteer, else a bare node, as an affiliation's MERGE leaves it) or when they are a mentioned actor's
    state the gazetteer describes; never with ties of their own (only mentioned actors have ties)."""
    pruning = _unmentioned(driver, database, candidates, batch_size)
    described = gazetteer_rows(pruning.tied | pruning.homes)
    pruning.deleted |= pruning.homes - set(described)
    write(driver, database, DELETE_ACTORS, ids=sorted(pruning.deleted))
    kept = sorted((pruning.tied | pruning.homes) - pruning.deleted)
    write(driver, database, UNTIE_ACTORS, ids=kept)
    write(driver, database, BARE_ACTORS, ids=[i for i in kept if i not in described])
    write_actors(driver, database, [described[i] for i in kept if i in described], True, batch_size)
    return pruning


def remove_merged_actors(driver: Driver, database: str, out_dir: str | Path, keep: set[str]) -> int:
    """Delete the actors the output's corrections merged into others (and that it no longer has), then the
    actors only their ties pointed at; returns how many merged actors were deleted."""
    from graphbuild.review.corrections import merged_away

    ids = sorted(set(merged_away(out_dir)) - keep)
    if not ids:
        return 0
    present = read(driver, database, "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN count(a) AS n", ids=ids)
    tied = sorted({t for row in write(driver, database, DELETE_MERGED, ids=ids) for t in row["tied"] if t})
    write(driver, database, DELETE_ORPHANS, ids=tied)
    return int(present[0]["n"])


def recompute_aggregates(driver: Driver, database: str, sources: Iterable[str], batch_size: int) -> int:
    """Rebuild the (source)-[:TYPE {events, first_date, last_date, goldstein_sum}]->(target) relationships of
    these source actors from their non-negated Event nodes; returns how many aggregates now exist for them.
    Sources go a few at a time, as many as keep about `batch_size` aggregate rows in memory."""
    ids = sorted(set(sources))
    total, start, step = 0, 0, max(1, batch_size // 100)
    while start < len(ids):
        chunk = ids[start : start + step]
        start += len(chunk)
        rows = read(driver, database, AGGREGATES_OF, ids=chunk)
        for row in rows:
            row["goldstein_sum"] = round(float(row["goldstein_sum"] or 0.0), 4)
        keep: dict[str, list[str]] = {source: [] for source in chunk}
        for row in rows:
            keep[row["source"]].append(f"{row['relation']} {row['target']}")
        write_rows(driver, database, STALE_AGGREGATES, [{"source": s, "keep": k} for s, k in keep.items()],
                   batch_size, types=list(RELATIONS))  # fmt: skip
        for relation in RELATIONS:
            group = [row for row in rows if row["relation"] == relation]
            write_rows(driver, database, _aggregate_query(relation), group, batch_size)
        total += len(rows)
        per_source = max(1, len(rows) // len(chunk))
        step = max(1, min(batch_size // 10, batch_size // per_source))
    return total


def count_events(driver: Driver, database: str) -> int:
    return int(read(driver, database, "MATCH (e:Event) RETURN count(e) AS n")[0]["n"])


# Actors counted the three ways summary.json and the RDF store report name: described (every Actor node: those
# mentioned plus the states and organisations their offices, memberships and countries point to), mentioned
# in an article, and source or target of an event (negated ones included).
ACTOR_COUNTS = """MATCH (a:Actor)
RETURN count(a) AS actors_described,
       count(CASE WHEN EXISTS { (a)-[:MENTIONED_IN]->(:Article) } THEN 1 END) AS actors_mentioned,
       count(CASE WHEN EXISTS { (a)<-[:SOURCE|TARGET]-(:Event) } THEN 1 END) AS actors_in_events"""


def store_counts(driver: Driver, database: str) -> dict[str, int]:
    """Nodes by label, relationships by type (every label and type of the model, zero if absent), actors
    described / mentioned / in events (see ACTOR_COUNTS), totals."""
    counts = dict.fromkeys(("Actor", "Article", "Event", *ACTOR_TYPES, *STRUCTURAL_TYPES, *RELATIONS), 0)
    for row in read(driver, database, "MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS n"):
        counts[row["k"]] = int(row["n"])
    for row in read(driver, database, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"):
        counts[row["k"]] = int(row["n"])
    counts.update(read(driver, database, ACTOR_COUNTS)[0])
    counts["nodes"] = int(read(driver, database, "MATCH (n) RETURN count(n) AS n")[0]["n"])
    counts["relationships"] = int(read(driver, database, "MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"])
    return counts


def aggregate_checksum(driver: Driver, database: str) -> str:
    """sha256 over every aggregate relationship (source, type, target, events, dates, Goldstein sum), sorted."""
    rows = read(driver, database, "MATCH (a:Actor)-[x]->(b:Actor) WHERE type(x) IN $types "
                "RETURN a.id AS s, type(x) AS t, b.id AS o, x.events AS n, x.first_date AS f, x.last_date AS l, "
                "x.goldstein_sum AS g ORDER BY s, t, o", types=list(RELATIONS))  # fmt: skip
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def load_output(out_dir: str | Path, config: Neo4jConfig, *, batch_size: int = DEFAULT_BATCH_SIZE,
                replace_articles: Sequence[str] = (), keep: LoadFilter | None = None) -> LoadReport:  # fmt: skip
    """Load OUT/{articles,triples,actors}.jsonl (all of it, or with `replace_articles` only those articles:
    their old events are retracted, the output's current ones loaded, aggregates recomputed; an article the
    output no longer has is removed with its events). The output is streamed, `batch_size` events at a time."""
    started = time.perf_counter()
    only = set(replace_articles) or None
    reader = OutputReader(out_dir, only, keep)
    report = LoadReport(uri=config.uri, database=config.database)
    progress = Progress()
    with connected(config) as driver:
        if only:
            present = {row["id"] for row in reader.articles()} | {run.article for run in reader.runs()}
            gone = sorted(only - present)
            if gone:  # aggregates and actors are settled at the end of the load
                report.retracted_events += retract_articles(driver, config.database, gone, progress)
                report.removed_articles = gone
        progress = load_stream(driver, config.database, reader, batch_size, progress)
        present_actors = {*reader.actors, *progress.mention_actors}
        report.removed_actors = remove_merged_actors(driver, config.database, out_dir, present_actors)
        report.aggregates_recomputed = progress.aggregates
        report.retracted_events += len(progress.retracted)
        report.articles, report.events = len(progress.articles), progress.events
        report.actors = len(reader.actors) + len(progress.mention_actors)
        report.incidents = _sync_incidents(driver, config.database, out_dir, batch_size, keep)
        report.left_out = keep.counts.to_dict() if keep and keep.counts else {}
        report.counts = store_counts(driver, config.database)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _sync_incidents(driver: Driver, database: str, out_dir: str | Path, batch_size: int,
                    keep: LoadFilter | None) -> int:  # fmt: skip
    from graphbuild.neo4j.incidents import sync_incidents  # it builds on this module's writers

    return sync_incidents(driver, database, out_dir, batch_size, keep)


def clear(driver: Driver, database: str) -> None:
    """Delete every node and relationship (batched), keeping the schema."""
    with driver.session(database=database) as session:
        # events first (few relationships each), then the rest in small transactions: a hub actor's
        # relationships all go in the transaction that deletes it, and that must fit the memory pool
        session.run("MATCH (e:Event) CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS").consume()

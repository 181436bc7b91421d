"""Load a build's output folder into Neo4j over Bolt: idempotent, incremental, batched.

Model: (:Actor:<Type> {id, name, iso3, country, wikidata, aliases}), (:Article {id, title, url, date, language}),
(:Event {id, relation, date, mode, negated, confidence, sentence, trigger, rule, cameo, goldstein, ...})
-[:SOURCE]->/-[:TARGET]-> actors and -[:REPORTED_IN]-> its article; (:Actor)-[:MENTIONED_IN]->(:Article);
(:Person)-[:LEADER_OF|MEMBER_OF {role, from, to}]->(:Actor); and one aggregate relationship per
(source, PLOVER type, target), e.g. (a)-[:SUPPORT {events, first_date, last_date, goldstein_sum}]->(b),
always recomputed from the non-negated Event nodes, so loading twice changes nothing.

Every write is `UNWIND $rows ... MERGE` in a managed transaction (`session.execute_write`, retried by the driver
on transient errors), one writer at a time (parallel relationship writers deadlock on hub actors).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction

from graphbuild.model import ACTOR_TYPES, RELATIONS
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.records import AFFILIATION_TYPES, OutputRows, checked_relation, read_output

DEFAULT_BATCH_SIZE = 5000
STRUCTURAL_TYPES = ("SOURCE", "TARGET", "REPORTED_IN", "MENTIONED_IN", *AFFILIATION_TYPES)

SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX event_relation IF NOT EXISTS FOR (n:Event) ON (n.relation)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
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
    return f"UNWIND $rows AS r MERGE (a:Actor {{id: r.id}}) {guard}{assign}"


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
WITH e, s.id AS source
DETACH DELETE e
RETURN DISTINCT source
"""
MENTIONS = ("UNWIND $rows AS r MATCH (a:Actor {id: r.actor}) MATCH (x:Article {id: r.article}) "
            "MERGE (a)-[:MENTIONED_IN]->(x)")  # fmt: skip
STALE_MENTIONS = ("UNWIND $rows AS r MATCH (a:Actor)-[m:MENTIONED_IN]->(:Article {id: r.article}) "
                  "WHERE NOT a.id IN r.actors DELETE m")  # fmt: skip
STALE_AFFILIATIONS = ("UNWIND $rows AS r MATCH (:Actor {id: r.id})-[l:LEADER_OF|MEMBER_OF]->() "
                      "WHERE NOT l.key IN r.keys DELETE l")  # fmt: skip
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
    aggregates_recomputed: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def summary(self) -> str:
        return (f"{self.events} events, {self.articles} articles, {self.actors} actors loaded into {self.uri} "
                f"({self.database}) in {self.seconds:.1f}s; store: {self.counts.get('nodes', 0)} nodes, "
                f"{self.counts.get('relationships', 0)} relationships")  # fmt: skip


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


def load_actors(driver: Driver, database: str, rows: OutputRows, batch_size: int) -> int:
    by_type: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for row in rows.mention_actors.values():
        by_type.setdefault((row["type"], False), []).append(row)
    for entry in rows.actors.values():
        by_type.setdefault((entry.row["type"], True), []).append(entry.row)
    for (actor_type, overwrite), group in sorted(by_type.items(), key=lambda item: (item[0][1], item[0][0])):
        write_rows(driver, database, _actor_query(actor_type, overwrite), group, batch_size)
    affiliations = [a for entry in rows.actors.values() for a in entry.affiliations]
    for kind in AFFILIATION_TYPES:
        group = [a for a in affiliations if a["type"] == kind]
        write_rows(driver, database, _affiliation_query(kind), group, batch_size)
    keys = [{"id": aid, "keys": [a["key"] for a in entry.affiliations]} for aid, entry in rows.actors.items()]
    write_rows(driver, database, STALE_AFFILIATIONS, keys, batch_size)
    return len(rows.actors) + len(rows.mention_actors)


def load_events(driver: Driver, database: str, events: Sequence[dict[str, Any]], batch_size: int) -> None:
    write_rows(driver, database, EVENTS, events, batch_size)


def sync_articles(driver: Driver, database: str, rows: OutputRows, batch_size: int) -> set[str]:
    """Retract events and mentions of the loaded articles that the output no longer has; returns the
    source actors whose aggregates that touched."""
    by_article: dict[str, list[str]] = {article: [] for article in rows.article_ids}
    for event in rows.events:
        by_article.setdefault(event["article"], []).append(event["id"])
    stale = [{"article": article, "events": ids} for article, ids in by_article.items()]
    touched = {r["source"] for r in write_rows(driver, database, STALE_EVENTS, stale, batch_size) if r["source"]}
    actors_by_article: dict[str, list[str]] = {article: [] for article in rows.article_ids}
    for pair in rows.mentions():
        actors_by_article.setdefault(pair["article"], []).append(pair["actor"])
    mentions = [{"article": article, "actors": ids} for article, ids in actors_by_article.items()]
    write_rows(driver, database, STALE_MENTIONS, mentions, batch_size)
    write_rows(driver, database, MENTIONS, rows.mentions(), batch_size)
    return touched


def remove_articles(driver: Driver, database: str, article_ids: Iterable[str]) -> tuple[set[str], int]:
    """Delete articles with their events and mentions, and actors left with no relationship at all."""
    ids = sorted(set(article_ids))
    before = count_events(driver, database)
    result = write(driver, database, DELETE_ARTICLE, ids=ids)
    sources = {s for r in result for s in r["sources"] if s}
    actors = sorted({a for r in result for a in r["actors"] if a})
    removed = before - count_events(driver, database)
    recompute_aggregates(driver, database, sources, DEFAULT_BATCH_SIZE)
    write(driver, database, DELETE_ORPHANS, ids=actors)
    return sources, removed


def recompute_aggregates(driver: Driver, database: str, sources: Iterable[str], batch_size: int) -> int:
    """Rebuild the (source)-[:TYPE {events, first_date, last_date, goldstein_sum}]->(target) relationships of
    these source actors from their non-negated Event nodes; returns how many aggregates now exist for them."""
    ids = sorted(set(sources))
    total = 0
    for start in range(0, len(ids), max(1, batch_size // 10)):
        chunk = ids[start : start + max(1, batch_size // 10)]
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
    return total


def count_events(driver: Driver, database: str) -> int:
    return int(read(driver, database, "MATCH (e:Event) RETURN count(e) AS n")[0]["n"])


def store_counts(driver: Driver, database: str) -> dict[str, int]:
    """Nodes by label, relationships by type (every label and type of the model, zero if absent), totals."""
    counts = dict.fromkeys(("Actor", "Article", "Event", *ACTOR_TYPES, *STRUCTURAL_TYPES, *RELATIONS), 0)
    for row in read(driver, database, "MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS n"):
        counts[row["k"]] = int(row["n"])
    for row in read(driver, database, "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"):
        counts[row["k"]] = int(row["n"])
    counts["nodes"] = int(read(driver, database, "MATCH (n) RETURN count(n) AS n")[0]["n"])
    counts["relationships"] = int(read(driver, database, "MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"])
    return counts


def aggregate_checksum(driver: Driver, database: str) -> str:
    """sha256 over every aggregate relationship (source, type, target, events, dates, Goldstein sum), sorted."""
    rows = read(driver, database, "MATCH (a:Actor)-[x]->(b:Actor) WHERE type(x) IN $types "
                "RETURN a.id AS s, type(x) AS t, b.id AS o, x.events AS n, x.first_date AS f, x.last_date AS l, "
                "x.goldstein_sum AS g ORDER BY s, t, o", types=list(RELATIONS))  # fmt: skip
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def load_rows(driver: Driver, database: str, rows: OutputRows, batch_size: int = DEFAULT_BATCH_SIZE) -> tuple[int, int]:
    """Schema, actors, articles, events, mentions, then aggregates; returns (retracted events, aggregates)."""
    ensure_schema(driver, database)
    load_actors(driver, database, rows, batch_size)
    write_rows(driver, database, ARTICLES, rows.articles, batch_size)
    before = count_events(driver, database)
    touched = sync_articles(driver, database, rows, batch_size)
    retracted = before - count_events(driver, database)
    load_events(driver, database, rows.events, batch_size)
    touched |= {event["source"] for event in rows.events}
    aggregates = recompute_aggregates(driver, database, touched, batch_size)
    return retracted, aggregates


def load_output(out_dir: str | Path, config: Neo4jConfig, *, batch_size: int = DEFAULT_BATCH_SIZE,
                replace_articles: Sequence[str] = ()) -> LoadReport:  # fmt: skip
    """Load OUT/{articles,triples,actors}.jsonl (all of it, or with `replace_articles` only those articles:
    their old events are retracted, the output's current ones loaded, aggregates recomputed; an article the
    output no longer has is removed with its events)."""
    started = time.perf_counter()
    only = set(replace_articles) or None
    rows = read_output(out_dir, only)
    report = LoadReport(uri=config.uri, database=config.database, articles=len(rows.articles),
                        events=len(rows.events), actors=len(rows.actors) + len(rows.mention_actors))  # fmt: skip
    with connected(config) as driver:
        if only:
            gone = sorted(only - set(rows.article_ids))
            if gone:
                _, removed = remove_articles(driver, config.database, gone)
                report.retracted_events += removed
                report.removed_articles = gone
        retracted, report.aggregates_recomputed = load_rows(driver, config.database, rows, batch_size)
        report.retracted_events += retracted
        report.counts = store_counts(driver, config.database)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def clear(driver: Driver, database: str) -> None:
    """Delete every node and relationship (batched), keeping the schema."""
    with driver.session(database=database) as session:
        # events first (few relationships each), then the rest in small transactions: a hub actor's
        # relationships all go in the transaction that deletes it, and that must fit the memory pool
        session.run("MATCH (e:Event) CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS").consume()

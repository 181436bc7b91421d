"""Distinct events (events.jsonl) in Neo4j: (:Incident {id, relation, event_date, date_precision, week, quad,
goldstein, confidence, symmetric, num_articles, family}) -[:INCIDENT_SOURCE]-> / -[:INCIDENT_TARGET]-> actors,
-[:MENTIONED_BY]-> its (:Event) mentions and -[:IN_ARTICLE]-> the articles that report it. Every load syncs
all incidents with events.jsonl (upsert, then delete those it no longer has), so a re-load changes nothing; the
aggregate relationships then get `distinct_events` (incidents among their events) and `articles`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from neo4j import Driver

from graphbuild.model import RELATIONS
from graphbuild.neo4j.loader import read, write, write_rows
from graphbuild.neo4j.records import Neo4jInputError, checked_relation, iso_date
from graphbuild.rdf.incidents import iso_week, read_incidents
from graphbuild.timeline.filters import LoadFilter

SCHEMA = (
    "CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.event_date)",
)
INCIDENT_TYPES = ("INCIDENT_SOURCE", "INCIDENT_TARGET", "MENTIONED_BY", "IN_ARTICLE")
INCIDENTS = """
UNWIND $rows AS r
MATCH (s:Actor {id: r.source})
MATCH (t:Actor {id: r.target})
MERGE (i:Incident {id: r.id})
SET i = r.props
WITH i, r, s, t
OPTIONAL MATCH (i)-[old:INCIDENT_SOURCE|INCIDENT_TARGET|MENTIONED_BY|IN_ARTICLE]->()
DELETE old
WITH DISTINCT i, r, s, t
MERGE (i)-[:INCIDENT_SOURCE]->(s)
MERGE (i)-[:INCIDENT_TARGET]->(t)
WITH i, r
CALL (i, r) {
  UNWIND r.triples AS tid
  MATCH (e:Event {id: tid})
  MERGE (i)-[:MENTIONED_BY]->(e)
}
CALL (i, r) {
  UNWIND r.articles AS aid
  MATCH (x:Article {id: aid})
  MERGE (i)-[:IN_ARTICLE]->(x)
}
"""
STALE_INCIDENTS = "MATCH (i:Incident) WHERE NOT i.id IN $ids DETACH DELETE i"
DISTINCT_COUNTS = """
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[:SOURCE]-(e:Event)-[:TARGET]->(b:Actor)
WHERE NOT e.negated
OPTIONAL MATCH (i:Incident)-[:MENTIONED_BY]->(e)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(x:Article)
RETURN a.id AS source, e.relation AS relation, b.id AS target, count(DISTINCT i) AS distinct_events,
       count(DISTINCT x) AS articles
"""


def incident_row(record: dict[str, Any]) -> dict[str, Any]:
    """An Incident node's properties plus the ids it links to."""
    if record["relation"] not in RELATIONS:
        raise ValueError(f"unknown relation {record['relation']!r}")
    day = iso_date(record.get("event_date"))
    props = {
        "id": record["id"], "relation": record["relation"], "event_date": day,
        "date_precision": record.get("date_precision") or "unknown", "week": iso_week(day) if day else None,
        "quad": int(record["quad"]), "goldstein": float(record["goldstein"]),
        "confidence": float(record.get("confidence", 1.0)), "symmetric": bool(record.get("symmetric")),
        "num_articles": int(record["num_articles"]), "family": record.get("provenance", {}).get("family"),
    }  # fmt: skip
    return {"id": record["id"], "source": record["source"], "target": record["target"],
            "triples": list(record["triples"]), "articles": list(record["articles"]),
            "props": {k: v for k, v in props.items() if v is not None}}  # fmt: skip


def ensure_schema(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        for statement in SCHEMA:
            session.run(statement).consume()


def sync_incidents(driver: Driver, database: str, out_dir: str | Path, batch_size: int,
                   keep: LoadFilter | None = None) -> int:  # fmt: skip
    """Make the store's incidents those of OUT/events.jsonl (after `keep`); returns how many there are."""
    ensure_schema(driver, database)
    rows = []
    for record in read_incidents(Path(out_dir), Neo4jInputError):
        kept = record if keep is None else keep.event(record)
        if kept is not None:
            rows.append(incident_row(kept))
    write_rows(driver, database, INCIDENTS, rows, max(1, batch_size // 10))
    write(driver, database, STALE_INCIDENTS, ids=[row["id"] for row in rows])
    count_distinct(driver, database, sorted({row["source"] for row in rows} | {row["target"] for row in rows}),
                   batch_size)  # fmt: skip
    return len(rows)


def count_distinct(driver: Driver, database: str, actors: Iterable[str], batch_size: int) -> None:
    """`distinct_events` and `articles` on the aggregate relationships whose source is one of `actors`."""
    ids = list(actors)
    step = max(1, batch_size // 100)
    for start in range(0, len(ids), step):
        rows = read(driver, database, DISTINCT_COUNTS, ids=ids[start : start + step])
        for relation in RELATIONS:
            group = [row for row in rows if row["relation"] == relation]
            if group:
                write_rows(driver, database, _count_query(relation), group, batch_size)


def _count_query(relation: str) -> str:
    return (f"UNWIND $rows AS r MATCH (a:Actor {{id: r.source}})-[x:{checked_relation(relation)}]->"
            "(b:Actor {id: r.target}) SET x.distinct_events = r.distinct_events, x.articles = r.articles")


INCIDENT_PROPS = ("relation", "event_date", "date_precision", "week", "quad", "goldstein", "confidence", "symmetric",
                  "num_articles", "family")  # fmt: skip
INCIDENT_CSV_TYPES = {"quad": "long", "goldstein": "double", "confidence": "double", "symmetric": "boolean",
                      "num_articles": "long"}  # fmt: skip


def incident_csv_rows(out_dir: str | Path, articles: set[str]) -> dict[str, tuple[list[str], list]]:
    """The neo4j-admin CSVs of the incidents (file name → header, rows). An incident's mentions are lines of the
    same triples.jsonl (so Event nodes of the import); its articles are linked only if the import has them."""
    header = ["id:ID(Incident)"] + [f"{p}:{INCIDENT_CSV_TYPES[p]}" if p in INCIDENT_CSV_TYPES else p
                                    for p in INCIDENT_PROPS] + [":LABEL"]  # fmt: skip
    files: dict[str, tuple[list[str], list]] = {
        "nodes-incidents.csv": (header, []),
        "rels-incident_source.csv": ([":START_ID(Incident)", ":END_ID(Actor)", ":TYPE"], []),
        "rels-incident_target.csv": ([":START_ID(Incident)", ":END_ID(Actor)", ":TYPE"], []),
        "rels-mentioned_by.csv": ([":START_ID(Incident)", ":END_ID(Event)", ":TYPE"], []),
        "rels-in_article.csv": ([":START_ID(Incident)", ":END_ID(Article)", ":TYPE"], []),
    }
    for record in read_incidents(Path(out_dir), Neo4jInputError):
        row = incident_row(record)
        files["nodes-incidents.csv"][1].append([row["id"], *(row["props"].get(p) for p in INCIDENT_PROPS),
                                                "Incident"])  # fmt: skip
        files["rels-incident_source.csv"][1].append([row["id"], row["source"], "INCIDENT_SOURCE"])
        files["rels-incident_target.csv"][1].append([row["id"], row["target"], "INCIDENT_TARGET"])
        files["rels-mentioned_by.csv"][1].extend([row["id"], t, "MENTIONED_BY"] for t in row["triples"])
        files["rels-in_article.csv"][1].extend([row["id"], a, "IN_ARTICLE"] for a in row["articles"] if a in articles)
    return files


def distinct_of(out_dir: str | Path) -> dict[str, str]:
    """Triple id → incident id, from OUT/events.jsonl."""
    return {t: record["id"] for record in read_incidents(Path(out_dir), Neo4jInputError) for t in record["triples"]}

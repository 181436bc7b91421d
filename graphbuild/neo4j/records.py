"""A build's output folder as rows for Neo4j: plain dicts of Cypher parameters (no text is ever spliced
into a query; relationship types and labels come only from whitelists).

The same rows feed the Bolt loader (`loader.py`) and the `neo4j-admin database import` CSVs (`bulk.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.model import (
    ACTOR_TYPES,
    RELATIONS,
    Actor,
    Affiliation,
    OutputRecordError,
    Triple,
    iter_records,
    parse_record,
    stable_id,
)
from graphbuild.relations import relation_types

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AFFILIATION_TYPES = ("LEADER_OF", "MEMBER_OF")


class Neo4jInputError(OutputRecordError):
    """A record of the output folder that cannot be loaded; the message names file and line."""


def iso_date(value: str | None) -> str | None:
    """The date if it is a plain ISO date (YYYY-MM-DD), else None: the same rule as the RDF store."""
    return value if value and _ISO_DATE.match(value) else None


def actor_row(actor: Actor) -> dict[str, Any]:
    if actor.type not in ACTOR_TYPES:
        raise ValueError(f"actor {actor.id!r}: unknown type {actor.type!r}")
    return {"id": actor.id, "name": actor.name, "type": actor.type, "iso3": actor.iso3, "country": actor.country,
            "wikidata": actor.wikidata, "aliases": sorted(set(actor.aliases)) or None}  # fmt: skip


def article_row(data: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(data["id"]), "title": data.get("title") or "", "url": data.get("url"),
            "date": iso_date(data.get("date")), "language": data.get("language") or "und"}  # fmt: skip


def event_row(triple: Triple) -> dict[str, Any]:
    """An Event node's properties plus the ids it links to (`source`, `target`, `article`)."""
    relation = relation_types()[triple.relation]
    goldstein = relation.goldstein if triple.goldstein is None else float(triple.goldstein)
    props = {
        "id": triple.id, "relation": triple.relation, "date": iso_date(triple.date), "mode": triple.mode,
        "negated": triple.negated, "confidence": round(triple.confidence, 4), "sentence": triple.sentence,
        "trigger": triple.trigger.text, "rule": triple.trigger.rule, "cameo": triple.cameo or relation.cameo[0],
        "goldstein": goldstein, "language": triple.language, "extractor": triple.extractor,
    }  # fmt: skip
    return {"props": {k: v for k, v in props.items() if v is not None}, "id": triple.id,
            "source": triple.source.actor.id, "target": triple.target.actor.id, "article": triple.article_id,
            "relation": triple.relation}  # fmt: skip


def affiliation_row(affiliation: Affiliation) -> dict[str, Any]:
    if affiliation.relation not in AFFILIATION_TYPES:
        raise ValueError(f"unknown affiliation {affiliation.relation!r}")
    key = stable_id(affiliation.person, affiliation.relation, affiliation.organisation, affiliation.role,
                    affiliation.start)  # fmt: skip
    return {"key": key, "person": affiliation.person, "type": affiliation.relation,
            "organisation": affiliation.organisation, "role": affiliation.role, "from": iso_date(affiliation.start),
            "to": iso_date(affiliation.end), "rule": affiliation.rule}  # fmt: skip


@dataclass
class ActorEntry:
    row: dict[str, Any]
    affiliations: list[dict[str, Any]]
    articles: list[str]


@dataclass
class OutputRows:
    """Everything of one output folder (or of some of its articles) as Neo4j rows."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    # actors known only from triples, or from the gazetteer as an affiliation's end: never overwrite
    mention_actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return [row["id"] for row in self.articles]

    def mentions(self) -> list[dict[str, str]]:
        """(actor, article) pairs: from actors.jsonl and from every event's two actors."""
        wanted = set(self.article_ids)
        pairs = {(aid, art) for aid, entry in self.actors.items() for art in entry.articles if art in wanted}
        pairs |= {(row[role], row["article"]) for row in self.events for role in ("source", "target")}
        return [{"actor": actor, "article": article} for actor, article in sorted(pairs)]


def read_output(out_dir: str | Path, only: set[str] | None = None) -> OutputRows:
    """Read OUT/articles.jsonl, triples.jsonl, actors.jsonl; `only` keeps just those articles (and their events)."""
    out = Path(out_dir)
    if not (out / "triples.jsonl").exists() and not (out / "articles.jsonl").exists():
        raise Neo4jInputError(f"{out}: no triples.jsonl or articles.jsonl (is this a graphbuild output folder?)")
    rows = OutputRows()
    seen_articles: set[str] = set()
    for number, data in iter_records(out / "articles.jsonl", Neo4jInputError):
        row = parse_record(out / "articles.jsonl", number, data, article_row, Neo4jInputError, "load into Neo4j")
        if (only is None or row["id"] in only) and row["id"] not in seen_articles:
            rows.articles.append(row)
            seen_articles.add(row["id"])
    for number, data in iter_records(out / "actors.jsonl", Neo4jInputError):
        entry = parse_record(out / "actors.jsonl", number, data, _actor_entry, Neo4jInputError, "load into Neo4j")
        rows.actors[entry.row["id"]] = entry
    for number, data in iter_records(out / "triples.jsonl", Neo4jInputError):
        if only is not None and data.get("article_id") not in only:
            continue
        triple = parse_record(out / "triples.jsonl", number, data, Triple.from_dict, Neo4jInputError, "load into Neo4j")
        rows.events.append(event_row(triple))
        if triple.article_id not in seen_articles:
            rows.articles.append({"id": triple.article_id, "title": "", "url": None, "date": None, "language": "und"})
            seen_articles.add(triple.article_id)
        for mention in (triple.source, triple.target):
            if mention.actor.id not in rows.actors:
                rows.mention_actors.setdefault(mention.actor.id, actor_row(mention.actor))
    complete_from_gazetteer(rows)
    return rows


def complete_from_gazetteer(rows: OutputRows) -> None:
    """Describe the states and organisations that affiliations and `country` point to but the run never
    mentioned (so a leader's state is a typed :Country), from the project gazetteer, as the RDF store does."""
    wanted = {entry.row["country"] for entry in rows.actors.values() if entry.row["country"]}
    wanted |= {a["organisation"] for entry in rows.actors.values() for a in entry.affiliations}
    missing = sorted(wanted - set(rows.actors) - set(rows.mention_actors))
    if not missing:
        return
    try:
        from graphbuild.resolve.gazetteer import load_gazetteer

        known = load_gazetteer().actors
    except (OSError, ValueError):
        return
    for actor_id in missing:
        if actor_id in known:
            rows.mention_actors[actor_id] = actor_row(known[actor_id])


def _actor_entry(data: dict[str, Any]) -> ActorEntry:
    return ActorEntry(row=actor_row(Actor.from_dict(data)),
                      affiliations=[affiliation_row(Affiliation.from_dict(a)) for a in data.get("affiliations", [])],
                      articles=[str(a) for a in data.get("articles", [])])  # fmt: skip


def checked_relation(name: str) -> str:
    """A relationship type for Cypher text: only one of the 16 PLOVER types ever reaches a query string."""
    if name not in RELATIONS:
        raise ValueError(f"not a relation type: {name!r}")
    return name

"""A build's output folder as rows for Neo4j: plain dicts of Cypher parameters (no text is ever spliced
into a query; relationship types and labels come only from whitelists).

The same rows feed the Bolt loader (`loader.py`) and the `neo4j-admin database import` CSVs (`bulk.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.model import (
    ACTOR_TYPES,
    RELATIONS,
    Actor,
    Affiliation,
    OutputRecordError,
    T,
    Triple,
    iter_records,
    parse_record,
    stable_id,
)
from graphbuild.relations import relation_types
from graphbuild.timeline.filters import LoadFilter

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
        "event_date": iso_date(triple.event_date), "date_precision": triple.date_precision,
        "date_rule": triple.date_rule,
        # rule provenance: how each actor was found, and the code rules that shaped the event (in order)
        "source_rule": triple.source.rule or None, "target_rule": triple.target.rule or None,
        "rules": list(triple.rules) or None,
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
class ArticleRun:
    """Consecutive triples.jsonl lines of one article (the build writes an article's triples together) as
    event rows, with the rows of the actors they mention (first mention first)."""

    article: str
    events: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)


class OutputReader:
    """A build's output folder read for Neo4j as a stream: actors.jsonl (one line per actor) is held in
    memory, articles.jsonl and triples.jsonl are read line by line (`articles`, `runs`), so a corpus never
    has to fit in memory. `only` keeps just those articles (and their events)."""

    def __init__(self, out_dir: str | Path, only: set[str] | None = None, keep: LoadFilter | None = None) -> None:
        self.out = Path(out_dir)
        if not (self.out / "triples.jsonl").exists() and not (self.out / "articles.jsonl").exists():
            raise Neo4jInputError(f"{self.out}: no triples.jsonl or articles.jsonl (is this a graphbuild output "
                                  "folder?)")  # fmt: skip
        self.only = only
        self.keep = keep  # --since/--until/--min-confidence: the triples left out are never loaded
        self.actors: dict[str, ActorEntry] = {}
        for entry in self._parsed("actors.jsonl", _actor_entry):
            self.actors[entry.row["id"]] = entry
        self._mentioned: dict[str, list[str]] | None = None

    def _parsed(self, name: str, parse: Callable[[dict[str, Any]], T], keep: Callable[[dict[str, Any]], bool]
                = lambda data: True) -> Iterator[T]:  # fmt: skip
        path = self.out / name
        for number, data in iter_records(path, Neo4jInputError):
            if keep(data):
                yield parse_record(path, number, data, parse, Neo4jInputError, "load into Neo4j")

    def articles(self) -> Iterator[dict[str, Any]]:
        """The article rows of articles.jsonl, the first line of each id only."""
        seen: set[str] = set()
        for row in self._parsed("articles.jsonl", article_row):
            if (self.only is None or row["id"] in self.only) and row["id"] not in seen:
                seen.add(row["id"])
                yield row

    def runs(self) -> Iterator[ArticleRun]:
        """triples.jsonl as runs of one article's events; an article whose lines come in several places gives
        several runs."""
        keep = (lambda data: True) if self.only is None else (lambda data: data.get("article_id") in self.only)
        run: ArticleRun | None = None
        for triple in self._parsed("triples.jsonl", Triple.from_dict, keep):
            if self.keep is not None and not self.keep.triple(triple):
                continue
            if run is None or run.article != triple.article_id:
                if run is not None:
                    yield run
                run = ArticleRun(triple.article_id)
            run.events.append(event_row(triple))
            for mention in (triple.source, triple.target):
                if mention.actor.id not in run.actors:
                    run.actors[mention.actor.id] = actor_row(mention.actor)
        if run is not None:
            yield run

    def mentioned_in(self, article: str) -> list[str]:
        """The actors actors.jsonl says the article mentions (an index built on first use)."""
        if self._mentioned is None:
            index: dict[str, list[str]] = {}
            for actor_id, entry in self.actors.items():
                for art in entry.articles:
                    index.setdefault(art, []).append(actor_id)
            self._mentioned = index
        return self._mentioned.get(article, [])

    def gazetteer_actors(self, known: set[str]) -> list[dict[str, Any]]:
        """Rows for the states and organisations that affiliations and `country` point to but neither
        actors.jsonl nor the triples (`known`) describe, from the project gazetteer, as the RDF store does."""
        wanted = {entry.row["country"] for entry in self.actors.values() if entry.row["country"]}
        wanted |= {a["organisation"] for entry in self.actors.values() for a in entry.affiliations}
        missing = sorted(wanted - set(self.actors) - known)
        rows = gazetteer_rows(missing)
        return [rows[actor_id] for actor_id in missing if actor_id in rows]


def gazetteer_rows(actor_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The project gazetteer's rows for those of these actors it describes (none when it cannot be read)."""
    ids = list(actor_ids)
    if not ids:
        return {}
    try:
        from graphbuild.resolve.gazetteer import load_gazetteer

        gazetteer = load_gazetteer().actors
    except (OSError, ValueError):
        return {}
    return {actor_id: actor_row(gazetteer[actor_id]) for actor_id in ids if actor_id in gazetteer}


def placeholder_article(article_id: str) -> dict[str, Any]:
    """The row of an article that triples.jsonl names but articles.jsonl does not describe."""
    return {"id": article_id, "title": "", "url": None, "date": None, "language": "und"}


def _actor_entry(data: dict[str, Any]) -> ActorEntry:
    return ActorEntry(row=actor_row(Actor.from_dict(data)),
                      affiliations=[affiliation_row(Affiliation.from_dict(a)) for a in data.get("affiliations", [])],
                      articles=[str(a) for a in data.get("articles", [])])  # fmt: skip


def checked_relation(name: str) -> str:
    """A relationship type for Cypher text: only one of the 16 PLOVER types ever reaches a query string."""
    if name not in RELATIONS:
        raise ValueError(f"not a relation type: {name!r}")
    return name

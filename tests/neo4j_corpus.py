"""A generated build output for the Neo4j tests: articles with events between a handful of actors (negated
ones too), a person with dated LEADER_OF offices, and an independent computation of the expected aggregates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild.model import Actor, ActorRecord, Affiliation, Article, Mention, Trigger, Triple, write_jsonl
from graphbuild.relations import relation_types

ACTORS = {
    "RUS": Actor("RUS", "Russia", "Country", iso3="RUS", wikidata="Q159", aliases=("Rusia",)),
    "UKR": Actor("UKR", "Ukraine", "Country", iso3="UKR", aliases=("Ukraina",)),
    "USA": Actor("USA", "United States", "Country", iso3="USA"),
    "IDN": Actor("IDN", "Indonesia", "Country", iso3="IDN"),
    "prabowo": Actor("prabowo", "Prabowo Subianto", "Person", country="IDN"),
    "ASEAN": Actor("ASEAN", "ASEAN", "Organization"),
    "wagner": Actor("wagner", "Wagner Group", "ArmedGroup", country="RUS"),
}
LEADERS = {"prabowo": (Affiliation("prabowo", "LEADER_OF", "IDN", "president", "2024-10-20", None, "test.roles"),)}


@dataclass(frozen=True)
class Event:
    relation: str
    source: str
    target: str
    negated: bool = False
    goldstein: float | None = None


def make_triple(article: Article, index: int, event: Event) -> Triple:
    source, target = ACTORS[event.source], ACTORS[event.target]
    sentence = f"{source.name} {event.relation.lower()} {target.name} ({index})."
    offset = index * 1000
    return Triple(
        article_id=article.id, relation=event.relation,
        source=Mention(source, source.name, offset, offset + len(source.name), f"gaz.{source.id}.name"),
        target=Mention(target, target.name, offset + 50, offset + 50 + len(target.name), "coref.surname"),
        trigger=Trigger(event.relation.lower(), offset + 20, offset + 20 + len(event.relation), f"test.{index}"),
        sentence=sentence, sentence_start=offset, language=article.language, date=article.date,
        negated=event.negated, confidence=0.7, extractor="test", goldstein=event.goldstein,
        rules=() if event.negated else ("roles.nearest-subject", "roles.target-after-trigger")[: 1 + index % 2],
    )  # fmt: skip


def article(number: int, date: str, language: str = "en") -> Article:
    return Article(id=f"art-{number}", text="x" * 10, title=f"Article {number}", url=f"https://example.org/{number}",
                   date=date, language=language, origin="corpus")  # fmt: skip



def base_corpus() -> list[tuple[Article, list[Event]]]:
    """Three articles; RUS-ASSAULT->UKR twice (aggregated), one negated event, a custom Goldstein value."""
    return [
        (article(1, "2024-01-05"), [Event("ASSAULT", "RUS", "UKR"), Event("ACCUSE", "UKR", "RUS"),
                                    Event("SANCTION", "USA", "RUS", goldstein=-5.5)]),
        (article(2, "2024-02-10", "id"), [Event("ASSAULT", "RUS", "UKR"), Event("AID", "USA", "UKR"),
                                          Event("ASSAULT", "USA", "RUS", negated=True)]),
        (article(3, "2024-11-01", "id"), [Event("CONSULT", "prabowo", "RUS"), Event("AGREE", "IDN", "ASEAN"),
                                          Event("ASSAULT", "wagner", "UKR")]),
    ]  # fmt: skip


def write_corpus(out_dir: Path, corpus: list[tuple[Article, list[Event]]]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    triples = [make_triple(art, index, event) for art, events in corpus for index, event in enumerate(events)]
    seen: dict[str, set[str]] = defaultdict(set)
    for triple in triples:
        seen[triple.source.actor.id].add(triple.article_id)
        seen[triple.target.actor.id].add(triple.article_id)
    records = [ActorRecord(ACTORS[aid], len(arts), tuple(sorted(arts)), LEADERS.get(aid, ()))
               for aid, arts in sorted(seen.items())]  # fmt: skip
    write_jsonl(out_dir / "articles.jsonl", (art.to_dict() for art, _ in corpus))
    write_jsonl(out_dir / "triples.jsonl", (t.to_dict() for t in triples))
    write_jsonl(out_dir / "actors.jsonl", (r.to_dict() for r in records))
    (out_dir / "errors.jsonl").write_text("", encoding="utf-8")
    return out_dir


def expected_aggregates(corpus: list[tuple[Article, list[Event]]]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(source, TYPE, target) -> {events, first_date, last_date, goldstein_sum}, computed without Neo4j."""
    types = relation_types()
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for art, events in corpus:
        for event in events:
            if event.negated:
                continue
            key = (event.source, event.relation, event.target)
            goldstein = types[event.relation].goldstein if event.goldstein is None else event.goldstein
            row = found.setdefault(key, {"events": 0, "first_date": art.date, "last_date": art.date,
                                         "goldstein_sum": 0.0})  # fmt: skip
            row["events"] += 1
            row["first_date"] = min(row["first_date"], art.date)
            row["last_date"] = max(row["last_date"], art.date)
            row["goldstein_sum"] = round(row["goldstein_sum"] + goldstein, 4)
    return found

"""Distinct events: the mentions of one happening (triples.jsonl lines, across articles and languages) merged
into one line of `events.jsonl`.

    from graphbuild.timeline.dedup import write_events
    count = write_events(Path("out"))      # reads out/triples.jsonl, writes out/events.jsonl

Two mentions merge when they have the same dyad, the same relation family and the same kind of mode (done,
or only threatened/planned), and dates that overlap within `tolerance_days` (a week or month date covers its
whole week or month). Undated mentions merge only within one article. A symmetric relation (a meeting) has no
direction: its dyad is the pair of actors in id order. Negated mentions are not events. The rules are data:
`data/time/events.yaml`, whose family id goes into each event's provenance.

Clusters grow in date order from their earliest mention (never chaining day 1 to day 3 to day 5), and an
event's id comes from its key and its earliest mention's id, so the same output always gives the same ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from graphbuild.model import RELATIONS, Triple, dumps, iter_records, parse_record, stable_id
from graphbuild.paths import load_yaml
from graphbuild.relations import relation_types
from graphbuild.timeline.dates import parse_day, week_start

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "unknown": 3}


@dataclass(frozen=True)
class MergeRules:
    tolerance_days: int
    symmetric: frozenset[str]
    family_of: dict[str, str]
    mode_kind: dict[str, str]


@cache
def merge_rules() -> MergeRules:
    data = load_yaml("time", "events.yaml")
    family_of = {relation: row["id"] for row in data["families"] for relation in row["relations"]}
    missing = sorted(set(RELATIONS) - set(family_of))
    if missing:
        raise ValueError(f"data/time/events.yaml: no family for {', '.join(missing)}")
    mode_kind = {mode: kind for kind, modes in data["modes"].items() for mode in modes}
    return MergeRules(int(data["tolerance_days"]), frozenset(data["symmetric"]), family_of, mode_kind)


def interval(event_date: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a date of this precision covers (a week from its Monday, a month from its first day)."""
    day = parse_day(event_date)
    if day is None:
        return None
    if precision == "week":
        start = week_start(day)
        return start, start + timedelta(days=6)
    if precision == "month":
        start = day.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    return day, day


@dataclass
class Mention:
    """What merging needs of one triple (the full triple is not kept)."""

    id: str
    article: str
    source: str
    target: str
    relation: str
    event_date: str | None
    precision: str
    span: tuple[date, date] | None
    goldstein: float
    confidence: float
    language: str
    rule: str
    date_rule: str | None


@dataclass
class Event:
    """One distinct happening and its mentions."""

    key: tuple[str, ...]
    family: str
    source: str
    target: str
    symmetric: bool
    mentions: list[Mention] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "ev" + stable_id(*self.key, self.mentions[0].id)

    def accepts(self, mention: Mention, tolerance: int) -> bool:
        """Whether a dated mention's dates overlap this dated event's first mention's, within `tolerance` days."""
        first = self.mentions[0]
        if first.span is None or mention.span is None:  # undated mentions are grouped per article by `merge`
            return False
        slack = timedelta(days=tolerance)
        return mention.span[0] <= first.span[1] + slack and first.span[0] <= mention.span[1] + slack

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    def best_date(self) -> tuple[str | None, str]:
        """The most precise date its mentions give; among equals the most frequent, then the earliest."""
        dated = [m for m in self.mentions if m.event_date]
        if not dated:
            return None, "unknown"
        rank = min(PRECISION_RANK.get(m.precision, 3) for m in dated)
        best = [m for m in dated if PRECISION_RANK.get(m.precision, 3) == rank]
        counts = Counter(m.event_date for m in best)
        chosen = min(counts, key=lambda d: (-counts[d], d))
        return chosen, best[0].precision

    def to_dict(self) -> dict[str, Any]:
        relations = Counter(m.relation for m in self.mentions)
        relation = min(relations, key=lambda r: (-relations[r], RELATIONS.index(r)))
        event_date, precision = self.best_date()
        kind = relation_types()[relation]
        goldstein = sum(m.goldstein for m in self.mentions if m.relation == relation) / relations[relation]
        return {
            "id": self.id, "source": self.source, "relation": relation, "target": self.target,
            "symmetric": self.symmetric, "event_date": event_date, "date_precision": precision,
            "quad": kind.quad, "goldstein": round(goldstein, 3),
            "confidence": round(max(m.confidence for m in self.mentions), 4),
            "triples": [m.id for m in self.mentions], "articles": self.articles,
            "num_articles": len(self.articles), "num_mentions": len(self.mentions),
            "provenance": {
                "family": self.family, "relations": sorted(relations, key=RELATIONS.index),
                "languages": sorted({m.language for m in self.mentions}),
                "rules": sorted({m.rule for m in self.mentions}),
                "date_rules": sorted({m.date_rule for m in self.mentions if m.date_rule}),
            },
        }  # fmt: skip


def mention_of(triple: Triple) -> Mention:
    kind = relation_types()[triple.relation]
    return Mention(
        id=triple.id, article=triple.article_id, source=triple.source.actor.id, target=triple.target.actor.id,
        relation=triple.relation, event_date=triple.event_date, precision=triple.date_precision or "unknown",
        span=interval(triple.event_date, triple.date_precision), confidence=triple.confidence,
        goldstein=kind.goldstein if triple.goldstein is None else float(triple.goldstein),
        language=triple.language, rule=triple.trigger.rule, date_rule=triple.date_rule,
    )  # fmt: skip


def _key(mention: Mention, rules: MergeRules, mode: str) -> tuple[tuple[str, ...], str, str, bool]:
    symmetric = mention.relation in rules.symmetric
    source, target = mention.source, mention.target
    if symmetric and target < source:
        source, target = target, source
    family = rules.family_of[mention.relation]
    return (family, source, target, rules.mode_kind.get(mode, mode)), source, target, symmetric


def merge(triples: Iterable[Triple]) -> list[Event]:
    """The distinct events of these triples (negated ones left out), in a stable order."""
    rules = merge_rules()
    groups: dict[tuple[str, ...], list[tuple[Mention, str, str, bool]]] = {}
    for triple in triples:
        if triple.negated:
            continue
        mention = mention_of(triple)
        key, source, target, symmetric = _key(mention, rules, triple.mode)
        groups.setdefault(key, []).append((mention, source, target, symmetric))
    events: list[Event] = []
    slack = timedelta(days=rules.tolerance_days)
    for key, members in sorted(groups.items()):
        members.sort(key=lambda item: (item[0].span is None, item[0].span or (date.min,), item[0].id))
        active: list[Event] = []  # dated events a later mention may still join (in date order)
        undated: dict[str, Event] = {}  # an undated event per article
        for mention, source, target, symmetric in members:
            if mention.span is None:
                home = undated.get(mention.article)
            else:  # mentions come in date order: an event whose window has passed is closed for good
                active = [e for e in active if e.mentions[0].span[1] + slack >= mention.span[0]]  # type: ignore[index]
                home = next((e for e in active if e.accepts(mention, rules.tolerance_days)), None)
            if home is None:
                home = Event(key, key[0], source, target, symmetric)
                events.append(home)
                if mention.span is None:
                    undated[mention.article] = home
                else:
                    active.append(home)
            home.mentions.append(mention)
    return sorted(events, key=lambda e: (e.best_date()[0] or "", e.id))


def read_triples_checked(path: Path) -> Iterator[Triple]:
    for number, record in iter_records(path):
        yield parse_record(path, number, record, Triple.from_dict)


def write_events(out_dir: Path) -> list[Event]:
    """Merge OUT/triples.jsonl into OUT/events.jsonl (rewritten whole: a re-run gives the same file)."""
    events = merge(read_triples_checked(out_dir / "triples.jsonl"))
    with (out_dir / "events.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for event in events:
            handle.write(dumps(event.to_dict()) + "\n")
    return events


def read_events(out_dir: str | Path) -> list[dict[str, Any]]:
    """The records of OUT/events.jsonl (none when the build predates it)."""
    path = Path(out_dir) / "events.jsonl"
    return [record for _, record in iter_records(path)]


def date_output(out_dir: str | Path) -> list[Event]:
    """Give an output folder written without event dates (an older build, a hand-made fixture) its event dates
    and events.jsonl, as a build writes them: triples.jsonl is rewritten with the same lines plus the date fields."""
    from graphbuild.model import Article
    from graphbuild.timeline.dates import ArticleDater

    out = Path(out_dir)
    articles = {record["id"]: Article.from_dict(record) for _, record in iter_records(out / "articles.jsonl")}
    daters: dict[str, ArticleDater] = {}
    dated = []
    for triple in read_triples_checked(out / "triples.jsonl"):
        if triple.article_id not in daters:
            article = articles.get(triple.article_id) or Article(triple.article_id, triple.sentence,
                                                                 date=triple.date, language=triple.language)
            daters[triple.article_id] = ArticleDater(article)
        dated.append(daters[triple.article_id].date(triple))
    with (out / "triples.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for triple in dated:
            handle.write(dumps(triple.to_dict()) + "\n")
    return write_events(out)

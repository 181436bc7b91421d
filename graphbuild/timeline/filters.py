"""The time and confidence filters every command shares (`--since/--until`, `--min-confidence`).

Dates compare on the filter's own precision (`--until 2024` keeps all of 2024, `--since 2024-03` all of March
on). An event without a date is never silently dropped: a date filter leaves it out and *counts* it
(`undated_excluded`), and the commands print that count; without a date filter it is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graphbuild.model import Triple

MAX_UNDATED_EXAMPLES = 10  # undated articles named in summary.json (all are counted)


def undated_warning(count: int, examples: list[str]) -> str:
    """The one warning about the articles without a publication date."""
    named = "; ".join(examples[:3]) + (" ..." if count > 3 else "")
    return (f"{count} article(s) without a publication date ({named}): their events are dated only where the text "
            "gives a full date; the rest are undated (kept, but left out by --since/--until, which count them)")


_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class FilterError(ValueError):
    """A --since/--until value that is not YYYY, YYYY-MM or YYYY-MM-DD."""


def check_bound(value: str | None, flag: str) -> str | None:
    """The bound if it is YYYY, YYYY-MM or YYYY-MM-DD; a FilterError naming the flag otherwise."""
    if value is None or value == "":
        return None
    if not _PARTIAL_DATE.match(value):
        raise FilterError(f"{flag} {value!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def in_range(day: str | None, since: str | None, until: str | None) -> bool:
    """Whether a known date is within [since, until], each compared on its own precision."""
    if day is None:
        return not (since or until)
    if since and day[: len(since)] < since:
        return False
    return not (until and day[: len(until)] > until)


@dataclass
class FilterCounts:
    """How many records a filter left out, by reason."""

    below_min_confidence: int = 0
    outside_dates: int = 0
    undated_excluded: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"below_min_confidence": self.below_min_confidence, "outside_dates": self.outside_dates,
                "undated_excluded": self.undated_excluded}  # fmt: skip

    def describe(self) -> str:
        parts = [f"{count} {what}" for count, what in (
            (self.below_min_confidence, "below --min-confidence"), (self.outside_dates, "outside --since/--until"),
            (self.undated_excluded, "undated (left out by --since/--until)")) if count]  # fmt: skip
        return "left out: " + ", ".join(parts) if parts else ""


def keep_dated(triple: Triple, since: str | None, until: str | None, counts: Any) -> bool:
    """Whether the triple's event date passes --since/--until; counts what it drops on `counts`
    (anything with `outside_dates` and `undated_excluded`, e.g. a BuildSummary or FilterCounts)."""
    if not (since or until):
        return True
    if triple.event_date is None:
        counts.undated_excluded += 1
        return False
    if not in_range(triple.event_date, since, until):
        counts.outside_dates += 1
        return False
    return True


def keep_triple(triple: Triple, since: str | None, until: str | None, min_confidence: float,
                counts: FilterCounts) -> bool:  # fmt: skip
    """Whether a triple passes all three filters (counting what is dropped)."""
    if triple.confidence < min_confidence:
        counts.below_min_confidence += 1
        return False
    return keep_dated(triple, since, until, counts)


def keep_event(event: dict[str, Any], since: str | None, until: str | None, min_confidence: float,
               counts: FilterCounts) -> bool:  # fmt: skip
    """The same for an events.jsonl record (its confidence is its best mention's)."""
    if float(event.get("confidence", 1.0)) < min_confidence:
        counts.below_min_confidence += 1
        return False
    if not (since or until):
        return True
    if not event.get("event_date"):
        counts.undated_excluded += 1
        return False
    if not in_range(event["event_date"], since, until):
        counts.outside_dates += 1
        return False
    return True


@dataclass
class LoadFilter:
    """--since/--until/--min-confidence for a load or export: which triples and events go in, what was left out.
    The triples kept are remembered (id → article) so an event links only to mentions that went in."""

    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    counts: FilterCounts | None = None
    kept: dict[str, str] | None = None

    def __post_init__(self) -> None:
        self.since, self.until = check_bound(self.since, "--since"), check_bound(self.until, "--until")
        self.counts = self.counts or FilterCounts()
        self.kept = {}

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.min_confidence > 0)

    def triple(self, triple: Triple) -> bool:
        assert self.counts is not None and self.kept is not None
        if not keep_triple(triple, self.since, self.until, self.min_confidence, self.counts):
            return False
        self.kept[triple.id] = triple.article_id
        return True

    def event(self, record: dict[str, Any]) -> dict[str, Any] | None:
        """The events.jsonl record restricted to the kept mentions, or None when it does not go in."""
        assert self.kept is not None
        if not self.active:
            return record
        if not keep_event(record, self.since, self.until, self.min_confidence, FilterCounts()):
            return None
        triples = [t for t in record["triples"] if t in self.kept]
        if not triples:
            return None
        articles = sorted({self.kept[t] for t in triples})
        return record | {"triples": triples, "articles": articles, "num_articles": len(articles)}

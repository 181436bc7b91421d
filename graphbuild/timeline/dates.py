"""Event dates from the text: temporal expressions resolved against the article's date.

    from graphbuild.timeline.dates import date_triples
    dated = date_triples(article, triples)   # each triple with event_date, date_precision, date_rule, date_text

The expressions are data (`data/time/<language>.yaml`, one rule per entry with an id). For each triple the
expression nearest its trigger in the evidence sentence wins; failing that, the first in the article's
lead (dateline and first sentence); failing that, the article's date (rule `article-date`). A date after the
article's is never used. An article without a date gets dates only from expressions that name a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from graphbuild.model import Article, Triple
from graphbuild.paths import data_dir, load_yaml

PRECISIONS = ("day", "week", "month", "unknown")
ARTICLE_DATE_RULE = "article-date"
MAX_BACK_DAYS = 300  # a day and month without a year: the latest such date at most this far before the article
LEAD_CHARS = 400  # how far into the article the lead (dateline and first sentence) may reach


@cache
def time_languages() -> tuple[str, ...]:
    """The languages with a table of temporal expressions (data/time/<code>.yaml; events.yaml is not one)."""
    return tuple(sorted(path.stem for path in data_dir().joinpath("time").glob("*.yaml") if path.stem != "events"))


@dataclass(frozen=True)
class TimeRule:
    id: str
    pattern: re.Pattern[str]
    days: int | None = None
    weeks: int | None = None
    months: int | None = None


@dataclass(frozen=True)
class TimeTable:
    """One language's rules and the word tables their groups are read with."""

    language: str
    rules: tuple[TimeRule, ...]
    weekdays: dict[str, int]
    months: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression found in a text and what it resolves to."""

    start: int
    end: int
    text: str
    rule: str
    date: date
    precision: str


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))) + ")"


@cache
def time_table(language: str) -> TimeTable:
    """The rules of `data/time/<language>.yaml`; a bad pattern is an error naming the file and rule."""
    data = load_yaml("time", f"{language}.yaml")
    lower = {key: {str(k).lower(): int(v) for k, v in data.get(key, {}).items()} for key in
             ("weekdays", "months", "numbers")}  # fmt: skip
    fills = {"weekday": _alternation(lower["weekdays"]), "month": _alternation(lower["months"]),
             "number": _alternation(lower["numbers"])}  # fmt: skip
    rules = []
    for row in data["rules"]:
        source = row["pattern"]
        for name, alternation in fills.items():
            source = source.replace("{" + name + "}", alternation)
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"{data_dir() / 'time' / f'{language}.yaml'}: rule {row['id']}: {error}") from error
        rules.append(TimeRule(row["id"], pattern, row.get("days"), row.get("weeks"), row.get("months")))
    return TimeTable(language, tuple(rules), lower["weekdays"], lower["months"], lower["numbers"],
                     {str(k).lower(): str(v) for k, v in data.get("units", {}).items()},
                     tuple(data.get("also", ())))  # fmt: skip


def tables_for(language: str) -> list[TimeTable]:
    """The tables tried for a text: its language's, then those it names under `also`; every one if unknown."""
    if language not in time_languages():
        return [time_table(code) for code in time_languages()]
    first = time_table(language)
    return [first, *(time_table(code) for code in first.also)]


def parse_day(value: str | None) -> date | None:
    """The date of an ISO date or timestamp string, or None."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _absolute(groups: dict[str, Any], table: TimeTable, anchor: date | None) -> tuple[date, str] | None:
    month = table.months.get(groups["month"].lower().rstrip(".")) if groups.get("month") else None
    if groups.get("mon"):
        month = int(groups["mon"])
    if not month or not 1 <= month <= 12:
        return None
    day_text = groups.get("day")
    if groups.get("year"):
        years = [_year(groups["year"])]
    elif anchor is None:
        return None
    else:
        years = [anchor.year, anchor.year - 1]
    for year in years:
        try:
            found = date(year, month, int(day_text)) if day_text else date(year, month, 1)
        except ValueError:
            return None
        if anchor is None or groups.get("year") or (found <= anchor and (anchor - found).days <= MAX_BACK_DAYS):
            return found, "day" if day_text else "month"
    return None


def _resolve(rule: TimeRule, groups: dict[str, Any], table: TimeTable, anchor: date | None
             ) -> tuple[date, str] | None:  # fmt: skip
    """What one match means, or None (no anchor for a relative expression, not a real date)."""
    if groups.get("month") or groups.get("mon"):
        return _absolute(groups, table, anchor)
    if anchor is None:
        return None
    if rule.days is not None:
        return anchor + timedelta(days=rule.days), "day"
    if rule.weeks is not None:
        return week_start(anchor + timedelta(weeks=rule.weeks)), "week"
    if rule.months is not None:
        return _shift_months(anchor, rule.months), "month"
    if groups.get("weekday"):
        wanted = table.weekdays[groups["weekday"].lower()]
        return anchor - timedelta(days=(anchor.weekday() - wanted) % 7), "day"
    if groups.get("count") and groups.get("unit"):
        count = table.numbers.get(groups["count"].lower()) or int(groups["count"])
        unit = table.units.get(groups["unit"].lower(), "days")
        if unit == "months":
            return _shift_months(anchor, -count), "month"
        if unit == "weeks":
            return week_start(anchor - timedelta(weeks=count)), "week"
        return anchor - timedelta(days=count), "day"
    return None


def find_times(text: str, language: str, anchor: date | None, offset: int = 0) -> list[TimeMention]:
    """The temporal expressions of `text` that resolve to a date not after `anchor`, without overlaps (the
    longest match wins, then the earlier rule). Offsets are `offset` + positions in `text`."""
    found: list[tuple[int, int, int, TimeMention]] = []
    order = 0
    for table in tables_for(language):
        for rule in table.rules:
            order += 1
            for match in rule.pattern.finditer(text):
                groups = {k: v for k, v in match.groupdict().items() if v}
                resolved = _resolve(rule, groups, table, anchor)
                if resolved is None or (anchor is not None and resolved[0] > anchor):
                    continue
                mention = TimeMention(offset + match.start(), offset + match.end(), match.group(0), rule.id,
                                      *resolved)  # fmt: skip
                found.append((-(match.end() - match.start()), order, match.start(), mention))
    kept: list[TimeMention] = []
    for _, _, _, mention in sorted(found, key=lambda item: item[:3]):
        if all(mention.end <= other.start or mention.start >= other.end for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda mention: mention.start)


def _distance(mention: TimeMention, start: int, end: int) -> int:
    return max(0, mention.start - end, start - mention.end)


def lead_span(article: Article) -> tuple[int, int]:
    """The dateline and first sentence of the article's body: where a story usually says when."""
    datelines = [span for span in article.excluded if span.kind == "dateline"]
    start = datelines[0].start if datelines else next(iter(article.segments()), (0, 0))[0]
    limit = min(len(article.text), start + LEAD_CHARS)
    body_from = datelines[0].end if datelines else start
    stop = re.search(r"[.!?](?:\s|$)", article.text[body_from:limit])
    return start, body_from + stop.end() if stop else limit


@dataclass(frozen=True)
class DateChoice:
    """The date given to a triple, and the rule (and words) it came from."""

    date: str | None
    precision: str
    rule: str | None = None
    text: str | None = None


def _choice(mention: TimeMention) -> DateChoice:
    return DateChoice(mention.date.isoformat(), mention.precision, mention.rule, mention.text)


class ArticleDater:
    """Dates the triples of one article; the lead's expressions are found once."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.anchor = parse_day(article.date)
        start, end = lead_span(article)
        self.lead = find_times(article.text[start:end], article.language, self.anchor, start)
        self._sentences: dict[tuple[int, str], list[TimeMention]] = {}

    def _in_sentence(self, triple: Triple) -> list[TimeMention]:
        start = triple.sentence_start
        if start is None:
            start = max(0, self.article.text.find(triple.sentence))
        key = (start, triple.language)
        if key not in self._sentences:
            self._sentences[key] = find_times(triple.sentence, triple.language or self.article.language,
                                              self.anchor, start)  # fmt: skip
        return self._sentences[key]

    def choose(self, triple: Triple) -> DateChoice:
        near = self._in_sentence(triple)
        if near:
            trigger = triple.trigger
            return _choice(min(near, key=lambda m: (_distance(m, trigger.start, trigger.end), m.start)))
        if self.lead:
            return _choice(self.lead[0])
        if self.anchor is not None:
            return DateChoice(self.anchor.isoformat(), "day", ARTICLE_DATE_RULE)
        return DateChoice(None, "unknown")

    def date(self, triple: Triple) -> Triple:
        """The triple with its date fields set (its id unchanged)."""
        choice = self.choose(triple)
        return replace(triple, event_date=choice.date, date_precision=choice.precision, date_rule=choice.rule,
                       date_text=choice.text)  # fmt: skip


def date_triples(article: Article, triples: Iterable[Triple]) -> Iterator[Triple]:
    """The triples with `event_date`, `date_precision`, `date_rule` and `date_text` set (nothing else changes:
    the id stays the same)."""
    dater: ArticleDater | None = None
    for triple in triples:
        dater = dater or ArticleDater(article)
        yield dater.date(triple)

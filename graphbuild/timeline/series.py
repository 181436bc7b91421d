"""Per-dyad time series of distinct events (events.jsonl): events per period by PLOVER quad class, Goldstein summed.

    from graphbuild.timeline.series import SeriesOptions, dyad_series, write_csv
    series = dyad_series("out", SeriesOptions(source="Russia", target="UKR", freq="month"))
    write_csv(series.rows, "russia-ukraine.csv")

A direction A→B counts A's events on B and the symmetric events of the pair (a meeting has no direction);
`both` adds B's events on A. An event falls in the period of its `event_date` (a week or month date is its
first day). Undated events cannot be placed: they are left out and counted (`undated`). Periods between the
first and the last are all listed, with zeros. The named query `dyad_timeseries` gives the same non-empty rows
from the RDF store or Neo4j.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from graphbuild.graph import GraphInputError, read_output
from graphbuild.model import Actor
from graphbuild.resolve.names import ActorIndex, UnknownActor
from graphbuild.timeline.dates import parse_day, week_start
from graphbuild.timeline.dedup import merge, read_events
from graphbuild.timeline.filters import FilterCounts, keep_event

FREQS = ("day", "week", "month")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
COLUMNS = ("period", "events", *QUADS, "goldstein")


@dataclass(frozen=True)
class SeriesOptions:
    source: str
    target: str
    both: bool = False
    freq: str = "month"
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0


@dataclass
class Series:
    """The rows of one direction (or both), and what was left out."""

    source: Actor
    target: Actor
    rows: list[dict[str, Any]]  # the CSV: source→target, or both directions with `both`
    forward: list[dict[str, Any]] = field(default_factory=list)  # source→target, for the chart
    reverse: list[dict[str, Any]] = field(default_factory=list)  # target→source, for the chart
    undated: int = 0
    left_out: FilterCounts = field(default_factory=FilterCounts)


def period_of(day: date, freq: str) -> str:
    """`2024-03-12`, `2024-W11` (ISO week) or `2024-03`."""
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()[:7]


def _next(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(weeks=1)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _periods(first: date, last: date, freq: str) -> list[str]:
    """Every period from the one holding `first` to the one holding `last`."""
    day = first if freq == "day" else week_start(first) if freq == "week" else first.replace(day=1)
    periods = []
    while day <= last:
        periods.append(period_of(day, freq))
        day = _next(day, freq)
    return periods


def resolve(actors: dict[str, Actor], query: str) -> Actor:
    """An actor of the output by id, ISO3 code, or a name or alias in any language the gazetteer knows, as
    every command resolves one (`graphbuild.resolve.names`); an error with the closest names if none."""
    stored = [(actor.id, name) for actor in actors.values() for name in (actor.name, *actor.aliases)]
    index = ActorIndex.build(stored)
    try:
        actor_id = index.resolve(query)
    except UnknownActor as error:
        raise GraphInputError(str(error)) from None
    if actor_id not in actors:
        raise GraphInputError(f"{index.label(actor_id)} is not in this output (no article mentions it)")
    return actors[actor_id]


def _direction(events: Iterable[dict[str, Any]], source: str, target: str, both: bool) -> list[dict[str, Any]]:
    def keep(event: dict[str, Any]) -> bool:
        if event["source"] == source and event["target"] == target:
            return True
        return event["source"] == target and event["target"] == source and (both or bool(event.get("symmetric")))

    return [event for event in events if keep(event)]


def _rows(events: list[dict[str, Any]], freq: str, periods: list[str]) -> list[dict[str, Any]]:
    rows = {period: dict.fromkeys(COLUMNS, 0) | {"period": period, "goldstein": 0.0} for period in periods}
    for event in events:
        row = rows[period_of(parse_day(event["event_date"]), freq)]  # type: ignore[arg-type]
        row["events"] += 1
        row[QUADS[int(event["quad"]) - 1]] += 1
        row["goldstein"] += float(event["goldstein"])
    for row in rows.values():
        row["goldstein"] = round(row["goldstein"], 3)
    return list(rows.values())


def dyad_series(out_dir: str | Path, options: SeriesOptions) -> Series:
    """The series of `options.source` → `options.target` from OUT/events.jsonl (merged from triples.jsonl
    when the build predates events.jsonl)."""
    if options.freq not in FREQS:
        raise GraphInputError(f"--freq {options.freq!r}: use day, week or month")
    data = read_output(out_dir)
    actors = dict(data.actors)
    for triple in data.triples:
        for mention in (triple.source, triple.target):
            actors.setdefault(mention.actor.id, mention.actor)
    source, target = resolve(actors, options.source), resolve(actors, options.target)
    records = read_events(out_dir) if (Path(out_dir) / "events.jsonl").exists() else [
        event.to_dict() for event in merge(data.triples)]  # fmt: skip
    left_out = FilterCounts()
    kept = [e for e in records if keep_event(e, options.since, options.until, options.min_confidence, left_out)]
    chosen = _direction(kept, source.id, target.id, options.both)
    undated = sum(1 for event in chosen if not event.get("event_date"))
    dated = [e for e in kept if e.get("event_date")]
    forward, backward = (_direction(dated, a, b, False) for a, b in ((source.id, target.id), (target.id, source.id)))
    days = sorted(parse_day(e["event_date"]) for e in forward + backward)  # type: ignore[type-var]
    periods = _periods(days[0], days[-1], options.freq) if days else []  # type: ignore[arg-type]
    rows = _rows([e for e in chosen if e.get("event_date")], options.freq, periods)
    return Series(source, target, rows, _rows(forward, options.freq, periods), _rows(backward, options.freq, periods),
                  undated, left_out)  # fmt: skip


def write_csv(rows: list[dict[str, Any]], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_png(series: Series, path: str | Path) -> None:
    """Two panels over the periods: events per period in each direction (bars), and the Goldstein sum of each
    direction (lines, cooperation above zero, conflict below)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = [row["period"] for row in series.forward]
    forward_label = f"{series.source.name} → {series.target.name}"
    backward_label = f"{series.target.name} → {series.source.name}"
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(max(6.0, 0.5 * len(periods) + 3), 6.5), sharex=True)
    positions = range(len(periods))
    width = 0.4
    top.bar([p - width / 2 for p in positions], [r["events"] for r in series.forward], width, label=forward_label,
            color="#1f77b4")  # fmt: skip
    top.bar([p + width / 2 for p in positions], [r["events"] for r in series.reverse], width, label=backward_label,
            color="#ff7f0e")  # fmt: skip
    top.set_ylabel("distinct events")
    top.set_title(f"{series.source.name} and {series.target.name}: events per period")
    top.legend(loc="best")
    top.yaxis.get_major_locator().set_params(integer=True)
    bottom.axhline(0, color="#888888", linewidth=0.8)
    bottom.plot(list(positions), [r["goldstein"] for r in series.forward], marker="o", label=forward_label,
                color="#1f77b4")  # fmt: skip
    bottom.plot(list(positions), [r["goldstein"] for r in series.reverse], marker="s", label=backward_label,
                color="#ff7f0e")  # fmt: skip
    bottom.set_ylabel("Goldstein sum")
    bottom.set_xticks(list(positions), periods, rotation=45 if len(periods) > 8 else 0, ha="right"
                      if len(periods) > 8 else "center")  # fmt: skip
    bottom.legend(loc="best")
    figure.tight_layout()
    figure.savefig(str(path), dpi=120)
    plt.close(figure)

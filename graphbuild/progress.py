"""Progress of the long stages (reading, extraction, RDF load, Neo4j load, exports).

A stage reports through whatever reporter the caller installed, and costs nothing when none is:

    with stage("rdf load", total=len(articles), unit="articles") as bar:
        for article in articles:
            ...
            bar.advance()

    with reporting(BarReporter(console)):      # a terminal: one live bar per stage (total, rate, ETA)
        graphbuild.build(...)
    with reporting(LineReporter(sys.stderr)):  # a log or a pipe: one line per stage when it ends
        graphbuild.build(...)

The CLI picks the bar on a terminal and the lines otherwise (`--quiet`: neither).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import IO, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


@dataclass
class Stage:
    """One running stage: how much of `total` (None: unknown) is done, in `unit`s."""

    name: str
    total: int | None = None
    unit: str = "items"
    done: int = 0
    started: float = field(default_factory=time.perf_counter)

    def advance(self, amount: int = 1) -> None:
        self.done += amount

    def set_total(self, total: int | None) -> None:
        self.total = total

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


class Reporter:
    """Shows stages; this base shows nothing. `wants_totals`: whether a total is worth counting up front."""

    wants_totals = False

    def open(self, stage: Stage) -> None:
        """A stage starts."""

    def update(self, stage: Stage) -> None:
        """A stage advanced or learnt its total."""

    def close(self, stage: Stage) -> None:
        """A stage ends."""


class LineReporter(Reporter):
    """One line per stage when it ends, for logs and pipes: `graphbuild: extraction: 6 articles in 2.1s
    (2.9 articles/s)`."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def close(self, stage: Stage) -> None:
        seconds = stage.seconds
        rate = f" ({stage.done / seconds:.1f} {stage.unit}/s)" if seconds > 0 else ""
        self.stream.write(f"graphbuild: {stage.name}: {stage.done} {stage.unit} in {seconds:.1f}s{rate}\n")
        self.stream.flush()


class RateColumn(ProgressColumn):
    """`12.3 articles/s`, the unit taken from the task's fields."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "")
        return Text("" if speed is None else f"{speed:.1f} {unit}/s", style="progress.data.speed")


class BarReporter(Reporter):
    """A live bar per stage on a terminal: done/total, rate, time left (ETA) and time taken."""

    wants_totals = True

    def __init__(self, console: Console) -> None:
        self.progress = Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[unit]}"), RateColumn(), TextColumn("ETA"),
                                 TimeRemainingColumn(), TimeElapsedColumn(), console=console,
                                 transient=False)  # fmt: skip
        self.tasks: dict[int, Any] = {}

    def open(self, stage: Stage) -> None:
        if not self.tasks:
            self.progress.start()
        self.tasks[id(stage)] = self.progress.add_task(stage.name, total=stage.total, unit=stage.unit)

    def update(self, stage: Stage) -> None:
        self.progress.update(self.tasks[id(stage)], completed=stage.done, total=stage.total)

    def close(self, stage: Stage) -> None:
        task = self.tasks.pop(id(stage))
        self.progress.update(task, completed=stage.done, total=stage.total if stage.total is not None
                             else stage.done)  # fmt: skip
        if not self.tasks:
            self.progress.stop()


def console_reporter(console: Console, quiet: bool = False) -> Reporter:
    """Bars when `console` is a terminal, one line per stage on its stream otherwise, nothing if `quiet`."""
    if quiet:
        return Reporter()
    return BarReporter(console) if console.is_terminal else LineReporter(console.file)


_SILENT = Reporter()
_REPORTER: ContextVar[Reporter | None] = ContextVar("graphbuild_progress", default=None)


def current() -> Reporter:
    """The installed reporter (one that shows nothing when none is)."""
    return _REPORTER.get() or _SILENT


@contextmanager
def reporting(reporter: Reporter) -> Iterator[Reporter]:
    """Stages started inside the block report to `reporter`."""
    token = _REPORTER.set(reporter)
    try:
        yield reporter
    finally:
        _REPORTER.reset(token)


class _Handle:
    def __init__(self, stage: Stage, reporter: Reporter) -> None:
        self.stage, self.reporter = stage, reporter

    def advance(self, amount: int = 1) -> None:
        self.stage.advance(amount)
        self.reporter.update(self.stage)

    def set_total(self, total: int | None) -> None:
        self.stage.set_total(total)
        self.reporter.update(self.stage)


@contextmanager
def stage(name: str, total: int | None = None, unit: str = "items") -> Iterator[_Handle]:
    """A stage of `total` `unit`s (None: unknown) that reports to the installed reporter."""
    reporter = current()
    running = Stage(name, total, unit)
    reporter.open(running)
    try:
        yield _Handle(running, reporter)
    finally:
        reporter.close(running)

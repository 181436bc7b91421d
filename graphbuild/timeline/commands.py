"""The CLI commands of the timeline stage (registered in graphbuild/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graphbuild.graph import GraphInputError
from graphbuild.outdir import OutputFolderError, check_complete
from graphbuild.timeline.filters import FilterError, LoadFilter, check_bound
from graphbuild.timeline.series import FREQS, SeriesOptions, dyad_series, write_csv, write_png

EXIT_REJECTED = 2

Since = Annotated[str | None, typer.Option(help="Keep events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); "
                                           "undated events are then left out and counted.")]
Until = Annotated[str | None, typer.Option(help="Keep events dated on or before this (YYYY, YYYY-MM or "
                                           "YYYY-MM-DD); undated events are then left out and counted.")]
MinConfidence = Annotated[float, typer.Option(min=0.0, max=1.0, help="Leave out events below this confidence.")]


def timeseries_command(
    out_dir: Annotated[Path, typer.Argument(help="A build's output folder (events.jsonl, triples.jsonl).")],
    source: Annotated[str, typer.Option(help="Source actor: id, ISO3 code, name or alias.")],
    target: Annotated[str, typer.Option(help="Target actor: id, ISO3 code, name or alias.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The CSV file to write.")],
    both: Annotated[bool, typer.Option("--both", help="Count events in both directions.")] = False,
    freq: Annotated[str, typer.Option(help="Period: day, week (ISO) or month.")] = "month",
    png: Annotated[Path | None, typer.Option(help="Also draw the series of both directions (PNG).")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Distinct events between two actors per period: period, events, the four PLOVER quad classes and the
    Goldstein sum, as CSV (and a PNG chart). Undated events cannot be placed in a period: their number is printed.

    Example: graphbuild timeseries out/ --source Russia --target Ukraine --freq month --out ru-ua.csv --png ru-ua.png
    """
    if freq not in FREQS:
        raise typer.BadParameter("use day, week or month", param_hint="--freq")
    try:
        check_complete(out_dir)
        options = SeriesOptions(source, target, both, freq, check_bound(since, "--since"),
                                check_bound(until, "--until"), min_confidence)  # fmt: skip
        series = dyad_series(out_dir, options)
    except (OutputFolderError, GraphInputError, FilterError) as error:
        typer.echo(f"graphbuild timeseries: {error}", err=True)
        raise typer.Exit(EXIT_REJECTED) from None
    write_csv(series.rows, out)
    if png is not None:
        write_png(series, png)
    total = sum(row["events"] for row in series.rows)
    arrow = "↔" if both else "→"
    typer.echo(f"{series.source.name} {arrow} {series.target.name}: {total} events in {len(series.rows)} "
               f"periods → {out}" + (f", {png}" if png else ""))
    if series.undated:
        typer.echo(f"{series.undated} undated events left out (no date to place them in a period)", err=True)
    if series.left_out.describe():
        typer.echo(series.left_out.describe(), err=True)


def load_filter(since: str | None, until: str | None, min_confidence: float = 0.0) -> LoadFilter:
    """The filter of a command's --since/--until/--min-confidence; a bad date is a usage error (exit 2)."""
    try:
        return LoadFilter(since, until, min_confidence)
    except FilterError as error:
        raise typer.BadParameter(str(error)) from None

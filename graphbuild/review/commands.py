"""`graphbuild corrections ...`: check a corrections file, export it as training annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from graphbuild.model import InputError

corrections_app = typer.Typer(help="Corrections files (docs/corrections.md): check them, export them as training "
                              "annotations.\n\nExample: graphbuild corrections export fixes.jsonl --build out/ "
                              "--as-annotations data/annotations/corrections-pass1.jsonl",
                              no_args_is_help=True, rich_markup_mode=None)  # fmt: skip
CorrectionsFile = Annotated[Path, typer.Argument(help="A corrections file (JSON Lines, one operation a line).")]


@corrections_app.command("check")
def check_command(file: CorrectionsFile) -> None:
    """Validate every line of a corrections file; each bad line is printed as FILE:LINE: reason (exit status 2).

    Example: graphbuild corrections check fixes.jsonl
    """
    from graphbuild.review.operations import read_corrections

    good = bad = 0
    for item in read_corrections(file):
        if isinstance(item, InputError):
            bad += 1
            typer.echo(str(item), err=True)
        else:
            good += 1
    typer.echo(f"{good} operations, {bad} bad lines")
    raise typer.Exit(2 if bad else 0)


@corrections_app.command("export")
def export_command(
    file: CorrectionsFile,
    as_annotations: Annotated[Path, typer.Option("--as-annotations", help="Annotation file (.jsonl) or folder to "
                                                 "write (the format of data/annotations, docs/annotation.md).")],
    build: Annotated[Path, typer.Option(help="The output folder of the build that applied FILE "
                                        "(build --corrections FILE).")] = Path("out"),
) -> None:
    """Turn the corrections a build applied into annotated sentences for `graphbuild train`: a rejected triple's
    pair is no event, a relabelled, re-actored or added triple is one; the sentence's other triples are optional.

    Example: graphbuild corrections export fixes.jsonl --build out/ --as-annotations ann/corrections-pass1.jsonl
    """
    from graphbuild.review.annotations import export_annotations

    try:
        report = export_annotations(file, build, as_annotations)
    except (OSError, ValueError) as error:
        typer.echo(f"graphbuild corrections: {error}", err=True)
        raise typer.Exit(2) from None
    for line in report.errors:
        typer.echo(line, err=True)
    typer.echo(json.dumps(report.to_dict(), sort_keys=True))
    raise typer.Exit(2 if report.errors else 0)

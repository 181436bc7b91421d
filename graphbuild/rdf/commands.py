"""`graphbuild rdf ...`: load, retract, export and validate the RDF store of an output folder."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from graphbuild.outdir import OutputFolderError, check_complete
from graphbuild.progress import console_reporter, reporting
from graphbuild.rdf.store import EXPORT_FORMATS, RdfInputError, export, load_articles, load_output, remove_article

rdf_app = typer.Typer(help="The RDF store of an output folder (OUT/rdf): load, remove, export, validate.\n\n"
                      "Example: graphbuild rdf export out/ --format turtle --out graph.ttl",
                      no_args_is_help=True, rich_markup_mode=None)  # fmt: skip
OutDir = Annotated[Path, typer.Argument(help="A build's output folder (articles/triples/actors.jsonl, rdf/).")]
StoreDir = Annotated[Path | None, typer.Option("--store", help="The store folder (default OUT_DIR/rdf).")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"graphbuild rdf: {message}", err=True)
    return typer.Exit(code)


@rdf_app.command("load")
def load_command(
    out_dir: OutDir,
    article: Annotated[list[str] | None, typer.Option(help="Only re-load this article (repeatable); its graph "
                                                      "is replaced.")] = None,
    store: StoreDir = None,
) -> None:
    """Load OUT_DIR/{articles,triples,actors}.jsonl into the store (replacing what it held), or re-load some
    articles only. Loading the same output twice leaves the same store.

    Example: graphbuild rdf load out/ --article kontan-kim-putin
    """
    try:
        check_complete(out_dir)
    except OutputFolderError as error:
        raise _fail(str(error), 2) from None
    try:
        if article:
            started = time.perf_counter()
            quads = load_articles(out_dir, article, store)
            typer.echo(f"replaced {len(article)} article graph(s): {quads} quads in "
                       f"{time.perf_counter() - started:.2f} s")  # fmt: skip
        else:
            with reporting(console_reporter(Console(stderr=True))):
                report = load_output(out_dir, store)
            typer.echo(report.to_dict()["summary"])
    except (RdfInputError, KeyError, OSError) as error:
        raise _fail(str(error).strip('"')) from None


@rdf_app.command("remove")
def remove_command(
    out_dir: OutDir,
    article_id: Annotated[str, typer.Argument(help="The id of the article to retract.")],
    store: StoreDir = None,
) -> None:
    """Retract an article: drop its named graph (its events, their direct statements and provenance) and the
    actors no other article mentions.

    Example: graphbuild rdf remove out/ kontan-kim-putin
    """
    try:
        removed = remove_article(out_dir, article_id, store)
    except (KeyError, OSError) as error:
        raise _fail(str(error).strip('"')) from None
    typer.echo(f"removed article {article_id}: {removed} quads")


@rdf_app.command("export")
def export_command(
    out_dir: OutDir,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(EXPORT_FORMATS)}. turtle and "
                                     "ntriples merge all graphs; nquads, trig and jsonld keep them.")] = "trig",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write (default OUT_DIR/graph.<ext>).")]
    = None,
    store: StoreDir = None,
) -> None:
    """Write the RDF store as one file.

    Example: graphbuild rdf export out/ --format turtle --out graph.ttl
    """
    suffix = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}
    if fmt not in EXPORT_FORMATS:
        raise _fail(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}", 2)
    target = out or out_dir / f"graph.{suffix[fmt]}"
    try:
        count = export(store or out_dir / "rdf", fmt, target)
    except OSError as error:
        raise _fail(str(error)) from None
    typer.echo(f"wrote {count} {'triples' if fmt in ('turtle', 'ntriples') else 'quads'} to {target}")


@rdf_app.command("validate")
def validate_command(out_dir: OutDir, store: StoreDir = None) -> None:
    """Check the store against ontology/shapes.ttl (SHACL, needs pyshacl from the test extra).

    Example: graphbuild rdf validate out/
    """
    try:
        from graphbuild.rdf.validate import validate_store

        conforms, report = validate_store(store or out_dir / "rdf")
    except ImportError as error:
        raise _fail(f"{error.name} is needed: pip install -e '.[test]'") from None
    except OSError as error:
        raise _fail(str(error)) from None
    typer.echo(report)
    raise typer.Exit(0 if conforms else 1)

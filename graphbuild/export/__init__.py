"""Graph exports: GraphML, GEXF, Cytoscape.js, node-link JSON, DOT, CSV, an offline HTML page, PNG and SVG.

    from graphbuild.export import export
    export("out", "gexf", "out/graph.gexf", GraphFilter(since="2024-01-01"))

Every format is one entry of `FORMATS` (format name → writer). A writer takes an `ExportContext` (the graph,
its cached layout, the output folder) and a destination path, and returns the files it wrote. To add a
format, add a writer to `FORMATS` and its default file name to `DEFAULT_FILES`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.export.dot import write_dot
from graphbuild.export.html import write_html
from graphbuild.export.json_formats import write_cytoscape, write_nodelink
from graphbuild.export.layout import fast_layout
from graphbuild.export.markup import write_gexf, write_graphml
from graphbuild.export.pictures import write_png, write_svg
from graphbuild.export.tables import write_csv
from graphbuild.graph import GraphFilter, GraphInputError, load_graph
from graphbuild.model import RELATIONS
from graphbuild.progress import stage

if TYPE_CHECKING:
    from graphbuild.api import BuildOptions, BuildSummary


@dataclass
class ExportContext:
    """What a writer gets: the graph, the folder it came from, and its layout (computed once, on demand)."""

    graph: nx.MultiDiGraph
    out_dir: Path | None = None
    title: str = "graphbuild"
    _positions: dict[str, tuple[float, float]] | None = field(default=None, repr=False)

    @property
    def positions(self) -> dict[str, tuple[float, float]]:
        if self._positions is None:
            self._positions = fast_layout(self.graph)
        return self._positions


Writer = Callable[[ExportContext, Path], list[Path]]

FORMATS: dict[str, Writer] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "cytoscape": write_cytoscape,
    "nodelink": write_nodelink,
    "dot": write_dot,
    "csv": write_csv,
    "html": write_html,
    "png": write_png,
    "svg": write_svg,
}

# Where `graphbuild export OUT --format F` writes without --out (csv: a folder, see tables.write_csv).
DEFAULT_FILES: dict[str, str] = {
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
    "cytoscape": "graph.cyjs",
    "nodelink": "graph.json",
    "dot": "graph.dot",
    "csv": "graph-csv/",
    "html": "graph.html",
    "png": "graph.png",
    "svg": "graph.svg",
}

# The files the build's post-stage writes into every output folder.
BUILD_FORMATS: tuple[str, ...] = ("graphml", "gexf", "cytoscape", "html")


@dataclass
class ExportResult:
    format: str
    files: list[Path]
    nodes: int
    edges: int


def export(out_dir: str | Path, fmt: str, dest: str | Path | None = None, flt: GraphFilter | None = None,
           *, context: ExportContext | None = None) -> ExportResult:  # fmt: skip
    """Write the graph of output folder `out_dir` (filtered by `flt`) in format `fmt` to `dest`."""
    if fmt not in FORMATS:
        raise GraphInputError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    if context is None:
        context = ExportContext(load_graph(out_dir, flt), out_dir, title=f"graphbuild: {out_dir.name}")
    target = Path(dest) if dest is not None else out_dir / DEFAULT_FILES[fmt]
    if fmt == "csv" and (dest is None or str(dest).endswith(("/", "\\"))):  # a folder: nodes.csv, edges.csv in it
        target.mkdir(parents=True, exist_ok=True)
    elif fmt != "csv":
        target.parent.mkdir(parents=True, exist_ok=True)
    files = FORMATS[fmt](context, target)
    graph = context.graph
    return ExportResult(fmt, files, graph.number_of_nodes(), graph.number_of_edges())


def export_stage(out_dir: Path, options: BuildOptions, summary: BuildSummary) -> dict[str, Any]:
    """Post-build stage: write graph.graphml, graph.gexf, graph.cyjs and graph.html into the output folder."""
    context = ExportContext(load_graph(out_dir), out_dir, title=f"graphbuild: {Path(out_dir).name}")
    files: list[str] = []
    with stage("exports", len(BUILD_FORMATS), "files") as bar:
        for fmt in BUILD_FORMATS:
            result = export(out_dir, fmt, out_dir / DEFAULT_FILES[fmt], context=context)
            files.extend(path.name for path in result.files)
            bar.advance()
    graph = context.graph
    return {
        "summary": f"{', '.join(files)} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} edges)",
        "files": files,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }


export_stage.stage_name = "exports"  # type: ignore[attr-defined]

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_filter(*, actor: str | None = None, hops: int = 1, relation: list[str] | tuple[str, ...] = (),
                 since: str | None = None, until: str | None = None, min_events: int = 1,
                 language: str | None = None) -> GraphFilter:  # fmt: skip
    """A `GraphFilter` from command-line values; a clear error for an unknown relation or a bad date."""
    relations = tuple(dict.fromkeys(part.strip().upper() for item in relation for part in item.split(",")
                                    if part.strip()))  # fmt: skip
    unknown = [name for name in relations if name not in RELATIONS]
    if unknown:
        raise GraphInputError(f"unknown relation {', '.join(unknown)}; use one of: {', '.join(RELATIONS)}")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not DATE.match(value):
            raise GraphInputError(f"--{name} {value!r}: use a date YYYY-MM-DD (or YYYY-MM, YYYY)")
    return GraphFilter(actor=actor, hops=hops, relations=relations, since=since, until=until,
                       min_events=min_events, language=language)  # fmt: skip


def export_command(out_dir: Path, fmt: str, dest: str | Path | None, **filters: Any) -> int:
    """`graphbuild export`: write one format, print what was written; 0 on success, 2 on bad input."""
    try:
        result = export(out_dir, fmt, dest, parse_filter(**filters))
    except GraphInputError as error:
        print(f"graphbuild export: {error}", file=sys.stderr)
        return 2
    files = ", ".join(str(path) for path in result.files)
    print(f"{fmt}: {files} ({result.nodes} actors, {result.edges} edges)", file=sys.stderr)
    return 0

__all__ = ["BUILD_FORMATS", "DEFAULT_FILES", "FORMATS", "ExportContext", "ExportResult", "Writer", "export",
           "export_command", "export_stage", "parse_filter"]  # fmt: skip

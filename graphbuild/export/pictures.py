"""Static pictures of the graph (PNG, SVG) with matplotlib: the precomputed layout, nodes coloured by actor
type and sized by degree, edges coloured by quad class, labels on the best-connected actors, a legend."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.export.style import QUAD_COLORS, QUAD_NAMES, TYPE_COLORS, edge_color, node_color, node_size

if TYPE_CHECKING:
    from graphbuild.export import ExportContext

MAX_LABELS = 40


def _draw(context: ExportContext, dest: Path, fmt: str) -> list[Path]:
    # imported here, not at import time: `graphbuild export -f gexf` should not pay for matplotlib; a bare
    # Figure (no pyplot) leaves the caller's backend and open figures alone
    import matplotlib
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    graph = context.graph
    pos = context.positions
    big = graph.number_of_nodes() > 500
    fig = Figure(figsize=(12, 10), dpi=100)
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title(context.title, loc="left", fontsize=12)
    edges = sorted(graph.edges(data=True), key=lambda e: e[2]["events"])
    if edges:
        segments = [(pos[u], pos[v]) for u, v, _ in edges]
        widths = [min(4.0, 0.4 + 0.4 * d["events"]) * (0.3 if big else 1.0) for _, _, d in edges]
        colors = [edge_color(d.get("quad")) for _, _, d in edges]
        ax.add_collection(LineCollection(segments, linewidths=widths, colors=colors, alpha=0.35 if big else 0.8,
                                         zorder=1))  # fmt: skip
    nodes = sorted(graph.nodes(data=True), key=lambda n: n[1].get("degree", 0))
    if nodes:
        ax.scatter([pos[n][0] for n, _ in nodes], [pos[n][1] for n, _ in nodes],
                   s=[(node_size(d.get("degree", 0)) * (0.35 if big else 0.8)) ** 2 for _, d in nodes],
                   c=[node_color(d.get("type")) for _, d in nodes], edgecolors="white",
                   linewidths=0.2 if big else 0.8, zorder=2)  # fmt: skip
    for node, data in sorted(nodes, key=lambda n: -n[1].get("degree", 0))[:MAX_LABELS]:
        ax.annotate(str(data.get("name", node)), pos[node], fontsize=8, ha="center", va="bottom",
                    xytext=(0, 6), textcoords="offset points", zorder=3)  # fmt: skip
    ax.invert_yaxis()  # the layout's y grows downwards, as in the HTML page
    ax.autoscale_view()
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=color, markeredgecolor="white",
                      label=kind) for kind, color in TYPE_COLORS.items()]  # fmt: skip
    handles += [Line2D([], [], color=QUAD_COLORS[quad], linewidth=2.5, label=QUAD_NAMES[quad]) for quad in QUAD_COLORS]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)  # beside
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "graphbuild", "svg.fonttype": "none"}):
        fig.savefig(dest, format=fmt, bbox_inches="tight", metadata=metadata)
    return [dest]


def write_png(context: ExportContext, dest: Path) -> list[Path]:
    return _draw(context, dest, "png")


def write_svg(context: ExportContext, dest: Path) -> list[Path]:
    return _draw(context, dest, "svg")

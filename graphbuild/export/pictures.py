"""Static pictures of the graph (PNG, SVG) with matplotlib: the precomputed layout, nodes coloured by actor
type and sized by degree, directed edges with arrowheads coloured by quad class, labels on the
best-connected actors placed so that none overlaps another, a legend.

Edges are arrows (`FancyArrowPatch`, stopping at the target node's rim, slightly curved so that the two
directions of a pair stay apart; each has the SVG id `arrow-<edge id>`) up to `MAX_ARROWS` edges; a bigger
graph gets plain lines, as in the HTML page. Labels are placed greedily, best-connected actor first: the
first of eight positions around the node whose box overlaps no label already placed wins; an actor with no
free position goes unlabelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.export.style import QUAD_COLORS, QUAD_NAMES, TYPE_COLORS, edge_color, node_color, node_size

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from graphbuild.export import ExportContext

MAX_LABELS = 40
MAX_ARROWS = 3000
LABEL_GAP = 3.0  # points between a node's rim and its label
# label positions around a node, tried in order: (dx, dy) direction, horizontal and vertical alignment
LABEL_SPOTS = ((0, 1, "center", "bottom"), (0, -1, "center", "top"), (1, 0, "left", "center"),
               (-1, 0, "right", "center"), (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"),
               (1, -1, "left", "top"), (-1, -1, "right", "top"))  # fmt: skip


@dataclass
class Picture:
    """A drawn figure and the labels placed on it (node id → its text artist)."""

    figure: Figure
    labels: dict[str, Text]


def draw(context: ExportContext) -> Picture:
    """The picture of `context.graph` as a matplotlib Figure (not saved)."""
    # imported here, not at import time: `graphbuild export -f gexf` should not pay for matplotlib; a bare
    # Figure (no pyplot) leaves the caller's backend and open figures alone
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    graph = context.graph
    big = graph.number_of_nodes() > 500
    figure = Figure(figsize=(12, 10), dpi=100)
    FigureCanvasAgg(figure)  # a canvas to measure text on
    ax = figure.subplots()
    ax.set_axis_off()
    ax.set_title(context.title, loc="left", fontsize=12)
    radius = {node: node_size(data.get("degree", 0)) * (0.35 if big else 0.8) / 2
              for node, data in graph.nodes(data=True)}  # fmt: skip
    _draw_nodes(ax, context, big)
    ax.invert_yaxis()  # the layout's y grows downwards, as in the HTML page
    ax.autoscale_view()
    ax.set_xlim(*ax.get_xlim())  # fixed now, so arrows and labels are measured in the final coordinates
    ax.set_ylim(*ax.get_ylim())
    _draw_edges(ax, context, radius, big)
    labels = _place_labels(ax, context, radius)
    _legend(ax)
    return Picture(figure, labels)


def _draw_nodes(ax: Any, context: ExportContext, big: bool) -> None:
    pos = context.positions
    nodes = sorted(context.graph.nodes(data=True), key=lambda n: n[1].get("degree", 0))
    if nodes:
        ax.scatter([pos[n][0] for n, _ in nodes], [pos[n][1] for n, _ in nodes],
                   s=[(node_size(d.get("degree", 0)) * (0.35 if big else 0.8)) ** 2 for _, d in nodes],
                   c=[node_color(d.get("type")) for _, d in nodes], edgecolors="white",
                   linewidths=0.2 if big else 0.8, zorder=2)  # fmt: skip


def _draw_edges(ax: Any, context: ExportContext, radius: dict[str, float], big: bool) -> None:
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    pos = context.positions
    edges = sorted(context.graph.edges(data=True), key=lambda e: (e[2]["events"], e[2]["id"]))
    widths = [min(4.0, 0.4 + 0.4 * d["events"]) * (0.3 if big else 1.0) for _, _, d in edges]
    if len(edges) > MAX_ARROWS:
        ax.add_collection(LineCollection([(pos[u], pos[v]) for u, v, _ in edges], linewidths=widths,
                                         colors=[edge_color(d.get("quad")) for _, _, d in edges],
                                         alpha=0.35 if big else 0.8, zorder=1))  # fmt: skip
        return
    for (u, v, data), width in zip(edges, widths, strict=True):
        if u == v:
            continue  # an actor acting on itself: no arrow to draw
        arrow = FancyArrowPatch(pos[u], pos[v], arrowstyle="-|>", mutation_scale=8 + 2 * width,
                                connectionstyle="arc3,rad=0.08", shrinkA=radius[u], shrinkB=radius[v] + 1,
                                color=edge_color(data.get("quad")), linewidth=width, alpha=0.85, zorder=1)
        arrow.set_gid(f"arrow-{data['id']}")
        ax.add_patch(arrow)


def _place_labels(ax: Any, context: ExportContext, radius: dict[str, float]) -> dict[str, Text]:
    """Labels on the best-connected actors, each at the first spot around its node that overlaps no label
    placed before it; none where no spot is free."""
    graph = context.graph
    renderer = ax.figure.canvas.get_renderer()
    placed: dict[str, Text] = {}
    boxes: list[Any] = []
    ranked = sorted(graph.nodes(data=True), key=lambda n: (-n[1].get("degree", 0), str(n[0])))[:MAX_LABELS]
    for node, data in ranked:
        gap = radius[node] + LABEL_GAP
        for dx, dy, ha, va in LABEL_SPOTS:
            # y is inverted on screen: "above" is a positive offset in points
            text = ax.annotate(str(data.get("name", node)), context.positions[node], fontsize=8, ha=ha, va=va,
                               xytext=(dx * gap, dy * gap), textcoords="offset points", zorder=3)
            box = text.get_window_extent(renderer).padded(1)
            if not any(box.overlaps(other) for other in boxes):
                text.set_gid(f"label-{node}")
                placed[node] = text
                boxes.append(box)
                break
            text.remove()
    return placed


def _legend(ax: Any) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=color, markeredgecolor="white",
                      label=kind) for kind, color in TYPE_COLORS.items()]  # fmt: skip
    handles += [Line2D([], [], color=QUAD_COLORS[quad], linewidth=2.5, label=QUAD_NAMES[quad]) for quad in QUAD_COLORS]
    handles.append(Line2D([], [], color="#555", marker=">", markersize=6, linewidth=1.5, label="acts on (arrow)"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)  # beside


def _save(context: ExportContext, dest: Path, fmt: str) -> list[Path]:
    import matplotlib

    picture = draw(context)
    metadata = {"Date": None} if fmt == "svg" else {}
    with matplotlib.rc_context({"svg.hashsalt": "graphbuild", "svg.fonttype": "none"}):
        picture.figure.savefig(dest, format=fmt, bbox_inches="tight", metadata=metadata)
    return [dest]


def write_png(context: ExportContext, dest: Path) -> list[Path]:
    return _save(context, dest, "png")


def write_svg(context: ExportContext, dest: Path) -> list[Path]:
    return _save(context, dest, "svg")

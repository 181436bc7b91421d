"""Colours and sizes shared by every picture of the graph (HTML page, PNG/SVG, GEXF viz, DOT)."""

from __future__ import annotations

import math

from graphbuild.relations import QUAD_LABELS

TYPE_COLORS: dict[str, str] = {
    "Country": "#4e79a7",
    "Person": "#edc948",
    "Organization": "#b07aa1",
    "ArmedGroup": "#9c755f",
    "Group": "#76b7b2",
}
UNKNOWN_COLOR = "#bab0ac"
QUAD_COLORS: dict[int, str] = {1: "#8cd17d", 2: "#2e8b57", 3: "#f08080", 4: "#c0392b"}
QUAD_NAMES: dict[int, str] = dict(QUAD_LABELS)


def node_color(actor_type: str | None) -> str:
    return TYPE_COLORS.get(actor_type or "", UNKNOWN_COLOR)


def edge_color(quad: int | None) -> str:
    return QUAD_COLORS.get(quad or 0, UNKNOWN_COLOR)


def node_size(degree: int) -> float:
    """Diameter in pixels: grows with the square root of the degree, capped."""
    return round(min(60.0, 8.0 + 5.0 * math.sqrt(max(degree, 0))), 2)


def edge_width(events: int) -> float:
    """Width in pixels: grows with the log of the event count, capped."""
    return round(min(10.0, 1.0 + 1.5 * math.log2(max(events, 1))), 2)


def rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)

"""Cytoscape.js JSON (`.cyjs`, also opened by Cytoscape desktop) and node-link JSON for D3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.export.style import edge_color, edge_width, node_color, node_size

if TYPE_CHECKING:
    from graphbuild.export import ExportContext


def _write_json(dest: Path, data: dict[str, Any]) -> None:
    dest.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def cytoscape_elements(context: ExportContext) -> dict[str, Any]:
    """The `elements` of a Cytoscape.js graph: node data with a position, edge data with `source`/`target`
    (Cytoscape's endpoint keys) and the evidence as parallel lists of strings (Cytoscape list columns)."""
    graph = context.graph
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        x, y = context.positions[node]
        # `value` is the node key networkx's cytoscape_graph() reads back
        nodes.append({"data": {"id": node, "value": node, **data, "color": node_color(data.get("type")),
                               "size": node_size(int(data.get("degree", 0)))},
                      "position": {"x": x, "y": y}})  # fmt: skip
    edges = []
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[3]["id"]):
        attrs = {name: value for name, value in data.items() if name != "evidence" and value is not None}
        evidence = data["evidence"]
        attrs.update(
            key=key, event_ids=[e["event_id"] for e in evidence], article_ids=[e["article_id"] for e in evidence],
            sentences=[e["sentence"] for e in evidence], titles=[e["title"] for e in evidence],
            urls=[e["url"] or "" for e in evidence], dates=[e["date"] or "" for e in evidence],
            color=edge_color(data.get("quad")), width=edge_width(int(data["events"])),
        )  # fmt: skip
        edges.append({"data": {"id": data["id"], "source": u, "target": v, **attrs}})
    return {"nodes": nodes, "edges": edges}


def write_cytoscape(context: ExportContext, dest: Path) -> list[Path]:
    graph = context.graph
    _write_json(dest, {
        "format_version": "1.0",
        "generated_by": "graphbuild",
        "target_cytoscapejs_version": "~3.30",
        "data": {"name": context.title, "filter": graph.graph.get("filter", "")},
        "directed": True,
        "multigraph": True,
        "elements": cytoscape_elements(context),
    })  # fmt: skip
    return [dest]


def write_nodelink(context: ExportContext, dest: Path) -> list[Path]:
    """networkx node-link JSON (`nodes`, `links`), evidence kept as a list of objects; node `x`/`y` from the
    layout. Read it back with `nx.node_link_graph(data, edges="links")`."""
    graph = nx.MultiDiGraph(context.graph)
    for node, (x, y) in context.positions.items():
        graph.nodes[node].update(x=x, y=y)
    data = nx.node_link_data(graph, edges="links")
    _write_json(dest, data)
    return [dest]

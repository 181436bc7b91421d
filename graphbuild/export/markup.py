"""GraphML (typed keys, flat attributes) and GEXF 1.3 (dynamic edges for Gephi's timeline, viz colours)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from lxml import etree

from graphbuild.export.style import edge_color, edge_width, node_color, node_size, rgb

if TYPE_CHECKING:
    from graphbuild.export import ExportContext

SEPARATOR = " | "


def flat_edge(data: dict[str, Any]) -> dict[str, Any]:
    """Edge attributes with the evidence list turned into joined strings and counts (GraphML/GEXF/CSV
    take no lists); `None` values dropped."""
    flat = {key: value for key, value in data.items() if key != "evidence" and value is not None}
    evidence = data.get("evidence", [])
    flat["evidence_count"] = len(evidence)
    flat["event_ids"] = ";".join(item["event_id"] for item in evidence)
    flat["article_ids"] = ";".join(dict.fromkeys(item["article_id"] for item in evidence))
    flat["urls"] = SEPARATOR.join(dict.fromkeys(item["url"] for item in evidence if item.get("url")))
    flat["sentences"] = SEPARATOR.join(dict.fromkeys(item["sentence"] for item in evidence))
    flat["languages"] = ";".join(sorted({item["language"] for item in evidence}))
    return flat


def flat_node(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None and not isinstance(value, list | dict)}


def flat_graph(context: ExportContext) -> nx.MultiDiGraph:
    """A copy of the graph with flat attributes and layout positions `x`/`y` on the nodes."""
    graph = context.graph
    flat = nx.MultiDiGraph(name=graph.graph.get("name", "graphbuild"))
    for node, data in graph.nodes(data=True):
        x, y = context.positions[node]
        flat.add_node(node, **flat_node(data), x=x, y=y, color=node_color(data.get("type")))
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **flat_edge(data), color=edge_color(data.get("quad")))
    return flat


def write_graphml(context: ExportContext, dest: Path) -> list[Path]:
    """GraphML with typed `<key>`s (string, int/long, double, boolean) and edge ids from the `id` attribute."""
    # the lxml writer (lxml comes with trafilatura) is 3-4x faster than the ElementTree one
    nx.write_graphml_lxml(flat_graph(context), dest, named_key_ids=True, edge_id_from_attribute="id")
    return [dest]


def write_gexf(context: ExportContext, dest: Path) -> list[Path]:
    """GEXF 1.3: node labels, viz colour/size/position, edges weighted by event count and dynamic
    (start = first event, end = last event), so Gephi's timeline can play the graph."""
    source = flat_graph(context)
    graph = nx.MultiDiGraph(name=source.graph["name"])
    for node, data in source.nodes(data=True):
        attrs = dict(data)
        x, y = attrs.pop("x"), attrs.pop("y")
        red, green, blue = rgb(attrs.pop("color"))
        attrs["label"] = attrs.get("name", str(node))
        attrs["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0},
                        "size": node_size(int(data.get("degree", 0))),
                        "position": {"x": x, "y": -y, "z": 0.0}}  # fmt: skip
        graph.add_node(node, **attrs)
    for u, v, key, data in source.edges(keys=True, data=True):
        attrs = dict(data)
        red, green, blue = rgb(attrs.pop("color"))
        attrs["weight"] = float(attrs["events"])
        attrs["label"] = attrs["relation"]
        if attrs.get("first_date"):
            attrs["start"] = attrs["first_date"]
            attrs["end"] = attrs.get("last_date") or attrs["first_date"]
        attrs["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0},
                        "thickness": edge_width(int(attrs["events"]))}  # fmt: skip
        graph.add_edge(u, v, key=key, **attrs)
    dest.write_bytes(_gexf_bytes(graph, context.title))
    return [dest]


XSI = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_NS = "http://gexf.net/1.3"


def _gexf_bytes(graph: nx.MultiDiGraph, title: str) -> bytes:
    """networkx's GEXF 1.3 made schema-valid and reproducible: the XML Schema instance namespace spelled right
    (networkx writes `http://w3.org/...`), no `name` on `<graph>` (the schema has none: the title goes to
    `<meta><description>`), and `lastmodifieddate` the newest event's date instead of today's."""
    newest = max((data.get("end", "") for _u, _v, data in graph.edges(data=True)), default="") or "1970-01-01"
    text = "\n".join(nx.generate_gexf(graph, version="1.3"))
    text = text.replace('xmlns:xsi="http://w3.org/2001/XMLSchema-instance"', f'xmlns:xsi="{XSI}"', 1)
    root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(remove_blank_text=True))
    meta = root.find(f"{{{GEXF_NS}}}meta")
    if meta is None:
        meta = etree.Element(f"{{{GEXF_NS}}}meta")
        root.insert(0, meta)
    meta.set("lastmodifieddate", newest)
    etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = title
    graph_element = root.find(f"{{{GEXF_NS}}}graph")
    if graph_element is not None:
        graph_element.attrib.pop("name", None)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)

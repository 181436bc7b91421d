"""Every export format read back with its own parser keeps the nodes, edges and attributes."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib.image
import networkx as nx
import pydot
import pytest

from graphbuild.export import DEFAULT_FILES, FORMATS, ExportContext, export
from graphbuild.export.pictures import draw
from graphbuild.export.tables import csv_paths
from graphbuild.export.validate import GEXF_NS, XSI_NS, gexf_problems
from graphbuild.graph import GraphFilter, load_graph
from tests.test_graph_fixtures import EDGES, HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_URL, write_fixture_output

NODES = 8


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return write_fixture_output(tmp_path / "out")


def written(out: Path, fmt: str, name: str | None = None) -> Path:
    result = export(out, fmt, out / (name or DEFAULT_FILES[fmt]))
    assert (result.nodes, result.edges) == (NODES, len(EDGES))
    assert all(path.is_file() and path.stat().st_size > 0 for path in result.files)
    return result.files[0]


def test_graphml_round_trip_with_typed_keys(out: Path) -> None:
    path = written(out, "graphml")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == NODES and graph.number_of_edges() == len(EDGES)
    assert graph.nodes["RUS"]["name"] == "Russia" and graph.nodes["RUS"]["degree"] == 4
    assert graph.nodes["evil-group"]["name"] == HOSTILE_NAME
    edges = {(d["from_actor"], d["relation"], d["to_actor"]): d for _, _, d in graph.edges(data=True)}
    assert {key: d["events"] for key, d in edges.items()} == EDGES
    support = edges["kim-jong-un", "SUPPORT", "RUS"]
    assert support["goldstein_sum"] == 7.0 and support["cooperative"] is True
    assert support["first_date"] == "2023-06-12" and support["evidence_count"] == 2
    assert len(support["event_ids"].split(";")) == 2 and "https://news.example/a1" in support["urls"]
    assert HOSTILE_SENTENCE in edges["evil-group", "THREATEN", "USA"]["sentences"]
    keys = {k.get("attr.name"): k.get("attr.type") for k in ET.parse(path).getroot()
            if k.tag.endswith("key") and k.get("for") == "edge"}  # fmt: skip
    assert keys["events"] in ("int", "long") and keys["goldstein_sum"] == "double"
    assert keys["cooperative"] == "boolean" and keys["sentences"] == "string"
    assert "source" not in keys and "target" not in keys


def test_gexf_13_round_trip_with_dynamic_edges_and_viz(out: Path) -> None:
    path = written(out, "gexf")
    root = ET.parse(path).getroot()
    assert root.get("version") == "1.3"
    graph_element = root.find("{http://gexf.net/1.3}graph")
    assert graph_element is not None
    assert graph_element.get("mode") == "dynamic" and graph_element.get("timeformat") == "date"
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() == NODES and graph.number_of_edges() == len(EDGES)
    assert graph.nodes["RUS"]["label"] == "Russia"
    assert graph.nodes["RUS"]["viz"]["color"] == {"r": 78, "g": 121, "b": 167, "a": 1.0}
    edges = {(d["from_actor"], d["relation"], d["to_actor"]): d for _, _, d in graph.edges(data=True)}
    assert {key: d["events"] for key, d in edges.items()} == EDGES
    support = edges["kim-jong-un", "SUPPORT", "RUS"]
    assert (support["start"], support["end"]) == ("2023-06-12", "2025-01-10")
    assert support["weight"] == 2.0 and support["label"] == "SUPPORT"


def test_gexf_is_structurally_gexf_13(out: Path) -> None:
    """The namespaces and every element and attribute are GEXF 1.3's (the whitelist of its RELAX NG grammar);
    `scripts/check_exports.py` validates against the official schema files themselves."""
    path = written(out, "gexf")
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf"
    assert f'xmlns:xsi="{XSI_NS}"' in path.read_text("utf-8")
    graph_element = root.find(f"{{{GEXF_NS}}}graph")
    assert graph_element is not None and "name" not in graph_element.attrib
    assert root.findtext(f"{{{GEXF_NS}}}meta/{{{GEXF_NS}}}description") == "graphbuild: out"
    assert gexf_problems(path) == []


def test_the_gexf_check_finds_what_networkx_gets_wrong(tmp_path: Path) -> None:
    path = tmp_path / "networkx.gexf"
    # networkx writes xmlns:xsi without www and a name on <graph>
    nx.write_gexf(nx.DiGraph([("RUS", "UKR")], name="plain networkx"), path, version="1.3")
    problems = gexf_problems(path)
    assert any("xmlns:xsi is 'http://w3.org/2001/XMLSchema-instance'" in problem for problem in problems)
    assert any("<graph> has no attribute 'name'" in problem for problem in problems)


def test_cytoscape_json_round_trip(out: Path) -> None:
    path = written(out, "cytoscape")
    data = json.loads(path.read_text("utf-8"))
    graph = nx.cytoscape_graph(data)
    assert graph.number_of_nodes() == NODES and graph.number_of_edges() == len(EDGES)
    for element in data["elements"]["nodes"]:
        assert set(element["position"]) == {"x", "y"}
    for element in data["elements"]["edges"]:
        edge = element["data"]
        assert (edge["source"], edge["target"]) == (edge["from_actor"], edge["to_actor"])
        assert len(edge["sentences"]) == len(edge["event_ids"]) == len(edge["urls"]) == edge["events"]
    threat = next(e["data"] for e in data["elements"]["edges"] if e["data"]["relation"] == "THREATEN")
    assert threat["sentences"] == [HOSTILE_SENTENCE] and threat["urls"] == [HOSTILE_URL]
    assert graph.nodes["evil-group"]["name"] == HOSTILE_NAME


def test_nodelink_json_round_trip_keeps_the_evidence(out: Path) -> None:
    path = written(out, "nodelink")
    graph = nx.node_link_graph(json.loads(path.read_text("utf-8")), edges="links")
    original = load_graph(out)
    assert graph.number_of_nodes() == NODES and graph.number_of_edges() == len(EDGES)
    for u, v, key, data in original.edges(keys=True, data=True):
        assert graph.edges[u, v, key]["evidence"] == data["evidence"]
        assert graph.edges[u, v, key]["from_actor"] == u and graph.edges[u, v, key]["to_actor"] == v
    assert all({"x", "y"} <= set(data) for _, data in graph.nodes(data=True))


def _dot_unquote(value: str) -> str:
    assert value.startswith('"') and value.endswith('"')
    return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")


def test_dot_parses_with_pydot(out: Path) -> None:
    path = written(out, "dot")
    (graph,) = pydot.graph_from_dot_file(str(path))
    nodes = {_dot_unquote(node.get_name()): node for node in graph.get_nodes()
             if node.get_name() not in ("node", "graph", "edge")}  # fmt: skip
    assert len(nodes) == NODES
    assert _dot_unquote(nodes["evil-group"].get("label")) == HOSTILE_NAME
    assert _dot_unquote(nodes["RUS"].get("type")) == "Country"
    edges = graph.get_edges()
    assert len(edges) == len(EDGES)
    found = {(_dot_unquote(e.get_source()), _dot_unquote(e.get("relation")), _dot_unquote(e.get_destination())):
             int(_dot_unquote(e.get("events"))) for e in edges}  # fmt: skip
    assert found == EDGES


@pytest.mark.parametrize("where", ["folder", "prefix"])
def test_csv_nodes_and_edges(out: Path, where: str) -> None:
    dest = (out / "tables") if where == "folder" else (out / "tables" / "graph.csv")
    if where == "folder":
        dest.mkdir()
    result = export(out, "csv", dest)
    expected = (dest / "nodes.csv", dest / "edges.csv") if where == "folder" else \
        (out / "tables" / "graph.nodes.csv", out / "tables" / "graph.edges.csv")  # fmt: skip
    assert tuple(result.files) == expected == csv_paths(dest)
    with expected[0].open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with expected[1].open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == NODES and {row["Id"] for row in nodes} >= {"RUS", "IDN", "evil-group"}
    assert {(r["Source"], r["relation"], r["Target"]): int(r["Weight"]) for r in edges} == EDGES
    threat = next(r for r in edges if r["relation"] == "THREATEN")
    assert threat["sentences"] == HOSTILE_SENTENCE and threat["Type"] == "Directed"


def test_png_and_svg_pictures(out: Path) -> None:
    png = written(out, "png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    height, width = matplotlib.image.imread(png).shape[:2]
    assert width > 600 and height > 400
    svg = written(out, "svg")
    root = ET.parse(svg).getroot()
    texts = "".join(root.itertext())
    for label in ("Russia", "Kim Jong Un", "Country", "Person", "material conflict", "verbal cooperation"):
        assert label in texts


def test_svg_edges_are_arrows_with_heads(out: Path) -> None:
    svg = written(out, "svg")
    root = ET.parse(svg).getroot()
    arrows = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if (g.get("id") or "").startswith("arrow-")]
    graph = load_graph(out)
    assert sorted(g.get("id") for g in arrows) == sorted(f"arrow-{d['id']}" for _, _, d in graph.edges(data=True))
    for group in arrows:  # a shaft and a filled head: the "-|>" style draws the head as a closed, filled path
        paths = list(group.iter("{http://www.w3.org/2000/svg}path"))
        assert any(p.get("d", "").rstrip().endswith("z") and "fill: none" not in (p.get("style") or "")
                   for p in paths), group.get("id")  # fmt: skip


def _label_boxes(context: ExportContext) -> list:
    picture = draw(context)
    renderer = picture.figure.canvas.get_renderer()
    return [(node, text.get_window_extent(renderer)) for node, text in picture.labels.items()]


def test_picture_labels_do_not_overlap(out: Path) -> None:
    context = ExportContext(load_graph(out), out)
    boxes = _label_boxes(context)
    assert {node for node, _ in boxes} == set(context.graph)  # a small graph: every actor is labelled
    for i, (node, box) in enumerate(boxes):
        assert not any(box.overlaps(other) for _, other in boxes[i + 1:]), node


def test_crowded_picture_labels_are_decluttered(out: Path) -> None:
    """Eight actors a few pixels apart: naive labels would pile up; the placed ones never overlap."""
    graph = load_graph(out)
    crowded = {node: (500.0 + 4 * (i % 3), 500.0 + 4 * (i // 3)) for i, node in enumerate(sorted(graph))}
    far = {node: (500.0 + 300 * (i % 3), 500.0 + 300 * (i // 3)) for i, node in enumerate(sorted(graph))}
    context = ExportContext(graph, out, _positions={**crowded, "RUS": (100.0, 100.0), "USA": (900.0, 900.0)})
    boxes = _label_boxes(context)
    assert 2 <= len(boxes) < len(graph)  # some actors unlabelled rather than overprinted
    for i, (node, box) in enumerate(boxes):
        assert not any(box.overlaps(other) for _, other in boxes[i + 1:]), node
    assert len(_label_boxes(ExportContext(graph, out, _positions=far))) == len(graph)


def test_same_input_gives_the_same_bytes(out: Path) -> None:
    for fmt in ("graphml", "cytoscape", "nodelink", "dot", "html", "svg"):
        first = written(out, fmt, f"a.{fmt}").read_bytes()
        assert written(out, fmt, f"b.{fmt}").read_bytes() == first, fmt


def test_filtered_export(out: Path) -> None:
    result = export(out, "graphml", out / "f.graphml", GraphFilter(relations=("ASSAULT",)))
    graph = nx.read_graphml(result.files[0], force_multigraph=True)
    assert set(graph) == {"RUS", "UKR"} and graph.number_of_edges() == 1


def test_every_format_has_a_default_file() -> None:
    assert set(DEFAULT_FILES) >= set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_empty_output_folder_exports_an_empty_graph(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "triples.jsonl").write_text("", "utf-8")
    result = export(tmp_path, fmt)
    assert (result.nodes, result.edges) == (0, 0)
    assert all(path.is_file() for path in result.files)

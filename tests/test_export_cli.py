"""`graphbuild export` through a subprocess, and the exports stage of `graphbuild build`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.api import BuildOptions, BuildSummary, build
from graphbuild.export import BUILD_FORMATS, DEFAULT_FILES, export_stage
from tests.test_graph_fixtures import EDGES, write_fixture_output

ROOT = Path(__file__).resolve().parents[1]


def graphbuild(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)  # fmt: skip


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return write_fixture_output(tmp_path / "out")


def test_export_with_filters_writes_the_filtered_graph(out: Path, tmp_path: Path) -> None:
    dest = tmp_path / "russia.gexf"
    result = graphbuild("export", str(out), "--format", "gexf", "--out", str(dest), "--actor", "Russia", "--hops",
                        "1", "--since", "2024-01-01", "--relation", "assault,sanction", "--relation", "SUPPORT")
    assert result.returncode == 0, result.stderr
    assert f"gexf: {dest} (4 actors, 3 edges)" in result.stderr
    graph = nx.read_gexf(dest)
    assert set(graph) == {"RUS", "UKR", "USA", "kim-jong-un"}
    assert {d["relation"] for _, _, d in graph.edges(data=True)} == {"ASSAULT", "SANCTION", "SUPPORT"}


def test_export_defaults_to_html_in_the_output_folder(out: Path) -> None:
    result = graphbuild("export", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "graph.html").is_file()


def test_export_csv_to_a_prefix_and_min_events_language(out: Path, tmp_path: Path) -> None:
    result = graphbuild("export", str(out), "-f", "csv", "-o", str(tmp_path / "tables" / "kim"), "--min-events", "2")
    assert result.returncode == 0, result.stderr
    edges = (tmp_path / "tables" / "kim.edges.csv").read_text("utf-8").splitlines()
    assert len(edges) == 2 and "SUPPORT" in edges[1]
    result = graphbuild("export", str(out), "-f", "nodelink", "-o", str(tmp_path / "id.json"), "--language", "id")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "id.json").read_text("utf-8"))
    assert {link["relation"] for link in data["links"]} == {"SUPPORT", "CONSULT"}


def test_export_csv_into_a_new_folder(out: Path, tmp_path: Path) -> None:
    """`--out newdir/` (a folder that does not exist yet) gets newdir/nodes.csv and newdir/edges.csv."""
    result = subprocess.run([sys.executable, "-m", "graphbuild", "export", str(out), "--format", "csv", "--out",
                             "newdir/"], capture_output=True, text=True, cwd=tmp_path, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in (tmp_path / "newdir").iterdir()) == ["edges.csv", "nodes.csv"]
    assert not list(tmp_path.glob("newdir.*.csv"))
    assert len((tmp_path / "newdir" / "edges.csv").read_text("utf-8").splitlines()) == len(EDGES) + 1


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf"], "unknown export format 'pdf'"),
    (["--relation", "HUG"], "unknown relation HUG"),
    (["--since", "last week"], "--since 'last week': use a date"),
    (["--actor", "Atlantis"], "no actor 'Atlantis'"),
])  # fmt: skip
def test_bad_options_exit_2_with_a_clear_message(out: Path, args: list[str], message: str) -> None:
    result = graphbuild("export", str(out), *args)
    assert result.returncode == 2 and message in result.stderr


def test_a_folder_without_triples_exits_2_naming_the_file(tmp_path: Path) -> None:
    result = graphbuild("export", str(tmp_path), "--format", "dot")
    assert result.returncode == 2 and f"{tmp_path / 'triples.jsonl'}: missing" in result.stderr


def test_bad_line_exits_2_naming_file_and_line(out: Path) -> None:
    with (out / "actors.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "x", "name": "X", "type": "Planet"}\n')
    result = graphbuild("export", str(out), "--format", "graphml")
    assert result.returncode == 2 and "actors.jsonl:9: bad actor" in result.stderr


def test_exports_stage_writes_the_four_build_files(out: Path) -> None:
    report = export_stage(out, BuildOptions(), BuildSummary(out=str(out)))
    assert report["files"] == ["graph.graphml", "graph.gexf", "graph.cyjs", "graph.html"]
    assert (report["nodes"], report["edges"]) == (8, len(EDGES))
    for fmt in BUILD_FORMATS:
        assert (out / DEFAULT_FILES[fmt]).stat().st_size > 0
    assert "8 actors, 7 edges" in report["summary"]


def test_build_runs_the_exports_stage_unless_told_not_to(tmp_path: Path) -> None:
    sample = str(ROOT / "data" / "samples" / "kontan-kim-putin.txt")
    summary = build([sample], tmp_path / "with", BuildOptions(rdf=False))
    assert summary.stages["exports"]["files"] == ["graph.graphml", "graph.gexf", "graph.cyjs", "graph.html"]
    graph = nx.read_graphml(tmp_path / "with" / "graph.graphml", force_multigraph=True)
    triples = [json.loads(line) for line in (tmp_path / "with" / "triples.jsonl").read_text("utf-8").splitlines()]
    asserted = {(t["source"]["id"], t["relation"], t["target"]["id"]) for t in triples if not t.get("negated")}
    assert graph.number_of_edges() == len(asserted)
    summary = build([sample], tmp_path / "without", BuildOptions(rdf=False, exports=False))
    assert "exports" not in summary.stages and not (tmp_path / "without" / "graph.html").exists()

"""Nodes and edges as two CSV files, with the column names Gephi's spreadsheet import recognises.

`dest` is a folder (an existing directory, or a path ending in `/`): FOLDER/nodes.csv and FOLDER/edges.csv;
otherwise a prefix: PREFIX.nodes.csv and PREFIX.edges.csv (a trailing `.csv` is dropped from the prefix).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.export.markup import flat_edge

if TYPE_CHECKING:
    from graphbuild.export import ExportContext

NODE_COLUMNS = ("Id", "Label", "type", "iso3", "country", "wikidata", "degree", "events", "events_out",
                "events_in", "mentions", "x", "y")  # fmt: skip
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight", "relation", "quad", "quad_label",
                "cooperative", "first_date", "last_date", "goldstein_sum", "event_ids", "article_ids",
                "languages", "urls", "sentences", "distinct_events", "articles")  # fmt: skip


def csv_paths(dest: Path | str) -> tuple[Path, Path]:
    """(nodes.csv, edges.csv) for a folder or a prefix."""
    text = str(dest)
    path = Path(dest)
    if path.is_dir() or text.endswith(("/", "\\")):
        return path / "nodes.csv", path / "edges.csv"
    prefix = text[:-4] if text.endswith(".csv") else text
    return Path(prefix + ".nodes.csv"), Path(prefix + ".edges.csv")


def write_csv(context: ExportContext, dest: Path) -> list[Path]:
    graph = context.graph
    nodes_path, edges_path = csv_paths(dest)
    nodes_path.parent.mkdir(parents=True, exist_ok=True)
    with nodes_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NODE_COLUMNS)
        for node, data in sorted(graph.nodes(data=True)):
            x, y = context.positions[node]
            row = {"Id": node, "Label": data.get("name", node), **data, "x": x, "y": y}
            writer.writerow(["" if row.get(column) is None else row[column] for column in NODE_COLUMNS])
    with edges_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EDGE_COLUMNS)
        for u, v, _key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[3]["id"]):
            flat = flat_edge(data)
            row = {**flat, "Source": u, "Target": v, "Type": "Directed", "Id": data["id"],
                   "Label": data["relation"], "Weight": data["events"]}  # fmt: skip
            writer.writerow(["" if row.get(column) is None else row[column] for column in EDGE_COLUMNS])
    return [nodes_path, edges_path]

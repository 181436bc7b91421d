"""Graphviz DOT, written directly: every id and value is a quoted, escaped DOT string."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.export.markup import flat_edge, flat_node
from graphbuild.export.style import edge_color, edge_width, node_color, node_size

if TYPE_CHECKING:
    from graphbuild.export import ExportContext

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Edge attributes too long for a DOT file meant to be drawn: the evidence stays in the other formats.
SKIPPED_EDGE_ATTRS = ("sentences", "urls", "article_ids", "event_ids")


def quote(value: Any) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, line breaks as \\n."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{text}"'


def _key(name: str) -> str:
    """An attribute name: a bare DOT identifier when it is one, else quoted."""
    return name if IDENTIFIER.match(name) else quote(name)


def _attributes(attrs: dict[str, Any]) -> str:
    return ", ".join(f"{_key(key)}={quote(value)}" for key, value in attrs.items())


def write_dot(context: ExportContext, dest: Path) -> list[Path]:
    graph = context.graph
    lines = ["digraph graphbuild {",
             '  graph [overlap="false", splines="true", outputorder="edgesfirst"];',
             '  node [shape="circle", style="filled", fontsize="10", fixedsize="shape"];',
             '  edge [fontsize="8", arrowsize="0.6"];']  # fmt: skip
    for node, data in sorted(graph.nodes(data=True)):
        x, y = context.positions[node]
        attrs = flat_node(data)
        attrs.pop("name", None)  # it is the label; a `name` attribute also breaks pydot's parser
        attrs.update(label=data.get("name", node), fillcolor=node_color(data.get("type")),
                     width=round(node_size(int(data.get("degree", 0))) / 72, 3), pos=f"{x},{-y}")  # fmt: skip
        lines.append(f"  {quote(node)} [{_attributes(attrs)}];")
    for u, v, _key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[3]["id"]):
        attrs = {k: val for k, val in flat_edge(data).items() if k not in SKIPPED_EDGE_ATTRS}
        attrs.update(label=data["relation"], color=edge_color(data.get("quad")),
                     penwidth=edge_width(int(data["events"])))  # fmt: skip
        lines.append(f"  {quote(u)} -> {quote(v)} [{_attributes(attrs)}];")
    lines.append("}")
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [dest]

"""graph.html: one self-contained page that works offline from file://.

Cytoscape.js (vendored from npm into `static/`, MIT, see `static/VENDOR.md`) and the page's own script and
style are inlined; the graph is embedded as JSON in `<script type="application/json">` with `<`, `>`, `&`,
U+2028 and U+2029 escaped, and the page's script puts every string in the DOM with `textContent`. A
Content-Security-Policy allows only the page's own two scripts (by hash) and no network at all.
The layout is precomputed in Python; the page renders it as a preset, with no physics.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.export.style import QUAD_COLORS, QUAD_NAMES, TYPE_COLORS, edge_color, edge_width, node_color, node_size
from graphbuild.relations import relation_types

if TYPE_CHECKING:
    from graphbuild.export import ExportContext

MAX_EVIDENCE = 20  # evidence items per edge in the page; the rest are counted ("… and N more")
PLACEHOLDER = re.compile(r"__(CSP|TITLE|STYLE|CYTOSCAPE|SCRIPT|DATA)__")
BIG_EDGES = 3000  # above this, edges are drawn as straight haystack lines without arrows


@cache
def static_text(name: str) -> str:
    return resources.files("graphbuild.export").joinpath("static", name).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&` (so no `</script>` or `<!--`), and no
    U+2028/U+2029 (line terminators in older JavaScript)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escape)
    return text


def _script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def page_data(context: ExportContext, max_evidence: int = MAX_EVIDENCE) -> dict[str, Any]:
    """The JSON the page reads: nodes with positions, edges with event days and evidence, an article table."""
    graph = context.graph
    articles: dict[str, int] = {}
    article_rows: list[list[str | None]] = []
    days: set[str] = set()
    for _, _, data in graph.edges(data=True):
        days.update(item["date"] for item in data["evidence"] if item["date"])
    dates = sorted(days)
    day_index = {day: i for i, day in enumerate(dates)}
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        x, y = context.positions[node]
        nodes.append({"id": node, "name": data.get("name", node), "type": data.get("type", ""),
                      "country": data.get("country"), "degree": data.get("degree", 0),
                      "events": data.get("events", 0), "x": x, "y": y,
                      "size": node_size(int(data.get("degree", 0))),
                      "color": node_color(data.get("type"))})
    edges = []
    relation_counts: Counter[str] = Counter()  # edges (actor pairs) per relation
    relation_events: Counter[str] = Counter()  # events per relation (non-negated: negated ones are no edges)
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: e[2]["id"]):
        relation_counts[data["relation"]] += 1
        relation_events[data["relation"]] += data["events"]
        evidence = []
        for item in data["evidence"][:max_evidence]:
            if item["article_id"] not in articles:
                articles[item["article_id"]] = len(article_rows)
                article_rows.append([item["title"], item["article_date"], item["url"]])
            evidence.append([item["sentence"], articles[item["article_id"]], item["date"], item["event_id"]])
        edges.append({
            "id": data["id"], "s": u, "t": v, "rel": data["relation"], "n": data["events"],
            "first": data["first_date"], "last": data["last_date"], "gs": data["goldstein_sum"],
            "quad": data["quad"], "w": edge_width(int(data["events"])), "color": edge_color(data["quad"]),
            "days": sorted({day_index[item["date"]] for item in data["evidence"] if item["date"]}),
            "ev": evidence, "more": max(0, len(data["evidence"]) - max_evidence),
        })  # fmt: skip
    types = relation_types()
    return {
        "title": context.title,
        "filter": graph.graph.get("filter", ""),
        "nodes": nodes,
        "edges": edges,
        "articles": article_rows,
        "dates": dates,
        "relations": [{"id": rel, "label": types[rel].label_en, "quad": types[rel].quad,
                       "count": relation_counts[rel], "events": relation_events[rel]}
                      for rel in types if relation_counts[rel]],
        "style": {"types": TYPE_COLORS, "bigEdges": BIG_EDGES,
                  "quads": {str(q): {"label": QUAD_NAMES[q], "color": QUAD_COLORS[q]} for q in QUAD_COLORS}},
    }


def render_page(context: ExportContext) -> str:
    library = static_text("cytoscape.min.js")
    script = static_text("page.js")
    csp = ("default-src 'none'; "
           f"script-src {_script_hash(chr(10) + library + chr(10))} {_script_hash(chr(10) + script + chr(10))}; "
           "style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'")  # fmt: skip
    values = {"CSP": csp, "TITLE": html.escape(context.title), "STYLE": static_text("page.css"),
              "CYTOSCAPE": library, "SCRIPT": script, "DATA": embed_json(page_data(context))}
    # One pass over the template: inserted text (library, article strings) is never scanned for placeholders.
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], static_text("page.html"))


def write_html(context: ExportContext, dest: Path) -> list[Path]:
    dest.write_text(render_page(context), encoding="utf-8")
    return [dest]

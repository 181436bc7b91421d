"""graph.html in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright, no download):
it renders offline, draws every node, shows evidence on click, filters, and never runs article text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from graphbuild.api import BuildOptions, build
from graphbuild.export import export
from graphbuild.export.html import static_text
from graphbuild.export.synthetic import write_synthetic_output
from graphbuild.graph import load_graph
from tests.test_graph_fixtures import (
    EDGES,
    HOSTILE_NAME,
    HOSTILE_SENTENCE,
    HOSTILE_TITLE,
    HOSTILE_URL,
    write_fixture_output,
)

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CYTOSCAPE_SHA256 = "71fa9ebec21a7ca2c40cff6aacc30d1f6464e363662ad4b2c197e1adc770cd94"
PWNED_FLAGS = "['__pwnedName', '__pwnedTitle', '__pwnedImg', '__pwnedUrl'].filter(k => k in window)"






@dataclass
class Opened:
    page: Page
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def eval(self, script: str) -> Any:
        return self.page.evaluate(script)

    def drawn(self) -> tuple[int, int]:
        """(nodes, edges) Cytoscape draws, read after the next two frames so the last input has been rendered."""
        return tuple(self.eval("""new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>
            done([graphView.cy.nodes(':visible').length, graphView.cy.edges(':visible').length]))))"""))


def open_page(browser: Browser, html: Path, timeout: float = 60_000) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(html.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=timeout)
    return opened


@pytest.fixture(scope="module")
def fixture_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = write_fixture_output(tmp_path_factory.mktemp("html") / "out")
    return export(out, "html").files[0]


@pytest.fixture
def opened(browser: Browser, fixture_html: Path) -> Iterator[Opened]:
    result = open_page(browser, fixture_html)
    yield result
    result.page.close()


def click_edge(opened: Opened, edge_id: str) -> None:
    """A real mouse click on the middle of the drawn edge."""
    x, y = opened.eval(f"""(() => {{ const e = graphView.cy.getElementById({edge_id!r});
        const box = document.getElementById('graph').getBoundingClientRect();
        const m = e.renderedMidpoint(); return [box.left + m.x, box.top + m.y]; }})()""")
    opened.page.mouse.click(x, y)


def edge_id(opened: Opened, relation: str) -> str:
    return opened.eval(f"graphView.data.edges.find(e => e.rel === {relation!r}).id")


def test_page_is_one_self_contained_file(fixture_html: Path) -> None:
    text = fixture_html.read_text("utf-8")
    assert len(re.findall(r"<script\b", text)) == 3 and text.count("</script>") == 3  # data, library, page
    assert not re.search(r"<script[^>]+\bsrc=", text) and "<link" not in text and "@import" not in text
    assert "cdn" not in text.split('id="graph-data"')[0].lower()
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert hashlib.sha256(static_text("cytoscape.min.js").encode("utf-8")).hexdigest() == CYTOSCAPE_SHA256
    data = text.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    assert not set(data) & {"<", ">", "&", "\u2028", "\u2029"}  # all escaped inside the JSON


LINKED = 6  # the fixture's 8 actors but Indonesia and North Korea, which are in no (non-negated) event
EVENTS = sum(EDGES.values())


def test_renders_offline_with_every_node_and_no_errors(opened: Opened) -> None:
    assert opened.drawn() == (LINKED, len(EDGES))  # actors without edges are hidden by default
    assert opened.eval("graphView.cy.nodes().length") == 8
    assert opened.errors == [] and opened.dialogs == []
    assert all(url.startswith("file://") for url in opened.requests), opened.requests
    status = opened.page.text_content("#status")
    assert status == f"{LINKED} of 8 actors, {len(EDGES)} of {len(EDGES)} edges ({EVENTS} events) shown"
    legend = opened.page.text_content("#legend") or ""
    assert "Country" in legend and "material conflict" in legend and "verbal cooperation" in legend
    # the canvas really has something painted on it
    painted = opened.eval("""(() => { const c = [...document.querySelectorAll('#graph canvas')];
        return c.some(cv => { const d = cv.getContext('2d').getImageData(0, 0, cv.width, cv.height).data;
          for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true; return false; }); })()""")
    assert painted
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "graph-html-fixture.png"))


def test_clicking_an_edge_shows_its_evidence(opened: Opened) -> None:
    click_edge(opened, edge_id(opened, "SUPPORT"))
    details = opened.page.text_content("#details") or ""
    assert "Kim Jong Un → SUPPORT → Russia" in details
    assert "2 events" in details and "2023-06-12 to 2025-01-10" in details
    assert "Kim juga memberikan dukungan penuh pada Rusia." in details and "Kim again backed Russia." in details
    assert "Kim pledges full support" in details and "New sanctions" in details
    links = opened.eval("[...document.querySelectorAll('#evidence a')].map(a => a.href)")
    assert links == ["https://news.example/a1", "https://news.example/a4?x=1&y=%3C2%3E"]
    assert opened.errors == []


def test_relation_filter_changes_what_is_drawn(opened: Opened) -> None:
    opened.page.click("#rel-ASSAULT")
    # a filter hides actors without a drawn edge: Indonesia and North Korea (isolates) go; Ukraine stays (REQUEST)
    assert opened.drawn() == (6, len(EDGES) - 1)
    opened.page.click("#rel-none")
    assert opened.drawn() == (0, 0)
    opened.page.click("#rel-SANCTION")
    assert opened.drawn() == (2, 1)
    assert opened.eval("graphView.cy.nodes(':visible').map(n => n.id()).sort()") == ["RUS", "USA"]
    opened.page.click("#rel-all")
    assert opened.drawn() == (LINKED, len(EDGES))


def test_date_slider_changes_what_is_drawn(opened: Opened) -> None:
    opened.page.focus("#date-until")
    opened.page.keyboard.press("Home")  # until the first date: 2023-06-12
    assert opened.page.text_content("#date-until-label") == "2023-06-12"
    assert opened.drawn() == (3, 2)  # Kim SUPPORT Russia (2023 event), Putin CONSULT Kim
    opened.page.keyboard.press("End")
    opened.page.focus("#date-from")
    opened.page.keyboard.press("End")  # from the last date: 2025-01-10
    assert opened.page.text_content("#date-from-label") == "2025-01-10"
    assert opened.drawn() == (3, 3)  # SUPPORT (2025 event), SANCTION, ACCUSE
    opened.page.keyboard.press("Home")
    assert opened.drawn() == (LINKED, len(EDGES))


def test_min_events_and_search(opened: Opened) -> None:
    opened.page.fill("#min-events", "2")
    assert opened.drawn() == (2, 1)
    opened.page.fill("#min-events", "1")
    opened.page.fill("#search", "russ")
    assert opened.page.text_content("#search-status") == "1 matching actors"
    assert opened.eval("graphView.cy.nodes('.match').map(n => n.id())") == ["RUS"]
    opened.page.press("#search", "Enter")
    assert opened.eval("graphView.cy.getElementById('RUS').renderedPosition().x") > 0


def test_actors_without_edges_are_hidden_until_asked_for(opened: Opened) -> None:
    hidden = "graphView.cy.nodes(':hidden').map(n => n.id()).sort()"
    assert opened.eval(hidden) == ["IDN", "PRK"]
    assert " ".join((opened.page.text_content("label.toggle") or "").split()) == "show actors without edges (2)"
    opened.page.click("#show-isolated")
    assert opened.drawn() == (8, len(EDGES)) and opened.eval(hidden) == []
    opened.page.click("#rel-ASSAULT")  # a filter shows only actors with a drawn edge, toggle or not
    assert opened.drawn() == (LINKED, len(EDGES) - 1)
    opened.page.click("#rel-ASSAULT")
    opened.page.click("#show-isolated")
    assert opened.drawn() == (LINKED, len(EDGES))


def test_relation_boxes_count_events_and_edges_like_the_summary(opened: Opened) -> None:
    labels = {box: opened.page.text_content(f"label:has(#rel-{box})") for box in ("SUPPORT", "ASSAULT")}
    assert labels == {"SUPPORT": "SUPPORT · 2 events, 1 edge", "ASSAULT": "ASSAULT · 1 event, 1 edge"}


def test_search_zooms_to_the_actor_with_its_neighbours_in_view(opened: Opened) -> None:
    """Enter on a search keeps every neighbour of the match inside the canvas, and does not zoom in further than
    the page's cap (a lone match is not blown up to fill the screen)."""
    for query, actor in (("russ", "RUS"), ("kim jong", "kim-jong-un"), ("evil", "evil-group")):
        opened.page.fill("#search", query)
        opened.page.press("#search", "Enter")
        inside = opened.eval(f"""(() => {{ const cy = graphView.cy, w = cy.width(), h = cy.height();
            const hood = cy.getElementById({actor!r}).closedNeighborhood().nodes(':visible');
            return [hood.length, hood.filter(n => {{ const p = n.renderedPosition();
              return p.x > 0 && p.x < w && p.y > 0 && p.y < h; }}).length, cy.zoom()]; }})()""")
        assert inside[0] >= 2 and inside[1] == inside[0], (query, inside)
        assert inside[2] <= 2.0 + 1e-9, (query, inside)
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "graph-html-search.png"))


def test_hostile_article_runs_no_script(opened: Opened) -> None:
    click_edge(opened, edge_id(opened, "THREATEN"))
    details = opened.page.text_content("#details") or ""
    assert HOSTILE_SENTENCE in details and HOSTILE_TITLE.replace("\u2028", "\u2028") in details
    assert HOSTILE_NAME in details and HOSTILE_URL in details  # shown as text
    assert opened.eval("document.querySelectorAll('#details img, #details script').length") == 0
    assert opened.eval("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert opened.eval("document.querySelectorAll('img').length") == 0
    opened.page.click("#evidence .article-url")  # the javascript: URL is plain text: clicking does nothing
    opened.page.fill("#search", "script")  # node names go through the search path too
    opened.page.press("#search", "Enter")
    opened.page.wait_for_timeout(200)
    assert opened.eval(PWNED_FLAGS) == []
    assert opened.dialogs == [] and opened.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "graph-html-hostile.png"))


@pytest.mark.slow
def test_a_5000_node_20000_edge_graph_loads_and_filters(browser: Browser, tmp_path: Path) -> None:
    out = write_synthetic_output(tmp_path / "big", nodes=5000, edges=20000)
    html = export(out, "html").files[0]
    opened = open_page(browser, html, timeout=180_000)
    try:
        linked = opened.eval("graphView.data.nodes.filter(n => n.degree > 0).length")
        assert opened.drawn() == (linked, 20000)
        assert opened.errors == []
        assert opened.eval("graphView.cy.edges()[0].style('curve-style')") == "haystack"  # no arrows, fast path
        opened.page.click("#rel-none")
        opened.page.click("#rel-ASSAULT")
        nodes, edges = opened.drawn()
        assert 0 < edges < 20000 and 0 < nodes < linked
        assert edges == opened.eval("graphView.data.edges.filter(e => e.rel === 'ASSAULT').length")
        # the longest ASSAULT edge, zoomed so that its middle is clear of its two end nodes
        first = opened.eval("""graphView.cy.edges(':visible').max(e => {
            const a = e.source().position(), b = e.target().position(); return Math.hypot(a.x - b.x, a.y - b.y);
        }).ele.id()""")
        # `void`: cy.fit returns the core, which Playwright would spend seconds serialising
        opened.eval(f"void graphView.cy.fit(graphView.cy.getElementById({first!r}).connectedNodes(), 150)")
        click_edge(opened, first)
        assert "ASSAULT" in (opened.page.text_content("#details") or "")
        ARTIFACTS.mkdir(exist_ok=True)
        opened.page.screenshot(path=str(ARTIFACTS / "graph-html-5000.png"))
    finally:
        opened.page.close()


def test_an_empty_graph_opens_without_errors(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "triples.jsonl").write_text("", "utf-8")
    opened = open_page(browser, export(tmp_path, "html").files[0])
    try:
        assert opened.drawn() == (0, 0) and opened.errors == []
        assert opened.page.text_content("#status") == "0 of 0 actors, 0 of 0 edges (0 events) shown"
    finally:
        opened.page.close()


@pytest.mark.slow
def test_the_samples_page_draws_the_built_graph(browser: Browser, tmp_path: Path) -> None:
    """End to end: build data/samples (extraction included), open the graph.html the build wrote."""
    summary = build([str(ROOT / "data" / "samples")], tmp_path / "out", BuildOptions(rdf=False))
    assert "exports" in summary.stages
    graph = load_graph(tmp_path / "out")
    opened = open_page(browser, tmp_path / "out" / "graph.html")
    try:
        linked = sum(1 for node in graph if graph.degree(node))
        assert opened.drawn() == (linked, graph.number_of_edges())
        assert opened.errors == [] and opened.dialogs == []
        assert graph.number_of_edges() > 0  # the samples do report events
        data = max((d for _, _, d in graph.edges(data=True)), key=lambda d: (d["events"], d["id"]))
        click_edge(opened, data["id"])
        details = opened.page.text_content("#details") or ""
        assert f"{data['relation']} →" in details
        assert data["evidence"][0]["sentence"] in details
        ARTIFACTS.mkdir(exist_ok=True)
        opened.page.screenshot(path=str(ARTIFACTS / "graph-html-samples.png"))
    finally:
        opened.page.close()

"""graph.html's timeline and time filter on event dates, in headless Chromium, on our own articles
(tests/fixtures/time): distinct events per period for what is shown, the undated event counted apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from graphbuild.api import BuildOptions, build
from graphbuild.export import export
from tests.test_html_page import Opened, click_edge, open_page

FIXTURES = Path(__file__).parent / "fixtures" / "time"


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("timeline") / "out"
    build([str(FIXTURES)], out, BuildOptions(parser="none", rdf=False, exports=False))
    return export(out, "html").files[0]


@pytest.fixture
def opened(browser: Browser, page_file: Path) -> Iterator[Opened]:
    result = open_page(browser, page_file)
    yield result
    result.page.close()


def bars(opened: Opened) -> dict[str, int]:
    """The timeline's non-empty bars: period → distinct events."""
    pairs = opened.eval("[...document.querySelectorAll('#timeline .bar')].map(b => [b.dataset.period, "
                        "+b.dataset.count])")  # fmt: skip
    return {period: count for period, count in pairs if count}


def test_timeline_counts_distinct_events_of_what_is_shown(opened: Opened) -> None:
    assert opened.page.text_content("#timeline-unit") == "(per day)"  # March 12 to April 19
    # the shelling and Ukraine's condemnation of it (two articles each, one event each), the drone attack and
    # Ukraine's accusation, the meeting (eight mentions in two languages, both directions: one event)
    assert bars(opened) == {"2024-03-12": 2, "2024-04-04": 2, "2024-04-19": 1}
    assert "5 distinct events" in (opened.page.text_content("#timeline-status") or "")
    assert "1 undated" in (opened.page.text_content("#timeline-status") or "")
    heights = opened.eval("[...document.querySelectorAll('#timeline .bar')].map(b => b.getBoundingClientRect()"
                          ".height)")  # fmt: skip
    assert max(heights) > 30 and len(heights) == 39  # one bar a day, drawn
    opened.page.click("#rel-none")
    opened.page.click("#rel-ASSAULT")
    assert bars(opened) == {"2024-03-12": 1, "2024-04-04": 1}
    opened.page.click("#rel-all")
    opened.page.focus("#date-from")
    opened.page.keyboard.press("ArrowRight")  # from the second event date on: the shelling is left out
    assert opened.page.text_content("#date-from-label") == "2024-04-04"
    assert bars(opened) == {"2024-04-04": 2, "2024-04-19": 1}
    assert "undated events are hidden by the date filter" in (opened.page.text_content("#timeline-status") or "")
    assert opened.errors == []


def test_edges_show_distinct_events_and_articles(opened: Opened) -> None:
    edge = opened.eval("graphView.data.edges.find(e => e.rel === 'ASSAULT' && e.s === 'RUS').id")
    click_edge(opened, edge)
    details = opened.page.text_content("#details") or ""
    # eight mentions: the shelling of Kharkiv three times in each of its two articles (the headline as title and in
    # the body, the lead), the drone attack, the undated clash
    assert "8 events (3 distinct, in 4 articles)" in details
    label = opened.eval(f"graphView.cy.getElementById({edge!r}).data('label')")
    assert label == "ASSAULT · 3 events · 4 articles"
    assert opened.errors == []

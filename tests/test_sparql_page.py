"""The query page at / in a real headless Chromium (Debian's chromium driven by Playwright): it works offline,
runs a query against the endpoint and shows the rows, shows errors, and never renders result values as HTML."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from graphbuild.rdf import load_output
from tests.fixtures import rdf_world
from tests.fixtures.rdf_server import Endpoint

pytestmark = pytest.mark.browser




@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    out = rdf_world.write_output(tmp_path_factory.mktemp("page") / "out")
    load_output(out)
    server = Endpoint(out / "rdf")
    yield server
    server.stop()




def run_in_page(browser: Browser, endpoint: Endpoint, query: str | None = None) -> tuple[str, list[str], list[str]]:
    """Open the page, optionally type a query, press Run; returns (output text, requests, page errors)."""
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(endpoint.url + "/")
    if query is not None:
        page.fill("#query", query)
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes(' s')", timeout=30_000)
    text = page.inner_text("#out")
    html = page.inner_html("#out")
    page.close()
    return text + "\n<<html>>\n" + html, requests, errors


def test_the_default_query_shows_a_table(browser: Browser, endpoint: Endpoint) -> None:
    text, requests, errors = run_in_page(browser, endpoint)
    assert not errors
    assert all(url.startswith(endpoint.url) for url in requests), requests
    assert "Russia" in text and "ASSAULT" in text and "Ukraine" in text
    assert text.count("<tr>") >= 5


def test_a_bad_query_shows_the_parser_message(browser: Browser, endpoint: Endpoint) -> None:
    text, _requests, errors = run_in_page(browser, endpoint, "SELECT ?x WHERE {")
    assert not errors
    assert "400" in text and "syntax error" in text


def test_result_values_are_text_not_html(browser: Browser, endpoint: Endpoint) -> None:
    page = browser.new_page()
    page.goto(endpoint.url + "/")
    page.fill("#query", 'SELECT ("<img src=x onerror=window.__pwned=1>" AS ?x) {}')
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes('rows')", timeout=30_000)
    assert page.evaluate("'__pwned' in window") is False
    assert page.inner_text("#out td") == "<img src=x onerror=window.__pwned=1>"
    page.close()

"""A screenshot of graph.html in headless Chromium (Debian's, driven by Playwright), e.g. for the docs:

    .venv/bin/python -m graphbuild.export.screenshot out/graph.html docs/graph-html.png

The heaviest edge is clicked first so the picture shows its evidence panel.
Needs the `playwright` package (test extra) and a Chromium (`scripts/ensure-chromium`).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip

HEAVIEST_EDGE = """(() => {
  const cy = graphView.cy, box = document.getElementById('graph').getBoundingClientRect();
  const edge = cy.edges().max(e => e.data('width') * 1000 - e.id().length).ele;
  const m = edge.renderedMidpoint();
  return [box.left + m.x, box.top + m.y];
})()"""


def screenshot(html: Path, png: Path, *, width: int = 1400, height: int = 860, click: bool = True) -> Path:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        if click and page.evaluate("graphView.cy.edges().length"):
            x, y = page.evaluate(HEAVIEST_EDGE)
            page.mouse.click(x, y)
        page.wait_for_timeout(300)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    return png


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot graph.html in headless Chromium.")
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--no-click", action="store_true", help="Do not click the heaviest edge first.")
    args = parser.parse_args()
    print(screenshot(args.html, args.png, click=not args.no_click))


if __name__ == "__main__":
    main()

"""Time and peak memory of every export format on a synthetic graph (default 5,000 actors, 20,000 edges).

    .venv/bin/python bench/export.py [--nodes 5000] [--edges 20000] [--baseline-iterations 3] [--no-browser]

Each step is run twice: once for wall time (tracemalloc off, it slows Python code down), once under
tracemalloc for the peak of Python and numpy allocations. Format writers reuse one precomputed layout, whose
cost is its own row. Baseline: networkx's `forceatlas2_layout` (dense numpy; `spring_layout` needs scipy
above 500 nodes, which the project does not depend on), timed per iteration against `fast_layout`.
With Chromium available, graph.html is also opened in headless Chromium: time until drawn, and a filter.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.export import DEFAULT_FILES, FORMATS, ExportContext
from graphbuild.export.layout import fast_layout
from graphbuild.export.synthetic import write_synthetic_output
from graphbuild.graph import load_graph

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip


def measure(step: Callable[[], Any]) -> tuple[float, float, Any]:
    """(seconds, peak MB under tracemalloc, result of the timed run)."""
    started = time.perf_counter()
    result = step()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    step()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, result


def size_of(paths: list[Path]) -> float:
    return sum(path.stat().st_size for path in paths) / 1e6


def browser_figures(html: Path) -> list[tuple[str, float]]:
    from playwright.sync_api import sync_playwright

    frames = "new Promise(d => requestAnimationFrame(() => requestAnimationFrame(d)))"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)  # fmt: skip
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=600_000)
        page.evaluate(frames)
        loaded = time.perf_counter() - started
        drawn = page.evaluate("[graphView.cy.nodes(':visible').length, graphView.cy.edges(':visible').length]")
        started = time.perf_counter()
        page.click("#rel-ASSAULT")
        page.evaluate(frames)
        one_relation = time.perf_counter() - started
        started = time.perf_counter()
        page.mouse.move(800, 450)
        page.mouse.wheel(0, -400)
        page.evaluate(frames)
        zoom = time.perf_counter() - started
        browser.close()
    print(f"chromium drew {drawn[0]} nodes and {drawn[1]} edges")
    return [("open until drawn", loaded), ("hide one relation", one_relation), ("zoom (wheel)", zoom)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--baseline-iterations", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="graphbuild-bench-export-"))
    out = write_synthetic_output(work / "out", args.nodes, args.edges)
    rows: list[tuple[str, float, float, float | None]] = []

    seconds, peak, graph = measure(lambda: load_graph(out))
    rows.append(("read + build graph", seconds, peak, None))
    print(f"synthetic graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"({sum(d['events'] for _, _, d in graph.edges(data=True))} events) in {work}")  # fmt: skip
    seconds, peak, positions = measure(lambda: fast_layout(graph))
    rows.append(("layout (fast_layout, default iterations)", seconds, peak, None))
    layout_seconds = seconds

    for fmt, writer in FORMATS.items():
        context = ExportContext(graph, out, title="bench", _positions=positions)
        dest = out / DEFAULT_FILES[fmt]
        if fmt == "csv":
            dest.mkdir(parents=True, exist_ok=True)
        seconds, peak, files = measure(lambda writer=writer, context=context, dest=dest: writer(context, dest))
        rows.append((f"write {fmt}", seconds, peak, size_of(files)))

    print()
    print(f"{'step':44} {'seconds':>9} {'peak MB':>9} {'file MB':>9}")
    for name, seconds, peak, size in rows:
        print(f"{name:44} {seconds:9.2f} {peak:9.1f} {'' if size is None else f'{size:9.2f}':>9}")
    print(f"{'process max RSS (MB)':44} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:9.0f}")

    iterations = args.baseline_iterations
    print(f"\nbaseline: networkx forceatlas2_layout, {iterations} iterations, vs fast_layout, {iterations} iterations")
    fast_seconds, fast_peak, _ = measure(lambda: fast_layout(graph, iterations=iterations))
    base_seconds, base_peak, _ = measure(lambda: nx.forceatlas2_layout(graph, max_iter=iterations, seed=1))
    print(f"  fast_layout        {fast_seconds / iterations:7.2f} s/iteration  peak {fast_peak:8.1f} MB")
    print(f"  forceatlas2_layout {base_seconds / iterations:7.2f} s/iteration  peak {base_peak:8.1f} MB")
    print(f"  ratio: {base_seconds / fast_seconds:.1f}x faster, {base_peak / max(fast_peak, 1e-9):.1f}x less memory; "
          f"forceatlas2's default 100 iterations would take about {base_seconds / iterations * 100:.0f} s "
          f"(fast_layout's whole default run: {layout_seconds:.1f} s)")  # fmt: skip

    if not args.no_browser:
        print("\nheadless Chromium (software rendering, --disable-gpu) on graph.html "
              f"({(out / 'graph.html').stat().st_size / 1e6:.1f} MB):")  # fmt: skip
        for name, seconds in browser_figures(out / "graph.html"):
            print(f"  {name:24} {seconds:7.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

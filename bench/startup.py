#!/usr/bin/env python3
"""Start-up cost: how long a fresh process takes before it extracts its first article, against bare spaCy.

    python bench/startup.py            # 5 rounds
    python bench/startup.py --rounds 9

Every process start pays it: each `graphbuild` command, each Dask worker, each test process. The rows, each a
fresh Python process (the median of the rounds, the rounds interleaved so a load spike hits every row alike):
- `spacy.blank`: import spaCy and make the English and Indonesian blank pipelines (the baseline);
- `extractor ready`: import graphbuild, make the extractor with the shipped scorer and extract one short English
  and one short Indonesian article (its pipelines, gazetteer, lexicons and model are built lazily);
- `graphbuild build, 1 article`: the whole CLI on one article (`--no-rdf --no-exports`), as a user runs it;
- `import lightgbm`: what importing LightGBM's Python package costs on top of spaCy (the scorer runs the trees
  through LightGBM's library without it: `graphbuild.learn.trees`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SNIPPETS = {
    "spacy.blank": "import spacy; spacy.blank('en'); spacy.blank('id')",
    "extractor ready": (
        "from graphbuild.extract import make_extractor; from graphbuild.model import Article; "
        "extractor = make_extractor(parser='none', jobs=1, model='auto'); "
        "list(extractor.extract([Article('en-1', 'Chile condemned Peru.', language='en'), "
        "Article('id-1', 'Chile mengecam Peru.', language='id')]))"
    ),
    "import lightgbm": "import spacy; import lightgbm",
}
CLI = "graphbuild build, 1 article"


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def commands(folder: Path) -> dict[str, list[str]]:
    article = folder / "one.jsonl"
    text = "Chile condemned Peru for the border raid. Peru rejected it."
    article.write_text(json.dumps({"id": "one", "lang": "en", "date": "2023-06-12", "text": text}) + "\n")
    out = {name: [sys.executable, "-c", code] for name, code in SNIPPETS.items()}
    out[CLI] = [sys.executable, "-m", "graphbuild", "build", str(article), "--out", str(folder / "out"),
                "--no-rdf", "--no-exports", "--replace"]  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        runs = commands(Path(folder))
        for command in runs.values():  # warm the file cache
            subprocess.run(command, check=True, capture_output=True)
        seconds: dict[str, list[float]] = {name: [] for name in runs}
        for _round in range(args.rounds):
            for name, command in runs.items():
                seconds[name].append(timed(command))
    base = statistics.median(seconds["spacy.blank"])
    print(f"{'process':30s} {'median s':>9s} {'min s':>7s} {'x spacy.blank':>13s}   ({args.rounds} rounds)")
    for name in ("spacy.blank", "extractor ready", CLI, "import lightgbm"):
        median = statistics.median(seconds[name])
        print(f"{name:30s} {median:9.2f} {min(seconds[name]):7.2f} {median / base:13.2f}")


if __name__ == "__main__":
    main()

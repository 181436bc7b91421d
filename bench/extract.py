#!/usr/bin/env python3
"""Extraction speed and memory: sentences/s and articles/s, parser-free and parser paths, 1 and 2 processes,
with the shipped event scorer (and once without it, to show what the model costs).

    python bench/extract.py ../shared/corpora/dev-news.jsonl ../shared/corpora/plover-gsr.jsonl \
        --sentences 5000
    python bench/extract.py ../shared/corpora/pool/pool-en.jsonl --limit 700 --skip-parser

The corpus is the given JSONL files repeated (with fresh ids) until it holds at least --sentences sentences.
Every configuration runs in a fresh child process so its peak RSS is its own. The baseline is bare spaCy
tokenisation (`spacy.blank(lang)` + sentencizer over the same texts), run the same way in the same run, warmed
up the same way and reading the corpus once as the extractor does. `x tokenise` is extraction time / baseline
time (elapsed), `x cpu` the same in CPU seconds (steadier on a shared machine), and `x cpu, no reading` the
same with the CPU time to read the corpus alone (the `read` row) taken off both sides.
Memory flatness: the parser-free path also runs on a corpus twice as large, and both peak RSS figures are
printed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
CONFIGS = {
    "read": {"parser": "none", "jobs": 1},
    "tokenise": {"parser": "none", "jobs": 1},
    "parser-free, rules only (no model), 1 process": {"parser": "none", "jobs": 1, "model": "none"},
    "parser-free, 1 process": {"parser": "none", "jobs": 1},
    "parser-free, 2 processes": {"parser": "none", "jobs": 2},
    "parser, 1 process": {"parser": "auto", "jobs": 1},
    "parser, 2 processes": {"parser": "auto", "jobs": 2},
}


def approx_sentences(text: str) -> int:
    return max(1, len(SENTENCE_END.findall(text)))


def build_corpus(sources: list[Path], min_sentences: int, target: Path, limit: int | None = None) -> tuple[int, int]:
    """Write `target` by repeating the source records (the first `limit` of each file, if given); returns
    (articles, sentences)."""
    records = [json.loads(line) for path in sources
               for line in [line for line in path.read_text("utf-8").splitlines()
                            if line.strip() and not line.startswith("//")][:limit]]  # fmt: skip
    articles = sentences = 0
    with target.open("w", encoding="utf-8") as handle:
        while sentences < min_sentences:
            for record in records:
                copy = dict(record, id=f"{record.get('id', 'r')}-{articles}")
                handle.write(json.dumps(copy, ensure_ascii=False) + "\n")
                articles += 1
                sentences += approx_sentences(record["text"])
    return articles, sentences


def child(config: str, corpus: Path) -> None:
    """Run one configuration on the corpus and print a JSON line: seconds, articles, sentences, rss_mb."""
    from graphbuild.api import read_articles
    from graphbuild.extract import make_extractor
    from graphbuild.model import Article

    settings = CONFIGS[config]
    counts = {"articles": 0, "sentences": 0}
    next(iter(read_articles([str(corpus)])), None)  # warm the reader up (its lazy imports and data) for every row

    def stream() -> Iterator[Article]:
        for item in read_articles([str(corpus)]):
            if isinstance(item, Article):
                counts["articles"] += 1
                counts["sentences"] += approx_sentences(item.text)
                yield item

    triples = 0
    if config == "read":  # reading alone (both sides include it): to show the ratio without it
        started, cpu_started, children_started = time.perf_counter(), time.process_time(), _children_cpu()
        for _article in stream():
            pass
        extractor = "graphbuild.api.read_articles"
    elif config == "tokenise":
        import spacy

        pipelines = {lang: spacy.blank(lang) for lang in ("en", "id")}
        for nlp in pipelines.values():
            nlp.add_pipe("sentencizer")
            list(nlp.pipe(["Warm up. Pemanasan."]))
        started, cpu_started, children_started = time.perf_counter(), time.process_time(), _children_cpu()
        tokenise(stream(), pipelines)
        extractor = "spacy.blank + sentencizer"
    else:
        engine = make_extractor(parser=settings["parser"], jobs=settings["jobs"], model=settings.get("model", "auto"))
        list(engine.extract([Article("warm-up", "Warm up. Pemanasan.", language=lang) for lang in ("en", "id")]))
        started, cpu_started, children_started = time.perf_counter(), time.process_time(), _children_cpu()
        for extraction in engine.extract(stream()):
            triples += len(extraction.triples)
        extractor = json.dumps(engine.describe())
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started + _children_cpu() - children_started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"config": config, "seconds": seconds, "cpu": cpu, "articles": counts["articles"],
                      "sentences": counts["sentences"],
                      "triples": triples, "rss_mb": max(rss_mb, children_mb), "path": extractor}))


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (the extraction's worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tokenise(articles: Iterator[Any], pipelines: dict[str, Any], batch_size: int = 64) -> None:
    """The baseline: each article's text through its language's blank pipeline (Indonesian, else English), in
    batches, reading the corpus once as the extractor does."""
    batches: dict[str, list[str]] = {lang: [] for lang in pipelines}
    for article in articles:
        batch = batches["id" if article.language == "id" else "en"]
        batch.append(article.text)
        if len(batch) >= batch_size:
            batches = {lang: _pipe(pipelines[lang], texts) for lang, texts in batches.items()}
    for lang, texts in batches.items():
        _pipe(pipelines[lang], texts)


def _pipe(nlp: Any, texts: list[str]) -> list[str]:
    """Tokenise `texts` (if any); an empty batch to fill again."""
    for _doc in nlp.pipe(texts, batch_size=len(texts) or 1):
        pass
    return []


def run_child(config: str, corpus: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", config, "--corpus", str(corpus)],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def rows(results: list[dict], baseline: dict) -> Iterator[str]:
    """One line per configuration. `x tokenise` is elapsed time over the baseline's; `x cpu` the same in CPU
    seconds (the process and its workers: steadier on a loaded machine, and what a 1-process run costs);
    `x cpu, no reading` leaves the time to read the corpus (the `read` row) out of both sides."""
    reading = next((r["cpu"] for r in results if r["config"] == "read"), 0.0)
    yield (f"{'configuration':46s} {'seconds':>8s} {'cpu s':>7s} {'sent/s':>7s} {'art/s':>6s} {'triples':>7s} "
           f"{'x tokenise':>10s} {'x cpu':>6s} {'x cpu, no reading':>17s} {'peak RSS MB':>11s}  path")
    for r in results:
        ratio = r["seconds"] / baseline["seconds"] if baseline["seconds"] else float("nan")
        cpu = r["cpu"] / baseline["cpu"] if baseline["cpu"] else float("nan")
        bare = baseline["cpu"] - reading
        unread = (r["cpu"] - reading) / bare if bare > 0 and r["config"] != "read" else float("nan")
        yield (f"{r['config']:46s} {r['seconds']:8.2f} {r['cpu']:7.2f} {r['sentences'] / r['seconds']:7.0f} "
               f"{r['articles'] / r['seconds']:6.1f} {r['triples']:7d} {ratio:10.2f} {cpu:6.2f} {unread:17.2f} "
               f"{r['rss_mb']:11.0f}  {r['path'][:60]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, help="JSONL corpora to repeat")
    parser.add_argument("--sentences", type=int, default=5000, help="minimum sentences in the corpus")
    parser.add_argument("--limit", type=int, help="only the first LIMIT records of each corpus file")
    parser.add_argument("--skip-parser", action="store_true", help="only the parser-free path")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus)
        return 0
    sources = args.corpora or sorted((Path(__file__).parents[1] / "data" / "samples").glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as folder:
        corpus, double = Path(folder, "corpus.jsonl"), Path(folder, "double.jsonl")
        articles, sentences = build_corpus(sources, args.sentences, corpus, args.limit)
        build_corpus(sources, args.sentences * 2, double, args.limit)
        print(f"corpus: {articles} articles, ~{sentences} sentences from {', '.join(map(str, sources))}")
        print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
        reading = run_child("read", corpus)
        baseline = run_child("tokenise", corpus)
        skipped = ("read", "tokenise")
        configs = [c for c in CONFIGS if c not in skipped and not (args.skip_parser and c.startswith("parser,"))]
        results = [reading, baseline] + [run_child(config, corpus) for config in configs]
        for line in rows(results, baseline):
            print(line)
        big = run_child("parser-free, 1 process", double)
        small = next(r for r in results if r["config"] == "parser-free, 1 process")
        print(f"memory flatness (parser-free, 1 process): peak RSS {small['rss_mb']:.0f} MB at ~{sentences} "
              f"sentences, {big['rss_mb']:.0f} MB at ~{big['sentences']} sentences "
              f"(ratio {big['rss_mb'] / small['rss_mb']:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

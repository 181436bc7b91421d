"""Speed of event dating and event merging (graphbuild.timeline).

    .venv/bin/python bench/timeline.py [--sentences 20000] [--mentions 200000] [CORPUS.jsonl ...]

Dating: `find_times` over real-looking sentences in English, Indonesian and Malay (the test sentences, repeated,
or the `text` of JSONL records given as arguments, split on full stops), sentences per CPU second (the machine
is shared: wall time is printed too). Merging: `merge` over
synthetic mentions (a few hundred dyads, dates spread over two years, a third of them repeats of an earlier
happening in another article), mentions per second, and how many events they made.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

from graphbuild.model import RELATIONS, Actor, Mention, Trigger, Triple
from graphbuild.timeline.dates import find_times
from graphbuild.timeline.dedup import merge

SENTENCES = [
    ("en", "Russia shelled Kharkiv on Tuesday, knocking out power to thousands of homes, officials said."),
    ("en", "The envoys met last week in Doha to discuss a ceasefire, two diplomats said on condition of anonymity."),
    ("en", "The European Union imposed new sanctions on Russia after its forces attacked energy facilities."),
    ("id", "Rusia menembaki Ukraina, Selasa (12/3), dan merusak sebuah pembangkit listrik di Kharkiv."),
    ("id", "Kedua menteri bertemu pekan lalu di Jakarta untuk membahas kerja sama maritim."),
    ("ms", "Perdana Menteri bertemu Presiden Indonesia pada hari Isnin untuk membincangkan isu sempadan."),
]


def corpus_sentences(paths: list[str], limit: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            language = record.get("lang") or record.get("language") or "und"
            found.extend((language, part.strip()) for part in str(record.get("text", "")).split(". ") if part.strip())
            if len(found) >= limit:
                return found[:limit]
    return found


def bench_dating(sentences: list[tuple[str, str]]) -> None:
    anchor = date(2024, 3, 13)
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(len(find_times(text, language, anchor)) for language, text in sentences)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"dating: {len(sentences)} sentences in {seconds:.2f} s wall, {cpu:.2f} s CPU = "
          f"{len(sentences) / cpu:,.0f} sentences per CPU second ({found} expressions)")


def synthetic_mentions(count: int, seed: int = 7) -> list[Triple]:
    rng = random.Random(seed)
    actors = [Actor(f"A{i:03d}", f"Actor {i}", "Group") for i in range(60)]
    start = date(2023, 1, 1)
    happenings = []
    triples = []
    for number in range(count):
        if happenings and rng.random() < 0.33:
            source, relation, target, day = rng.choice(happenings)
            day += timedelta(days=rng.choice((0, 0, 1)))
        else:
            source, target = rng.sample(actors, 2)
            relation, day = rng.choice(RELATIONS), start + timedelta(days=rng.randrange(730))
            happenings.append((source, relation, target, day))
        triples.append(Triple(f"art-{number}", relation, Mention(source, source.name, 0, 5),
                              Mention(target, target.name, 10, 15), Trigger("x", 6, 7, "bench"), "x", "en",
                              event_date=day.isoformat(), date_precision="day"))  # fmt: skip
    return triples


def bench_merging(count: int) -> None:
    triples = synthetic_mentions(count)
    started, cpu = time.perf_counter(), time.process_time()
    events = merge(triples)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"merging: {count} mentions in {seconds:.2f} s wall, {cpu:.2f} s CPU = {count / cpu:,.0f} mentions per CPU "
          f"second ({len(events)} events)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", help="JSONL corpora whose texts to date (default: built-in sentences)")
    parser.add_argument("--sentences", type=int, default=20000)
    parser.add_argument("--mentions", type=int, default=200000)
    args = parser.parse_args()
    sentences = corpus_sentences(args.corpus, args.sentences) if args.corpus else [
        SENTENCES[i % len(SENTENCES)] for i in range(args.sentences)]  # fmt: skip
    bench_dating(sentences)
    bench_merging(args.mentions)


if __name__ == "__main__":
    main()

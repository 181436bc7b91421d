#!/usr/bin/env python3
"""Extraction time of long text without sentence punctuation: N characters and 4N characters, and the ratio.

    python bench/long_text.py              # 80,000 and 320,000 characters, default parser and scorer
    python bench/long_text.py 20000 --parser none

Issue 10's bar: 4x longer unpunctuated text takes at most 6x the time (it was quadratic: 80k characters took
15 s, 320k took 170 s). The text is news words with actors, role nouns and event triggers and no sentence end,
so one sentence would cover it all without the sentence-length cap. Each size runs once after a warm-up on a
short text (models and lexicons loaded), so the times are extraction alone.
"""

from __future__ import annotations

import argparse
import time

from graphbuild.extract import Extractor, make_extractor
from graphbuild.model import Article

PHRASE = ("Russia attacked Ukraine and the president of Ukraine asked the United States for weapons while "
          "the foreign minister of Indonesia met officials from Japan and China condemned the sanctions and "
          "NATO supported Ukraine but Russia threatened NATO and the prime minister of Malaysia criticised "
          "Russia ")


def unpunctuated(chars: int) -> str:
    return (PHRASE * (chars // len(PHRASE) + 1))[:chars]


def timed_extraction(extractor: Extractor, text: str) -> tuple[float, int]:
    article = Article(id=f"long-{len(text)}", text=text, language="en")
    started = time.perf_counter()
    extractions = list(extractor.extract([article]))
    return time.perf_counter() - started, sum(len(e.triples) for e in extractions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chars", nargs="?", type=int, default=80_000, help="the shorter size (default 80000)")
    parser.add_argument("--parser", default="auto", help="auto, none or a spaCy model (default auto)")
    parser.add_argument("--model", default="auto", help="the event scorer: auto, none or a directory")
    args = parser.parse_args()
    extractor = make_extractor(parser=args.parser, model=args.model)
    timed_extraction(extractor, unpunctuated(2_000))  # warm-up: pipelines and lexicons
    figures = []
    for size in (args.chars, 4 * args.chars):
        seconds, triples = timed_extraction(extractor, unpunctuated(size))
        figures.append(seconds)
        print(f"{size:>9,} characters: {seconds:7.2f} s, {triples} triples")
    print(f"ratio 4N/N: {figures[1] / figures[0]:.2f} (bar: at most 6)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Run the extractor on probe sentences written by hand and compare with the triples their writer expects.

    python scripts/probe.py data/probe/*.jsonl [--model DIR|none] [--quiet] [--reverse-optional]

A probe file holds one JSON line per item, each a short text of our own in the style of current news (not taken
from any corpus): `{"lang": "en", "date": "2024-05-01", "text": "...", "expect": [["Source", "RELATION",
"Target"], ...]}` with actors by their gazetteer `name` and a relation or `"A|B"` (acceptable alternatives); an
empty `expect` says the text reports no event. Each text is extracted as an article of its own, on the default
path (parser-free, with the event scorer unless `--model none`), its dateline and page furniture marked as
`graphbuild build` marks them (a "BRUSSELS -" dateline is no actor), and negated triples left out as the scorer
leaves them out ("India did not condemn Moscow" is no event). Prints every item with a miss or an extra
triple (unless `--quiet`) and the totals per file: precision, recall and F1 over the expected triples.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild.learn.train import LabelledText, read_labelled_texts

Expected = tuple[str, str, str]
Found = tuple[str, str, str]


def read_items(path: Path) -> list[LabelledText]:
    try:
        return read_labelled_texts(path)
    except ValueError as error:
        raise SystemExit(str(error)) from error


def compare(expected: list[Expected], found: set[Found]) -> tuple[set[Found], list[Expected], set[Found]]:
    """(found triples that match an expected one, expected triples missed, found triples not expected)."""
    matched: set[Found] = set()
    missed = []
    for source, relations, target in expected:
        hit = next((f for f in sorted(found) if f[0] == source and f[2] == target and f[1] in relations.split("|")),
                   None)  # fmt: skip
        if hit is None:
            missed.append((source, relations, target))
        else:
            matched.add(hit)
    return matched, missed, found - matched


def reverses(expected: list[Expected], extra: set[Found]) -> set[Found]:
    """The extra triples that are the reverse of an expected one (the second direction of a meeting, a signing, a
    hosting): the format cannot mark them optional, but the gold files mostly do (109 of dev-news's 169 optional
    lines reverse another line), so `--reverse-optional` leaves them out of the false positives."""
    wanted = {(target, relation, source) for source, relations, target in expected for relation in relations.split("|")}
    return {triple for triple in extra if triple in wanted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", default="auto", help="event scorer directory, or none (rules only)")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--reverse-optional", action="store_true",
                        help="an extra triple that reverses an expected one is no false positive (as gold's optional)")
    args = parser.parse_args(argv)
    from graphbuild.extract.engine import LexiconExtractor
    from graphbuild.ingest import IngestOptions, make_article

    extractor = LexiconExtractor(parser="none", model=args.model)
    for path in args.files:
        items = read_items(path)
        # made as the readers make an article (dateline and page furniture marked), the whole text its body
        articles = [make_article(item.id, item.text, str(path), IngestOptions(), title="", date=item.date,
                                 lang=item.lang) for item in items]  # fmt: skip
        tp = fp = fn = 0
        for item, result in zip(items, extractor.extract(articles), strict=True):
            found = {(t.source.actor.name, t.relation, t.target.actor.name) for t in result.triples if not t.negated}
            matched, missed, extra = compare(item.expect, found)
            if args.reverse_optional:
                extra -= reverses(item.expect, extra)
            tp, fp, fn = tp + len(matched), fp + len(extra), fn + len(missed)
            if not args.quiet and (missed or extra):
                print(f"TEXT  {item.text}")
                for triple in missed:
                    print(f"  MISS  {' '.join(triple)}")
                for triple in sorted(extra):
                    print(f"  EXTRA {' '.join(triple)}")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{path}: {len(items)} texts, tp {tp} fp {fp} fn {fn}, P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

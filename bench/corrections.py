"""Time to apply a corrections file to a build's triples, as `build --corrections` does (article by article).

    .venv/bin/python bench/corrections.py OUT [--operations 10000] [--copies 20]

OUT is a build's output folder; its triples are repeated `--copies` times under new article ids to make a
larger corpus. The file mixes rejects and relabels by id (half of them naming triples that exist), a few
pattern rejects, merges and rule rejects. Prints triples, operations, seconds and triples per second.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import graphbuild.extract.events  # noqa: F401  (loaded by every build anyway: not timed)
from graphbuild.model import Article, Triple, iter_records
from graphbuild.resolve.gazetteer import load_gazetteer
from graphbuild.review.corrections import Corrector


def corpus(out: Path, copies: int) -> list[tuple[Article, list[Triple]]]:
    articles = {r["id"]: Article.from_dict(r) for _, r in iter_records(out / "articles.jsonl")}
    triples: dict[str, list[Triple]] = defaultdict(list)
    for _, record in iter_records(out / "triples.jsonl"):
        triples[record["article_id"]].append(Triple.from_dict(record))
    made = []
    for copy in range(copies):
        for article_id, article in articles.items():
            new_id = f"{article_id}-{copy}"
            made.append((replace(article, id=new_id),
                         [replace(t, article_id=new_id, id="") for t in triples.get(article_id, [])]))
    return made


def operations(data: list[tuple[Article, list[Triple]]], count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    everything = [t for _, triples in data for t in triples]
    ops: list[dict] = []
    for index in range(count):
        triple = rng.choice(everything)
        known = index % 2 == 0
        target = triple.id if known else f"{index:012x}"
        ops.append({"op": "reject", "id": target} if index % 4 < 2 else
                   {"op": "relabel", "id": target, "new_relation": "PROTEST"})
    sample = everything[0]
    ops += [{"op": "reject", "article": sample.article_id, "source": sample.source.actor.id,
             "relation": sample.relation, "target": sample.target.actor.id},
            {"op": "merge_actors", "from": sample.source.actor.id, "into": "UN"},
            {"op": "reject_rule", "rule": sample.trigger.rule}]
    return ops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--operations", type=int, default=10_000)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    data = corpus(args.out, args.copies)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fixes.jsonl"
        path.write_text("".join(json.dumps(op) + "\n" for op in operations(data, args.operations)))
        known = load_gazetteer().actors
        started = time.perf_counter()
        corrector = Corrector.from_file(path, known)
        read = time.perf_counter() - started
        kept = sum(len(corrector.apply(article, triples)) for article, triples in data)
        seconds = time.perf_counter() - started
    total = sum(len(triples) for _, triples in data)
    summary = corrector.summary()
    rate = summary["operations"] / max(seconds - read, 1e-9)
    print(f"{total} triples in {len(data)} articles, {summary['operations']} operations "
          f"({summary['applied']} applied, {summary['stale']} stale): read in {read:.2f} s, applied in "
          f"{seconds - read:.2f} s ({rate:,.0f} operations/s over the corpus); {kept} triples kept")

if __name__ == "__main__":
    main()

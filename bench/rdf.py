"""RDF store and SPARQL endpoint figures on a synthetic build output.

    .venv/bin/python bench/rdf.py [ARTICLES] [EVENTS_PER_ARTICLE]      (default 2000 x 10)

Prints: the loader's peak memory (RSS of a child process that only loads) for N and 2N events, with the
ratio (a streaming loader stays near 1.0, one that reads the whole output first grows with it); the load
of OUT/*.jsonl into OUT/rdf (graphbuild's mapping + pyoxigraph bulk load) against a
baseline in the same run (pyoxigraph bulk-loading the same quads from an N-Quads file, i.e. no mapping);
the replace/retract of one article; and every named query run on the store directly and through the HTTP
endpoint (`graphbuild serve`'s server in this process), with the ratio endpoint/direct.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from graphbuild.article_actors import ARTICLE_ACTORS_FILE, ArticleActors
from graphbuild.model import Actor, ActorRecord, Article, Mention, Trigger, Triple, write_jsonl
from graphbuild.queries import catalogue, run_query
from graphbuild.rdf import export, load_articles, load_output, remove_article
from graphbuild.relations import relation_types
from graphbuild.serve import ServeOptions, ServerThread

STATES = ["RUS", "UKR", "USA", "CHN", "PRK", "KOR", "JPN", "IDN", "MYS", "PHL", "IND", "PAK", "IRN", "ISR",
          "TUR", "FRA", "DEU", "GBR", "AUS", "VNM"]  # fmt: skip


def synthesise(out: Path, articles: int, per_article: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    actors = {iso: Actor(iso, f"State {iso}", "Country", iso3=iso) for iso in STATES}
    relations = list(relation_types())
    article_rows, triples, seen = [], [], {}
    for number in range(articles):
        article_id = f"synthetic-{number:06d}"
        day = f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}"
        text = "".join(f"Sentence {i} about {STATES[i % 20]} and {STATES[(i + 1) % 20]}. " for i in range(per_article))
        article_rows.append(Article(id=article_id, text=text, title=f"Article {number}", date=day, language="en"))
        for index in range(per_article):
            source, target = rng.sample(STATES, 2)
            start = index * 40
            triples.append(Triple(
                article_id=article_id, relation=rng.choice(relations),
                source=Mention(actors[source], source, start, start + 3),
                target=Mention(actors[target], target, start + 10, start + 13),
                trigger=Trigger("acts", start + 5, start + 9, "bench.rule"), sentence=f"Sentence {index}.",
                language="en", date=day, negated=rng.random() < 0.05, confidence=0.7,
                extractor="graphbuild-lexicon/bench",
            ))  # fmt: skip
            for iso in (source, target):
                seen.setdefault(iso, set()).add(article_id)
    write_jsonl(out / "articles.jsonl", (a.to_dict() for a in article_rows))
    write_jsonl(out / "triples.jsonl", (t.to_dict() for t in triples))
    records = (ActorRecord(actors[iso], len(ids), tuple(ids)).to_dict() for iso, ids in sorted(seen.items()))
    write_jsonl(out / "actors.jsonl", records)
    mentions: dict[str, dict[str, int]] = {}  # one mention per actor and article, as the records count
    for iso, ids in seen.items():
        for article_id in ids:
            mentions.setdefault(article_id, {})[iso] = 1
    write_jsonl(out / ARTICLE_ACTORS_FILE, (ArticleActors(a, mentions[a]).to_dict() for a in sorted(mentions)))
    return len(triples)


def timed(function, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def peak_rss_child(out: str) -> None:
    """Child process: load one output folder and print the peak RSS (KiB) of this process."""
    load_output(Path(out))
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_rss(out: Path | None) -> int:
    """Peak RSS (KiB) of a fresh process that loads `out` (or, for None, only imports the loader)."""
    command = [sys.executable, __file__, "--peak-rss", str(out)] if out else [
        sys.executable, "-c", "import resource, graphbuild.rdf.store as s; s._gazetteer(); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1])


def memory_check(articles: int, per_article: int) -> None:
    """Peak RSS of load_output for N and 2N events, each in its own process, and the ratio."""
    base = peak_rss(None)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in (1, 2):
            out = Path(folder) / f"x{scale}"
            out.mkdir()
            events = synthesise(out, articles * scale, per_article)
            figures.append((events, peak_rss(out)))
            subprocess.run(["rm", "-rf", str(out)], check=True)
    (n1, rss1), (n2, rss2) = figures
    print(f"peak RSS of load_output (child process; imports + gazetteer alone: {base / 1024:.0f} MiB): "
          f"{n1:,} events {rss1 / 1024:.0f} MiB, {n2:,} events {rss2 / 1024:.0f} MiB; ratio 2N/N "
          f"{rss2 / rss1:.2f} (above imports: {(rss2 - base) / max(1, rss1 - base):.2f})")


def main(articles: int = 2000, per_article: int = 10) -> None:
    memory_check(articles, per_article)
    params = {"who_acts_on": {"target": "RUS"}, "partners_and_adversaries": {"actor": "RUS"},
              "relations_between": {"a": "RUS", "b": "UKR"}, "most_active_actors": {},
              "events_by_type": {"relation": "ASSAULT"}, "edge_evidence": {"source": "RUS", "relation": "ASSAULT",
              "target": "UKR"}, "two_hop_neighbourhood": {"actor": "PRK"}, "state_leaders": {},
              "articles_mentioning": {"actor": "IDN"}, "conflict_dyads": {}}  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        out.mkdir()
        events = synthesise(out, articles, per_article)
        report, load_s = timed(load_output, out)
        print(f"load_output: {articles} articles, {events} events -> {report.quads} quads in {load_s:.2f} s "
              f"({report.quads / load_s:,.0f} quads/s)")
        export(out / "rdf", "nquads", out / "all.nq")
        baseline = ox.Store(str(Path(folder) / "baseline"))
        _, base_s = timed(baseline.bulk_load, path=str(out / "all.nq"), format=ox.RdfFormat.N_QUADS)
        print(f"baseline pyoxigraph bulk_load of the same {report.quads} quads from N-Quads: {base_s:.2f} s; "
              f"ratio load_output/baseline {load_s / base_s:.2f}")
        del baseline
        _, reload_s = timed(load_articles, out, ["synthetic-000001"])
        _, remove_s = timed(remove_article, out, "synthetic-000001")
        print(f"replace one article's graph: {reload_s * 1000:.0f} ms; retract it: {remove_s * 1000:.0f} ms")
        load_output(out)
        store = ox.Store.read_only(str(out / "rdf"))
        server = ServerThread(ServeOptions(store=str(out / "rdf"), port=0, quiet=True, workers=1))
        try:
            print(f"{'query':26} {'rows':>6} {'direct ms':>10} {'http ms':>9} {'ratio':>6}")
            for name in catalogue():
                run_query(name, params.get(name, {}), store=store)  # warm
                rows, direct_s = timed(run_query, name, params.get(name, {}), store=store)
                run_query(name, params.get(name, {}), endpoint=server.endpoint_url)
                _, http_s = timed(run_query, name, params.get(name, {}), endpoint=server.endpoint_url)
                print(f"{name:26} {len(rows):>6} {direct_s * 1000:>10.1f} {http_s * 1000:>9.1f} "
                      f"{http_s / direct_s:>6.2f}")
        finally:
            server.stop()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--peak-rss"]:
        peak_rss_child(sys.argv[2])
    elif sys.argv[1:2] == ["--memory-only"]:
        memory_check(*(int(arg) for arg in sys.argv[2:4]))
    else:
        main(*(int(arg) for arg in sys.argv[1:3]))

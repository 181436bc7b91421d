"""Scale-out benchmark: one process against Dask (1 and 2 workers), resume cost, worker memory at N and 4N,
Neo4j bulk import (neo4j-admin) against the Bolt loader, RDF bulk load from shard N-Quads, named queries.

    python bench/scale.py generate 100000 corpus.jsonl       # the synthetic corpus alone (streamed)
    python bench/scale.py run --articles 1000                 # everything below, at N = 1000 (and 4N for memory)
    python bench/scale.py run --corpus pool.jsonl --articles 2000 --no-stores   # a real corpus instead
    python bench/scale.py stores --events 100000              # the stores alone, on a synthetic build output
    python bench/scale.py stores --store WORK/out/rdf         # the named SPARQL queries alone, on a kept store

`stores` skips extraction (100k articles are hours on a shared machine): it writes a synthetic build output
(graphbuild.synthetic: the pipeline's own records over the gazetteer's actors and the 16 PLOVER types) and
measures, in the same run, the RDF streamed load against the bulk load from N-Quads, the Neo4j Bolt loader
against neo4j-admin import, and every named query's latency in both stores.

The synthetic corpus is deterministic (article i depends only on the seed and i) and streamed, any size: each
article is 4 to 9 sentences made from the trigger lexicons' own example sentences (data/lexicon/*.yaml, whose
`Chile` and `Peru` are replaced by two states of the gazetteer in the article's language) and neutral filler.
Every build is a whole `graphbuild build` process, timed from outside, all in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FILLER = {
    "en": ["The talks lasted several hours.", "Officials gave no further details.", "Markets were calm on the day.",
           "The meeting took place in the capital.", "Analysts expect more statements this week."],
    "id": ["Pembicaraan berlangsung beberapa jam.", "Para pejabat tidak memberikan rincian lebih lanjut.",
           "Pasar tetap tenang pada hari itu.", "Pertemuan itu berlangsung di ibu kota."],
}  # fmt: skip
PARAMS = {"who_acts_on": {"target": "RUS"}, "partners_and_adversaries": {"actor": "RUS"},
          "relations_between": {"a": "RUS", "b": "UKR"}, "events_by_type": {"relation": "ASSAULT"},
          "edge_evidence": {"source": "RUS", "relation": "ASSAULT", "target": "UKR"},
          "two_hop_neighbourhood": {"actor": "PRK"}, "articles_mentioning": {"actor": "IDN"},
          "dyad_timeseries": {"source": "RUS", "target": "UKR", "both": 1}}  # fmt: skip


def templates() -> dict[str, list[str]]:
    """The lexicons' example sentences per language, with `{A}` and `{B}` for the two states."""
    from graphbuild.extract.lexicon import load_lexicon

    found: dict[str, list[str]] = {}
    for lang in ("en", "id"):
        examples = [entry.example for entry in load_lexicon(lang).entries if entry.example and not entry.expect]
        found[lang] = [re.sub(r"\bChil[ei]\b", "{A}", ex).replace("Peru", "{B}") for ex in examples
                       if "Chil" in ex and "Peru" in ex]  # fmt: skip
    return found


# what scripts/neo4j reads: bulk_load runs it from this process
INSTANCE_VARIABLES = ("NEO4J_INSTANCE", "NEO4J_PASSWORD", "NEO4J_CACHE_DIR", "NEO4J_HEAP", "NEO4J_PAGECACHE")
MAJOR = ("RUS", "UKR", "CHN", "USA", "PRK", "KOR", "IDN", "IRN", "ISR", "IND", "PAK", "JPN")


def state_names() -> dict[str, dict[str, str]]:
    """Country id -> name (the gazetteer's first name in the language) per language."""
    from graphbuild.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    names: dict[str, dict[str, str]] = {"en": {}, "id": {}}
    for surface in gazetteer.surfaces:
        actor = gazetteer.actors.get(surface.actor_id)
        if surface.kind == "name" and actor is not None and actor.type == "Country":
            for lang in ("en", "id") if surface.lang == "any" else (surface.lang,):
                if lang in names:
                    names[lang].setdefault(surface.actor_id, surface.text)
    return names


def _pick_states(rng: random.Random, names: dict[str, str]) -> list[str]:
    """Two different states; the major ones (news-like hubs) a third of the time each."""
    everyone = sorted(names)
    picked: list[str] = []
    while len(picked) < 2:
        actor = rng.choice(MAJOR) if rng.random() < 0.35 else rng.choice(everyone)
        if actor in names and names[actor] not in picked:
            picked.append(names[actor])
    return picked


def synthetic_articles(count: int, seed: int = 14) -> Iterator[tuple[dict[str, Any], int]]:
    """(record, sentence count) for articles 0..count-1; article i depends only on (seed, i)."""
    sentences, states = templates(), state_names()
    start = date(2022, 1, 1)
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        lang = "id" if i % 3 == 2 else "en"
        body = []
        for _ in range(rng.randint(4, 9)):
            if rng.random() < 0.7:
                a, b = _pick_states(rng, states[lang])
                body.append(rng.choice(sentences[lang]).format(A=a, B=b))
            else:
                body.append(rng.choice(FILLER[lang]))
        title = body[0].rstrip(".")
        record = {"id": f"syn-{seed}-{i:07d}", "title": title, "text": title + "\n\n" + " ".join(body),
                  "date": (start + timedelta(days=i % 1400)).isoformat(), "lang": lang,
                  "url": f"https://synthetic.example/{seed}/{i}"}  # fmt: skip
        yield record, len(body) + 1


def generate(count: int, target: Path, seed: int = 14) -> int:
    """Write the corpus as JSONL; returns its sentence count."""
    total = 0
    with target.open("w", encoding="utf-8") as handle:
        for record, sentences in synthetic_articles(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            total += sentences
    return total


def count_corpus(path: Path) -> tuple[int, int]:
    """(articles, approximate sentences) of a JSONL corpus."""
    articles = sentences = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text", "")
            articles += 1
            sentences += max(1, len(re.findall(r"[.!?](?:\s|$)", text)))
    return articles, sentences


class RssWatch(threading.Thread):
    """Peak RSS of a process and of each of its descendants (Dask workers), sampled every 0.2 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.stop = pid, {}, threading.Event()
        self.names: dict[int, str] = {}

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                root = psutil.Process(self.pid)
                for proc in [root, *root.children(recursive=True)]:
                    rss = proc.memory_info().rss
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
                    if proc.pid not in self.names:
                        worker = proc.pid != self.pid and "resource_tracker" not in " ".join(proc.cmdline())
                        self.names[proc.pid] = "worker" if worker else "other"  # forked or spawned
            except psutil.Error:
                pass
            time.sleep(0.2)

    def worker_peaks_mib(self) -> list[float]:
        return [self.peaks[pid] / 2**20 for pid, kind in self.names.items() if kind == "worker"]


def timed_build(corpus: Path, out: Path, *extra: str) -> dict[str, Any]:
    """One whole `graphbuild build` process: seconds, peak RSS of the client and of each Dask worker."""
    command = [sys.executable, "-m", "graphbuild", "build", str(corpus), "--out", str(out), "-q", "--no-exports",
               *extra]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.PIPE,
                               text=True)  # fmt: skip
    watch = RssWatch(process.pid)
    watch.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    watch.stop.set()
    if process.returncode not in (0, 2):
        sys.exit(f"build failed ({process.returncode}): {stderr[-2000:]}")
    workers = watch.worker_peaks_mib()
    return {"seconds": seconds, "workers_rss_mib": workers, "client_rss_mib": watch.peaks.get(process.pid, 0) / 2**20}


def same_output(a: Path, b: Path) -> bool:
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in ("triples.jsonl", "actors.jsonl"))


def line(label: str, result: dict[str, Any], articles: int, sentences: int) -> None:
    rss = ", ".join(f"{r:.0f}" for r in result["workers_rss_mib"]) or f"{result['client_rss_mib']:.0f} (client)"
    print(f"{label:34} {result['seconds']:8.1f} s {articles / result['seconds']:9.1f} art/s "
          f"{sentences / result['seconds']:9.1f} sent/s   peak RSS MiB: {rss}", flush=True)  # fmt: skip


def extraction(corpus: Path, work: Path, articles: int, sentences: int, shard_size: int) -> dict[str, Path]:
    print(f"\nextraction: {articles:,} articles, {sentences:,} sentences ({os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f})", flush=True)
    shards = ["--shard-size", str(shard_size)]
    runs = {"single": ("1 process", ["--no-rdf"]),
            "dask1": ("dask, 1 worker", ["--no-rdf", "--engine", "dask", "--workers", "1", *shards]),
            "dask2": ("dask, 2 workers", ["--no-rdf", "--engine", "dask", "--workers", "2", *shards])}  # fmt: skip
    outs, results = {}, {}
    for key, (label, extra) in runs.items():
        outs[key] = work / key
        results[key] = timed_build(corpus, outs[key], *extra)
        line(label, results[key], articles, sentences)
    rerun = timed_build(corpus, outs["dask2"], *runs["dask2"][1])
    print(f"{'rerun, every shard done (resume)':34} {rerun['seconds']:8.1f} s", flush=True)
    single, one, two = (results[k]["seconds"] for k in ("single", "dask1", "dask2"))
    shards_n = json.loads((outs["dask2"] / "summary.json").read_text())["stages"]["engine"]["shards"]
    print(f"speed-up 2 workers / 1 process: {single / two:.2f}x; shard overhead (dask 1 worker against 1 process): "
          f"{(one - single) / single * 100:+.1f}% over {shards_n} shards of {shard_size} "
          f"({(one - single) / shards_n * 1000:+.0f} ms a shard)")  # fmt: skip
    print(f"same triples and actors: dask 1 worker {same_output(outs['single'], outs['dask1'])}, "
          f"2 workers {same_output(outs['single'], outs['dask2'])}", flush=True)
    return outs


def memory(corpus_n: Path, corpus_4n: Path, work: Path, articles: int, shard_size: int) -> None:
    extra = ["--no-rdf", "--engine", "dask", "--workers", "1", "--shard-size", str(shard_size)]
    n = timed_build(corpus_n, work / "mem-n", *extra)
    big = timed_build(corpus_4n, work / "mem-4n", *extra)
    rss_n, rss_4n = max(n["workers_rss_mib"] or [0]), max(big["workers_rss_mib"] or [0])
    print(f"\nworker peak RSS: {articles:,} articles {rss_n:.0f} MiB, {4 * articles:,} articles {rss_4n:.0f} MiB; "
          f"ratio 4N/N {rss_4n / max(rss_n, 1):.2f} (client {n['client_rss_mib']:.0f} / "
          f"{big['client_rss_mib']:.0f} MiB)", flush=True)  # fmt: skip


def rdf_loads(out: Path) -> Path:
    from graphbuild.rdf.shards import load_shards
    from graphbuild.rdf.store import load_output

    started = time.perf_counter()
    report = load_output(out)
    streamed = time.perf_counter() - started
    names = json.loads((out / "shards" / "manifest.json").read_text())["shards"]
    started = time.perf_counter()
    load_shards(out, [out / "shards" / name for name in names])
    bulk = time.perf_counter() - started
    print(f"\nRDF: {report.quads:,} quads, {report.events:,} events; load_output (streamed from JSONL) "
          f"{report.quads / streamed:,.0f} quads/s; bulk load from shard N-Quads {report.quads / bulk:,.0f} quads/s "
          f"({streamed / bulk:.1f}x)", flush=True)  # fmt: skip
    return out / "rdf"


def neo4j_loads(out: Path, env: dict[str, str]) -> Any:
    from graphbuild.neo4j.admin import bulk_load
    from graphbuild.neo4j.connection import Neo4jConfig
    from graphbuild.neo4j.loader import load_output

    script = REPO / "scripts" / "neo4j"
    subprocess.run([str(script), "reset"], env=env, check=False, capture_output=True)
    started = subprocess.run([str(script), "start"], env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        sys.exit(f"scripts/neo4j start failed: {started.stderr[-2000:]}")
    config = Neo4jConfig(uri=started.stdout.strip().splitlines()[-1], password=env["NEO4J_PASSWORD"])
    began = time.perf_counter()
    report = load_output(out, config)
    bolt = time.perf_counter() - began
    os.environ.update({k: env[k] for k in INSTANCE_VARIABLES if k in env})
    bulk = bulk_load(out)
    bolt_rate, admin_rate = report.events / bolt, bulk.events / bulk.import_seconds
    print(f"\nNeo4j: {report.events:,} events; Bolt loader {bolt_rate:,.0f} events/s ({bolt:.1f} s); neo4j-admin "
          f"import {admin_rate:,.0f} events/s ({bulk.import_seconds:.1f} s, {admin_rate / bolt_rate:.1f}x the Bolt "
          f"loader; CSVs written in {bulk.export_seconds:.1f} s)", flush=True)  # fmt: skip
    return Neo4jConfig(uri=bulk.uri or config.uri, password=env["NEO4J_PASSWORD"])


def _latency(run_once: Any) -> tuple[int, float]:
    """(rows, the slowest of three runs in ms) after a first run that warms caches."""
    rows = run_once()
    times = []
    for _ in range(3):
        began = time.perf_counter()
        run_once()
        times.append((time.perf_counter() - began) * 1000)
    return len(rows), max(times)


def queries(store: Path | None, neo4j: Any, label: str = "") -> None:
    """Each named query's latency through `run_query` (actor parameters checked as a user's are), on one open
    store each: the Oxigraph store read-only, one Neo4j driver (as `graphbuild serve` holds them)."""
    from graphbuild.neo4j.connection import connected
    from graphbuild.queries import catalogue, run_query

    opened = None
    if store is not None:
        from pyoxigraph import Store

        opened = Store.read_only(str(store))
    print(f"\n{'named query (slowest of 3 warm runs)':38} {'rows':>6} {'SPARQL ms':>10} {'Cypher ms':>10}"
          f"   {label}(load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    with connected(neo4j) if neo4j is not None else _nothing() as driver:
        for name in catalogue():
            params = PARAMS.get(name, {})
            rows, sparql, cypher = 0, float("nan"), float("nan")
            if opened is not None:
                rows, sparql = _latency(lambda: run_query(name, params, store=opened))  # noqa: B023
            if driver is not None:
                target = (driver, neo4j.database)
                rows, cypher = _latency(lambda: run_query(name, params, backend="neo4j", neo4j=target))  # noqa: B023
            print(f"{name:38} {rows:>6} {sparql:>10.1f} {cypher:>10.1f}", flush=True)


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def rdf_bulk(out: Path) -> Path:
    """The RDF store from OUT's N-Quads (one shard holding the whole output, as a Dask build's shards do) against
    the streamed load from JSONL; the N-Quads are written first (a Dask worker's job), timed apart."""
    from graphbuild.rdf.shards import load_shards, write_shard_nquads
    from graphbuild.rdf.store import fixed_build_time, load_output

    started = time.perf_counter()
    report = load_output(out)
    streamed = time.perf_counter() - started
    started = time.perf_counter()
    write_shard_nquads(out, fixed_build_time())
    (out / "done.json").write_text(json.dumps({"rdf_time": fixed_build_time()}), encoding="utf-8")
    written = time.perf_counter() - started
    started = time.perf_counter()
    bulk_report = load_shards(out, [out])
    bulk = time.perf_counter() - started
    if bulk_report.quads != report.quads:
        print(f"warning: the bulk load has {bulk_report.quads:,} quads, the streamed load {report.quads:,}")
    print(f"\nRDF: {report.quads:,} quads, {report.events:,} events; load_output (streamed from JSONL) "
          f"{report.quads / streamed:,.0f} quads/s ({streamed:.1f} s); bulk load from N-Quads "
          f"{report.quads / bulk:,.0f} quads/s ({bulk:.1f} s, {streamed / bulk:.1f}x; N-Quads written in "
          f"{written:.1f} s by the shards)", flush=True)  # fmt: skip
    return out / "rdf"


def bolt_load(out: Path, env: dict[str, str]) -> float:
    """Seconds the Bolt loader takes to load OUT into the bench instance (emptied before)."""
    from graphbuild.neo4j.connection import Neo4jConfig, connected
    from graphbuild.neo4j.loader import clear, load_output

    config = Neo4jConfig(uri=neo4j_start(env), password=env["NEO4J_PASSWORD"])
    with connected(config) as driver:
        clear(driver, config.database)
    began = time.perf_counter()
    load_output(out, config)
    return time.perf_counter() - began


def fixed_and_rate(small: tuple[int, float], big: tuple[int, float]) -> tuple[float, float]:
    """(fixed seconds, events/s beyond it) from two runs (events, seconds): the line through both."""
    (n1, t1), (n2, t2) = small, big
    rate = (n2 - n1) / (t2 - t1) if t2 > t1 else float("inf")
    return max(0.0, t1 - n1 / rate), rate


def _rate(rate: float) -> str:
    return f"{rate:,.0f}" if rate != float("inf") else "n/a (two sizes within noise)"


def bolt_sample(folder: Path, events: int, env: dict[str, str]) -> tuple[float, float, float]:
    """The Bolt loader on synthetic outputs of `events` and of a tenth of it: whole-run events/s at `events`,
    and its fixed cost (the gazetteer's actors and ties, schema, settling) apart from its per-event rate."""
    from graphbuild.synthetic import write_output

    small_n = max(1, events // 10)
    small = bolt_load(write_output(folder / "bolt-small", small_n), env)
    big = bolt_load(write_output(folder / "bolt", events), env)
    fixed, rate = fixed_and_rate((small_n, small), (events, big))
    print(f"\nNeo4j Bolt loader: {events:,} events in {big:.1f} s = {events / big:,.0f} events/s; {small_n:,} events "
          f"in {small:.1f} s; so a fixed {fixed:.1f} s and {_rate(rate)} events/s beyond it "
          f"(load average {os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
    return events / big, fixed, rate


def neo4j_start(env: dict[str, str]) -> str:
    script = REPO / "scripts" / "neo4j"
    started = subprocess.run([str(script), "start"], env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        sys.exit(f"scripts/neo4j start failed: {started.stderr[-2000:]}")
    return started.stdout.strip().splitlines()[-1]


def admin_import(out: Path, env: dict[str, str], bolt: tuple[float, float, float], small: Path) -> Any:
    """neo4j-admin import of `small` (its fixed cost) then of OUT, into the bench instance (left running with
    OUT's graph and the loader's schema); events/s is events / the import's whole wall time."""
    from graphbuild.neo4j.admin import bulk_load
    from graphbuild.neo4j.connection import Neo4jConfig

    os.environ.update({k: env[k] for k in INSTANCE_VARIABLES if k in env})
    # the import's class path and class-data-sharing archive, written once per Neo4j version: not an import's cost
    subprocess.run([str(REPO / "scripts" / "neo4j"), "import-prepare"], env=env, check=False, capture_output=True)
    tiny = bulk_load(small)
    bulk = bulk_load(out)
    fixed, marginal = fixed_and_rate((tiny.events, tiny.import_seconds), (bulk.events, bulk.import_seconds))
    rate = bulk.events / bulk.import_seconds
    bolt_rate, bolt_fixed, bolt_marginal = bolt
    bolt_here = bolt_fixed + bulk.events / bolt_marginal  # the Bolt loader on OUT, from its line
    whole = bulk.events / (bulk.export_seconds + bulk.import_seconds + bulk.schema_seconds)
    print(f"Neo4j neo4j-admin import: {bulk.events:,} events in {bulk.import_seconds:.1f} s = {rate:,.0f} events/s "
          f"({rate / bolt_rate:.1f}x the Bolt loader's whole-run rate above; the Bolt loader's line gives "
          f"{bolt_here:.0f} s for these {bulk.events:,} events, {bolt_here / bulk.import_seconds:.1f}x the import); "
          f"{tiny.events:,} events in {tiny.import_seconds:.1f} s, so a fixed {fixed:.1f} s (JVM, tool start) and "
          f"{_rate(marginal)} events/s beyond it; import CSVs written in "
          f"{bulk.export_seconds:.1f} s ({bulk.events / bulk.export_seconds:,.0f} events/s), server restart and "
          f"constraints/indexes {bulk.schema_seconds:.1f} s; whole bulk path {whole:,.0f} events/s (load average "
          f"{os.getloadavg()[0]:.1f})",
          flush=True)  # fmt: skip
    return Neo4jConfig(uri=bulk.uri or neo4j_start(env), password=env["NEO4J_PASSWORD"])


def stores(args: argparse.Namespace) -> None:
    from graphbuild.synthetic import write_output

    if args.store:  # the named queries alone, on a store kept from an earlier run (`--work`)
        print(f"RDF store {args.store} ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})", flush=True)
        queries(Path(args.store), None)
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
        return
    with tempfile.TemporaryDirectory(prefix="graphbuild-stores-") as folder:
        work = Path(args.work) if args.work else Path(folder)
        out = work / "out"
        began = time.perf_counter()
        write_output(out, args.events)
        articles = sum(1 for _ in (out / "articles.jsonl").open(encoding="utf-8"))
        print(f"synthetic output: {args.events:,} events in {articles:,} articles, written in "
              f"{time.perf_counter() - began:.1f} s ({os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
        store = rdf_bulk(out) if args.rdf else None
        env = {**os.environ, "NEO4J_INSTANCE": f"bench-stores-{os.getpid()}", "NEO4J_PASSWORD": "graphbuild-bench",
               "NEO4J_HEAP": args.heap, "NEO4J_PAGECACHE": args.pagecache}  # fmt: skip
        try:
            neo4j = None
            if args.neo4j:
                subprocess.run([str(REPO / "scripts" / "neo4j"), "reset"], env=env, check=False, capture_output=True)
                bolt = bolt_sample(work, args.bolt_events or args.events, env)
                neo4j = admin_import(out, env, bolt, work / "bolt-small")
            for number in range(1, args.query_passes + 1):  # the first right after the import's server start
                queries(store, neo4j, f"pass {number} of {args.query_passes}, ")
        finally:
            if args.neo4j:
                subprocess.run([str(REPO / "scripts" / "neo4j"), "destroy"], env=env, check=False,
                               capture_output=True)  # fmt: skip
        print(f"load average at the end {os.getloadavg()[0]:.1f}")


def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="graphbuild-scale-") as folder:
        work = Path(folder)
        if args.corpus:
            corpus = work / "corpus.jsonl"
            with Path(args.corpus).open(encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as target:
                for number, text in enumerate(source):
                    if number >= args.articles:
                        break
                    target.write(text)
            articles, sentences = count_corpus(corpus)
        else:
            corpus, articles = work / "corpus.jsonl", args.articles
            sentences = generate(articles, corpus)
        outs = extraction(corpus, work, articles, sentences, args.shard_size)
        if args.memory and not args.corpus:
            generate(4 * articles, work / "corpus-4n.jsonl")
            memory(corpus, work / "corpus-4n.jsonl", work, articles, args.shard_size)
        if not args.stores:
            return
        store = rdf_loads(outs["dask2"])
        env = {**os.environ, "NEO4J_INSTANCE": f"bench-scale-{os.getpid()}", "NEO4J_PASSWORD": "graphbuild-bench",
               "NEO4J_HEAP": "1g", "NEO4J_PAGECACHE": "512m"}  # fmt: skip
        try:
            neo4j = neo4j_loads(outs["dask2"], env)
            queries(store, neo4j)
        finally:
            subprocess.run([str(REPO / "scripts" / "neo4j"), "destroy"], env=env, check=False, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the synthetic corpus (JSONL)")
    gen.add_argument("articles", type=int)
    gen.add_argument("target", type=Path)
    gen.add_argument("--seed", type=int, default=14)
    bench = sub.add_parser("run", help="run the benchmark")
    bench.add_argument("--articles", type=int, default=1000, help="N (the memory check also runs 4N)")
    bench.add_argument("--corpus", help="a real JSONL corpus instead of the synthetic one (its first N articles)")
    bench.add_argument("--shard-size", type=int, default=200)
    bench.add_argument("--no-memory", dest="memory", action="store_false", help="skip the N/4N memory runs")
    bench.add_argument("--no-stores", dest="stores", action="store_false", help="skip RDF, Neo4j and queries")
    only = sub.add_parser("stores", help="loads and named queries on a synthetic build output (no extraction)")
    only.add_argument("--events", type=int, default=100_000)
    only.add_argument("--heap", default="1g", help="NEO4J_HEAP of the bench instance")
    only.add_argument("--pagecache", default="512m", help="NEO4J_PAGECACHE of the bench instance")
    only.add_argument("--no-neo4j", dest="neo4j", action="store_false", help="the RDF store only")
    only.add_argument("--no-rdf", dest="rdf", action="store_false", help="Neo4j only (loads and Cypher latencies)")
    only.add_argument("--query-passes", type=int, default=2,
                      help="passes over the named queries (the first runs on a server just started: its JVM cold)")
    only.add_argument("--bolt-events", type=int, default=0,
                      help="time the Bolt loader on a smaller output of this many events (and on a tenth of it, "
                           "for its fixed cost; default: --events)")
    only.add_argument("--work", help="keep the output and the RDF store in this folder (default: a temp folder)")
    only.add_argument("--store", help="only time the named SPARQL queries on this RDF store (e.g. WORK/out/rdf)")
    args = parser.parse_args()
    if args.command == "stores":
        stores(args)
    elif args.command == "generate":
        sentences = generate(args.articles, args.target, args.seed)
        print(f"wrote {args.articles:,} articles, {sentences:,} sentences to {args.target}")
    else:
        run(args)


if __name__ == "__main__":
    main()

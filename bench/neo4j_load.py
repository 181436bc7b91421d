"""Neo4j load throughput: one transaction per event vs batched UNWIND at three batch sizes, with and without
the neo4j-rust-ext codec, on synthetic events, against the real server (scripts/neo4j, its own `bench`
instance; or NEO4J_URI/NEO4J_PASSWORD to use yours — its database is CLEARED).

    .venv/bin/python bench/neo4j_load.py [--events 100000] [--single 2000] [--batch-sizes 1000,5000,20000]

One-transaction-per-event runs on a subset (--single) and is extrapolated to the full count (labelled as
such). Each configuration loads into a cleared event set with the same actors and articles present; "full
load" is the whole streamed loader (`load_stream` over a synthetic output folder: actors, articles, events,
mentions, aggregates) at the default batch. Each codec runs in its own process (the pure-Python one with
`neo4j._rust` blocked), after an unmeasured warm-up load of 20,000 events.

First, a memory check: the peak RSS of `load_output` in a fresh process for N and 2N events (--memory-events),
with the ratio (a streaming loader stays near 1.0; one that reads the whole output first grows with it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j"


def synthetic_output(out: Path, events: int, seed: int = 7) -> Path:
    """A build output folder of real `Triple`s: 300 actors (a few hubs), 20 events per article."""
    from graphbuild.model import RELATIONS, Actor, ActorRecord, Article, Mention, Trigger, Triple, write_jsonl

    rng = random.Random(seed)
    actors = [Actor(f"C{i:03d}", f"State {i}", "Country", iso3=f"C{i:03d}") for i in range(250)]
    actors += [Actor(f"p{i:03d}", f"Person {i}", "Person", country=f"C{i:03d}") for i in range(50)]
    hubs = actors[:10]
    seen: dict[str, set[str]] = {}

    def triples() -> Any:
        for number in range(events):
            article_id = f"a{number // 20:06d}"
            date = f"20{10 + number % 15:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}"
            source = rng.choice(hubs) if rng.random() < 0.4 else rng.choice(actors)
            target = rng.choice(hubs) if rng.random() < 0.4 else rng.choice(actors)
            offset = (number % 20) * 200
            seen.setdefault(source.id, set()).add(article_id)
            seen.setdefault(target.id, set()).add(article_id)
            yield Triple(
                article_id=article_id, relation=rng.choice(RELATIONS),
                source=Mention(source, source.name, offset, offset + 10),
                target=Mention(target, target.name, offset + 40, offset + 50),
                trigger=Trigger("acted", offset + 20, offset + 25, "bench.rule"),
                sentence=f"{source.name} acted on {target.name} in event {number}.", sentence_start=offset,
                language="en", date=date, negated=rng.random() < 0.05, confidence=0.6, extractor="bench",
            ).to_dict()  # fmt: skip

    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "triples.jsonl", triples())
    write_jsonl(out / "articles.jsonl", (Article(id=f"a{n:06d}", text="x" * 2000, title=f"Article a{n:06d}",
                                                 date=f"20{10 + (n * 20) % 15:02d}-01-01", language="en").to_dict()
                                         for n in range((events + 19) // 20)))  # fmt: skip
    write_jsonl(out / "actors.jsonl", (ActorRecord(a, len(seen.get(a.id, ())), tuple(sorted(seen.get(a.id, ()))))
                                       .to_dict() for a in actors))  # fmt: skip
    return out


def clear_events(driver: Any, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (e:Event) CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (a:Actor)-[x]->(:Actor) CALL (x) { DELETE x } IN TRANSACTIONS OF 10000 ROWS").consume()


def child(args: argparse.Namespace) -> None:
    """One codec's measurements, printed as one JSON line."""
    if args.rust == "off":
        sys.modules["neo4j._rust"] = None  # type: ignore[assignment]  # the driver falls back to pure Python
    import tempfile

    from neo4j._codec.packstream import v1

    from graphbuild.neo4j.connection import Neo4jConfig, connected
    from graphbuild.neo4j.loader import (
        ARTICLES,
        EVENTS,
        clear,
        ensure_schema,
        load_actors,
        load_events,
        load_stream,
        write_actors,
        write_rows,
    )  # fmt: skip
    from graphbuild.neo4j.records import OutputReader

    started = time.perf_counter()
    folder = synthetic_output(Path(tempfile.mkdtemp(prefix="neo4j-bench-")) / "out", args.events)
    reader = OutputReader(folder)
    events = [event for run in reader.runs() for event in run.events]
    result: dict[str, Any] = {"rust": v1._rust_pack is not None, "events": len(events),
                              "generate_s": round(time.perf_counter() - started, 2), "batched": {}}  # fmt: skip
    config = Neo4jConfig.from_env()
    with connected(config) as driver:
        db = config.database
        clear(driver, db)
        ensure_schema(driver, db)
        load_actors(driver, db, list(reader.actors.values()), 5000)
        write_actors(driver, db, [row for run in reader.runs() for row in run.actors.values()], False, 5000)
        write_rows(driver, db, ARTICLES, list(reader.articles()), 5000)
        # warm-up (JIT, query plans, page cache), not measured
        load_events(driver, db, events[:20_000], 5000)
        clear_events(driver, db)
        subset = events[: args.single]
        started = time.perf_counter()
        with driver.session(database=db) as session:
            for event in subset:
                session.execute_write(lambda tx, e=event: tx.run(EVENTS, rows=[e]).consume())
        seconds = time.perf_counter() - started
        result["single"] = {"events": len(subset), "seconds": round(seconds, 2), "rate": len(subset) / seconds}
        for size in args.batch_sizes:
            clear_events(driver, db)
            started = time.perf_counter()
            load_events(driver, db, events, size)
            seconds = time.perf_counter() - started
            result["batched"][str(size)] = {"seconds": round(seconds, 2), "rate": len(events) / seconds}
        clear_events(driver, db)
        del events
        started = time.perf_counter()
        load_stream(driver, db, reader, 5000)
        seconds = time.perf_counter() - started
        result["full"] = {"seconds": round(seconds, 2), "rate": args.events / seconds}
        check = driver.execute_query("MATCH (e:Event) RETURN count(e) AS n", database_=db).records[0]["n"]
        result["stored_events"] = check
    print(json.dumps(result))


def peak_rss_child(folder: str) -> None:
    """Child process: `load_output` of one output folder into a cleared database; prints its peak RSS (KiB)."""
    import resource

    from graphbuild.neo4j.connection import Neo4jConfig, connected
    from graphbuild.neo4j.loader import clear, load_output

    config = Neo4jConfig.from_env()
    with connected(config) as driver:
        clear(driver, config.database)
    report = load_output(folder, config)
    print(json.dumps({"events": report.events, "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def memory_check(env: dict[str, str], events: int) -> str:
    """Peak RSS of the whole loader (`load_output`) for N and 2N events, each in a fresh process."""
    import tempfile

    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in (1, 2):
            out = synthetic_output(Path(folder) / f"x{scale}", events * scale)
            done = subprocess.run([sys.executable, __file__, "--peak-rss", str(out)], env=env, capture_output=True,
                                  text=True, check=False)  # fmt: skip
            if done.returncode != 0:
                sys.exit(f"memory check failed:\n{done.stderr[-3000:]}")
            figures.append(json.loads(done.stdout.strip().splitlines()[-1]))
    (one, two) = figures
    return (f"peak RSS of load_output (child process): {one['events']:,} events {one['rss_kib'] / 1024:.0f} MiB, "
            f"{two['events']:,} events {two['rss_kib'] / 1024:.0f} MiB; ratio 2N/N "
            f"{two['rss_kib'] / one['rss_kib']:.2f}")  # fmt: skip


def server(env: dict[str, str]) -> tuple[dict[str, str], bool]:
    """NEO4J_URI if given, else a fresh `bench` instance from scripts/neo4j (stopped at the end)."""
    if env.get("NEO4J_URI"):
        return env, False
    env = {**env, "NEO4J_INSTANCE": "bench", "NEO4J_PASSWORD": "graphbuild-bench", "NEO4J_HEAP": "1g",
           "NEO4J_PAGECACHE": "512m"}  # fmt: skip
    subprocess.run([str(SCRIPT), "reset"], env=env, check=False, capture_output=True)
    started = time.perf_counter()
    done = subprocess.run([str(SCRIPT), "start"], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"scripts/neo4j start failed:\n{done.stderr}")
    print(f"server: Neo4j from scripts/neo4j, started in {time.perf_counter() - started:.1f}s", flush=True)
    return {**env, "NEO4J_URI": done.stdout.strip().splitlines()[-1]}, True


def report(results: dict[str, dict[str, Any]], total: int) -> None:
    print(f"\nNeo4j load, {total:,} synthetic events ({os.cpu_count()} cores); rates in events/s")
    print(f"{'configuration':52} {'no rust-ext':>12} {'rust-ext':>12} {'rust/no':>8}")

    def line(label: str, off: float | None, on: float | None) -> None:
        ratio = f"{on / off:8.2f}" if off and on else f"{'-':>8}"
        print(f"{label:52} {off or 0:12,.0f} {on or 0:12,.0f} {ratio}")

    off, on = results.get("off", {}), results.get("on", {})
    single_n = (off or on)["single"]["events"]
    line(f"1 tx per event (measured on {single_n:,})", off.get("single", {}).get("rate"),
         on.get("single", {}).get("rate"))  # fmt: skip
    for name, data in (("no rust-ext", off), ("rust-ext", on)):
        if data:
            rate = data["single"]["rate"]
            print(f"  {name}: extrapolated to {total:,} events: {total / rate:,.0f}s (subset, not run in full)")
    base = {k: v.get("single", {}).get("rate") for k, v in results.items()}
    for size in (off or on)["batched"]:
        line(f"UNWIND batches of {int(size):,} (events only)", off.get("batched", {}).get(size, {}).get("rate"),
             on.get("batched", {}).get(size, {}).get("rate"))  # fmt: skip
    line("full loader, batch 5,000 (+ mentions, aggregates)", off.get("full", {}).get("rate"),
         on.get("full", {}).get("rate"))  # fmt: skip
    print("\nspeed-up of batching over one transaction per event, same codec:")
    for mode, data in results.items():
        ratios = ", ".join(f"batch {int(size):,}: {v['rate'] / base[mode]:.0f}x" for size, v in data["batched"].items())
        print(f"  {'rust-ext' if mode == 'on' else 'no rust-ext'}: {ratios}")
    best = max(v["rate"] for data in results.values() for v in data["batched"].values())
    print(f"\nbest batched rate {best:,.0f} events/s (target >= 5,000): {'met' if best >= 5000 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--single", type=int, default=2_000)
    parser.add_argument("--batch-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[1000, 5000, 20000])
    parser.add_argument("--rust", choices=["on", "off", "both"], default="both")
    parser.add_argument("--memory-events", type=int, default=20_000, help="N for the peak-RSS check (N and 2N)")
    parser.add_argument("--memory-only", action="store_true", help="only the peak-RSS check")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--peak-rss", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    if args.peak_rss:
        peak_rss_child(args.peak_rss)
        return
    env, owned = server(dict(os.environ))
    results: dict[str, dict[str, Any]] = {}
    try:
        memory = memory_check(env, args.memory_events)
        print(memory, flush=True)
        if args.memory_only:
            return
        for mode in (["off", "on"] if args.rust == "both" else [args.rust]):
            command = [sys.executable, __file__, "--child", "--rust", mode, "--events", str(args.events),
                       "--single", str(args.single), "--batch-sizes", ",".join(map(str, args.batch_sizes))]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                sys.exit(f"bench ({mode}) failed:\n{done.stderr[-3000:]}")
            results[mode] = json.loads(done.stdout.strip().splitlines()[-1])
            if mode == "on" and not results[mode]["rust"]:
                print("note: neo4j-rust-ext is not installed (pip install '.[fast]'); the 'rust-ext' column is "
                      "pure Python")  # fmt: skip
            print(f"{mode}: {json.dumps(results[mode])}", flush=True)
    finally:
        if owned:
            subprocess.run([str(SCRIPT), "stop"], env=env, check=False, capture_output=True)
    report(results, args.events)
    print(f"\n{memory}")


if __name__ == "__main__":
    main()

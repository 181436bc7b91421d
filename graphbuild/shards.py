"""The Dask engine of `build --engine dask`: shards of articles extracted on dask.distributed workers.

The client reads the input (errors go to errors.jsonl as in a single-process build) and cuts the articles into
shards of `shard_size`. A shard is named by the sha256 of its articles (their articles.jsonl lines) and of the
extractor's version (extractor, scorer model, parser option, --min-confidence, and `code`: a hash of the
package's .py sources and of the data/ files extraction reads, so a code or data change invalidates finished
shards), so a rerun finds the shards it already has: OUT/shards/NAME/done.json exists and holds the same input
hash and version. Each worker builds the extractor once (`ExtractorPlugin`, a WorkerPlugin, at its first
shard) and writes a shard's part (graphbuild.parts) into a temp folder renamed into place, then done.json (temp
file renamed) last. The parts are merged in input order, which gives the same files as one process. A killed
worker's shard is run again by Dask on another worker; a killed client leaves the done shards, which the rerun
skips. With `--scheduler` the workers of a cluster do the work: OUT must be on a filesystem they all see (the
same path).

Local workers (`--workers N`) are forked from the client on Linux: they start at once with the modules the
client has imported (spaCy, the package, Dask) instead of a fresh interpreter importing them all, and build
their extractors side by side (elsewhere they are spawned). The client builds no extractor itself: building
one there before forking saves CPU but not time, as it runs alone while the workers' builds run in parallel.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin
from toolz import partition_all

from graphbuild.model import Article, dumps
from graphbuild.parts import PartStats, write_part
from graphbuild.paths import PACKAGE_DIR, data_dir

SHARDS_DIR = "shards"
DONE_MARKER = "done.json"
PLUGIN_NAME = "graphbuild-extractor"
DEFAULT_SHARD_SIZE = 200
# A local cluster's worker processes: no statistical profiler sampling every task's stack (10 ms) to show on a
# dashboard nobody opens; forked from the client on Linux (see fork_workers).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
# The data/ entries extraction reads (annotations, samples and the scorer models are not: a model's own
# version is in `extractor_version`).
EXTRACTION_DATA = ("gazetteer", "lang", "time", "datelines.yaml", "furniture.yaml", "languages-guess.yaml",
                   "relations.yaml")  # fmt: skip


@dataclass(frozen=True)
class EngineOptions:
    """How the Dask engine runs: local workers or a scheduler address, articles per shard, parquet beside JSONL."""

    workers: int = 2
    scheduler: str | None = None
    shard_size: int = DEFAULT_SHARD_SIZE
    parquet: bool = True
    rdf: bool = True  # write the shard's article graphs as N-Quads (graphs.nq) for the RDF bulk load


@dataclass
class Shard:
    """A shard of articles as submitted: its name (content hash) and where its part goes."""

    index: int
    name: str
    input_hash: str
    version: dict[str, Any]
    articles: list[Article]
    folder: Path
    rdf_time: str | None = None  # the build time of the shard's RDF (SOURCE_DATE_EPOCH), not part of its name


def code_hash(package: Path = PACKAGE_DIR, data: Path | None = None) -> str:
    """sha256 over the package's .py files and the EXTRACTION_DATA files under `data` (default: data_dir()),
    each as its relative path and content, in path order."""
    data = data or data_dir()
    files = [(path.relative_to(package).as_posix(), path) for path in package.rglob("*.py")]
    for entry in EXTRACTION_DATA:
        root = data / entry
        found = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
        files += [("data/" + path.relative_to(data).as_posix(), path) for path in found]
    digest = hashlib.sha256()
    for name, path in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def extractor_version(parser: str, model: str, min_confidence: float) -> dict[str, Any]:
    """What decides a shard's output besides its articles; kept in done.json and in the shard's name."""
    from graphbuild.extract.engine import EXTRACTOR_NAME
    from graphbuild.learn.model import load_model

    scorer = load_model(model)
    model_version = {k: v for k, v in scorer.describe().items() if k != "path"} if scorer is not None else None
    return {"extractor": EXTRACTOR_NAME, "model": model_version, "parser": parser,
            "min_confidence": min_confidence, "code": code_hash()}  # fmt: skip


def _hash_articles(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for article in articles:
        digest.update((dumps(article.to_dict()) + "\n").encode("utf-8"))
    return digest.hexdigest()


def make_shard(index: int, articles: list[Article], version: dict[str, Any], shards_dir: Path) -> Shard:
    input_hash = _hash_articles(articles)
    name = hashlib.sha256((input_hash + json.dumps(version, sort_keys=True)).encode()).hexdigest()[:24]
    from graphbuild.rdf.store import fixed_build_time

    return Shard(index, name, input_hash, version, articles, shards_dir / name, fixed_build_time())


def read_done(folder: Path, input_hash: str, version: dict[str, Any]) -> PartStats | None:
    """The shard's counts if its done-marker is there and matches the input hash and version, else None."""
    try:
        marker = json.loads((folder / DONE_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if marker.get("input_hash") != input_hash or marker.get("version") != version:
        return None
    if not all((folder / name).exists() for name in ("articles.jsonl", "triples.jsonl", "actors.jsonl")):
        return None
    return PartStats.from_dict(marker["stats"])


def fork_workers() -> bool:
    """Whether local workers are forked from the client (Linux): they start with the modules it has imported."""
    return sys.platform.startswith("linux")


class ExtractorPlugin(WorkerPlugin):
    """A dask WorkerPlugin: the extractor is built once per worker (at its first shard) and reused by every
    shard."""

    name = PLUGIN_NAME

    def __init__(self, parser: str, model: str) -> None:
        self.parser = parser
        self.model = model
        self.extractor: Any = None
        self.lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"parser": self.parser, "model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["parser"], state["model"])  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        """Nothing: `register_plugin` waits for every worker's setup, so the extractor is built by the worker's
        first shard (`get_extractor`) while the client goes on reading and submitting."""

    def get_extractor(self) -> Any:
        """The worker's extractor, built on first use (call with `lock` held)."""
        if self.extractor is None:
            from graphbuild.extract import make_extractor

            self.extractor = make_extractor(parser=self.parser, jobs=1, model=self.model)
        return self.extractor

    def teardown(self, worker: Any) -> None:
        self.extractor = None


def extract_shard(shard: Shard, parquet: bool, rdf: bool = True) -> dict[str, Any]:
    """Run on a worker: extract one shard into its folder (atomically), write done.json; return its counts."""
    from distributed import get_worker

    done = read_done(shard.folder, shard.input_hash, shard.version)
    if done is not None:  # another attempt of this task finished it
        return done.to_dict()
    plugin = get_worker().plugins[PLUGIN_NAME]
    temp = shard.folder.with_name(f".{shard.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir(parents=True)
    with plugin.lock:  # one shard at a time per worker process: the extractor keeps per-run memory
        extractor = plugin.get_extractor()
        extractor.forget()
        stats = write_part(extractor, shard.articles, temp, shard.version["min_confidence"],
                           since=shard.version.get("since"), until=shard.version.get("until"))
    if parquet:
        from graphbuild.columnar import write_parquet

        write_parquet(temp)
    if rdf:
        from graphbuild.rdf.shards import write_shard_nquads

        write_shard_nquads(temp, shard.rdf_time)
    _publish(temp, shard.folder)
    marker = {"input_hash": shard.input_hash, "version": shard.version, "stats": stats.to_dict(),
              "index": shard.index, "rdf_time": shard.rdf_time}  # fmt: skip
    _write_atomic(shard.folder / DONE_MARKER, json.dumps(marker, sort_keys=True, ensure_ascii=False) + "\n")
    return stats.to_dict()


def _publish(temp: Path, folder: Path) -> None:
    """Rename the finished temp folder into place, replacing a stale one (without a valid done-marker)."""
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)
    try:
        os.rename(temp, folder)
    except OSError:  # another attempt put it there first: theirs is as good
        shutil.rmtree(temp, ignore_errors=True)


def _write_atomic(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


@contextlib.contextmanager
def dask_client(engine: EngineOptions) -> Iterator[Any]:
    """A client of the scheduler at `engine.scheduler`, or of a LocalCluster of `engine.workers` processes
    (one thread each: a worker extracts one shard at a time; no dashboard; forked where fork_workers())."""
    import dask
    from distributed import Client, LocalCluster

    if engine.scheduler:
        with Client(engine.scheduler) as client:
            yield client
        return
    config = LOCAL_CLUSTER_CONFIG | ({"distributed.worker.multiprocessing-method": "fork"} if fork_workers() else {})
    with (
        dask.config.set(config),  # for the whole run: the nanny reads it again to restart a killed worker
        LocalCluster(n_workers=engine.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                     scheduler_kwargs={"dashboard_address": ":0"},  # its HTTP server (no dashboard): any free port
                     silence_logs=40) as cluster,  # fmt: skip
        Client(cluster) as client,
    ):
        yield client


@dataclass
class ShardRun:
    """What the engine did: the shard folders in input order, their counts, how many were already done."""

    folders: list[Path]
    stats: list[PartStats]
    skipped: int = 0
    workers: int = 0


def run_shards(articles: Iterable[Article], out_dir: Path, parser: str, model: str, min_confidence: float,
               engine: EngineOptions, progress: Callable[[Article], None] | None = None,
               dates: tuple[str | None, str | None] = (None, None)) -> ShardRun:  # fmt: skip
    """Extract the articles shard by shard on Dask workers (skipping shards already done); the parts in order.
    `dates`: --since/--until on event dates."""
    from distributed import wait

    shards_dir = out_dir / SHARDS_DIR
    shards_dir.mkdir(parents=True, exist_ok=True)
    version = extractor_version(parser, model, min_confidence) | {"since": dates[0], "until": dates[1]}
    results: dict[int, PartStats] = {}
    folders: list[Path] = []
    run = ShardRun(folders, [])
    in_flight: dict[Any, Shard] = {}
    with contextlib.ExitStack() as stack:
        client: Any = None  # the cluster starts at the first shard to extract: a finished build reruns fast

        def collect(futures: Iterable[Any]) -> None:
            for future in futures:
                shard = in_flight.pop(future)
                results[shard.index] = PartStats.from_dict(future.result())
                for article in shard.articles if progress else ():
                    progress(article)  # type: ignore[misc]

        for index, chunk in enumerate(partition_all(engine.shard_size, articles)):
            shard = make_shard(index, list(chunk), version, shards_dir)
            folders.append(shard.folder)
            done = read_done(shard.folder, shard.input_hash, version)
            if done is not None:
                results[index] = done
                run.skipped += 1
                continue
            if client is None:
                client = stack.enter_context(dask_client(engine))
                client.register_plugin(ExtractorPlugin(parser, model), name=PLUGIN_NAME)
                run.workers = len(client.scheduler_info().get("workers", {}))
            future = client.submit(extract_shard, shard, engine.parquet, engine.rdf, key=f"shard-{shard.name}",
                                   pure=False)  # fmt: skip
            in_flight[future] = shard
            if len(in_flight) >= 2 * max(1, run.workers) + 2:  # shards held by the client: memory stays flat
                collect(wait(list(in_flight), return_when="FIRST_COMPLETED").done)
        if in_flight:
            collect(wait(list(in_flight)).done)
    run.stats = [results[index] for index in range(len(folders))]
    return run


def write_manifest(out_dir: Path, folders: list[Path], keep_old: bool) -> None:
    """OUT/shards/manifest.json: the shards of the output in order. Without keep_old, shard folders that are
    not in it (of an earlier input) are removed."""
    shards_dir = out_dir / SHARDS_DIR
    names = [folder.name for folder in folders]
    manifest = shards_dir / "manifest.json"
    if keep_old and manifest.exists():
        old = json.loads(manifest.read_text(encoding="utf-8")).get("shards", [])
        names = old + [name for name in names if name not in old]
    elif shards_dir.exists():
        for folder in shards_dir.iterdir():
            if folder.is_dir() and folder.name not in set(names):
                shutil.rmtree(folder, ignore_errors=True)
    shards_dir.mkdir(parents=True, exist_ok=True)
    _write_atomic(manifest, json.dumps({"shards": names}, indent=1) + "\n")

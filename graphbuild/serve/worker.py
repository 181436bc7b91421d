"""Query workers: separate processes that each hold the store open and run one query at a time.

A query that runs past the timeout cannot be interrupted inside pyoxigraph, so its process is killed and
replaced; the client gets a clear 503. Read-only serving runs several workers on `Store.read_only`; with
updates allowed a single worker owns the read-write store, so queries and updates are serialised.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from graphbuild.serve import results

_CONTEXT = multiprocessing.get_context("spawn")


@dataclass
class Job:
    """One SPARQL operation. `dataset` is None, or (default graph IRIs, named graph IRIs) from the protocol."""

    kind: str  # "query" or "update"
    text: str
    accept: str | None = None
    dataset: tuple[list[str], list[str]] | None = None
    union_default_graph: bool = False
    max_rows: int = 10_000
    base_iri: str | None = None


@dataclass
class Reply:
    status: int
    content_type: str = "text/plain; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, body=(message.rstrip("\n") + "\n").encode("utf-8"))


def _run(store: Any, job: Job) -> Reply:
    from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions

    if job.kind == "update":
        try:
            store.update(job.text, base_iri=job.base_iri)
        except SyntaxError as error:
            return Reply.text(400, f"SPARQL update syntax error: {error}")
        return Reply(204)
    options: dict[str, Any] = {"use_default_graph_as_union": job.union_default_graph}
    if job.dataset is not None:
        default, named = job.dataset
        options["default_graph"] = [NamedNode(iri) for iri in default]
        options["named_graphs"] = [NamedNode(iri) for iri in named]
        options["use_default_graph_as_union"] = False
    try:
        result = store.query(job.text, base_iri=job.base_iri, **options)
    except SyntaxError as error:
        return Reply.text(400, f"SPARQL query syntax error: {error}")
    if isinstance(result, QueryBoolean):
        media_type = results.negotiate(job.accept, results.ASK_TYPES)
        if media_type is None:
            return _not_acceptable(results.ASK_TYPES)
        return Reply(200, _with_charset(media_type), results.ask_bytes(media_type, bool(result)))
    if isinstance(result, QuerySolutions):
        media_type = results.negotiate(job.accept, results.SELECT_TYPES)
        if media_type is None:
            return _not_acceptable(results.SELECT_TYPES)
        variables = [variable.value for variable in result.variables]
        rows, truncated = [], False
        for solution in result:
            if len(rows) == job.max_rows:
                truncated = True
                break
            rows.append([solution[variable] for variable in variables])
        headers = {"X-Result-Truncated": f"true; max-rows={job.max_rows}"} if truncated else {}
        return Reply(200, _with_charset(media_type), results.select_bytes(media_type, variables, rows), headers)
    media_type = results.negotiate(job.accept, results.GRAPH_TYPES)
    if media_type is None:
        return _not_acceptable(results.GRAPH_TYPES)
    triples, truncated = [], False
    for triple in result:
        if len(triples) == job.max_rows:
            truncated = True
            break
        triples.append(triple)
    headers = {"X-Result-Truncated": f"true; max-rows={job.max_rows}"} if truncated else {}
    from graphbuild.rdf.vocab import PREFIXES

    return Reply(200, _with_charset(media_type), results.graph_bytes(media_type, triples, PREFIXES), headers)


def _with_charset(media_type: str) -> str:
    return media_type if media_type.endswith("json") and "ld+" not in media_type else media_type + "; charset=utf-8"


def _not_acceptable(offered: tuple[str, ...]) -> Reply:
    return Reply.text(406, "Not Acceptable: this result can be sent as " + ", ".join(offered))


def _signature(store_dir: str) -> tuple[int, int]:
    """Changes when the store folder is replaced (a rebuild) or gains/loses files (a flush, a compaction)."""
    try:
        info = os.stat(store_dir)
    except OSError:
        return (0, 0)
    return (info.st_ino, info.st_mtime_ns)


def _worker_main(connection: Connection, store_dir: str, writable: bool) -> None:
    from pyoxigraph import Store

    store = Store(store_dir) if writable else Store.read_only(store_dir)
    seen = _signature(store_dir)
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        if not writable and (current := _signature(store_dir)) != seen:
            # a read-only store is a snapshot: reopen it when a build or `graphbuild rdf` changed the folder
            # mid-rewrite it may fail: keep answering from the old snapshot, try again on the next query
            with contextlib.suppress(OSError):
                store, seen = Store.read_only(store_dir), current
        try:
            reply = _run(store, job)
        except Exception as error:  # a query that fails at run time: report it, keep the worker
            reply = Reply.text(500, f"query failed: {type(error).__name__}: {error}")
        connection.send(reply)


class Worker:
    def __init__(self, store_dir: str, writable: bool) -> None:
        self.store_dir, self.writable = store_dir, writable
        self.connection, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, store_dir, writable), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.connection.poll(timeout):
            self.kill()
            raise RuntimeError(f"a query worker could not open the store {self.store_dir} in {timeout} s")
        try:
            self.connection.recv()
        except EOFError:
            self.kill()
            raise RuntimeError(f"a query worker could not open the store {self.store_dir} (see the log above)") \
                from None  # fmt: skip

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """`size` worker processes; `run` hands a job to an idle one and waits at most `timeout` seconds."""

    def __init__(self, store_dir: str, size: int = 2, writable: bool = False, timeout: float = 30.0) -> None:
        self.store_dir, self.writable, self.timeout = store_dir, writable, timeout
        self.size = 1 if writable else max(1, size)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.Lock()
        workers = [Worker(store_dir, writable) for _ in range(self.size)]
        for worker in workers:
            worker.wait_ready(60)
            self._idle.put(worker)

    def run(self, job: Job) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply.text(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again")
        try:
            worker.connection.send(job)
            if worker.connection.poll(self.timeout):
                reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            return Reply.text(500, "the query worker died while running this query")
        self._replace(worker)
        return Reply(503, body=f"query timed out after {self.timeout:g} s and was cancelled\n".encode(),
                     headers={"Retry-After": "1"})  # fmt: skip

    def _replace(self, worker: Worker) -> None:
        worker.kill()
        fresh = Worker(self.store_dir, self.writable)
        fresh.wait_ready(60)
        self._idle.put(fresh)

    def close(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            with contextlib.suppress(OSError):
                worker.connection.send(None)
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()

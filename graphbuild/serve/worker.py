"""Query workers: separate processes that each hold the store open and run one query at a time.

A query that runs past the timeout cannot be interrupted inside pyoxigraph, so its process is killed and
replaced. Results are streamed: a worker serialises a result in chunks of about 64 KB and sends each as it is
made, stopping at the row cap (`max_rows`) or the byte cap (`max_bytes`); the socket to the server applies
back-pressure, so neither process holds a whole large result. Each worker's memory is capped (RLIMIT_DATA):
a query that needs more dies alone and is replaced. A worker busy for more than a second does not count as
capacity: the pool starts another one (up to `max_size`), so a few never-ending queries do not hold up
everyone else until the timeout. With updates allowed, a single worker owns the read-write store.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import pickle
import resource
import signal
import socket
import struct
import sys
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from graphbuild.serve import results

# A fork server with this module preloaded starts a worker in milliseconds (spawn re-imports the CLI each time)
# and no store is open in it when it forks.
_CONTEXT = multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")
if _CONTEXT.get_start_method() == "forkserver":
    _CONTEXT.set_forkserver_preload(["graphbuild.serve.worker", "pyoxigraph", "graphbuild.cli"])
_FRAME = struct.Struct("!I")
CHUNK = 64 * 1024
SLOW_AFTER = 1.0  # seconds: a worker busy longer than this no longer counts as free capacity
IDLE_RETIRE = 30.0  # seconds: an extra worker idle this long is stopped


@dataclass
class Job:
    """One SPARQL operation. `dataset` is None, or (default graph IRIs, named graph IRIs) from the protocol."""

    kind: str  # "query" or "update"
    text: str
    accept: str | None = None
    dataset: tuple[list[str], list[str]] | None = None
    union_default_graph: bool = True
    max_rows: int = 10_000
    max_bytes: int = 64 * 1024 * 1024
    base_iri: str | None = None


@dataclass
class Reply:
    """A complete answer (an error, an ASK result, an update's 204)."""

    status: int
    content_type: str = "text/plain; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, body=(message.rstrip("\n") + "\n").encode("utf-8"))


@dataclass
class Head:
    """A streamed result starts: chunks (bytes) follow, then an End."""

    content_type: str


@dataclass
class End:
    truncated: bool = False  # the row cap cut the result
    over_cap: bool = False  # the byte cap cut the result
    error: str | None = None  # the query failed (or timed out, or its worker died) after the result started


# ---------------------------------------------------------------------------------------------- worker process


class _Channel:
    """Length-prefixed pickles over a blocking socket (the worker's side)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.file = sock, sock.makefile("rb")

    def send(self, message: Any) -> None:
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.sock.sendall(_FRAME.pack(len(payload)) + payload)

    def recv(self) -> Any:
        header = self.file.read(_FRAME.size)
        if len(header) < _FRAME.size:
            raise EOFError
        return pickle.loads(self.file.read(_FRAME.unpack(header)[0]))


class _OverCap(Exception):
    pass


class _Sink:
    """A binary writer that sends what it is given in CHUNK-sized messages and refuses to pass `limit` bytes."""

    def __init__(self, channel: _Channel, limit: int) -> None:
        self.channel, self.limit = channel, limit
        self.parts: list[bytes] = []
        self.pending = self.sent = 0
        self.over = False

    def write(self, data: bytes) -> int:
        if self.sent + self.pending + len(data) > self.limit:
            self.over = True
            raise _OverCap
        self.parts.append(bytes(data))
        self.pending += len(data)
        if self.pending >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.parts:
            self.channel.send(b"".join(self.parts))
            self.sent += self.pending
            self.parts, self.pending = [], 0


class _Capped:
    """The first `limit` items of an iterable; `truncated` tells whether there were more."""

    def __init__(self, items: Iterable[Any], limit: int) -> None:
        self.items, self.limit, self.truncated = iter(items), limit, False

    def __iter__(self) -> Iterator[Any]:
        for count, item in enumerate(self.items):
            if count == self.limit:
                self.truncated = True
                return
            yield item


def _with_charset(media_type: str) -> str:
    return media_type if media_type.endswith("json") and "ld+" not in media_type else media_type + "; charset=utf-8"


def _not_acceptable(offered: tuple[str, ...]) -> Reply:
    return Reply.text(406, "Not Acceptable: this result can be sent as " + ", ".join(offered))


def _query_options(job: Job) -> dict[str, Any]:
    from pyoxigraph import NamedNode

    if job.dataset is None:
        return {"use_default_graph_as_union": job.union_default_graph}
    default, named = job.dataset
    return {"default_graph": [NamedNode(iri) for iri in default], "named_graphs": [NamedNode(iri) for iri in named],
            "use_default_graph_as_union": False}  # fmt: skip


def _stream(result: Any, media_type: str, job: Job, channel: _Channel) -> None:
    """Send Head, the result in chunks, then End (cut at the row or byte cap)."""
    from pyoxigraph import QuerySolutions, serialize

    from graphbuild.rdf.vocab import PREFIXES

    channel.send(Head(_with_charset(media_type)))
    sink = _Sink(channel, job.max_bytes)
    try:
        if isinstance(result, QuerySolutions):
            variables = [variable.value for variable in result.variables]
            rows = _Capped((tuple(solution) for solution in result), job.max_rows)
            for piece in results.select_stream(media_type, variables, rows):
                sink.write(piece)
        else:
            rows = _Capped(result, job.max_rows)
            rdf_format = results.GRAPH_FORMATS[media_type]
            serialize(rows, sink, rdf_format, prefixes=PREFIXES if rdf_format.name == "TURTLE" else None)
        sink.flush()
        channel.send(End(truncated=rows.truncated))
    except Exception as error:  # _OverCap, or the query failing while its rows are read
        if not sink.over:
            sink.flush()
            channel.send(End(error=f"query failed: {type(error).__name__}: {error}"))
            return
        sink.flush()
        channel.send(End(over_cap=True))


def _run(store: Any, job: Job, channel: _Channel) -> None:
    from pyoxigraph import QueryBoolean, QuerySolutions

    if job.kind == "update":
        try:
            store.update(job.text, base_iri=job.base_iri)
        except SyntaxError as error:
            channel.send(Reply.text(400, f"SPARQL update syntax error: {error}"))
            return
        channel.send(Reply(204))
        return
    try:
        result = store.query(job.text, base_iri=job.base_iri, **_query_options(job))
    except SyntaxError as error:
        channel.send(Reply.text(400, f"SPARQL query syntax error: {error}"))
        return
    if isinstance(result, QueryBoolean):
        media_type = results.negotiate(job.accept, results.ASK_TYPES)
        reply = (_not_acceptable(results.ASK_TYPES) if media_type is None else
                 Reply(200, _with_charset(media_type), results.ask_bytes(media_type, bool(result))))  # fmt: skip
        channel.send(reply)
        return
    offered = results.SELECT_TYPES if isinstance(result, QuerySolutions) else results.GRAPH_TYPES
    media_type = results.negotiate(job.accept, offered)
    if media_type is None:
        channel.send(_not_acceptable(offered))
        return
    _stream(result, media_type, job, channel)


def _signature(store_dir: str) -> tuple[int, int]:
    """Changes when the store folder is replaced (a rebuild) or gains/loses files (a flush, a compaction)."""
    try:
        info = os.stat(store_dir)
    except OSError:
        return (0, 0)
    return (info.st_ino, info.st_mtime_ns)


def _confine(memory_mb: int) -> None:
    """Cap this process's data memory (no core file when it dies of it), and have the kernel kill it if the
    server dies (Linux)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker_main(sock: socket.socket, store_dir: str, writable: bool, memory_mb: int) -> None:
    from pyoxigraph import Store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops the workers
    _confine(memory_mb)
    channel = _Channel(sock)
    store = Store(store_dir) if writable else Store.read_only(store_dir)
    seen = _signature(store_dir)
    channel.send("ready")
    while True:
        try:
            job = channel.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if not writable and (current := _signature(store_dir)) != seen:
            # a read-only store is a snapshot: reopen it when a build or `graphbuild rdf` changed the folder
            # mid-rewrite it may fail: keep answering from the old snapshot, try again on the next query
            with contextlib.suppress(OSError):
                store, seen = Store.read_only(store_dir), current
        try:
            _run(store, job, channel)
        except (BrokenPipeError, ConnectionError):
            return
        except Exception as error:  # a query that fails before its result starts: report it, keep the worker
            channel.send(Reply.text(500, f"query failed: {type(error).__name__}: {error}"))


# ---------------------------------------------------------------------------------------------- server side


class Worker:
    """A worker process and the server's end of its socket."""

    def __init__(self, process: Any, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.process, self.reader, self.writer = process, reader, writer
        self.busy_since: float | None = None
        self.idle_since = 0.0
        self.deadline: float | None = None
        self.killed: str | None = None  # why the server killed it

    @classmethod
    async def start(cls, store_dir: str, writable: bool, memory_mb: int) -> Worker:
        ours, theirs = socket.socketpair()
        process = _CONTEXT.Process(target=_worker_main, args=(theirs, store_dir, writable, memory_mb), daemon=True)
        await asyncio.to_thread(process.start)
        theirs.close()
        reader, writer = await asyncio.open_unix_connection(sock=ours, limit=2**20)
        worker = cls(process, reader, writer)
        try:
            await asyncio.wait_for(worker.recv(), 60)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            worker.kill("did not start")
            raise RuntimeError(f"a query worker could not open the store {store_dir} (see the log above)") from None
        return worker

    async def recv(self) -> Any:
        size = _FRAME.unpack(await self.reader.readexactly(_FRAME.size))[0]
        return pickle.loads(await self.reader.readexactly(size))

    def send(self, message: Any) -> None:
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer.write(_FRAME.pack(len(payload)) + payload)

    def kill(self, reason: str) -> None:
        self.killed = self.killed or reason
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.writer.close()


class Busy(Exception):
    pass


class WorkerPool:
    """At least `size` worker processes, up to `max_size` while some are stuck on slow queries.

    `messages(job)` yields what the worker sends: a Reply, or a Head, bytes chunks and an End. A job gets
    `timeout` seconds once a worker has it; it waits at most `queue_timeout` seconds for a free worker."""

    def __init__(self, store_dir: str, size: int = 2, writable: bool = False, timeout: float = 30.0,
                 max_size: int | None = None, memory_mb: int = 0, queue_timeout: float = 120.0) -> None:  # fmt: skip
        self.store_dir, self.writable, self.timeout, self.memory_mb = store_dir, writable, timeout, memory_mb
        self.queue_timeout = queue_timeout
        self.size = 1 if writable else max(1, size)
        self.max_size = self.size if writable else max(self.size, max_size or self.size + 4)
        self._workers: set[Worker] = set()
        self._idle: deque[Worker] = deque()
        self._waiters: deque[asyncio.Future[Worker]] = deque()
        self._starting = 0
        self._monitor: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    async def start(self) -> None:
        workers = await asyncio.gather(*(Worker.start(self.store_dir, self.writable, self.memory_mb)
                                         for _ in range(self.size)), return_exceptions=True)  # fmt: skip
        failed = [worker for worker in workers if isinstance(worker, BaseException)]
        for worker in workers:
            if isinstance(worker, Worker):
                self._workers.add(worker)
                self._release(worker)
        if failed:
            await self.close()
            raise failed[0]
        self._monitor = asyncio.create_task(self._watch())

    # ------------------------------------------------------------------ leasing

    def _release(self, worker: Worker) -> None:
        worker.busy_since = worker.deadline = None
        worker.idle_since = asyncio.get_running_loop().time()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def _acquire(self) -> Worker:
        if self._idle:
            return self._idle.pop()
        waiter: asyncio.Future[Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter, self.queue_timeout)
        except TimeoutError:
            raise Busy from None

    def _retire(self, worker: Worker, reason: str) -> None:
        self._workers.discard(worker)
        worker.kill(reason)
        asyncio.get_running_loop().run_in_executor(None, worker.process.join, 5)

    async def messages(self, job: Job) -> AsyncIterator[Any]:
        try:
            worker = await self._acquire()
        except Busy:
            yield Reply(503, body=f"all {len(self._workers)} query workers stayed busy for {self.queue_timeout:g} s; "
                                  "try again\n".encode(), headers={"Retry-After": "1"})  # fmt: skip
            return
        loop = asyncio.get_running_loop()
        worker.busy_since = loop.time()
        worker.deadline = worker.busy_since + self.timeout
        done = started = False
        try:
            worker.send(job)
            while not done:
                try:
                    message = await worker.recv()
                except (asyncio.IncompleteReadError, ConnectionError, OSError):
                    yield self._lost(worker, started)
                    return
                started = started or isinstance(message, Head)
                done = isinstance(message, Reply | End)
                yield message
        finally:
            if done and worker.killed is None:
                self._release(worker)
            else:  # timed out, died, or the client went away mid-result: never reuse a worker in that state
                self._retire(worker, worker.killed or "abandoned")

    def _lost(self, worker: Worker, started: bool) -> Reply | End:
        if worker.killed == "timeout":
            message = f"query timed out after {self.timeout:g} s and was cancelled"
            return End(error=message) if started else Reply(503, body=(message + "\n").encode(),
                                                            headers={"Retry-After": "1"})  # fmt: skip
        message = "the query worker died while running this query (out of memory?)"
        return End(error=message) if started else Reply.text(500, message)

    # ------------------------------------------------------------------ timeouts, growth, replacement

    async def _watch(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._closed:
            await asyncio.sleep(0.1)
            now = loop.time()
            for worker in list(self._workers):
                if worker.deadline is not None and now > worker.deadline and worker.killed is None:
                    worker.kill("timeout")  # the job's reader sees the socket close and answers 503
                elif worker.deadline is not None and now > worker.deadline + 10:
                    self._retire(worker, "abandoned")  # killed, and no reader is left to retire it
                elif worker.busy_since is None and not worker.process.is_alive():
                    with contextlib.suppress(ValueError):
                        self._idle.remove(worker)
                    self._retire(worker, "died")
            self._shrink(now)
            if self._wanted(now):
                self._starting += 1
                task = asyncio.create_task(self._spawn())
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    def _wanted(self, now: float) -> bool:
        fast = sum(1 for worker in self._workers
                   if worker.busy_since is None or now - worker.busy_since < SLOW_AFTER)  # fmt: skip
        total = len(self._workers) + self._starting
        return total < self.size or (fast + self._starting < self.size and total < self.max_size)

    def _shrink(self, now: float) -> None:
        while (len(self._workers) > self.size and self._idle and now - self._idle[0].idle_since > IDLE_RETIRE):
            self._retire(self._idle.popleft(), "idle")

    async def _spawn(self) -> None:
        try:
            worker = await Worker.start(self.store_dir, self.writable, self.memory_mb)
        except (RuntimeError, OSError) as error:
            print(f"graphbuild serve: {error}", file=sys.stderr, flush=True)
            await asyncio.sleep(1)
            return
        finally:
            self._starting -= 1
        if self._closed:
            worker.kill("closed")
            return
        self._workers.add(worker)
        self._release(worker)

    async def close(self) -> None:
        self._closed = True
        if self._monitor is not None:
            self._monitor.cancel()
        for worker in list(self._workers):
            if worker.busy_since is None:
                with contextlib.suppress(OSError, RuntimeError):
                    worker.send(None)
            else:
                worker.kill("closed")
        for worker in list(self._workers):
            await asyncio.to_thread(worker.process.join, 2)
            if worker.process.is_alive():
                worker.kill("closed")
        self._workers.clear()

"""The SPARQL endpoint under concurrent clients, against Oxigraph's own server on the same data in the same run.

    python bench/serve.py OUT                          # OUT: a build folder (graphbuild build ... --out OUT)
    python bench/serve.py OUT --clients 1,50,200 --rounds 3 --serve-arg=--workers --serve-arg=2

Starts `graphbuild serve --store OUT/rdf` and `oxigraph serve-read-only` (the `bench` extra: pip install
'graphbuild[bench]') on the same quads (OUT/rdf exported as N-Quads, loaded with `oxigraph load`), checks that
both answer every query alike, then for each number of clients and each mix of named queries (queries/*.rq:
"simple" lookups, "heavy" whole-graph aggregations) runs that many concurrent keep-alive connections, each
sending `rounds` queries of the mix (at least 30 requests in all), and prints p50/p95/p99 latency, errors
(non-200 or a broken connection) and the ratio ours/oxigraph. Traffic stays on 127.0.0.1; every request has a
180 s deadline, so a run always ends.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from graphbuild.queries import get_query, sparql_text
from graphbuild.rdf import export

PARAMS = {"who_acts_on": {"target": "RUS"}, "partners_and_adversaries": {"actor": "IDN"},
          "relations_between": {"a": "USA", "b": "CHN"}, "most_active_actors": {},
          "events_by_type": {"relation": "CONSULT"},
          "edge_evidence": {"source": "USA", "relation": "CONSULT", "target": "CHN"},
          "two_hop_neighbourhood": {"actor": "IDN"}, "state_leaders": {}, "articles_mentioning": {"actor": "IDN"},
          "conflict_dyads": {}}  # fmt: skip
MIXES = {"simple": ["edge_evidence", "who_acts_on", "relations_between", "articles_mentioning", "state_leaders",
                    "events_by_type"],
         "heavy": ["most_active_actors", "conflict_dyads", "two_hop_neighbourhood", "partners_and_adversaries"]}
DEADLINE = 180.0


@dataclass
class Server:
    name: str
    port: int
    path: str  # the query path: /sparql (ours), /query (oxigraph)
    process: subprocess.Popen[bytes]

    def request(self, query: str) -> bytes:
        target = f"{self.path}?{urllib.parse.urlencode({'query': query})}"
        return (f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
                "Accept: application/sparql-results+json\r\n\r\n").encode()  # fmt: skip

    def rows(self, query: str) -> list[dict[str, str]]:
        url = f"http://127.0.0.1:{self.port}{self.path}?{urllib.parse.urlencode({'query': query})}"
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=DEADLINE) as answer:
            data = json.load(answer)
        return [{name: cell["value"] for name, cell in row.items()} for row in data["results"]["bindings"]]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(server: Server) -> Server:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}")
        try:
            server.rows("SELECT (1 AS ?one) {}")
            return server
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"{server.name} did not answer in 120 s")


def start_ours(store: Path, extra: list[str]) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "graphbuild", "serve", "--store", str(store), "--port", str(port), "--quiet",
               *extra]  # fmt: skip
    return wait_until_up(Server("graphbuild", port, "/sparql", subprocess.Popen(command)))


def start_oxigraph(store: Path, folder: Path) -> Server:
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(oxigraph).exists():
        raise SystemExit("bench/serve.py needs Oxigraph's server: pip install 'graphbuild[bench]' (PyPI oxigraph)")
    quads = folder / "all.nq"
    export(store, "nquads", quads)
    location = folder / "oxigraph"
    subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(quads)], check=True,
                   capture_output=True)  # fmt: skip
    port = free_port()
    command = [oxigraph, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph"]  # fmt: skip
    return wait_until_up(Server("oxigraph", port, "/query", subprocess.Popen(command, stderr=subprocess.DEVNULL)))


# ---------------------------------------------------------------------------------------------- the client


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, keep the connection) after reading one whole response."""
    status = int((await reader.readline()).split()[1])
    headers: dict[str, str] = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip().lower()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while size := int((await reader.readline()).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readline()
    return status, headers.get("connection") != "close"


async def _client(server: Server, requests: list[bytes], latencies: list[float], errors: list[str]) -> None:
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    for request in requests:
        started = time.perf_counter()
        try:
            if connection is None:
                connection = await asyncio.open_connection("127.0.0.1", server.port)
            reader, writer = connection
            writer.write(request)
            status, keep = await asyncio.wait_for(_read_response(reader), DEADLINE)
            if not keep:
                writer.close()
                connection = None
            if status != 200:
                errors.append(f"HTTP {status}")
                continue
        except (OSError, ValueError, IndexError, TimeoutError, asyncio.IncompleteReadError) as error:
            errors.append(type(error).__name__)
            if connection is not None:
                connection[1].close()
            connection = None
            continue
        latencies.append(time.perf_counter() - started)
    if connection is not None:
        connection[1].close()


async def _load(server: Server, queries: list[str], clients: int, rounds: int) -> tuple[list[float], list[str]]:
    per_client = max(rounds, -(-30 // clients))
    latencies: list[float] = []
    errors: list[str] = []
    plans = [[server.request(queries[(client + n) % len(queries)]) for n in range(per_client)]
             for client in range(clients)]  # fmt: skip
    await asyncio.gather(*(_client(server, plan, latencies, errors) for plan in plans))
    return latencies, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


# ---------------------------------------------------------------------------------------------- the run


def check_same_answers(servers: list[Server], texts: dict[str, str]) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    sizes = [server.rows(count)[0]["n"] for server in servers]
    print("quads in named graphs: " + ", ".join(f"{s.name} {n}" for s, n in zip(servers, sizes, strict=True)))
    for name, text in texts.items():
        answers = [sorted(json.dumps(row, sort_keys=True) for row in server.rows(text)) for server in servers]
        same = all(answer == answers[0] for answer in answers)
        print(f"  {name:26} {len(answers[0]):>5} rows  {'same on both' if same else 'DIFFERENT ANSWERS'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="a build folder with rdf/ (graphbuild build ... --out OUT)")
    parser.add_argument("--clients", default="1,50,200", help="concurrent clients per step (comma-separated)")
    parser.add_argument("--rounds", type=int, default=2, help="queries per client per step")
    parser.add_argument("--serve-arg", action="append", default=[], help="an extra `graphbuild serve` argument")
    args = parser.parse_args()
    store = args.out / "rdf"
    if not store.is_dir():
        raise SystemExit(f"{store}: no RDF store (build with `graphbuild build ... --out {args.out}`)")
    texts = {name: sparql_text(get_query(name), PARAMS.get(name, {})) for mix in MIXES.values() for name in mix}
    with tempfile.TemporaryDirectory() as folder:
        servers = [start_ours(store, args.serve_arg), start_oxigraph(store, Path(folder))]
        try:
            check_same_answers(servers, texts)
            run_steps(servers, texts, [int(n) for n in args.clients.split(",")], args.rounds)
        finally:
            for server in servers:
                server.stop()


def run_steps(servers: list[Server], texts: dict[str, str], steps: list[int], rounds: int) -> None:
    print(f"{'mix':7} {'clients':>7} {'server':10} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'p99 ms':>8} {'req/s':>7}")  # fmt: skip
    for mix, names in MIXES.items():
        queries = [texts[name] for name in names]
        for server in servers:  # warm both: first-use costs are not what is measured
            asyncio.run(_load(server, queries, len(queries), 1))
        for clients in steps:
            p99: dict[str, float] = {}
            for server in servers:
                started = time.perf_counter()
                latencies, errors = asyncio.run(_load(server, queries, clients, rounds))
                seconds = time.perf_counter() - started
                p99[server.name] = percentile(latencies, 0.99)
                shown = [percentile(latencies, share) * 1000 for share in (0.5, 0.95, 0.99)]
                print(f"{mix:7} {clients:>7} {server.name:10} {len(latencies) + len(errors):>8} {len(errors):>6} "
                      f"{shown[0]:>8.1f} {shown[1]:>8.1f} {shown[2]:>8.1f} {len(latencies) / seconds:>7.1f}"
                      + (f"  errors: {sorted(set(errors))}" if errors else ""))  # fmt: skip
            print(f"{mix:7} {clients:>7} p99 ratio graphbuild/oxigraph {p99['graphbuild'] / p99['oxigraph']:.2f}")


if __name__ == "__main__":
    main()

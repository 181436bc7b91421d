"""Progress of the long stages through the real CLI: one log line per stage when stderr is no terminal, live
bars with total, rate and ETA on a terminal (a pseudo-terminal here), nothing with --quiet."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphbuild.neo4j.connection import Neo4jConfig

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
LINE = re.compile(r"^graphbuild: (?P<stage>[a-z0-9 ]+): (?P<done>\d+) (?P<unit>\w+) in \d+\.\ds "
                  r"\(\d+\.\d (?P=unit)/s\)$")  # fmt: skip


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, env=env)  # fmt: skip


def stage_lines(stderr: str) -> dict[str, tuple[int, str]]:
    found = [LINE.match(line) for line in stderr.splitlines()]
    stages = [match for match in found if match]
    assert len({m["stage"] for m in stages}) == len(stages), "one line per stage"
    return {m["stage"]: (int(m["done"]), m["unit"]) for m in stages}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("progress") / "out"
    return out, cli("build", str(SAMPLES), "--out", str(out), "--parser", "none")


def test_a_pipe_gets_one_line_per_stage(built: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, done = built
    assert done.returncode == 0, done.stderr
    assert stage_lines(done.stderr) == {"reading": (5, "files"), "extraction": (6, "articles"),
                                        "rdf load": (6, "articles"), "exports": (4, "files")}  # fmt: skip
    assert "\r" not in done.stderr and "\x1b[" not in done.stderr  # no bar, no terminal codes
    reload = cli("rdf", "load", str(out))
    assert reload.returncode == 0 and stage_lines(reload.stderr) == {"rdf load": (6, "articles")}
    quiet = cli("extract", str(SAMPLES), "--out", str(out.parent / "quiet"), "--parser", "none", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.neo4j
def test_neo4j_load_line(built: tuple[Path, subprocess.CompletedProcess[str]], neo4j_empty: Neo4jConfig) -> None:
    out, _ = built
    env = {**os.environ, "NEO4J_URI": neo4j_empty.uri, "NEO4J_PASSWORD": neo4j_empty.password}
    done = cli("load", "neo4j", str(out), env=env)
    assert done.returncode == 0, done.stderr
    triples = len((out / "triples.jsonl").read_text("utf-8").splitlines())
    assert stage_lines(done.stderr) == {"neo4j load": (triples, "events")}


def test_a_terminal_gets_bars_with_total_rate_and_eta(tmp_path: Path) -> None:
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "graphbuild", "build", str(SAMPLES), "--out",
                                str(tmp_path / "out"), "--parser", "none"], cwd=ROOT, env=env,
                               stdin=child, stdout=child, stderr=child, close_fds=True)  # fmt: skip
    os.close(child)
    screen = b""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        elif process.poll() is not None:
            break
    os.close(main)
    assert process.wait(timeout=60) == 0
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.decode("utf-8", "replace"))
    for stage, total, unit in (("extraction", 6, "articles"), ("reading", 5, "files"), ("rdf load", 6, "articles"),
                               ("exports", 4, "files")):  # fmt: skip
        assert re.search(rf"{stage} .*{total}/{total} {unit} +\d+\.\d {unit}/s +ETA", text), stage
    assert not re.search(LINE.pattern, text, re.MULTILINE)  # no log lines on a terminal

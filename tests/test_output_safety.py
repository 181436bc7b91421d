"""Output-folder safety: a build marks its folder incomplete until done, locks it against a second build, and
cleans the temp folders a killed RDF stage left behind."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graphbuild import BuildOptions, build
from graphbuild.api import BuildSummary
from graphbuild.cli import app
from graphbuild.outdir import INCOMPLETE_MARKER, LOCK_FILE, OutputFolderBusy, pid_alive

FAST = BuildOptions(parser="none", rdf=False, exports=False)


def article(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text("Chile condemned Peru for the border raid.\n", encoding="utf-8")
    return path


def test_build_marks_the_folder_incomplete_until_summary_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[bool] = []

    def probe(out_dir: Path, options: BuildOptions, summary: BuildSummary) -> dict[str, Any]:
        seen.append((out_dir / INCOMPLETE_MARKER).is_file() and not (out_dir / "summary.json").exists())
        return {}

    build([str(article(tmp_path))], out, FAST, post_stages=[probe])
    assert seen == [True]
    assert not (out / INCOMPLETE_MARKER).exists() and (out / "summary.json").is_file()


@pytest.mark.parametrize("command", [
    ["rdf", "load"], ["rdf", "load", "--article", "news"], ["load", "neo4j"], ["export"],
    ["export", "--format", "neo4j-import"],
])  # fmt: skip
def test_loaders_refuse_a_folder_marked_incomplete(tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "out"
    build([str(article(tmp_path))], out, FAST)
    (out / INCOMPLETE_MARKER).write_text('{"pid": 4242, "started": "2026-01-01T00:00:00"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, [*command, str(out)], env={"NEO4J_URI": "bolt://127.0.0.1:9"})
    assert result.exit_code == 2, result.output
    assert str(out) in result.output and "has not finished" in result.output and "4242" in result.output
    assert not (out / "rdf").exists() and not (out / "graph.html").exists() and not (out / "neo4j-import").exists()


def test_a_second_build_into_a_locked_folder_refuses_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with (out / LOCK_FILE).open("w", encoding="utf-8") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        result = CliRunner().invoke(app, ["build", str(article(tmp_path)), "--out", str(out), "--no-rdf",
                                          "--no-exports", "--parser", "none"])  # fmt: skip
        assert result.exit_code == 2, result.output
        assert f"{out} is being written by another build (pid {os.getpid()})" in result.output
        assert sorted(path.name for path in out.iterdir()) == [LOCK_FILE]
        with pytest.raises(OutputFolderBusy):
            build([str(article(tmp_path))], out, FAST)
    build([str(article(tmp_path))], out, FAST)  # released: the next build goes ahead
    assert (out / "summary.json").is_file()


def test_the_rdf_stage_removes_temp_folders_of_dead_processes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)  # fmt: skip
    dead_pid = int(finished.stdout)  # a process that has exited: its pid is free
    assert not pid_alive(dead_pid)
    stale, live = out / f"rdf.loading-{dead_pid}", out / f"rdf.loading-{os.getppid()}"
    for folder in (stale, live):
        folder.mkdir(parents=True)
        (folder / "CURRENT").write_text("half a store\n", encoding="utf-8")
    summary = build([str(article(tmp_path))], out, BuildOptions(parser="none", exports=False))
    assert summary.stages["rdf"]["articles"] == 1
    assert not stale.exists()
    assert live.is_dir()  # its process is alive: maybe still loading


def test_a_forked_child_does_not_keep_the_build_lock(tmp_path: Path) -> None:
    """Local Dask workers are forked from the build: one that outlives it (its client killed) must not hold the
    folder's lock, or the rerun that resumes the build would be refused."""
    from graphbuild.outdir import build_lock

    out = tmp_path / "out"
    out.mkdir()
    started_read, started_write = os.pipe()
    stop_read, stop_write = os.pipe()
    with build_lock(out):
        child = os.fork()
        if child == 0:  # the child: says it runs, then waits until the parent closes its end of the pipe
            os.close(stop_write)
            os.write(started_write, b"x")
            os.read(stop_read, 1)
            os._exit(0)
        assert os.read(started_read, 1) == b"x"
    try:
        with build_lock(out):  # the child is alive and inherited the lock's file: the lock is free all the same
            assert pid_alive(child)
    finally:
        os.close(stop_write)
        os.waitpid(child, 0)
        for fd in (started_read, started_write, stop_read):
            os.close(fd)

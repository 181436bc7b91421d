"""Shared pytest fixtures. Add new fixtures as separate blocks; keep each owner's block self-contained."""

from __future__ import annotations

# --- Neo4j: a real Neo4j 5.26 Community server for the session (scripts/neo4j) -------------------------------
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from graphbuild.neo4j.connection import Neo4jConfig

REPO = Path(__file__).resolve().parent.parent
NEO4J_SCRIPT = REPO / "scripts" / "neo4j"
NEO4J_TEST_PASSWORD = "graphbuild-pytest"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _neo4j(command: str, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NEO4J_SCRIPT), command], env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)  # fmt: skip


@pytest.fixture(scope="session")
def neo4j_env() -> dict[str, str]:
    """The environment for scripts/neo4j: a test instance of its own, a free port, the test password."""
    # an instance per session: several sessions may run in one working tree at once
    return {**os.environ, "NEO4J_INSTANCE": f"pytest-{os.getpid()}", "NEO4J_PASSWORD": NEO4J_TEST_PASSWORD,
            "NEO4J_BOLT_PORT": str(_free_port())}  # fmt: skip


@pytest.fixture(scope="session")
def neo4j_server(neo4j_env: dict[str, str]) -> Iterator[Neo4jConfig]:
    """Start the real server (fresh data) once per session, stop and remove it at the end; fail loudly with
    the server log if it can't start."""
    _neo4j("reset", neo4j_env)
    started = _neo4j("start", neo4j_env)
    if started.returncode != 0:
        log = _neo4j("log", neo4j_env)
        _neo4j("destroy", neo4j_env)
        pytest.fail(f"scripts/neo4j start failed ({started.returncode}):\n{started.stdout}\n{started.stderr}\n"
                    f"server log tail:\n{log.stderr}", pytrace=False)  # fmt: skip
    uri = started.stdout.strip().splitlines()[-1]
    try:
        yield Neo4jConfig(uri=uri, user="neo4j", password=NEO4J_TEST_PASSWORD, database="neo4j")
    finally:
        _neo4j("destroy", neo4j_env)


@pytest.fixture
def neo4j_empty(neo4j_server: Neo4jConfig) -> Iterator[Neo4jConfig]:
    """The session's server with an empty database (the schema stays)."""
    from graphbuild.neo4j.connection import connected
    from graphbuild.neo4j.loader import clear

    with connected(neo4j_server) as driver:
        clear(driver, neo4j_server.database)
    yield neo4j_server


# --- end Neo4j ------------------------------------------------------------------------------------------------


# --- Headless Chromium (Debian's package, driven by Playwright) for the browser tests -----------------------
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def chromium_path() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.fail("no Chromium: run scripts/ensure-chromium (installs Debian's chromium)", pytrace=False)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One real headless Chromium for the whole session; each test opens its own pages."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()

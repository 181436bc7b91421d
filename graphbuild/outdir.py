"""Safety of a build's output folder: one build at a time, marked incomplete until done, no stale temp folders.

    with build_lock(out):          # OUT/.lock, flock'ed; a second build gets OutputFolderBusy
        mark_incomplete(out)       # OUT/.incomplete: loaders refuse the folder while it is there
        ...write the outputs, summary.json last...
        mark_complete(out)

`check_complete(out)` is what every loader of a build folder calls first.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

INCOMPLETE_MARKER = ".incomplete"
LOCK_FILE = ".lock"
_HELD_LOCKS: set[IO[str]] = set()  # the lock files this process holds (their handles)


def _release_in_child() -> None:
    """In a forked child (a local Dask worker, a --jobs worker): close the inherited lock handles, so the lock
    goes with the build that took it and not with a child that outlives it."""
    for handle in _HELD_LOCKS:
        handle.close()
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_release_in_child)


class OutputFolderError(Exception):
    """An output folder that must not be read or written now; the message names the folder."""


class OutputFolderBusy(OutputFolderError):
    """Another build holds the folder's lock."""


def marker_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / INCOMPLETE_MARKER


def mark_incomplete(out_dir: str | Path) -> None:
    """Write OUT/.incomplete (the pid and start time of the build writing the folder)."""
    record = {"pid": os.getpid(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    marker_path(out_dir).write_text(json.dumps(record) + "\n", encoding="utf-8")


def mark_complete(out_dir: str | Path) -> None:
    """Remove OUT/.incomplete: the build finished (summary.json is written)."""
    marker_path(out_dir).unlink(missing_ok=True)


def check_complete(out_dir: str | Path) -> None:
    """Refuse a folder a build is writing or was killed while writing (it holds OUT/.incomplete)."""
    marker = marker_path(out_dir)
    if marker.exists():
        detail = f"{marker.name} is present ({_marker_text(marker)}); rebuild it before loading"
        raise OutputFolderError(f"{Path(out_dir)}: the build writing it has not finished (or was killed): {detail}")


def _marker_text(marker: Path) -> str:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return f"pid {data.get('pid', '?')}, started {data.get('started', '?')}"
    except (OSError, ValueError, AttributeError):
        return "unreadable"


@contextmanager
def build_lock(out_dir: str | Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking flock on OUT/.lock; OutputFolderBusy if another build has it."""
    path = Path(out_dir) / LOCK_FILE
    handle = path.open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputFolderBusy(f"{Path(out_dir)} is being written by another build (pid {_holder(path)})") from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _HELD_LOCKS.add(handle)
        yield
    finally:
        _HELD_LOCKS.discard(handle)
        handle.close()  # releases the lock


def _holder(lock: Path) -> str:
    try:
        return lock.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (one of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temp_dirs(target: Path) -> list[Path]:
    """Remove `<target>.loading-PID` and `<target>.old-PID` folders left by killed processes; returns them."""
    removed: list[Path] = []
    for kind in ("loading", "old"):
        for folder in target.parent.glob(f"{target.name}.{kind}-*"):
            pid = folder.name.rsplit("-", 1)[1]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed

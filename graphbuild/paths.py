"""Where the project's versioned data lives (gazetteers, lexicons, furniture patterns)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def data_dir() -> Path:
    """`$GRAPHBUILD_DATA`, else the `data/` folder next to the package (the repository layout)."""
    configured = os.environ.get("GRAPHBUILD_DATA")
    return Path(configured) if configured else PROJECT_DIR / "data"


def data_file(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


@cache
def load_yaml(*parts: str) -> Any:
    """A YAML data file, parsed once per process."""
    with data_file(*parts).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

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


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML has it: ~8x faster


@cache
def load_yaml(*parts: str) -> Any:
    """A YAML data file, parsed once per process."""
    return read_yaml(data_file(*parts))


def read_yaml(path: Path) -> Any:
    """A YAML file (safe loading)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=YAML_LOADER)

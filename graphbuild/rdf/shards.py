"""The RDF store of a Dask build, bulk-loaded from per-shard N-Quads.

Each worker writes its shard's article graphs as `graphs.nq` (article_bundle over the shard's own part: an
article's graph depends only on the article, its triples and the actors it mentions, all in the shard). The
build's RDF stage then bulk-loads the shards' files in order (pyoxigraph `Store.bulk_load`, parsed in Rust) into
a new store, adds the actors graph from the merged actors.jsonl and the ontology, and swaps it in: the same
quads as `load_output` over the merged output. A shard whose file was written with another build time
(SOURCE_DATE_EPOCH) or is missing has its quads made again from its JSONL.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyoxigraph import Quad, RdfFormat, Store, serialize

from graphbuild.rdf.incidents import all_incident_quads
from graphbuild.rdf.mapping import actor_quads, article_bundle
from graphbuild.rdf.store import (
    LoadReport,
    Output,
    RdfInputError,
    bulk_write,
    fixed_build_time,
    rebuild_store,
    store_path,
)

NQUADS_FILE = "graphs.nq"


def shard_quads(folder: Path, fixed_time: str | None) -> Iterator[Quad]:
    """The article graphs of a part (a shard folder with articles/triples/actors.jsonl)."""
    output = Output.read(folder)
    for article, triples in output.groups():
        yield from article_bundle(article, triples, output.mentioned_in(article.id), fixed_time)


def write_shard_nquads(folder: Path, fixed_time: str | None) -> int:
    """Write folder/graphs.nq; returns its quad count."""
    quads = list(shard_quads(folder, fixed_time))
    serialize(quads, str(folder / NQUADS_FILE), RdfFormat.N_QUADS)
    return len(quads)


def _rdf_time(folder: Path) -> Any:
    try:
        return json.loads((folder / "done.json").read_text(encoding="utf-8")).get("rdf_time", "unset")
    except (OSError, ValueError):
        return "unset"


def load_shards(out_dir: Path, folders: list[Path], fixed_time: str | None = None) -> LoadReport:
    """Build OUT/rdf from the shards' N-Quads (bulk load) and the merged actors.jsonl; replaces the store."""
    started = time.perf_counter()
    fixed_time = fixed_time or fixed_build_time()

    def fill(store: Store) -> None:
        for folder in folders:
            if (folder / NQUADS_FILE).exists() and _rdf_time(folder) == fixed_time:
                store.bulk_load(path=str(folder / NQUADS_FILE), format=RdfFormat.N_QUADS)
            else:
                bulk_write(store, shard_quads(folder, fixed_time))
        # every actor a triple names is in actors.jsonl in a build's output: no triple-only actors to add
        output = Output.read(out_dir, only=set())
        bulk_write(store, (quad for info in output.described_actors() for quad in actor_quads(info)))
        bulk_write(store, all_incident_quads(output.incidents()))  # the distinct events (events.jsonl)

    return rebuild_store(store_path(out_dir), fill, started)


def rdf_shards_stage(out_dir: Path, options: Any, summary: Any) -> dict[str, Any]:
    """The RDF post-stage of a Dask build: bulk-load the shards listed in OUT/shards/manifest.json."""
    from graphbuild.shards import SHARDS_DIR

    shards = out_dir / SHARDS_DIR
    names = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))["shards"]
    try:
        return load_shards(out_dir, [shards / name for name in names]).to_dict()
    except (OSError, RdfInputError) as error:
        return {"summary": f"failed: {error}", "error": str(error), "exit_code": 1}


rdf_shards_stage.stage_name = "rdf"  # type: ignore[attr-defined]

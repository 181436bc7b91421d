"""Parquet beside JSONL: `triples.parquet`, `articles.parquet`, `actors.parquet` of a part (a Dask shard).

The columns are fixed (the same schema in every shard, so `read_parquet('OUT/shards/*/triples.parquet')` in
DuckDB, pandas or Polars reads them all as one table): the fields analysts filter and group on, flattened
(`source_id`, `target_id`, ...), plus `record`, the whole JSON line, so no field is lost (fields added later
stay readable through it, e.g. DuckDB's `record->>'$.event_date'`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

Columns = list[tuple[str, str, pa.DataType]]  # (column, dotted path in the record, type)

TRIPLE_COLUMNS: Columns = [
    ("id", "id", pa.string()), ("article_id", "article_id", pa.string()), ("relation", "relation", pa.string()),
    ("source_id", "source.id", pa.string()), ("source_name", "source.name", pa.string()),
    ("source_type", "source.type", pa.string()), ("target_id", "target.id", pa.string()),
    ("target_name", "target.name", pa.string()), ("target_type", "target.type", pa.string()),
    ("trigger", "trigger.text", pa.string()), ("rule", "trigger.rule", pa.string()),
    ("negated", "negated", pa.bool_()), ("mode", "mode", pa.string()), ("date", "date", pa.string()),
    ("language", "language", pa.string()), ("confidence", "confidence", pa.float64()),
    ("cameo", "cameo", pa.string()), ("goldstein", "goldstein", pa.float64()),
    ("sentence", "sentence", pa.string()), ("sentence_start", "sentence_start", pa.int64()),
    ("extractor", "extractor", pa.string()),
]  # fmt: skip
ARTICLE_COLUMNS: Columns = [
    ("id", "id", pa.string()), ("title", "title", pa.string()), ("url", "url", pa.string()),
    ("date", "date", pa.string()), ("language", "language", pa.string()), ("origin", "origin", pa.string()),
    ("line", "line", pa.int64()), ("text", "text", pa.string()),
]  # fmt: skip
ACTOR_COLUMNS: Columns = [
    ("id", "id", pa.string()), ("name", "name", pa.string()), ("type", "type", pa.string()),
    ("iso3", "iso3", pa.string()), ("country", "country", pa.string()), ("wikidata", "wikidata", pa.string()),
    ("mentions", "mentions", pa.int64()), ("origin", "origin", pa.string()),
]  # fmt: skip
TABLES = {"triples": TRIPLE_COLUMNS, "articles": ARTICLE_COLUMNS, "actors": ACTOR_COLUMNS}
ROWS_PER_GROUP = 10_000


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def schema(columns: Columns) -> pa.Schema:
    return pa.schema([(name, kind) for name, _path, kind in columns] + [("record", pa.string())])


def _batches(path: Path, columns: Columns) -> Iterator[pa.RecordBatch]:
    table_schema = schema(columns)
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            row = {name: _get(record, dotted) for name, dotted, _kind in columns}
            row["record"] = line.rstrip("\n")
            rows.append(row)
            if len(rows) >= ROWS_PER_GROUP:
                yield pa.RecordBatch.from_pylist(rows, schema=table_schema)
                rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=table_schema)


def write_parquet(folder: Path) -> dict[str, int]:
    """Write NAME.parquet beside each NAME.jsonl of the folder (triples, articles, actors); rows per table."""
    written: dict[str, int] = {}
    for name, columns in TABLES.items():
        source = folder / f"{name}.jsonl"
        if not source.exists():
            continue
        written[name] = 0
        with pq.ParquetWriter(folder / f"{name}.parquet", schema(columns), compression="zstd") as writer:
            for batch in _batches(source, columns):
                writer.write_batch(batch)
                written[name] += batch.num_rows
    return written

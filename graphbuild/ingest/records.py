"""Record files (JSONL, CSV): records with their line numbers, and their fields checked.

A JSONL file is split on `\\n` only: U+2028, U+0085 and the other characters `str.splitlines` breaks on may stand
raw inside a JSON string. A field of the wrong type (a `lang` that is a number, a `title` that is an object) is
ignored with a warning, never passed on.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from graphbuild.model import InputError

RECORD_FIELDS = ("id", "title", "text", "url", "date", "lang")
CSV_DEFAULT_FIELD_LIMIT = 131_072  # the csv module's own default
CSV_MAX_FIELD_LIMIT = 2**31 - 1  # what a C long holds everywhere
OPTIONAL_STRINGS = ("title", "url", "date", "lang", "language")
_LANGUAGE_CODE = re.compile(r"\s*[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*\s*")

Record = tuple[int, dict[str, Any]]


def jsonl_records(name: str, text: str) -> Iterator[Record | InputError]:
    """(line number, object) per non-blank, non-`//` line, or an error for a line that is not a JSON object."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as error:
            yield InputError(name, f"not valid JSON: {error.msg} (column {error.colno})", number, kind="record")
            continue
        except (ValueError, RecursionError) as error:  # an integer of over 4,300 digits, nesting too deep
            yield InputError(name, f"JSON that cannot be read: {str(error).split(':')[0]}", number, kind="record")
            continue
        if not isinstance(record, dict):
            yield InputError(name, "a JSON object is expected on each line", number, kind="record")
            continue
        yield number, record


def csv_records(name: str, text: str, max_bytes: int) -> Iterator[Record | InputError]:
    """(line number, row by lower-cased column) per CSV row, or an error for a ragged row or a broken file."""
    _allow_fields_up_to(max_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [column.strip().lower() for column in reader.fieldnames or []]
    if "text" not in columns:
        yield InputError(name, f"CSV has no `text` column (columns: {', '.join(columns) or 'none'}; expected "
                               f"{', '.join(RECORD_FIELDS)})", 1, kind="record")
        return
    try:
        yield from _csv_rows(name, reader)
    except csv.Error as error:
        line = reader.reader.line_num  # the DictReader's own count stops at the last good row
        yield InputError(name, f"CSV cannot be read past this line: {error}", line, kind="record")


def _allow_fields_up_to(max_bytes: int) -> None:
    """Let the csv module read a field as long as the file may be (its default stops at 131,072 characters)."""
    limit = min(max(max_bytes, CSV_DEFAULT_FIELD_LIMIT), CSV_MAX_FIELD_LIMIT)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _csv_rows(name: str, reader: csv.DictReader[str]) -> Iterator[Record | InputError]:
    for row in reader:
        line = reader.line_num
        if None in row:
            yield InputError(name, "row has more fields than the header", line, kind="record")
            continue
        record = {key.strip().lower(): value for key, value in row.items() if key}
        if any(value is None for value in record.values()):
            yield InputError(name, "row has fewer fields than the header", line, kind="record")
            continue
        yield line, record


def json_type(value: Any) -> str:
    """How JSON calls the type of `value`: a number, a list, an object."""
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def checked_fields(record: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """The optional fields (`id`, `title`, `url`, `date`, `lang`) usable as strings, and what was wrong with the
    others; an empty or null field is simply absent. A number is a good `id`, a bad anything else."""
    fields: dict[str, str] = {}
    problems: list[str] = []
    identifier = record.get("id")
    if isinstance(identifier, int) and not isinstance(identifier, bool):
        identifier = str(identifier)
    for key, value in (("id", identifier), *((key, record.get(key)) for key in OPTIONAL_STRINGS)):
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            problems.append(f"`{key}` is {json_type(value)}, not a string: ignored")
        elif key in ("lang", "language") and not _LANGUAGE_CODE.fullmatch(value):
            problems.append(f"`{key}` {value[:20]!r} is not a language code: ignored")
        else:
            fields[key] = value
    return fields, problems

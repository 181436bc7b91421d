"""Readers per input format and the input walker.

Formats: `.txt`/`.md` (first non-empty line is the title), `.html`/`.htm` (trafilatura), `.jsonl` and
`.csv` (one article per record: id, title, text, url, date, lang), and `-` for stdin (format sniffed).
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from graphbuild.ingest.text import find_dateline, furniture_spans, guess_language, iter_lines, normalise
from graphbuild.model import Article, InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("id", "title", "text", "url", "date", "lang")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class IngestOptions:
    """How to read: forced language (`auto` to detect) and the size limit per file in bytes."""

    lang: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES


Item = Article | InputError


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Files in a stable order: a directory recursively (known suffixes only), a glob, `-` for stdin."""
    for raw in inputs:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "the pattern matches no file", kind="missing")
            for match in matches:
                yield from _walk(Path(match)) if Path(match).is_dir() else [Path(match)]
        else:
            yield InputError(raw, "no such file or directory", kind="missing")


def _walk(directory: Path) -> Iterator[Path | InputError]:
    def on_error(error: OSError) -> None:
        problems.append(InputError(str(error.filename or directory), f"cannot read directory: {error.strerror}",
                                   kind="unreadable"))

    problems: list[InputError] = []
    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs.sort()
        yield from problems
        problems.clear()
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            if path.suffix.lower() in KNOWN_SUFFIXES:
                yield path
            else:
                yield InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}", kind="format")
    yield from problems


def read_inputs(inputs: Iterable[str], options: IngestOptions | None = None) -> Iterator[Item]:
    """Every article of every input, or an `InputError` per rejected file or record, in input order."""
    options = options or IngestOptions()
    seen: set[str] = set()
    for entry in expand_inputs(inputs):
        if isinstance(entry, InputError):
            yield entry
            continue
        for item in _read_one(entry, options):
            if isinstance(item, Article):
                if item.id in seen:
                    yield InputError(item.origin, f"duplicate article id {item.id!r} (first one kept)",
                                     item.line, kind="duplicate")
                    continue
                seen.add(item.id)
            yield item


def _read_one(entry: Path | str, options: IngestOptions) -> Iterator[Item]:
    if entry == "-":
        name, data = "<stdin>", sys.stdin.buffer.read()
        suffix = _sniff_suffix(data)
        stem = "stdin"
    else:
        path = Path(entry)
        name, suffix, stem = str(path), path.suffix.lower(), path.stem
        try:
            size = path.stat().st_size
            if size > options.max_bytes:
                yield InputError(name, f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit "
                                       "(raise it with --max-bytes)", kind="too-large")
                return
            data = path.read_bytes()
        except OSError as error:
            yield InputError(name, f"cannot read file: {error.strerror or error}", kind="unreadable")
            return
    if suffix not in KNOWN_SUFFIXES:
        yield InputError(name, f"unsupported file type {suffix or '(none)'!r}", kind="format")
        return
    text = _decode(name, data)
    if isinstance(text, InputError):
        yield text
        return
    decoded, note = text
    if note:
        yield InputError(name, f"{note}; read with that encoding", kind="encoding", level="warning")
    if suffix in TEXT_SUFFIXES:
        yield from _read_text(name, stem, decoded, options)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(name, stem, decoded, options)
    elif suffix == ".csv":
        yield from _read_csv(name, stem, decoded, options)
    else:
        yield from _read_jsonl(name, stem, decoded, options)


def _sniff_suffix(data: bytes) -> str:
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"<"):
        return ".html"
    return ".txt"


def _decode(name: str, data: bytes) -> tuple[str, str | None] | InputError:
    """UTF-8, else the encoding charset-normalizer finds (noted as a warning); rejects empty/binary files."""
    if not data.strip():
        return InputError(name, "file is empty", kind="empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return InputError(name, "binary file (NUL bytes), not text", kind="binary")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            return InputError(name, f"not UTF-8 ({error.reason} at byte {error.start}) and no other encoding "
                                    "fits", kind="encoding")
        text = str(best)
        if _looks_binary(text):
            return InputError(name, "binary file, not text", kind="binary")
        return text, f"not UTF-8: decoded as {best.encoding}"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > len(sample) * 0.05


def _make_article(
    article_id: str,
    raw_text: str,
    origin: str,
    options: IngestOptions,
    *,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    lang: str | None = None,
    line: int | None = None,
    warnings: list[str] | None = None,
) -> Article:
    text = normalise(raw_text)
    body_start = 0
    if title is None:
        title, body_start = _first_line(text)
    language, _share = guess_language(text)
    if options.lang != "auto":
        language = options.lang
    elif lang:
        language = lang.strip().lower()[:2]
    article = Article(
        id=article_id, text=text, title=normalise(title).strip(), url=url or None,
        date=_clean_date(date), language=language, origin=origin, line=line, warnings=list(warnings or []),
    )
    if language not in ("en", "id"):
        article.warnings.append(f"language {language!r} is not supported (en, id): processed with English rules")
    article.excluded.extend(furniture_spans(text, language))
    found = find_dateline(text, body_start)
    if found:
        article.dateline, span = found
        article.excluded.append(span)
    article.excluded.sort(key=lambda span: (span.start, span.end))
    return article


def _first_line(text: str) -> tuple[str, int]:
    """The first non-empty line (the title) and where the body after it starts."""
    for _start, end, line in iter_lines(text):
        if line.strip():
            return line.strip().lstrip("#").strip(), end
    return "", 0


def _clean_date(value: Any) -> str | None:
    if not value:
        return None
    match = _DATE.match(str(value).strip())
    return match.group(0) if match else None


def _safe_id(value: str) -> str:
    return _ID_UNSAFE.sub("-", value).strip("-") or "article"


def _read_text(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    yield _make_article(_safe_id(stem), text, name, options)


def _read_html(name: str, stem: str, html: str, options: IngestOptions) -> Iterator[Item]:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    document = extracted.as_dict() if extracted is not None else None
    if not document or not (document.get("text") or "").strip():
        yield InputError(name, "no article text found in the HTML page", kind="empty")
        return
    title = (document.get("title") or "").strip()
    body = document["text"]
    text = f"{title}\n\n{body}" if title else body
    yield _make_article(
        _safe_id(stem), text, name, options, url=document.get("url"), date=document.get("date"),
    )


def _record_article(
    name: str, stem: str, record: dict[str, Any], line: int, options: IngestOptions
) -> Item:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(name, "record has no `text` (or it is empty)", line, kind="record")
    article_id = _safe_id(str(record.get("id") or f"{stem}-{line}"))
    title = record.get("title")
    if not title:
        title, _ = _first_line(normalise(text))
    return _make_article(
        article_id, text, name, options, title=str(title), url=record.get("url"),
        date=record.get("date"), lang=record.get("lang") or record.get("language"), line=line,
    )


def _read_jsonl(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as error:
            yield InputError(name, f"not valid JSON: {error.msg} (column {error.colno})", number, kind="record")
            continue
        if not isinstance(record, dict):
            yield InputError(name, "a JSON object is expected on each line", number, kind="record")
            continue
        yield _record_article(name, stem, record, number, options)


def _read_csv(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [column.strip().lower() for column in reader.fieldnames or []]
    if "text" not in columns:
        yield InputError(name, f"CSV has no `text` column (columns: {', '.join(columns) or 'none'}; expected "
                               f"{', '.join(RECORD_FIELDS)})", 1, kind="record")
        return
    for row in reader:
        line = reader.line_num
        if None in row:
            yield InputError(name, "row has more fields than the header", line, kind="record")
            continue
        record = {key.strip().lower(): value for key, value in row.items() if key}
        if any(value is None for value in record.values()):
            yield InputError(name, "row has fewer fields than the header", line, kind="record")
            continue
        yield _record_article(name, stem, record, line, options)

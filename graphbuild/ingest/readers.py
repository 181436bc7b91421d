"""Readers per input format and the input walker.

Formats: `.txt`/`.md` (first non-empty line is the title), `.html`/`.htm` (trafilatura), `.jsonl` and
`.csv` (one article per record: id, title, text, url, date, lang), and `-` for stdin (format sniffed).
"""

from __future__ import annotations

import glob
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphbuild.ingest.decode import decode
from graphbuild.ingest.names import display_path, safe_id
from graphbuild.ingest.records import Record, checked_fields, csv_records, json_type, jsonl_records
from graphbuild.ingest.text import (
    character_repairs,
    find_dateline,
    furniture_spans,
    guess_language,
    iter_lines,
    normalise,
)
from graphbuild.lang import UNDETERMINED, fallback_pack, has_pack, supported_languages
from graphbuild.model import Article, InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's `nlp.max_length`: a longer text would stop the NLP stage
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"))


@dataclass(frozen=True)
class IngestOptions:
    """How to read: forced language (`auto` to detect), the size limit per file in bytes and the length limit
    per article (and title) in characters."""

    lang: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = MAX_ARTICLE_CHARS


Item = Article | InputError


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Files in a stable order: a directory recursively (known suffixes only), a glob, `-` for stdin."""
    for raw in inputs:
        if raw == "-":
            yield "-"
            continue
        try:
            yield from _expand(raw)
        except (OSError, ValueError) as error:  # a name too long, a NUL in the name
            reason = getattr(error, "strerror", None) or str(error)
            yield InputError(display_path(raw[:200]), f"cannot read path: {reason}", kind="unreadable")


def _expand(raw: str) -> Iterator[Path | InputError]:
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield path
    elif glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield InputError(display_path(raw), "the pattern matches no file", kind="missing")
        for match in matches:
            yield from _walk(Path(match)) if Path(match).is_dir() else [Path(match)]
    else:
        yield InputError(display_path(raw), "no such file or directory", kind="missing")


def _walk(directory: Path) -> Iterator[Path | InputError]:
    def on_error(error: OSError) -> None:
        problems.append(InputError(display_path(str(error.filename or directory)),
                                   f"cannot read directory: {error.strerror}", kind="unreadable"))

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
                yield InputError(display_path(str(path)), f"unsupported file type {path.suffix or '(none)'!r}",
                                 kind="format")
    yield from problems


def count_inputs(inputs: Iterable[str]) -> tuple[int, int | None]:
    """(files, articles) the inputs hold, for a progress bar's totals: a JSONL file counts its non-blank lines,
    a CSV file its lines but the header (a quoted line break makes that an overestimate), any other file one.
    Articles are None when stdin is an input (it cannot be read twice)."""
    files, articles = 0, 0
    for entry in expand_inputs(inputs):
        if entry == "-":
            return files, None
        if not isinstance(entry, Path):
            continue
        files += 1
        suffix = entry.suffix.lower()
        if suffix not in RECORD_SUFFIXES:
            articles += 1
            continue
        try:
            with entry.open("rb") as handle:
                lines = sum(1 for line in handle if line.strip())
        except OSError:
            continue
        articles += max(0, lines - 1) if suffix == ".csv" else lines
    return files, articles


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
    loaded = _load(entry, options)
    if isinstance(loaded, InputError):
        yield loaded
        return
    name, suffix, stem, data = loaded
    text = decode(name, data, whole=suffix not in RECORD_SUFFIXES)
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


def _load(entry: Path | str, options: IngestOptions) -> tuple[str, str, str, bytes] | InputError:
    """(name to show, format suffix, stem for ids, bytes) of a file or stdin."""
    if entry == "-":
        data = sys.stdin.buffer.read()
        return "<stdin>", _sniff_suffix(data), "stdin", data
    path = Path(entry)
    name, suffix = display_path(str(path)), path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        return InputError(name, f"unsupported file type {suffix or '(none)'!r}", kind="format")
    data = _read_file(path, name, options)
    return data if isinstance(data, InputError) else (name, suffix, path.stem, data)


def _read_file(path: Path, name: str, options: IngestOptions) -> bytes | InputError:
    """The bytes of a regular file within the size limit; a named pipe, device or socket is never opened (reading
    one could wait forever)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            special = next((what for test, what in _SPECIAL_FILES if test(info.st_mode)), "a special file")
            return InputError(name, f"not a regular file ({special}): skipped", kind="special")
        if info.st_size > options.max_bytes:
            return InputError(name, f"file is {info.st_size:,} bytes, over the {options.max_bytes:,}-byte limit "
                                    "(raise it with --max-bytes)", kind="too-large")
        return path.read_bytes()
    except OSError as error:
        return InputError(name, f"cannot read file: {error.strerror or error}", kind="unreadable")


def _sniff_suffix(data: bytes) -> str:
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"<"):
        return ".html"
    return ".txt"


def _article_items(
    article_id: str,
    raw_text: str,
    origin: str,
    options: IngestOptions,
    *,
    line: int | None = None,
    problems: Iterable[str] = (),
    **fields: str | None,
) -> Iterator[Item]:
    """The article (`fields`: title, url, date, lang), after a warning for each kind of repair made to it; or
    an error when it is longer than the NLP stage takes."""
    text = normalise(raw_text)
    too_long = _too_long(text, fields.get("title"), options.max_chars)
    if too_long:
        yield InputError(origin, too_long, line, kind="too-long")
        return
    problems = list(problems)
    if problems:
        yield InputError(origin, "; ".join(problems), line, kind="field", level="warning")
    repairs = character_repairs(raw_text, *fields.values())
    if repairs:
        yield InputError(origin, "; ".join(repairs), line, kind="characters", level="warning")
    yield make_article(article_id, text, origin, options, line=line, **fields)


def _too_long(text: str, title: str | None, limit: int) -> str | None:
    for what, length in (("article", len(text)), ("title", len(normalise(title or "")))):
        if length > limit:
            return f"{what} too long: {length:,} characters, limit {limit:,}"
    return None


def make_article(
    article_id: str,
    text: str,
    origin: str,
    options: IngestOptions,
    *,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    lang: str | None = None,
    line: int | None = None,
) -> Article:
    """An article as every reader makes it: its language (given, or guessed), a warning for a language without a
    pack, and its page furniture and dateline marked as excluded text (searched after the title line when `title` is
    None, from the start otherwise)."""
    body_start = 0
    if title is None:
        title, body_start = _first_line(text)
    language, share = guess_language(text)
    source = f"guessed from the text, {share:.0%} function words"
    if options.lang != "auto":
        language, source = options.lang, "from --lang"
    elif lang:
        language, source = lang.strip().lower()[:2], "from the record's lang field"
    article = Article(
        id=article_id, text=text, title=normalise(title).strip(), url=normalise(url).strip() if url else None,
        date=_clean_date(date), language=language, origin=origin, line=line,
    )
    if not has_pack(language):
        named = repr(language) if language != UNDETERMINED else "undetermined ('und')"
        article.warnings.append(f"language {named} ({source}) has no language pack ({', '.join(supported_languages())})"
                                f": processed with {fallback_pack().name} rules, expect few or no triples")
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


def _read_text(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    yield from _article_items(safe_id(stem), text, name, options)


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
    yield from _article_items(safe_id(stem), text, name, options, url=document.get("url"), date=document.get("date"))


def _record_items(name: str, stem: str, record: dict[str, Any], line: int, options: IngestOptions) -> Iterator[Item]:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        empty = text is None or isinstance(text, str)
        reason = "has no `text` (or it is empty)" if empty else f"`text` is {json_type(text)}, not a string"
        yield InputError(name, f"record {reason}", line, kind="record")
        return
    fields, problems = checked_fields(record)
    title = fields.get("title") or _first_line(normalise(text))[0]
    yield from _article_items(
        safe_id(fields.get("id") or f"{stem}-{line}"), text, name, options, line=line, problems=problems,
        title=title, url=fields.get("url"), date=fields.get("date"), lang=fields.get("lang") or fields.get("language"),
    )


def _read_records(name: str, stem: str, records: Iterator[Record | InputError], options: IngestOptions
                  ) -> Iterator[Item]:  # fmt: skip
    for item in records:
        if isinstance(item, InputError):
            yield item
        else:
            line, record = item
            yield from _record_items(name, stem, record, line, options)


def _read_jsonl(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    yield from _read_records(name, stem, jsonl_records(name, text), options)


def _read_csv(name: str, stem: str, text: str, options: IngestOptions) -> Iterator[Item]:
    yield from _read_records(name, stem, csv_records(name, text, options.max_bytes), options)

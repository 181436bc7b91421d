"""Hostile and malformed input (issue 10, Input): each gives an error or warning naming file[:line], the rest of
the run is kept, and nothing crashes or hangs."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graphbuild.ingest import MAX_ARTICLE_CHARS, normalise
from graphbuild.ingest.decode import looks_western
from graphbuild.ingest.records import csv_records
from graphbuild.model import dumps
from tests.test_ingest import articles_and_errors

ROOT = Path(__file__).parents[1]
GOOD = "Ghana thanked Nigeria for its aid on Monday."


def write_jsonl(path: Path, rows: list[dict[str, object]], raw_line: str = "") -> Path:
    """Rows as JSON lines (non-ASCII escaped, so a lone surrogate is written as `\\ud800`), then `raw_line`."""
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + raw_line, "utf-8")
    return path


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging for ever."""

    def expired(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still reading after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_jsonl_fields_of_the_wrong_type_are_ignored_with_one_warning(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "lang-number", "text": GOOD, "lang": 5},
        {"id": "url-list", "text": GOOD, "url": ["https://a.example"]},
        {"id": "title-object", "text": GOOD, "title": {"en": "x"}, "date": 20240102},
        {"id": ["a"], "text": GOOD, "lang": "\ud800"},
        {"id": 7, "text": GOOD, "title": "Fine", "url": "https://b.example", "date": "2024-01-02", "lang": "en"},
        {"id": "text-list", "text": ["not", "text"]},
    ])  # fmt: skip
    articles, errors = articles_and_errors([str(path)])
    assert [a.id for a in articles] == ["lang-number", "url-list", "title-object", "feed-4", "7"]
    assert all(a.language == "en" and a.url is None and a.date is None for a in articles[:4])
    assert articles[2].title == GOOD
    assert (articles[4].url, articles[4].date, articles[4].title) == ("https://b.example", "2024-01-02", "Fine")
    by_line = {e.line: e for e in errors}
    assert sorted(by_line) == [1, 2, 3, 4, 6]
    assert all(e.level == "warning" and e.kind == "field" for line, e in by_line.items() if line != 6)
    assert str(by_line[1]) == f"{path}:1: `lang` is a number, not a string: ignored"
    assert "`url` is a list" in by_line[2].reason
    assert "`title` is an object" in by_line[3].reason and "`date` is a number" in by_line[3].reason
    assert "`id` is a list" in by_line[4].reason and "not a language code" in by_line[4].reason
    assert by_line[6].level == "error" and "`text` is a list, not a string" in by_line[6].reason
    for item in [*articles, *errors]:
        dumps(item.to_dict()).encode("utf-8")  # every record can be written


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_line_separators_inside_a_json_string_keep_the_record(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": f"Ghana thanked{separator}Nigeria."}, ensure_ascii=False)
                    + "\n" + json.dumps({"id": "b", "text": GOOD}) + "\n", "utf-8")  # fmt: skip
    assert separator in path.read_text("utf-8")  # raw, not escaped
    articles, errors = articles_and_errors([str(path)])
    assert not errors
    assert [(a.id, a.line) for a in articles] == [("a", 1), ("b", 2)]
    assert articles[0].text == "Ghana thanked\nNigeria."


def test_control_characters_and_xml_noncharacters_are_replaced_with_a_warning(tmp_path: Path) -> None:
    assert normalise("a\x00b\x07c\x1b[31md\x7fe\x9ff\tg\x0ch") == "a b c [31md e f\tg\nh"
    assert normalise("a\ufffeb\uffffc\ufdd0") == "a\ufffdb\ufffdc\ufdd0"  # U+FDD0 is fine in XML
    path = tmp_path / "ctrl.txt"
    path.write_text("Title\x01\n\nRussia\x07 attacked Ukraine.\x1b[0m\n", "utf-8")
    [article], [warning] = articles_and_errors([str(path)])
    assert article.text == "Title \n\nRussia  attacked Ukraine. [0m\n" and article.title == "Title"
    assert (warning.level, warning.kind) == ("warning", "characters")
    assert str(warning) == f"{path}: 3 control characters replaced with spaces"
    path.write_text("Title\n\nRussia\uffff attacked Ukraine.\n", "utf-8")
    [article], [warning] = articles_and_errors([str(path)])
    assert str(warning) == f"{path}: 1 noncharacter replaced with U+FFFD" and "\uffff" not in article.text


def test_lone_surrogate_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s", "title": "T\\udc00", "text": "Ghana \\ud800 thanked Nigeria \\ud83d\\ude00."}\n')
    [article], [warning] = articles_and_errors([str(path)])
    assert article.text == "Ghana \ufffd thanked Nigeria \U0001f600." and article.title == "T\ufffd"
    assert str(warning) == f"{path}:1: 2 lone surrogates replaced with U+FFFD" and warning.level == "warning"
    dumps(article.to_dict()).encode("utf-8")


def test_nul_after_the_first_8_kb_of_a_text_file_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes(b"Title\n\n" + b"Ghana thanked Nigeria. " * 1000 + b"\x00\x00more")
    articles, [error] = articles_and_errors([str(path)])
    assert not articles and error.kind == "binary"


def test_nul_late_in_a_record_file_rejects_only_that_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = [json.dumps({"id": f"g{n}", "text": GOOD}) for n in range(300)]
    path.write_bytes(("\n".join(good) + '\n{"id": "nul", "text": "a\x00b"}\n').encode())
    articles, [error] = articles_and_errors([str(path)])
    assert len(articles) == 300 and (error.line, error.kind) == (301, "record")


def test_json_too_deep_or_with_a_huge_integer_rejects_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(f'{{"id": {"1" * 5000}, "text": "x"}}\n{{"a": {"[" * 100_000}{"]" * 100_000}, "text": "x"}}\n'
                    f'{{"id": "ok", "text": "{GOOD}"}}\n{{"id": "zero", "text": 0}}\n', "utf-8")  # fmt: skip
    articles, errors = articles_and_errors([str(path)])
    assert [a.id for a in articles] == ["ok"]
    assert [(e.line, e.kind) for e in errors] == [(1, "record"), (2, "record"), (4, "record")]
    assert "4300 digits" in errors[0].reason and "recursion" in errors[1].reason
    assert errors[2].reason == "record `text` is a number, not a string"


def test_csv_field_over_131072_characters_is_read(tmp_path: Path) -> None:
    text = "Ghana thanked Nigeria for its aid. " * 6000  # 210,000 characters
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["big", text], ["small", GOOD]])
    articles, errors = articles_and_errors([str(path)])
    assert not errors
    assert [(a.id, len(a.text)) for a in articles] == [("big", len(text)), ("small", len(GOOD))]


def test_csv_field_over_the_limit_is_an_error_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = csv.field_size_limit()
    monkeypatch.setattr("graphbuild.ingest.records.CSV_DEFAULT_FIELD_LIMIT", 100)
    try:
        csv.field_size_limit(100)
        rows = list(csv_records("x.csv", f"id,text\na,{GOOD}\nb,{'x' * 200}\nc,{GOOD}\n", max_bytes=150))
    finally:
        csv.field_size_limit(previous)
    assert rows[0] == (2, {"id": "a", "text": GOOD})
    assert "field larger than field limit" in rows[1].reason and rows[1].line == 3  # type: ignore[union-attr]


def test_article_over_the_nlp_length_limit_is_rejected_with_file_and_line(tmp_path: Path) -> None:
    import spacy

    assert spacy.blank("en").max_length == MAX_ARTICLE_CHARS
    long_text = "Ghana thanked Nigeria. " * (MAX_ARTICLE_CHARS // 23 + 1)
    path = write_jsonl(tmp_path / "feed.jsonl", [{"id": "long", "text": long_text}, {"id": "ok", "text": GOOD},
                                                 {"id": "long-title", "title": "T" * (MAX_ARTICLE_CHARS + 1),
                                                  "text": GOOD}])  # fmt: skip
    (tmp_path / "long.txt").write_text(long_text, "utf-8")
    articles, errors = articles_and_errors([str(tmp_path)])
    assert [a.id for a in articles] == ["ok"]
    assert [(Path(e.path).name, e.line, e.kind) for e in errors] == [
        ("feed.jsonl", 1, "too-long"), ("feed.jsonl", 3, "too-long"), ("long.txt", None, "too-long")]
    assert str(errors[0]) == (f"{path}:1: article too long: {len(long_text):,} characters, "
                              f"limit {MAX_ARTICLE_CHARS:,}")  # fmt: skip
    assert errors[1].reason.startswith("title too long")


def test_named_pipe_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(f"Title\n\n{GOOD}\n", "utf-8")
    with deadline(20):
        articles, [error] = articles_and_errors([str(tmp_path)])
    assert [a.id for a in articles] == ["good"]
    assert error.kind == "special"
    assert str(error) == f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe): skipped"


def test_non_latin_file_names_get_distinct_ids(tmp_path: Path) -> None:
    names = ["Россия.txt", "北京.txt", "Ελλάδα.txt", unicodedata.normalize("NFD", "Perú.txt"), "🙂.txt", "!!!.txt",
             "a b.txt"]  # fmt: skip
    for name in names:
        (tmp_path / name).write_text(f"Title\n\n{GOOD}\n", "utf-8")
    articles, errors = articles_and_errors([str(tmp_path)])
    assert not errors
    ids = {Path(a.origin).name: a.id for a in articles}
    assert ids["Россия.txt"] == "Россия" and ids["北京.txt"] == "北京" and ids["Ελλάδα.txt"] == "Ελλάδα"
    assert ids[unicodedata.normalize("NFD", "Perú.txt")] == "Perú" and ids["a b.txt"] == "a-b"
    assert ids["🙂.txt"].startswith("article-") and ids["!!!.txt"].startswith("article-")
    assert len(set(ids.values())) == len(names)
    assert articles_and_errors([str(tmp_path)])[0] == articles  # stable


def test_paths_with_control_characters_or_undecodable_bytes_are_escaped(tmp_path: Path) -> None:
    (tmp_path / "\x1b[31mred.txt").write_text(f"Title\n\n{GOOD}\n", "utf-8")
    (tmp_path / "\x1b[2Jwipe.png").write_bytes(b"\x89PNG")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(f"Title\n\n{GOOD}\n", "utf-8")  # a Latin-1 name
    articles, errors = articles_and_errors([str(tmp_path), str(tmp_path / "\x07gone.txt")])
    origins = sorted(a.origin for a in articles)
    assert origins == [f"{tmp_path}/\\x1b[31mred.txt", f"{tmp_path}/caf\\xe9.txt"]
    shown = [str(e) for e in errors]
    assert shown == [f"{tmp_path}/\\x1b[2Jwipe.png: unsupported file type '.png'",
                     f"{tmp_path}/\\x07gone.txt: no such file or directory"]  # fmt: skip
    for item in [*articles, *errors]:
        written = dumps(item.to_dict())
        written.encode("utf-8")
        assert "\x1b" not in written and "\x07" not in written


def test_unusable_path_arguments_are_errors(tmp_path: Path) -> None:
    articles, errors = articles_and_errors(["x" * 5000, "a\x00b.txt"])
    assert not articles
    assert [e.kind for e in errors] == ["unreadable", "missing"]
    assert "too long" in errors[0].reason and str(errors[1]) == "a\\x00b.txt: no such file or directory"


def test_short_latin1_file_is_read_as_cp1252_and_the_warning_says_so(tmp_path: Path) -> None:
    text = "Título\n\nLa reunión fue útil. España y Perú — “sí”.\n"
    (tmp_path / "es.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "ru.txt").write_bytes("Россия и Китай подписали соглашение в Пекине.\n".encode("cp1251"))
    (tmp_path / "pl.txt").write_bytes("Polska i Niemcy podpisały umowę w Warszawie.\n".encode("cp1250"))
    articles, errors = articles_and_errors([str(tmp_path)])
    texts = {a.id: a.text for a in articles}
    assert texts["es"] == text
    assert texts["ru"].startswith("Россия") and texts["pl"].startswith("Polska i Niemcy podpisały")
    notes = {Path(e.path).stem: e.reason for e in errors}
    assert all(e.level == "warning" and e.kind == "encoding" for e in errors)
    assert notes["es"].startswith("not UTF-8: decoded as cp1252")
    assert "cp1252" not in notes["ru"] and "cp1252" not in notes["pl"]


@pytest.mark.parametrize(
    ("text", "western"),
    [
        ("Größe Übung für Bürger an der Straße.", True),
        ("Le président a dit « ça va » — c’est ça… ¿Qué? 20°C, 5 €", True),
        ("Rosja: Wa³êsa", False),  # cp1250 `Wałęsa`
        ("£ódŸ", False),  # cp1250 `Łódź`
        ("anlaþma imzaladý", False),  # cp1254 `anlaşma imzaladı`
        ("Ðîññèÿ è Êèòàé", False),  # cp1251
        ("a\x01b", False),
    ],
)
def test_looks_western(text: str, western: bool) -> None:
    assert looks_western(text) is western


def test_hostile_folder_builds_with_exit_2_and_valid_exports(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / "feed.jsonl", [
        {"id": "lang", "text": "Russia attacked Ukraine on Monday.", "lang": 5, "url": ["x"]},
        {"id": "ctrl", "text": "Russia\x01 attacked\x07 Ukraine on Monday.\x1b[31m Russia condemned\uffff Ukraine."},
        {"id": "surrogate", "text": "Russia attacked Ukraine \ud800 on Monday."},
    ], raw_line='{"id": "separator", "text": "Russia attacked\u2028Ukraine on Monday."}\n')  # fmt: skip
    (inputs / "long.txt").write_text("Russia attacked Ukraine. " * (MAX_ARTICLE_CHARS // 25 + 1), "utf-8")
    (inputs / "Россия.txt").write_text("Title\n\nRussia attacked Ukraine on Monday.\n", "utf-8")
    (inputs / "北京.txt").write_text("Title\n\nChina condemned Japan on Monday.\n", "utf-8")
    (inputs / "\x1b[31mred.txt").write_text("Title\n\nChina condemned Japan on Monday.\n", "utf-8")
    os.mkfifo(inputs / "pipe.jsonl")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(inputs), "--out", str(out), "--no-rdf",
                             "--parser", "none"], capture_output=True, text=True, cwd=ROOT, timeout=600)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    articles = [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert sorted(articles) == sorted(["lang", "ctrl", "surrogate", "separator", "Россия", "北京", "31mred"])
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert sorted((Path(e["path"]).name, e["line"], e["kind"]) for e in errors) == [
        ("feed.jsonl", 1, "field"), ("feed.jsonl", 2, "characters"), ("feed.jsonl", 3, "characters"),
        ("long.txt", None, "too-long"), ("pipe.jsonl", None, "special")]  # fmt: skip
    assert (out / "triples.jsonl").read_text("utf-8").strip()
    for name in ("graph.graphml", "graph.gexf"):
        ET.parse(out / name)  # well-formed XML, not a 0-byte file

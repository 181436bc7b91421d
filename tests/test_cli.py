"""The CLI end to end, through a subprocess, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_ingest import make_bad_inputs

ROOT = Path(__file__).parents[1]
SAMPLES = ROOT / "data" / "samples"
OUTPUTS = ("articles.jsonl", "triples.jsonl", "actors.jsonl", "errors.jsonl", "summary.json")


def graphbuild(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True,
                          input=stdin, cwd=ROOT, timeout=600)


def test_build_writes_every_output_and_exits_0(tmp_path: Path) -> None:
    result = graphbuild("build", str(SAMPLES / "kontan-kim-putin.txt"), "--out", str(tmp_path), "--no-rdf",
                        "--no-exports")
    assert result.returncode == 0, result.stderr
    for name in OUTPUTS:
        assert (tmp_path / name).is_file(), name
    summary = json.loads((tmp_path / "summary.json").read_text("utf-8"))
    assert summary["articles"] == 1 and summary["errors"] == 0 and summary["exit_code"] == 0
    assert summary["languages"] == {"id": 1}
    assert "parser" in summary["extractor"]
    assert "articles" in result.stderr  # the one-screen summary


def test_bad_inputs_exit_2_are_listed_and_good_ones_processed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    expected = make_bad_inputs(inputs)
    out = tmp_path / "out"
    result = graphbuild("build", str(inputs), "--out", str(out), "--max-bytes", "1000", "--no-rdf", "--no-exports")
    assert result.returncode == 2, result.stderr
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    named = {Path(error["path"]).name for error in errors}
    assert set(expected) <= named
    assert {"lines.jsonl"} <= named
    articles = [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert sorted(articles) == ["good", "latin1", "ok-1"]
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["errors"] == len(errors) and summary["exit_code"] == 2
    assert "error:" in result.stderr


def test_two_runs_give_identical_outputs(tmp_path: Path) -> None:
    for name in ("a", "b"):
        result = graphbuild("build", str(SAMPLES), "--out", str(tmp_path / name), "--no-rdf", "--no-exports", "-q")
        assert result.returncode == 0, result.stderr
    for name in ("articles.jsonl", "triples.jsonl", "actors.jsonl", "errors.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_stdin_input(tmp_path: Path) -> None:
    text = "Fiji Thanks Australia\n\nFiji thanked Australia for its help after the cyclone.\n"
    result = graphbuild("extract", "-", "--out", str(tmp_path), "-q", stdin=text)
    assert result.returncode == 0, result.stderr
    article = json.loads((tmp_path / "articles.jsonl").read_text("utf-8"))
    assert article["id"] == "stdin" and article["title"] == "Fiji Thanks Australia"


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    result = graphbuild("build", str(SAMPLES), "--out", str(tmp_path), "--lang", "fr")
    assert result.returncode == 2
    assert "--lang" in result.stderr


def commands() -> list[str]:
    import typer.main

    from graphbuild.cli import app

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = graphbuild(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Example" in result.stdout


def test_an_article_in_a_language_without_a_pack_is_named_with_its_record_and_guessed_language(
        tmp_path: Path) -> None:  # fmt: skip
    records = [
        {"id": "en-1", "title": "Russia and Ukraine", "text": "Russia attacked Ukraine on Monday, the ministry said."},
        {"id": "id-1", "title": "Rusia", "text": "Rusia menyerang Ukraina pada hari Senin, kata kementerian itu."},
        {"id": "fr-1", "title": "La Russie", "text": "La Russie a attaqué l'Ukraine lundi, selon le ministère. Le "
         "président de la République a rencontré le chancelier allemand à Paris."},
    ]  # fmt: skip
    source = tmp_path / "mixed.jsonl"
    source.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8")
    result = graphbuild("extract", str(source), "--out", str(tmp_path / "out"), "--parser", "none")
    assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert summary["languages"] == {"en": 1, "fr": 1, "id": 1}
    [warning] = summary["warnings"]
    assert warning.startswith(f"{source}:3: article 'fr-1': language 'fr' (guessed from the text")
    assert "has no language pack (en, id)" in warning
    assert f"warning: {warning}" in result.stderr  # printed on one line

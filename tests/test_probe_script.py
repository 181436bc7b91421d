"""scripts/probe.py: hand-written probe sentences against the triples their writer expects."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "probe.py"


def _probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compare_takes_any_listed_relation_and_counts_misses_and_extras() -> None:
    probe = _probe()
    found = {("Japan", "CONSULT", "China"), ("China", "ACCUSE", "Japan")}
    matched, missed, extra = probe.compare([("Japan", "AGREE|CONSULT", "China"), ("China", "REJECT", "Japan")], found)
    assert matched == {("Japan", "CONSULT", "China")}
    assert missed == [("China", "REJECT", "Japan")]
    assert extra == {("China", "ACCUSE", "Japan")}


def test_reverse_optional_leaves_out_only_the_reverse_of_an_expected_triple() -> None:
    """`--reverse-optional`: the second direction of an expected meeting is no false positive (gold marks it
    optional); any other extra still is."""
    probe = _probe()
    expected = [("Japan", "CONSULT", "China")]
    extra = {("China", "CONSULT", "Japan"), ("China", "ACCUSE", "Japan"), ("Japan", "CONSULT", "Korea")}
    assert probe.reverses(expected, extra) == {("China", "CONSULT", "Japan")}


def test_a_malformed_item_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"lang": "en", "text": "Fine.", "expect": []}\n{"lang": "en", "text": "No expect"}\n')
    with pytest.raises(SystemExit, match=r"bad\.jsonl:2: not a labelled text"):
        _probe().read_items(path)


def test_the_script_scores_a_probe_file_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "probe.jsonl"
    items = [{"lang": "en", "date": "2023-09-13", "text": "Russian President Vladimir Putin met North Korean leader "
              "Kim Jong Un at a space centre in Russia's Far East on Wednesday.",
              "expect": [["Vladimir Putin", "CONSULT", "Kim Jong Un"], ["Kim Jong Un", "CONSULT", "Vladimir Putin"]]},
             {"lang": "en", "date": "2023-09-13", "text": "The weather in Moscow was mild on Wednesday.", "expect": []}]
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, check=True)
    assert "2 texts, tp 2 fp 0 fn 0, P 1.000 R 1.000 F1 1.000" in done.stdout


def test_the_dateline_is_no_actor_and_a_negated_triple_is_no_event(tmp_path: Path) -> None:
    path = tmp_path / "probe.jsonl"
    items = [{"lang": "en", "date": "2023-05-22", "text": "BRUSSELS - The European Union imposed new sanctions on Iran "
              "on Monday over its supply of drones.", "expect": [["European Union", "SANCTION", "Iran"]]},
             {"lang": "en", "date": "2023-05-22", "text": "Brazil did not condemn Russia in its statement to the "
              "General Assembly on Monday.", "expect": []}]
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, check=True)
    assert "2 texts, tp 1 fp 0 fn 0, P 1.000 R 1.000 F1 1.000" in done.stdout

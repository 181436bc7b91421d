"""The evaluator: the contract's scoring rules on a small gold file of our own, figures computed by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graphbuild.evaluate import evaluate

PERU = {"name": "Peru", "type": "Country", "iso3": "PER"}
CHILE = {"name": "Chile", "type": "Country", "iso3": "CHL"}
BOLIVIA = {"name": "Bolivia", "type": "Country", "iso3": "BOL"}
BOLUARTE = {"name": "Dina Boluarte", "type": "Person", "country": "PER", "aliases": ["Boluarte"]}

GOLD = [
    {"article_id": "a1", "source": PERU, "relation": "AGREE", "target": CHILE, "optional": False},
    {"article_id": "a1", "source": CHILE, "relation": ["AGREE", "COOPERATE"], "target": PERU, "optional": False},
    {"article_id": "a1", "source": PERU, "relation": "CONSULT", "target": BOLIVIA, "optional": True},
    {"article_id": "a2", "source": BOLUARTE, "relation": "ACCUSE", "target": BOLIVIA, "optional": False},
]


def pred(article: str, source: dict, relation: str, target: dict, negated: bool = False) -> dict:
    return {"article_id": article, "source": source, "relation": relation, "target": target, "negated": negated}


PREDICTIONS = [
    pred("a1", PERU, "AGREE", CHILE),  # tp
    pred("a1", PERU, "AGREE", CHILE),  # duplicate: counted once
    pred("a1", CHILE, "COOPERATE", PERU),  # tp (one of the listed types)
    pred("a1", PERU, "CONSULT", BOLIVIA),  # optional: neutral
    pred("a1", BOLIVIA, "ASSAULT", PERU),  # fp
    pred("a2", {"name": "Peru", "type": "Country", "iso3": "PER"}, "ACCUSE", BOLIVIA),  # fp at actor, tp at dyad
    pred("a2", BOLUARTE, "THREATEN", BOLIVIA, negated=True),  # negated: ignored
    pred("zz", PERU, "AGREE", CHILE),  # outside the gold articles
]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("// comment line\n" + "\n".join(json.dumps(row) for row in rows) + "\n", "utf-8")
    return path


def test_scores_by_hand(tmp_path: Path) -> None:
    result = evaluate([write(tmp_path / "g.jsonl", GOLD)], write(tmp_path / "p.jsonl", PREDICTIONS))
    actor, dyad = result.scores["actor"], result.scores["dyad"]
    assert (actor.true_positives, actor.false_positives, actor.gold_found, actor.gold_required) == (2, 2, 2, 3)
    assert (dyad.true_positives, dyad.false_positives, dyad.gold_found, dyad.gold_required) == (3, 1, 3, 3)
    assert round(actor.precision, 4) == 0.5 and round(actor.recall, 4) == 0.6667
    assert result.pred_rows_outside_gold == 1
    assert [article for article, _ in actor.misses] == ["a2"]


def test_person_matches_by_alias_and_state_never_matches_a_person(tmp_path: Path) -> None:
    gold = [{"article_id": "a", "source": BOLUARTE, "relation": "ACCUSE", "target": CHILE, "optional": False},
            {"article_id": "a", "source": CHILE, "relation": "REJECT", "target": PERU, "optional": False}]
    preds = [pred("a", {"name": "boluarte", "type": "Person"}, "ACCUSE", CHILE),
             pred("a", CHILE, "REJECT", {"name": "Peru", "type": "Person", "iso3": "PER"})]
    result = evaluate([write(tmp_path / "g.jsonl", gold)], write(tmp_path / "p.jsonl", preds), ["actor"])
    assert result.scores["actor"].gold_found == 1


def test_cli_prints_lines_and_json(tmp_path: Path) -> None:
    gold, preds = write(tmp_path / "g.jsonl", GOLD), write(tmp_path / "p.jsonl", PREDICTIONS)
    done = subprocess.run([sys.executable, "-m", "graphbuild", "evaluate", "--gold", str(gold), "--pred", str(preds),
                           "--show"], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert any(line.startswith("  FP [actor] a1") for line in lines)
    assert json.loads(lines[-1])["actor"]["precision"] == 0.5
    only_a1 = subprocess.run([sys.executable, "-m", "graphbuild", "evaluate", "-g", str(gold), "-p", str(preds),
                              "--articles", "a1", "--min-f1", "0.9"], capture_output=True, text=True)
    assert only_a1.returncode == 1
    assert json.loads(only_a1.stdout.splitlines()[-1])["actor"]["recall"] == 1.0

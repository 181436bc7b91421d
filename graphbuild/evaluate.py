"""Score predicted triples against a gold file, at actor level and at dyad (state) level.

The rules are those of the triples contract (README "Evaluation"):
- scoring is per article, on the set of distinct (source, relation, target) predictions; negated ones are left out;
- a prediction matching a required gold line is a true positive, one matching only an optional line is neutral,
  anything else is a false positive; a required gold line no prediction matches is a false negative;
- actor level: a state matches by ISO3 (any non-person actor carrying it), anyone else by Wikidata id when both
  have one, else by normalised name or alias; dyad level: each actor is reduced to its state (iso3 or country).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from graphbuild.model import read_jsonl

Level = Literal["actor", "dyad"]
LEVELS: tuple[Level, ...] = ("actor", "dyad")


def normalise_name(text: str | None) -> str:
    """Case-, accent-, hyphen- and space-insensitive form of a name."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().replace("-", " ").split())


def _is_person(actor: dict[str, Any]) -> bool:
    return normalise_name(actor.get("type")) == "person"


def actor_matches(gold: dict[str, Any], pred: Any) -> bool:
    if not isinstance(pred, dict):
        return False
    if gold.get("iso3"):
        return (pred.get("iso3") or "").upper() == gold["iso3"].upper() and not _is_person(pred)
    if gold.get("wikidata") and pred.get("wikidata"):
        return bool(gold["wikidata"] == pred["wikidata"])
    names = {normalise_name(gold.get("name"))} | {normalise_name(alias) for alias in gold.get("aliases", [])}
    names.discard("")
    return normalise_name(pred.get("name")) in names


def state_key(actor: Any) -> str:
    """The dyad-level identity of an actor: its state's ISO3, else its name."""
    if not isinstance(actor, dict):
        return ""
    code = actor.get("iso3") or actor.get("country")
    return code.upper() if code else "name:" + normalise_name(actor.get("name"))


def gold_relations(gold: dict[str, Any]) -> set[str]:
    value = gold.get("relation")
    values = value if isinstance(value, list) else [value]
    return {str(item).upper() for item in values if item}


def matches(gold: dict[str, Any], pred: dict[str, Any], level: Level) -> bool:
    if str(pred.get("relation", "")).upper() not in gold_relations(gold):
        return False
    if level == "actor":
        return actor_matches(gold["source"], pred.get("source")) and actor_matches(gold["target"], pred.get("target"))
    return state_key(gold["source"]) == state_key(pred.get("source")) and state_key(gold["target"]) == state_key(
        pred.get("target")
    )


def prediction_key(pred: dict[str, Any], level: Level) -> tuple[str, str, str]:
    def side(actor: Any) -> str:
        if not isinstance(actor, dict):
            return ""
        if level == "dyad":
            return state_key(actor)
        return (actor.get("iso3") or "").upper() or actor.get("wikidata") or normalise_name(actor.get("name"))

    return side(pred.get("source")), str(pred.get("relation", "")).upper(), side(pred.get("target"))


@dataclass
class Score:
    """Precision, recall and F1 at one level, with the misses and false positives for `--show`."""

    level: Level
    true_positives: int = 0
    false_positives: int = 0
    gold_found: int = 0
    gold_required: int = 0
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    spurious: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        total = self.true_positives + self.false_positives
        return self.true_positives / total if total else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_required if self.gold_required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

    def line(self) -> str:
        return (f"{self.level:5s}  P={self.precision:.3f}  R={self.recall:.3f}  F1={self.f1:.3f}  "
                f"(tp={self.true_positives} fp={self.false_positives} found={self.gold_found}/{self.gold_required})")


def _unique_dyad_golds(golds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """At dyad level, gold lines saying the same thing of the same two states count once."""
    unique: dict[tuple[Any, ...], dict[str, Any]] = {}
    for gold in golds:
        key = (state_key(gold["source"]), state_key(gold["target"]), frozenset(gold_relations(gold)),
               bool(gold.get("optional")))
        unique.setdefault(key, gold)
    return list(unique.values())


def score(gold_rows: Iterable[dict[str, Any]], pred_rows: Iterable[dict[str, Any]], level: Level) -> Score:
    golds_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in gold_rows:
        golds_by_article[row["article_id"]].append(row)
    preds_by_article: dict[str, dict[tuple[str, str, str], dict[str, Any]]] = defaultdict(dict)
    for row in pred_rows:
        if not row.get("negated"):
            preds_by_article[row.get("article_id", "")].setdefault(prediction_key(row, level), row)

    result = Score(level)
    for article, all_golds in sorted(golds_by_article.items()):
        golds = [gold for gold in all_golds if gold.get("source") and gold.get("target")]
        if level == "dyad":
            golds = _unique_dyad_golds(golds)
        required = [gold for gold in golds if not gold.get("optional")]
        optional = [gold for gold in golds if gold.get("optional")]
        preds = list(preds_by_article.get(article, {}).values())
        for pred in preds:
            if any(matches(gold, pred, level) for gold in required):
                result.true_positives += 1
            elif not any(matches(gold, pred, level) for gold in optional):
                result.false_positives += 1
                result.spurious.append((article, pred))
        for gold in required:
            if any(matches(gold, pred, level) for pred in preds):
                result.gold_found += 1
            else:
                result.misses.append((article, gold))
        result.gold_required += len(required)
    return result


def describe(row: dict[str, Any]) -> str:
    def name(actor: Any) -> str:
        if not isinstance(actor, dict):
            return repr(actor)
        code = actor.get("iso3") or actor.get("country") or ""
        return f"{actor.get('name')}({code})" if code else str(actor.get("name"))

    relation = row.get("relation")
    relation = "|".join(relation) if isinstance(relation, list) else relation
    text = row.get("sentence") or row.get("evidence") or ""
    return f"{name(row.get('source'))} -{relation}-> {name(row.get('target'))}  « {text[:100]} »"


@dataclass
class Evaluation:
    scores: dict[str, Score]
    pred_rows: int
    pred_rows_outside_gold: int

    def summary(self) -> dict[str, Any]:
        data: dict[str, Any] = {level: result.figures() for level, result in self.scores.items()}
        data.update(pred_rows=self.pred_rows, pred_rows_outside_gold=self.pred_rows_outside_gold)
        return data

    def report(self, show: bool = False) -> list[str]:
        lines = []
        for result in self.scores.values():
            if show:
                lines += [f"  FP [{result.level}] {article}: {describe(row)}" for article, row in result.spurious]
                lines += [f"  FN [{result.level}] {article}: {describe(row)}" for article, row in result.misses]
            lines.append(result.line())
        return lines


def evaluate(gold: Iterable[Path], pred: Path, levels: Iterable[Level] = LEVELS,
             article_prefix: str | None = None) -> Evaluation:
    """Score `pred` (a triples.jsonl) against one or more gold files, optionally only articles with a prefix."""
    gold_rows = [row for path in gold for row in read_jsonl(path)]
    pred_rows = list(read_jsonl(pred))
    if article_prefix:
        gold_rows = [row for row in gold_rows if row["article_id"].startswith(article_prefix)]
        pred_rows = [row for row in pred_rows if str(row.get("article_id", "")).startswith(article_prefix)]
    gold_articles = {row["article_id"] for row in gold_rows}
    outside = sum(1 for row in pred_rows if row.get("article_id") not in gold_articles)
    scores = {level: score(gold_rows, pred_rows, level) for level in levels}
    return Evaluation(scores, len(pred_rows), outside)

"""The learned event scorer: is a candidate pair an event, and which relation (multinomial logistic regression
over the 16 PLOVER types, trained on the events only).

Whether a pair is an event is scored by gradient-boosted trees (LightGBM, the default learner) or by a binary
logistic regression (`graphbuild train --learner linear`). Trained by `graphbuild.learn.train` and stored as
plain data, not a pickle: `model.json` (relations, decision thresholds, training-data hash, metrics),
`features.txt` (one feature string a line), `weights.npz` (column 0: the event logit of the linear learner;
columns 1…: the relation logits; and their intercepts) and, for the trees, `event-trees.txt` (LightGBM's text
model over the same feature columns). The linear scores need only numpy: the sum of the weight rows of the
features present, plus the intercepts; the trees are run by LightGBM's library (`graphbuild.learn.trees`).

Why trees: a pair is an event through combinations of its features (a trigger between two states, but not
between a person and an actor implied from the previous sentence; a quote around one side), which a linear
model sees only where they were crossed by hand. Measured on the annotated dev split (pairs, same features):
average precision 0.708 -> 0.749 (English), 0.484 -> 0.492 (Indonesian).

Decision: a pair the rules already proposed is kept when P(event) ≥ `rule_threshold`, with the rule's
relation (the rules' relation choice, PLOVER conventions included, measured better than the relation model's
on every benchmark); any other pair becomes a triple when
P(event) ≥ `new_threshold`. Both thresholds are chosen per language by cross-validation on the train split
(`graphbuild.learn.train.fit`; the dev split only measures). The triple's
confidence is P(event).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, repeat
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from graphbuild.learn.trees import Trees
from graphbuild.paths import data_dir

MODEL_FILES = ("model.json", "features.txt", "weights.npz")
TREES_FILE = "event-trees.txt"  # optional: a LightGBM model of P(event) over the same features (text format)


@dataclass(frozen=True)
class Thresholds:
    rule: float = 0.3
    new: float = 0.6


class Decision(NamedTuple):
    relation: str | None  # None: not an event
    confidence: float  # P(event)


# A candidate's features as parts: a feature string, or a tuple of them that many candidates share (the same
# tuple object or an equal one: `decide` sums each distinct group's event weights once and remembers the sum)
FeatureParts = list[str] | list[str | tuple[str, ...]]


def flatten(parts: Iterable[str | tuple[str, ...]]) -> list[str]:
    """The feature strings of a candidate's parts, in order (a loop that extends by whole groups: twice as fast
    as a comprehension over every feature)."""
    features: list[str] = []
    for part in parts:
        if part.__class__ is str:
            features.append(part)  # type: ignore[arg-type]
        else:
            features += part
    return features

PART_SUMS_LIMIT = 300_000  # memo entries: feature strings seen (known or not) and groups


@dataclass
class EventModel:
    relations: list[str]
    feature_index: dict[str, int]
    weights: np.ndarray  # (features, 1 + relations), float32
    intercept: np.ndarray  # (1 + relations,)
    thresholds: dict[str, Thresholds] = field(default_factory=dict)  # per language; "" is the default
    meta: dict[str, Any] = field(default_factory=dict)
    trees: Trees | None = None  # LightGBM trees of P(event) over `feature_index`'s columns; None: column 0's logit

    @property
    def name(self) -> str:
        return str(self.meta.get("name", "graphbuild-event-scorer"))

    def describe(self) -> dict[str, Any]:
        keys = ("name", "version", "learner", "training_data_sha256", "trained_sentences", "path", "files_sha256")
        described = {key: self.meta[key] for key in keys if key in self.meta}
        described["thresholds"] = {lang: vars(t) for lang, t in self.thresholds.items()}
        return described

    def prepare(self) -> None:
        """Make what scoring builds once (the trees' bit masks) before the first candidate is scored."""
        if self.trees is not None:
            self.trees.prepare()

    def threshold_for(self, lang: str) -> Thresholds:
        return self.thresholds.get(lang) or self.thresholds.get("") or Thresholds()

    def scores(self, batch: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """P(event) per candidate, and P(relation | event) per candidate and relation."""
        logits = self._logits(batch)
        event = _sigmoid(logits[:, 0]) if self.trees is None else self._tree_events(batch)
        return event, _softmax(logits[:, 1:])

    def relation_probabilities(self, batch: list[list[str]]) -> np.ndarray:
        """P(relation | event) per candidate and relation (`relations`' order)."""
        return _softmax(self._logits(batch)[:, 1:])

    def _logits(self, batch: list[list[str]]) -> np.ndarray:
        """The linear logits of every candidate: column 0 the event (linear learner), 1… the relations."""
        columns, starts, filled = self._columns(batch)
        logits = np.tile(self.intercept, (len(batch), 1)).astype(np.float64)
        if len(columns):  # one gather and one segmented sum for the whole batch
            logits[filled] += np.add.reduceat(self.weights[columns], starts, axis=0)
        return logits

    def _tree_events(self, batch: list[FeatureParts]) -> np.ndarray:
        """P(event) of each candidate (its features, or its parts) from the trees, over its known features as a
        binary row (a feature named twice counts once)."""
        return self.trees.predict_present(*self._tree_rows(batch))

    def _tree_rows(self, batch: list[FeatureParts]) -> tuple[np.ndarray, np.ndarray]:
        """The candidates' binary rows (`Trees.predict_present`'s indptr and columns): every candidate's features,
        read from its parts, in one flat list made in one loop, then looked up in one pass (a list per candidate
        and a chain over them cost about 12 % more)."""
        features: list[str] = []
        ends: list[int] = []
        for parts in batch:
            for part in parts:
                if part.__class__ is str:
                    features.append(part)  # type: ignore[arg-type]
                else:
                    features += part
            ends.append(len(features))
        flat = np.fromiter(map(self.feature_index.get, features, repeat(-1)), dtype=np.int64, count=len(features))
        known = flat >= 0
        seen = np.concatenate(([0], np.cumsum(known)))  # known features among the first n
        bounds = np.zeros(len(ends) + 1, dtype=np.int64)
        bounds[1:] = ends
        return seen[bounds], flat[known]

    def _columns(self, batch: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The weight rows of the known features of every candidate, in order (an unknown feature counts
        nothing), as one flat array; where each candidate with any starts in it; and those candidates' rows."""
        lengths = np.array(list(map(len, batch)), dtype=np.int64)
        flat = np.array(list(map(self.feature_index.get, chain.from_iterable(batch), repeat(-1))), dtype=np.int64)
        known = flat >= 0
        counts = np.bincount(np.repeat(np.arange(len(batch)), lengths)[known], minlength=len(batch))
        filled = np.flatnonzero(counts)
        starts = (np.cumsum(counts) - counts)[filled]
        return flat[known], starts, filled

    def decide(self, batch: list[FeatureParts], rule_relations: list[str | None], lang: str = "",
               thresholds: Thresholds | None = None) -> list[Decision]:  # fmt: skip
        """For each candidate (its features as parts, with the rules' relation for it, if any): its relation, or
        None if no event. The decisions of `decide_scored` on `scores`, computed for less: the event logit of
        every candidate from per-feature and per-group sums, the relation columns only for the candidates no
        rule proposed that pass the threshold. The same weights summed in float64 (`scores` sums them in float32):
        equal to `scores`'s within 1e-6."""
        if not batch:
            return []
        thresholds = thresholds or self.threshold_for(lang)
        event = _sigmoid(self._event_logits(batch)) if self.trees is None else self._tree_events(batch)
        new = [row for row, rule in enumerate(rule_relations) if rule is None and event[row] >= thresholds.new]
        best = np.zeros(len(batch), dtype=np.int64)
        if new:
            best[new] = self._logits([flatten(batch[row]) for row in new])[:, 1:].argmax(axis=1)  # the softmax's argmax
        return self._decisions(event, best, rule_relations, thresholds)

    def _event_logits(self, batch: list[FeatureParts]) -> np.ndarray:
        """Each candidate's event logit: the intercept plus its parts' sums. Every part's sum is looked up in one
        memo (a feature's weight, a group's total); the parts not seen yet are summed together, then the
        candidates' sums are taken by one segmented sum."""
        weight, part_sums = self._event_weight_of
        if len(part_sums) > PART_SUMS_LIMIT:
            part_sums.clear()
        parts = list(chain.from_iterable(batch))
        values = np.array(list(map(part_sums.get, parts)), dtype=np.float64)  # a part not seen yet: nan
        missing = np.flatnonzero(np.isnan(values))
        if len(missing):
            new = [parts[index] for index in missing.tolist()]
            groups = [(part,) if part.__class__ is str else part for part in new]
            features = np.fromiter(map(weight.get, chain.from_iterable(groups), repeat(0.0)), dtype=np.float64)
            values[missing] = _segment_sums(features, list(map(len, groups)))
            part_sums.update(zip(new, values[missing].tolist(), strict=True))
        return float(self.intercept[0]) + _segment_sums(values, list(map(len, batch)))

    @property
    def _event_weight_of(self) -> tuple[dict[str, float], dict[str | tuple[str, ...], float]]:
        """Feature → its event weight (column 0), and the memo of part sums, made once per weights array."""
        cached = self.__dict__.get("_event_weights")
        if cached is None or cached[0] is not self.weights:
            column = self.weights[:, 0].astype(np.float64).tolist()
            weight = {feature: column[index] for feature, index in self.feature_index.items()}
            cached = self.__dict__["_event_weights"] = (self.weights, weight, {})
        return cached[1], cached[2]

    def decide_scored(self, event: np.ndarray, relation: np.ndarray, rule_relations: list[str | None],
                      thresholds: Thresholds) -> list[Decision]:  # fmt: skip
        """`decide` on scores already computed (threshold search scores a dev split once)."""
        return self._decisions(event, relation.argmax(axis=1), rule_relations, thresholds)

    def _decisions(self, event: np.ndarray, best: np.ndarray, rule_relations: list[str | None],
                   thresholds: Thresholds) -> list[Decision]:  # fmt: skip
        out = []
        relations = self.relations
        for p_event, rule_relation, row_best in zip(event.tolist(), rule_relations, best.tolist(), strict=True):
            if rule_relation is not None:  # the rules' relation: measured better than the relation model's
                out.append(Decision(rule_relation if p_event >= thresholds.rule else None, p_event))
            else:
                out.append(Decision(relations[row_best] if p_event >= thresholds.new else None, p_event))
        return out

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        ordered = sorted(self.feature_index, key=self.feature_index.__getitem__)
        (directory / "features.txt").write_text("\n".join(ordered) + "\n", encoding="utf-8")
        np.savez_compressed(directory / "weights.npz", weights=self.weights.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))  # fmt: skip
        meta = {**self.meta, "relations": self.relations,
                "thresholds": {lang: vars(t) for lang, t in sorted(self.thresholds.items())}}
        meta.pop("path", None)
        meta.pop("files_sha256", None)
        (directory / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        trees_path = directory / TREES_FILE
        if self.trees is not None:
            self.trees.save_model(str(trees_path))
        elif trees_path.exists():
            trees_path.unlink()

    @classmethod
    def load(cls, directory: Path) -> EventModel:
        missing = [name for name in MODEL_FILES if not (directory / name).is_file()]
        if missing:
            raise FileNotFoundError(f"{directory}: not a graphbuild model (missing {', '.join(missing)})")
        meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
        features = (directory / "features.txt").read_text(encoding="utf-8").split("\n")[:-1]
        arrays = np.load(directory / "weights.npz")
        meta["path"] = str(directory)
        meta["files_sha256"] = files_hash(directory)
        thresholds = {lang: Thresholds(**values) for lang, values in meta.get("thresholds", {}).items()}
        return cls(relations=list(meta["relations"]), feature_index={f: i for i, f in enumerate(features)},
                   weights=arrays["weights"], intercept=arrays["intercept"], thresholds=thresholds,
                   meta=meta, trees=_load_trees(directory / TREES_FILE))  # fmt: skip


def _load_trees(path: Path) -> Trees | None:
    return Trees.from_file(path) if path.is_file() else None


def _segment_sums(values: np.ndarray, lengths: list[int]) -> np.ndarray:
    """The sums of consecutive runs of `values` of the given lengths (a run of length 0 sums to 0)."""
    sizes = np.array(lengths, dtype=np.int64)
    sums = np.zeros(len(sizes), dtype=np.float64)
    filled = np.flatnonzero(sizes)
    if len(filled):
        sums[filled] = np.add.reduceat(values, (np.cumsum(sizes) - sizes)[filled])
    return sums


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits))


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def files_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in (*MODEL_FILES, TREES_FILE):
        if name in MODEL_FILES or (directory / name).is_file():
            digest.update((directory / name).read_bytes())
    return digest.hexdigest()[:16]


def default_model_dir() -> Path:
    return data_dir() / "models" / "event-scorer"


@cache
def load_model(spec: str) -> EventModel | None:
    """`spec`: `auto` (the shipped model when present), `none`, or a model directory."""
    if spec == "none":
        return None
    directory = default_model_dir() if spec == "auto" else Path(spec)
    if spec == "auto" and not directory.is_dir():
        return None
    return EventModel.load(directory)

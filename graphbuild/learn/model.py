"""The learned event scorer: a multinomial logistic regression over candidate features.

Trained with scikit-learn (`graphbuild.learn.train`) and stored as plain data, not a pickle: `model.json`
(classes, decision threshold, training-data hash, metrics), `features.txt` (one feature string a line) and
`weights.npz` (the coefficient matrix and intercepts). Scoring needs only numpy: the sum of the weight
columns of the features present, plus the intercept, through a softmax.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from graphbuild.paths import data_dir

NONE = "NONE"
MODEL_FILES = ("model.json", "features.txt", "weights.npz")


@dataclass
class EventModel:
    classes: list[str]
    feature_index: dict[str, int]
    weights: np.ndarray  # (features, classes), float32
    intercept: np.ndarray  # (classes,)
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)  # per language, chosen on the dev split

    @property
    def name(self) -> str:
        return str(self.meta.get("name", "graphbuild-event-scorer"))

    def describe(self) -> dict[str, Any]:
        keys = ("name", "version", "training_data_sha256", "trained_sentences", "threshold", "thresholds", "path",
                "files_sha256")
        return {key: self.meta[key] for key in keys if key in self.meta}

    def probabilities(self, batch: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per feature list."""
        scores = np.tile(self.intercept, (len(batch), 1)).astype(np.float64)
        for row, features in enumerate(batch):
            columns = [self.feature_index[f] for f in features if f in self.feature_index]
            if columns:
                scores[row] += self.weights[columns].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def threshold_for(self, lang: str) -> float:
        return self.thresholds.get(lang, self.threshold)

    def decide(self, batch: list[list[str]], lang: str = "") -> list[tuple[str | None, float]]:
        """For each candidate, the best event relation and its probability, or (None, p) below the threshold."""
        if not batch:
            return []
        threshold = self.threshold_for(lang)
        probs = self.probabilities(batch)
        none = self.classes.index(NONE)
        masked = probs.copy()
        masked[:, none] = -1.0
        best = masked.argmax(axis=1)
        out: list[tuple[str | None, float]] = []
        for row, column in enumerate(best):
            p = float(probs[row, column])
            out.append((self.classes[column], p) if p >= threshold else (None, p))
        return out

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        ordered = sorted(self.feature_index, key=self.feature_index.__getitem__)
        (directory / "features.txt").write_text("\n".join(ordered) + "\n", encoding="utf-8")
        np.savez_compressed(directory / "weights.npz", weights=self.weights.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))  # fmt: skip
        meta = {**self.meta, "classes": self.classes, "threshold": self.threshold, "thresholds": self.thresholds}
        (directory / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

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
        return cls(classes=list(meta["classes"]), feature_index={f: i for i, f in enumerate(features)},
                   weights=arrays["weights"], intercept=arrays["intercept"], threshold=float(meta["threshold"]),
                   meta=meta, thresholds={k: float(v) for k, v in meta.get("thresholds", {}).items()})  # fmt: skip


def files_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in MODEL_FILES:
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

"""Score the extractor on annotated sentences (a split of `data/annotations/`), and a precision–recall curve
over `confidence`.

Only the annotated sentences of each article are scored: triples the extractor finds elsewhere in the article
are left out, and an article whose annotated sentences hold no event still counts its false positives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphbuild.evaluate import Evaluation, Level, score
from graphbuild.extract.engine import LexiconExtractor
from graphbuild.learn.model import Thresholds, load_model
from graphbuild.learn.train import gold_rows, predicted_rows, read_annotations

CURVE_THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]


def evaluate_split(annotations: Path, corpora: list[str], *, split: str = "dev", lang: str | None = None,
                   model: str = "auto", parser: str = "none", levels: tuple[Level, ...] = ("actor", "dyad"),
                   curve: Path | None = None) -> Evaluation:  # fmt: skip
    wanted = {lang} if lang else None
    sentences = [s for s in read_annotations(annotations, (1,))
                 if (split == "all" or s.split == split) and (wanted is None or s.lang in wanted)]  # fmt: skip
    if not sentences:
        where = f"split {split!r}" + (f", lang {lang!r}" if lang else "")
        raise ValueError(f"{annotations}: no pass-1 annotations in {where}")
    scorer = load_model(model)
    extractor = LexiconExtractor(parser=parser, model="none")
    golds = gold_rows(sentences)
    preds = predicted_rows(extractor, corpora, sentences, scorer)
    if curve is not None and scorer is not None:
        everything = predicted_rows(extractor, corpora, sentences, scorer, Thresholds(0.0, 0.0))
        write_curve(curve, golds, everything, score(golds, preds, "actor").figures())
    return Evaluation({level: score(golds, preds, level) for level in levels}, len(preds), 0)


def curve_points(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> list[dict[str, float]]:
    points = []
    for threshold in CURVE_THRESHOLDS:
        kept = [row for row in preds if row.get("confidence", 0.0) >= threshold]
        result = score(golds, kept, "actor")
        points.append({"threshold": threshold, **result.figures()})
    return points


def write_curve(path: Path, golds: list[dict[str, Any]], preds: list[dict[str, Any]],
                default: dict[str, float]) -> None:  # fmt: skip
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    points = curve_points(golds, preds)
    figure = Figure(figsize=(6, 4.5), dpi=120)
    axes = figure.add_subplot()
    axes.plot([p["recall"] for p in points], [p["precision"] for p in points], marker="o", color="#1f5f99")
    for p in points[::3]:
        axes.annotate(f"{p['threshold']:.2f}", (p["recall"], p["precision"]), textcoords="offset points",
                      xytext=(4, 4), fontsize=7)  # fmt: skip
    axes.scatter([default["recall"]], [default["precision"]], s=90, facecolors="none", edgecolors="#c0392b",
                 label=f"default thresholds: P={default['precision']:.2f} R={default['recall']:.2f}")  # fmt: skip
    axes.set_xlabel("recall (actor level)")
    axes.set_ylabel("precision (actor level)")
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.02)
    axes.grid(alpha=0.3)
    axes.legend(loc="lower left", fontsize=8)
    axes.set_title("Event scorer on the annotated dev split: --min-confidence sweep (labels: threshold)",
                   fontsize=9)  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)

"""Corrections as training data: the sentences a corrections file speaks about, in the annotation format of
`data/annotations/` (docs/annotation.md) that `graphbuild train` reads.

    export_annotations("corrections.jsonl", build="out", out="data/annotations/corrections-pass1.jsonl")

The build folder is the one that applied the file (`build --corrections`): its `corrections-report.jsonl` holds
the triples each operation acted on, as they were, and its `articles.jsonl` the text. For each sentence:
- a rejected triple: its actor pair is not an event (left out of the sentence's triples, so a negative);
- a relabelled triple, a triple given another actor, an added triple: a required triple as corrected (and the
  pair the actor was taken from, a negative);
- the sentence's other triples in the corrected build, which nobody reviewed: optional (neither taught as events
  nor as non-events).
Sentence offsets are those of graphbuild's own sentence split without a parser, as training uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.model import Article, InputError, dumps, iter_records, stable_id
from graphbuild.review.corrections import REPORT_FILE
from graphbuild.review.operations import Numbered, read_corrections

EXPORTED_OPS = ("reject", "relabel", "set_actor", "add")
ACTOR_KEYS = ("id", "name", "type", "iso3", "country", "wikidata")


@dataclass
class SentenceLabels:
    """What the corrections say about one sentence."""

    article_id: str
    lang: str
    start: int
    end: int
    annotator: str
    text: str = ""
    positives: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    negatives: set[tuple[str, str]] = field(default_factory=set)

    def add_positive(self, triple: dict[str, Any]) -> None:
        key = (triple["source"]["id"], triple["relation"], triple["target"]["id"])
        self.positives[key] = {"source": _actor(triple["source"]), "relation": triple["relation"],
                               "target": _actor(triple["target"]), "optional": False}  # fmt: skip
        self.negatives.discard((key[0], key[2]))

    def add_negative(self, triple: dict[str, Any]) -> None:
        pair = (triple["source"]["id"], triple["target"]["id"])
        self.positives = {key: value for key, value in self.positives.items() if (key[0], key[2]) != pair}
        self.negatives.add(pair)

    def triples(self, unreviewed: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = list(self.positives.values())
        for triple in unreviewed:
            key = (triple["source"]["id"], triple["relation"], triple["target"]["id"])
            if key not in self.positives:
                rows.append({"source": _actor(triple["source"]), "relation": triple["relation"],
                             "target": _actor(triple["target"]), "optional": True})  # fmt: skip
        return sorted(rows, key=lambda row: (row["source"]["id"], row["relation"], row["target"]["id"]))


@dataclass
class ExportReport:
    sentences: int = 0
    operations: int = 0  # operations turned into labels
    skipped: dict[str, int] = field(default_factory=dict)  # why other operations were not
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "operations": self.operations, "skipped": self.skipped,
                "errors": self.errors}  # fmt: skip


def _actor(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in ACTOR_KEYS if data.get(key) is not None}


def _applied(corrections: Path, build: Path, report: ExportReport) -> Iterator[tuple[Numbered, dict[str, Any]]]:
    """(operation, its report line) for each operation of the file the build applied."""
    outcomes = {}
    for _, record in iter_records(build / REPORT_FILE):
        outcomes[(record.get("line"), dumps(record.get("op") or {}))] = record
    for item in read_corrections(corrections):
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        record = outcomes.get((item.line, dumps(item.op.to_dict())))
        reason = ("not an annotation" if item.op.kind not in EXPORTED_OPS else
                  "not in the build's report" if record is None else
                  f"{record['status']} in the build" if record["status"] != "applied" else None)  # fmt: skip
        if reason:
            report.skipped[reason] = report.skipped.get(reason, 0) + 1
            continue
        report.operations += 1
        yield item, record  # type: ignore[misc]


class Sentences:
    """Sentence spans of the build's articles, from the parser-free pipeline training uses."""

    def __init__(self, build: Path, wanted: set[str]) -> None:
        from graphbuild.extract.engine import LexiconExtractor

        self.extractor = LexiconExtractor(parser="none", model="none")
        self.articles: dict[str, Article] = {}
        for _, record in iter_records(build / "articles.jsonl"):
            if record.get("id") in wanted:
                article = Article.from_dict(record)
                self.articles[article.id] = article
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def spans(self, article_id: str) -> list[tuple[int, int]]:
        from graphbuild.extract.engine import blank_excluded

        if article_id not in self._spans:
            article = self.articles[article_id]
            nlp, _info = self.extractor.pipeline(self.extractor.language_of(article))
            spans = []
            for sent in nlp(blank_excluded(article)).sents:
                start, end = sent.start_char, sent.end_char
                while end > start and article.text[end - 1].isspace():
                    end -= 1
                spans.append((start, end))
            self._spans[article_id] = spans
        return self._spans[article_id]

    def around(self, triple: dict[str, Any]) -> tuple[int, int] | None:
        """The sentence holding the triple's source mention."""
        position = triple["source"]["start"]
        return next(((s, e) for s, e in self.spans(triple["article_id"]) if s <= position < e), None)


def export_annotations(corrections: str | Path, build: str | Path, out: str | Path) -> ExportReport:
    """Write the annotation lines of the corrections the build applied into `out` (a `.jsonl` file, or a folder
    that gets `corrections-pass1.jsonl`); returns what was exported and skipped."""
    build, report = Path(build), ExportReport()
    if not (build / REPORT_FILE).is_file():
        raise FileNotFoundError(f"{build / REPORT_FILE}: missing; build with --corrections {corrections} first")
    applied = list(_applied(Path(corrections), build, report))
    sentences = Sentences(build, {t["article_id"] for _, r in applied for t in r["triples"]})
    labels: dict[tuple[str, int], SentenceLabels] = {}
    for item, record in applied:
        for triple in record["triples"]:
            if triple["article_id"] not in sentences.articles:
                continue
            span = sentences.around(triple)
            if span is None:
                continue
            article = sentences.articles[triple["article_id"]]
            key = (article.id, span[0])
            entry = labels.setdefault(key, SentenceLabels(article.id, article.language, *span,
                                                          annotator=item.op.by or "corrections",
                                                          text=article.text[span[0] : span[1]]))  # fmt: skip
            if item.op.kind == "reject":
                entry.add_negative(triple)
            elif item.op.kind == "add":
                entry.add_positive(triple)
            elif "after" in triple:  # relabel, set_actor
                entry.add_negative(triple)
                entry.add_positive(triple["after"])
    lines = _lines(labels, _unreviewed(build, labels))
    target = Path(out)
    if target.suffix != ".jsonl":
        target.mkdir(parents=True, exist_ok=True)
        target = target / "corrections-pass1.jsonl"
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(dumps(line) + "\n" for line in lines), encoding="utf-8")
    report.sentences = len(lines)
    return report


def _unreviewed(build: Path, labels: dict[tuple[str, int], SentenceLabels]) -> dict[tuple[str, int], list[dict]]:
    """The corrected build's triples in the labelled sentences."""
    by_article: dict[str, list[SentenceLabels]] = {}
    for entry in labels.values():
        by_article.setdefault(entry.article_id, []).append(entry)
    found: dict[tuple[str, int], list[dict]] = {}
    for _, triple in iter_records(build / "triples.jsonl"):
        for entry in by_article.get(triple.get("article_id"), []):
            if entry.start <= triple["source"]["start"] < entry.end and not triple.get("negated"):
                found.setdefault((entry.article_id, entry.start), []).append(triple)
    return found


def _lines(labels: dict[tuple[str, int], SentenceLabels], unreviewed: dict[tuple[str, int], list[dict]]
           ) -> list[dict[str, Any]]:  # fmt: skip
    from graphbuild.learn.train import dev_split

    lines = []
    for key in sorted(labels):
        entry = labels[key]
        lines.append({"article_id": entry.article_id, "lang": entry.lang, "start": entry.start, "end": entry.end,
                      "split": dev_split(entry.article_id), "pass": 1, "annotator": entry.annotator,
                      "sentence_hash": stable_id(entry.text),
                      "triples": entry.triples(unreviewed.get(key, []))})  # fmt: skip
    return lines

"""Train and evaluate the event scorer from annotated sentences (`data/annotations/`, docs/annotation.md).

    graphbuild train --annotations data/annotations --corpus pool-en.jsonl pool-id.jsonl --out MODEL_DIR

Each annotated sentence is found again in its article (read from the corpus files), the rules run over the
article, and every candidate pair in an annotated sentence gets a label: the relation of a required triple
between the two actors (matched as the scorer matches actors), `NONE` when the sentence has no such triple,
and no label (left out) when only an optional triple matches. A multinomial logistic regression
(scikit-learn) for the relation and gradient-boosted trees (LightGBM; `learner="linear"`: a logistic regression)
for whether a pair is an event are fitted on the `train` split, seeded; the decision thresholds are chosen by
cross-validation on the `train` split (the `dev` split only measures).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from graphbuild.evaluate import actor_matches, gold_relations
from graphbuild.extract.engine import LexiconExtractor, blank_excluded
from graphbuild.ingest import IngestOptions, read_inputs
from graphbuild.lang import pack_for
from graphbuild.learn.apply import document_candidates, learned_triples
from graphbuild.learn.features import PairCandidate
from graphbuild.learn.model import EventModel, Thresholds
from graphbuild.learn.trees import Trees
from graphbuild.model import Article, Triple
from graphbuild.relations import relation_types
from graphbuild.resolve.actors import Mention

NONE = "NONE"
BETA = 0.5  # thresholds weigh precision over recall: a wrong edge costs an analyst more than a missing one
CV_FOLDS = 5  # the thresholds are chosen on out-of-fold scores of the train split
MIN_NEW_THRESHOLD = 0.6  # a pair the rules did not propose becomes a triple only when P(event) is at least this
# the rule thresholds tried below 0.05: the share of right rule events kept changes fastest there, and a
# threshold that keeps `keep_rule_events` of them is often below 0.05 (without these steps the search fell to 0)
RULE_GRID_LOW = [0.0, 0.01, 0.02, 0.03, 0.04]
# the event model's learners: gradient-boosted trees (LightGBM) over the sparse binary features, or a logistic
# regression; the relation model is a logistic regression either way
LEARNERS = ("trees", "linear")
TREE_PARAMS: dict[str, Any] = {"objective": "binary", "num_leaves": 63, "n_estimators": 200, "learning_rate": 0.1,
                               "min_child_samples": 10, "colsample_bytree": 0.3, "subsample": 0.8,
                               "subsample_freq": 1, "n_jobs": 1, "deterministic": True, "force_col_wise": True,
                               "verbose": -1}  # fmt: skip
KEEP_RULE_EVENTS = 1.0  # by default the thresholds may drop a rule triple only where cross-validation loses no
# correct one; a language pack may allow less (pack.yaml `scorer: keep_rule_events`)


@dataclass
class AnnotatedSentence:
    article_id: str
    lang: str
    start: int
    end: int
    split: str
    pass_: int
    triples: list[dict[str, Any]]
    annotator: str = ""


@dataclass
class Example:
    features: list[str]
    label: str
    split: str
    lang: str
    where: str = ""  # article#start: source -> target, for error analysis
    calibrates: bool = True  # chooses the thresholds (an annotated real-news sentence; a labelled text does not)


@dataclass
class TrainReport:
    examples: dict[str, int] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    threshold: float = 0.5
    pair_dev: dict[str, Any] = field(default_factory=dict)  # measured on the dev split at the chosen thresholds
    pair_cv: dict[str, Any] = field(default_factory=dict)  # out-of-fold on the train split: what chose them
    seconds: float = 0.0


def dev_split(article_id: str) -> str:
    """A fixed train/dev split by article: one article in five is dev."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 == 0 else "train"


def read_annotations(directory: Path, passes: Iterable[int] = (1,)) -> list[AnnotatedSentence]:
    """Every annotated sentence of the wanted passes, from every `*.jsonl` under `directory`."""
    wanted = set(passes)
    out = []
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                record = AnnotatedSentence(row["article_id"], row["lang"], int(row["start"]), int(row["end"]),
                                           row["split"], int(row["pass"]), row["triples"], row.get("annotator", ""))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not an annotation line: {error}") from error
            if record.pass_ in wanted:
                out.append(record)
    return out


def annotations_hash(directory: Path, texts: Iterable[Path] = ()) -> str:
    """The training data's hash: the annotation files, and the labelled-texts files when given."""
    digest = hashlib.sha256()
    for path in [*sorted(directory.glob("*.jsonl")), *texts]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def annotated_articles(corpora: Iterable[str], wanted: set[str]) -> Iterator[Article]:
    for item in read_inputs(list(corpora), IngestOptions()):
        if isinstance(item, Article) and item.id in wanted:
            yield item


def same_actor(gold: dict[str, Any], mention: Mention) -> bool:
    """The scorer's actor match, and for a person found through a role or pronoun, the annotated person of
    the same state: the event is right even where the office holder was resolved for the wrong date."""
    if actor_matches(gold, mention.actor.to_dict()):
        return True
    return (mention.kind in ("role", "pronoun") and mention.actor.type == "Person" and gold.get("type") == "Person"
            and bool(gold.get("country")) and gold.get("country") == mention.actor.country)  # fmt: skip


def label_of(candidate: PairCandidate, triples: list[dict[str, Any]]) -> str | None:
    """The training label of a candidate from its sentence's annotated triples (None: leave it out). A relation
    written as a list of acceptable types (signing an agreement: `["SUPPORT", "AGREE"]`) trains as its first."""
    optional_match = False
    for triple in triples:
        if same_actor(triple["source"], candidate.source) and same_actor(triple["target"], candidate.target):
            if not triple.get("optional"):
                relation = triple["relation"]
                return str(relation[0] if isinstance(relation, list) else relation)
            optional_match = True
    return None if optional_match else NONE


def article_candidates(extractor: LexiconExtractor, article: Article) -> tuple[Any, list[Triple], list[PairCandidate]]:
    lang = extractor.language_of(article)
    nlp, _info = extractor.pipeline(lang)
    ctx, rule_triples, _mentions = extractor.rule_pass(article, nlp(blank_excluded(article)), lang)
    return ctx, rule_triples, document_candidates(ctx, rule_triples)


def collect_examples(extractor: LexiconExtractor, corpora: Iterable[str],
                     sentences: list[AnnotatedSentence]) -> list[Example]:  # fmt: skip
    by_article: dict[str, dict[int, AnnotatedSentence]] = defaultdict(dict)
    for record in sentences:
        by_article[record.article_id][record.start] = record
    examples = []
    for article in annotated_articles(corpora, set(by_article)):
        _ctx, _rules, candidates = article_candidates(extractor, article)
        for candidate in candidates:
            record = by_article[article.id].get(candidate.sentence.start_char)
            if record is None:
                continue
            label = label_of(candidate, record.triples)
            if label is not None:
                where = (f"{article.id}#{record.start}: {candidate.source.actor.name} -> "
                         f"{candidate.target.actor.name} | {article.text[record.start:record.end]}")
                examples.append(Example(candidate.features, label, record.split, record.lang, where))
    return examples


@dataclass
class LabelledText:
    """A short text of one's own with the triples its writer expects (the format of `data/probe/*.jsonl`, read
    by `scripts/probe.py`): actors by their gazetteer name, a relation or "A|B" (acceptable alternatives), an
    empty list where the text reports no event."""

    id: str
    lang: str
    date: str | None
    text: str
    expect: list[tuple[str, str, str]]


def read_labelled_texts(path: Path) -> list[LabelledText]:
    """The items of one labelled-texts file; a malformed line is refused with its file and line."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            expect = [(str(s), str(r), str(t)) for s, r, t in row["expect"]]
            if not row["text"] or row["lang"] not in ("en", "id", "ms"):
                raise ValueError("needs a text and a language (en, id, ms)")
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a labelled text: {error}") from error
        items.append(LabelledText(f"{path.stem}-{len(items)}", row["lang"], row.get("date"), row["text"], expect))
    return items


def text_label(source: str, target: str, expect: list[tuple[str, str, str]]) -> str | None:
    """The training label of a candidate pair (by actor names) in a labelled text: the first relation the writer
    expects between the two, left out (None) when only the reverse pair is expected (the second direction of a
    meeting or a signing, which the guideline makes optional), `NONE` otherwise."""
    relation = next((r for s, r, t in expect if (s, t) == (source, target)), None)
    if relation is not None:
        return relation.split("|")[0]
    return None if any((s, t) == (target, source) for s, _r, t in expect) else NONE


def text_examples(extractor: LexiconExtractor, paths: Iterable[Path]) -> list[Example]:
    """Training examples (train split) from labelled texts: each text is made an article as `graphbuild build`
    makes one (dateline and page furniture marked) and every candidate pair of its sentences is labelled from
    the text's expected triples (`text_label`). They train the models but do not choose the thresholds: texts
    written to probe the rules are not a sample of real news (chosen on both, the Indonesian rule threshold came
    out at 0.40 where the annotations alone chose 0.20, and dev-news Indonesian fell to 0.735)."""
    from graphbuild.ingest import make_article

    examples = []
    for path in paths:
        for item in read_labelled_texts(path):
            article = make_article(item.id, item.text, str(path), IngestOptions(), title="", date=item.date,
                                   lang=item.lang)  # fmt: skip
            _ctx, _rules, candidates = article_candidates(extractor, article)
            for candidate in candidates:
                source, target = candidate.source.actor.name, candidate.target.actor.name
                label = text_label(source, target, item.expect)
                if label is not None:
                    examples.append(Example(candidate.features, label, "train", item.lang,
                                            f"{item.id}#0: {source} -> {target} | {item.text}", calibrates=False))
    return examples


def rule_relation(features: list[str]) -> str | None:
    return next((f[len("rule=") :] for f in features if f.startswith("rule=")), None)


def _article(example: Example) -> str:
    return example.where.split("#", 1)[0]


def _fold(article_id: str, folds: int) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) // 5 % folds  # // 5: independent of dev_split


def storable(feature: str) -> bool:
    """Whether a feature string can be a line of `features.txt`: a word feature of a whitespace token that holds
    a line break ("a_next=\\n  ", between a headline and its text) cannot, and stays out of the vocabulary (the
    scorer ignores it as any unknown feature)."""
    return "\n" not in feature and "\r" not in feature


def _fit_model(train: list[Example], seed: int, c_event: float, c_relation: float, min_count: int,
               learner: str = "trees") -> EventModel | None:  # fmt: skip
    """The event model (`learner`) and the relation model fitted on `train` (None when it lacks events or
    non-events)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    positives = [i for i, e in enumerate(train) if e.label != NONE]
    if not positives or len(positives) == len(train):
        return None
    counts = Counter(f for e in train for f in set(e.features))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count and storable(f))
    index = {f: i for i, f in enumerate(vocabulary)}
    data, indices, pointers = [], [], [0]
    for row in train:
        columns = sorted({index[f] for f in row.features if f in index})
        indices += columns
        data += [1.0] * len(columns)
        pointers.append(len(indices))
    x_train = csr_matrix((data, indices, pointers), shape=(len(train), len(vocabulary)))
    relations = list(relation_types())
    is_event = [e.label != NONE for e in train]
    weights = np.zeros((len(vocabulary), 1 + len(relations)), dtype=np.float32)
    intercept = np.full(1 + len(relations), -30.0, dtype=np.float32)  # relations never seen: never chosen
    trees = None
    if learner == "trees":
        trees = _fit_trees(x_train, is_event, seed)
        intercept[0] = 0.0
    else:
        event = LogisticRegression(C=c_event, max_iter=5000, random_state=seed)
        event.fit(x_train, is_event)
        weights[:, 0], intercept[0] = event.coef_[0], event.intercept_[0]
    labels = sorted({train[i].label for i in positives})
    if len(labels) == 1:
        intercept[1 + relations.index(labels[0])] = 0.0
    else:
        relation = LogisticRegression(C=c_relation, max_iter=5000, random_state=seed)
        relation.fit(x_train[positives], [train[i].label for i in positives])
        for column, name in enumerate(relation.classes_):
            weights[:, 1 + relations.index(name)] = relation.coef_[column]
            intercept[1 + relations.index(name)] = relation.intercept_[column]
    return EventModel(relations, index, weights, intercept, trees=trees)


def _fit_trees(x_train: Any, is_event: list[bool], seed: int) -> Trees:
    """The event model as gradient-boosted trees (seeded, one thread: the same trees on every machine), in the
    form the scorer runs them."""
    from lightgbm import LGBMClassifier

    classifier = LGBMClassifier(random_state=seed, **TREE_PARAMS)
    classifier.fit(x_train.astype(np.float32), np.array(is_event))
    return Trees(classifier.booster_.model_to_string())


def out_of_fold_scores(train: list[Example], folds: int, seed: int, c_event: float, c_relation: float,
                       min_count: int, learner: str = "trees") -> tuple[list[int], np.ndarray, np.ndarray]:  # fmt: skip
    """P(event) and P(relation) of each train example from a model fitted without its article's fold (folds by
    article, as the split): the rows that got scores, and their scores."""
    fold_of = [_fold(_article(e), folds) for e in train]
    rows: list[int] = []
    events: list[np.ndarray] = []
    relations: list[np.ndarray] = []
    for k in range(folds):
        held = [i for i, f in enumerate(fold_of) if f == k]
        model = _fit_model([e for e, f in zip(train, fold_of, strict=True) if f != k], seed, c_event, c_relation,
                           min_count, learner) if held else None  # fmt: skip
        if model is None:
            continue
        event, relation = model.scores([train[i].features for i in held])
        rows += held
        events.append(event)
        relations.append(relation)
    if not rows:
        return [], np.zeros(0), np.zeros((0, len(relation_types())))
    return rows, np.concatenate(events), np.concatenate(relations)


def fit(examples: list[Example], seed: int = 15, c_event: float = 0.3, c_relation: float = 1.0, min_count: int = 2,
        folds: int = CV_FOLDS, learner: str = "trees") -> tuple[EventModel, TrainReport]:  # fmt: skip
    """The event model (`learner`: trees or linear) and the relation model (a logistic regression, on the events)
    on the train split. The thresholds are chosen per language by `folds`-fold cross-validation on the train
    split (by article; on the examples that `calibrates`, where a language has any), never on the dev split: the
    dev split only measures (`pair_dev` at the chosen thresholds)."""
    started = time.perf_counter()
    train = [e for e in examples if e.split == "train"]
    dev = [e for e in examples if e.split == "dev"]
    fitted = _fit_model(train, seed, c_event, c_relation, min_count, learner)
    if fitted is None:
        raise ValueError("the train split needs both candidate pairs that are events and pairs that are not")
    model = fitted
    model.meta = {"name": "graphbuild-event-scorer", "learner": learner, "c_event": c_event, "c_relation": c_relation,
                  "seed": seed, "min_count": min_count, "threshold_folds": folds}  # fmt: skip
    if learner == "trees":
        model.meta["tree_params"] = TREE_PARAMS
    report = TrainReport(examples={"train": len(train), "dev": len(dev)}, labels=dict(Counter(e.label for e in train)))
    rows, events, relations = out_of_fold_scores(train, folds, seed, c_event, c_relation, min_count, learner)
    scored_rows_by_lang: dict[str, list[int]] = defaultdict(list)
    text_rows_by_lang: dict[str, list[int]] = defaultdict(list)
    for j, i in enumerate(rows):
        (scored_rows_by_lang if train[i].calibrates else text_rows_by_lang)[train[i].lang].append(j)
    for lang, text_rows in text_rows_by_lang.items():  # a language with labelled texts alone: they choose
        scored_rows_by_lang.setdefault(lang, text_rows)
    dev_by_lang: dict[str, list[Example]] = defaultdict(list)
    for example in dev:
        dev_by_lang[example.lang].append(example)
    for lang, chosen in sorted(scored_rows_by_lang.items()):
        scored = (events[chosen], relations[chosen])
        thresholds, figures = best_thresholds(model, [train[rows[j]] for j in chosen], pack_for(lang).keep_rule_events,
                                              scored)  # fmt: skip
        model.thresholds[lang] = thresholds
        report.pair_cv[lang] = figures
        measured = dev_by_lang[lang]
        if measured:
            report.pair_dev[lang] = pair_figures(model, measured, model.scores([e.features for e in measured]),
                                                 thresholds)  # fmt: skip
    report.seconds = round(time.perf_counter() - started, 2)
    return model, report


def pair_figures(model: EventModel, dev: list[Example], scored: tuple[np.ndarray, np.ndarray],
                 thresholds: Thresholds) -> dict[str, float]:  # fmt: skip
    rules = [rule_relation(e.features) for e in dev]
    decisions = model.decide_scored(*scored, rules, thresholds)
    gold = sum(e.label != NONE for e in dev)
    rule_right = [d for d, e, r in zip(decisions, dev, rules, strict=True) if r is not None and r == e.label]
    emitted = sum(d.relation is not None for d in decisions)
    right = sum(d.relation == e.label for d, e in zip(decisions, dev, strict=True) if d.relation is not None)
    precision = right / emitted if emitted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    b2 = BETA * BETA
    fbeta = (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall else 0.0
    kept = sum(d.relation is not None for d in rule_right) / len(rule_right) if rule_right else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "f_beta": round(fbeta, 4), "rule_events_kept": round(kept, 4)}  # fmt: skip


def best_thresholds(model: EventModel, dev: list[Example], keep_rule_events: float = KEEP_RULE_EVENTS,
                    scored: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[Thresholds, dict[str, float]]:
    """The (rule, new) thresholds with the best pair-level F-beta (precision weighted, `BETA`) on `dev`, the new
    one at least `MIN_NEW_THRESHOLD`, among those that keep at least `keep_rule_events` of the events the rules
    found correctly (the scorer may drop rule triples to gain precision, but not lose most of what the rules get
    right); ties go to the higher thresholds. `scored`: the examples' scores when given (out-of-fold scores)."""
    if scored is None:
        scored = model.scores([e.features for e in dev])
    best = (Thresholds(0.0, MIN_NEW_THRESHOLD), {"f_beta": -1.0})
    grid = [round(0.05 * i, 2) for i in range(0, 20)]
    for rule in RULE_GRID_LOW + grid[1:]:
        for new in grid:
            if new < max(rule, MIN_NEW_THRESHOLD):
                continue
            figures = pair_figures(model, dev, scored, Thresholds(rule, new))
            if figures["rule_events_kept"] >= keep_rule_events and figures["f_beta"] >= best[1]["f_beta"]:
                best = (Thresholds(rule, new), figures)
    return best


# -- evaluation on annotated articles ------------------------------------------------------------------------


def gold_rows(sentences: Iterable[AnnotatedSentence]) -> list[dict[str, Any]]:
    """Annotations as gold lines of the scorer's contract (one per triple, article level). An article whose
    annotated sentences hold no event gets an empty line, so that its false positives still count."""
    rows = []
    articles = set()
    for record in sentences:
        articles.add(record.article_id)
        for triple in record.triples:
            rows.append({"article_id": record.article_id, "source": triple["source"], "relation": triple["relation"],
                         "target": triple["target"], "optional": bool(triple.get("optional"))})  # fmt: skip
    empty = articles - {row["article_id"] for row in rows}
    rows += [{"article_id": a, "source": None, "target": None, "relation": "NONE"} for a in sorted(empty)]
    return rows


def predicted_rows(extractor: LexiconExtractor, corpora: Iterable[str], sentences: list[AnnotatedSentence],
                   model: EventModel | None, thresholds: Thresholds | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The extractor's triples for the annotated sentences only (rules alone when `model` is None)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for record in sentences:
        spans[record.article_id].append((record.start, record.end))
    rows = []
    for article in annotated_articles(corpora, set(spans)):
        ctx, rule_triples, _candidates = article_candidates(extractor, article)
        triples = learned_triples(ctx, rule_triples, model, thresholds) if model is not None else rule_triples
        for triple in triples:
            start = triple.sentence_start or 0
            if any(s <= start < e for s, e in spans[article.id]):
                rows.append(triple.to_dict())
    return rows


def agreement(directory: Path) -> dict[str, Any]:
    """Agreement between pass 1 and pass 2 on the sentences annotated twice, per language."""
    first = {(r.article_id, r.start): r for r in read_annotations(directory, (1,))}
    second = {(r.article_id, r.start): r for r in read_annotations(directory, (2,))}
    out: dict[str, Any] = {}
    keys_by_lang: dict[str, list[Any]] = {}
    for k, r in second.items():
        if k in first:
            keys_by_lang.setdefault(r.lang, []).append(k)
    for lang in sorted({r.lang for r in second.values()}):
        keys = keys_by_lang.get(lang, [])
        tp = n1 = n2 = same_event = 0
        for key in keys:
            a = {_triple_key(t) for t in first[key].triples if not t.get("optional")}
            b = {_triple_key(t) for t in second[key].triples if not t.get("optional")}
            tp += _matched(a, b)
            n1 += len(a)
            n2 += len(b)
            same_event += bool(a) == bool(b)
        out[lang] = {"sentences": len(keys), "pass1_triples": n1, "pass2_triples": n2, "both": tp,
                     "triple_f1": round(2 * tp / (n1 + n2), 4) if n1 + n2 else 1.0,
                     "event_sentence_agreement": round(same_event / len(keys), 4) if keys else 0.0}  # fmt: skip
    return out


def _triple_key(triple: dict[str, Any]) -> tuple[str, frozenset[str], str]:
    """(source, acceptable relations, target): a relation list (`["SUPPORT", "AGREE"]`) is the set of its types."""

    def key(actor: dict[str, Any]) -> str:
        return actor.get("iso3") or actor.get("wikidata") or str(actor.get("name", "")).casefold()

    return key(triple["source"]), frozenset(gold_relations(triple)), key(triple["target"])


def _matched(first: set[tuple[str, frozenset[str], str]], second: set[tuple[str, frozenset[str], str]]) -> int:
    """Triples of the two passes matched one to one: the same source and target, and a relation both accept (a
    list in one pass and one of its types in the other agree, as the scorer accepts any type of a gold list)."""
    unused = list(second)
    matched = 0
    for source, relations, target in sorted(first, key=lambda k: (k[0], sorted(k[1]), k[2])):
        found = next((other for other in unused if other[0] == source and other[2] == target and relations & other[1]),
                     None)  # fmt: skip
        if found is not None:
            unused.remove(found)
            matched += 1
    return matched


def train(annotations: Path, corpora: list[str], out: Path, seed: int = 15, c_event: float = 0.3,
          c_relation: float = 1.0, learner: str = "trees", texts: Iterable[Path] = ()) -> dict[str, Any]:
    """Train, pick the threshold on dev, save the model into `out`; returns the training report. `texts`:
    labelled-texts files (`LabelledText`) whose candidates join the train split."""
    extractor = LexiconExtractor(parser="none", model="none")
    sentences = read_annotations(annotations, (1,))
    if not sentences:
        raise ValueError(f"{annotations}: no pass-1 annotations (*.jsonl)")
    text_files = sorted(texts)
    examples = collect_examples(extractor, corpora, sentences) + text_examples(extractor, text_files)
    model, report = fit(examples, seed=seed, c_event=c_event, c_relation=c_relation, learner=learner)
    if text_files:
        model.meta["trained_texts"] = sum(len(read_labelled_texts(path)) for path in text_files)
    model.meta.update(version=1, training_data_sha256=annotations_hash(annotations, text_files),
                      trained_sentences=sum(1 for s in sentences if s.split == "train"),
                      examples=report.examples, labels=report.labels, pair_dev=report.pair_dev,
                      pair_cv=report.pair_cv)  # fmt: skip
    model.save(out)
    return {"model": str(out), **model.describe(), "pair_dev": report.pair_dev, "pair_cv": report.pair_cv,
            "examples": report.examples,
            "seconds": report.seconds}

"""The learned event scorer: candidates and features, labels from annotations, training, the saved model,
the decision rule, evaluation on annotated sentences and agreement between passes.

Sentences and annotations are our own, written here; the corpus is a temporary JSONL file.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.extract.engine import LexiconExtractor, blank_excluded
from graphbuild.extract.events import DocContext
from graphbuild.learn.apply import SCORER_RULE, document_candidates, learned_triples
from graphbuild.learn.model import EventModel, Thresholds, load_model
from graphbuild.learn.train import (
    Example,
    _fit_model,
    agreement,
    fit,
    label_of,
    read_annotations,
    read_labelled_texts,
    text_examples,
    text_label,
)
from graphbuild.learn.trees import Trees
from graphbuild.model import Article, Triple

FIXTURE_GAZETTEER = str(Path(__file__).parent / "fixtures" / "gazetteer")
RELATIONS = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]  # fmt: skip

ARTICLES = [
    ("t-001", "Chile condemned Peru for the border raid. The weather in Lima was mild. Bolivia praised Chile."),
    ("t-002", "Peru sent aid to Bolivia after the floods. Chile and Peru held talks in Santiago."),
    ("t-003", "Bolivia imposed sanctions on Peru. Officials in Chile watched the football match with Peru."),
    ("t-004", "Chile attacked Bolivia at dawn. Peru said it will cooperate with Chile."),
]


def rules_only() -> LexiconExtractor:
    return LexiconExtractor(parser="none", gazetteer_dir=FIXTURE_GAZETTEER, model="none")


def rule_pass_of(text: str) -> tuple[DocContext, list[Triple]]:
    """The rules' context and triples for one English text of ours (the fixture gazetteer)."""
    extractor = rules_only()
    item = article("c", text)
    nlp, _info = extractor.pipeline("en")
    ctx, rule_triples, _mentions = extractor.rule_pass(item, nlp(blank_excluded(item)), "en")
    return ctx, rule_triples


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, language="en", date="2023-06-12")


def sentence_spans(extractor: LexiconExtractor, item: Article) -> list[tuple[int, int]]:
    nlp, _info = extractor.pipeline("en")
    return [(s.start_char, s.end_char) for s in nlp(blank_excluded(item)).sents]


def country(code: str) -> dict[str, str]:
    return {"id": code, "name": code, "type": "Country", "iso3": code}


def triple(source: str, relation: str, target: str, optional: bool = False) -> dict[str, object]:
    return {"source": country(source), "relation": relation, "target": country(target), "optional": optional}


# Per article: the triples of each sentence, as an annotator would write them.
LABELS = {
    "t-001": [[triple("CHL", "ACCUSE", "PER")], [], [triple("BOL", "SUPPORT", "CHL")]],
    "t-002": [[triple("PER", "AID", "BOL")], [triple("CHL", "CONSULT", "PER"), triple("PER", "CONSULT", "CHL", True)]],
    "t-003": [[triple("BOL", "SANCTION", "PER")], []],
    "t-004": [[triple("CHL", "ASSAULT", "BOL")], [triple("PER", "AGREE", "CHL")]],
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A corpus file and an annotation folder (pass 1 for every sentence, pass 2 for two articles)."""
    root = tmp_path_factory.mktemp("learn")
    corpus_file = root / "corpus.jsonl"
    corpus_file.write_text("".join(json.dumps({"id": i, "text": t, "lang": "en", "date": "2023-06-12"}) + "\n"
                                   for i, t in ARTICLES), encoding="utf-8")  # fmt: skip
    extractor = rules_only()
    lines, second = [], []
    for number, (article_id, text) in enumerate(ARTICLES):
        spans = sentence_spans(extractor, article(article_id, text))
        assert len(spans) == len(LABELS[article_id])
        for (start, end), triples in zip(spans, LABELS[article_id], strict=True):
            row = {"article_id": article_id, "lang": "en", "start": start, "end": end,
                   "split": "dev" if number == 3 else "train", "pass": 1, "triples": triples}  # fmt: skip
            lines.append(row)
            if number < 2:
                # the second annotator misses the optional reverse and one event of t-001
                kept = [t for t in triples if not t["optional"] and t["relation"] != "SUPPORT"]
                second.append({**row, "pass": 2, "triples": kept})
    annotations = root / "annotations"
    annotations.mkdir()
    (annotations / "a1-pass1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (annotations / "a2-pass2.jsonl").write_text("".join(json.dumps(r) + "\n" for r in second), encoding="utf-8")
    return corpus_file, annotations


def test_candidates_are_ordered_pairs_of_distinct_states_in_one_sentence() -> None:
    ctx, rule_triples = rule_pass_of("Chile condemned Peru for the border raid. The weather was mild.")
    pairs = {(c.source.actor.id, c.target.actor.id) for c in document_candidates(ctx, rule_triples)}
    assert pairs == {("CHL", "PER"), ("PER", "CHL")}
    forward = next(c for c in document_candidates(ctx, rule_triples) if c.source.actor.id == "CHL")
    assert "rule=ACCUSE" in forward.features and "order=ab" in forward.features
    assert any(f.startswith("trig_between=ACCUSE") for f in forward.features)


def test_a_sentence_that_names_one_actor_gets_the_previous_actor_as_an_implicit_candidate() -> None:
    ctx, rule_triples = rule_pass_of("Chile hosted a summit on Monday. It slammed Peru for the raid.")
    implicit = [c for c in document_candidates(ctx, rule_triples) if c.source.kind == "implicit-previous"]
    assert [(c.source.actor.id, c.target.actor.id) for c in implicit] == [("CHL", "PER")]
    assert "a_implicit-previous" in implicit[0].features


def test_the_previous_sentences_other_actors_are_context_not_candidates() -> None:
    ctx, rule_triples = rule_pass_of("Chile and Bolivia hosted a summit on Monday. It condemned Peru for the raid.")
    second = [c for c in document_candidates(ctx, rule_triples) if c.sentence.start > 0]
    assert {(c.source.actor.id, c.target.actor.id) for c in second} == {("CHL", "PER"), ("PER", "CHL")}
    assert not any("BOL" in (c.source.actor.id, c.target.actor.id) for c in second)


def test_candidate_features_are_their_parts_in_order() -> None:
    ctx, rule_triples = rule_pass_of("Chile condemned Peru for the border raid.")
    for candidate in document_candidates(ctx, rule_triples):
        assert any(isinstance(part, tuple) for part in candidate.parts)  # shared groups: the pair's base, contexts
        flat = [f for part in candidate.parts for f in ((part,) if isinstance(part, str) else part)]
        assert candidate.features == flat and all(isinstance(f, str) for f in flat)


def test_decide_on_feature_groups_gives_the_scores_of_the_flat_features() -> None:
    generator = np.random.default_rng(7)
    features = [f"f{i}" for i in range(40)]
    weights = generator.normal(size=(len(features), 1 + len(RELATIONS))).astype(np.float32)
    intercept = generator.normal(size=1 + len(RELATIONS)).astype(np.float32)
    model = EventModel(RELATIONS, {f: i for i, f in enumerate(features)}, weights, intercept,
                       {"": Thresholds(rule=0.3, new=0.5)})  # fmt: skip
    group = ("f1", "f2", "unknown", "f3")
    batch: list[list[str | tuple[str, ...]]] = [[group, "f4", "f30"], ["f5", group, ("f6", "f7")], [], ["nothing"]]
    flat = [[f for part in parts for f in ((part,) if isinstance(part, str) else part)] for parts in batch]
    event, relation = model.scores(flat)
    for _round in range(2):  # the second time, the groups' sums are the remembered ones
        decisions = model.decide(batch, [None, "ACCUSE", None, None])
        assert [d.confidence for d in decisions] == pytest.approx(event.tolist(), abs=1e-6)  # scores: float32 sums
        assert decisions[1].relation == ("ACCUSE" if event[1] >= 0.3 else None)
        for row in (0, 2, 3):
            expected = RELATIONS[int(relation[row].argmax())] if event[row] >= 0.5 else None
            assert decisions[row].relation == expected


def test_labels_required_optional_and_none() -> None:
    ctx, rule_triples = rule_pass_of("Chile and Peru held talks in Santiago.")
    by_pair = {(c.source.actor.id, c.target.actor.id): c for c in document_candidates(ctx, rule_triples)}
    annotated = [triple("CHL", "CONSULT", "PER"), triple("PER", "CONSULT", "CHL", optional=True)]
    assert label_of(by_pair[("CHL", "PER")], annotated) == "CONSULT"
    assert label_of(by_pair[("PER", "CHL")], annotated) is None  # optional only: left out of training
    assert label_of(by_pair[("PER", "CHL")], []) == "NONE"


def test_a_relation_written_as_a_list_trains_as_its_first_type() -> None:
    ctx, rule_triples = rule_pass_of("Bolivia and Chile signed a border treaty in La Paz.")
    by_pair = {(c.source.actor.id, c.target.actor.id): c for c in document_candidates(ctx, rule_triples)}
    signed = ["SUPPORT", "AGREE"]  # signing a formal agreement: PLOVER's SUPPORT (CAMEO 057), AGREE accepted
    annotated = [{"source": country("BOL"), "relation": signed, "target": country("CHL"), "optional": False},
                 {"source": country("CHL"), "relation": signed, "target": country("BOL"), "optional": True}]
    assert label_of(by_pair[("BOL", "CHL")], annotated) == "SUPPORT"  # not the list's string
    assert label_of(by_pair[("CHL", "BOL")], annotated) is None  # optional only: left out, list or not


def tiny_model(event_bias: float, rule_weight: float) -> EventModel:
    """One feature `rule` raising P(event); relation logits favour SUPPORT."""
    weights = np.zeros((1, 1 + len(RELATIONS)), dtype=np.float32)
    weights[0, 0] = rule_weight
    intercept = np.zeros(1 + len(RELATIONS), dtype=np.float32)
    intercept[0] = event_bias
    intercept[1 + RELATIONS.index("SUPPORT")] = 2.0
    return EventModel(RELATIONS, {"rule": 0}, weights, intercept, {"": Thresholds(rule=0.3, new=0.6)})


def test_decide_keeps_rule_pairs_at_the_rule_threshold_and_new_pairs_at_the_new_one() -> None:
    model = tiny_model(event_bias=0.0, rule_weight=0.0)  # P(event) = 0.5 for everything
    decisions = model.decide([["rule"], []], ["ACCUSE", None])
    assert decisions[0].relation == "ACCUSE"  # a rule pair keeps the rule's relation
    assert decisions[1].relation is None  # 0.5 < 0.6 for a pair the rules did not propose
    assert decisions[0].confidence == pytest.approx(0.5)
    eager = model.decide([[]], [None], thresholds=Thresholds(rule=0.3, new=0.4))
    assert eager[0].relation == "SUPPORT"


def test_decide_gives_the_decisions_of_the_full_scores() -> None:
    """`decide` sums only the event column (and the relation columns of new pairs that pass): the same
    relations and, within float32 rounding, the same confidences as deciding on every column's scores."""
    rng = np.random.default_rng(7)
    names = [f"f{i}" for i in range(300)]
    weights = rng.normal(0.0, 0.4, (len(names), 1 + len(RELATIONS))).astype(np.float32)
    intercept = rng.normal(0.0, 0.5, 1 + len(RELATIONS)).astype(np.float32)
    model = EventModel(RELATIONS, {name: i for i, name in enumerate(names)}, weights, intercept)
    batch = [[names[i] for i in rng.integers(0, len(names), int(n))] + ["unknown"] * int(n % 3)
             for n in rng.integers(0, 90, 400)]  # fmt: skip
    batch[5] = []
    batch[6] = ["unknown"]
    rules = [RELATIONS[i % len(RELATIONS)] if i % 4 == 0 else None for i in range(len(batch))]
    for thresholds in (Thresholds(rule=0.3, new=0.6), Thresholds(rule=0.5, new=0.2), Thresholds(rule=0.9, new=0.9)):
        full = model.decide_scored(*model.scores(batch), rules, thresholds)
        decided = model.decide(batch, rules, thresholds=thresholds)
        assert [d.relation for d in decided] == [d.relation for d in full]
        assert [d.confidence for d in decided] == pytest.approx([d.confidence for d in full], abs=1e-6)
        assert any(d.relation is not None for d in full) and any(d.relation is None for d in full)


def test_model_round_trips_through_plain_files(tmp_path: Path) -> None:
    model = tiny_model(event_bias=-1.0, rule_weight=3.0)
    model.meta = {"name": "tiny", "training_data_sha256": "abc"}
    model.save(tmp_path / "m")
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == ["features.txt", "model.json", "weights.npz"]
    loaded = EventModel.load(tmp_path / "m")
    assert loaded.relations == RELATIONS and loaded.threshold_for("en") == Thresholds(0.3, 0.6)
    assert np.allclose(loaded.scores([["rule"]])[0], model.scores([["rule"]])[0])
    assert loaded.describe()["training_data_sha256"] == "abc"
    with pytest.raises(FileNotFoundError, match="not a graphbuild model"):
        EventModel.load(tmp_path)


def test_rule_triples_outside_any_candidate_are_kept() -> None:
    ctx, rule_triples = rule_pass_of("Chile condemned Peru for the border raid.")
    reject_all = tiny_model(event_bias=-20.0, rule_weight=0.0)
    assert learned_triples(ctx, rule_triples, reject_all) == []  # the pair was judged: rejected
    ctx.sentence_mentions = []  # no candidates at all: the rule triple stands as the rules made it
    kept = learned_triples(ctx, rule_triples, reject_all)
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in kept] == [("CHL", "ACCUSE", "PER")]


def test_trigger_positions_are_crossed_with_the_pairs_actor_types_and_kinds() -> None:
    ctx, rule_triples = rule_pass_of("Chile condemned Peru for the border raid.")
    forward = next(c for c in document_candidates(ctx, rule_triples) if c.source.actor.id == "CHL")
    kinds = f"{forward.source.kind}|{forward.target.kind}"
    assert "trig_between=ACCUSE|Country|Country" in forward.features
    assert f"trig_between=ACCUSE|{kinds}" in forward.features
    assert f"rule=ACCUSE|{kinds}" in forward.features and f"kk={kinds}|ab" in forward.features


def test_agreement_between_passes(corpus: tuple[Path, Path]) -> None:
    _corpus, annotations = corpus
    figures = agreement(annotations)["en"]
    assert figures["sentences"] == 5 and figures["pass1_triples"] == 4 and figures["pass2_triples"] == 3
    assert figures["triple_f1"] == pytest.approx(2 * 3 / 7, abs=1e-4)
    assert figures["event_sentence_agreement"] == pytest.approx(4 / 5)
    assert len(read_annotations(annotations, (1,))) == 9


def test_agreement_accepts_a_type_of_a_relation_list(tmp_path: Path) -> None:
    """A relation list in one pass (`["SUPPORT", "CONCEDE"]`) agrees with one of its types in the other."""
    chile = {"id": "CHL", "iso3": "CHL", "name": "Chile", "type": "Country"}
    peru = {"id": "PER", "iso3": "PER", "name": "Peru", "type": "Country"}
    for number, relation in ((1, ["SUPPORT", "CONCEDE"]), (2, "CONCEDE")):
        line = {"article_id": "a", "lang": "en", "start": 0, "end": 30, "split": "train", "pass": number,
                "triples": [{"source": chile, "relation": relation, "target": peru, "optional": False}]}  # fmt: skip
        (tmp_path / f"x-pass{number}.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    figures = agreement(tmp_path)["en"]
    assert figures["both"] == 1 and figures["triple_f1"] == 1.0


def test_train_evaluate_and_build_with_the_trained_model(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus_file, annotations = corpus
    runner = CliRunner()
    model_dir = tmp_path / "model"
    trained = runner.invoke(app, ["train", "--annotations", str(annotations), "--corpus", str(corpus_file),
                                  "--out", str(model_dir)])  # fmt: skip
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.output)
    assert report["examples"]["train"] > 0 and len(report["training_data_sha256"]) == 16
    assert (model_dir / "weights.npz").is_file()

    scored = runner.invoke(app, ["evaluate", "--annotations", str(annotations), "--corpus", str(corpus_file),
                                 "--split", "all", "--model", str(model_dir), "--curve", str(tmp_path / "pr.png")])
    assert scored.exit_code == 0, scored.output
    summary = json.loads(scored.output.strip().splitlines()[-1])
    assert 0.0 <= summary["actor"]["precision"] <= 1.0
    assert (tmp_path / "pr.png").read_bytes()[:4] == b"\x89PNG"

    out = tmp_path / "out"
    built = runner.invoke(app, ["extract", str(corpus_file), "--out", str(out), "--model", str(model_dir), "-q"])
    assert built.exit_code == 0, built.output
    described = json.loads((out / "summary.json").read_text())["extractor"]["model"]
    assert described["training_data_sha256"] == report["training_data_sha256"]
    assert described["learner"] == "trees" and (model_dir / "event-trees.txt").is_file()
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert triples and all(0.0 <= t["confidence"] <= 1.0 for t in triples)
    assert all(t["extractor"].endswith("+graphbuild-event-scorer") or "lexicon" in t["extractor"] for t in triples)

    strict = tmp_path / "strict"
    filtered = runner.invoke(app, ["extract", str(corpus_file), "--out", str(strict), "--model", str(model_dir),
                                   "--min-confidence", "0.999", "-q"])  # fmt: skip
    assert filtered.exit_code == 0
    kept = (strict / "triples.jsonl").read_text().splitlines()
    summary = json.loads((strict / "summary.json").read_text())
    assert len(kept) + summary["below_min_confidence"] == len(triples)


def test_a_labelled_texts_pairs_are_labelled_by_its_writers_expected_triples() -> None:
    expect = [("Chile", "ACCUSE|REJECT", "Peru"), ("Peru", "CONSULT", "Bolivia")]
    assert text_label("Chile", "Peru", expect) == "ACCUSE"  # the first acceptable relation
    assert text_label("Bolivia", "Peru", expect) is None  # the reverse of an expected pair: left out
    assert text_label("Chile", "Bolivia", expect) == "NONE"


def test_labelled_texts_become_train_examples(tmp_path: Path) -> None:
    texts = tmp_path / "mine.jsonl"
    items = [{"lang": "en", "date": "2023-06-12", "text": "Chile accused Peru of spying on its navy.",
              "expect": [["Chile", "ACCUSE", "Peru"]]},
             {"lang": "en", "date": "2023-06-12", "text": "Chile and Bolivia both attended the summit in Lima.",
              "expect": []}]  # fmt: skip
    texts.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    assert [t.id for t in read_labelled_texts(texts)] == ["mine-0", "mine-1"]
    examples = text_examples(rules_only(), [texts])
    labels = {e.where.split(" | ")[0]: e.label for e in examples}
    assert labels["mine-0#0: Chile -> Peru"] == "ACCUSE" and "mine-0#0: Peru -> Chile" not in labels
    assert {e.label for e in examples if e.where.startswith("mine-1")} == {"NONE"}
    assert all(e.split == "train" and e.lang == "en" and not e.calibrates for e in examples)


def test_labelled_texts_choose_thresholds_only_for_a_language_without_annotations() -> None:
    annotated = interaction_examples()
    texts = [Example(e.features, e.label, "train", "ms", e.where.replace("a", "ms-", 1), calibrates=False)
             for e in annotated if e.split == "train"]  # fmt: skip
    model, report = fit(annotated + texts, folds=2)
    assert set(model.thresholds) == {"en", "ms"} and set(report.pair_cv) == {"en", "ms"}
    assert report.pair_dev.keys() == {"en"}  # the dev split is annotated sentences only


def test_train_takes_labelled_texts_and_refuses_a_malformed_one(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus_file, annotations = corpus
    texts = tmp_path / "mine.jsonl"
    texts.write_text(json.dumps({"lang": "en", "date": "2023-06-12", "text": "Chile accused Peru of spying.",
                                 "expect": [["Chile", "ACCUSE", "Peru"]]}) + "\n", encoding="utf-8")  # fmt: skip
    runner = CliRunner()
    common = ["train", "--annotations", str(annotations), "--corpus", str(corpus_file)]
    plain = runner.invoke(app, [*common, "--out", str(tmp_path / "plain")])
    with_texts = runner.invoke(app, [*common, "--texts", str(texts), "--out", str(tmp_path / "texts")])
    assert plain.exit_code == 0 and with_texts.exit_code == 0, with_texts.output
    before, after = json.loads(plain.output), json.loads(with_texts.output)
    assert after["examples"]["train"] > before["examples"]["train"]
    assert after["examples"]["dev"] == before["examples"]["dev"]
    assert after["training_data_sha256"] != before["training_data_sha256"]
    assert json.loads((tmp_path / "texts" / "model.json").read_text())["trained_texts"] == 1
    texts.write_text('{"lang": "en", "text": "No expected triples."}\n', encoding="utf-8")
    refused = runner.invoke(app, [*common, "--texts", str(texts), "--out", str(tmp_path / "bad")])
    assert refused.exit_code != 0 and "mine.jsonl:1: not a labelled text" in refused.output


def test_the_shipped_model_loads_and_scores() -> None:
    model = load_model("auto")
    assert model is not None, "data/models/event-scorer is missing"
    assert set(model.relations) == set(RELATIONS)
    assert {"en", "id"} <= set(model.thresholds)
    extractor = LexiconExtractor(parser="none", gazetteer_dir=FIXTURE_GAZETTEER)
    found = next(iter(extractor.extract([article("s", "Chile imposed sanctions on Peru.")]))).triples
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in found] == [("CHL", "SANCTION", "PER")]
    assert 0.0 < found[0].confidence <= 1.0


def _annotate_script():  # scripts/ is not a package: load the annotation helper from its file
    import importlib.util

    spec = importlib.util.spec_from_file_location("annotate", Path(__file__).parent.parent / "scripts" / "annotate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_annotation_labels_parse_into_contract_actors_and_bad_labels_are_refused() -> None:
    annotate = _annotate_script()
    actors = rules_only().gazetteer.actors
    triples = annotate.parse_body("CHL ACCUSE PER ; new:Frente_Sur/ArmedGroup/PER ASSAULT BOL ?", actors)
    assert triples[0]["source"]["iso3"] == "CHL" and triples[0]["relation"] == "ACCUSE"
    assert not triples[0]["optional"] and triples[1]["optional"]
    assert triples[1]["source"] == {"id": "new-frente-sur", "name": "Frente Sur", "type": "ArmedGroup",
                                    "country": "PER"}  # fmt: skip
    assert annotate.parse_body("-", actors) == []
    (signed,) = annotate.parse_body("CHL SUPPORT+AGREE PER", actors)  # a formal agreement reported as signed
    assert signed["relation"] == ["SUPPORT", "AGREE"]
    for bad in ("CHL ATTACKS PER", "CHL ACCUSE", "nobody-known ACCUSE PER", "new:X/Planet ACCUSE PER",
                "CHL SUPPORT+SIGN PER", "CHL AGREE+AGREE PER"):
        with pytest.raises(ValueError):
            annotate.parse_body(bad, actors)
    assert {annotate.dev_split(f"a-{i}") for i in range(50)} == {"train", "dev"}
    assert annotate.dev_split("a-1") == annotate.dev_split("a-1")


def test_thresholds_may_drop_rule_triples_only_as_far_as_the_pack_allows() -> None:
    """best_thresholds keeps at least `keep_rule_events` of the rule events that are right: with 1.0 no rule
    triple is dropped; with 0.9 the unlikely wrong ones go (one right one among them is an allowed loss)."""
    from graphbuild.lang import pack_for
    from graphbuild.learn.train import Example, best_thresholds

    # P(event) comes from one feature per example: right rule events score high, wrong ones low, and one
    # right rule event scores as low as the wrong ones
    likely, unlikely = ["likely", "rule=ACCUSE"], ["unlikely", "rule=ACCUSE"]
    model = tiny_model(event_bias=0.0, rule_weight=0.0)
    model.feature_index = {"likely": 0, "unlikely": 1}
    model.weights = np.zeros((2, 1 + len(RELATIONS)), dtype=np.float32)
    model.weights[0, 0], model.weights[1, 0] = 3.0, -3.0  # P(event) 0.95 and 0.05
    examples = ([Example(likely, "ACCUSE", "train", "en") for _ in range(20)]
                + [Example(unlikely, "NONE", "train", "en") for _ in range(10)]
                + [Example(unlikely, "ACCUSE", "train", "en")])  # fmt: skip
    keep_all, _ = best_thresholds(model, examples, keep_rule_events=1.0)
    assert keep_all.rule <= 0.05
    dropping, figures = best_thresholds(model, examples, keep_rule_events=0.9)
    assert 0.05 < dropping.rule <= 0.95
    assert figures["rule_events_kept"] == pytest.approx(20 / 21, abs=1e-3)
    assert pack_for("en").keep_rule_events == 0.95  # data/lang/en/pack.yaml `scorer: keep_rule_events`
    assert pack_for("id").keep_rule_events == 0.95  # data/lang/id/pack.yaml
    assert pack_for("ms").keep_rule_events == 1.0  # the default (Malay is scored with the Indonesian thresholds)


def test_the_rule_threshold_search_tries_steps_below_005() -> None:
    """A model whose right rule events fall short of `keep_rule_events` only below 0.05 may still drop the wrong
    ones scored lower (the search went from 0.0 straight to 0.05, and fell back to keeping every rule triple)."""
    from graphbuild.learn.train import Example, best_thresholds

    def logit(p: float) -> float:
        return float(np.log(p / (1 - p)))

    names = ["likely", "doubtful", "unlikely"]
    model = tiny_model(event_bias=0.0, rule_weight=0.0)
    model.feature_index = {name: i for i, name in enumerate(names)}
    model.weights = np.zeros((3, 1 + len(RELATIONS)), dtype=np.float32)
    for row, p in enumerate((0.95, 0.045, 0.02)):  # right rule events, two of them doubtful; wrong ones
        model.weights[row, 0] = logit(p)
    examples = ([Example(["likely", "rule=AGREE"], "AGREE", "train", "en") for _ in range(98)]
                + [Example(["doubtful", "rule=AGREE"], "AGREE", "train", "en") for _ in range(2)]
                + [Example(["unlikely", "rule=AGREE"], "NONE", "train", "en") for _ in range(30)])  # fmt: skip
    thresholds, figures = best_thresholds(model, examples, keep_rule_events=0.99)
    assert 0.02 < thresholds.rule < 0.045  # 0.05 would keep 98 of the 100 right ones: not allowed
    assert figures["rule_events_kept"] == 1.0 and figures["precision"] == 1.0


def test_a_symmetric_rule_event_keeps_both_directions_at_the_likelier_directions_confidence() -> None:
    """"Chile and Peru held talks": the rules emit CHL → PER and PER → CHL from one trigger; the scorer judges
    the event once (the likelier direction), so a low score for one direction alone does not drop it."""
    from graphbuild.learn.apply import share_symmetric
    from graphbuild.learn.model import Decision

    ctx, rule_triples = rule_pass_of("Chile and Peru held talks in Lima on Monday.")
    candidates = [c for c in document_candidates(ctx, rule_triples) if c.rule_triple is not None]
    assert sorted((c.source.actor.id, c.target.actor.id) for c in candidates) == [("CHL", "PER"), ("PER", "CHL")]
    relation = candidates[0].rule_triple.relation  # type: ignore[union-attr]
    one_direction = [Decision(relation, 0.8), Decision(None, 0.02)]
    shared = share_symmetric(candidates, one_direction, Thresholds(rule=0.05, new=0.6))
    assert shared == [Decision(relation, 0.8), Decision(relation, 0.8)]
    neither = share_symmetric(candidates, [Decision(None, 0.03), Decision(None, 0.01)], Thresholds(rule=0.05))
    assert neither == [Decision(None, 0.03), Decision(None, 0.03)]


def test_a_rule_event_of_a_listed_subject_is_kept_with_the_list_member_the_scorer_keeps() -> None:
    """"Chile, Peru and Bolivia condemned Jordan": one rule event per listed subject, one trigger; when the scorer
    keeps one of them, the others are kept at its confidence (`share_listed`); not a list of topics, nor a list
    that is no subject ("including Chile, Peru …")."""
    from graphbuild.learn.apply import share_listed
    from graphbuild.learn.model import Decision

    ctx, rule_triples = rule_pass_of("Chile, Peru and Bolivia condemned Jordan on Monday.")
    candidates = [c for c in document_candidates(ctx, rule_triples) if c.rule_triple is not None]
    assert sorted(c.source.actor.id for c in candidates) == ["BOL", "CHL", "PER"]
    decisions = [Decision("ACCUSE", 0.4) if c.source.actor.id == "BOL" else Decision(None, 0.1) for c in candidates]
    assert share_listed(candidates, decisions) == [Decision("ACCUSE", 0.4)] * 3
    assert share_listed(candidates, [Decision(None, 0.1)] * 3) == [Decision(None, 0.1)] * 3
    ctx, rule_triples = rule_pass_of("Jordan discussed several issues, including Chile, Peru and Bolivia's attacks.")
    candidates = [c for c in document_candidates(ctx, rule_triples) if c.rule_triple is not None]
    decisions = [Decision("ACCUSE", 0.4)] + [Decision(None, 0.1)] * (len(candidates) - 1)
    assert share_listed(candidates, decisions) == decisions


def test_a_second_rule_event_of_a_kept_pair_is_kept_when_its_relation_is_plausible() -> None:
    """"Chile signed a trade agreement with Peru … and promised Peru more aid": the rules find SUPPORT (signing)
    and AGREE (a promise) between the same two; the pair's candidate carries one of them, the other is kept
    with it when the relation model gives its relation at least SECOND_EVENT_MIN_P."""
    text = "Chile signed a trade agreement with Peru on Monday and promised Peru more aid."
    ctx, rule_triples = rule_pass_of(text)
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in rule_triples].count(("CHL", "AGREE", "PER"))

    def relations_kept(favoured: str) -> list[tuple[str, str, str, float | None]]:
        model = tiny_model(event_bias=5.0, rule_weight=0.0)  # every pair is an event, P(event) = 0.9933
        model.intercept[1:] = 0.0
        model.intercept[1 + RELATIONS.index(favoured)] = 3.0  # P(favoured) = 0.57, any other 0.03
        kept = learned_triples(ctx, rule_triples, model)
        return sorted((t.source.actor.id, t.relation, t.target.actor.id, t.confidence) for t in kept)

    assert relations_kept("AGREE") == [("CHL", "AGREE", "PER", 0.9933), ("CHL", "SUPPORT", "PER", 0.9933),
                                       ("PER", "SUPPORT", "CHL", 0.9933)]  # fmt: skip
    assert relations_kept("ACCUSE") == [("CHL", "SUPPORT", "PER", 0.9933), ("PER", "SUPPORT", "CHL", 0.9933)]
    shipped = learned_triples(ctx, rule_triples, load_model("auto"))  # type: ignore[arg-type]
    agree = [t for t in shipped if t.relation == "AGREE"]
    assert [(t.source.actor.id, t.target.actor.id, t.trigger.text) for t in agree] == [("CHL", "PER", "promised")]
    assert agree[0].rules[-1] == SCORER_RULE


def test_the_purpose_of_a_call_is_kept_with_the_call_whatever_the_relation_model_says() -> None:
    """"Chile spoke with Peru to congratulate it": the call (CONSULT) and its stated purpose (SUPPORT, from
    `roles.purpose-of-meeting`) are two events of one pair; the purpose is kept with the kept call even where the
    relation model finds SUPPORT implausible beside it (STATED_SECOND_EVENTS)."""
    ctx, rule_triples = rule_pass_of("Chile spoke with Peru to congratulate it on the election.")
    model = tiny_model(event_bias=5.0, rule_weight=0.0)
    model.intercept[1:] = 0.0
    model.intercept[1 + RELATIONS.index("CONSULT")] = 9.0  # P(SUPPORT) far below SECOND_EVENT_MIN_P
    kept = {(t.source.actor.id, t.relation, t.target.actor.id) for t in learned_triples(ctx, rule_triples, model)}
    assert ("CHL", "SUPPORT", "PER") in kept and ("CHL", "CONSULT", "PER") in kept


def interaction_examples() -> list[Example]:
    """Pairs that are events exactly when two features meet (a trigger between two states, say) and not when
    either comes alone."""
    rng = np.random.default_rng(3)
    examples = []
    for number in range(400):
        trigger, states = bool(rng.integers(2)), bool(rng.integers(2))
        features = ["bias", f"noise={rng.integers(5)}"]
        features += ["trig_between=ACCUSE"] * trigger + ["tab=Country|Country"] * states
        label = "ACCUSE" if trigger and states else "NONE"
        examples.append(Example(features, label, "dev" if number % 5 == 0 else "train", "en", f"a{number % 40}#0"))
    return examples


def test_the_trees_learn_an_event_from_a_combination_of_features() -> None:
    examples = [e for e in interaction_examples() if e.split == "train"]
    both = ["bias", "trig_between=ACCUSE", "tab=Country|Country"]
    trigger_only, states_only = ["bias", "trig_between=ACCUSE"], ["bias", "tab=Country|Country"]
    trees = _fit_model(examples, seed=15, c_event=1.0, c_relation=1.0, min_count=2, learner="trees")
    linear = _fit_model(examples, seed=15, c_event=1.0, c_relation=1.0, min_count=2, learner="linear")
    assert trees is not None and linear is not None and trees.trees is not None and linear.trees is None
    for model in (trees, linear):
        event = model.scores([both, trigger_only, states_only, ["bias"]])[0]
        assert event[0] > 0.5 and max(event[1:]) < 0.1
    assert trees.scores([both])[0][0] > 0.9


def test_a_trees_model_round_trips_and_decides_as_it_scores(tmp_path: Path) -> None:
    model, _report = fit(interaction_examples(), folds=2)
    assert model.trees is not None and model.meta["learner"] == "trees"
    model.save(tmp_path / "m")
    names = sorted(p.name for p in (tmp_path / "m").iterdir())
    assert names == ["event-trees.txt", "features.txt", "model.json", "weights.npz"]
    loaded = EventModel.load(tmp_path / "m")
    batch = [["bias", "trig_between=ACCUSE", "tab=Country|Country"], ["bias", "noise=1"], ["unknown"]]
    assert np.array_equal(loaded.scores(batch)[0], model.scores(batch)[0])
    decided = loaded.decide([[tuple(batch[0][:2]), batch[0][2]], batch[1], batch[2]], ["ACCUSE", None, None],
                            thresholds=Thresholds(rule=0.5, new=0.5))  # fmt: skip
    assert [d.confidence for d in decided] == pytest.approx(model.scores(batch)[0].tolist())
    assert decided[0].relation == "ACCUSE" and decided[1].relation is None
    linear, _report = fit(interaction_examples(), folds=2, learner="linear")
    linear.save(tmp_path / "m")  # a linear model saved over a trees model leaves no stale trees behind
    assert not (tmp_path / "m" / "event-trees.txt").exists() and EventModel.load(tmp_path / "m").trees is None


def test_a_feature_with_a_line_break_stays_out_of_the_saved_model(tmp_path: Path) -> None:
    # the word after an actor at the end of a headline line is the whitespace token "\n  ": as a line of
    # features.txt it would split in two, and the loaded model would read every later column one off
    examples = [Example([*e.features, "a_next=\n  ", "b_prev=\r"], e.label, e.split, e.lang)
                for e in interaction_examples()]
    model, _report = fit(examples, folds=2)
    assert not any("\n" in f or "\r" in f for f in model.feature_index)
    model.save(tmp_path / "m")
    loaded = EventModel.load(tmp_path / "m")
    assert loaded.feature_index == model.feature_index
    batch = [["bias", "trig_between=ACCUSE", "tab=Country|Country", "a_next=\n  "], ["bias", "noise=1"]]
    assert np.array_equal(loaded.scores(batch)[0], model.scores(batch)[0])


def test_the_bit_forest_applies_one_features_splits_in_one_tree_as_one_mask() -> None:
    from graphbuild.learn.trees import _combined

    splits = [(3, 1, 0b1110), (2, 0, 0b0001), (3, 1, 0b0111), (3, 0, 0b1011)]
    assert _combined(splits) == [(2, 0, 0b0001), (3, 0, 0b1011), (3, 1, 0b0110)]


def test_train_refuses_an_unknown_learner(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    corpus_file, annotations = corpus
    refused = CliRunner().invoke(app, ["train", "--annotations", str(annotations), "--corpus", str(corpus_file),
                                       "--out", str(tmp_path / "m"), "--learner", "forest"])  # fmt: skip
    assert refused.exit_code != 0 and "trees, linear" in refused.output
    assert not (tmp_path / "m").exists()


def test_the_scorer_runs_the_trees_as_lightgbm_does_without_importing_its_python_package(tmp_path: Path) -> None:
    import lightgbm
    from scipy.sparse import csr_matrix

    model, _report = fit(interaction_examples(), folds=2)
    model.save(tmp_path / "m")
    booster = lightgbm.Booster(model_file=str(tmp_path / "m" / "event-trees.txt"))
    loaded = EventModel.load(tmp_path / "m")
    assert isinstance(loaded.trees, Trees) and loaded.trees.num_features == booster.num_feature()
    rng = np.random.default_rng(4)
    dense = (rng.random((300, booster.num_feature())) < 0.3).astype(np.float32)
    for matrix in (csr_matrix(dense), csr_matrix(dense[:0]), csr_matrix(dense.astype(np.float64))):
        assert np.array_equal(loaded.trees.predict(matrix), booster.predict(matrix, num_threads=1))
    assert loaded.trees._forest is not None  # binary rows run as bit masks, LightGBM's values bit for bit
    indptr = np.concatenate(([0], np.cumsum(dense.sum(axis=1, dtype=np.int64))))
    columns = np.nonzero(dense)[1]
    assert np.array_equal(loaded.trees.predict_present(indptr, columns), booster.predict(dense, num_threads=1))
    twice = np.concatenate([[*row, *row] for row in np.split(columns, indptr[1:-1])]).astype(np.int64)
    assert np.array_equal(loaded.trees.predict_present(indptr * 2, twice), booster.predict(dense, num_threads=1))
    assert len(loaded.trees.predict_present(np.zeros(1, dtype=np.int64), columns[:0])) == 0
    fresh = EventModel.load(tmp_path / "m")
    fresh.prepare()  # an extractor builds the masks before its first document
    assert "_forest" in fresh.trees.__dict__ and fresh.trees._forest is not None
    library = Trees(loaded.trees.model_text)
    library.__dict__["_forest"] = None  # a model the masks do not run goes to LightGBM
    assert np.array_equal(library.predict_present(indptr, columns), booster.predict(dense, num_threads=1))
    copy = pickle.loads(pickle.dumps(loaded.trees))  # a process pool's workers get the model pickled
    assert np.array_equal(copy.predict(csr_matrix(dense)), booster.predict(csr_matrix(dense), num_threads=1))
    assert (tmp_path / "m" / "event-trees.txt").read_text() == booster.model_to_string()
    loads = ("import sys; from graphbuild.learn.model import EventModel; from pathlib import Path; "
             f"m = EventModel.load(Path({str(tmp_path / 'm')!r})); m.scores([['bias']]); "
             "print(sorted(n for n in ('lightgbm', 'sklearn') if n in sys.modules))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", loads], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"  # scikit-learn (through lightgbm) costs over a second at every start


def test_a_broken_trees_file_and_a_matrix_of_other_columns_are_refused() -> None:
    with pytest.raises(RuntimeError, match="LightGBM"):
        Trees("tree\nversion=v4\nnot a model\n")
    model, _report = fit(interaction_examples(), folds=2)
    assert model.trees is not None
    from scipy.sparse import csr_matrix

    with pytest.raises(ValueError, match="feature columns"):
        model.trees.predict(csr_matrix(np.ones((1, model.trees.num_features + 1), dtype=np.float32)))


def test_a_faction_leader_pairs_with_his_rival_not_with_his_state() -> None:
    """A person who leads an armed group or rival faction of their state (`faction` in the gazetteer) is a party
    of their own against the state's other people (the president and the Hamas prime minister met: a pair), but
    not against their own state or their own group; two people of one state without a faction stay one side."""
    from graphbuild.learn.features import closest_pairs
    from graphbuild.model import Actor
    from graphbuild.resolve.actors import Mention

    president = Actor("pres", "A President", "Person", country="PSE")
    leader = Actor("lead", "A Leader", "Person", country="PSE", faction="hamas")
    state = Actor("PSE", "Palestine", "Country", iso3="PSE")
    group = Actor("hamas", "Hamas", "ArmedGroup", country="PSE")
    aide = Actor("aide", "An Aide", "Person", country="PSE")
    mentions = [Mention(i * 3, i * 3 + 2, actor, "name", "test") for i, actor in
                enumerate((president, leader, state, group, aide))]  # fmt: skip
    pairs = {(a.actor.id, b.actor.id) for a, b in closest_pairs(mentions)}
    assert ("pres", "lead") in pairs and ("lead", "aide") in pairs
    assert not pairs & {("lead", "PSE"), ("PSE", "lead"), ("lead", "hamas"), ("hamas", "lead"), ("pres", "aide")}
    # in the shipped gazetteer the Hamas prime minister of 2006-2007 is one
    from graphbuild.resolve.gazetteer import load_gazetteer
    assert load_gazetteer().actors["ismail-haniyeh"].faction == "hamas"


def test_a_scorer_event_resting_on_a_non_event_entry_is_dropped() -> None:
    """"Chile received a message from Peru": the lexicon's `en.none.receive-message` says the words are no event;
    a scorer event with no rule triple and no trigger of its relation whose nearest trigger is such an entry is
    dropped (`_blocked_only`), even from a model that makes every pair an event."""
    model = tiny_model(event_bias=5.0, rule_weight=0.0)
    ctx, rule_triples = rule_pass_of("Chile received a message from Peru on Monday.")
    assert not rule_triples
    assert learned_triples(ctx, rule_triples, model) == []
    ctx, rule_triples = rule_pass_of("Chile praised Peru on Monday.")
    assert learned_triples(ctx, rule_triples, model)


def test_a_scorer_event_against_a_passive_rule_triple_is_dropped() -> None:
    """"Chile was praised by Peru": the rules read Peru as the source off the passive; a scorer event of the same
    relation the other way, with no rule triple of its own, is dropped (`_against_passive`), even from a model that
    makes every pair an event; a meeting "hosted by" Y (a converse entry) is left to the scorer."""
    model = tiny_model(event_bias=5.0, rule_weight=0.0)
    ctx, rule_triples = rule_pass_of("Chile was praised by Peru on Monday.")
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in rule_triples] == [("PER", "SUPPORT", "CHL")]
    found = {(t.source.actor.id, t.relation, t.target.actor.id) for t in learned_triples(ctx, rule_triples, model)}
    assert ("PER", "SUPPORT", "CHL") in found and ("CHL", "SUPPORT", "PER") not in found


def test_a_named_victim_of_a_states_strike_is_kept_and_never_reversed() -> None:
    """`roles.victim-before` is a stated event (`STATED_EVENTS`): "Peru's top commander was killed in a Chilean
    air strike" is kept from a model that finds no pair an event, at the rule threshold's confidence, and the
    reverse is dropped from a model that finds every pair one; a victim the sentence names only by a pronoun is left
    to the scorer."""
    ctx, rule_triples = rule_pass_of("Peru's top commander was killed in a Chilean strike on Monday.")
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in rule_triples] == [("CHL", "ASSAULT", "PER")]
    never = tiny_model(event_bias=-9.0, rule_weight=0.0)
    kept = learned_triples(ctx, rule_triples, never)
    assert [(t.source.actor.id, t.relation, t.target.actor.id) for t in kept] == [("CHL", "ASSAULT", "PER")]
    assert kept[0].confidence == never.threshold_for("en").rule
    always = tiny_model(event_bias=5.0, rule_weight=0.0)
    found = {(t.source.actor.id, t.relation, t.target.actor.id) for t in learned_triples(ctx, rule_triples, always)}
    assert ("PER", "ASSAULT", "CHL") not in found and ("CHL", "ASSAULT", "PER") in found
    ctx, rule_triples = rule_pass_of("Chilean President Gabriel Boric spoke on Monday. He expressed condolences for "
                                     "the sailor killed in the Peruvian attack.")  # fmt: skip
    assert [(t.source.actor.id, t.target.actor.id) for t in rule_triples] == [("PER", "gabriel-boric")]
    assert not learned_triples(ctx, rule_triples, never)


def test_a_scorer_event_between_two_sources_of_one_rule_event_is_dropped() -> None:
    """"Chile and Peru praised Bolivia": the two act together on Bolivia; a scorer event of the same relation
    between Chile and Peru, with no rule triple of its own, is dropped (`_co_parties`), even from a model that makes
    every pair an event (SUPPORT here); the rule events stay."""
    model = tiny_model(event_bias=5.0, rule_weight=0.0)
    ctx, rule_triples = rule_pass_of("Chile and Peru praised Bolivia on Monday.")
    assert {(t.source.actor.id, t.relation, t.target.actor.id) for t in rule_triples} == {
        ("CHL", "SUPPORT", "BOL"), ("PER", "SUPPORT", "BOL")}
    found = {(t.source.actor.id, t.relation, t.target.actor.id) for t in learned_triples(ctx, rule_triples, model)}
    assert {("CHL", "SUPPORT", "BOL"), ("PER", "SUPPORT", "BOL")} <= found
    assert not found & {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")}

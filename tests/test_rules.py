"""Code rules as first-class objects (graphbuild.extract.rules) and the provenance every triple carries:
`trigger.rule`, `source.rule`, `target.rule` and `rules` (the code rules that shaped it, in order)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphbuild
from graphbuild.extract.events import RULES  # importing events registers every rule
from graphbuild.extract.rules import STAGES, RuleRegistry
from graphbuild.learn.apply import SCORER_RULE
from graphbuild.model import Article, Triple
from tests.test_language_packs import extractor

SAMPLES = Path(__file__).parents[1] / "data" / "samples"


def test_every_rule_has_an_id_a_doc_and_a_place_in_its_stage() -> None:
    rules = RULES.all()
    assert len({r.id for r in rules}) == len(rules) >= 30
    for rule in rules:
        assert rule.stage in STAGES and rule.id.split(".")[0] == rule.stage, rule.id
        assert rule.doc and "\n" not in rule.doc and callable(rule.function), rule.id
    assert [r.id for r in RULES.ordered("rewrite")] == ["rewrite.conditional-hypothetical",
                                                        "rewrite.ultimatum-threaten",
                                                        "rewrite.failed-agreement-reject"]  # fmt: skip


def test_registry_refuses_bad_rules() -> None:
    registry = RuleRegistry()

    @registry.register("filter.example", "filter")
    def example() -> None:
        """An example rule."""

    with pytest.raises(ValueError, match="registered twice"):
        registry.register("filter.example", "filter")(example)
    with pytest.raises(ValueError, match="unknown stage"):
        registry.register("x.y", "nowhere")
    with pytest.raises(ValueError, match="docstring"):
        registry.register("filter.undocumented", "filter")(lambda: None)
    with pytest.raises(ValueError, match="missing"):
        registry.set_order("filter", ())
    registry.set_order("filter", ("filter.example",))
    assert [r.id for r in registry.ordered("filter")] == ["filter.example"]


def run(tmp_path: Path, text: str, lang: str = "en") -> list[Triple]:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "t", "text": text, "lang": lang, "date": "2023-06-12"}) + "\n", "utf-8")
    articles = [a for a in graphbuild.read_articles([str(path)]) if isinstance(a, Article)]
    return next(iter(extractor().extract(articles))).triples


@pytest.mark.parametrize(("text", "lang", "rule"), [
    ("Chile will withdraw its ambassador from Peru unless the raids stop.", "en", "rewrite.ultimatum-threaten"),
    ("Chile and Peru failed to reach an agreement.", "en", "rewrite.failed-agreement-reject"),
    ("Chile will support Peru at the summit.", "en", "chain.intent"),
    ("Chile refused to meet Peru.", "en", "chain.governs-complement"),
    ("Peru was condemned by Chile for the raid.", "en", "roles.passive"),
    ("Chile said Peru must return the fishing boats.", "en", "roles.obligation"),
    ("Serangan Chile terhadap Peru menewaskan tiga orang.", "id", "roles.genitive-owner"),
    ("Chile menyerukan kerja sama dengan Peru.", "id", "chain.appeal-cooperation"),
], ids=lambda v: v if len(v) < 4 else v[:40])  # fmt: skip
def test_the_rules_that_shaped_a_triple_are_in_its_provenance(tmp_path: Path, text: str, lang: str,
                                                                rule: str) -> None:  # fmt: skip
    triples = [t for t in run(tmp_path, text, lang) if t.source.actor.id == "CHL"]
    assert triples and all(rule in t.rules for t in triples), [(t.relation, t.rules) for t in triples]


def test_actor_provenance_names_the_gazetteer_entry_or_the_resolution_rule(tmp_path: Path) -> None:
    text = "Chilean President Gabriel Boric met Peru. Boric then praised Peru."
    pairs = {(t.source.rule, t.target.rule) for t in run(tmp_path, text) if t.target.actor.id == "PER"}
    # "Chilean President Gabriel Boric" is a name with its role; "Boric" a surname seen in full before
    assert pairs == {("role.named", "gaz.PER.name"), ("coref.surname", "gaz.PER.name")}


def test_every_sample_triple_carries_all_four_provenance_fields(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = graphbuild.build([str(SAMPLES)], out, graphbuild.BuildOptions(rdf=False, exports=False, parser="none",
                                                                              model="auto"))  # fmt: skip
    assert summary.triples > 10
    for line in (out / "triples.jsonl").read_text("utf-8").splitlines():
        triple = json.loads(line)
        assert triple["trigger"]["rule"] and triple["source"]["rule"] and triple["target"]["rule"], triple
        assert triple["rules"] and all(r in RULES or r == SCORER_RULE for r in triple["rules"]), triple["rules"]
        assert Triple.from_dict(triple).to_dict() == triple  # the new fields survive a round trip


def test_docs_list_every_rule_in_order() -> None:
    text = (Path(__file__).parents[1] / "docs" / "rules.md").read_text("utf-8")
    listed = [line.split("`")[1] for line in text.splitlines() if line.startswith("| ") and "`" in line]
    assert listed == [r.id for r in RULES.all()]

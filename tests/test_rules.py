"""Code rules as first-class objects (graphbuild.extract.rules) and the provenance every triple carries:
`trigger.rule`, `source.rule`, `target.rule` and `rules` (the code rules that shaped it, in order)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphbuild
from graphbuild.extract import make_extractor
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
                                                        "rewrite.planned-time-clause",
                                                        "rewrite.scheduled-noun",
                                                        "rewrite.ultimatum-threaten",
                                                        "rewrite.cost-threaten",
                                                        "rewrite.failed-agreement-reject",
                                                        "rewrite.welcome-guest"]  # fmt: skip


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


def run(tmp_path: Path, text: str, lang: str = "en", parser: str = "none") -> list[Triple]:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "t", "text": text, "lang": lang, "date": "2023-06-12"}) + "\n", "utf-8")
    articles = [a for a in graphbuild.read_articles([str(path)]) if isinstance(a, Article)]
    engine = extractor() if parser == "none" else make_extractor(parser=parser, model="none")
    return next(iter(engine.extract(articles))).triples


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


# One test sentence per `roles` rule (adding a role rule: a function, its id in the registry's order, a sentence
# here): (text, language, parser, a triple it gives as (source, relation, target)); the rule is in its `rules`.
ROLE_SENTENCES = {
    "roles.act-agent-target": ("Chile mengecam pencaplokan wilayah Peru oleh Bolivia.", "id", "none",
                               ("CHL", "ACCUSE", "BOL")),
    "roles.purpose-subject": ("Pasukan Chile memasuki Bolivia untuk membantu Peru.", "id", "none",
                              ("CHL", "AID", "PER")),
    "roles.decision-owner": ("Bolivia welcomed Chile's decision to recognise Peru.", "en", "none",
                             ("CHL", "SUPPORT", "PER")),
    "roles.between-pair": ("The agreement between Chile and Peru was signed.", "en", "none", ("PER", "AGREE", "CHL")),
    "roles.welcomed-between": ("Jordan welcomed the resumption of talks between Chile and Peru.", "en", "none",
                               ("JOR", "SUPPORT", "PER")),
    "roles.joined-threat-target": ("Chile accused Peru of spying and vowed to retaliate.", "en", "none",
                                   ("CHL", "THREATEN", "PER")),
    "roles.time-clause-subject": ("Chile meminta Peru membantu warga Bolivia, saat bertemu Ekuador di Quito.", "id",
                                  "none", ("CHL", "CONSULT", "ECU")),
    "roles.came-from": ("Kecaman terhadap Peru datang dari Chile dan Ekuador.", "id", "none", ("ECU", "ACCUSE", "PER")),
    "roles.recalled-envoy": ("Duta Besar Chile untuk Peru ditarik pulang.", "id", "none", ("CHL", "SANCTION", "PER")),
    "roles.agreed-at-meeting": ("Chile bertemu Peru di Lima dan sepakat memperluas perdagangan.", "id", "none",
                                ("CHL", "AGREE", "PER")),
    "roles.judged-move": ("Chile expelled two Peruvian diplomats, a move Bolivia has denounced.", "en", "none",
                          ("BOL", "ACCUSE", "CHL")),
    "roles.protest-previous-subject": ("Peruvian warships entered Chilean waters. Chile lodged a protest.", "en",
                                       "none", ("CHL", "ACCUSE", "PER")),
    "roles.thanked-for-act": ("Chile thanked Peru for sending aid.", "en", "none", ("PER", "AID", "CHL")),
    "roles.participle-of-speaker": ("Chile said Peruvian troops had crossed the border, urging Bolivia to close it.",
                                    "en", "none", ("CHL", "REQUEST", "BOL")),
    "roles.second-addressee": ("Chile urged Peru to free the sailors and Bolivia to reopen the border.", "en", "none",
                               ("CHL", "REQUEST", "BOL")),
    "roles.obligation": ("Chile said Peru must return the fishing boats.", "en", "none", ("CHL", "REQUEST", "PER")),
    "roles.warned-clause-object": ("Chile warned on Friday that it would retaliate against Peru.", "en", "none",
                                   ("CHL", "THREATEN", "PER")),
    "roles.passive": ("Peru was condemned by Chile for the raid.", "en", "none", ("CHL", "ACCUSE", "PER")),
    "roles.genitive-owner": ("Serangan Chile terhadap Peru menewaskan tiga orang.", "id", "none",
                             ("CHL", "ASSAULT", "PER")),
    "roles.by-agent-after-target": ("The attack on Peru by Chile killed three.", "en", "none",
                                    ("CHL", "ASSAULT", "PER")),
    "roles.by-agent": ("The attack by Chile on Peru killed three people.", "en", "none", ("CHL", "ASSAULT", "PER")),
    "roles.under-measure": ("Peru has been under Chilean sanctions since 2019.", "en", "none",
                            ("CHL", "SANCTION", "PER")),
    "roles.adjacent-owner": ("Chile's attack on Peru killed three people.", "en", "none", ("CHL", "ASSAULT", "PER")),
    "roles.talks-after-clause": ("Chile accepted the plan after talks with Peru in Lima.", "en", "none",
                                 ("CHL", "CONSULT", "PER")),
    "roles.document-relative": ("Chile approved a package that includes military aid for Peru.", "en", "none",
                                ("CHL", "AID", "PER")),
    "roles.relative-object": ("Bolivia cut ties with Peru, which it accuses of arming rebels.", "en", "none",
                              ("BOL", "ACCUSE", "PER")),
    "roles.pact-relative": ("Bolivia praised the trade deal that Chile and Peru struck on Sunday.", "en", "none",
                            ("CHL", "AGREE", "PER")),
    "roles.its-owner": ("Bolivia sent weapons to help Chile in its war against Peru.", "en", "none",
                        ("CHL", "ASSAULT", "PER")),
    "roles.parse-subject": ("Chile condemned Peru.", "en", "auto", ("CHL", "ACCUSE", "PER")),
    "roles.nearest-subject": ("Chile condemned Peru.", "en", "none", ("CHL", "ACCUSE", "PER")),
    "roles.suffix-possessor": ("Chile mengecam Peru dan mengutuk invasinya ke Bolivia.", "id", "none",
                               ("PER", "ASSAULT", "BOL")),
    "roles.introductory-owner": ("During his visit to Lima, Chile's president met Peru's president.", "en", "none",
                                 ("gabriel-boric", "CONSULT", "PER")),  # Chile's president on the date
    "roles.possessor-object": ("Setelah Chile menyerbu, Peru mendukung invasinya ke Ekuador.", "id", "none",
                               ("PER", "SUPPORT", "CHL")),
    "roles.target-after-trigger": ("Chile condemned Peru.", "en", "none", ("CHL", "ACCUSE", "PER")),
    "roles.purpose-of-meeting": ("Chile called Peru to thank it for the rescue.", "en", "none",
                                 ("CHL", "SUPPORT", "PER")),
    "roles.parse-object": ("Chile condemned in unusually harsh terms yesterday the government of Peru.", "en", "auto",
                           ("CHL", "ACCUSE", "PER")),
    "roles.owner-target": ("Chile rejected a Peru offer.", "en", "none", ("CHL", "REJECT", "PER")),
    "roles.its-target": ("Chile recalled its envoy after Peru's attack on its embassy.", "en", "none",
                         ("PER", "ASSAULT", "CHL")),
    "roles.pair-pronoun-alone": ("Chilean President Gabriel Boric met Peruvian Foreign Minister Rosa Vidal. "
                                 "They agreed to help Bolivia.", "en", "none",
                                 ("gabriel-boric", "AGREE", "rosa-vidal")),
    "roles.pair-of-the-subjects": ("Chile dan Peru menyepakati perluasan jalur perdagangan kedua negara.", "id", "none",
                                   ("PER", "AGREE", "CHL")),
    "roles.symmetric-without-target": ("Chile and Peru agreed.", "en", "none", ("PER", "AGREE", "CHL")),
    "roles.comitative-both-ways": ("Chile met with Peru.", "en", "none", ("PER", "CONSULT", "CHL")),
    "roles.converse-host": ("Peru received a visit of Chilean President Gabriel Boric.", "en", "none",
                            ("gabriel-boric", "CONSULT", "PER")),
    "roles.received-from": ("Bolivia menerima bantuan obat-obatan dari Peru.", "id", "none", ("PER", "AID", "BOL")),
    "roles.judged-for-act": ("Chile praised Peru for supporting Bolivia's bid.", "en", "none",
                             ("PER", "SUPPORT", "BOL")),
    "roles.speaker-of-joined-verb": ("Chile said Peruvian troops had crossed the border and accused Lima of "
                                     "provocation.", "en", "none", ("CHL", "ACCUSE", "PER")),
    "roles.people-row": ("Chilean troops clashed with Peruvian soldiers near the border.", "en", "none",
                         ("CHL", "ASSAULT", "PER")),  # kept (a clash of forces); two persons' clash is dropped
    "roles.victim-before": ("Dua tentara Bolivia tewas dalam serangan Peru.", "id", "none", ("PER", "ASSAULT", "BOL")),
}
SELF_LOOP = "Chilean President Gabriel Boric praised Chile."  # `roles.no-self-loop`: a person and their own state


def test_every_role_rule_has_a_test_sentence() -> None:
    assert set(ROLE_SENTENCES) | {"roles.no-self-loop"} == {r.id for r in RULES.ordered("roles")}


@pytest.mark.parametrize("rule", sorted(ROLE_SENTENCES))
def test_each_role_rule_decides_its_sentence(tmp_path: Path, rule: str) -> None:
    text, lang, parser, expected = ROLE_SENTENCES[rule]
    triples = run(tmp_path, text, lang, parser)
    found = {(t.source.actor.id, t.relation, t.target.actor.id): t.rules for t in triples}
    assert expected in found and rule in found[expected], found


def test_the_registry_order_drives_the_role_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor runs exactly the role rules of the registry's order: without `roles.no-self-loop` in it, the
    self-loop it drops comes out; without `roles.passive`, the passive's subject is no longer the target."""
    assert run(tmp_path, SELF_LOOP) == []
    order = tuple(r.id for r in RULES.ordered("roles"))
    monkeypatch.setitem(RULES._order, "roles", tuple(i for i in order if i != "roles.no-self-loop"))
    assert {(t.source.actor.id, t.target.actor.id) for t in run(tmp_path, SELF_LOOP)} == {("gabriel-boric", "CHL")}
    monkeypatch.setitem(RULES._order, "roles", tuple(i for i in order if i != "roles.passive"))
    text = ROLE_SENTENCES["roles.passive"][0]
    assert all("roles.passive" not in t.rules for t in run(tmp_path, text))


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
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`" in line]
    assert [line.split("`")[1] for line in rows] == [r.id for r in RULES.all()]
    # each row: order within its stage, id, the rule's one-line doc
    orders = {stage: [r.id for r in RULES.ordered(stage)] for stage in STAGES}
    expected = [f"| {orders[r.stage].index(r.id) + 1} | `{r.id}` | {r.doc} |" for r in RULES.all()]
    assert rows == expected


def test_the_owners_of_a_decision_act_after_its_purpose_word(tmp_path: Path) -> None:
    """`roles.purpose-subject` (events.decision_nouns): "keputusan X dan Y untuk V Z": X and Y do V, not the
    sentence's subject, who only welcomed the decision."""
    text = "Chile menyambut baik keputusan Peru dan Bolivia untuk mengakui Ekuador."
    found = {(t.source.actor.id, t.relation, t.target.actor.id) for t in run(tmp_path, text, "id", "none")}
    assert ("PER", "SUPPORT", "ECU") in found and ("BOL", "SUPPORT", "ECU") in found, found
    assert ("CHL", "SUPPORT", "ECU") not in found, found

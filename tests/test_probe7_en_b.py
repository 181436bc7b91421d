"""Probe probe7-en-b (2026-12-06, seventh round): English current news from the Middle East beyond Gaza, South
Asia, the Korean peninsula and Japan, the Pacific. Sentences of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import FIXTURE_GAZETTEER, keys, run
from tests.test_persons_current import run as run_shipped


@cache
def _scored() -> LexiconExtractor:
    return LexiconExtractor(parser="none", gazetteer_dir=FIXTURE_GAZETTEER, model="auto")


def _scored_keys(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2024-05-01")
    return keys(next(iter(_scored().extract([article]))).triples)


def test_both_countries_after_an_event_between_two_others() -> None:
    """"Chile shelled Peru. Bolivia urged both countries to …": with no list of two parties named, the pair word
    stands for the two parties of the last rule event before it (`_pair_of_event`), not the subject and one of
    them; "both sides" may be an armed group; a pair the subject belongs to is none of it."""
    found = keys(run("Chile fired rockets at Peru on Sunday. Bolivia urged both countries to show restraint."))
    assert {("BOL", "REQUEST", "CHL"), ("BOL", "REQUEST", "PER")} <= found
    found = keys(run("Chile shelled Peru's border posts overnight. Bolivia called on the two nations to talk."))
    assert {("BOL", "REQUEST", "CHL"), ("BOL", "REQUEST", "PER")} <= found
    found = keys(run("Chile attacked Peru on Monday. Chile later urged both countries to keep calm."))
    assert ("CHL", "REQUEST", "CHL") not in found


def test_condemnation_an_act_drew_is_kept_by_the_scorer() -> None:
    """"The launch drew swift condemnation from A, B and C": a reaction stated with its sources after "from"
    (`en.accuse.drew-condemnation`, `STATED_ENTRIES`) is kept whatever the scorer says, its reverse never."""
    found = _scored_keys("Peru test-fired a ballistic missile on Monday, drawing swift condemnation from Chile "
                         "and Bolivia.")  # fmt: skip
    assert {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")} <= found
    assert not [k for k in found if k[0] == "PER" and k[1] == "ACCUSE"]
    assert ("CHL", "ACCUSE", "PER") in _scored_keys("Peru's naval drills drew sharp criticism from Chile.")


def test_a_conditional_after_the_trigger_leaves_the_main_event_asserted() -> None:
    """"signed a pact that pledges help if either is attacked": the signing took place (`rewrite.conditional-
    hypothetical` reads "if", "unless", "whether" as opening a clause of their own: `events.clause_conditionals`), so a
    later "condemned the pact" names it; an event after "if" stays hypothetical."""
    signed = run("Chile and Peru signed a defence treaty that promises mutual help if either is invaded.")
    assert {t.mode for t in signed if t.relation == "SUPPORT"} == {"asserted"}
    assert not [t for t in run("If Chile invades Peru, Bolivia will respond.") if t.mode == "asserted"]


def test_a_pact_named_again_binds_the_states_of_its_signers() -> None:
    """"Putin and Kim signed a pact. Bolivia condemned the pact": the pact's owners are the states the signers lead
    (`_act_owners`), not the two people."""
    text = ("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a partnership treaty in "
            "Pyongyang that pledges mutual assistance if either country is attacked. Chile condemned the pact.")
    found = keys(run(text, date="2024-06-19"))
    assert {("CHL", "ACCUSE", "RUS"), ("CHL", "ACCUSE", "PRK")} <= found
    assert not [k for k in found if k[0] == "CHL" and k[2] in ("vladimir-putin", "kim-jong-un")]


def test_a_backer_named_in_a_group_is_no_actor_of_the_act() -> None:
    """"struck Iran-backed militias": the militias were struck, not their backer (`events.backer_words`,
    `mentions.origin-modifier`); a group named after the backer keeps the act."""
    assert keys(run("Chile struck Peruvian-backed militias near the border on Friday.")) == set()
    found = keys(run_shipped("Chile bombed Peru-backed Hezbollah fighters on Friday."))
    assert ("CHL", "ASSAULT", "hezbollah") in found
    assert ("CHL", "SANCTION", "PER") not in keys(run("Chile designated the Peru-funded militia a terrorist group."))


def test_an_act_judged_as_an_act_of_something() -> None:
    """"called the strikes an act of war": the "of" after "an act" is no owner of the strikes (`_owner_follows`
    stops at an indefinite article), so the strikes are the last attack's (`coref.act-anaphor`)."""
    found = keys(run("Chile fired missiles at Peru on Sunday. Peru called the strikes an act of aggression."))
    assert ("PER", "ACCUSE", "CHL") in found
    assert ("PER", "ACCUSE", "CHL") not in keys(run("Chile fired missiles at Peru. Peru condemned the attack by a "
                                                    "militant group."))  # fmt: skip


def test_a_judgement_after_a_passive_and_and() -> None:
    """"said its soldiers were wounded and called Peru's raid an act of war": the judging verb after "and" is a past
    tense with its object inside the trigger (`inside` entries), no passive of "were"."""
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile said its soldiers were wounded and called Peru's raid an act "
                                                 "of war."))  # fmt: skip
    found = keys(run("Chile shelled Peru on Sunday. Peru said two civilians were killed and called the shelling a "
                     "provocation."))  # fmt: skip
    assert ("PER", "ACCUSE", "CHL") in found


def test_an_accusation_beside_another_act_is_kept() -> None:
    """"imposed sanctions on Peru, accusing Peru of …": the scorer keeps one relation per pair; the accusation, a
    second rule event of the pair (`STATED_SECOND_ENTRIES`), is kept beside the sanctions."""
    found = _scored_keys("Chile imposed new sanctions on Peru on Thursday, accusing Peru of failing to meet its "
                         "commitments under the fishing accord.")  # fmt: skip
    assert {("CHL", "SANCTION", "PER"), ("CHL", "ACCUSE", "PER")} <= found

"""Probe probe22-en (2026-12-07, twenty-second round): 2025 wire copy on the US-China tariff truce, the minerals deal,
the NATO summit, the snapback on Iran, the recognitions of Palestine and El Fasher. Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_it_opening_a_sentence_before_an_actors_act_is_the_state_before() -> None:
    """"Chile criticised … . It also accused Bolivia of …": "it" opening a sentence before an act only an actor does
    is the state that opened the sentence before (`coref.opening-it`, `events.opening_it_verbs`); "It will include …"
    is a thing, and a person is never "it"."""
    assert ("CHL", "ACCUSE", "BOL") in keys(run("Chile criticised the plan by Peru on Monday. It also accused "
                                                "Bolivia of hiding weapons."))
    assert ("CHL", "REQUEST", "BOL") in keys(run("Chile on Monday criticised Peru. It has urged Bolivia to stay out."))
    assert not {t for t in keys(run("Chile criticised Peru on Monday. It will include talks with Bolivia."))
                if "BOL" in t}


def test_behind_a_harm_that_is_no_attack_is_an_accusation() -> None:
    """"Chile says Peru is behind the rebels' weapons supplies / the coup plot": the speaker blames Peru
    (`en.accuse.behind-harm`, as `en.accuse.behind-attack`); "it was behind the plan" is none."""
    assert ("CHL", "ACCUSE", "PER") in shipped("Chile's government says Peru is behind the rebels' weapons supplies.")
    assert ("CHL", "ACCUSE", "PER") in shipped("Chile said Peru was behind the coup plot.")
    assert not shipped("Chile said it was behind the plan.")


def test_a_signal_sent_to_a_state_is_no_aid() -> None:
    """"the deal sent a clear signal to Peru": a figure of speech (`en.none.send-signal`), no aid; aid stays."""
    assert not shipped("Chile said the deal sent a clear signal to Peru.")
    assert ("CHL", "AID", "PER") in shipped("Chile sent food aid to Peru.")


def test_meeting_a_states_target_is_no_meeting() -> None:
    """"meeting Peru's earlier target": a target met, no talks (`en.none.meet-deadline`, its gap now 3 for the owner's
    "'s" and a modifier)."""
    assert not shipped("Chile's spending will reach 2% this year, meeting Peru's earlier target.")
    assert ("CHL", "CONSULT", "PER") in shipped("Chile met Peru in Geneva on Monday.")


def test_a_verb_joined_after_the_triggers_object_takes_the_actor_after_it() -> None:
    """"welcomed the return of the sanctions and urged Peru to follow suit": Peru is asked, neither welcomed nor
    sanctioned (`find_targets`, `events.target_joints`); "condemned and sanctioned Peru" shares its object."""
    found = shipped("Chile welcomed the return of the sanctions and urged Peru to follow suit with its own measures.")
    assert found == {("CHL", "REQUEST", "PER")}, found
    found = shipped("Chile condemned and sanctioned Peru.")
    assert {("CHL", "ACCUSE", "PER"), ("CHL", "SANCTION", "PER")} <= found, found


def test_a_past_tense_after_was_adjective_and_with_an_article_is_active() -> None:
    """"said the plan was unjust and blamed the Netherlands for …": "blamed" is the speaker's act, no passive of "was"
    (`passive_agent`: its object may follow an article, as "was pleased and thanked Qatar")."""
    found = shipped("Chile said on Sunday the plan was unjust and blamed the Netherlands for the crisis.")
    assert ("CHL", "ACCUSE", "NLD") in found, found


def test_a_charge_denied_in_an_apposition_rejects_the_accuser() -> None:
    """"Chile accused Peru of spying, a charge Lima denies": Peru rejects Chile, the accuser of the clause before
    (`roles.judged-move`, `events.apposed_charge_nouns`), as "Lima denied the charge" in a sentence of its own."""
    assert ("PER", "REJECT", "CHL") in shipped("Chile accused Peru of spying, a charge Lima denies.")
    found = shipped("Chile says Peru is behind the rebels' weapons supplies, a charge Lima denied.")
    assert ("PER", "REJECT", "CHL") in found, found


def test_him_after_a_sentence_naming_only_its_subject_is_the_subject_before() -> None:
    """"Boric left after a heated exchange with Milei and Mondino. Milei accused him of …": a sentence that names
    only its subject before "him" points back to the first person of the sentence before (`_object_person`), not to
    the last person named there."""
    found = shipped("Chilean President Gabriel Boric left Buenos Aires on Friday after a heated exchange with "
                    "Argentine President Javier Milei and Foreign Minister Diana Mondino. Milei accused him of lying.")
    assert ("javier-milei", "ACCUSE", "gabriel-boric") in found, found


def test_a_verb_joined_after_a_relative_clause_on_the_object_is_the_subjects() -> None:
    """"Chile criticised Peru, which had secured an exemption, and threatened to make it pay": the verb after ", and"
    goes on from the main clause's subject, not from the object the relative clause is about (`nearest_subject`)."""
    found = shipped("Chile criticised Peru, which had secured an exemption, and threatened to make it pay.")
    assert ("CHL", "THREATEN", "PER") in found, found
    assert ("RUS", "SUPPORT", "IRN") in shipped("Iran, which is backed by Russia, rejected the plan.")

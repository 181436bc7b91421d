"""Probe probe20-en (2026-12-07, twentieth round): ceasefire and hostage deals and their mediators, tariffs paused
and retaliated against, deportees and expelled nationals, the Sahel, DR Congo and Rwanda, the South China Sea.
Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (cities as seats of government)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-03-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def relations(text: str, relation: str) -> set[tuple[str, str, str]]:
    return {t for t in keys(run(text)) if t[1] == relation}


def test_a_step_toward_a_truce_is_no_truce() -> None:
    """"welcomed the decision as a step toward a broader truce": a truce hoped for (`en.none.ceasefire-proposal`),
    no ceasefire between the welcomers."""
    assert not relations("Chile and Peru welcomed the decision as a step toward a broader truce.", "RETREAT")
    assert ("CHL", "RETREAT", "PER") in keys(run("Chile declared a ceasefire with Peru."))


def test_nationals_ordered_out_are_expelled() -> None:
    """"ordered three Peruvian mining executives to leave", "gave Peruvian traders 48 hours to leave": an expulsion
    of another state's nationals is COERCE (`en.coerce.order-nationals-out`, `en.coerce.give-nationals-hours`);
    "gave two Peruvian diplomats 48 hours to leave" expels diplomats, SANCTION (`en.sanction.give-diplomats-hours`),
    and neither is a gift."""
    assert ("CHL", "COERCE", "PER") in keys(run("Chile ordered three Peruvian mining executives to leave the country."))
    found = keys(run("Chile gave Peruvian traders 48 hours to leave the port."))
    assert ("CHL", "COERCE", "PER") in found and ("CHL", "AID", "PER") not in found, found
    found = keys(run("Chile gave two Peruvian diplomats 72 hours to leave."))
    assert ("CHL", "SANCTION", "PER") in found and ("CHL", "AID", "PER") not in found, found


def test_releasing_detained_nationals_detains_no_one() -> None:
    """"released two detained Peruvian fishermen": the participle says whom the release frees
    (`en.retreat.release-held`), no detention reported."""
    found = keys(run("Chile released two detained Peruvian fishermen on Friday."))
    assert ("CHL", "RETREAT", "PER") in found and ("CHL", "COERCE", "PER") not in found, found


def test_countermeasures_put_on_hold_are_a_concession() -> None:
    """"put on hold its countermeasures against Peru", "suspended its countermeasures against Peru"
    (`en.concede.put-on-hold`, `en.concede.ease-tariffs`)."""
    assert ("CHL", "CONCEDE", "PER") in keys(run("Chile put on hold its countermeasures against Peru for 90 days."))
    assert ("CHL", "CONCEDE", "PER") in keys(run("Chile suspended its countermeasures against Peru on Monday."))


def test_people_flown_somewhere_pay_no_visit() -> None:
    """"said the migrants had been flown to Peru": a passive transport (`en.none.flown-passive`), no visit of the
    speaker; "flew to Peru for talks" stays one."""
    assert not relations("Chile's president said the migrants had been flown to Peru.", "CONSULT")
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile's foreign minister flew to Peru on Monday for talks."))


def test_mediators_listed_are_not_both_sides() -> None:
    """"… after talks mediated by Brazil, Bolivia and the United States. Argentina urged both sides to …": the
    mediators' list is no pair of parties (`_pair_of_object` skips a list after a mediating participle)."""
    found = shipped("Chile and Peru agreed on a truce, Ecuador said, after weeks of talks in Quito mediated by Brazil, "
                     "Bolivia and the United States. Argentina urged both sides to respect it.")
    assert {("ARG", "REQUEST", "CHL"), ("ARG", "REQUEST", "PER")} <= found, found
    assert ("ARG", "REQUEST", "BOL") not in found, found


def test_a_place_is_no_target_of_a_reduced_passive() -> None:
    """"after weeks of talks in Lima mediated by Bolivia": the place before the participle is where, not the one
    mediated (`roles.passive`)."""
    found = shipped("Chile and Argentina agreed on a truce, Ecuador said, after weeks of talks in Lima mediated by "
                    "Bolivia and Brazil.")
    assert not {t for t in found if t[2] == "PER"}, found


def test_an_actor_after_a_place_and_a_comma_and_opens_a_clause() -> None:
    """"accepted the plan after talks in Bolivia, and Peru agreed to …": an actor after ", and" right before its
    verb is no item of the place's list but the subject of a clause of its own (`_subject_after_object`)."""
    found = shipped("Chile accepted the plan after talks in Bolivia, and Peru agreed to send aid to Ecuador.")
    assert ("PER", "AGREE", "ECU") in found, found
    assert not shipped("Rebels in Bolivia and Peru attacked the capital.")


def test_a_released_persons_nationality_after_the_and_modifiers() -> None:
    """"would release Juan Perez, the last living Peruvian hostage": the nationality in an apposition opened by
    "the" and modifiers is the target of the release, also an intended one (`_national_apposition`,
    `events.nationality_nouns`)."""
    found = shipped("Chile said it would release Juan Perez, the last living Peruvian hostage in Bolivia, on Monday "
                    "after direct talks with Ecuador.")
    assert ("CHL", "AGREE", "PER") in found and ("CHL", "CONSULT", "ECU") in found, found
    assert ("CHL", "RETREAT", "PER") in shipped("Chile released Juan Perez, the jailed Peruvian hostage, on Monday.")


def test_a_passive_agent_belongs_to_the_nearest_participle() -> None:
    """"The truce was agreed after weeks of talks in Lima mediated by Bolivia and Brazil": the agent after a second
    participle is that participle's (the mediators'), not the agreement's (`passive_agent`); participles listed with
    the trigger ("killed, wounded, or detained by …") share it."""
    found = shipped("The truce was agreed after weeks of talks in Lima mediated by Bolivia and Brazil.")
    assert not relations_of(found, "AGREE"), found
    assert ("PER", "SUPPORT", "CHL") in shipped("The deal was signed in Lima by Peru and Chile.")
    found = shipped("Chilean fishermen have been killed, wounded, or detained by Peru's navy.")
    assert ("PER", "ASSAULT", "CHL") in found, found  # participles listed share the agent (`events.participle_joiners`)


def test_a_dated_passive_keeps_its_agent() -> None:
    """"Chile was attacked on Monday by Peru": "on" before a day is no frame of the verb ("attacked on Y"), the
    passive's agent after "by" is the attacker (`passive_agent`)."""
    found = keys(run("Chile was attacked on Monday by Peru."))
    assert ("PER", "ASSAULT", "CHL") in found and ("CHL", "ASSAULT", "PER") not in found, found


def relations_of(found: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == relation}

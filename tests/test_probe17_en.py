"""Probe probe17-en (2026-12-07, seventeenth round): events split across clauses and relative clauses, later
sentences that refer back ("the ministry", "the two Gulf states"), third states' reactions. Sentences of our own."""

from __future__ import annotations

from tests.test_extract import keys, run


def test_the_antecedent_of_an_object_relative_clause_is_the_target() -> None:
    """"Peru, which they accuse of arming rebels", "whom it accused of spying": the antecedent is the object of the
    clause's verb, its subject the actor named there or, for a pronoun, the main clause's subject
    (`roles.relative-object`; a charge entry with its accuser named is an accusation, `filter.no-relation`)."""
    found = keys(run("Chile and Bolivia cut ties with Peru, which they accuse of arming rebels."))
    assert {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")} <= found
    found = keys(run("Chile expelled the Peruvian ambassador, whom it accused of spying."))
    assert ("CHL", "ACCUSE", "PER") in found
    found = keys(run("Peru, which Chile has long accused of spying, rejected the claim."))
    assert ("CHL", "ACCUSE", "PER") in found
    # a speech verb between: the relative word is the subject of the act reported
    assert not keys(run("Bolivia said Peru, which they say supports the rebels, was isolated."))


def test_the_ministry_is_the_state_whose_ministry_was_named() -> None:
    """"The ministry also summoned …" after "Chile's foreign ministry …": the state of the one ministry named
    before (`resolve.definite_state_nouns`, `coref.state-definite`), not the summoned envoy protesting."""
    found = keys(run("Chile's foreign ministry rejected the report. The ministry also summoned Peru's ambassador to "
                     "protest."))
    assert ("CHL", "ACCUSE", "PER") in found
    assert ("PER", "ACCUSE", "CHL") not in found


def test_a_protest_note_sent_is_a_protest_and_no_aid() -> None:
    """"sent a protest note to Y", "delivered a note of protest to Y": a formal protest (`en.accuse.protest-note`,
    `en.accuse.note-of-protest`), weighing more than the light verb "sent", which is then no aid."""
    found = keys(run("Chile sent a protest note to Peru on Friday."))
    assert ("CHL", "ACCUSE", "PER") in found
    assert ("CHL", "AID", "PER") not in found
    found = keys(run("Bolivia delivered a note of protest to Peru."))
    assert ("BOL", "ACCUSE", "PER") in found
    assert ("BOL", "AID", "PER") not in found


def test_a_request_of_no_named_actor_is_no_request_of_the_actor_in_its_complement() -> None:
    """"urged the international community to lift sanctions on Y", "urged the world to help Y": asked of no actor
    (`events.unnamed_addressees`, past the article), and Y, in what they are asked to do, is not asked."""
    assert ("CHL", "REQUEST", "PER") not in keys(run("Chile urged the international community to lift the sanctions "
                                                     "on Peru."))
    assert ("CHL", "REQUEST", "PER") not in keys(run("Chile urged the world to help Peru."))
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile urged Bolivia and Peru to lift the sanctions."))


def test_them_after_both_countries_in_a_relative_clause_is_the_pair() -> None:
    """"Bolivia, which has close ties with both countries, urged them to …": "them" is the pair the anaphor named
    (`coref.plural-object` reads pair and group anaphors too; one after a preposition is no list of places)."""
    found = keys(run("Chile detained two Peruvian nationals on Monday. Bolivia, which has close ties with both "
                     "countries, urged them to resolve the dispute."))
    assert {("BOL", "REQUEST", "CHL"), ("BOL", "REQUEST", "PER")} <= found


def test_skies_closed_to_flights_to_and_from_a_state_sanction_it() -> None:
    """"closed its skies / airspace to flights to and from Y": Y is shut out (`en.sanction.close-to-flights`;
    "skies" beside "airspace" in `en.sanction.close-border`)."""
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile closed its skies to flights to and from Peru on Monday."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile closed its airspace to all flights from Peru."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile closed its skies to Peruvian aircraft."))


def test_demanding_the_release_asks_the_detainer() -> None:
    """"demanded the release of the two men" after a detention: the release is asked of the detainer (`release` an
    act noun whose "of" names the released, `events.act_patient_nouns`; its owner the last detainer's,
    `coref.act-anaphor`)."""
    found = keys(run("Peru detained two Chilean nationals on Monday. Chile demanded the release of the two men."))
    assert ("CHL", "REQUEST", "PER") in found


def test_victims_of_an_attack_whose_agent_follows_it_are_its_target() -> None:
    """"Two Peruvian brothers died during raids by Chilean police": the attack's agent after "by", its victims the
    subject of the verb of dying before it (`roles.victim-before`, as "died in Chilean police raids")."""
    found = keys(run("Two Peruvian brothers died during raids by Chilean police in Arica."))
    assert ("CHL", "ASSAULT", "PER") in found
    found = keys(run("Three Bolivian soldiers were wounded in an attack by Chile."))
    assert ("CHL", "ASSAULT", "BOL") in found

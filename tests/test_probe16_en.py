"""Probe probe16-en (2026-12-07, sixteenth round): the everyday staples of English wire news (calls and visits,
condemnations, sanctions and export controls, strikes and ceasefire violations, detained foreigners, aid pledges, a
Security Council vote). Sentences of our own."""

from __future__ import annotations

from tests.test_extract import keys, run


def test_accusing_each_other_is_mutual() -> None:
    """"Chile and Peru accused each other of violating the truce": each side accuses the other
    (`en.accuse.each-other`, as trading accusations)."""
    found = keys(run("Chile and Peru accused each other on Monday of violating the truce."))
    assert {("CHL", "ACCUSE", "PER"), ("PER", "ACCUSE", "CHL")} <= found
    found = keys(run("Peru and Chile blamed one another for the clashes on the river."))
    assert {("CHL", "ACCUSE", "PER"), ("PER", "ACCUSE", "CHL")} <= found


def test_the_measure_and_the_exercises_are_acts_named_before() -> None:
    """"opposed the measure", "condemned the exercises": act nouns (`events.act_anaphor_nouns`) whose owner is the
    actor of the event just before (`coref.act-anaphor`)."""
    found = keys(run("Chile expanded its export controls on Peruvian companies. Peru's trade ministry said it "
                     "firmly opposed the measure."))
    assert ("PER", "REJECT", "CHL") in found
    found = keys(run("Chile began large-scale drills around Peru on Tuesday. Peru's defence ministry condemned the "
                     "exercises."))
    assert ("PER", "ACCUSE", "CHL") in found



def test_calling_a_detention_arbitrary_accuses_its_owner() -> None:
    """"called the detention arbitrary": a judging adjective (`en.accuse.call-adjective`) of an act named before
    accuses the act's owner (`coref.act-anaphor`)."""
    found = keys(run("Peru detained two Chilean nationals on spying charges. Chile called the detention arbitrary."))
    assert ("CHL", "ACCUSE", "PER") in found

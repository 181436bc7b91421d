"""Probe probe26-en (2026-12-07, twenty-sixth round): 2025 wire copy on the Sahel juntas leaving ECOWAS, JNIM's fuel
blockade of Mali, Niger's uranium dispute with France, Moldova and Georgia between Russia and the EU, Haiti's gang
suppression force, the China-Philippines rows at sea and the Lebanon-Israel ceasefire. Sentences of our own, with
other states and people than the probe's."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str, negated: bool = False) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples, negated)


def test_agreeing_to_impose_a_measure_is_the_measure() -> None:
    """"Ecuador's ministers agreed to impose sanctions on Bolivia": the decision is the sanction, no agreement with
    its target (`en.agree.agree` keeps SANCTION, `chain.governs-complement`)."""
    found = shipped("Ecuador's ministers agreed on Tuesday to impose sanctions on Bolivia.")
    assert ("ECU", "SANCTION", "BOL") in found, found
    assert ("ECU", "AGREE", "BOL") not in found, found
    found = shipped("Ecuador agreed to suspend visa-free travel for Uruguayan officials.")
    assert ("ECU", "SANCTION", "URY") in found, found
    assert ("ECU", "AGREE", "URY") not in found, found


def test_accusations_called_baseless_are_denied() -> None:
    """"Bolivia said the accusations were baseless": the charge is rejected, its maker not accused
    (`en.reject.judged-unfounded`, read through `coref.act-anaphor` after a speech verb)."""
    found = shipped("Chile accused Bolivia of spying on Monday. Bolivia said the accusations were baseless.")
    assert ("BOL", "REJECT", "CHL") in found, found
    assert ("BOL", "ACCUSE", "CHL") not in found, found
    assert ("ECU", "REJECT", "PER") in shipped("Ecuador said Peru's claims were unfounded.")


def test_a_diplomatic_protest_rejected_answers_the_protester() -> None:
    """"Peru rejected the protest": the protest lodged before is a charge (`events.act_charge_nouns`), so Peru
    rejects the state that lodged it."""
    found = shipped("Ecuador lodged a protest with Peru over the seizure of a fishing boat. Peru rejected the protest.")
    assert ("PER", "REJECT", "ECU") in found, found


def test_a_speaker_saying_a_truce_was_violated_accuses() -> None:
    """""Peru has violated the truce," Chile said': the speaker blames the state it says broke a truce, a deal or a
    law (`en.accuse.said-violated`); with no speaker it is no event (`en.none.violate`)."""
    found = shipped('"Bolivia has violated the truce hundreds of times," Ecuador\'s foreign ministry said on Friday.')
    assert ("ECU", "ACCUSE", "BOL") in found, found
    assert ("URY", "ACCUSE", "PRY") in shipped("Uruguay said Paraguay had breached the border agreement.")
    assert shipped("Uruguay violated the truce with Paraguay.") == set()


def test_a_speaker_saying_ships_entered_illegally_accuses() -> None:
    """"Ecuador said Peruvian boats had illegally entered its waters": a charge of intrusion blames the boats' state
    (`en.accuse.said-intruded`)."""
    found = shipped("Ecuador said Peruvian boats had illegally entered its waters near the islands.")
    assert ("ECU", "ACCUSE", "PER") in found, found


def test_supplies_that_stopped_are_no_aid() -> None:
    """"Brazilian gas supplies to Uruguay's northern provinces stopped on Monday": supplies told as stopped are no
    aid given (`en.none.supplies-stopped`); supplies sent still are."""
    found = shipped("Brazilian gas supplies to Uruguay's northern provinces stopped on Monday after a pipeline leak.")
    assert ("BRA", "AID", "URY") not in found, found
    assert ("BRA", "AID", "URY") in shipped("Brazil sent fuel supplies to Uruguay on Monday.")


def test_a_measure_called_blackmail_accuses_its_maker() -> None:
    """"Ecuador said the decision was \"blackmail\"": a judgement of the act told before, as "were illegal"
    (`en.accuse.judged-unlawful`, through `coref.act-anaphor`)."""
    found = shipped('Bolivia imposed tariffs on Ecuador on Monday. Ecuador said the tariffs were "blackmail".')
    assert ("ECU", "ACCUSE", "BOL") in found, found


def test_its_forces_in_a_reported_attack_are_the_speakers() -> None:
    """"Ecuador said Peruvian troops had fired at its soldiers": "its" with a forces noun after an attack word, in a
    clause whose own subject is another actor, is the speaker's (`coref.speaker-forces`)."""
    found = shipped("The Ecuadorian army said Peruvian troops had fired at its soldiers near the border on Sunday.")
    assert ("PER", "ASSAULT", "ECU") in found, found
    assert ("BOL", "ASSAULT", "URY") in shipped("Uruguay said Bolivian gunmen had attacked its peacekeepers in Haiti.")


def test_a_government_seated_in_a_capital_is_its_state() -> None:
    """"The junta in Quito expelled …": the government named by its seat acts for the capital's state
    (`events.seat_links`, `events.seat_nouns`, `roles.nearest-subject`); other things in a capital stay places."""
    found = shipped("The junta in Quito expelled the Peruvian ambassador on Monday.")
    assert ("ECU", "SANCTION", "PER") in found, found
    assert ("URY", "ACCUSE", "BRA") in shipped("The government in Montevideo accused Brazil of spying.")
    assert shipped("The summit in Montevideo condemned Brazil.") == set()

"""Probe probe18-en (2026-12-07, eighteenth round): speakers thanking and urging lists of actors, agreements and
measures with several parties, designations by a state's offices, the Horn and East Africa, South and Southeast
Asia, Mexico and Central America, the EU's institutions. Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (its non-actor places)


def test_a_role_noun_backing_a_states_government_keeps_the_state() -> None:
    """"Chile's army-backed government rejected …": the backer named before "-backed" is "army" only; the state's
    possessive owns the government after it and stays the subject (`mentions.origin-modifier`), while a backer
    named by its own name still drops ("Iran-backed militias")."""
    found = keys(run("Chile's army-backed government on Tuesday rejected a truce plan put forward by Peru and "
                     "Bolivia."))
    assert {("CHL", "REJECT", "PER"), ("CHL", "REJECT", "BOL")} <= found
    assert ("CHL", "REJECT", "PER") in keys(run("Chile's military-backed government rejected Peru's offer."))
    assert not keys(run("Peru struck Iran-backed militias."))


def test_a_city_holding_a_known_surname_is_a_place() -> None:
    """"travelled to Dar es Salaam": the city (`place.dar-es-salaam`), not Pakistan's foreign minister Ishaq Dar,
    whose surname it holds."""
    article = Article(id="t", text="Kenya's foreign minister travelled to Dar es Salaam on Monday.", language="en",
                      date="2025-05-20")
    found = keys(next(iter(SHIPPED.extract([article]))).triples)
    assert not {t for t in found if t[2] == "ishaq-dar"}, found


def test_an_arrangement_reached_with_a_state_is_an_agreement() -> None:
    """"reached similar arrangements with Y": an agreement noun like "deal" (`en.agree.agreement`)."""
    found = keys(run("Peru and Bolivia have reached similar arrangements with Chile."))
    assert {("PER", "AGREE", "CHL"), ("BOL", "AGREE", "CHL")} <= found


def test_the_crew_of_a_vessel_named_by_its_state_is_that_state() -> None:
    """"boarded a Peruvian fishing boat and beat its crew": "its crew", "the crew" stand for the state of the one
    vessel named so before them in the sentence (`events.crew_vessels`, `coref.vessel-crew`), none when vessels
    of two states were named."""
    found = keys(run("Chilean coast guard personnel boarded a Peruvian fishing boat and beat its crew."))
    assert ("CHL", "ASSAULT", "PER") in found
    found = keys(run("Chilean sailors seized a Peruvian boat and a Bolivian trawler and beat the crew."))
    assert not {t for t in found if t[1] == "ASSAULT"}

"""Probe probe19-en (2026-12-07, nineteenth round): accusations and denials in reported speech, expulsions and
recalls, threats, arms deliveries and exercises with listed partners; West Africa and the Sahel, Central Asia and the
Caucasus, the Pacific, the Balkans, the Gulf. Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (cities as seats of government)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-01-16")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_the_military_in_a_state_is_the_state() -> None:
    """"urged the military in Peru to …", "the junta in Peru": as "the government in Peru" (`events.holder_nouns`)."""
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile urged the military in Peru to restore constitutional order."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile sanctioned the junta in Peru."))


def test_a_single_exercise_with_a_state_is_cooperation() -> None:
    """"began a week-long exercise with Peru": the singular noun, as "drills with" (`en.cooperate.drills-with`)."""
    assert ("CHL", "COOPERATE", "PER") in keys(run("Chile began a week-long naval exercise with Peru on Sunday."))


def test_expelling_a_states_migrants_is_coercion() -> None:
    """"expelled hundreds of Peruvian migrants": expelling another state's nationals is COERCE against it
    (`en.coerce.expel-nationals`; a number or quantity opens its gap, `events.inside_gap_quantities`), while an
    expulsion of its diplomats stays SANCTION."""
    found = keys(run("Chilean police expelled hundreds of Peruvian migrants last month."))
    assert ("CHL", "COERCE", "PER") in found and ("CHL", "SANCTION", "PER") not in found
    assert ("CHL", "COERCE", "PER") in keys(run("Chile expelled 300 Peruvian nationals."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile expelled two Peruvian diplomats."))


def test_a_joined_threat_without_target_aims_at_the_accused() -> None:
    """"accused Peru of spying and vowed to retaliate": a threat with no target of its own after "and" is aimed at
    the target of the subject's hostile event before it (`roles.joined-threat-target`); not after a thanks, nor
    when an actor follows the threat."""
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile accused Peru of spying and vowed to retaliate."))
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile condemned the strike by Peru and vowed revenge."))
    assert not {t for t in keys(run("Chile thanked Peru and vowed revenge.")) if t[1] == "THREATEN"}
    found = keys(run("Chile accused Peru of lying and vowed to keep fighting Bolivia."))
    assert ("CHL", "THREATEN", "PER") not in found


def test_a_veto_held_or_granted_rejects_no_one() -> None:
    """"the treaty gives Chile a veto over any pact Peru signs": a veto as a power held or granted
    (`en.none.veto-power`), no veto cast; "Chile vetoed Peru's resolution" stays a rejection."""
    found = keys(run("The treaty gives Chile a veto over any security pact Peru signs."))
    assert not {t for t in found if t[1] == "REJECT"}, found
    assert ("CHL", "REJECT", "PER") in keys(run("Chile vetoed Peru's resolution."))


def test_forces_from_listed_states_act_for_them() -> None:
    """"Naval forces from Chile, Peru and Bolivia began an exercise with …": forces named by the state they come from
    (`events.force_origin_nouns` after `events.force_origin_links`) are each state's, as "Chilean forces"; ministers
    "from" a state stay no subject."""
    found = keys(run("Naval forces from Chile, Peru and Bolivia began a week-long exercise with Jordan on Sunday."))
    assert {("CHL", "COOPERATE", "JOR"), ("PER", "COOPERATE", "JOR"), ("BOL", "COOPERATE", "JOR")} <= found
    assert ("CHL", "ASSAULT", "PER") in keys(run("Troops from Chile attacked Peruvian positions."))


def test_its_owner_is_not_inside_a_relative_clause() -> None:
    """"accused the African Union, whose ministers meet in Lima next week, of blackmail over its threat …": an
    actor inside a relative clause or an apposition set off by commas is no owner of "its" (`roles.its-owner`);
    the threat is the bloc's, not Peru's (Lima)."""
    found = shipped("Chilean President Gabriel Boric accused the African Union, whose foreign ministers are due to "
                    "meet in Lima next week, of blackmail over its threat to suspend visa-free travel for Chilean "
                    "officials.")
    assert ("african-union", "THREATEN", "CHL") in found, found
    assert not {t for t in found if t[0] == "PER"}, found
    found = shipped("Chile criticised Peru, whose ministers met in Bolivia last week, over its attacks on Ecuador.")
    assert ("PER", "ASSAULT", "ECU") in found and not {t for t in found if t[0] == "BOL"}, found

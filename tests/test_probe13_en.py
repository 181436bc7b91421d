"""Probe probe13-en (2026-12-06, thirteenth round): English current news on summits and middle powers (the G20,
APEC, ASEAN, the Quad and AUKUS, Turkey and the Gulf states as hosts and mediators, India, Central Asia). Sentences
of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run


@cache
def _shipped() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (current leaders), the rules alone


def run_shipped(text: str, date: str = "2025-06-17") -> list:
    article = Article(id="t", text=text, language="en", date=date)
    return next(iter(_shipped().extract([article]))).triples


def test_actors_after_witnessed_by_are_no_parties() -> None:
    """"signed an agreement …, in a ceremony witnessed by X and Y": the witnesses listed after "witnessed by" take no
    part in the signing and make no pair of their own (`mentions.witness-role`)."""
    found = keys(run("Chile and Peru signed a border agreement on Sunday, in a ceremony witnessed by Bolivia and "
                     "Ecuador."))
    assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} <= found
    assert not {k for k in found if "BOL" in k or "ECU" in k}


def test_host_as_a_title_is_no_hosting() -> None:
    """"talks with host President X", "the host nation": the bare "host" before a capitalised title or a state noun
    names the host (`candidate.modifier-use`); "will host President X" stays a hosting to come."""
    triples = run_shipped("Xi Jinping also held separate talks with host President Kassym-Jomart Tokayev on Tuesday.")
    assert triples and not [t for t in triples if t.trigger.rule == "en.consult.host"]
    assert not [t for t in run("Peru, the host nation, welcomed Chile.") if t.trigger.rule == "en.consult.host"]
    found = keys(run("President Joe Biden will host President Yoon Suk Yeol at Camp David."))
    assert ("joe-biden", "AGREE", "yoon-suk-yeol") in found


def test_hosting_a_bodys_meeting_is_no_meeting_with_the_body() -> None:
    """"will host next year's APEC meetings": the body modifies the meeting hosted, no target of the hosting
    (`roles.target-after-trigger` for a converse entry); hosting a state stays a meeting."""
    assert not keys(run("Chile will host next year's APEC meetings in Santiago."))
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile hosted Peru for trade talks."))


def test_a_hosting_after_a_comma_and_a_place_hosts_no_one_named_before() -> None:
    """"The two leaders met at a summit in the Tajik capital, hosted by X": X hosted the summit, not the leaders
    (`roles.passive`)."""
    found = keys(run("Chile's foreign minister met Peru's foreign minister at a summit in the Bolivian capital, "
                     "hosted by Ecuador."))
    assert not {k for k in found if "ECU" in k}


def test_a_body_modifying_a_meeting_after_a_preposition_is_no_subject() -> None:
    """"stayed away from the first G20 summit held in Africa, accusing Y": the participle's subject is the main
    clause's, not the body that names the summit (`roles.nearest-subject`)."""
    found = keys(run("Chile stayed away from the first OAS summit held in Asia, accusing Peru of bad faith."))
    assert ("CHL", "ACCUSE", "PER") in found
    assert not {k for k in found if k[0] == "oas"}


def test_calling_an_actor_a_partner_is_praise() -> None:
    """"called China \"a reliable partner\"" / "called Peru a true friend": SUPPORT of the actor named in the gap
    (`en.support.call-partner`), no phone call."""
    assert ("CHL", "SUPPORT", "PER") in keys(run('Chile called Peru "a reliable partner" on Monday.'))
    found = keys(run("Chile called Peru a true friend."))
    assert ("CHL", "SUPPORT", "PER") in found and not {k for k in found if k[1] == "CONSULT"}


def test_each_released_prisoners_is_a_swap() -> None:
    """"X and Y each released N prisoners of war": the halves of a swap, CONCEDE both ways
    (`en.concede.each-release`)."""
    found = keys(run("Chile and Peru each released 40 prisoners of war on Sunday."))
    assert {("CHL", "CONCEDE", "PER"), ("PER", "CONCEDE", "CHL")} <= found


def test_negotiating_a_free_trade_agreement_is_talks() -> None:
    """"is negotiating a free trade agreement with Y" (three words before the noun): talks, no agreement reached
    (`en.consult.negotiate-deal`)."""
    found = keys(run("Chile is negotiating a free trade agreement with Peru."))
    assert ("CHL", "CONSULT", "PER") in found and ("CHL", "AGREE", "PER") not in found


def test_selling_arms_to_a_state_is_aid() -> None:
    """"sold fighter jets to Y": military aid (`en.aid.sell-arms`); "would sell" is intent, AGREE."""
    assert ("CHL", "AID", "PER") in keys(run("Chile sold fighter jets to Peru."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile said it would sell F-16 fighter jets to Peru."))


def test_states_of_named_counterparts_are_no_guests() -> None:
    """"hosted his counterparts from A, B and C, X, Y and Z": the people named after the comma are the guests, the
    states only say where they come from (`mentions.counterparts-named`)."""
    triples = run_shipped("Secretary of State Marco Rubio hosted his counterparts from Australia, India and Japan, "
                          "Penny Wong, S. Jaishankar and Takeshi Iwaya.", date="2025-07-01")
    found = keys(triples)
    assert ("marco-rubio", "CONSULT", "penny-wong") in found
    assert not {k for k in found if "IND" in k or "JPN" in k}

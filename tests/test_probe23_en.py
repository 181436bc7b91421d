"""Probe probe23-en (2026-12-07, twenty-third round): 2025 wire copy on China and Japan over Taiwan, the Pakistan-
Afghanistan clashes and talks, Israel's strike in Doha, the DR Congo-Rwanda accord, US sanctions and Denmark's
summons. Sentences of our own, with other states and people than the probe's."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_a_move_judged_after_in_is_the_main_clauses_act() -> None:
    """"Peru raided Chile's border post, in a move / an attack Bolivia condemned as reckless": Bolivia judges Peru's
    act (`roles.judged-move` past a preposition of `events.move_preps`, attack nouns in `events.move_nouns`) and is
    no target of the attack (`_contact_clause_subject`); "an attack on Bolivia" stays an attack."""
    found = shipped("Peru raided Chile's border post on Monday, in an attack Bolivia condemned as reckless.")
    assert ("BOL", "ACCUSE", "PER") in found, found
    assert ("PER", "ASSAULT", "BOL") not in found, found
    found = shipped("Peru expelled Chile's ambassador on Monday, in a move Bolivia has criticised.")
    assert ("BOL", "ACCUSE", "PER") in found, found
    assert ("PER", "ASSAULT", "BOL") in shipped("Peru launched an attack on Bolivia in March.")


def test_a_phone_call_told_in_is_between_the_teller_and_the_told() -> None:
    """"Vucic told the Hungarian prime minister in a phone call on Monday that Serbia stood with Hungary": the call is
    between the teller and the one told (`en.consult.tell-in-call`), and "call on Monday" / "call that" after "phone"
    is no appeal (`en.consult.phone-call`)."""
    found = shipped("Aleksandar Vucic told Viktor Orban in a phone call on Monday that Serbia stood with Hungary.")
    assert ("aleksandar-vucic", "CONSULT", "viktor-orban") in found, found
    assert not {t for t in found if t[1] == "REQUEST"}, found
    found = shipped("Chile told Peru in a phone call that Santiago stood with Bolivia.")
    assert ("CHL", "CONSULT", "PER") in found and not {t for t in found if t[1] in ("CONSULT", "REQUEST")
                                                      and "BOL" in t}, found


def test_a_clash_between_two_people_is_no_attack() -> None:
    """"Boric, who has clashed with Milei over trade, …": two people's row, no fighting (`roles.people-row`,
    `events.row_words`); troops clashing stay an attack."""
    assert not {t for t in shipped("Boric, who has clashed with Milei over trade, called the decision unfair.")
                if t[1] == "ASSAULT"}
    assert ("CHL", "ASSAULT", "PER") in shipped("Chilean troops clashed with Peruvian soldiers near the border.")


def test_the_apology_welcomed_is_the_apologisers() -> None:
    """"Peru apologised to Chile for the raid. Bolivia welcomed the apology.": the welcome supports the one who
    apologised (`events.act_anaphor_nouns`)."""
    assert ("BOL", "SUPPORT", "PER") in shipped("Peru apologised to Chile for the raid on Monday. Bolivia welcomed "
                                                "the apology.")


def test_the_host_of_a_signing_is_no_party_to_the_accord() -> None:
    """"Ecuador and Colombia signed an accord at a ceremony hosted by Brazil": the host's agent after "hosted by" is
    the meeting's (`_hosted_agent_between`), not the signers' partner; the signing stays between the two."""
    found = shipped("Ecuador and Colombia signed an accord at a ceremony hosted by Brazil.")
    assert ("ECU", "SUPPORT", "COL") in found, found
    assert not {t for t in found if t[1] == "SUPPORT" and t[2] == "BRA"}, found


def test_the_parties_of_a_hosted_ceremony_visit_no_host() -> None:
    """"Ecuador and Colombia signed an accord on Friday at a ceremony hosted by Brazil's president": the host meets
    both, but neither signer visited Brazil (`events.hosted_occasion_nouns`, no `roles.converse-host` reverse);
    "Boric was hosted by Lula" keeps it."""
    found = shipped("Ecuador and Colombia signed an accord on Friday at a ceremony hosted by Brazil's president.")
    assert not {t for t in found if t[1] == "CONSULT" and t[2] == "BRA"}, found
    assert ("gabriel-boric", "CONSULT", "BRA") in shipped("Gabriel Boric was hosted by Lula in Brasilia.")

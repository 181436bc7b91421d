"""Probe probe25-en (2026-12-07, twenty-fifth round): 2025 wire copy on the DR Congo-Rwanda peace deal and the M23
talks, the Armenia-Azerbaijan accord, North Korean troops in Russia, Syria's new government, US tariffs on India and
the IAEA and Iran. Sentences of our own, with other states and people than the probe's."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str, negated: bool = False) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples, negated)


def test_declined_to_is_a_negation() -> None:
    """"Brazil has declined to condemn Chile over …": an act declined is not done (`declined`, `declines` among the
    English lexicon's negation markers), as "refrained from condemning"."""
    assert ("BRA", "ACCUSE", "CHL") not in shipped("Brazil has declined to condemn Chile over the border clash.")
    assert ("BRA", "ACCUSE", "CHL") in shipped("Brazil has declined to condemn Chile over the border clash.",
                                               negated=True)


def test_unfreezing_assets_eases_a_sanction() -> None:
    """"Chile unfroze the assets of Peru's central bank": the reverse of freezing them, a concession (CAMEO 085;
    `en.concede.unfreeze-assets`, `en.concede.unfreeze-owned-assets`)."""
    assert ("CHL", "CONCEDE", "PER") in shipped("Chile unfroze the assets of Peru's central bank on Friday.")
    assert ("ECU", "CONCEDE", "BOL") in shipped("Ecuador has unfrozen Bolivia's sovereign assets.")


def test_a_place_closing_an_opening_phrase_is_no_state_of_the_subject() -> None:
    """"On Tuesday in Geneva, Chile accused Bolivia …": the capitalised word after the comma that closes an opening
    phrase (`_opening_comma`) is the clause's subject, not the state of the place before it ("in Santiago, Chile");
    a comma after it still makes it the place's apposition."""
    assert ("CHL", "ACCUSE", "BOL") in shipped("On Tuesday in Geneva, Chile accused Bolivia of spying.")
    assert ("ECU", "ACCUSE", "BOL") in shipped("During talks in Vienna, Ecuador accused Bolivia of spying.")
    found = shipped("On Monday in Madrid, Ecuador and Uruguay signed a trade agreement.")
    assert ("ECU", "SUPPORT", "URY") in found, found


def test_a_denial_after_which_answers_the_accusation_before() -> None:
    """"Brazil accused Peru of backing the rebels, which Lima denies": a denial after ", which" with no target of its
    own answers the accusation before the comma (`roles.judged-move`, as ", a charge Lima denies")."""
    found = shipped("Brazil has long accused Peru of arming the rebels, which Lima has denied.")
    assert ("PER", "REJECT", "BRA") in found, found


def test_troops_sent_to_fight_alongside_a_state_aid_it() -> None:
    """"Chile sent thousands of troops to fight alongside Peru's army": military aid to Peru
    (`en.aid.troops-fight-alongside`; "alongside" among the English prepositions)."""
    found = shipped("Ecuador sent troops to fight alongside Uruguay's army on Monday.")
    assert ("ECU", "AID", "URY") in found, found


def test_the_deployment_is_the_act_told_before() -> None:
    """"Ecuador moved troops to its border with Peru. Bolivia condemned the deployment.": "the deployment" names the
    act of the sentence before (`events.act_anaphor_nouns`, `coref.act-anaphor`), so Bolivia condemns Ecuador."""
    found = shipped("Ecuador moved thousands of troops to its border with Peru. Bolivia condemned the deployment.")
    assert ("BOL", "ACCUSE", "ECU") in found, found

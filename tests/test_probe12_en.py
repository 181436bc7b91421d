"""Probe probe12-en (2026-12-06, twelfth round): English current news on migration deals, energy and climate
diplomacy, defence pacts, Moldova and Georgia, the Taliban, South Asia, Latin America and Africa. Sentences of our
own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run


@cache
def _shipped() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (armed groups), the rules alone


def run_shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-12")
    return keys(next(iter(_shipped().extract([article]))).triples)


def test_a_list_after_including_is_the_subject_of_the_verb_after_it() -> None:
    """"Leaders including X and Y congratulated Z": the list after "including" / "such as" right before the verb is
    its subject (`_listed_subject`); a list after "including" that an earlier verb governs stays its object."""
    for text in ("Several governments, including Chile and Peru, congratulated Bolivia on its election.",
                 "South American governments including Chile and Peru congratulated Bolivia on its election.",
                 "Governments such as Chile and Peru also congratulated Bolivia on its election."):
        found = keys(run(text))
        assert {("CHL", "SUPPORT", "BOL"), ("PER", "SUPPORT", "BOL")} <= found, text
    found = keys(run("Bolivia criticised several countries including Peru and urged Chile to act."))
    assert ("BOL", "ACCUSE", "PER") in found and ("BOL", "REQUEST", "CHL") in found
    assert not {k for k in found if k[0] == "PER"}


def test_a_class_noun_with_its_members_goes_on_with_the_list() -> None:
    """"thanked X and bilateral creditors including Y and Z": the members of a class noun joined to a listed target
    are targets too (`_class_then_list`); a list of nouns with no introducer stays where it was."""
    found = keys(run("Bolivia thanked the United Nations and bilateral creditors including Chile and Peru for their "
                     "support."))
    assert {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER")} <= found
    found = keys(run("Bolivia thanked Chile and other donors such as Peru."))
    assert {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER")} <= found
    assert ("BOL", "SUPPORT", "PER") not in keys(run("Bolivia thanked Chile and its own farmers in Peru."))


def test_the_authorities_in_a_capital_are_its_state() -> None:
    """"urged the authorities in Lima to …": officials, the government or the authorities in a state's capital are
    that state (`events.holder_nouns`), as "the Peruvian authorities" are."""
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile urged the authorities in Lima to release the prisoners."))
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile urged the government in Lima to release the prisoners."))


def test_welcoming_a_meeting_to_come_is_intent_to_meet() -> None:
    """"would welcome a meeting with Y" / "would welcome talks with Y" is AGREE (`en.agree.welcome-meeting`,
    `en.agree.welcome-talks`), no meeting held; "welcomed the talks between A and B" stays praise of both."""
    found = keys(run("Chile said it would welcome a meeting with Peru to resolve their differences."))
    assert ("CHL", "AGREE", "PER") in found and not {k for k in found if k[1] == "CONSULT"}
    assert ("CHL", "AGREE", "PER") in keys(run("Chile would welcome talks with Peru on the border."))
    found = keys(run("Chile welcomed the talks between Peru and Bolivia."))
    assert {("CHL", "SUPPORT", "PER"), ("CHL", "SUPPORT", "BOL")} <= found


def test_the_speaker_after_a_reported_clause_is_no_item_of_a_list() -> None:
    """"… sent back to Peru, President Luis Arce said after talks with Y": the speaker after the comma that closes a
    reported clause is not listed with the actor before the comma (`_coordinated_left`), so the talks are his."""
    found = keys(run("Chile agreed to a plan under which migrants will be sent back to Peru, Bolivia's president "
                     "Luis Arce said after talks with Chile's president Gabriel Boric."))
    assert ("luis-arce", "CONSULT", "gabriel-boric") in found
    assert not {k for k in found if k[0] == "PER" and k[1] == "CONSULT"}


def test_a_reduced_passive_acts_on_the_noun_it_follows() -> None:
    """"jailed 200 Peruvians deported by Chile": the participle's target is the noun right before it (`roles.passive`,
    a reduced passive), even when that noun is the object of the verb before."""
    found = keys(run("Bolivia has jailed more than 200 Peruvians deported by Chile in its new prison."))
    assert {("BOL", "COERCE", "PER"), ("CHL", "COERCE", "PER")} <= found
    assert ("CHL", "COERCE", "BOL") not in found


def test_a_judged_act_noun_is_the_act_its_own_verb_told() -> None:
    """"… jailed Peruvians deported by Chile. Peru condemned the deportations": the act noun names the recent event
    whose trigger is its own verb (`_same_root`; deportation is an act noun, `events.act_coerce_nouns`), not the
    first event of that sentence."""
    found = keys(run("Bolivia has jailed more than 200 Peruvians deported by Chile. Peru's government condemned the "
                     "deportations as a crime against its citizens."))
    assert ("PER", "ACCUSE", "CHL") in found and ("PER", "ACCUSE", "BOL") not in found
    found = keys(run("Chile deported 200 Peruvians on Sunday. Peru condemned the deportations."))
    assert ("PER", "ACCUSE", "CHL") in found


def test_an_agreement_being_negotiated_is_talks_not_a_deal() -> None:
    """"is negotiating a similar agreement with Y": talks (`en.consult.negotiate-deal`), no agreement reached
    (`en.agree.agreement`); "negotiated with Y on the deal" keeps its talks with Y."""
    found = keys(run("Chile is negotiating a similar agreement with Peru."))
    assert ("CHL", "CONSULT", "PER") in found and not {k for k in found if k[1] == "AGREE"}
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile negotiated with Peru on the deal."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile reached an agreement with Peru."))


def test_the_parties_of_a_deal_named_in_a_relative_clause() -> None:
    """"under the trade deal that X and Y struck": the actors listed as the relative clause's subject, before a verb
    making the deal (`events.pact_relative_verbs`), are its parties (`roles.pact-relative`), both ways; a clause
    with one actor, or "signed" (its own event), is left to the other rules."""
    for text in ("Bolivia will buy more gas under the trade deal that Chile and Peru struck on Sunday.",
                 "Under the ceasefire deal Chile and Peru reached last week, troops will withdraw."):
        found = keys(run(text))
        assert {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} <= found, text
    found = keys(run("Bolivia will buy more gas under the deal that Chile struck on Sunday."))
    assert not {k for k in found if k[1] == "AGREE" and k[0] == "CHL"}


def test_money_released_or_lent_for_a_state_is_aid() -> None:
    """"released about $350 million to Y" is aid (`en.aid.release-funds`), no prisoners freed (en.retreat.release);
    "a loan for Y" is aid as "a loan to Y" is (`en.aid.loan`)."""
    found = keys(run("Chile released about $350 million to Peru on Monday."))
    assert ("CHL", "AID", "PER") in found and not {k for k in found if k[1] == "RETREAT"}
    assert ("CHL", "AID", "PER") in keys(run("Chile approved a $350 million loan for Peru."))
    assert ("CHL", "RETREAT", "PER") in keys(run("Chile released prisoners to Peru."))


def test_putting_a_state_on_a_list_of_sponsors_of_terrorism_is_a_sanction() -> None:
    """"put Y back on its list of state sponsors of terrorism": a sanction on the actor named in the gap
    (`en.sanction.put-on-list`); a list of anything with no actor in the gap gives nothing."""
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile put Peru back on its list of state sponsors of terrorism."))
    assert not keys(run("Chile added three new items to the list of priorities for Peru."))


def test_a_group_named_in_a_hyphened_affiliation_is_no_antecedent() -> None:
    """"…, the latest gain by the al-Qaeda-linked group. Chile struck the militants": the group named as what another
    is linked to (`_affiliation_compound`) is no candidate for "the militants", which stay al-Shabaab."""
    found = run_shipped("Al-Shabaab seized a town on Saturday, the latest gain by the al-Qaeda-linked group. Chile "
                        "carried out air strikes against the militants.")
    assert ("CHL", "ASSAULT", "al-shabaab") in found


def test_the_island_is_the_one_state_named_before() -> None:
    """"releasing $350 million to the island nation": "the island" is the one state named before it
    (`resolve.definite_state_nouns`, `coref.state-definite`), as "the junta" is."""
    found = run_shipped("Sri Lanka defaulted on its debt in 2022. The IMF released about $350 million to the island "
                        "nation on Monday.")
    assert ("imf", "AID", "LKA") in found


def test_looking_forward_to_working_with_someone_is_intent_to_cooperate() -> None:
    """"said it looked forward to working (closely) with Y" is AGREE (`en.agree.forward-to-working`)."""
    assert ("CHL", "AGREE", "PER") in keys(run("Chile said it looked forward to working closely with Peru."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile looks forward to working with Peru on the new project."))


def test_a_promise_to_work_closely_with_someone_is_intent_to_cooperate() -> None:
    """"said Peru would work closely with Bolivia" is AGREE (`en.agree.will-work-closely`); a bare "worked with Y"
    gives no event (a COOPERATE entry for it cost precision on the train split)."""
    assert ("PER", "AGREE", "BOL") in keys(run("Chile's minister said Peru would work closely with Bolivia."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile will work together with Peru on the census."))


def test_a_state_after_in_and_neighbouring_is_a_place_no_subject() -> None:
    """"cocaine produced in neighbouring Chile and Peru, with gangs fighting …": the states after "in neighbouring"
    are where (the adjective is passed over like a direction word), not the fighters; "Neighbouring Chile condemned
    Peru" keeps its subject."""
    found = keys(run("Bolivia has become a transit route for cocaine produced in neighbouring Chile and Peru, with "
                     "gangs fighting for control of the ports."))
    assert not found
    assert ("CHL", "ACCUSE", "PER") in keys(run("Neighbouring Chile condemned Peru on Monday."))

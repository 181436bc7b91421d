"""Probe probe27-en (2026-12-07, twenty-seventh round): 2025 wire copy on the Armenia-Azerbaijan declaration at the
White House, the US strikes on boats off Venezuela and Colombia's protests, Ethiopia and Eritrea over the Red Sea,
the RSF in El Fasher and the four-state call for a truce in Sudan, the EU lifting its measures on Kosovo, the
Syria-Israel talks, Japan-South Korea summitry and Thailand's landmine charge against Cambodia. Sentences of our
own, with other states and people than the probe's."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (capitals, armed groups)


def shipped(text: str, negated: bool = False) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-06-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples, negated)


def test_a_revoked_visa_is_a_measure_against_its_holder() -> None:
    """"Ecuador revoked the visa of Bolivian President Luis Arce": a measure against the holder named after "of" /
    "for" (`en.sanction.revoke-visa`)."""
    found = shipped("Ecuador revoked the visa of Bolivian President Luis Arce on Monday.")
    assert ("ECU", "SANCTION", "luis-arce") in found, found
    found = shipped("Chile cancelled the visas of two Peruvian diplomats after the incident.")
    assert ("CHL", "SANCTION", "PER") in found, found


def test_condemned_killings_by_an_agent_accuse_the_agent() -> None:
    """"Uruguay condemned reported killings of protesters by Paraguay": the plural act noun ("killings",
    `events.nominals`) and a word about the act before it ("reported", `events.act_noun_modifiers`) still lead to the
    agent after "by" (`roles.act-agent-target`)."""
    found = shipped("Uruguay condemned the killings of civilians by Paraguay.")
    assert ("URY", "ACCUSE", "PRY") in found, found
    found = shipped("Uruguay condemned reported bombings of villages by Paraguay on Sunday.")
    assert ("URY", "ACCUSE", "PRY") in found, found


def test_it_after_a_verb_of_asking_is_the_one_named_before() -> None:
    """"Chile condemned the shelling by Peru and urged it to withdraw": "it" after "urged" / "called on" and before
    "to" is the last state, body or group the clause names after its subject (`events.request_object_pronouns`)."""
    found = shipped("Chile condemned the shelling of border villages by Peru and urged it to withdraw its troops.")
    assert ("CHL", "REQUEST", "PER") in found, found
    found = shipped("Brazil criticised Paraguay and called on it to release the activists.")
    assert ("BRA", "REQUEST", "PRY") in found, found


def test_as_well_as_joins_list_items() -> None:
    """"Ecuador and Peru, as well as Chile, expressed support for Bolivia", "urged Paraguay's army as well as
    Uruguay": the phrase joins list items like a comma (`events.list_joiner_phrases`)."""
    found = shipped("Ecuador and Peru, as well as Chile, expressed support for Bolivia.")
    assert ("CHL", "SUPPORT", "BOL") in found, found
    found = shipped("Brazil urged Paraguay's army as well as Uruguay to observe the truce.")
    assert ("BRA", "REQUEST", "URY") in found, found


def test_a_verb_joined_after_a_reported_clause_without_that_is_the_speakers() -> None:
    """"Chile said Peruvian troops had shelled a post, killing two soldiers, and warned Bolivia …": the verb after ",
    and" goes on from the speaker, also when the reported clause has no "that" (`_reported_clause_speaker`)."""
    found = shipped("Chile said Peruvian troops had shelled a border post, killing two soldiers, "
                    "and warned Bolivia against interfering.")
    assert ("CHL", "THREATEN", "BOL") in found, found
    assert ("PER", "THREATEN", "BOL") not in found, found


def test_a_charge_repeatedly_denied_answers_the_accuser() -> None:
    """", a charge Lima has repeatedly denied": an adverb between the auxiliary and the verb of the apposition
    (`events.judged_adverbs`, `roles.judged-move`)."""
    found = shipped("Chile accused Peru of arming the rebels, a charge Lima has repeatedly denied.")
    assert ("PER", "REJECT", "CHL") in found, found


def test_a_demonym_before_a_title_the_roles_do_not_read_is_the_persons() -> None:
    """"met Israeli Strategic Affairs Minister Ron Dermer": the person after a capitalised title (with "for", "of",
    `events.title_connectors`) right after the demonym is the one met, not the state (`_titled_person`)."""
    found = shipped("Chile's foreign minister met Israeli Minister for Strategic Affairs Ron Dermer in Geneva.")
    assert ("alberto-van-klaveren", "CONSULT", "ron-dermer") in found, found
    assert ("alberto-van-klaveren", "CONSULT", "ISR") not in found, found
    found = shipped("Chile's president welcomed Israeli Strategic Affairs Minister Ron Dermer to Santiago.")
    assert ("gabriel-boric", "CONSULT", "ron-dermer") in found, found  # a guest welcomed to a place is hosted


def test_a_guest_welcomed_with_a_delegation_to_a_place_is_hosted() -> None:
    """"welcomed X and his accompanying delegation to Santiago": the companions (`events.guest_companions`) stand
    between the guest and the place; welcoming a guest to a place is hosting (`rewrite.welcome-guest`)."""
    found = shipped("Chile's president welcomed Argentine President Javier Milei and his delegation to Santiago.")
    assert ("gabriel-boric", "CONSULT", "javier-milei") in found, found
    assert ("gabriel-boric", "SUPPORT", "javier-milei") not in found, found


def test_a_move_criticised_is_no_thanks_before_it() -> None:
    """"Chile expelled two Peruvian diplomats. Bolivia thanked Chile …. Argentina criticised the move": a move, a step
    or a decision (`events.act_policy_nouns`) names a step taken, never a thanks or praise (`events.praise_verbs`)."""
    found = shipped("Chile expelled two Peruvian diplomats on Monday. Bolivia thanked Chile for its firmness. "
                    "Argentina criticised the move.")
    assert ("ARG", "ACCUSE", "CHL") in found, found
    assert ("ARG", "ACCUSE", "BOL") not in found, found

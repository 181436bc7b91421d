"""Probe probe9-en (2026-12-06, ninth round): English current news from the Middle East, South and Southeast Asia,
the Arctic and trade. Sentences of our own."""

from __future__ import annotations

from tests.test_extract import keys, run
from tests.test_persons_current import run as run_shipped


def test_the_host_of_a_meeting_named_before_meets_its_participants() -> None:
    """"Boric met Milei. Lula, who hosted the meeting, …": hosting (`en.consult.host`) an act named again (a meeting or
    talks, `events.act_meeting_nouns`) is hosting the people who met in it (`coref.act-anaphor`), as people; a pact
    named again stays its parties' states."""
    found = keys(run_shipped("Gabriel Boric met Javier Milei in Brasilia on Monday. Luiz Inacio Lula da Silva, who "
                             "hosted the meeting, called it a success."))  # fmt: skip
    assert {("luiz-inacio-lula-da-silva", "CONSULT", "gabriel-boric"),
            ("luiz-inacio-lula-da-silva", "CONSULT", "javier-milei")} <= found  # fmt: skip
    found = keys(run("Chilean and Peruvian delegations met in La Paz on Friday. Bolivia hosted the talks."))
    assert {("BOL", "CONSULT", "CHL"), ("BOL", "CONSULT", "PER")} <= found
    # a host with no meeting before hosts no one
    assert not {k for k in keys(run("Bolivia hosted the talks on Friday.")) if k[0] == "BOL"}


def test_a_generation_suffix_names_another_person() -> None:
    """"Donald Trump Jr. visited Nuuk": a person's name followed by "Jr."/"Sr." that the gazetteer's names lack is the
    son or the father, no actor (`_other_generation`); a name listed with the suffix keeps it ("Ferdinand Marcos
    Jr.", "Charles Q. Brown Jr" written without the point, "Joseph R. Biden Jr.")."""
    assert not keys(run_shipped("Donald Trump Jr. visited Japan on Tuesday."))
    assert ("ferdinand-marcos-jr", "CONSULT", "JPN") in keys(run_shipped("Ferdinand Marcos Jr. visited Japan."))
    assert ("charles-q-brown", "CONSULT", "JPN") in keys(run_shipped("Charles Q. Brown Jr visited Japan."))
    assert ("joe-biden", "CONSULT", "JPN") in keys(run_shipped("President Joseph R. Biden Jr. visited Japan."))


def test_tariffs_on_a_sum_of_goods_and_owned_tariffs() -> None:
    """"imposed tariffs on C$30 billion of U.S. goods": a sum before "of" (`events.amount_words`) takes no place in
    the preposition's reach (`_introducer`); a state modifier is no person named after "hours after" in another
    clause (`events.modifier_breaks`); "Y's 25% tariffs on Z's imports took effect" names Y's tariffs
    (`en.sanction.owned-tariffs`), as "Y's sanctions on Z" does; tariffs to be removed are no sanction (a
    concession announced, `en.concede.ease-tariffs`, read as intent: AGREE)."""
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile imposed tariffs on $30 billion of Peruvian goods."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile imposed tariffs on $2 billion worth of Peruvian steel."))
    found = keys(run_shipped("Canada imposed tariffs on C$30 billion of U.S. goods on Tuesday, hours after "
                             "President Donald Trump's tariffs took effect."))  # fmt: skip
    assert ("CAN", "SANCTION", "USA") in found
    found = keys(run("Peru retaliated after Chile's new 25% tariffs on Peruvian and Bolivian goods took effect."))
    assert {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL")} <= found
    assert keys(run("Chile will remove tariffs on Peruvian wine.")) == {("CHL", "AGREE", "PER")}


def test_signing_off_on_a_plan_is_agreeing() -> None:
    """"Israel and Hamas signed off on the first phase of the plan": approving is AGREE both ways
    (`en.agree.sign-off`), no formal agreement signed (`en.agree.sign` stays SUPPORT for "signed a pact")."""
    found = keys(run("Chile and Peru signed off on a border plan on Thursday."))
    assert {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} <= found
    assert ("CHL", "SUPPORT", "PER") not in found
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile and Peru signed a border pact."))


def test_observers_sent_to_talks_hold_no_talks() -> None:
    """"China and the United States sent observers to the talks": the senders are no parties of the talks
    (`en.none.observers-to`)."""
    assert not keys(run("Chile and Peru sent observers to the talks on Monday."))


def test_confirming_is_speech_and_avoiding_negates() -> None:
    """"North Korea confirmed that it had sent troops to help Russia": "confirmed" is a speech verb, its clause's
    "it" the speaker (`markers.speech`); "advised its citizens to avoid travelling to Japan" is no visit (`avoid` a
    negation marker)."""
    assert ("CHL", "AID", "PER") in keys(run("Chile confirmed on Monday that it had sent troops to help Peru."))
    assert ("CHL", "CONSULT", "PER") not in keys(run("Chile advised its citizens to avoid travelling to Peru."))
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile urged Peru to avoid any attack on Bolivia."))


def test_costs_laid_on_another_and_responsibility_borne() -> None:
    """"said Israel would face \"severe punishment\"": the speaker threatens Y (`en.threaten.will-face`, an obligation
    entry); "said Y bore responsibility for …" blames Y (`en.accuse.bear-responsibility`); a match faced is none."""
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile said Peru would face \"severe punishment\" for the attack."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile said Peru bore full responsibility for the crisis."))
    assert not keys(run("Chile will face Peru in the final."))


def test_ending_an_armed_struggle_against_a_state() -> None:
    """"The PKK said it would disband and end its four-decade armed struggle against the Turkish state": RETREAT
    (`en.retreat.end-struggle`, CAMEO 087), an intent's AGREE when it is announced."""
    assert ("CHL", "RETREAT", "PER") in keys(run("Chile ended its armed struggle against Peru."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile said it would end its four-decade armed struggle against "
                                               "the Peruvian state."))  # fmt: skip


def test_hosting_an_office_is_no_meeting() -> None:
    """"Qatar hosts Hamas's political office in Doha": a state of affairs, no visit hosted (`en.none.host-people` with
    office, bureau, headquarters, bases); hosting the group's leaders stays a meeting."""
    assert not keys(run_shipped("Qatar hosts Hamas's political office in Doha."))
    assert ("QAT", "CONSULT", "hamas") in keys(run_shipped("Qatar hosted Hamas leaders for talks."))


def test_a_verb_after_a_reported_clause_is_the_speakers() -> None:
    """"Trump announced that Israel and Iran had agreed to a ceasefire, and thanked Qatar's emir": after ", and" the
    verb goes on from the speaker of "announced that …", not from the reported clause's actors
    (`roles.nearest-subject`, `_reported_clause_speaker`); a new subject after "and" keeps its verb."""
    found = keys(run_shipped("Chile announced that Peru and Bolivia had agreed to a ceasefire, and thanked Brazil "
                             "for its help."))  # fmt: skip
    assert ("CHL", "SUPPORT", "BRA") in found
    assert not {("PER", "SUPPORT", "BRA"), ("BOL", "SUPPORT", "BRA")} & found
    found = keys(run_shipped("Chile said that Peru had attacked Bolivia, and Brazil condemned Peru."))
    assert ("BRA", "ACCUSE", "PER") in found


def test_drones_fired_toward_a_state() -> None:
    """"Iran fired more than 100 drones toward Israeli territory": "toward(s)" introduces the target of firing
    (`en.assault.fire-at`)."""
    assert ("CHL", "ASSAULT", "PER") in keys(run("Chile fired more than 100 drones toward Peruvian territory."))
    assert ("CHL", "ASSAULT", "PER") in keys(run("Chile fired rockets towards Peru on Monday."))


def test_an_indefinite_act_before_a_modal_is_supposed() -> None:
    """"told parliament that a Chinese attack on Taiwan could justify a military response": an act opened by "a" /
    "any" whose predicate is a modal (`_modal_subject`, `events.hypothetical_modals`) is supposed, no event; a
    relative clause's modal leaves the act reported."""
    assert not keys(run("Chile said a Peruvian attack on Bolivia could justify a military response."))
    assert not keys(run("Chile said any strike on Peru would be a mistake."))
    assert ("CHL", "ASSAULT", "PER") in keys(run("Chile carried out an attack on Peru that could trigger a war."))

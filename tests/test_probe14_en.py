"""Probe probe14-en (2026-12-06, fourteenth round): English current news on NATO's eastern flank, the US peace plan
for Ukraine, Belarus, Denmark and Greenland, China–Japan, Pakistan–Afghanistan, the Caucasus, Nigeria, South Africa,
Canada and Serbia–Kosovo. Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_extract import keys, run
from tests.test_persons_current import _extractor


def _shipped(text: str, date: str) -> set[tuple[str, str, str]]:
    """The (source, relation, target) triples with the shipped gazetteer, the rules alone, at `date`."""
    article = Article(id="t", text=text, language="en", date=date)
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_sanction_promised_on_a_condition_is_a_threat() -> None:
    """"would cut off all aid to Y if the killings continued": a sanction the subject will impose if a condition is
    met is THREATEN (`rewrite.ultimatum-threaten`); "will impose sanctions on Y" with no condition stays SANCTION, and
    a condition before the act leaves it hypothetical."""
    found = keys(run("Chile said it would cut off all aid to Peru if the attacks continued."))
    assert ("CHL", "THREATEN", "PER") in found and not {k for k in found if k[1] == "SANCTION"}
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile will impose sanctions on Peru."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile cut off all aid to Peru on Monday."))


def test_terminated_negotiations_are_cut_ties_not_talks() -> None:
    """"terminating all trade negotiations with Y": talks ended cut ties (`en.sanction.suspend-links`, as suspended
    talks), no talks held (`en.consult.talks`)."""
    found = keys(run("Chile said it was terminating all trade negotiations with Peru over a television advert."))
    assert ("CHL", "SANCTION", "PER") in found and not {k for k in found if k[1] == "CONSULT"}
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile held trade negotiations with Peru."))


def test_the_agent_of_a_harm_is_no_partner_of_the_help() -> None:
    """"supports industries hit by U.S. tariffs", "sent aid to families displaced by Peruvian shelling": the actor
    after a harm's participle and "by" did the harm, and is no target of the help (`events.harm_participles`);
    "praised the aid provided by Peru" keeps its target."""
    assert not keys(run("Chile raised defence spending and supported industries hit by Peruvian tariffs on steel."))
    assert not {k for k in keys(run("Chile sent aid to families displaced by Peruvian shelling.")) if "PER" in k}
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile praised the aid provided by Peru."))


def test_a_pledge_after_a_signed_declaration_keeps_the_signing() -> None:
    """"signed a joint declaration committing to end decades of conflict": the pledge is what the text says (an
    intent marker with no act), so the signing between the two stays (`chain.governs-complement`'s enacted
    document); "signed a joint statement criticising Y" still gives the criticism and no signing with Y."""
    found = keys(run("Chile and Peru signed a joint declaration on Friday committing to end decades of conflict."))
    assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} <= found
    found = keys(run("Chile and Peru signed a joint statement criticising Bolivia."))
    assert ("CHL", "ACCUSE", "BOL") in found and not {k for k in found if k[1] == "SUPPORT"}


def test_nominating_someone_for_a_prize_is_praise() -> None:
    """"would nominate Y for the Nobel Peace Prize": praise of the actor in the gap (`en.support.nominate-prize`),
    an intent when it is still to come (AGREE); each of two speakers nominates."""
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile nominated Peru for the Nobel Peace Prize."))
    found = keys(run("Chile and Bolivia said they would nominate Peru for the award."))
    assert {("CHL", "AGREE", "PER"), ("BOL", "AGREE", "PER")} <= found


def test_a_mediation_long_done_is_background() -> None:
    """"Bolivia, which long brokered talks between Chile and Peru, was not involved": a mediation the actor has long
    been doing is background (`en.none.long-brokered`); "brokered talks between" stays the mediation."""
    assert not keys(run("Bolivia, which long brokered talks between Chile and Peru, was not involved."))
    assert not keys(run("Bolivia has long mediated between Chile and Peru."))
    assert ("BOL", "CONSULT", "CHL") in keys(run("Bolivia brokered talks between Chile and Peru on Friday."))


def test_a_meeting_that_could_happen_is_no_meeting() -> None:
    """"Chile and Peru could meet in the coming days": a possibility modal right before the trigger
    (`events.possibility_modals`, `candidate.modifier-use`) reports no act; "will meet" stays a planned meeting."""
    assert not keys(run("An adviser said Chile and Peru could meet in the coming days."))
    assert not keys(run("Chile might impose sanctions on Peru."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile and Peru will meet in the coming days."))


def test_nordic_leaders_and_current_us_envoys_are_known() -> None:
    """The Danish, Greenlandic and Norwegian heads of government and foreign ministers (persons-europe.yaml) and
    Dan Driscoll, John Coale, Christopher Landau, Jared Kushner and Sun Weidong (persons-current.yaml) are gazetteer
    actors; a title alone resolves to the holder at the date."""
    found = _shipped("Danish Prime Minister Mette Frederiksen met Chilean President Gabriel Boric.", "2025-03-28")
    assert ("mette-frederiksen", "CONSULT", "gabriel-boric") in found
    title_only = "The Norwegian prime minister criticised Chile."
    assert ("jonas-gahr-store", "ACCUSE", "CHL") in _shipped(title_only, "2025-06-01")
    assert ("erna-solberg", "ACCUSE", "CHL") in _shipped(title_only, "2019-06-01")
    found = _shipped("U.S. Army Secretary Dan Driscoll met a Russian delegation in Abu Dhabi.", "2025-11-25")
    assert ("dan-driscoll", "CONSULT", "RUS") in found
    found = _shipped("Jared Kushner met Russian President Vladimir Putin in Moscow.", "2025-12-02")
    assert ("jared-kushner", "CONSULT", "vladimir-putin") in found


def test_nato_allies_are_the_alliance() -> None:
    """"requested consultations with NATO allies": the allies named after an alliance are its members, the
    alliance itself (`resolve.member_ally_nouns`); "U.S. allies" and "NATO partners" stay other actors."""
    found = _shipped("Chile requested consultations with NATO allies under Article 4.", "2025-09-19")
    assert ("CHL", "REQUEST", "nato") in found
    assert not {k for k in _shipped("Chile met U.S. allies on Monday.", "2025-09-19") if "USA" in k}


def test_giving_up_a_bid_and_a_message_that_is_an_opinion_are_no_events() -> None:
    """"give up its bid to join NATO" is no gift (`en.none.give-up`, not `en.aid.provide`); "Our message to Y is very
    simple: …" states an opinion, no message sent (`en.none.message-is`); "sent a message to Y" stays a contact."""
    assert not keys(run("The plan would require Chile to give up its bid to join Peru's trade bloc."))
    quote = "\"Our message to Peru is very simple: you have not done a good job,\" Chile's minister said."
    assert not keys(run(quote))
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile sent a message to Peru on Monday."))


def test_she_after_a_demand_is_the_one_asked() -> None:
    """"X told the ambassador that Y's comments were wrong and demanded that she retract them": he/she after a
    demand's "that" is the last person named who is not the subject (`events.demand_verbs`, `coref.object-pronoun`),
    not the speaker; "X said that he would visit Y" keeps the speaker."""
    text = ("Chilean President Gabriel Boric told reporters that Peruvian President Dina Boluarte's remarks were wrong "
            "and demanded that she retract them.")
    found = _shipped(text, "2024-06-01")
    assert ("gabriel-boric", "REQUEST", "dina-boluarte") in found
    assert not {k for k in found if k[0] == "dina-boluarte"}
    assert ("gabriel-boric", "AGREE", "PER") in _shipped("Boric said that he would visit Peru.", "2024-06-01")


def test_the_mediator_of_talks_after_a_clause_meets_their_parties() -> None:
    """"agreed to a ceasefire after talks in La Paz mediated by Bolivia and Turkey": the mediators (or the host) of
    talks in a reduced passive meet the talks' parties (`roles.passive`, `events.mediated_nouns`), and not each
    other."""
    found = keys(run("Chile and Peru agreed to a ceasefire after talks in La Paz mediated by Bolivia and Turkey."))
    assert {("BOL", "CONSULT", "CHL"), ("BOL", "CONSULT", "PER"), ("TUR", "CONSULT", "CHL"),
            ("TUR", "CONSULT", "PER")} <= found
    assert not {k for k in found if {k[0], k[2]} == {"BOL", "TUR"}}
    found = keys(run("Chile and Peru agreed to a ceasefire after four days of talks hosted by Bolivia."))
    assert {("BOL", "CONSULT", "CHL"), ("BOL", "CONSULT", "PER")} <= found


def test_rejecting_the_criticism_answers_the_last_accuser() -> None:
    """"Chile accused Peru of … Peru rejected the criticism": the criticism is the last accuser's
    (`events.act_charge_nouns`, `coref.act-anaphor`)."""
    found = keys(run("Chile accused Peru on Friday of arming rebels. Peru rejected the criticism, saying it was a good "
                     "neighbour."))
    assert ("PER", "REJECT", "CHL") in found


def test_a_travel_warning_to_the_states_own_people_is_no_threat() -> None:
    """"warned its citizens against travelling to Y" / "not to travel to Y": a travel warning to the state's own
    people (`en.none.warn-citizens`), no threat to Y and no visit; "warned Y against any incursion" stays a threat."""
    assert not keys(run("Chile warned its citizens against travelling to Peru."))
    assert not keys(run("Chile warned its citizens not to travel to Peru."))
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile warned Peru against any incursion."))


def test_an_owner_noun_ends_at_a_preposition() -> None:
    """"invest in Peru's security during a visit to Bolivia": the owner's noun phrase ends at the preposition
    (`events.owner_break_prepositions`, `roles.adjacent-owner`), so Peru makes no visit; "Peru's dangerous
    escalation and attack" keeps its owner."""
    found = keys(run("Chile accused Bolivia of failing to invest in Peru's security during a visit to Bolivia."))
    assert not {k for k in found if k[0] == "PER"}
    assert ("CHL", "ACCUSE", "BOL") in found
    assert ("PER", "ASSAULT", "BOL") in keys(run("Chile condemned Peru's dangerous escalation and attack on Bolivia."))


def test_a_judgement_in_a_reported_clause_and_the_demand_after_it() -> None:
    """"told the envoy that Y's comments were \\"extremely erroneous\\" and demanded that she retract them": the
    judgement is the speaker's accusation of Y (`en.accuse.judged-unlawful`, a quoted intensifier between), and the
    demand after "and", left with no subject, is the speaker's too (`roles.speaker-of-joined-verb`)."""
    text = ("Chilean President Gabriel Boric told the envoy that Peruvian President Dina Boluarte's comments were "
            "\"extremely erroneous\" and demanded that she retract them.")
    found = _shipped(text, "2024-06-01")
    assert {("gabriel-boric", "ACCUSE", "dina-boluarte"), ("gabriel-boric", "REQUEST", "dina-boluarte")} <= found
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile said Peru's tariffs were unacceptable."))


def test_a_judgement_of_the_clause_before_in_a_relative_clause() -> None:
    """"\\"Peru has violated Chile's airspace four times, which is unacceptable,\\" Chile's foreign minister said": the
    judgement after ", which" judges the sources of the clause before (`roles.obligation`), the speaker after the
    quote accuses them."""
    quote = "\"Peru has violated our airspace four times this year, which is unacceptable,\" Chile's president said."
    found = keys(run(quote))
    assert ("gabriel-boric", "ACCUSE", "PER") in found or ("CHL", "ACCUSE", "PER") in found
    assert not keys(run("The talks, which were unacceptable to many, ended on Friday."))


def test_talks_in_a_place_between_two_parties() -> None:
    """"Talks in La Paz between Chile and Peru ended without agreement": a locative and a place that names no actor
    may stand between the talks and "between" (`roles.between-pair`, `_past_place`); a place that is an actor
    stops it."""
    found = keys(run("Talks in La Paz between Chile and Peru ended without agreement on Friday."))
    assert ("CHL", "CONSULT", "PER") in found
    assert not {k for k in keys(run("Talks in Bolivia between Chile and Peru ended on Friday.")) if "BOL" in k}


def test_prisoners_freed_in_a_deal_are_a_concession() -> None:
    """"freed 52 prisoners on Thursday in a deal with Y": a concession to Y (`en.concede.release-in-deal`), no new
    agreement with Y."""
    found = keys(run("Chile freed 52 prisoners on Thursday in a deal with Peru."))
    assert ("CHL", "CONCEDE", "PER") in found and ("CHL", "AGREE", "PER") not in found
    assert ("CHL", "AGREE", "PER") in keys(run("Chile reached a deal with Peru on Thursday."))


def test_a_service_secretary_is_a_persons_title() -> None:
    """"U.S. Army Secretary Dan Driscoll": the service secretary is one person's title (roles.yaml,
    `role.agent.officials.deputies`), so the army named in it is no actor of its own; "the U.S. Army deployed
    troops" stays the state."""
    found = _shipped("Chilean President Gabriel Boric met U.S. Army Secretary Dan Driscoll in Santiago.", "2025-11-20")
    assert ("gabriel-boric", "CONSULT", "dan-driscoll") in found and not {k for k in found if "USA" in k}
    assert ("USA", "MOBILIZE", "POL") in _shipped("The U.S. Army deployed troops to Poland.", "2025-11-20")


def test_initialling_an_agreement_with_a_witness_looking_on() -> None:
    """"initialled a peace agreement …, with Trump looking on": initialling agrees on the text (`en.agree.initial`,
    the verb's forms only), and the one looking on is a witness, no party (`mentions.witness-role`,
    `events.witness_phrases`); "an initial agreement" is no initialling."""
    found = keys(run("Chile and Peru initialled a peace agreement in Lima on Friday, with Bolivia looking on."))
    assert {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} <= found
    assert not {k for k in found if "BOL" in k}
    found = keys(run("Chile and Peru reached an initial agreement on Friday."))
    assert ("CHL", "AGREE", "PER") in found


def test_a_meeting_cancelled_or_called_off_is_not_held() -> None:
    """"cancelled a trilateral summit with Y", "called off its meeting with Y": a cut in contacts
    (`en.sanction.cancel-summit`, `en.sanction.call-off-summit`), no meeting and no phone call; strikes called off
    are a de-escalation (`en.retreat.call-off-attacks`); anything else called off is no call (`en.none.call-off`)."""
    for text in ("Chile cancelled a trilateral summit with Peru.", "Chile called off its meeting with Peru."):
        found = keys(run(text))
        assert ("CHL", "SANCTION", "PER") in found and not {k for k in found if k[1] == "CONSULT"}
    assert keys(run("Chile called off the planned strikes on Peru's border posts.")) == {("CHL", "RETREAT", "PER")}
    assert not keys(run("Chile called off the search for the missing Peruvian boat."))
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile called Peru on Monday."))


def test_an_actor_inside_the_apposition_of_an_unknown_opening_name_is_no_subject() -> None:
    """"Rojas, a longtime friend of Boric, met Peru's president": the apposition after a name the gazetteer lacks
    opening the sentence is set off (`_parenthetical`), so Boric is no subject; an opening adverb or time phrase
    ("Meanwhile, the EU, which …, urged Y") names no one and keeps the subject after it."""
    found = keys(run("Rojas, a longtime friend of Boric, met Peru's president."))
    assert not {k for k in found if k[0] == "gabriel-boric"}
    found = keys(run("Meanwhile, Chile, which mediates the talks, urged Peru to act."))
    assert ("CHL", "REQUEST", "PER") in found


def test_an_agreement_called_unacceptable_accuses_none_of_its_parties() -> None:
    """"Chile and Peru signed a trade pact. Bolivia said the agreement was unacceptable": a pact judged in a reported
    clause is no accusation of its parties (`coref.act-anaphor` leaves `events.act_pact_nouns` out there); an act of
    one actor judged so stays an accusation."""
    found = keys(run("Chile and Peru concluded a trade agreement. Bolivia said the agreement was unacceptable."))
    assert not {k for k in found if k[0] == "BOL"}
    found = keys(run("Chile imposed tariffs on Peru on Friday. Bolivia said the tariffs were unacceptable."))
    assert ("BOL", "ACCUSE", "CHL") in found


def test_telling_an_actor_to_act_is_a_demand() -> None:
    """"Beijing told Tokyo to retract the remarks": telling the actor named before "to" what to do is REQUEST
    (`en.request.tell-to`); "were told to leave" names no one told (`en.none.passive-told`), "told reporters to"
    no actor."""
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile told Peru to withdraw its troops from the border."))
    assert not keys(run("Chilean workers in Peru were told to leave the area."))
    assert not {k for k in keys(run("Chile told reporters to expect good news.")) if k[1] == "REQUEST"}


def test_force_threatened_in_a_state_is_a_threat_to_it() -> None:
    """"threatened military action in Y over the killings": force threatened in a state is THREATEN against it
    (`en.threaten.action-in`)."""
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile threatened military action in Peru over the killings."))
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile threatens strikes in Peru"))
    found = keys(run("Chile today mounted its long-threatened invasion of Peru."))
    assert ("CHL", "ASSAULT", "PER") in found and ("CHL", "THREATEN", "PER") not in found


def test_a_warning_after_but_is_the_speakers() -> None:
    """"X said the plan could form a basis, but warned Y that its forces would keep advancing": the warning after
    "but", left with no subject, is the speaker's (`roles.speaker-of-joined-verb`,
    `events.joined_verb_conjunctions`)."""
    found = keys(run("Chile said the plan could form the basis of a settlement, but warned Peru that its forces would "
                     "keep advancing."))
    assert ("CHL", "THREATEN", "PER") in found


def test_a_list_of_agents_closes_at_and() -> None:
    """"mediated by Bolivia and Turkey, the Chilean foreign ministry said": the agents listed after "by" end where
    "and" closed the list (`_listed_after`), so a speaker after the comma does not undo the list."""
    found = keys(run("Chile and Peru agreed to a ceasefire after talks mediated by Bolivia and Turkey, the Jordanian "
                     "foreign ministry said."))
    assert {("BOL", "CONSULT", "CHL"), ("TUR", "CONSULT", "CHL"), ("TUR", "CONSULT", "PER")} <= found

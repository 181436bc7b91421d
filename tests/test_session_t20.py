"""Rules found on current-news texts of my own (2026-12-06, second evening session). Sentences of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
from tests.test_persons_current import keys, run


@cache
def _scored() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="auto")  # the default path: the rules and the shipped scorer


def _as_built(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    """The text's triples as `graphbuild build` reads it: its dateline marked, the shipped scorer deciding."""
    article = make_article("t", text, "test", IngestOptions(), date="2024-06-01", lang=lang)
    return keys(next(iter(_scored().extract([article]))).triples)


def test_a_penalty_for_their_support_is_no_support_of_the_penaliser() -> None:
    """`filter.cause-nouns`: "sanctioned three firms over their support for Z" — the plural pronoun stands for the
    penalised (`events.penalised_owner_pronouns`), so the support is not the sanctioning state's; commas between
    the listed targets are no clause break. "over its support for Z" keeps the owner's event."""
    found = keys(run("Chile imposed sanctions on Peru, Bolivia and Ecuador over their military support for Cuba."))
    assert {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL"), ("CHL", "SANCTION", "ECU")} <= found
    assert not [k for k in found if k[2] == "CUB"]
    assert ("PER", "SUPPORT", "CUB") in keys(run("Chile sanctioned Peru over its support for Cuba."))


def test_an_indonesian_penalty_reason_after_atas_is_no_act_of_the_penaliser() -> None:
    """`filter.cause-nouns` with `events.cause_links` "atas": the reason's owner follows the noun in Indonesian.
    Ownerless ("atas serangan terhadap Z") or owned by "mereka" (the penalised), it is no act of the subject,
    and the scorer gets no pair of its own with Z; an actor or a possessive suffix after it keeps the owner's act."""
    found = keys(run("Chile menjatuhkan sanksi terhadap Peru atas serangan terhadap Bolivia.", lang="id"))
    assert ("CHL", "SANCTION", "PER") in found
    assert not [k for k in found if k[2] == "BOL"]
    found = keys(run("Chile menjatuhkan sanksi terhadap Peru, Bolivia dan Ekuador atas dukungan militer mereka "
                     "kepada Kuba.", lang="id"))
    assert ("CHL", "SANCTION", "ECU") in found
    assert not [k for k in found if k[2] == "CUB"]
    scored = _as_built("Uni Eropa menjatuhkan sanksi baru terhadap Iran, Korea Utara dan Belarus atas dukungan militer "
                       "mereka kepada Moskow.", lang="id")
    assert ("eu", "SANCTION", "BLR") in scored, scored
    assert not [k for k in scored if k[2] == "RUS"], scored
    assert ("PER", "ASSAULT", "BOL") in keys(run("Chile menjatuhkan sanksi terhadap Peru atas invasi Peru ke Bolivia.",
                                                 lang="id"))
    assert ("PER", "ASSAULT", "BOL") in keys(run("Chile menjatuhkan sanksi terhadap Peru atas invasinya ke Bolivia.",
                                                 lang="id"))


def test_an_obligation_said_after_but_is_the_main_subjects() -> None:
    """`roles.obligation`: "X welcomed Y's call for talks but said Z must …" — the speaker of the coordinated
    "said" is the main clause's subject X (`events.speech_coordinators`), not Y named last before it."""
    found = keys(run("Chile welcomed Peru's call for talks but said Bolivia must withdraw its troops first."))
    assert ("CHL", "REQUEST", "BOL") in found
    assert ("PER", "REQUEST", "BOL") not in found
    assert ("PER", "REQUEST", "BOL") in keys(run("Chile met Ecuador, and Peru said Bolivia must withdraw its troops."))


def test_a_judged_move_in_an_apposition_is_kept_whatever_the_scorer_says() -> None:
    """`roles.judged-move` is a stated event (`STATED_EVENTS`): "X censured Y …, a move Y denounced as politically
    motivated" is Y's judgement of X; the scorer, reading the pair in text order, had dropped it."""
    found = _as_built("GENEVA (Reuters) - The World Health Organization's executive board passed a resolution on "
                      "Monday censuring Peru for poor cooperation with inspectors, a move Lima denounced as "
                      "politically motivated.")
    assert ("PER", "ACCUSE", "who") in found, found


def test_a_decision_named_again_may_be_an_announced_intent() -> None:
    """`coref.act-anaphor` with `events.plan_nouns`: "X said it would recognise Y. Z condemned the decision" — the
    decision is X's, though the act is only intended; an attack noun still names only acts that took place."""
    found = keys(run("Chile said it would recognise Palestine in September. Peru and Bolivia condemned the decision."))
    assert {("PER", "ACCUSE", "CHL"), ("BOL", "ACCUSE", "CHL")} <= found
    found = keys(run("Chile menyatakan akan mengakui Palestina pada September. Peru mengecam keputusan tersebut.",
                     lang="id"))
    assert ("PER", "ACCUSE", "CHL") in found
    found = keys(run("Chile said it would attack Peru. Bolivia condemned the attack."))
    assert ("BOL", "ACCUSE", "CHL") not in found


def test_an_armed_groups_leader_stands_for_the_group_a_ruling_partys_for_the_state() -> None:
    """`_as_state` (`_acts_as_body`): a pact's parties at the state level — the leader of an armed group is the group
    (a state and its own armed group are two sides); the head of a national party is their state."""
    found = keys(run("Gabriel Boric and Hassan Nasrallah signed a ceasefire deal in Beirut on Monday. Peru welcomed "
                     "the agreement."))
    assert {("PER", "SUPPORT", "CHL"), ("PER", "SUPPORT", "hezbollah")} <= found, found
    assert ("PER", "SUPPORT", "LBN") not in found
    found = keys(run("Gabriel Boric and Xi Jinping signed a trade deal in Beijing on Monday. Peru welcomed the "
                     "agreement."))
    assert ("PER", "SUPPORT", "CHN") in found, found


def test_a_charge_after_a_suspicion_with_no_accuser_is_alleged() -> None:
    """`filter.accusation-charges` with `en.none.accused-of` (`charges`): "officers accused of supplying weapons to
    Y" — the supplying, and the weapons its phrase names, are alleged, no act of the sentence's subject."""
    found = keys(run("Chile arrested two Peruvian officers accused of supplying weapons to Bolivia."))
    assert ("CHL", "COERCE", "PER") in found
    assert not [k for k in found if k[2] == "BOL"], found
    found = keys(run("Chile sanctioned three Ecuadorian firms accused of secretly shipping drone parts to Cuba."))
    assert not [k for k in found if k[2] == "CUB"], found
    found = keys(run("Two officers were accused of spying, and Peru supplied weapons to Bolivia."))
    assert ("PER", "AID", "BOL") in found


def test_a_bodys_own_meeting_is_no_talks_with_it_when_announced_either() -> None:
    """`filter.body-meeting` after `chain.intent`: "akan menghadiri pertemuan para menteri luar negeri ASEAN" is the
    body's own meeting (was AGREE with ASEAN); a partner after the body keeps it."""
    assert not keys(run("Menlu Chile akan menghadiri pertemuan para menteri luar negeri ASEAN di Kuala Lumpur.",
                        lang="id"))
    assert keys(run("Menlu Chile akan menghadiri pertemuan para menteri luar negeri ASEAN dengan Peru di Kuala Lumpur.",
                    lang="id"))


def test_a_reaction_an_act_drew_is_toward_the_acts_author() -> None:
    """`roles.received-from` (`_subject_act`): "Chilean strikes on Peru's border posts drew condemnation from Y" —
    the strikes are Chile's, so Y condemns Chile, not Peru named last before the verb."""
    found = _as_built("Chilean strikes on Peru's border posts drew condemnation from Bolivia and Ecuador on Friday.")
    assert {("BOL", "ACCUSE", "CHL"), ("ECU", "ACCUSE", "CHL")} <= found, found
    assert not [k for k in found if k[1] == "ACCUSE" and k[2] == "PER"], found

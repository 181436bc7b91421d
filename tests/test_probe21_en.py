"""Probe probe21-en (2026-12-07, twenty-first round): 2025 wire copy on India and Pakistan, Thailand and Cambodia,
Iran, Armenia and Azerbaijan, Syria and the US strikes off Venezuela. Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.model import Article
from tests.test_extract import keys, run

SHIPPED = LexiconExtractor(parser="none", model="none")  # the shipped gazetteer (office holders at the date)


def shipped(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="en", date="2025-03-01")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_a_states_owner_in_a_triggers_gap_keeps_the_trigger() -> None:
    """"signed an order ending most U.S. sanctions on Peru", "lifted EU sanctions on Peru": a state or bloc owning the
    trigger's noun, right before it in the gap, is no name the trigger sits in (`candidate.inside-name`,
    `events.gap_owner_types`); "the lifting of U.S. sanctions" names its own agent, no act of the subject."""
    found = keys(run("Chile signed an order on Monday ending most Chilean sanctions on Peru."))
    assert ("CHL", "CONCEDE", "PER") in found, found
    assert ("CHL", "CONCEDE", "PER") in keys(run("Chile lifted EU sanctions on Peru."))
    assert ("CHL", "CONCEDE", "PER") not in keys(run("Chile welcomed the lifting of U.S. sanctions on Peru."))


def test_a_joined_threat_after_a_reported_attack_aims_at_the_attacker() -> None:
    """"Chile said Peru's strikes had killed 12 people and vowed to retaliate": the vow is the speaker's, aimed at the
    reported clause's subject when that clause holds a hostile act (`roles.joined-threat-target`); not after aid."""
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile's army said Peru's strikes on border towns had killed 12 "
                                                   "people and vowed to retaliate."))
    assert ("CHL", "THREATEN", "PER") in keys(run("Chile said Peru had shelled three villages and vowed to respond."))
    assert not {t for t in keys(run("Chile said Peru had sent aid and vowed to retaliate.")) if t[1] == "THREATEN"}


def test_a_top_diplomat_posted_in_another_state_is_the_envoy() -> None:
    """"summoned Turkey's top diplomat in Cairo": the title before "in" and another state's capital is the envoy
    posted there, the state (`resolve.stationed_titles`), not Turkey's foreign minister; alone it stays the minister."""
    found = shipped("Egypt summoned Turkey's top diplomat in Cairo on Monday.")
    assert ("EGY", "ACCUSE", "TUR") in found and ("EGY", "ACCUSE", "hakan-fidan") not in found, found
    assert ("EGY", "ACCUSE", "hakan-fidan") in shipped("Egypt summoned Turkey's top diplomat on Monday.")

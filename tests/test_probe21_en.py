"""Probe probe21-en (2026-12-07, twenty-first round): 2025 wire copy on India and Pakistan, Thailand and Cambodia,
Iran, Armenia and Azerbaijan, Syria and the US strikes off Venezuela. Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
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


def test_an_air_campaign_against_a_state_is_an_attack() -> None:
    """"joining Peru's air campaign against Bolivia": a campaign of force against a state is its attack
    (`en.assault.air-campaign`); a campaign alone is none."""
    assert ("PER", "ASSAULT", "BOL") in keys(run("Chile joined Peru's air campaign against Bolivia on Sunday."))
    assert not {t for t in keys(run("Chile launched a pressure campaign against Peru.")) if t[1] == "ASSAULT"}


def test_an_attack_on_its_sites_hits_the_sentences_subject() -> None:
    """"Chile recalled its envoy after Peru's attack on its embassy": the attack "on its …" with no target hits the
    sentence's subject (`roles.its-target`, `events.its_target_relations`)."""
    assert ("PER", "ASSAULT", "CHL") in keys(run("Chile recalled its envoy after Peru's attack on its embassy."))
    found = keys(run("Chile fired rockets in retaliation for the Peruvian strikes on its border posts."))
    assert ("PER", "ASSAULT", "CHL") in found, found
    found = with_dateline("SANTIAGO, May 2 (Reuters) - Chile recalled its envoy after the Peruvian strikes on its "
                          "border posts, the ministry said.")
    assert ("PER", "ASSAULT", "CHL") in found, found  # after a dateline, the first actor still opens the sentence


def with_dateline(text: str) -> set[tuple[str, str, str]]:
    """Made as `graphbuild build` makes an article (its dateline marked as page furniture)."""
    article = make_article("t", text, "test", IngestOptions(), title="", date="2025-06-01", lang="en")
    return keys(next(iter(SHIPPED.extract([article]))).triples)


def test_denying_the_charge_rejects_the_accuser() -> None:
    """"Chile accused Peru of shelling two villages. Peru denied the charge.": the singular "the charge" names the
    last accusation as "the charges" does (`events.act_charge_nouns`): a REJECT of the accuser."""
    found = keys(run("Chile accused Peru on Monday of shelling two villages. Peru's defence ministry denied the "
                     "charge."))
    assert ("PER", "REJECT", "CHL") in found, found

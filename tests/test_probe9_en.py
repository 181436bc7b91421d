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

"""Probe probe15-en (2026-12-07, fifteenth round): English current news on Latin America, Central Asia, the Gulf, the
Horn of Africa, the Pacific, the Balkans, shipping, cyber attributions, extraditions and UN agency funding. Sentences of
our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_extract import keys, run
from tests.test_persons_current import _extractor


def _shipped(text: str, date: str) -> set[tuple[str, str, str]]:
    """The (source, relation, target) triples with the shipped gazetteer, the rules alone, at `date`."""
    article = Article(id="t", text=text, language="en", date=date)
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_prisoners_sent_to_a_state_are_an_extradition() -> None:
    """"sent 26 jailed cartel figures to Y": people in custody handed to another state's courts are an extradition,
    COOPERATE (`en.cooperate.send-prisoners`); troops sent to Y stay what they were."""
    assert ("CHL", "COOPERATE", "PER") in keys(run("Chile sent 26 jailed cartel figures to Peru on Tuesday."))
    assert ("CHL", "COOPERATE", "PER") in keys(run("Chile transferred ten suspects to Peru last week."))
    assert not {k for k in keys(run("Chile sent 200 troops to Peru.")) if k[1] == "COOPERATE"}


def test_charging_another_states_nationals_accuses_that_state() -> None:
    """"charged 12 Chinese nationals over a hacking campaign", "indicted two officers of Y's navy": a prosecution of
    another state's people accuses it (`en.accuse.charge`); the noun ("denied the charge", "charge d'affaires") is
    no charge of its own ("denied the charge" rejects the accuser, as "denied the charges" does: probe21-en)."""
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile charged 12 Peruvian nationals over a hacking campaign."))
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile indicted two officers of Peru's navy."))
    assert ("PER", "ACCUSE", "CHL") in keys(run("Chile was charged with war crimes by Peru."))
    found = keys(run("Peru accused Chile of spying. Chile denied the charge."))
    assert ("CHL", "ACCUSE", "PER") not in found and ("CHL", "REJECT", "PER") in found, found


def test_an_absolute_clause_after_talks_names_no_partner() -> None:
    """"held indirect talks in Oman, with Omani Foreign Minister X shuttling between the delegations": the actor after
    a comma and "with" with an "-ing" word after it opens a clause of its own, no partner of the talks (the pair meets
    each other); "held talks with Peru" keeps its partner."""
    found = keys(run("Chile and Peru held indirect talks in Geneva on Saturday, with Bolivia shuttling between the "
                     "two delegations."))
    assert ("CHL", "CONSULT", "PER") in found and not {k for k in found if "BOL" in k}
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile held talks with Peru, with Bolivia looking on."))


def test_funding_pledged_is_aid_a_funding_bill_is_not() -> None:
    """"pledged new funding to Y": funding is aid (`en.aid.aid`), pledged an intent (AGREE); "pass the supplemental
    funding bill to resupply Y's forces" is the lawmakers' business (`en.none.funding-bill`)."""
    assert ("CHL", "AGREE", "PER") in keys(run("Chile pledged new funding to Peru on Monday."))
    assert ("CHL", "AID", "PER") in keys(run("Chile provided new funding to Peru on Monday."))
    assert not keys(run("Chile's senate passed a supplemental funding bill to resupply Peru's forces."))


def test_eritreas_information_minister_and_the_us_attorney_general_are_known() -> None:
    """Yemane Gebremeskel (Eritrea's information minister from 2013) and Pam Bondi (U.S. attorney general from
    2025-02), persons-current.yaml: known without a title before the name ("Pamela Bondi" too)."""
    found = _shipped("Yemane Gebremeskel criticised Ethiopia on Friday.", "2025-10-03")
    assert ("yemane-gebremeskel", "ACCUSE", "ETH") in found
    assert ("pam-bondi", "SUPPORT", "MEX") in _shipped("Pamela Bondi thanked Mexico for its cooperation.", "2025-08-12")


def test_partners_as_a_clauses_subject_are_no_partnering() -> None:
    """"…, saying partners had always been welcome": the noun as the subject of a clause names who the partners are,
    no partnering between the speakers (`en.none.partners-subject`); "will partner with Y" stays an intent."""
    assert not keys(run("Chile and Peru left the forum, saying partners had always been welcome there."))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile will partner with Peru on solar energy."))


def test_the_president_elect_is_not_the_president_named_before() -> None:
    """"Outgoing President Gabriel Boric … Milei congratulated the president-elect": a role noun with a title suffix
    (`resolve.title_suffixes`) takes no holder of the office named earlier in the article, nor its sole holder;
    "the president" still does."""
    text = "President Gabriel Boric spoke on Monday. Peru congratulated the {}."
    assert not {k for k in _shipped(text.format("president-elect"), "2025-12-15") if k[0] == "PER"}
    assert ("PER", "SUPPORT", "gabriel-boric") in _shipped(text.format("president"), "2025-12-15")

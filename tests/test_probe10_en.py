"""Probe probe10-en (2026-12-06, tenth round): English current news from Africa, Latin America, the Caucasus, Central
Asia, the Pacific and Europe's own disputes. Sentences of our own."""

from __future__ import annotations

from tests.test_extract import keys, run


def test_frozen_funds_are_a_sanction() -> None:
    """"froze funds for Y" / "cut funding for Y": suspending funds is SANCTION (`en.sanction.halt-aid`), as suspending
    aid is; sending funds stays AID."""
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile froze billions of dollars of funds for Peru."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile cut funding for Peru on Monday."))
    assert ("CHL", "AID", "PER") in keys(run("Chile sent funds to Peru."))


def test_a_witness_named_after_with_is_no_party() -> None:
    """"Chile and Peru signed a pact, with Bolivia as witness": the witness or guarantor is no party of the signing
    (`mentions.witness-role`); "signed a pact with Peru" keeps its party."""
    for text in ("Chile and Peru signed a border pact on Friday, with Bolivia as witness.",
                 "Chile and Peru signed a border pact on Friday, with President Gabriel Boric as a guarantor."):
        found = keys(run(text))
        assert {("CHL", "SUPPORT", "PER"), ("PER", "SUPPORT", "CHL")} <= found
        assert not {k for k in found if "BOL" in k or "gabriel-boric" in k}
    assert ("CHL", "SUPPORT", "PER") in keys(run("Chile signed a border pact with Peru."))


def test_calling_someone_a_quoted_name_is_no_phone_call() -> None:
    """"called Boluarte \\"the main source of instability\\"": naming with a quoted phrase (`en.none.call-quoted`) is
    no phone call (`en.consult.telephone`); a call with no quote stays one."""
    found = keys(run("Chile's president rejected the charge and called Peru's leader \"the main source of tension\"."))
    assert not {k for k in found if k[1] == "CONSULT"}
    assert ("CHL", "CONSULT", "PER") in keys(run("Chile called Peru on Monday."))


def test_it_or_the_state_after_a_clause_opening_participle_is_the_object_named_before() -> None:
    """"Chile cut ties with Peru, accusing it of …" / "accusing the neighbouring country of …": "it", or "the … state
    / country" right after a participle opening a clause, is the last state the clause before names after its
    subject (`events.participle_object_pronouns`, `events.participle_object_nouns`); a clause naming only its
    subject gives it none."""
    for text in ("Chile cut ties with Peru on Tuesday, accusing it of arming rebels.",
                 "Chile cut ties with Peru on Tuesday, accusing the neighbouring country of arming rebels.",
                 "Chile cut ties with Peru on Tuesday, accusing the Andean state of arming rebels."):
        found = keys(run(text))
        assert {k for k in found if k[1] == "ACCUSE"} and all(k[0] == "CHL" and k[2] != "CHL" for k in found)
    assert not keys(run("Chile recalled its ambassador, accusing it of arming rebels."))


def test_calling_it_a_name_is_no_phone_call() -> None:
    """"calling it an instrument of repression" names (`en.none.call-it-noun`), no phone call; a judging noun stays
    an accusation (`en.accuse.call-it`)."""
    found = keys(run("Chile left the International Criminal Court, calling it an instrument of repression."))
    assert not {k for k in found if k[1] == "CONSULT"}
    assert ("CHL", "ACCUSE", "PER") in keys(run("Chile condemned Peru's strike, calling it a provocation."))

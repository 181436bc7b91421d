"""Probe probe9-id (2026-12-06, ninth round): Indonesian current news over several sentences (BRICS, Prabowo abroad,
IEU-CEPA and the US tariff deal, Australia, Gaza and Israel-Iran, India-Pakistan, Thailand-Cambodia, ASEAN and
Timor-Leste, the Philippines and China at sea, WNI abroad). Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_party_leader_of_his_own_state_is_that_state_in_the_two_countries() -> None:
    """"Presiden Chile … bertemu Presiden China Xi Jinping … Kedua negara menandatangani …": Xi's office as general
    secretary of a national party (a body with a state) does not make him that party at the state level
    (`_as_state`); the pair is Chile and China. An international body's officer still counts as the body."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden China Xi Jinping di Beijing. Kedua negara "
                   "menandatangani tujuh nota kesepahaman.")
    assert ("CHL", "SUPPORT", "CHN") in found or ("CHN", "SUPPORT", "CHL") in found
    assert not [k for k in found if "chinese-communist-party" in (k[0], k[2])]
    found = _found("Presiden Peru Dina Boluarte bertemu Pemimpin Korea Utara Kim Jong Un. Kedua negara sepakat "
                   "membuka kedutaan.")
    assert ("PER", "AGREE", "PRK") in found or ("PRK", "AGREE", "PER") in found


def test_a_pair_absorbed_by_a_request_is_both_addressees() -> None:
    """"mendesak kedua pihak menahan diri": the pair read back as the owner of the absorbed complement is both
    parties (`_listed_before`, `roles.owner-target`), not the nearer one alone."""
    found = _found("Peru melancarkan serangan udara terhadap Bolivia. Pemerintah Chile mendesak kedua pihak "
                   "menahan diri.")
    assert {("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")} <= found
    found = _found("Peru melancarkan serangan udara terhadap Bolivia. Pemerintah Chile mengecam serangan itu dan "
                   "mendesak kedua negara menahan diri.")
    assert {("CHL", "REQUEST", "PER"), ("CHL", "REQUEST", "BOL")} <= found

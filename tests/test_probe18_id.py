"""Probe probe18-id (2026-12-07, eighteenth round): a speaker's statements about other actors, rulings and measures
of offices, aid and thanks for lists of states, in the style of Indonesian outlets reporting world news and
Indonesia's relations. Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_support_for_sovereignty_and_integrity_reaches_their_owner() -> None:
    """`events.upheld_nouns` take no place in the preposition's reach (`_introducer`): "dukungan terhadap
    kedaulatan dan integritas wilayah Y"."""
    found = _found("Chile menegaskan dukungan terhadap kedaulatan dan integritas wilayah Bolivia.")
    assert ("CHL", "SUPPORT", "BOL") in found


def test_judging_that_a_party_broke_a_rule_accuses_it() -> None:
    """`id.accuse.nilai-langgar`: "menilai Y melanggar …" (a ruling, a panel's finding); a judged act is no party."""
    found = _found("Brasil menilai Argentina telah melanggar kesepakatan dagang kedua negara.")
    assert ("BRA", "ACCUSE", "ARG") in found
    assert not _found("Brasil menilai langkah itu melanggar hukum internasional.")


def test_rejecting_the_call_told_before_rejects_the_one_who_urged() -> None:
    """`events.act_request_nouns`: "menolak seruan tersebut" is the last requester's, not the sentence before's subject
    when that one urged no one."""
    found = _found(
        "Peru mendesak Chile menarik pasukannya dari perbatasan. Brasil mengirim bantuan kepada Chile. "
        "Chile menolak desakan tersebut."
    )
    assert ("CHL", "REJECT", "PER") in found
    assert ("CHL", "REJECT", "BRA") not in found


def test_calling_an_act_unfair_judges_its_owner() -> None:
    """`id.accuse.sebut-tidak-adil`: "menyebut sanksi itu tidak adil", the act told before being its owner's."""
    found = _found("Peru menjatuhkan tarif atas baja Chile. Pemerintah Chile menyebut tarif tersebut tidak adil.")
    assert ("CHL", "ACCUSE", "PER") in found


def test_each_state_of_a_list_thanked_for_aid_gave_it() -> None:
    """`roles.thanked-for-act` reads the whole list thanked (`_thanked_list`): "berterima kasih kepada X, Y dan Z
    atas bantuan darurat yang dikirim" is aid of each to the thanker's state."""
    found = _found(
        "Pemerintah Chile berterima kasih kepada Peru, Bolivia dan Brasil atas bantuan darurat yang dikirim."
    )
    assert {("PER", "AID", "CHL"), ("BOL", "AID", "CHL"), ("BRA", "AID", "CHL")} <= found


def test_states_thanked_in_a_relative_clause_of_aid_gave_it() -> None:
    """`events.thanked_for` "yang": "berterima kasih kepada X dan Y yang mengirimkan tim penyelamat" is aid of each to
    the thanker's state; a relative clause of support stays a thank only."""
    found = _found(
        "Pemerintah Chile berterima kasih kepada Peru dan Bolivia yang mengirimkan tim penyelamat setelah gempa."
    )
    assert {("PER", "AID", "CHL"), ("BOL", "AID", "CHL")} <= found
    found = _found("Pemerintah Chile berterima kasih kepada Peru yang telah mendukung pencalonannya.")
    assert ("PER", "AID", "CHL") not in found


def test_a_state_thanked_for_helping_a_delivery_gave_no_aid() -> None:
    """`events.vague_help_words` "membantu" and `THANKED_RELATIVE_REACH`: "berterima kasih kepada Y yang telah
    membantu kelancaran pengiriman" tells a help with the thanker's own delivery, no aid of Y's."""
    found = _found(
        "Menlu Chile berterima kasih kepada pemerintah Peru yang telah membantu kelancaran pengiriman bantuan."
    )
    assert not any(t[1] == "AID" for t in found)


def test_condemning_a_killing_of_four_words_by_an_agent_accuses_the_agent() -> None:
    """`JUDGED_ACT_REACH`: "mengecam pembunuhan massal warga sipil oleh Y" (a judged act of four words)."""
    found = _found("Pemerintah Chile mengecam pembunuhan massal warga sipil oleh pasukan Peru di perbatasan.")
    assert ("CHL", "ACCUSE", "PER") in found

"""Probe probe15-id (2026-12-07, fifteenth round): Indonesian news of Africa, Latin America, Central Asia, the Pacific
and Papua, fisheries, extraditions, deportations, haj and labour agreements, and translated world news — a welcomed
invitation, support for a state's sovereignty, objections, interference, "an unfriendly act", a minister's portfolio
written as a short form with digits, the minister of law, and a pair agreeing on something that names one of them.
Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_welcomed_invitation_is_the_inviters() -> None:
    """"menyambut baik undangan tersebut": the invitation of the sentence before's subject
    (`events.act_anaphor_nouns`)."""
    found = _found("Chile mengundang Peru ke konferensi perdamaian di Santiago. Peru menyambut baik undangan tersebut.")
    assert ("PER", "SUPPORT", "CHL") in found


def test_support_for_a_sovereignty_supports_its_owner() -> None:
    """`events.upheld_nouns`: a SUPPORT reaches past "kedaulatan"; a violated sovereignty's owner stays no target of
    a condemnation (`markers.target_stops`)."""
    assert ("CHL", "SUPPORT", "PER") in _found("Chile menegaskan kembali dukungannya terhadap kedaulatan Peru.")
    found = _found("Chile mengecam serangan itu sebagai pelanggaran kedaulatan Peru.")
    assert ("CHL", "ACCUSE", "PER") not in found


def test_an_objection_is_a_protest_or_a_rejection() -> None:
    """`id.accuse.keberatan` (voiced to a party), `id.reject.keberatan-usulan` (against a proposal or a demand, as the
    train annotations code "keberatan atas usul PBB"); "tidak keberatan" is none."""
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menyampaikan keberatan kepada Peru atas pembangunan tembok di "
                                              "perbatasan.")
    found = _found("Bolivia keberatan atas usulan Peru soal jalur kereta.")
    assert ("BOL", "REJECT", "PER") in found
    assert ("BOL", "ACCUSE", "PER") not in found
    assert not _found("Chile tidak keberatan dengan rencana Peru.")


def test_said_to_interfere_in_internal_affairs_is_a_charge() -> None:
    """`id.accuse.campuri-urusan`: the speaker charges the one said to interfere."""
    assert ("CHL", "ACCUSE", "PER") in _found("Chile mengatakan Peru kembali mencampuri urusan dalam negeri "
                                              "negaranya.")


def test_an_unfriendly_act_is_a_judgement_not_a_negation() -> None:
    """`id.accuse.sebut-tak-bersahabat`: the "tidak" of the entry's own words negates nothing (`negated`); a
    negation before the verb still does."""
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menyebut keputusan Peru itu sebagai tindakan tidak bersahabat.")
    assert ("CHL", "ACCUSE", "PER") not in _found("Chile tidak menyebut keputusan Peru itu sebagai tindakan tidak "
                                                  "bersahabat.")


def test_a_portfolio_written_with_digits_belongs_to_the_title() -> None:
    """"Menteri P2MI Abdul Kadir Karding": the short form is the portfolio (`_after_portfolio`, `_acronym`), so the
    meeting noun's owner is the minister right after it."""
    found = _found("Kesepakatan itu dicapai dalam pertemuan Menteri P2MI Abdul Kadir Karding dengan Menteri Tenaga "
                   "Kerja Malaysia.")
    assert ("abdul-kadir-karding", "CONSULT", "MYS") in found


def test_the_minister_of_law_speaks_for_the_government() -> None:
    """Supratman Andi Agtas (persons-current.yaml): "pemerintah" after his statement verb is Indonesia's."""
    found = _found("Menteri Hukum Supratman Andi Agtas mengatakan pemerintah telah mengajukan permintaan ekstradisi "
                   "seorang buronan kepada Peru.")
    assert ("IDN", "REQUEST", "PER") in found


def test_a_pair_agreeing_on_something_of_one_of_them() -> None:
    """"A dan B sepakat menambah kuota pekerja migran A": both ways, as with no object (`roles.symmetric-without-
    target`); a pronoun's pair is no named pair."""
    found = _found("Chile dan Peru sepakat menambah kuota pekerja migran Chile mulai tahun depan.")
    assert {("CHL", "AGREE", "PER"), ("PER", "AGREE", "CHL")} <= found
    found = _found("Ranjau itu tersebar di perbatasan Chile-Peru, sebab mereka sebelumnya bekerja sama dengan militer "
                   "Chile.")
    assert ("CHL", "COOPERATE", "PER") not in found


def test_an_actor_inside_the_charge_is_not_the_accused() -> None:
    """"menuduh negara Teluk itu memasok senjata kepada Y": the accused names no actor, Y is in the charge
    (`_charge_trigger_between`); a named accused stays."""
    found = _found("Chile memutuskan hubungan diplomatik dengan Bolivia dan menuduh negara tetangga itu memasok "
                   "senjata kepada Peru.")
    assert ("CHL", "ACCUSE", "PER") not in found
    assert ("CHL", "SANCTION", "BOL") in found
    assert ("CHL", "ACCUSE", "BOL") in _found("Chile menuduh Bolivia memasok senjata kepada Peru.")

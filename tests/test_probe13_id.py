"""Probe probe13-id (2026-12-06, thirteenth round): Indonesian regional and world news as Indonesian outlets report
it — welcomes, officials merely present, loans, closures of airspace and trade, reported clauses whose subject is a
thing, signings witnessed by a third party. Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_welcoming_an_actor_as_a_member_is_support_not_hosting() -> None:
    """"menyambut Y sebagai anggota baru" praises Y (`id.support.sambut-sebagai`); "menyambut kunjungan Y sebagai
    …" still hosts the visitor (`id.consult.sambut-kunjungan`)."""
    found = _found("Presiden Chile menyambut Peru sebagai anggota baru organisasi itu.")
    assert ("gabriel-boric", "SUPPORT", "PER") in found
    assert not [k for k in found if k[1] == "CONSULT"]
    found = _found("Chile menyambut kunjungan Presiden Peru sebagai upaya damai.")
    assert ("CHL", "CONSULT", "dina-boluarte") in found
    assert not [k for k in found if k[1] == "SUPPORT"]


def test_an_official_present_at_a_meeting_named_before_meets_no_one() -> None:
    """"yang hadir dalam pertemuan itu": attendance, no meeting with the actor named next
    (`id.none.hadir-pertemuan`)."""
    found = _found("Menlu Chile yang hadir dalam pertemuan itu mendesak Peru membuka perbatasan.")
    assert ("alberto-van-klaveren", "REQUEST", "PER") in found
    assert not [k for k in found if k[1] == "CONSULT"]


def test_rejecting_the_displacement_of_a_people_rejects_no_state() -> None:
    assert not _found("Chile menolak pemindahan paksa warga Peru dari kampung mereka.")
    assert ("CHL", "REJECT", "PER") in _found("Chile menolak usulan Peru.")


def test_a_loan_granted_is_aid() -> None:
    found = _found("Bank Pembangunan Asia menyetujui pinjaman sebesar 500 juta dolar AS kepada Peru untuk program "
                   "transisi energi.")
    assert ("asian-development-bank", "AID", "PER") in found
    assert ("CHL", "AID", "PER") in _found("Chile memberikan pinjaman kepada Peru.")


def test_closing_airspace_and_halting_trade_are_sanctions() -> None:
    assert ("CHL", "SANCTION", "PER") in _found("Chile menutup wilayah udaranya bagi pesawat Peru.")
    assert ("CHL", "SANCTION", "PER") in _found("Chile menghentikan seluruh perdagangan dengan Peru.")
    found = _found("Chile dan Peru sepakat menghentikan perang dagang.")
    assert not [k for k in found if k[1] == "SANCTION"]


def test_a_reported_clause_whose_subject_is_a_thing_has_no_actor_as_subject() -> None:
    """"Kanda mengatakan pinjaman itu akan membantu Indonesia": the loan helps, not the speaker (clause_start); a
    reported clause with the speaker's own subject ("pihaknya", none, "negara itu") keeps it."""
    assert not _found("Presiden Chile mengatakan pinjaman itu akan membantu Peru membangun jembatan.")
    assert not _found("Presiden Chile mengatakan kebijakan baru tersebut merugikan Peru.")
    assert ("gabriel-boric", "AGREE", "PER") in _found("Presiden Chile mengatakan pihaknya akan membantu Peru.")
    assert ("gabriel-boric", "AGREE", "PER") in _found("Presiden Chile mengatakan akan membantu Peru.")


def test_beating_fishermen_and_water_cannon_are_assaults() -> None:
    assert ("CHL", "ASSAULT", "PER") in _found("Aparat Chile memukuli sejumlah nelayan Peru.")
    found = _found("Chile mengecam tindakan aparat Peru yang memukuli sejumlah nelayan Bolivia.")
    assert {("CHL", "ACCUSE", "PER"), ("PER", "ASSAULT", "BOL")} <= found
    found = _found("Kapal penjaga pantai Chile menggunakan meriam air terhadap kapal Peru.")
    assert ("CHL", "ASSAULT", "PER") in found


def test_a_witness_of_a_signing_between_two_parties_signs_nothing() -> None:
    """`roles.welcomed-between` takes no signing: "hadir dalam penandatanganan perjanjian antara A dan B"; a welcome
    of it still reaches both."""
    found = _found("Menlu Chile hadir dalam penandatanganan perjanjian antara Peru dan Bolivia.")
    assert not [k for k in found if k[0] in ("CHL", "alberto-van-klaveren")]
    found = _found("Presiden Chile menyaksikan penandatanganan perjanjian antara Peru dan Bolivia.")
    assert not [k for k in found if k[0] in ("CHL", "gabriel-boric")]
    found = _found("Chile menyambut baik penandatanganan perjanjian antara Peru dan Bolivia.")
    assert {("CHL", "SUPPORT", "PER"), ("CHL", "SUPPORT", "BOL")} <= found


def test_calling_a_leader_a_friend_is_no_meeting() -> None:
    assert not _found("Presiden Chile menyebut Presiden Peru sebagai sahabat lama.")


def test_an_act_the_subject_is_barred_from_does_not_happen() -> None:
    """"dilarang mengirim perwakilan ke KTT …" (`id.none.dilarang`); "melarang penjualan senjata ke Y" stays
    SANCTION."""
    assert not _found("Chile telah dilarang mengirim perwakilan politik ke KTT di Peru sejak 2021.")
    assert ("CHL", "SANCTION", "PER") in _found("Chile melarang penjualan senjata ke Peru.")

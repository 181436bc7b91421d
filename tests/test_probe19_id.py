"""Probe probe19-id (2026-12-07, nineteenth round): accusations and denials in reported speech, expulsions and entry
bans, designations, arms received and equipment handed over, signings named by a noun, in the style of Indonesian
outlets reporting world news and Indonesia's relations. Sentences of our own."""

from __future__ import annotations

from tests.test_probe12_id import _as_built, _found  # the same helpers: rules only, and as built


def test_ordering_embassy_staff_to_leave_expels_them() -> None:
    """`id.sanction.perintah-pegawai-kedutaan`: "memerintahkan 12 pegawai Kedutaan Besar Y meninggalkan …"."""
    found = _found("Chile memerintahkan 15 pegawai Kedutaan Besar Peru meninggalkan negara itu dalam 72 jam.")
    assert ("CHL", "SANCTION", "PER") in found


def test_barring_officials_from_entering_sanctions_their_state() -> None:
    """`id.sanction.larang-pejabat-masuk`: "melarang tiga pejabat Y memasuki wilayahnya"."""
    found = _found("Argentina melarang dua pejabat Bolivia memasuki wilayahnya.")
    assert ("ARG", "SANCTION", "BOL") in found


def test_weapons_received_from_a_state_are_its_aid() -> None:
    """`id.aid.terima-senjata`: "menerima helikopter serang dari Y" is Y's delivery to the subject."""
    found = _found("Bolivia juga menerima dua helikopter serang dari Brasil pada awal tahun ini.")
    assert ("BRA", "AID", "BOL") in found


def test_putting_a_group_on_a_terrorist_list_sanctions_it() -> None:
    """`id.sanction.daftar-teroris`: "memasukkan Y ke dalam daftar organisasi teroris"."""
    found = _found("Argentina memasukkan Hamas ke dalam daftar organisasi teroris.")
    assert ("ARG", "SANCTION", "hamas") in found


def test_calling_an_act_unjustifiable_judges_its_owner() -> None:
    """`id.accuse.sebut-tak-dibenarkan`: "menyebut keputusan Y itu tidak dapat dibenarkan"."""
    found = _found("Pemerintah Bolivia menyebut keputusan Chile itu tidak dapat dibenarkan.")
    assert ("BOL", "ACCUSE", "CHL") in found


def test_a_speaker_saying_a_state_tried_to_destabilise_accuses_it() -> None:
    """`id.accuse.dikatakan-curang` (mengacaukan, mendestabilisasi, menggoyahkan)."""
    found = _found("Peru mengatakan Bolivia telah berupaya mengacaukan lembaga-lembaga negaranya.")
    assert ("PER", "ACCUSE", "BOL") in found


def test_a_speaker_saying_a_state_harbours_plotters_accuses_it() -> None:
    """`id.accuse.sebut-markas`: "menyebut Y telah menjadi markas bagi para perencana kudeta"; no speaker, no event."""
    found = _found("Pemerintah Bolivia menyebut Paraguay telah menjadi markas bagi para perencana kudeta.")
    assert ("BOL", "ACCUSE", "PRY") in found
    assert not _found("Paraguay menjadi markas bagi kelompok pemberontak.")


def test_an_effort_towards_a_ceasefire_is_no_truce() -> None:
    """`id.none.upaya-gencatan`: leaders discussing "upaya mewujudkan gencatan senjata" agree no truce."""
    found = _found(
        "Presiden Chile dan Presiden Argentina membahas situasi di Sudan dan upaya mewujudkan gencatan senjata."
    )
    assert not any(t[1] == "RETREAT" for t in found)


def test_a_signing_noun_reaches_the_pair_past_its_documents() -> None:
    """`events.between_modifiers` (document nouns, counts): "penandatanganan lima nota kesepahaman antara A dan B"."""
    found = _found("Kunjungan itu menghasilkan penandatanganan lima nota kesepahaman antara Chile dan Argentina.")
    assert ("CHL", "SUPPORT", "ARG") in found


def test_handing_over_vehicles_and_equipment_is_aid() -> None:
    """`id.aid.serah-barang`: "menyerahkan 20 kendaraan dan peralatan medis kepada Y"."""
    found = _found("Pemerintah Brasil menyerahkan 20 kendaraan dan peralatan medis kepada Paraguay.")
    assert ("BRA", "AID", "PRY") in found


def test_a_recipient_of_aid_is_no_event() -> None:
    """`id.none.penerima-bantuan`: "salah satu penerima bantuan pembangunan terbesar dari Y" describes standing ties;
    the scorer read the recipient as giving aid to Y."""
    found = _as_built("Paraguay merupakan salah satu penerima bantuan pembangunan terbesar dari Brasil di kawasan itu.")
    assert not found


def test_an_act_told_before_after_a_speech_verb_is_not_the_speakers() -> None:
    """`candidate.spoken-act`: "Arce menyebut serangan itu dilakukan oleh …" speaks of an attack told before; the
    speaker attacked no one (a judgement spanning the speech verb, "menyebut serangan itu sebagai …", stays)."""
    found = _found(
        "Presiden Bolivia Luis Arce menuduh Paraguay berada di balik ledakan di perbatasan. Arce menyebut serangan itu "
        "dilakukan oleh kelompok profesional yang dikendalikan Asunción."
    )
    assert ("luis-arce", "ACCUSE", "PRY") in found
    assert ("luis-arce", "ASSAULT", "PRY") not in found
    found = _found("Paraguay menyerang Bolivia. Chile menyebut serangan itu sebagai kejahatan perang.")
    assert ("CHL", "ACCUSE", "PRY") in found

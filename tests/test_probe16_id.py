"""Probe probe16-id (2026-12-07, sixteenth round): the staples of world news as Indonesian outlets translate them
from wire copy — phone calls and visits, ministries condemning and welcoming, sanctions and tariffs, strikes on
villages, launches protested, arrests of foreigners, aid pledges and UN votes. Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_strikes_on_villages_in_a_state_strike_the_state() -> None:
    """`events.holder_nouns`: villages, camps, settlements, buildings, ports and airports in a state are its own."""
    assert ("CHL", "ASSAULT", "PER") in _found("Militer Chile melancarkan serangan udara ke sejumlah desa di Peru "
                                               "utara.")
    assert ("CHL", "ASSAULT", "PER") in _found("Chile menyerang kamp pengungsi di Peru.")


def test_allies_urged_to_act_are_asked_of_no_actor() -> None:
    """`events.unnamed_addressees`: "mendesak sekutu-sekutu Barat untuk …" asks the allies, not the actor named in what
    they are asked to do; a named addressee is still asked."""
    assert not _found("Presiden Chile mendesak sekutu-sekutu Barat untuk memperketat sanksi terhadap Peru.")
    assert not _found("Chile mendesak mitra-mitra Eropa agar menjatuhkan sanksi terhadap Peru.")
    assert ("CHL", "REQUEST", "BOL") in _found("Chile mendesak Bolivia untuk memperketat sanksi terhadap Peru.")


def test_a_sentence_retelling_the_act_is_no_owner() -> None:
    """"memprotes peluncuran tersebut" after "Peluncuran itu terjadi sebelum KTT APEC": the sentence that names the act
    again tells of it, the one before names its owner (`coref.act-anaphor`)."""
    found = _found("Peru menembakkan rudal balistik ke laut. Peluncuran itu terjadi sepekan sebelum KTT APEC di Lima. "
                   "Pemerintah Chile memprotes keras peluncuran tersebut.")
    assert ("CHL", "ACCUSE", "PER") in found
    assert not any(t[2] == "APEC" or t[2] == "apec" for t in found)


def test_exercises_and_arrests_told_again_are_their_owners() -> None:
    """`events.act_anaphor_nouns`: "mengecam latihan tersebut", "memprotes penangkapan itu" judge the act of the
    sentence before's subject."""
    found = _found("Chile menggelar latihan militer di perbatasan. Peru mengecam latihan tersebut.")
    assert ("PER", "ACCUSE", "CHL") in found
    found = _found("Polisi Chile menangkap tiga nelayan. Peru memprotes penangkapan itu.")
    assert ("PER", "ACCUSE", "CHL") in found


def test_a_tie_that_must_change_asks_none_of_its_owners() -> None:
    """`events.obliged_tie_nouns`: "Hubungan Chile dan Peru harus …, kata X" demands nothing of Chile or Peru; "X
    mengatakan Peru harus …" still asks Peru."""
    found = _found("\"Hubungan Chile dan Peru harus diperbaiki,\" kata Presiden Bolivia.")
    assert not any(t[1] == "REQUEST" for t in found)
    assert any(t[1:] == ("REQUEST", "PER") for t in _found("Presiden Chile mengatakan Peru harus mengembalikan kapal "
                                                          "itu."))


def test_drills_around_a_state_are_forces_set_against_it() -> None:
    """`id.mobilize.latihan-sekitar`: "menggelar latihan militer di sekitar Y" mobilises against Y, and "mengecam
    latihan tersebut" condemns the drilling state; a joint exercise near a border is none."""
    found = _found("Militer Chile menggelar latihan militer skala besar di sekitar Peru. Kementerian Pertahanan Peru "
                   "mengecam latihan tersebut.")
    assert ("CHL", "MOBILIZE", "PER") in found
    assert ("PER", "ACCUSE", "CHL") in found
    assert not any(t[1] == "MOBILIZE" for t in _found("Chile dan Peru menggelar latihan militer bersama di dekat "
                                                       "perbatasan."))


def test_a_step_called_a_bad_signal_is_criticised() -> None:
    """`id.accuse.sebut-buruk`: "menyebut keputusan Y itu sebagai sinyal yang buruk", "menilai … sebagai langkah
    provokatif" criticise Y; a step called good is none."""
    assert ("CHL", "ACCUSE", "PER") in _found("Kementerian Luar Negeri Chile menyebut keputusan Peru itu sebagai "
                                              "sinyal yang buruk.")
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menilai latihan Peru sebagai langkah provokatif.")
    assert not any(t[1] == "ACCUSE" for t in _found("Chile menyebut kunjungan Presiden Peru sebagai langkah yang "
                                                     "baik."))

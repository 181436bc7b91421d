"""Probe probe10-id (2026-12-06, tenth round, precision): Indonesian reports of world news (tariffs, sanctions, the
Middle East, Africa, Asia, Latin America) with several actors named and events only between some of them. Sentences
of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_stated_reason_names_no_target_of_the_act() -> None:
    """"menyerang kapal-kapal … dengan alasan solidaritas terhadap Y": the reason given for an act
    (`markers.cause_phrases` + "dengan alasan") is no target of it."""
    found = _found("Chile menyerang kapal-kapal di perbatasan dengan alasan solidaritas terhadap Peru.")
    assert ("CHL", "ASSAULT", "PER") not in found
    assert ("CHL", "ASSAULT", "PER") in _found("Chile menyerang kapal-kapal Peru di perbatasan.")


def test_what_a_person_is_known_as_is_no_act() -> None:
    """"dikenal sebagai pengkritik keras pemerintahan Y" describes the person (`id.none.dikenal-sebagai`); the verb
    still criticises."""
    assert not _found("Menlu Chile dikenal sebagai pengkritik keras pemerintahan Peru.")
    assert not _found("Menlu Chile dikenal sebagai pendukung kuat Peru.")
    assert [k for k in _found("Menlu Chile mengkritik keras pemerintahan Peru.") if k[1] == "ACCUSE" and k[2] == "PER"]


def test_postponing_a_tariff_eases_it() -> None:
    """"menunda pemberlakuan tarif atas Y" / "menangguhkan tarif": a tariff put off is eased (CONCEDE, as
    `id.concede.cabut-sanksi`), not imposed."""
    found = _found("Chile menunda penerapan tarif terhadap Peru.")
    assert ("CHL", "CONCEDE", "PER") in found
    assert ("CHL", "SANCTION", "PER") not in found
    assert ("CHL", "CONCEDE", "PER") in _found("Chile menangguhkan tarif atas produk Peru.")


def test_an_interim_office_after_its_noun_keeps_the_state_and_the_name() -> None:
    """"Presiden sementara Peru X" (interim president): in a head-first language the title's modifier follows the
    office (`resolve.title_modifiers` + sementara, interim, transisi); the named person is the actor, an unnamed
    interim office its state, and "sementara" inside the title opens no clause for the subject."""
    found = _found("Menlu Chile bertemu dengan Presiden sementara Peru Dina Boluarte di Lima.")
    assert [k for k in found if k[1] == "CONSULT" and k[2] == "dina-boluarte"]
    assert ("PER", "REJECT", "BOL") in _found("Pemerintah sementara Peru menolak usulan Bolivia.")
    found = _found("Menlu Chile mengecam Peru, sementara Presiden Bolivia memuji Peru.")
    assert not [k for k in found if k[0] == "CHL" and k[1] == "SUPPORT"]


def test_calling_an_act_illegal_stupid_or_an_act_of_war_accuses_its_author() -> None:
    """"menyebut kebijakan Y sebagai langkah yang sangat bodoh", "menyebut sanksi Y ilegal" (no "sebagai",
    `id.accuse.sebut-ilegal`), "menyebut serangan Y sebagai tindakan perang" (`id.accuse.sebut-tindakan-perang`):
    a judgement of another's act accuses its author; a war called a long war does not."""
    assert ("PER", "ACCUSE", "CHL") in _found("Peru menyebut sanksi Chile ilegal.")
    assert ("PER", "ACCUSE", "CHL") in _found("Peru menyebut serangan Chile sebagai tindakan perang.")
    assert [k for k in _found("Presiden Chile menyebut kebijakan Peru sebagai langkah yang sangat bodoh.")
            if k[1] == "ACCUSE" and k[2] == "PER"]
    assert not [k for k in _found("Peru menyebut perang dengan Chile sebagai perang yang panjang.") if k[1] == "ACCUSE"]


def test_a_reduplicated_plural_act_noun_is_named_again() -> None:
    """"mengecam sanksi-sanksi itu", "menyebut sanksi-sanksi itu ilegal": the plural by reduplication (split at the
    hyphen by the tokenizer) is the act noun before its demonstrative (`coref.act-anaphor`)."""
    assert ("PER", "ACCUSE", "CHL") in _found("Chile menjatuhkan sanksi terhadap Peru. Peru mengecam sanksi-sanksi "
                                              "itu.")
    assert ("PER", "ACCUSE", "CHL") in _found("Chile menjatuhkan sanksi terhadap Peru. Peru menyebut sanksi-sanksi "
                                              "itu ilegal.")


def test_a_meeting_called_off_is_no_meeting() -> None:
    """"membatalkan / menunda pertemuan dengan Y" (`id.none.batal-pertemuan`) and "Pertemuan antara A dan B … batal
    digelar" (`id.none.pertemuan-batal`): a meeting or visit called off or put off took no place; a meeting that
    discussed something put off did."""
    assert not _found("Chile membatalkan pertemuan dengan Peru.")
    assert not _found("Chile menunda kunjungan ke Peru.")
    assert not _found("Pertemuan antara Menlu Chile dan Menlu Peru di Lima batal digelar.")
    assert [k for k in _found("Pertemuan Menlu Chile dengan Menlu Peru di Lima membahas rencana yang ditunda sejak "
                              "tahun lalu.") if k[1] == "CONSULT"]

"""Probe probe6-id (2026-12-06, sixth round): Indonesian current news about Indonesia's own relations (haj,
fisheries, ASEAN, bilateral visits). Sentences of our own."""

from __future__ import annotations

import pytest

from graphbuild.extract.engine import blank_excluded
from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys, run


def _mention_ids(text: str, date: str = "2025-01-15", lang: str = "id") -> list[str]:
    article = Article(id="t", text=text, language=lang, date=date)
    nlp, _ = _extractor().pipeline(lang)
    _ctx, _rules, mentions = _extractor().rule_pass(article, nlp(blank_excluded(article)), lang)
    return [mention.actor.id for mention in mentions]


@pytest.mark.parametrize(("text", "ids"), [
    ("Menteri Agama Nasaruddin Umar bertemu Menteri Haji dan Umrah Arab Saudi Tawfiq Al-Rabiah di Makkah.",
     ["nasaruddin-umar", "tawfiq-al-rabiah"]),
    ("Tawfiq Al-Rabiah menerima Nasaruddin Umar. Al-Rabiah lalu memuji Nasaruddin.",
     ["tawfiq-al-rabiah", "nasaruddin-umar", "tawfiq-al-rabiah", "nasaruddin-umar"]),
    ("Menteri Agama Yaqut Cholil Qoumas menemui Taufiq Al-Rabiah di Jeddah.",
     ["yaqut-cholil-qoumas", "tawfiq-al-rabiah"]),
    ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono memuji Australia. Trenggono lalu pulang.",
     ["sakti-wahyu-trenggono", "AUS", "sakti-wahyu-trenggono"]),
])  # fmt: skip
def test_haj_and_fisheries_ministers(text: str, ids: list[str]) -> None:
    assert _mention_ids(text) == ids


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_a_body_s_own_meeting_is_no_meeting_with_the_body() -> None:
    """"dalam pertemuan para menteri luar negeri ASEAN": the members' own meeting (`filter.body-meeting`); a partner
    after the body, or "pertemuan dengan" the body, keeps the talks."""
    found = _found("Pernyataan itu disampaikan Menlu Chile dalam pertemuan para menteri luar negeri ASEAN di Bangkok.")
    assert not [k for k in found if "asean" in k]
    assert not [k for k in _found("Chile berpidato dalam pertemuan OKI di Jeddah, Senin.") if k[1] == "CONSULT"]
    assert ("CHL", "CONSULT", "eu") in _found("Chile mengadakan pertemuan dengan Uni Eropa di Brussel.")


def test_a_second_verb_after_the_governed_object_takes_its_own_object() -> None:
    """"membantah laporan itu dan meminta Jepang …": Japan is asked, not denied (`chain.governs-complement` leaves a
    second verb after the first one's own object, `_second_verb_object` ends the first one's target search there);
    two verbs sharing one object, or a second event noun, stay as they were."""
    found = _found("China membantah laporan itu dan meminta Jepang menghentikan provokasi di perairan itu.")
    assert ("CHN", "REQUEST", "JPN") in found
    assert ("CHN", "REJECT", "JPN") not in found
    assert ("CHL", "REJECT", "PER") in _found("Chile menolak untuk bertemu dan berbicara dengan Peru.")
    assert ("CHL", "ACCUSE", "PER") in _found("Chile mengecam keras dan mengutuk Peru.")
    assert ("CHL", "ACCUSE", "PER") in _found("Chile mengecam serangan udara dan ancaman Peru.")


def test_a_second_title_joined_by_sekaligus_is_part_of_the_person() -> None:
    """"A dan Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia B menandatangani …": both titles are
    B's (`role.named`, `_joined_title_start`), so B stays the list's second party and signs with A."""
    text = ("Menteri Luar Negeri Retno Marsudi dan Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia "
            "Richard Marles menandatangani nota kesepahaman di Jakarta.")
    assert ("retno-marsudi", "SUPPORT", "richard-marles") in _found(text)
    found = _mention_ids("Presiden Prabowo menerima Wakil Perdana Menteri merangkap Menteri Pertahanan Australia "
                         "Richard Marles.", "2025-02-10")
    assert found == ["prabowo-subianto", "richard-marles"]


def test_aid_for_the_victims_of_a_two_word_disaster_in_a_state() -> None:
    """"bantuan untuk korban gempa bumi di Myanmar", "korban banjir bandang di Pakistan": the state the victims are in
    receives the aid (`events.holder_nouns`, up to two modifiers after "korban")."""
    assert ("JPN", "AID", "PAK") in _found("Jepang mengirim bantuan untuk korban banjir bandang di Pakistan.")
    assert ("KOR", "AID", "TUR") in _found("Korea Selatan menyalurkan bantuan tunai bagi korban gempa bumi di Turki.")


def test_praised_aid_named_by_a_noun_is_the_giver_s() -> None:
    """"Korea Selatan mengapresiasi bantuan tersebut": the giver of the aid just reported (`coref.act-anaphor`,
    `events.act_aid_nouns`), not an earlier actor of another act."""
    text = ("Australia mengirim bantuan medis ke Vanuatu setelah gempa. Vanuatu mengapresiasi bantuan tersebut, "
            "Rabu.")
    assert ("VUT", "SUPPORT", "AUS") in _found(text)


def test_calling_another_s_act_a_crime_accuses_its_owner() -> None:
    """"menyebut tindakan China sebagai pembajakan" (`id.accuse.sebut-sebagai`, an `inside` entry whose gap holds an
    act and its owner); "menyebut Y sebagai mitra" is no accusation."""
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menilai langkah Peru di perairan itu sebagai pelanggaran hukum.")
    assert not [k for k in _found("Chile menyebut Peru sebagai mitra penting di kawasan.") if k[1] == "ACCUSE"]


def test_a_mission_s_post_is_no_actor() -> None:
    """"KBRI Tokyo", "KJRI Jeddah": the city after an Indonesian mission is its post (`mentions.mission-post`), so
    the mission's act toward the host state is no self-loop of the host."""
    assert _mention_ids("KBRI Tokyo berkoordinasi dengan otoritas Jepang soal evakuasi WNI.", "2024-01-03") == [
        "IDN", "JPN", "IDN"]
    assert ("IDN", "REQUEST", "SAU") in _found("KJRI Jeddah meminta otoritas Arab Saudi membebaskan dua jemaah asal "
                                               "Indonesia.")

"""Probe probe24-id (2026-12-07, twenty-fourth round): late-2025 news as Indonesian outlets report it (the US strikes
on boats in the Caribbean and Maduro's answer, Sudan, El Fasher and the UAE, the Geneva talks on the Ukraine peace
plan, Thailand and Cambodia and Malaysia's appeal, Indonesia's peacekeepers for Gaza), in the shapes of "Pihaknya"
opening a sentence after a state's statement and an envoy's title posted to a region before the envoy's name
("Utusan Khusus AS untuk Timur Tengah Steve Witkoff"). Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-11-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_pihaknya_opening_a_sentence_is_the_state_that_opened_the_one_before() -> None:
    """`events.opening_state_pronouns` (pihaknya), `events.opening_it_verbs`, `events.opening_it_skips`: as "It also
    urged …" in English, "Pihaknya juga meminta Y …" after "Pemerintah X mengecam …" is X's request
    (coref.opening-it)."""
    found = _found("Pemerintah Malaysia mengecam serangan Israel terhadap kapal bantuan di Laut Tengah. "
                   "Pihaknya juga meminta Tel Aviv membebaskan para aktivis.")
    assert ("MYS", "REQUEST", "ISR") in found
    found = _found("Pemerintah Brasil mengecam sanksi Amerika Serikat terhadap seorang hakim agungnya. "
                   "Pihaknya kemudian mendesak Washington mencabut sanksi tersebut.")
    assert ("BRA", "REQUEST", "USA") in found


def test_no_state_for_pihaknya_before_a_word_no_actor_does() -> None:
    """"Pihaknya memperkirakan …" (a forecast) names no act: no actor is made of the pronoun."""
    found = _found("Bank sentral Ukraina mempertahankan suku bunga acuan. Pihaknya memperkirakan inflasi akan turun.")
    assert found == set()


def test_an_envoy_posted_to_a_region_is_the_named_envoy() -> None:
    """`resolve.posting_regions` (`_posting_region`): "Utusan Khusus AS untuk Afrika Massad Boulos" is Boulos, as
    "Duta Besar Korut untuk PBB X" is X; the region is no actor and no break between the title and the name."""
    found = _found("Presiden Kenya William Ruto menerima Utusan Khusus Amerika Serikat untuk Afrika Massad Boulos "
                   "di Nairobi, Selasa.")
    assert ("william-ruto", "CONSULT", "massad-boulos") in found
    assert ("william-ruto", "CONSULT", "USA") not in found


def test_an_answer_to_an_offer_reaches_its_maker_after_dari() -> None:
    """`events.offer_owner_links` (dari), `events.offer_nouns`: "menolak tawaran/usulan … dari Y" rejects Y's offer,
    as "menolak usulan Y" does; "tawaran mediasi" is an offer, no mediator's phrase (`markers.target_stops`)."""
    found = _found("Pemerintah Ekuador menolak usulan dari Kolombia, kata juru bicara kepresidenan.")
    assert ("ECU", "REJECT", "COL") in found
    found = _found("Pemerintah Sudan Selatan menolak tawaran mediasi dari Kenya, disebutkan dalam sebuah pernyataan.")
    assert ("SSD", "REJECT", "KEN") in found

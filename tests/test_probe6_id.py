"""Probe probe6-id (2026-12-06, sixth round): Indonesian current news about Indonesia's own relations (haj,
fisheries, ASEAN, bilateral visits). Sentences of our own."""

from __future__ import annotations

import pytest

from graphbuild.extract.engine import blank_excluded
from graphbuild.model import Article
from tests.test_persons_current import _extractor


def _mention_ids(text: str, date: str = "2025-01-15") -> list[str]:
    article = Article(id="t", text=text, language="id", date=date)
    nlp, _ = _extractor().pipeline("id")
    _ctx, _rules, mentions = _extractor().rule_pass(article, nlp(blank_excluded(article)), "id")
    return [mention.actor.id for mention in mentions]


@pytest.mark.parametrize(("text", "ids"), [
    ("Menteri Agama Nasaruddin Umar bertemu Menteri Haji dan Umrah Arab Saudi Tawfiq Al-Rabiah di Makkah.",
     ["nasaruddin-umar", "tawfiq-al-rabiah"]),
    ("Tawfiq Al-Rabiah menerima Nasaruddin Umar. Al-Rabiah lalu memuji Nasaruddin.",
     ["tawfiq-al-rabiah", "nasaruddin-umar", "tawfiq-al-rabiah", "nasaruddin-umar"]),
    ("Menteri Agama Yaqut Cholil Qoumas menemui Taufiq Al-Rabiah di Jeddah.", ["yaqut-cholil-qoumas", "tawfiq-al-rabiah"]),
    ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono memuji Australia. Trenggono lalu pulang.",
     ["sakti-wahyu-trenggono", "AUS", "sakti-wahyu-trenggono"]),
])  # fmt: skip
def test_haj_and_fisheries_ministers(text: str, ids: list[str]) -> None:
    assert _mention_ids(text) == ids

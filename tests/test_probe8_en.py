"""Probe probe8-en (2026-12-06, eighth round): English current news from Africa, Latin America, the Asia-Pacific
and trade. Sentences of our own."""

from __future__ import annotations

from tests.test_extract import keys
from tests.test_persons_current import run as run_shipped


def test_name_written_with_its_lower_case_particle() -> None:
    """Wire copy prints "al-Shabaab", "al-Shabab", "al-Qaida" in running text: a gazetteer name written with its
    lower-case particle hyphened to a capitalised word is a name (the case-folded table wants a capital first
    letter)."""
    found = keys(run_shipped("Kenyan troops killed dozens of al-Shabaab fighters near the border, Kenya said."))
    assert ("KEN", "ASSAULT", "al-shabaab") in found
    found = keys(run_shipped("Ethiopia launched airstrikes against al-Shabab positions on Tuesday."))
    assert ("ETH", "ASSAULT", "al-shabaab") in found
    found = keys(run_shipped("Chad said al-Qaida had attacked Niger."))
    assert ("al-qaeda", "ASSAULT", "NER") in found

"""Indonesian morphology hooks: Sastrawi stems and derived nouns (the Malay pack uses them too)."""

from __future__ import annotations

from graphbuild.nlp.stem import stem_id as stem
from graphbuild.nlp.stem import stem_id_among as stem_among

__all__ = ["derived_noun", "stem", "stem_among"]


def derived_noun(word: str) -> bool:
    """A derived noun (serangan, kunjungan, pertemuan, kesepakatan), not a verb (menyalahkan, diserahkan)."""
    if len(word) <= 5 or not word.endswith("an") or stem(word) == word:
        return False
    if word.startswith(("pe", "ke")):
        return True
    return not word.endswith("kan") and not word.startswith(("me", "di", "ber", "ter"))

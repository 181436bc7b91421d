"""Malay morphology hooks: Malay shares Indonesian affixes (meN-, di-, ber-, pe-/ke-…-an, -kan, -nya), so the
Sastrawi stemmer and the Indonesian derived-noun test serve it (`bertemu` → temu, `rundingan` → runding)."""

from __future__ import annotations

from graphbuild.lang.id import derived_noun, stem, stem_among

__all__ = ["derived_noun", "stem", "stem_among"]

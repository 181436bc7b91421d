"""Bytes → text: UTF-8; else cp1252 when that reads as Western text; else charset-normalizer's best guess.

Empty and binary files (NUL bytes) are rejected. A legacy Western file (Latin-1 or Windows-1252) is the common
non-UTF-8 input and is too short for a statistical guess to be reliable (a few accented letters read as cp775 or
cp1250), so it is tried first; text in another script or with signs of mis-decoding falls through to the guess.
"""

from __future__ import annotations

import re
import string

from charset_normalizer import from_bytes

from graphbuild.model import InputError

HEAD_BYTES = 8192  # how far the binary check looks in a record file; single-article files are checked whole
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_NON_ASCII_LETTERS = 0.25  # share of the letters of Western text that may be accented
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿŠšŒœŽžŸƒ"  # the letters cp1252 can give
_NON_ASCII_LETTER = re.compile("[À-ÖØ-öø-ÿŠšŒœŽžŸƒ]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What text in another single-byte encoding shows when read as cp1252: a symbol inside a word (cp1250 `Wałęsa`
# as `Wa³êsa`), a capital after a small letter (cp1250 `Łódź` as `£ódŸ`), Icelandic letters (cp1254 ğ ş ı).
_MISREAD_SIGNS = (
    re.compile(f"[{_LETTER}][^{_LETTER}\\x00-\\x7f\\s’·–—][{_LETTER}]"),
    re.compile("[a-zß-öø-ÿšœžƒ][À-ÖØ-ÞŠŒŽŸ]"),
    re.compile("[ðþýÐÞÝ]"),
)


def decode(name: str, data: bytes, *, whole: bool) -> tuple[str, str | None] | InputError:
    """(text, note) where the note says which encoding was used if not UTF-8, or an error for an empty,
    binary or undecodable file. `whole`: look for NUL bytes in all of `data`, not only its head."""
    if not data.strip():
        return InputError(name, "file is empty", kind="empty")
    if b"\x00" in (data if whole else data[:HEAD_BYTES]) and not data.startswith(UTF16_BOMS):
        return InputError(name, "binary file (NUL bytes), not text", kind="binary")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        western = _western(data)
        if western is not None:
            return western, "not UTF-8: decoded as cp1252 (Western European)"
        return _guess(name, data, f"{error.reason} at byte {error.start}")


def _western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if looks_western(text) else None


def looks_western(text: str) -> bool:
    """Whether `text` reads as a Western European language: no control characters, mostly ASCII letters, and
    none of the signs of text in another single-byte encoding read as cp1252."""
    if _CONTROL.search(text):
        return False
    accented = len(_NON_ASCII_LETTER.findall(text))
    letters = accented + sum(text.count(letter) for letter in string.ascii_letters)
    if not letters or accented > letters * MAX_NON_ASCII_LETTERS:
        return False
    return not any(sign.search(text) for sign in _MISREAD_SIGNS)


def _guess(name: str, data: bytes, reason: str) -> tuple[str, str | None] | InputError:
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return InputError(name, f"not UTF-8 ({reason}) and no other encoding fits", kind="encoding")
    text = str(best)
    if _looks_binary(text):
        return InputError(name, "binary file, not text", kind="binary")
    return text, f"not UTF-8: decoded as {best.encoding} (charset-normalizer's best guess)"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > len(sample) * 0.05

"""Names: article ids derived from file names or record ids, and paths made safe to show.

An id keeps letters, marks and digits of any script (`Россия.txt` → `Россия`), so non-Latin file names do
not all collapse to one id; a name with none of them gets a short hash of itself. A path shown in an error or
warning has its control characters (terminal escape sequences), and the bytes of a name that is not UTF-8,
written as escapes.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata

_ID_PUNCTUATION = "._-"
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _id_char(char: str) -> bool:
    return char in _ID_PUNCTUATION or unicodedata.category(char)[0] in "LMN"


def safe_id(value: str) -> str:
    """`value` with each run of other characters than letters, marks, digits and `._-` made one `-`; a short
    hash of `value` when no letter or digit is left."""
    value = unicodedata.normalize("NFC", value)
    runs = ("".join(chars) if keep else "-" for keep, chars in itertools.groupby(value, _id_char))
    cleaned = "".join(runs).strip("-")
    if any(char.isalnum() for char in cleaned):
        return cleaned
    digest = hashlib.sha1(value.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()
    return f"article-{digest[:8]}"


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def display_path(path: str) -> str:
    """`path` safe to print and to write as UTF-8: control characters and undecodable bytes as escapes."""
    return _UNPRINTABLE.sub(lambda match: _escape(match.group()), path)

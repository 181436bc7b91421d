"""Text rules for ingestion: normalisation, page furniture, datelines, language guessing.

Every function here keeps offsets honest: `normalise` produces the text all offsets refer to, and the
furniture and dateline rules only *mark* spans (`Span`), they never cut text out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from graphbuild.model import Span
from graphbuild.paths import data_file, load_yaml

_SPACE_LIKE = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"), " "
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_LINE_BREAKS = dict.fromkeys(map(ord, "\x0b\x0c\x85\u2028\u2029"), "\n")  # VT, FF, NEL, LS, PS
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # C0/C1 controls but \t \n \r and line breaks
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # only lone ones survive in a str: JSON escapes of a pair combine
_NONCHARACTER = re.compile("[\ufffe\uffff]")  # the noncharacters XML 1.0 forbids (GraphML, GEXF)
_REPAIRS = ((_CONTROL, "control character", "spaces"), (_SURROGATE, "lone surrogate", "U+FFFD"),
            (_NONCHARACTER, "noncharacter", "U+FFFD"))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def normalise(text: str) -> str:
    """NFC, CRLF/CR and other line breaks → LF, control characters (but tab) → space, lone surrogates and
    U+FFFE/U+FFFF → U+FFFD, non-breaking and other odd spaces → space, zero-width characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = _NONCHARACTER.sub("\ufffd", _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text)))
    text = unicodedata.normalize("NFC", text)
    return text.translate(_SPACE_LIKE).translate(_INVISIBLE)


def character_repairs(*texts: str | None) -> list[str]:
    """What `normalise` repairs in `texts` that is worth a warning: control characters, lone surrogates and the
    noncharacters U+FFFE/U+FFFF."""
    repairs = []
    for pattern, what, repair in _REPAIRS:
        count = sum(len(pattern.findall(text)) for text in texts if text)
        if count:
            repairs.append(f"{count:,} {what}{'s' if count > 1 else ''} replaced with {repair}")
    return repairs


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line of `text`, end excluding the newline."""
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line), line
        position += len(line) + 1


@dataclass(frozen=True)
class _Rule:
    id: str
    lang: str
    regex: re.Pattern[str]


@cache
def _furniture_rules() -> tuple[_Rule, ...]:
    rows = load_yaml("furniture.yaml")["patterns"]
    return tuple(_Rule(row["id"], row["lang"], re.compile(row["pattern"])) for row in rows)


@cache
def _dateline_rules() -> tuple[_Rule, ...]:
    rows = load_yaml("datelines.yaml")["patterns"]
    return tuple(_Rule(row["id"], "any", re.compile(row["pattern"])) for row in rows)


def furniture_spans(text: str, language: str) -> list[Span]:
    """Whole lines that are page furniture for `language` (read-also links, ads, share bars, footers)."""
    rules = [rule for rule in _furniture_rules() if rule.lang in ("any", language) or language == "und"]
    spans = []
    for start, end, line in iter_lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        for rule in rules:
            if rule.regex.search(stripped):
                spans.append(Span(start, end, "furniture", rule.id))
                break
    return spans


def find_dateline(text: str, body_start: int, max_lines: int = 3) -> tuple[str, Span] | None:
    """The dateline at the start of the body, as (place, span), if one of the data patterns matches."""
    tried = 0
    for start, _end, line in iter_lines(text):
        if start < body_start or not line.strip():
            continue
        tried += 1
        if tried > max_lines:
            break
        offset = start + len(line) - len(line.lstrip())
        for rule in _dateline_rules():
            match = rule.regex.match(line.lstrip())
            if match and match.end() < len(line.strip()):
                place = match.group("place").strip(" .,")
                return place, Span(offset, offset + match.end(), "dateline", rule.id)
    return None


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Function words by language: those with a language pack (languages.yaml) and those only recognised
    (languages-guess.yaml: the warning for an article in them names the language)."""
    languages = dict(load_yaml("languages-guess.yaml")["languages"]) if data_file("languages-guess.yaml").is_file() \
        else {}  # fmt: skip
    languages.update(load_yaml("languages.yaml")["languages"])
    return {code: frozenset(words) for code, words in languages.items()}


def guess_language(text: str, sample: int = 4000) -> tuple[str, float]:
    """(language code, share of function words) for the best language; ('und', 0.0) when unsure."""
    words = [word.lower() for word in _WORD.findall(text[:sample])]
    if not words:
        return "und", 0.0
    scores = {code: sum(word in vocab for word in words) / len(words) for code, vocab in _function_words().items()}
    best = max(sorted(scores), key=lambda code: scores[code])
    if scores[best] < 0.05:
        return "und", scores[best]
    return best, scores[best]

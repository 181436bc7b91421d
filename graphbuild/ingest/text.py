"""Text rules for ingestion: normalisation, page furniture, datelines, language guessing.

Every function here keeps offsets honest: `normalise` produces the text all offsets refer to, and the
furniture and dateline rules only *mark* spans (`Span`), they never cut text out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from graphbuild.lang import UNDETERMINED, packs
from graphbuild.model import Span
from graphbuild.paths import data_file, load_yaml

# character classes replaced by one string each (a regex finds them far faster than str.translate maps every
# character of a long text through a dict)
_SPACE_LIKE = re.compile("[\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")  # VT, FF, NEL, LS, PS
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # C0/C1 controls but \t \n \r and line breaks
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # only lone ones survive in a str: JSON escapes of a pair combine
_NONCHARACTER = re.compile("[\ufffe\uffff]")  # the noncharacters XML 1.0 forbids (GraphML, GEXF)
_REPAIRS = ((_CONTROL, "control character", "spaces"), (_SURROGATE, "lone surrogate", "U+FFFD"),
            (_NONCHARACTER, "noncharacter", "U+FFFD"))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def normalise(text: str) -> str:
    """NFC, CRLF/CR and other line breaks → LF, control characters (but tab) → space, lone surrogates and
    U+FFFE/U+FFFF → U+FFFD, non-breaking and other odd spaces → space, zero-width characters removed."""
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _NONCHARACTER.sub("\ufffd", _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text)))
    text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", _SPACE_LIKE.sub(" ", text))


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
    """Each language pack's patterns (`data/lang/<code>/furniture.yaml`), then those of every language."""
    rules = []
    for code in packs():
        if data_file("lang", code, "furniture.yaml").exists():
            rows = load_yaml("lang", code, "furniture.yaml")["patterns"]
            rules += [_Rule(row["id"], code, re.compile(row["pattern"])) for row in rows]
    rows = load_yaml("furniture.yaml")["patterns"]
    return tuple(rules) + tuple(_Rule(row["id"], row.get("lang", "any"), re.compile(row["pattern"])) for row in rows)


@cache
def _dateline_rules() -> tuple[_Rule, ...]:
    rows = load_yaml("datelines.yaml")["patterns"]
    return tuple(_Rule(row["id"], "any", re.compile(row["pattern"])) for row in rows)


def furniture_spans(text: str, language: str) -> list[Span]:
    """Whole lines that are page furniture for `language` (read-also links, ads, share bars, footers)."""
    wanted = {"any", language} if language != UNDETERMINED else None  # undetermined: every language's patterns
    rules = [rule for rule in _furniture_rules() if wanted is None or rule.lang in wanted]
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


CLOSE_SCORE = 0.9  # languages within this share of the best score are told apart by their distinctive words


@cache
def _guess_only() -> dict[str, frozenset[str]]:
    """Function words of languages without a pack (`data/languages-guess.yaml`), only to name the language of an
    article the extractor cannot read well."""
    if not data_file("languages-guess.yaml").is_file():
        return {}
    rows = load_yaml("languages-guess.yaml")["languages"]
    return {code: frozenset(words) for code, words in rows.items() if code not in packs()}


def guess_language(text: str, sample: int = 4000) -> tuple[str, float]:
    """(language code, share of function words) for the best language; ('und', share) when unsure. The
    languages are the packs, and those `data/languages-guess.yaml` only recognises (to name them in a warning).

    Close languages share function words (Malay and Indonesian: yang, dan, dengan): among the packs scoring
    within `CLOSE_SCORE` of the best, the one with the most distinctive words present wins (kerajaan, kerana,
    boleh, Isnin for Malay; pemerintah, karena, bisa, Senin for Indonesian); a tie keeps the best score, then
    the first code. A best pack without distinctive words (English) keeps its place."""
    words = [word.lower() for word in _WORD.findall(text[:sample])]
    if not words:
        return UNDETERMINED, 0.0
    candidates = packs().values()
    vocabularies = {**_guess_only(), **{p.code: p.function_words for p in candidates}}
    counts = Counter(words)  # each distinct word looked up once per language, not each occurrence
    scores = {code: sum(counts[word] for word in vocab.intersection(counts)) / len(words)
              for code, vocab in vocabularies.items()}  # fmt: skip
    best = max(sorted(scores), key=lambda code: scores[code])
    if scores[best] < 0.05:
        return UNDETERMINED, scores[best]
    close = [p for p in candidates if scores[p.code] >= CLOSE_SCORE * scores[best] and p.distinctive]
    if len(close) > 1 and best in packs() and packs()[best].distinctive:
        hits = {p.code: sum(counts[word] for word in p.distinctive.intersection(counts)) for p in close}
        best = max(sorted(hits), key=lambda code: (hits[code], scores[code]))
    return best, scores[best]

"""graphbuild's spaCy components, registered with `@Language.factory` so a pipeline can name them."""

from __future__ import annotations

import re
from functools import cached_property

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc, Span

from graphbuild.extract.lexicon import Lexicon, load_lexicon
from graphbuild.lang import pack_for, surface_languages, union_words
from graphbuild.nlp.tokenizer import twin
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer

ROLE_PREFIX = "role:"
NON_ACTOR_PREFIX = "nonactor:"
CAPITALISED_KINDS = ("name", "demonym", "metonym", "surname")


LOWER_KEY = "gb_lower"  # user_data: the lower-case words, kept by the trigger matcher (the last component)
TEXT_KEY = "gb_text_words"  # user_data: every token's text, kept by the first component that reads them
_LOWER_FORMS: dict[int, str] = {}  # string hash → its string (the string store decodes a new str every time)
_LOWER_FORMS_LIMIT = 1_000_000


def lower_words(doc: Doc) -> list[str]:
    """`token.lower_` of every token, read from the doc's LOWER column: no token objects are made."""
    return _column_strings(doc, LOWER)


def text_words(doc: Doc) -> list[str]:
    """`token.text` of every token, read from the doc's ORTH column once and kept with the doc (the sentence
    components and the rules all read them)."""
    found = doc.user_data.get(TEXT_KEY)
    if not isinstance(found, list) or len(found) != len(doc):
        found = doc.user_data[TEXT_KEY] = _column_strings(doc, ORTH)
    return found


def _column_strings(doc: Doc, attr: int) -> list[str]:
    """The strings of a hash column (LOWER, ORTH) of every token; one hash is one string whatever the column."""
    hashes = doc.to_array(attr).tolist()
    words = list(map(_LOWER_FORMS.get, hashes))
    if None in words:
        if len(_LOWER_FORMS) > _LOWER_FORMS_LIMIT:
            _LOWER_FORMS.clear()
        strings = doc.vocab.strings
        for i, word in enumerate(words):
            if word is None:
                words[i] = _LOWER_FORMS[hashes[i]] = strings[hashes[i]]
    return words


_FLAGS = (IS_PUNCT, IS_LOWER, IS_ALPHA, LIKE_NUM)  # the flag columns of a TokenTable, in this order


def _flag(column: int) -> property:
    """A TokenTable's flag `_FLAGS[column]` of every token, as a list of booleans."""
    return property(lambda table: table.flags[column])


class TokenTable:
    """Token attributes of one document as plain lists (`text[i]` is `doc[i].text`), each read from the doc's
    arrays when first asked for: `doc[i]` makes a new token object every time."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def lower(self) -> list[str]:
        found = self.doc.user_data.get(LOWER_KEY)  # the trigger matcher's, when the doc went through it
        return found if isinstance(found, list) else lower_words(self.doc)

    @cached_property
    def text(self) -> list[str]:
        return text_words(self.doc)  # the sentence components', when the doc went through them

    @cached_property
    def idx(self) -> list[int]:
        return self.doc.to_array(IDX).tolist()  # type: ignore[no-any-return]

    @cached_property
    def flags(self) -> list[list[bool]]:
        """One list per column of `_FLAGS`, read from the doc in one array."""
        return self.doc.to_array(_FLAGS).reshape(len(self.doc), len(_FLAGS)).T.astype(bool).tolist()  # type: ignore[no-any-return]

    is_punct, is_lower, is_alpha, like_num = (_flag(column) for column in range(len(_FLAGS)))


_TABLES: list[TokenTable] = []  # the last two documents asked about: the rules read a document and its title


def tokens(doc: Doc) -> TokenTable:
    """The token table of `doc`, kept while the rules read it."""
    for table in _TABLES:
        if table.doc is doc:
            return table
    table = TokenTable(doc)
    _TABLES[:] = [table, *_TABLES[:1]]
    return table


def doc_spans(doc: Doc, key: str) -> list[Span]:
    """`doc.spans[key]` as a list, made once per document: each pass over a span group makes new `Span` objects."""
    cache_key = f"gb_spans:{key}"
    cached = doc.user_data.get(cache_key)
    if cached is None:
        cached = doc.user_data[cache_key] = list(doc.spans.get(key, []))
    return cached


def set_doc_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """`doc.spans[key] = spans`, the list kept as `doc_spans(doc, key)`'s: a span group stores the spans' offsets
    only, and reading it back would make every `Span` again (about 30,000 for 700 English articles)."""
    doc.spans[key] = spans
    doc.user_data[f"gb_spans:{key}"] = spans


@Language.factory("graphbuild_newlines")
def make_newlines(nlp: Language, name: str) -> NewlineSentences:
    return NewlineSentences()


class NewlineSentences:
    """A token after a line break starts a sentence; nothing else is decided here."""

    def __call__(self, doc: Doc) -> Doc:
        """A token after one that holds a line break starts a sentence; a space token holding a line break that
        does not follow one continues its sentence. The tokenizer splits text where whitespace starts and ends,
        so only space tokens hold line breaks (a token's trailing whitespace is a space or nothing): only they
        are looked at."""
        words = text_words(doc)
        breaks = [i for i in np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in words[i]]
        if not breaks:
            return doc
        broken = set(breaks)
        starts = doc.to_array(SENT_START).astype(np.int64)  # written back at once: a token's setter scans the doc
        for i in breaks:
            if i + 1 < len(doc):
                starts[i + 1] = 1
            if i and i - 1 not in broken:
                starts[i] = -1
        doc.from_array([SENT_START], starts.astype(np.uint64))
        return doc


@Language.factory("graphbuild_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> PunctuationSentences:
    return PunctuationSentences()


SENTENCE_PUNCTUATION = frozenset(Sentencizer.default_punct_chars)


class PunctuationSentences:
    """spaCy's rule-based `sentencizer` (its default punctuation; starts set before it are kept), on the doc's
    columns instead of a token object per token: the same sentence starts, for a fraction of the cost. A sentence
    ends after a run of sentence punctuation (other punctuation may follow it): the next token that is neither
    starts the next sentence."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = sentence_guesses(text_words(doc), doc.to_array(IS_PUNCT).tolist())
        values = doc.to_array(SENT_START).astype(np.int64)  # 1 starts, -1 does not, 0 not set yet
        unset = values == 0
        values[unset] = np.where(np.array(starts, dtype=bool), 1, -1)[unset]
        doc.from_array([SENT_START], values.astype(np.uint64))
        return doc


def sentence_guesses(words: list[str], punct: list[int]) -> list[bool]:
    """`Sentencizer.predict`'s guesses for one doc's tokens (`words`, and their IS_PUNCT flags)."""
    guesses = [False] * len(words)
    guesses[0] = True
    seen_period = False
    for i, word in enumerate(words):
        ends = word in SENTENCE_PUNCTUATION
        if seen_period and not punct[i] and not ends:
            guesses[i] = True
            seen_period = False
        elif ends:
            seen_period = True
    return guesses


MAX_SENTENCE_TOKENS = 150  # longer runs without a sentence end are cut (news sentences stay far below it)
SENTENCE_ENDS = frozenset({".", "!", "?", "。", "…"})
SOFT_BREAKS = union_words("nlp.soft_breaks")  # data/lang/*/words.yaml


@Language.factory("graphbuild_sentence_cap")
def make_sentence_cap(nlp: Language, name: str) -> SentenceCap:
    return SentenceCap()


class SentenceCap:
    """No sentence runs longer than `MAX_SENTENCE_TOKENS` tokens: text without sentence punctuation (tables,
    lists, broken markup) is cut at a comma or conjunction near the limit, else at the limit. In a pipeline
    without a parser it runs after the sentencizer (looking at long sentences only); before a parser it sets
    starts the parser keeps. Every later stage works per sentence, so a document's cost stays linear in its
    length."""

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("SENT_START", require_complete=True):  # after a sentencizer: long sentences only
            for sent in list(doc.sents):
                start = sent.start
                while sent.end - start > MAX_SENTENCE_TOKENS:
                    start = self._cut(doc, start, start + MAX_SENTENCE_TOKENS)
                    doc[start].is_sent_start = True
            return doc
        run_start = 0  # before a parser: runs since the last sentence end or preset start
        for token in doc:
            if token.i > run_start and token.is_sent_start:
                run_start = token.i
            elif token.i - run_start >= MAX_SENTENCE_TOKENS:
                run_start = self._cut(doc, run_start, token.i)
                doc[run_start].is_sent_start = True
            if token.text in SENTENCE_ENDS:
                run_start = token.i + 1
        return doc

    @staticmethod
    def _cut(doc: Doc, run_start: int, limit: int) -> int:
        """The token that starts the next piece: after the last soft break in the run's final fifth."""
        for i in range(limit - 1, max(run_start + 1, limit - MAX_SENTENCE_TOKENS // 5), -1):
            if doc[i - 1].lower_ in SOFT_BREAKS:
                return i
        return limit


@Language.factory("graphbuild_actors", default_config={"lang": "en", "gazetteer_dir": ""})
def make_actor_matcher(nlp: Language, name: str, lang: str, gazetteer_dir: str) -> ActorMatcher:
    return ActorMatcher(nlp, lang, load_gazetteer(gazetteer_dir or None))


class ActorMatcher:
    """Gazetteer surfaces and role nouns → `doc.spans["gb_actors"]`, labelled with their rule id
    (`gaz.RUS.name`) or `role:<role key>:<rule>`. Non-actor phrases (`non-actors.yaml`: "South China Sea",
    "Amerika Latin", "dolar AS") are matched too, in every language and in any case, so that they win as the
    longest match over the actor names inside them; then they are dropped (their spans, labelled
    `nonactor:<rule>`, are kept apart in `doc.spans["gb_non_actors"]`)."""

    def __init__(self, nlp: Language, lang: str, gazetteer: Gazetteer) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        languages = surface_languages(lang)
        for surface in gazetteer.surfaces:
            wanted = surface.lang in languages or surface.kind == "name"
            if not wanted:
                continue
            table = exact if surface.kind == "acronym" or surface.text.isupper() else folded
            texts = [surface.text, *name_variants(surface.text)] if surface.kind == "name" else [surface.text]
            table.setdefault(surface.rule, []).extend(texts)
            if surface.kind == "name" and _particle_first(surface.text):
                # "al-Shabaab", "al-Qaida": written so, with its lower-case particle, the name is a name (the folded
                # table wants a capital first letter)
                exact.setdefault(surface.rule, []).append(surface.text)
        for noun in gazetteer.role_nouns:
            if noun.lang in languages:
                table = folded if noun.text.islower() else exact
                table.setdefault(f"{ROLE_PREFIX}{noun.role}:{noun.rule}", []).append(noun.text)
        for phrase in gazetteer.non_actors:  # every language: "South China Sea" is also written in Indonesian news
            folded.setdefault(f"{NON_ACTOR_PREFIX}{phrase.rule}", []).append(phrase.text)
        phrases = twin(nlp.tokenizer)  # not nlp.tokenizer: it would stay slow afterwards (graphbuild.nlp.tokenizer)
        for matcher, table in ((self.exact, exact), (self.folded, folded)):
            for key, texts in table.items():
                matcher.add(key, list(phrases.pipe(sorted({*texts, *apostrophe_variants(texts)}))))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        blockers: list[tuple[int, int, int]] = []  # (start, end, label): spans are made for the kept ones only
        spans: list[tuple[int, int, int]] = []
        for match_id, start, end in self.exact(doc):
            spans.append((start, end, match_id))
        for match_id, start, end in self.folded(doc):
            label = strings[match_id]
            if label.startswith(NON_ACTOR_PREFIX):
                blockers.append((start, end, match_id))
                continue
            common = label.startswith(ROLE_PREFIX) or label.endswith(".context")  # common nouns: any case
            if not common and not _capitalised(doc, start, end) and not _acronym_inside(doc, start, end):
                continue
            if not common and doc[start].text == "the" and end - start > 1:
                start += 1  # "on the West": the name without its article ("the West Bank" stays "West Bank")
            spans.append((start, end, match_id))
        # non-actor phrases first: of two equally long overlapping spans, the first is kept
        kept = [Span(doc, start, end, label=label) for start, end, label in longest_spans(blockers + spans)]
        set_doc_spans(doc, "gb_actors", [span for span in kept if not span.label_.startswith(NON_ACTOR_PREFIX)])
        set_doc_spans(doc, "gb_non_actors", [span for span in kept if span.label_.startswith(NON_ACTOR_PREFIX)])
        return doc


_MIDDLE_INITIAL = re.compile(r"(?<=\S )([A-Z])\.(?= \S)")


def initial_variants(name: str) -> list[str]:
    """A person's name with a middle initial, also written without its period ("George W. Bush" → "George W
    Bush", as wire copy and Indonesian news often print it)."""
    bare = _MIDDLE_INITIAL.sub(r"\1", name)
    return [bare] if bare != name else []


_HYPHEN_SYLLABLE = re.compile(r"(?<=\w)-(?=\w)")


def name_variants(name: str) -> list[str]:
    """Spellings of a gazetteer name that news prints for the same name: the middle initial without its period,
    and a hyphenated given name with a space before the hyphen ("Kim Jong-un" → "Kim Jong -un", as tokenised
    Indonesian copy prints it)."""
    variants = initial_variants(name)
    spaced = _HYPHEN_SYLLABLE.sub(" -", name)
    if spaced != name and " " in name:
        variants.append(spaced)
    return variants


def apostrophe_variants(texts: list[str]) -> list[str]:
    """Each form with a straight apostrophe also with the typographic one, and back: "People’s Republic of
    China" in copy that prints curly quotes is China, not "Republic of China" (Taiwan) inside it."""
    return [text.translate(_APOSTROPHES) for text in texts if "'" in text or "’" in text]


_APOSTROPHES = str.maketrans({"'": "’", "’": "'"})


def longest_spans(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's `filter_spans` on (start, end, label) triples: longest first (then the earliest, then the first
    given), none overlapping a span already kept; in text order."""
    kept = []
    seen: set[int] = set()
    for start, end, label in sorted(spans, key=lambda span: (span[1] - span[0], -span[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end, label))
            seen.update(range(start, end))
    return sorted(kept, key=lambda span: span[0])


def _capitalised(doc: Doc, start: int, end: int) -> bool:
    """A name matched case-insensitively counts only when written as a name (`Turkey`, `TURKEY`, not `turkey`); a
    name opening with the article is written so when the word after the article is ("called on the West", not "to
    the west")."""
    first = doc[start].text
    if first == "the" and end - start > 1:
        first = doc[start + 1].text
    return first[:1].isupper() or (not first[:1].isalpha() and end - start > 1 and doc[start + 1].text[:1].isupper())


def _particle_first(text: str) -> bool:
    """A gazetteer name written with a lower-case particle hyphened to a capitalised word ("al-Shabaab", "al-Qaida",
    "al-Nusra Front"), as wire copy prints it in running text. Not "al Qaeda" with a space: the train split
    codes none of its events there ("suspected of joining al Qaeda and conspiring to bomb …": fp +3)."""
    particle, _, rest = text.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


NAME_PARTICLES = union_words("resolve.name_particles")  # "al", "el", "bin": lower-case parts of a name


def _acronym_inside(doc: Doc, start: int, end: int) -> bool:
    """A name whose words after the first include an acronym written in capitals is a name however its first
    words are written: "pengawas nuklir PBB", "badan atom PBB" (a description of a body, with the acronym of the
    body it belongs to)."""
    return any(len(text) > 1 and text.isalpha() and text.isupper() for text in (t.text for t in doc[start + 1 : end]))


@Language.factory("graphbuild_triggers", default_config={"lang": "en", "lexicon_dir": ""})
def make_trigger_matcher(nlp: Language, name: str, lang: str, lexicon_dir: str) -> TriggerMatcher:
    return TriggerMatcher(load_lexicon(lang, lexicon_dir or None))


class TriggerMatcher:
    """Lexicon entries → `doc.spans["gb_triggers"]` labelled with the entry id; the longest match wins."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.pack = pack_for(lexicon.lang)
        words = set(lexicon.index).union(*(slot for found in lexicon.index.values() for _e, rest in found
                                           for slot in rest))  # fmt: skip
        self.stem = self.pack.stem_among(words)  # a stem is only ever compared with lexicon words
        # words whose stem is no trigger's ("tersebut", a demonstrative, stems to "sebut"): matched as written only
        self.unstemmed = self.pack.words("lexicon.unstemmed_words")

    def keys(self, doc: Doc) -> list[tuple[str, ...]]:
        words = doc.user_data[LOWER_KEY] = self.plural_possessives(doc, lower_words(doc))  # the rules read them again
        if not self.pack.stemmer:
            return [(lower,) for lower in words]
        stem, unstemmed = self.stem, self.unstemmed
        return [(lower, stem(lower)) if lower.isalpha() and lower not in unstemmed else (lower,) for lower in words]

    def plural_possessives(self, doc: Doc, words: list[str]) -> list[str]:
        """`words` with a bare apostrophe closing a plural ("the Houthis' attacks", "the Rapid Support Forces'
        assault") read as the possessive "'s", so that the rules see the noun's owner as they do after "Russia's":
        the pack's `tokens.plural_possessive_marks`, right after a capitalised word ending in "s" (a name: an actor
        can own the noun after it) and before a space."""
        marks = self.pack.words("tokens.plural_possessive_marks")
        if not marks or not marks.intersection(words):
            return words
        table = tokens(doc)
        for i in range(1, len(words) - 1):
            if (words[i] in marks and words[i - 1].endswith("s") and not table.is_lower[i - 1]
                    and table.idx[i] == table.idx[i - 1] + len(words[i - 1])
                    and table.idx[i + 1] > table.idx[i] + 1 and words[i + 1].isalpha()):  # fmt: skip
                words[i] = words[i] + "s"
        return words

    def __call__(self, doc: Doc) -> Doc:
        keys = self.keys(doc)
        spans: list[Span] = []
        index = self.lexicon.index
        free = 0  # the first token after the last match: matches do not overlap
        table = tokens(doc)
        # the tokens whose word or stem (a key holds one or both) starts an entry
        for i in [i for i, forms in enumerate(keys) if forms[0] in index or forms[-1] in index]:
            if i < free:
                continue
            best: tuple[int, str] | None = None
            for key in keys[i]:
                for entry, rest in index.get(key, ()):
                    end = _match_rest(keys, i + 1, rest, entry.gap, table)
                    if end is not None and (best is None or end > best[0]):
                        best = (end, entry.id)
                if best:
                    break
            if best:
                spans.append(Span(doc, i, best[0], label=best[1]))
                free = best[0]
        set_doc_spans(doc, "gb_triggers", spans)
        return doc


GAP_PUNCT = frozenset({"-", "%", "'", '"', "‘", "’", "“", "”"})  # inside a multiword trigger's gap


def _match_rest(keys: list[tuple[str, ...]], i: int, rest: tuple[frozenset[str], ...], gap: int,
                table: TokenTable) -> int | None:  # fmt: skip
    """The end of a multiword match whose remaining slots `rest` start at token `i`, or None (the doc's token
    attributes read from its `table`: `doc[j]` would make a token object per look)."""
    for slot in rest:
        limit = min(len(keys), i + gap + 1)
        for j in range(i, limit):
            if any(key in slot for key in keys[j]):
                i = j + 1
                break
            # a hyphen, a percent sign or a quote mark is no break: "fired Russian-made missiles", "imposed 25%
            # tariffs", "vowed a 'worthy response'"
            text = table.text[j]
            if (table.is_punct[j] and text not in GAP_PUNCT) or text.isspace():
                return None
        else:
            return None
    return i

"""The lexicon extractor: spaCy pipelines (per language) + trigger lexicons + gazetteer → triples.

Articles stream through `nlp.pipe` (one pipeline per language) and come out in input order. With jobs > 1,
chunks of articles go to worker processes that run the whole extraction (the rules cost as much as the
tokeniser, so parallel spaCy alone would leave them on one core); results are yielded in order, with at
most 2 × jobs chunks in flight so memory stays flat. Excluded spans (page furniture, the dateline) are
blanked with spaces before parsing, so every offset still points into `article.text` and nothing is
extracted from them.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild import __version__
from graphbuild.extract import Extraction
from graphbuild.extract.events import DocContext, document_triples
from graphbuild.extract.lexicon import Entry, load_lexicon
from graphbuild.lang import fallback_pack, has_pack, pack_for, supported_languages
from graphbuild.learn.apply import learned_triples
from graphbuild.learn.model import load_model
from graphbuild.model import Actor, ActorRecord, Affiliation, Article, Mention, Triple
from graphbuild.nlp import PipelineInfo, make_pipeline
from graphbuild.resolve.actors import ActorResolver, parse_label
from graphbuild.resolve.gazetteer import load_gazetteer

EXTRACTOR_NAME = f"graphbuild-lexicon/{__version__}"
ACTOR_MATCHER = "graphbuild_actors"
log = logging.getLogger(__name__)


_WORKER: dict[str, LexiconExtractor] = {}


def _work(chunk: list[Article]) -> tuple[list[Extraction], list[str]]:
    extractor = _WORKER["extractor"]
    extractor._used_parser.clear()
    extractions = list(extractor._extract_serial(chunk))
    return extractions, sorted(extractor._used_parser)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def blank_excluded(article: Article) -> str:
    """The article text with excluded spans replaced by spaces (line breaks kept), same length."""
    if not article.excluded:
        return article.text
    chars = list(article.text)
    for span in article.excluded:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


class LexiconExtractor:
    """Extractor over spaCy: `parser` is `auto`, `none` or a model name (English only)."""

    def __init__(self, parser: str = "none", jobs: int = 1, gazetteer_dir: str | None = None,
                 lexicon_dir: str | None = None, batch_size: int = 64, model: str = "auto") -> None:  # fmt: skip
        self.parser = parser
        self.model_spec = model
        self.model = load_model(model)
        if self.model is not None:
            self.model.prepare()  # once, before any document and before worker processes are forked
        self.jobs = jobs
        self.gazetteer_dir = gazetteer_dir
        self.lexicon_dir = lexicon_dir
        self.batch_size = batch_size
        self.gazetteer = load_gazetteer(gazetteer_dir)
        self.resolver = ActorResolver(self.gazetteer)
        self._pipelines: dict[str, tuple[Language, PipelineInfo]] = {}
        self._new_actors: dict[str, Any] = {}
        self._text_affiliations: dict[str, list[Affiliation]] = {}
        self._used_parser: set[str] = set()
        self._language_data: dict[str, tuple[dict[str, Entry], dict[str, frozenset[str]]]] = {}

    def pipeline(self, lang: str) -> tuple[Language, PipelineInfo]:
        if lang not in self._pipelines:
            self._pipelines[lang] = make_pipeline(lang, self.parser, self.gazetteer_dir, self.lexicon_dir)
        return self._pipelines[lang]

    @staticmethod
    def language_of(article: Article) -> str:
        """The article's language when it has a pack, else the fallback pack's."""
        return article.language if has_pack(article.language) else fallback_pack().code

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """One `Extraction` per article, in input order; with `jobs > 1` whole articles are extracted in
        worker processes (parsing and rules alike), a bounded number of chunks in flight."""
        stream = self._extract_parallel(articles) if self.jobs > 1 else self._extract_serial(articles)
        for extraction in stream:
            self._remember(extraction)
            yield extraction

    def forget(self) -> None:
        """Drop what earlier articles taught (text actors, text ties, parsers used): a fresh run (a shard)."""
        self._new_actors.clear()
        self._text_affiliations.clear()
        self._used_parser.clear()

    def _remember(self, extraction: Extraction) -> None:
        for mention in extraction.mentions:
            if mention.actor.id not in self.gazetteer.actors:
                self._new_actors.setdefault(mention.actor.id, mention.actor)
        for tie in extraction.affiliations:
            ties = self._text_affiliations.setdefault(tie.person, [])
            if tie not in ties:
                ties.append(tie)

    def _extract_parallel(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        context = multiprocessing.get_context("fork")
        for lang in supported_languages():  # built once here; the forked workers inherit the pipelines and matchers
            self.pipeline(lang)
        _WORKER["extractor"] = self
        pending: deque[Any] = deque()
        with context.Pool(self.jobs) as pool:
            for chunk in _chunks(articles, self.batch_size):
                pending.append(pool.apply_async(_work, (chunk,)))
                while len(pending) >= 2 * self.jobs:
                    yield from self._collect(pending.popleft().get())
            while pending:
                yield from self._collect(pending.popleft().get())

    def _collect(self, result: tuple[list[Extraction], list[str]]) -> list[Extraction]:
        extractions, parsers = result
        self._used_parser.update(parsers)
        return extractions

    def _extract_serial(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        source = iter(articles)
        order: deque[tuple[str, Article]] = deque()
        queues: dict[str, deque[Article]] = {lang: deque() for lang in supported_languages()}
        streams: dict[str, Iterator[Doc]] = {}

        def pull() -> bool:
            article = next(source, None)
            if article is None:
                return False
            lang = self.language_of(article)
            order.append((lang, article))
            queues[lang].append(article)
            return True

        def feed(lang: str) -> Iterator[str]:
            while True:
                while not queues[lang]:
                    if not pull():
                        return
                yield blank_excluded(queues[lang].popleft())

        while order or pull():
            lang, article = order.popleft()
            if lang not in streams:
                nlp, _info = self.pipeline(lang)
                streams[lang] = iter(nlp.pipe(feed(lang), batch_size=self.batch_size))
            doc = next(streams[lang])
            yield self.extract_doc(article, doc, lang)

    def extract_doc(self, article: Article, doc: Doc, lang: str) -> Extraction:
        warnings = []
        if not has_pack(article.language) and not any(w.startswith("language ") for w in article.warnings):
            warnings.append(f"language {article.language!r} has no language pack: processed with the "
                            f"{pack_for(lang).name} rules")
        ctx, triples, mentions = self.rule_pass(article, doc, lang)
        if self.model is not None:
            triples = learned_triples(ctx, triples, self.model)
        return Extraction(article, triples, mentions, warnings, list(ctx.actors.affiliations))

    def rule_pass(self, article: Article, doc: Doc, lang: str) -> tuple[DocContext, list[Triple], list[Mention]]:
        """The rules over one parsed document: the context (actors, triggers, quotes per sentence), the rule
        triples and every actor mention; the learned scorer works from these."""
        _nlp, info = self.pipeline(lang)
        self._used_parser.add(info.parser)
        if lang not in self._language_data:  # built once per language, not per document
            self._language_data[lang] = ({e.id: e for e in load_lexicon(lang, self.lexicon_dir).entries},
                                         self._name_markers(lang))  # fmt: skip
        entries, markers = self._language_data[lang]
        ctx = DocContext(
            doc=doc, article=article, lexicon=load_lexicon(lang, self.lexicon_dir), gazetteer=self.gazetteer,
            resolver=self.resolver, actors=self.resolver.prepare(doc, article.date, markers),
            extractor=EXTRACTOR_NAME,
            lang=lang, pack=pack_for(lang), parsed=doc.has_annotation("DEP"),
            entries=entries,
        )  # fmt: skip
        title_doc = None
        if article.title and not article.text.startswith(article.title):
            title_doc = self.title_doc(article.title, lang)
            ctx.title = title_doc[:]
        triples, mentions = document_triples(ctx)
        if title_doc is not None:
            ctx.title_actors = self.title_actors(title_doc)
        return ctx, triples, mentions

    def title_doc(self, title: str, lang: str) -> Doc:
        """A title that is not part of the text (JSONL/CSV/HTML records), with the actor matcher's spans only."""
        nlp, _info = self.pipeline(lang)
        return nlp.get_pipe(ACTOR_MATCHER)(nlp.make_doc(title))  # the actor matcher alone: names are all we need

    def title_actors(self, title_doc: Doc) -> list[Actor]:
        """Gazetteer actors named in a title that is not part of the text."""
        actors = []
        for span in title_doc.spans.get("gb_actors", []):
            kind, actor_id, _rule = parse_label(span.label_)
            actor = self.gazetteer.actors.get(actor_id) if kind != "role" else None
            if actor is not None and actor not in actors:
                actors.append(actor)
        return actors

    def _name_markers(self, lang: str) -> dict[str, frozenset[str]]:
        lexicon = load_lexicon(lang, self.lexicon_dir)
        return {"org_heads": frozenset(lexicon.markers.get("org_heads", [])),
                "armed_heads": frozenset(lexicon.markers.get("armed_heads", [])),
                "name_connectors": lexicon.marker("name_connectors"),
                "head_first": frozenset({"yes"}) if lexicon.markers.get("head_first") else frozenset(),
                "home_state": frozenset(lexicon.markers.get("home_state", [])),
                "home_ministries": frozenset(lexicon.markers.get("home_ministries", [])),
                "home_offices": frozenset(lexicon.markers.get("home_offices", [])),
                "title_names": frozenset({"yes"}) if lexicon.markers.get("title_names") else frozenset()}  # fmt: skip

    def describe(self) -> dict[str, Any]:
        used = sorted(self._used_parser - {"none"})
        if not used and self.parser != "none":
            fallback = fallback_pack().code
            model = self._pipelines.get(fallback, (None, PipelineInfo(fallback, "none")))[1].parser
            used = [model] if model != "none" else []
        described: dict[str, Any] = {"extractor": EXTRACTOR_NAME, "parser": used[0] if used else "none"}
        described["model"] = self.model.describe() if self.model is not None else None
        return described

    def actor_records(self, counts: dict[str, tuple[int, set[str]]]) -> list[ActorRecord]:
        records = []
        for actor_id, (mentions, articles) in counts.items():
            actor = self.gazetteer.actors.get(actor_id)
            origin = "gazetteer"
            if actor is None:
                actor = self._new_actors.get(actor_id)
                origin = "text"
            if actor is None:
                continue
            ties = list(self.gazetteer.affiliations(actor_id))
            for tie in self._text_affiliations.get(actor_id, []):
                if not any(t.organisation == tie.organisation and t.relation == tie.relation for t in ties):
                    ties.append(tie)
            records.append(ActorRecord(actor, mentions, tuple(sorted(articles)), tuple(ties), origin))
        return records

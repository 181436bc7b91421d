"""The lexicon extractor: spaCy pipelines (per language) + trigger lexicons + gazetteer → triples.

Articles stream through `nlp.pipe` (one pipeline per language, `n_process=jobs` when jobs > 1) and come
out in input order. Excluded spans (page furniture, the dateline) are blanked with spaces before parsing,
so every offset still points into `article.text` and nothing is extracted from them.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild import __version__
from graphbuild.extract import Extraction
from graphbuild.extract.events import DocContext, document_triples
from graphbuild.extract.lexicon import load_lexicon
from graphbuild.model import ActorRecord, Affiliation, Article
from graphbuild.nlp import PipelineInfo, make_pipeline
from graphbuild.resolve.actors import ActorResolver
from graphbuild.resolve.gazetteer import load_gazetteer

EXTRACTOR_NAME = f"graphbuild-lexicon/{__version__}"
LANGUAGES = ("en", "id")
log = logging.getLogger(__name__)


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

    def __init__(self, parser: str = "auto", jobs: int = 1, gazetteer_dir: str | None = None,
                 lexicon_dir: str | None = None, batch_size: int = 64) -> None:  # fmt: skip
        self.parser = parser
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

    def pipeline(self, lang: str) -> tuple[Language, PipelineInfo]:
        if lang not in self._pipelines:
            self._pipelines[lang] = make_pipeline(lang, self.parser if lang == "en" else "none",
                                                  self.gazetteer_dir, self.lexicon_dir)  # fmt: skip
        return self._pipelines[lang]

    @staticmethod
    def language_of(article: Article) -> str:
        return article.language if article.language in LANGUAGES else "en"

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        source = iter(articles)
        order: deque[tuple[str, Article]] = deque()
        queues: dict[str, deque[Article]] = {lang: deque() for lang in LANGUAGES}
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
                n_process = self.jobs if self.jobs > 1 else 1
                streams[lang] = iter(nlp.pipe(feed(lang), batch_size=self.batch_size, n_process=n_process))
            doc = next(streams[lang])
            yield self.extract_doc(article, doc, lang)

    def extract_doc(self, article: Article, doc: Doc, lang: str) -> Extraction:
        warnings = []
        if article.language not in LANGUAGES:
            warnings.append(f"language {article.language!r} has no lexicon: processed with English rules")
        _nlp, info = self.pipeline(lang)
        self._used_parser.add(info.parser)
        ctx = DocContext(
            doc=doc, article=article, lexicon=load_lexicon(lang, self.lexicon_dir), gazetteer=self.gazetteer,
            resolver=self.resolver, actors=self.resolver.prepare(doc, article.date), extractor=EXTRACTOR_NAME,
            lang=lang, parsed=doc.has_annotation("DEP"),
            entries={e.id: e for e in load_lexicon(lang, self.lexicon_dir).entries},
        )  # fmt: skip
        triples, mentions = document_triples(ctx)
        for actor_id, actor in ctx.actors.new_actors.items():
            self._new_actors.setdefault(actor_id, actor)
        for tie in ctx.actors.affiliations:
            ties = self._text_affiliations.setdefault(tie.person, [])
            if tie not in ties:
                ties.append(tie)
        return Extraction(article, triples, mentions, warnings)

    def describe(self) -> dict[str, Any]:
        used = sorted(self._used_parser - {"none"})
        if not used and self.parser != "none":
            model = self._pipelines.get("en", (None, PipelineInfo("en", "none")))[1].parser
            used = [model] if model != "none" else []
        return {"extractor": EXTRACTOR_NAME, "parser": used[0] if used else "none"}

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
                if not any(t.organisation == tie.organisation and t.role == tie.role for t in ties):
                    ties.append(tie)
            records.append(ActorRecord(actor, mentions, tuple(sorted(articles)), tuple(ties), origin))
        return records

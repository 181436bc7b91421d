"""The review explorer at `/review`, independent of the HTTP server that carries it.

    review = Review(ReviewOptions(out="out", corrections="fixes.jsonl", allow_corrections=True, token="s3cret"))
    answer = review.handle("GET", "/review/api/search", {"q": ["rusia"]}, headers, b"")
    answer.status, answer.content_type, answer.body

It reads a build's output folder (actors, triples, articles; re-read when the build changes), answers JSON for
the page (`graphbuild.serve.review_page`): actor search by any gazetteer name in any language, an actor's
partners, adversaries, events by type and timeline, every edge with its evidence, an article's text. POST
`/review/api/corrections` appends one validated operation to the corrections file; only when the server was
started with `allow_corrections` and the request carries `Authorization: Bearer TOKEN`.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graphbuild.model import Actor, Triple, dumps, iter_records
from graphbuild.outdir import marker_path
from graphbuild.relations import relation_types
from graphbuild.resolve.names import fold
from graphbuild.serve.review_page import REVIEW_HTML, REVIEW_JS

PREFIX = "/review"
MAX_RESULTS = 50
MAX_EVIDENCE = 200  # evidence sentences sent per edge (the count says how many there are)
MAX_BODY = 64 * 1024
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class ReviewOptions:
    out: str  # the build's output folder
    corrections: str | None = None  # the corrections file the page appends to
    allow_corrections: bool = False
    token: str | None = None

    def check(self) -> None:
        if not (Path(self.out) / "triples.jsonl").is_file():
            raise FileNotFoundError(f"{self.out}: no triples.jsonl (is it a graphbuild output folder?)")
        if self.allow_corrections and not (self.token and self.corrections):
            raise ValueError("--allow-corrections needs --corrections FILE and a token (--review-token or "
                             "GRAPHBUILD_REVIEW_TOKEN)")  # fmt: skip


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: Any) -> Answer:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return cls(status, "application/json; charset=utf-8", text.encode("utf-8"), dict(SECURITY_HEADERS))

    @classmethod
    def error(cls, status: int, message: str, **headers: str) -> Answer:
        answer = cls.json(status, {"error": message})
        answer.headers.update(headers)
        return answer


@dataclass
class Snapshot:
    """The build's output, as the page needs it; rebuilt when summary.json changes."""

    stamp: float
    actors: dict[str, Actor]
    mentions: dict[str, int]
    articles: dict[str, dict[str, Any]]
    triples: list[Triple]
    by_actor: dict[str, list[int]]
    names: dict[str, set[str]]  # actor id -> folded names (any language)
    labels: dict[str, dict[str, str]]  # actor id -> {lang: a name}


def _gazetteer_names() -> dict[str, list[tuple[str, str]]]:
    from graphbuild.resolve.gazetteer import load_gazetteer

    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    try:
        gazetteer = load_gazetteer()
    except (OSError, ValueError):
        return names
    for surface in gazetteer.surfaces:
        if surface.kind in ("name", "acronym", "demonym", "metonym"):
            names[surface.actor_id].append((surface.lang, surface.text))
    return names


def read_snapshot(out: Path, stamp: float) -> Snapshot:
    actors: dict[str, Actor] = {}
    mentions: dict[str, int] = {}
    for _, record in iter_records(out / "actors.jsonl"):
        actor = Actor.from_dict(record)
        actors[actor.id] = actor
        mentions[actor.id] = int(record.get("mentions") or 0)
    articles = {}
    for _, record in iter_records(out / "articles.jsonl"):
        record.pop("text", None)  # read again for the one article a page shows (`article_text`)
        articles[str(record.get("id"))] = record
    triples = [Triple.from_dict(record) for _, record in iter_records(out / "triples.jsonl")]
    by_actor: dict[str, list[int]] = defaultdict(list)
    for index, triple in enumerate(triples):
        for mention in (triple.source, triple.target):
            actors.setdefault(mention.actor.id, mention.actor)
        by_actor[triple.source.actor.id].append(index)
        if triple.target.actor.id != triple.source.actor.id:
            by_actor[triple.target.actor.id].append(index)
    gazetteer = _gazetteer_names()
    names: dict[str, set[str]] = {}
    labels: dict[str, dict[str, str]] = {}
    for actor_id, actor in actors.items():
        found = [("en", actor.name), *(("any", alias) for alias in actor.aliases), ("any", actor_id),
                 *gazetteer.get(actor_id, [])]  # fmt: skip
        names[actor_id] = {fold(text) for _, text in found}
        labels[actor_id] = {lang: text for lang, text in reversed(found) if lang in ("en", "id")} | {"en": actor.name}
    return Snapshot(stamp, actors, mentions, articles, triples, dict(by_actor), names, labels)


def highlights(triple: Triple) -> list[dict[str, Any]]:
    """Where the source, target and trigger are in the evidence sentence (offsets into `triple.sentence`)."""
    spans = []
    base = triple.sentence_start or 0
    for kind, text, start in (("source", triple.source.text, triple.source.start),
                              ("target", triple.target.text, triple.target.start),
                              ("trigger", triple.trigger.text, triple.trigger.start)):  # fmt: skip
        if not text:
            continue
        at = start - base
        if triple.sentence[at : at + len(text)] != text:  # the sentence was stripped: find it nearby
            at = triple.sentence.find(text, max(0, at - 8))
        if at >= 0:
            spans.append({"kind": kind, "start": at, "end": at + len(text)})
    spans.sort(key=lambda span: span["start"])
    kept: list[dict[str, Any]] = []
    for span in spans:  # overlapping spans (a trigger inside a name) keep the first
        if not kept or span["start"] >= kept[-1]["end"]:
            kept.append(span)
    return kept


class Review:
    """The review application: `handle(method, path, query, headers, body) -> Answer`."""

    def __init__(self, options: ReviewOptions) -> None:
        options.check()
        self.options = options
        self.out = Path(options.out)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    # -- data ------------------------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        summary = self.out / "summary.json"
        stamp = summary.stat().st_mtime if summary.exists() else 0.0
        with self._lock:
            if self._snapshot is None or self._snapshot.stamp != stamp:
                self._snapshot = read_snapshot(self.out, stamp)
            return self._snapshot

    def actor_brief(self, data: Snapshot, actor_id: str) -> dict[str, Any]:
        actor = data.actors[actor_id]
        return {"id": actor.id, "name": actor.name, "type": actor.type, "country": actor.state,
                "labels": data.labels.get(actor_id, {}), "events": len(data.by_actor.get(actor_id, [])),
                "mentions": data.mentions.get(actor_id, 0)}  # fmt: skip

    def event(self, data: Snapshot, triple: Triple) -> dict[str, Any]:
        article = data.articles.get(triple.article_id, {})
        return {"id": triple.id, "article_id": triple.article_id, "relation": triple.relation, "mode": triple.mode,
                "negated": triple.negated, "confidence": triple.confidence, "language": triple.language,
                "date": (triple.date or article.get("date") or "")[:10] or None,
                "source": {"id": triple.source.actor.id, "name": triple.source.actor.name},
                "target": {"id": triple.target.actor.id, "name": triple.target.actor.name},
                "trigger": triple.trigger.text, "rule": triple.trigger.rule, "sentence": triple.sentence,
                "highlights": highlights(triple), "title": article.get("title") or triple.article_id,
                "url": article.get("url")}  # fmt: skip

    # -- routes ----------------------------------------------------------------------------------------------

    def handle(self, method: str, path: str, query: Mapping[str, list[str]], headers: Mapping[str, str],
               body: bytes) -> Answer:  # fmt: skip
        """Answer one request to a path under /review."""
        if path == PREFIX + "/":
            return Answer(308, "text/plain; charset=utf-8", b"", {"Location": PREFIX})
        path = path.rstrip("/") or "/"
        if path == PREFIX and method in ("GET", "HEAD"):
            return Answer(200, "text/html; charset=utf-8", REVIEW_HTML.encode("utf-8"), dict(SECURITY_HEADERS))
        if path == PREFIX + "/review.js" and method in ("GET", "HEAD"):
            return Answer(200, "text/javascript; charset=utf-8", REVIEW_JS.encode("utf-8"), dict(SECURITY_HEADERS))
        if path == PREFIX + "/api/corrections" and method == "POST":
            return self.correct(headers, body)
        routes = {"info": self.info, "search": self.search, "actor": self.actor, "article": self.article}
        name = path.removeprefix(PREFIX + "/api/")
        if not path.startswith(PREFIX + "/api/") or name not in routes:
            return Answer.error(404, f"nothing at {path}; the review page is at {PREFIX}")
        if method not in ("GET", "HEAD"):
            return Answer.error(405, f"{method} is not allowed here", Allow="GET")
        if marker_path(self.out).exists():
            return Answer.error(503, "a build is writing the output folder; try again when it has finished",
                                **{"Retry-After": "5"})  # fmt: skip
        params = {key: values[-1] for key, values in query.items() if values}
        try:
            return routes[name](self.snapshot(), params)
        except (OSError, ValueError, KeyError) as error:
            return Answer.error(500, f"cannot read {self.out}: {type(error).__name__}: {error}")

    def info(self, data: Snapshot, _params: dict[str, str]) -> Answer:
        types = relation_types()
        return Answer.json(200, {
            "out": str(self.out), "events": len(data.triples), "actors": len(data.actors),
            "articles": len(data.articles), "writable": self.options.allow_corrections,
            "corrections": self.options.corrections, "pending": self.pending(), "last_build": self.last_build(),
            "relations": [{"id": t.id, "label": t.label_en, "cooperative": t.cooperative} for t in types.values()],
            "modes": ["asserted", "intended", "threatened", "requested", "reported", "hypothetical"],
        })  # fmt: skip

    def last_build(self) -> str | None:
        """What the build of this folder did with its corrections (summary.json), if it had any."""
        try:
            summary = json.loads((self.out / "summary.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        stage = summary.get("stages", {}).get("corrections") if isinstance(summary, dict) else None
        return str(stage.get("summary")) if isinstance(stage, dict) and stage.get("summary") else None

    def pending(self) -> int:
        path = Path(self.options.corrections) if self.options.corrections else None
        if path is None or not path.is_file():
            return 0
        with path.open(encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if line.strip() and not line.lstrip().startswith("//"))

    def search(self, data: Snapshot, params: dict[str, str]) -> Answer:
        wanted = fold(params.get("q", "").strip())
        if not wanted:
            return Answer.json(200, {"results": []})
        scored = []
        for actor_id, names in data.names.items():
            rank = 0 if wanted in names else 1 if any(n.startswith(wanted) for n in names) else \
                2 if any(wanted in n for n in names) else None  # fmt: skip
            if rank is not None:
                scored.append((rank, -len(data.by_actor.get(actor_id, [])), actor_id))
        results = [self.actor_brief(data, actor_id) for _, _, actor_id in sorted(scored)[:MAX_RESULTS]]
        return Answer.json(200, {"results": results})

    def actor(self, data: Snapshot, params: dict[str, str]) -> Answer:
        actor_id = params.get("id", "")
        if actor_id not in data.actors:
            return Answer.error(404, f"no actor {actor_id!r} in this build")
        types = relation_types()
        partners: dict[str, Counter[str]] = defaultdict(Counter)
        adversaries: dict[str, Counter[str]] = defaultdict(Counter)
        by_type: Counter[str] = Counter()
        timeline: Counter[str] = Counter()
        edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for index in data.by_actor.get(actor_id, []):
            triple = data.triples[index]
            event = self.event(data, triple)
            edges[(triple.source.actor.id, triple.relation, triple.target.actor.id)].append(event)
            if triple.negated:
                continue
            other = triple.target.actor.id if triple.source.actor.id == actor_id else triple.source.actor.id
            side = partners if types[triple.relation].cooperative else adversaries
            side[other][triple.relation] += 1
            by_type[triple.relation] += 1
            timeline[(event["date"] or "undated")[:7]] += 1
        return Answer.json(200, {
            "actor": self.actor_brief(data, actor_id),
            "partners": self._counterparts(data, partners), "adversaries": self._counterparts(data, adversaries),
            "by_type": dict(by_type.most_common()), "timeline": sorted(timeline.items()),
            "edges": [{"source": key[0], "relation": key[1], "target": key[2], "count": len(events),
                       "source_name": data.actors[key[0]].name, "target_name": data.actors[key[2]].name,
                       "events": sorted(events, key=lambda e: (e["date"] or "", e["id"]))[:MAX_EVIDENCE]}
                      for key, events in sorted(edges.items(), key=lambda item: (-len(item[1]), item[0]))],
        })  # fmt: skip

    def _counterparts(self, data: Snapshot, counts: dict[str, Counter[str]]) -> list[dict[str, Any]]:
        rows = [{"id": other, "name": data.actors[other].name, "events": sum(c.values()), "relations": dict(c)}
                for other, c in counts.items()]  # fmt: skip
        return sorted(rows, key=lambda row: (-row["events"], row["name"]))

    def article(self, data: Snapshot, params: dict[str, str]) -> Answer:
        article_id = params.get("id", "")
        record = data.articles.get(article_id)
        if record is None:
            return Answer.error(404, f"no article {article_id!r} in this build")
        events = [self.event(data, t) | {"sentence_start": t.sentence_start}
                  for t in data.triples if t.article_id == article_id]  # fmt: skip
        keys = ("id", "title", "url", "date", "language", "origin")
        article = {key: record.get(key) for key in keys} | {"text": self.article_text(article_id)}
        return Answer.json(200, {"article": article, "events": events})

    def article_text(self, article_id: str) -> str:
        for _, record in iter_records(self.out / "articles.jsonl"):
            if str(record.get("id")) == article_id:
                return str(record.get("text") or "")
        return ""

    # -- writing ---------------------------------------------------------------------------------------------

    def correct(self, headers: Mapping[str, str], body: bytes) -> Answer:
        """Validate one operation (JSON body) and append it to the corrections file."""
        from graphbuild.review.operations import parse_operation

        options = self.options
        if not options.allow_corrections or not options.corrections or not options.token:
            return Answer.error(403, "the review page is read-only (start serve with --allow-corrections, "
                                     "--corrections FILE and a token)")  # fmt: skip
        given = _header(headers, "Authorization")
        if not hmac.compare_digest(given.encode("utf-8"), f"Bearer {options.token}".encode()):
            return Answer.error(401, "corrections need Authorization: Bearer TOKEN",
                                **{"WWW-Authenticate": 'Bearer realm="graphbuild-review"'})  # fmt: skip
        if _header(headers, "Content-Type").split(";")[0].strip().lower() != "application/json":
            return Answer.error(415, "send the operation as application/json")
        if len(body) > MAX_BODY:
            return Answer.error(413, f"an operation is at most {MAX_BODY} bytes")
        try:
            data = json.loads(body.decode("utf-8"))
            if isinstance(data, dict):
                data.setdefault("at", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
            op = parse_operation(data)
        except (UnicodeDecodeError, ValueError) as error:
            return Answer.error(400, str(error))
        path = Path(options.corrections)
        with self._lock:
            starts_line = not path.exists() or path.stat().st_size == 0 or path.read_bytes()[-1:] == b"\n"
            with path.open("a", encoding="utf-8", newline="\n") as handle:
                handle.write(("" if starts_line else "\n") + dumps(op.to_dict()) + "\n")
        return Answer.json(201, {"appended": op.to_dict(), "file": options.corrections, "pending": self.pending()})


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name.lower()), "")
    return value or ""


def starlette_routes(review: Review, body_timeout: float) -> list[Any]:
    """`review` as Starlette routes for the ASGI endpoint (graphbuild.serve.app.build_app): the request is
    read by the app's own body reader (size and time limits), then handled in a thread."""
    import urllib.parse

    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from graphbuild.serve.app import read_body, text_response
    from graphbuild.serve.guard import Refused

    async def endpoint(request: Request) -> Response:
        try:
            body = await read_body(request, body_timeout) if request.method == "POST" else b""
        except Refused as error:
            return text_response(error.status, str(error))
        query = urllib.parse.parse_qs(request.scope["query_string"].decode("latin-1"), keep_blank_values=True)
        answer = await run_in_threadpool(review.handle, request.method, request.url.path, query,
                                         dict(request.headers.items()), body)  # fmt: skip
        return Response(answer.body, answer.status, answer.headers | {"content-type": answer.content_type})

    methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
    return [Route(PREFIX, endpoint, methods=methods), Route(PREFIX + "/{rest:path}", endpoint, methods=methods)]

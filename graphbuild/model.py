"""The records every stage agrees on: articles, actors, mentions, triples, input errors.

The JSON shape of a `Triple` is the contract of `triples.jsonl` (see README, "Outputs"). Every record has
`to_dict`/`from_dict`; `dumps` writes one canonical JSON line (sorted keys, no ASCII escaping) so the same
input always gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

T = TypeVar("T")

ActorType = Literal["Country", "Person", "Organization", "ArmedGroup", "Group"]
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)

RELATIONS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

MODES: tuple[str, ...] = ("asserted", "intended", "threatened", "requested", "reported", "hypothetical")


def stable_id(*parts: object, length: int = 12) -> str:
    """A short deterministic id from its parts (sha256 of their JSON)."""
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def dumps(record: dict[str, Any]) -> str:
    """One canonical JSON line: sorted keys, UTF-8 kept, no trailing spaces."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None and value != []}


@dataclass(frozen=True)
class Actor:
    """A state, person, organisation, armed group or collective, with a stable id.

    A state (`type == "Country"`) has `iso3` and id == iso3; only a state carries `iso3`.
    A person or organisation of one state carries `country` (ISO3). A person who leads or speaks for an armed group
    or rival faction of their state carries its id as `faction` (Ismail Haniyeh: `hamas`): for pairing they are
    on that side, not their state's (Haniyeh and Mahmoud Abbas are two parties).
    """

    id: str
    name: str
    type: ActorType
    iso3: str | None = None
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    faction: str | None = None

    def __post_init__(self) -> None:
        if self.type not in ACTOR_TYPES:
            raise ValueError(f"actor {self.id!r}: unknown type {self.type!r}")
        if self.iso3 and self.type != "Country":
            raise ValueError(f"actor {self.id!r}: only a Country carries iso3")

    @property
    def state(self) -> str | None:
        """The ISO3 code of the state this actor is, or belongs to."""
        return self.iso3 or self.country

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        return _drop_none(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        names = {f.name for f in fields(cls)}
        kwargs = {key: value for key, value in data.items() if key in names}
        kwargs["aliases"] = tuple(kwargs.get("aliases") or ())
        return cls(**kwargs)


@dataclass(frozen=True)
class Mention:
    """An actor as it appears in an article: `article.text[start:end] == text`; `rule` is how the actor was
    found (a gazetteer surface id such as `gaz.RUS.name`, or a resolution rule id such as `coref.surname`)."""

    actor: Actor
    text: str
    start: int
    end: int
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = self.actor.to_dict()
        data.pop("aliases", None)
        data.update(mention=self.text, start=self.start, end=self.end)
        if self.rule is not None:
            data["rule"] = self.rule
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(Actor.from_dict(data), data["mention"], int(data["start"]), int(data["end"]), data.get("rule"))


@dataclass(frozen=True)
class Trigger:
    """The words that express the event, and the lexicon entry (`rule`) that matched them."""

    text: str
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Trigger:
        return cls(data["text"], int(data["start"]), int(data["end"]), data["rule"])


@dataclass(frozen=True)
class Triple:
    """One reported event: source -relation-> target, with its evidence and provenance."""

    article_id: str
    relation: str
    source: Mention
    target: Mention
    trigger: Trigger
    sentence: str
    language: str
    date: str | None = None
    negated: bool = False
    mode: str = "asserted"
    confidence: float = 0.5
    extractor: str = ""
    cameo: str | None = None
    goldstein: float | None = None
    sentence_start: int | None = None
    event_date: str | None = None  # when it happened (graphbuild.timeline.dates); `date` is the article's
    date_precision: str | None = None  # day, week, month or unknown
    date_rule: str | None = None  # the data/time rule (or "article-date") that dated it
    date_text: str | None = None  # the words that dated it
    id: str = ""
    rules: tuple[str, ...] = ()  # the code rules (ids of `graphbuild.extract.rules`) that shaped it, in order

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}")
        if not self.id:
            object.__setattr__(self, "id", self.compute_id())

    def compute_id(self) -> str:
        """Same article and same event (relation, actors, trigger position) give the same id."""
        return stable_id(
            self.article_id, self.relation, self.source.actor.id, self.target.actor.id,
            self.source.start, self.target.start, self.trigger.start, self.negated,
        )

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(
            {
                "id": self.id,
                "article_id": self.article_id,
                "relation": self.relation,
                "source": self.source.to_dict(),
                "target": self.target.to_dict(),
                "trigger": self.trigger.to_dict(),
                "negated": self.negated,
                "mode": self.mode,
                "sentence": self.sentence,
                "sentence_start": self.sentence_start,
                "language": self.language,
                "date": self.date,
                "confidence": round(self.confidence, 4),
                "extractor": self.extractor,
                "cameo": self.cameo,
                "goldstein": self.goldstein,
                "date_rule": self.date_rule,
                "date_text": self.date_text,
            }
        ) | {"date": self.date, "rules": list(self.rules)} | self._dating()

    def _dating(self) -> dict[str, Any]:
        """`event_date` (null when unknown) and `date_precision`, once the triple has been dated."""
        return {"event_date": self.event_date, "date_precision": self.date_precision} if self.date_precision else {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Triple:
        return cls(
            id=data.get("id", ""),
            article_id=data["article_id"],
            relation=data["relation"],
            source=Mention.from_dict(data["source"]),
            target=Mention.from_dict(data["target"]),
            trigger=Trigger.from_dict(data["trigger"]),
            sentence=data["sentence"],
            sentence_start=data.get("sentence_start"),
            language=data["language"],
            date=data.get("date"),
            negated=bool(data.get("negated", False)),
            mode=data.get("mode", "asserted"),
            confidence=float(data.get("confidence", 0.5)),
            extractor=data.get("extractor", ""),
            cameo=data.get("cameo"),
            goldstein=data.get("goldstein"),
            event_date=data.get("event_date"),
            date_precision=data.get("date_precision"),
            date_rule=data.get("date_rule"),
            date_text=data.get("date_text"),
            rules=tuple(data.get("rules") or ()),
        )


@dataclass(frozen=True)
class Affiliation:
    """A dated tie between a person (or organisation) and a state or organisation: LEADER_OF, MEMBER_OF."""

    person: str
    relation: Literal["LEADER_OF", "MEMBER_OF"]
    organisation: str
    role: str | None = None
    start: str | None = None
    end: str | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Affiliation:
        names = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})


@dataclass(frozen=True)
class ActorRecord:
    """One line of `actors.jsonl`: an actor seen in the run, how often, and its affiliations."""

    actor: Actor
    mentions: int = 0
    articles: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    source: str = "gazetteer"  # or "text" for a new actor found only in an article

    def to_dict(self) -> dict[str, Any]:
        data = self.actor.to_dict()
        data.update(
            mentions=self.mentions,
            articles=sorted(self.articles),
            affiliations=[a.to_dict() for a in self.affiliations],
            origin=self.source,
        )
        return data


@dataclass(frozen=True)
class Span:
    """A half-open character range of an article's text, with what it is (furniture, dateline)."""

    start: int
    end: int
    kind: str
    rule: str = ""


@dataclass
class Article:
    """An article as read: normalised `text` (all offsets refer to it), metadata and excluded spans.

    `excluded` lists page furniture and the dateline: text kept so offsets stay true to the source,
    but never given to actor or trigger matching.
    """

    id: str
    text: str
    title: str = ""
    url: str | None = None
    date: str | None = None
    language: str = "und"
    dateline: str | None = None
    origin: str = ""
    line: int | None = None
    excluded: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def segments(self) -> Iterator[tuple[int, int]]:
        """The (start, end) ranges of text to extract from: everything but the excluded spans."""
        position = 0
        for span in sorted(self.excluded, key=lambda s: s.start):
            if span.start > position:
                yield position, span.start
            position = max(position, span.end)
        if position < len(self.text):
            yield position, len(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "date": self.date,
            "language": self.language,
            "dateline": self.dateline,
            "origin": self.origin,
            "line": self.line,
            "text": self.text,
            "excluded": [asdict(span) for span in self.excluded],
            "warnings": self.warnings,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        spans = [Span(**span) for span in data.get("excluded", [])]
        names = {f.name for f in fields(cls)} - {"excluded"}
        return cls(**{k: v for k, v in data.items() if k in names}, excluded=spans)


@dataclass(frozen=True)
class ArticleMeta:
    """An `articles.jsonl` record without its text: what stores and exports need to cite an article."""

    id: str
    title: str = ""
    url: str | None = None
    date: str | None = None
    language: str = "und"
    dateline: str | None = None
    origin: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleMeta:
        return cls(id=str(data["id"]), title=data.get("title") or "", url=data.get("url"), date=data.get("date"),
                   language=data.get("language") or "und", dateline=data.get("dateline"),
                   origin=data.get("origin") or "")


@dataclass(frozen=True)
class InputError:
    """A rejected input: `where` is `path` or `path:line`; the run goes on without it."""

    path: str
    reason: str
    line: int | None = None
    kind: str = "input"
    level: str = "error"  # "error": the input was rejected; "warning": it was read after a repair

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "kind": self.kind, "level": self.level,
                "reason": self.reason, "message": str(self)}


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as canonical JSON lines; returns how many were written."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(dumps(record) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Read JSON lines, skipping blank lines and `//` comments."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("//"):
                yield json.loads(line)


class OutputRecordError(ValueError):
    """A line of a build's output file that cannot be read; the message names `path:line`."""


def iter_records(path: Path, error: type[ValueError] = OutputRecordError) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, JSON object) for each record of a JSON-lines output file; nothing when the file is missing.
    A line that is not a JSON object raises `error` naming `path:line`."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as failure:
                raise error(f"{path}:{number}: not JSON: {failure.msg}") from failure
            if not isinstance(record, dict):
                raise error(f"{path}:{number}: expected a JSON object")
            yield number, record


def parse_record(path: Path, number: int, record: dict[str, Any], parse: Callable[[dict[str, Any]], T],
                 error: type[ValueError] = OutputRecordError, doing: str = "read") -> T:
    """`parse(record)`, with a failure reported as `error` naming `path:line` and what was being done."""
    try:
        return parse(record)
    except (KeyError, TypeError, ValueError) as failure:
        raise error(f"{path}:{number}: cannot {doing}: {type(failure).__name__}: {failure}") from failure


def read_triples(path: Path) -> Iterator[Triple]:
    for data in read_jsonl(path):
        yield Triple.from_dict(data)

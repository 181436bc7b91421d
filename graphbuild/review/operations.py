"""The corrections file: JSON Lines, one operation a line, validated with pydantic.

    {"op": "reject", "id": "3f2634a44778", "note": "not an event", "by": "ana"}
    {"op": "reject", "article": "kontan-kim-putin", "source": "PRK", "relation": "ACCUSE", "target": "USA"}
    {"op": "relabel", "id": "d382beb68150", "new_relation": "CONSULT", "new_mode": "intended"}
    {"op": "set_actor", "id": "c646e8c9826e", "side": "target", "actor": "UKR"}
    {"op": "merge_actors", "from": "ma-theresa-lazaro", "into": "PHL"}
    {"op": "reject_rule", "rule": "en.consult.talks", "language": "en"}
    {"op": "add", "article": "a1", "relation": "ASSAULT", "source": {"actor": "RUS", "start": 0, "end": 6},
     "target": {"actor": "UKR", "start": 17, "end": 24}, "trigger": {"start": 7, "end": 16}}
    {"op": "fix_affiliation", "person": "kim-jong-un", "relation": "LEADER_OF", "organisation": "PRK",
     "role": "supreme_leader", "remove": false}

Every operation may carry `note` (why), `by` (who) and `at` (when). A line that is not an operation is an
`InputError` naming the file and line; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator

from graphbuild.model import ACTOR_TYPES, MODES, RELATIONS, InputError, Triple

Relation = Literal[RELATIONS]  # type: ignore[valid-type]
Mode = Literal[MODES]  # type: ignore[valid-type]
ActorTypeName = Literal[ACTOR_TYPES]  # type: ignore[valid-type]
ERROR_KIND = "corrections"


class _Operation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    note: str | None = None
    by: str | None = None
    at: str | None = None  # when the correction was made (ISO 8601); the review page sets it

    @property
    def kind(self) -> str:
        return str(self.op)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class ActorSpec(BaseModel):
    """An actor the gazetteer and the build do not know: described in full."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    type: ActorTypeName
    iso3: str | None = None
    country: str | None = None
    wikidata: str | None = None


ActorRef = Annotated[str, Field(min_length=1)] | ActorSpec


def actor_ref_id(ref: str | ActorSpec) -> str:
    return ref if isinstance(ref, str) else ref.id


class _Selects(_Operation):
    """Which triples an operation acts on: one `id`, or every triple of `article` with this source, relation
    and target (actor ids)."""

    id: str | None = Field(default=None, min_length=1)
    article: str | None = None
    source: str | None = None
    relation: Relation | None = None
    target: str | None = None

    @model_validator(mode="after")
    def _selector(self) -> _Selects:
        if self.id is None and None in (self.article, self.source, self.relation, self.target):
            raise ValueError("give the triple's `id`, or all of `article`, `source`, `relation` and `target`")
        return self

    def selects(self, triple: Triple) -> bool:
        if self.id is not None:
            return triple.id == self.id and self.article in (None, triple.article_id)
        return (triple.article_id == self.article and triple.source.actor.id == self.source
                and triple.relation == self.relation and triple.target.actor.id == self.target)  # fmt: skip

    @property
    def describe(self) -> str:
        if self.id is not None:
            return f"triple {self.id}"
        return f"{self.source} {self.relation} {self.target} in article {self.article}"


class Reject(_Selects):
    op: Literal["reject"]


class Relabel(_Selects):
    op: Literal["relabel"]
    new_relation: Relation | None = None
    new_mode: Mode | None = None

    @model_validator(mode="after")
    def _something(self) -> Relabel:
        if self.new_relation is None and self.new_mode is None:
            raise ValueError("a relabel needs `new_relation` or `new_mode`")
        return self


class SetActor(_Selects):
    op: Literal["set_actor"]
    side: Literal["source", "target"]
    actor: ActorRef


class MergeActors(_Operation):
    op: Literal["merge_actors"]
    from_: str = Field(alias="from", min_length=1)
    into: ActorRef

    @model_validator(mode="after")
    def _distinct(self) -> MergeActors:
        if self.from_ == actor_ref_id(self.into):
            raise ValueError("`from` and `into` are the same actor")
        return self


class RejectRule(_Operation):
    """Every triple whose trigger rule (`trigger.rule` in triples.jsonl) is `rule` (`*` wildcards allowed),
    optionally only in one language."""

    op: Literal["reject_rule"]
    rule: str = Field(min_length=1)
    language: str | None = None

    def selects(self, triple: Triple) -> bool:
        return fnmatchcase(triple.trigger.rule, self.rule) and self.language in (None, triple.language)


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = None  # when given, checked against the article text

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be after start ({self.start})")
        return self


class ActorSpan(Span):
    actor: ActorRef


class Add(_Operation):
    """A triple the extractor missed, with its evidence offsets into the article's normalised text."""

    op: Literal["add"]
    article: str = Field(min_length=1)
    relation: Relation
    source: ActorSpan
    target: ActorSpan
    trigger: Span
    sentence: Span | None = None  # default: the sentence around the evidence
    mode: Mode = "asserted"
    negated: bool = False


class FixAffiliation(_Operation):
    """Add (or with `remove`, drop) a LEADER_OF/MEMBER_OF tie of an actor in actors.jsonl."""

    op: Literal["fix_affiliation"]
    person: str = Field(min_length=1)
    relation: Literal["LEADER_OF", "MEMBER_OF"]
    organisation: str = Field(min_length=1)
    role: str | None = None
    start: str | None = None
    end: str | None = None
    remove: bool = False


Operation = Annotated[Reject | Relabel | SetActor | MergeActors | RejectRule | Add | FixAffiliation,
                      Field(discriminator="op")]  # fmt: skip
OPERATION = TypeAdapter(Operation)
OP_NAMES = ("reject", "relabel", "set_actor", "merge_actors", "reject_rule", "add", "fix_affiliation")


@dataclass(frozen=True)
class Numbered:
    """An operation and where it was read: `path:line`."""

    path: str
    line: int
    op: Any  # one of the Operation models

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _reason(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False)[:3]:
        location = ".".join(str(part) for part in item["loc"][1:] if not str(part)[:1].isupper())
        message = str(item["msg"]).removeprefix("Value error, ")
        if isinstance(item.get("input"), (str, int, float)) and item["type"] != "value_error":
            message += f" (not {item['input']!r})"
        parts.append(f"{location}: {message}" if location else message)
    return "; ".join(parts)


def parse_operation(data: Any) -> Any:
    """One operation from a decoded JSON value; `ValueError` with a short reason when it is none."""
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    if data.get("op") not in OP_NAMES:
        raise ValueError(f"`op` must be one of {', '.join(OP_NAMES)}, not {data.get('op')!r}")
    try:
        return OPERATION.validate_python(data)
    except ValidationError as error:
        raise ValueError(f"bad {data['op']}: {_reason(error)}") from None


def read_corrections(path: str | Path) -> Iterator[Numbered | InputError]:
    """The operations of a corrections file, in order; an `InputError` for each line that is not one (and one
    for a file that cannot be read). Blank lines and `//` comments are skipped."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        yield InputError(str(path), f"cannot read the corrections file: {error}", kind=ERROR_KIND)
        return
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("//"):
            continue
        try:
            yield Numbered(str(path), number, parse_operation(json.loads(text)))
        except json.JSONDecodeError as error:
            yield InputError(str(path), f"not JSON: {error.msg}", line=number, kind=ERROR_KIND)
        except ValueError as error:
            yield InputError(str(path), str(error), line=number, kind=ERROR_KIND)

"""The corrections stage of a build: apply a corrections file to each article's triples right after extraction.

    corrector = Corrector.from_file("corrections.jsonl", gazetteer.actors)
    triples = corrector.apply(article, extraction.triples)      # per article, in build order
    actor_id = corrector.actor_id(mention.actor.id)             # merges followed
    records = corrector.finish_actors(records)                  # actors.jsonl after merges, new actors, ties
    report = corrector.write_report(out_dir)                    # OUT/corrections-report.jsonl + summary

Operations apply in file order. An operation that finds nothing to act on in the whole build is `stale` (its
triple, rule or actor no longer exists); one that cannot be applied as written (offsets outside the article, an
unknown actor) is `invalid` and also an error of the build. Nothing is dropped silently: every operation has a line
in the report with its status, and `summary.json` counts them.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graphbuild.model import (
    Actor,
    ActorRecord,
    Affiliation,
    Article,
    InputError,
    Mention,
    Trigger,
    Triple,
    dumps,
    iter_records,
)
from graphbuild.review.operations import (
    ERROR_KIND,
    ActorSpec,
    Add,
    FixAffiliation,
    MergeActors,
    Numbered,
    Reject,
    RejectRule,
    Relabel,
    SetActor,
    read_corrections,
)  # fmt: skip

REPORT_FILE = "corrections-report.jsonl"
ADD_RULE = "correction.add"
EXTRACTOR = "graphbuild-corrections"
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+|\n")


class InvalidOperation(ValueError):
    """An operation that cannot be applied as written (the reason is the message)."""


@dataclass
class Outcome:
    """What became of one operation over the whole build."""

    item: Numbered
    matched: int = 0
    invalid: str | None = None
    triples: list[dict[str, Any]] = field(default_factory=list)  # the triples acted on, as they were before

    @property
    def status(self) -> str:
        return "invalid" if self.invalid else "applied" if self.matched else "stale"

    def to_dict(self) -> dict[str, Any]:
        data = {"file": self.item.path, "line": self.item.line, "op": self.item.op.to_dict(),
                "status": self.status, "matched": self.matched, "triples": self.triples}  # fmt: skip
        if self.invalid:
            data["reason"] = self.invalid
        return data


def snapshot(triple: Triple) -> dict[str, Any]:
    """The parts of a triple the report keeps (enough to cite it and to turn it into an annotation)."""
    return {"id": triple.id, "article_id": triple.article_id, "relation": triple.relation, "mode": triple.mode,
            "source": triple.source.actor.to_dict() | {"start": triple.source.start, "end": triple.source.end},
            "target": triple.target.actor.to_dict() | {"start": triple.target.start, "end": triple.target.end},
            "trigger": triple.trigger.to_dict(), "sentence_start": triple.sentence_start,
            "sentence": triple.sentence, "language": triple.language}  # fmt: skip


def _coding(relation: str) -> tuple[str | None, float | None]:
    from graphbuild.extract.events import relation_coding

    return relation_coding(relation)


def _rebuilt(triple: Triple, **changes: Any) -> Triple:
    """The triple with `changes`, its id recomputed (the id follows the content)."""
    return replace(triple, id="", **changes)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end (or line break) to the next."""
    begin = 0
    for match in SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = SENTENCE_END.search(text, end)
    stop = after.start() + (1 if after.group().strip() else 0) if after else len(text)
    return begin, max(stop, end)


@dataclass
class OperationIndex:
    """Which operations may act on an article: those naming a triple id, those naming the article, the rest."""

    by_id: dict[str, list[int]] = field(default_factory=dict)
    by_article: dict[str, list[int]] = field(default_factory=dict)
    global_ops: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> OperationIndex:
        index = cls()
        for number, outcome in enumerate(outcomes):
            op = outcome.item.op
            if isinstance(op, FixAffiliation):
                continue  # acts on actors.jsonl only
            if getattr(op, "id", None) is not None:
                index.by_id.setdefault(op.id, []).append(number)
            elif getattr(op, "article", None) is not None:
                index.by_article.setdefault(op.article, []).append(number)
            else:
                index.global_ops.append(number)
        return index


@dataclass
class Corrector:
    """Applies a corrections file, article by article; keeps every operation's outcome for the report."""

    path: str
    outcomes: list[Outcome]
    errors: list[InputError]
    known_actors: Mapping[str, Actor]
    merges: dict[str, str] = field(default_factory=dict)
    introduced: dict[str, Actor] = field(default_factory=dict)  # actors the corrections bring in
    seen: dict[str, Actor] = field(default_factory=dict)  # actors met in the build's triples
    merged_seen: set[str] = field(default_factory=set)  # merged-away actors the build met
    used: dict[str, tuple[int, set[str]]] = field(default_factory=dict)  # actors of the corrected triples
    counts: Counter[str] = field(default_factory=Counter)
    _index: OperationIndex = field(default_factory=OperationIndex)

    def __post_init__(self) -> None:
        self._index = OperationIndex.of(self.outcomes)

    @classmethod
    def from_file(cls, path: str | Path, known_actors: Mapping[str, Actor], out_dir: Path | None = None
                  ) -> Corrector:  # fmt: skip
        """The operations of `path`; its bad lines become `errors`. A file that is the build's own report
        (`out_dir`) is refused: the build would overwrite it."""
        outcomes: list[Outcome] = []
        errors: list[InputError] = []
        if out_dir is not None and Path(path).resolve() == (out_dir / REPORT_FILE).resolve():
            reason = f"is the report this build writes ({REPORT_FILE}); keep corrections in another file"
            return cls(str(path), outcomes, [InputError(str(path), reason, kind=ERROR_KIND)], known_actors)
        for item in read_corrections(path):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                outcomes.append(Outcome(item))
        corrector = cls(str(path), outcomes, errors, known_actors)
        for outcome in outcomes:
            if isinstance(outcome.item.op, MergeActors):
                corrector._register_merge(outcome)
        return corrector

    # -- actors ----------------------------------------------------------------------------------------------

    def _actor(self, ref: str | ActorSpec) -> Actor:
        if isinstance(ref, ActorSpec):
            actor = Actor(ref.id, ref.name, ref.type, ref.iso3, ref.country, ref.wikidata)
            self.introduced.setdefault(actor.id, actor)
            return actor
        actor = self.known_actors.get(ref) or self.seen.get(ref) or self.introduced.get(ref)
        if actor is None:
            raise InvalidOperation(f"unknown actor {ref!r}: not in the gazetteer nor in the build; describe it as "
                                   '{"id", "name", "type"}')  # fmt: skip
        return actor

    def _register_merge(self, outcome: Outcome) -> None:
        op: MergeActors = outcome.item.op
        try:
            self._actor(op.into) if isinstance(op.into, ActorSpec) else None
        except InvalidOperation as error:  # pragma: no cover - a spec always resolves
            outcome.invalid = str(error)
            return
        into = op.into if isinstance(op.into, str) else op.into.id
        if self._follow(into) == op.from_:
            outcome.invalid = f"merging {op.from_!r} into {into!r} would make a cycle with an earlier merge"
            return
        self.merges[op.from_] = into

    def _follow(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.merges and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merges[actor_id]
        return actor_id

    def actor_id(self, actor_id: str) -> str:
        """The id an actor has after the merges (itself when none applies)."""
        if actor_id in self.merges:
            self.merged_seen.add(actor_id)
        return self._follow(actor_id)

    # -- triples ---------------------------------------------------------------------------------------------

    def apply(self, article: Article, triples: Iterable[Triple]) -> list[Triple]:
        """This article's triples after every operation, in file order; duplicates (same id) kept once."""
        current = list(triples)
        for triple in current:
            for mention in (triple.source, triple.target):
                self.seen.setdefault(mention.actor.id, mention.actor)
        ids = {triple.id for triple in current}
        queue = [*self._index.global_ops, *self._index.by_article.get(article.id, ()),
                 *(i for triple_id in ids for i in self._index.by_id.get(triple_id, ()))]  # fmt: skip
        heapq.heapify(queue)
        done: set[int] = set()
        while queue:  # only the operations that can act here, in file order
            index = heapq.heappop(queue)
            outcome = self.outcomes[index]
            if index in done or outcome.invalid:
                continue
            done.add(index)
            try:
                updated = self._apply_one(outcome, article, current)
            except InvalidOperation as error:
                outcome.invalid = str(error)
                outcome.matched = 0
                if isinstance(outcome.item.op, MergeActors):
                    self.merges.pop(outcome.item.op.from_, None)
                continue
            if updated is not current:  # new ids: the later operations that name them join the queue
                current, before, ids = updated, ids, {triple.id for triple in updated}
                for triple_id in ids - before:
                    for later in self._index.by_id.get(triple_id, ()):
                        if later > index:
                            heapq.heappush(queue, later)
        unique: dict[str, Triple] = {}
        for triple in current:
            if triple.id in unique:
                self.counts["duplicates_dropped"] += 1
            unique.setdefault(triple.id, triple)
        for triple in unique.values():
            for mention in (triple.source, triple.target):
                count, articles = self.used.get(mention.actor.id, (0, set()))
                articles.add(article.id)
                self.used[mention.actor.id] = (count + 1, articles)
        return list(unique.values())

    def _apply_one(self, outcome: Outcome, article: Article, triples: list[Triple]) -> list[Triple]:
        op = outcome.item.op
        if isinstance(op, Add):
            return [*triples, self._added(outcome, article, triples)] if op.article == article.id else triples
        if isinstance(op, MergeActors):
            return self._merge(outcome, triples)
        if isinstance(op, FixAffiliation):
            return triples
        if isinstance(op, (Reject, Relabel, SetActor)) and op.article not in (None, article.id):
            return triples
        if not any(op.selects(triple) for triple in triples):
            return triples
        out = []
        for triple in triples:
            if not op.selects(triple):
                out.append(triple)
                continue
            changed = self._changed(op, triple)
            outcome.matched += 1
            if len(outcome.triples) < 50 or not isinstance(op, RejectRule):
                before = snapshot(triple)
                outcome.triples.append(before if changed is None else before | {"after": snapshot(changed)})
            if changed is None:
                self.counts["triples_removed"] += 1
            else:
                self.counts["triples_changed"] += 1
                out.append(changed)
        return out

    def _changed(self, op: Any, triple: Triple) -> Triple | None:
        if isinstance(op, (Reject, RejectRule)):
            return None
        if isinstance(op, Relabel):
            relation = op.new_relation or triple.relation
            cameo, goldstein = (triple.cameo, triple.goldstein) if relation == triple.relation else _coding(relation)
            return _rebuilt(triple, relation=relation, mode=op.new_mode or triple.mode, cameo=cameo,
                            goldstein=goldstein)  # fmt: skip
        actor = self._actor(op.actor)
        mention = getattr(triple, op.side)
        return _rebuilt(triple, **{op.side: replace(mention, actor=actor)})

    def _merge(self, outcome: Outcome, triples: list[Triple]) -> list[Triple]:
        op: MergeActors = outcome.item.op
        if not any(op.from_ in (t.source.actor.id, t.target.actor.id) for t in triples):
            return triples
        into = self._actor(op.into)
        out = []
        for triple in triples:
            sides = [side for side in ("source", "target") if getattr(triple, side).actor.id == op.from_]
            if not sides:
                out.append(triple)
                continue
            outcome.matched += 1
            if len(outcome.triples) < 50:
                outcome.triples.append({"id": triple.id, "article_id": triple.article_id})
            merged = _rebuilt(triple, **{side: replace(getattr(triple, side), actor=into) for side in sides})
            if merged.source.actor.id == merged.target.actor.id:  # an actor acting on itself is no event
                self.counts["triples_removed"] += 1
                continue
            self.counts["triples_changed"] += 1
            out.append(merged)
        return out

    def _added(self, outcome: Outcome, article: Article, triples: list[Triple]) -> Triple:
        op: Add = outcome.item.op
        text = article.text
        spans = {"source": op.source, "target": op.target, "trigger": op.trigger}
        if op.sentence is not None:
            spans["sentence"] = op.sentence
        for name, span in spans.items():
            if span.end > len(text):
                raise InvalidOperation(f"{name} offsets {span.start}-{span.end} are outside article {article.id!r} "
                                       f"({len(text)} characters)")  # fmt: skip
            if span.text is not None and text[span.start : span.end] != span.text:
                raise InvalidOperation(f"{name} offsets {span.start}-{span.end} hold "
                                       f"{text[span.start : span.end]!r}, not {span.text!r}")  # fmt: skip
        source, target = self._actor(op.source.actor), self._actor(op.target.actor)
        if source.id == target.id:
            raise InvalidOperation("source and target are the same actor")
        evidence = [op.source, op.target, op.trigger]
        low, high = min(s.start for s in evidence), max(s.end for s in evidence)
        start, end = self._sentence(op, text, triples, low, high)
        cameo, goldstein = _coding(op.relation)
        triple = Triple(
            article_id=article.id, relation=op.relation,
            source=Mention(source, text[op.source.start : op.source.end], op.source.start, op.source.end),
            target=Mention(target, text[op.target.start : op.target.end], op.target.start, op.target.end),
            trigger=Trigger(text[op.trigger.start : op.trigger.end], op.trigger.start, op.trigger.end, ADD_RULE),
            sentence=text[start:end].strip(), sentence_start=start, language=article.language, date=article.date,
            negated=op.negated, mode=op.mode, confidence=1.0, extractor=EXTRACTOR, cameo=cameo, goldstein=goldstein,
        )  # fmt: skip
        outcome.matched += 1
        outcome.triples.append(snapshot(triple))
        self.counts["triples_added"] += 1
        return triple

    @staticmethod
    def _sentence(op: Add, text: str, triples: list[Triple], low: int, high: int) -> tuple[int, int]:
        if op.sentence is not None:
            if not (op.sentence.start <= low and high <= op.sentence.end):
                raise InvalidOperation("the sentence span does not hold the source, target and trigger")
            return op.sentence.start, op.sentence.end
        for triple in triples:  # the extractor's own sentence split, where it has a triple in that sentence
            start = triple.sentence_start
            if start is not None and start <= low and high <= start + len(triple.sentence):
                return start, start + len(triple.sentence)
        return sentence_span(text, low, high)

    # -- actors.jsonl ----------------------------------------------------------------------------------------

    def finish_actors(self, records: Iterable[ActorRecord],
                      counts: Mapping[str, tuple[int, set[str]]] | None = None) -> list[ActorRecord]:  # fmt: skip
        """actors.jsonl after the corrections: merged-away actors gone (their mentions and articles go to the
        actor they were merged into: the build counts mentions through `actor_id`), actors only the corrections
        bring in added (counted from the triples naming them), affiliations fixed and pointing at the merged
        actors."""
        by_id = {record.actor.id: record for record in records}
        for actor_id, (count, articles) in sorted((counts or {}).items()):  # merged into an actor described here
            if actor_id not in by_id and actor_id in self.introduced:
                by_id[actor_id] = ActorRecord(self.introduced[actor_id], count, tuple(sorted(articles)), (),
                                              "correction")  # fmt: skip
        for actor_id, (count, articles) in sorted(self.used.items()):
            if actor_id not in by_id:
                actor = self.known_actors.get(actor_id) or self.introduced.get(actor_id) or self.seen.get(actor_id)
                if actor is not None:
                    origin = ("gazetteer" if actor_id in self.known_actors else
                              "correction" if actor_id in self.introduced else "text")  # fmt: skip
                    by_id[actor_id] = ActorRecord(actor, count, tuple(sorted(articles)), (), origin)
        for outcome in self.outcomes:
            op = outcome.item.op
            if isinstance(op, MergeActors) and not outcome.invalid and op.from_ in self.merged_seen \
                    and not outcome.matched:
                outcome.matched += 1  # mentioned in the text though in no triple: the merge still applied
        for gone in [actor_id for actor_id in by_id if actor_id in self.merges]:
            del by_id[gone]
        fixed = {actor_id: self._ties(record) for actor_id, record in by_id.items()}
        for outcome in self.outcomes:
            if isinstance(outcome.item.op, FixAffiliation):
                self._fix_affiliation(outcome, by_id, fixed)
        return [replace(by_id[actor_id], affiliations=tuple(fixed[actor_id])) for actor_id in sorted(by_id)]

    def _ties(self, record: ActorRecord) -> list[Affiliation]:
        ties: list[Affiliation] = []
        for tie in record.affiliations:
            moved = replace(tie, organisation=self.actor_id(tie.organisation))
            if moved.organisation != record.actor.id and moved not in ties:
                ties.append(moved)
        return ties

    def _fix_affiliation(self, outcome: Outcome, records: Mapping[str, ActorRecord],
                         ties: dict[str, list[Affiliation]]) -> None:  # fmt: skip
        op: FixAffiliation = outcome.item.op
        person, organisation = self.actor_id(op.person), self.actor_id(op.organisation)
        if person not in records:
            return  # stale: the actor is not in this build
        current = ties[person]
        if op.remove:
            kept = [t for t in current if not (t.relation == op.relation and t.organisation == organisation
                                               and op.role in (None, t.role))]  # fmt: skip
            outcome.matched += len(current) - len(kept)
            ties[person] = kept
            return
        new = Affiliation(person, op.relation, organisation, op.role, op.start, op.end,
                          f"correction:{outcome.item.line}")
        ties[person] = [t for t in current if not (t.relation == op.relation and t.organisation == organisation
                                                   and t.role == op.role)] + [new]  # fmt: skip
        outcome.matched += 1

    # -- the report ------------------------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        statuses = Counter(outcome.status for outcome in self.outcomes)
        by_op: dict[str, dict[str, int]] = {}
        for outcome in self.outcomes:
            counts = by_op.setdefault(outcome.item.op.kind, {"applied": 0, "stale": 0, "invalid": 0})
            counts[outcome.status] += 1
        figures = {name: self.counts[name] for name in ("triples_removed", "triples_changed", "triples_added",
                                                        "duplicates_dropped")}  # fmt: skip
        text = (f"{len(self.outcomes)} operations: {statuses['applied']} applied, {statuses['stale']} stale, "
                f"{statuses['invalid']} invalid, {len(self.errors)} malformed lines; {figures['triples_removed']} "
                f"triples removed, {figures['triples_changed']} changed, {figures['triples_added']} added")
        return {"file": self.path, "operations": len(self.outcomes), "applied": statuses["applied"],
                "stale": statuses["stale"], "invalid": statuses["invalid"], "malformed": len(self.errors),
                "by_op": dict(sorted(by_op.items())), **figures, "report": REPORT_FILE, "summary": text}  # fmt: skip

    def invalid_errors(self) -> list[InputError]:
        return [InputError(o.item.path, f"{o.item.op.kind}: {o.invalid}", line=o.item.line, kind=ERROR_KIND)
                for o in self.outcomes if o.invalid]  # fmt: skip

    def write_report(self, out_dir: Path) -> dict[str, Any]:
        with (out_dir / REPORT_FILE).open("w", encoding="utf-8", newline="\n") as handle:
            for outcome in self.outcomes:
                handle.write(dumps(outcome.to_dict()) + "\n")
        return self.summary()


def merged_away(out_dir: str | Path) -> list[str]:
    """The actors the corrections of a build merged into others (its report's applied `merge_actors`)."""
    return [str(record["op"]["from"]) for _, record in iter_records(Path(out_dir) / REPORT_FILE)
            if record.get("status") == "applied" and (record.get("op") or {}).get("op") == "merge_actors"]

"""The extractor's code rules as first-class objects: an id, a one-line doc, a stage and an explicit order.

A code rule is a function registered with `@RULES.register("<id>", stage)`; its doc is the first paragraph
of its docstring, on one line. Each stage has one explicit order (`RULES.set_order(stage, ids)`, written once
where the stage's rules are defined), and the extractor runs or consults the rules of a stage in that order,
so no behaviour hides in the order of if-chains. The ids travel into each triple's provenance (`rules`: the
code rules that assigned its roles or rewrote its relation or mode, in the order they acted).

Adding a rule: a function with a docstring, `@RULES.register(...)`, its id in the stage's order, and a test
sentence. Stages:
- `mentions`: actor mentions that are no actor here ("Russian-made missiles");
- `candidate`: whether a trigger span is an event candidate at all;
- `chain`: two adjacent candidates, first matching rule wins (intent, governing verb, light verb …);
- `filter`: whole-sentence passes over the candidates, each may drop some;
- `roles`: who is the source and who the target of one candidate, in order of precedence;
- `rewrite`: relation and mode rewrites of a candidate with its roles (ultimatum, failed agreement …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
STAGES = ("mentions", "candidate", "chain", "filter", "roles", "rewrite")


@dataclass(frozen=True)
class CodeRule:
    """One registered rule: `id` (dotted, stage first), `stage`, `doc` (one line) and the function."""

    id: str
    stage: str
    doc: str
    function: Callable[..., Any]

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "stage": self.stage, "doc": self.doc}


class RuleRegistry:
    """Code rules by id, and one explicit order per stage."""

    def __init__(self, stages: tuple[str, ...] = STAGES) -> None:
        self.stages = stages
        self._rules: dict[str, CodeRule] = {}
        self._order: dict[str, tuple[str, ...]] = {}
        self._ordered: dict[str, tuple[tuple[str, ...], tuple[CodeRule, ...]]] = {}  # stage → (its order, rules)

    def register(self, rule_id: str, stage: str, doc: str | None = None) -> Callable[[F], F]:
        """Decorator: the function becomes rule `rule_id` of `stage`; its docstring's first paragraph is the doc
        unless `doc` is given (one function serving two rules)."""
        if stage not in self.stages:
            raise ValueError(f"rule {rule_id!r}: unknown stage {stage!r} (one of {', '.join(self.stages)})")

        def decorate(function: F) -> F:
            paragraph = doc or (function.__doc__ or "").strip().split("\n\n")[0]
            text = " ".join(line.strip() for line in paragraph.splitlines())
            if not text:
                raise ValueError(f"rule {rule_id!r}: {function.__name__} needs a docstring (its one-line doc)")
            if rule_id in self._rules:
                raise ValueError(f"rule {rule_id!r} registered twice")
            self._rules[rule_id] = CodeRule(rule_id, stage, text, function)
            return function

        return decorate

    def set_order(self, stage: str, ids: tuple[str, ...]) -> None:
        """The order of `stage`: every rule registered for it, each once."""
        registered = {r.id for r in self._rules.values() if r.stage == stage}
        unknown = [i for i in ids if i not in registered]
        if unknown or len(set(ids)) != len(ids) or set(ids) != registered:
            missing = sorted(registered - set(ids))
            raise ValueError(f"order of stage {stage!r}: unknown {unknown}, missing {missing}, or listed twice")
        self._order[stage] = ids

    def ordered(self, stage: str) -> tuple[CodeRule, ...]:
        """The rules of `stage` in its order (looked up again only when the order was replaced: the extractor
        asks once per sentence or trigger)."""
        ids = self._order.get(stage, ())
        cached = self._ordered.get(stage)
        if cached is None or cached[0] is not ids:
            cached = self._ordered[stage] = (ids, tuple(self._rules[i] for i in ids))
        return cached[1]

    def __getitem__(self, rule_id: str) -> CodeRule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def all(self) -> list[CodeRule]:
        """Every rule, stage by stage, in each stage's order."""
        return [rule for stage in self.stages for rule in self.ordered(stage)]


RULES = RuleRegistry()

"""What each article adds to `actors.jsonl`, kept per article in `OUT/article_actors.jsonl`, so that a store can
take one article back exactly (as if it had never been loaded).

`actors.jsonl` is a fold of every article's contribution, in input order: mention counts add up, `articles`
lists the articles with a mention, an actor the gazetteer does not know is described as the first article that
mentions it describes it, and ties found in the text follow the gazetteer's own ties in first-seen order (a
text tie the gazetteer already has, same relation and organisation, is left out). `refold_actors` is the same
fold over fewer articles: the `actors.jsonl` a build of those articles alone would have written.

    {"article": "kontan-kim-putin", "mentions": {"PRK": 9, "RUS": 12}, "new_actors": [], "affiliations": []}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.model import Actor, Affiliation, Mention, OutputRecordError, iter_records, parse_record

ARTICLE_ACTORS_FILE = "article_actors.jsonl"


class ArticleActorsMissing(OutputRecordError):
    """An output folder without `article_actors.jsonl` (built before it existed) asked for an exact retraction."""


@dataclass
class ArticleActors:
    """One article's contribution to actors.jsonl: mentions per actor, the text actors as this article
    describes them (first mention first), the ties its text states."""

    article: str
    mentions: dict[str, int] = field(default_factory=dict)
    new_actors: dict[str, Actor] = field(default_factory=dict)
    affiliations: list[Affiliation] = field(default_factory=list)

    @classmethod
    def of(cls, article: str, mentions: Iterable[Mention], affiliations: Iterable[Affiliation],
           known: Callable[[str], bool]) -> ArticleActors:  # fmt: skip
        """From an extraction's mentions and ties; `known(actor_id)` is true for gazetteer actors."""
        made = cls(article)
        for mention in mentions:
            actor = mention.actor
            made.mentions[actor.id] = made.mentions.get(actor.id, 0) + 1
            if not known(actor.id):
                made.new_actors.setdefault(actor.id, actor)
        for tie in affiliations:
            if tie not in made.affiliations:
                made.affiliations.append(tie)
        return made

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "mentions": dict(sorted(self.mentions.items())),
                "new_actors": [actor.to_dict() for actor in self.new_actors.values()],
                "affiliations": [tie.to_dict() for tie in self.affiliations]}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleActors:
        mentions = {str(actor_id): int(count) for actor_id, count in dict(data.get("mentions") or {}).items()}
        actors = [Actor.from_dict(row) for row in data.get("new_actors") or []]
        ties = [Affiliation.from_dict(row) for row in data.get("affiliations") or []]
        return cls(str(data["article"]), mentions, {actor.id: actor for actor in actors}, ties)


def read_article_actors(out_dir: str | Path) -> Iterator[ArticleActors]:
    """OUT/article_actors.jsonl, streamed; a bad line raises OutputRecordError naming file and line."""
    path = Path(out_dir) / ARTICLE_ACTORS_FILE
    if not path.exists():
        raise ArticleActorsMissing(f"{path}: missing; this output was built before exact retraction was "
                                   "possible: rebuild it (graphbuild build) to retract articles exactly")  # fmt: skip
    for number, data in iter_records(path):
        yield parse_record(path, number, data, ArticleActors.from_dict, doing="read an article's actors")


@dataclass
class _Fold:
    mentions: Counter[str] = field(default_factory=Counter)
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    described: dict[str, Actor] = field(default_factory=dict)
    ties: dict[str, list[Affiliation]] = field(default_factory=lambda: defaultdict(list))
    text_ties: set[Affiliation] = field(default_factory=set)  # every text tie of the output, kept or not


def _fold(contributions: Iterable[ArticleActors], keep: Callable[[str], bool]) -> _Fold:
    fold = _Fold()
    for contribution in contributions:
        fold.text_ties.update(contribution.affiliations)
        if not keep(contribution.article):
            continue
        for actor_id, count in contribution.mentions.items():
            fold.mentions[actor_id] += count
            fold.articles[actor_id].add(contribution.article)
        for actor_id, actor in contribution.new_actors.items():
            fold.described.setdefault(actor_id, actor)
        for tie in contribution.affiliations:
            if tie not in fold.ties[tie.person]:
                fold.ties[tie.person].append(tie)
    return fold


def _refolded(record: dict[str, Any], fold: _Fold) -> dict[str, Any]:
    actor_id = record["id"]
    own = [Affiliation.from_dict(row) for row in record.get("affiliations") or []]
    gazetteer_ties = [tie for tie in own if tie not in fold.text_ties]
    text_ties = [tie for tie in fold.ties.get(actor_id, []) if not any(
        g.organisation == tie.organisation and g.relation == tie.relation for g in gazetteer_ties)]  # fmt: skip
    extra = {key: record[key] for key in ("origin",) if key in record}
    described = fold.described.get(actor_id) if record.get("origin") == "text" else None
    base = described.to_dict() if described else {k: v for k, v in record.items()
                                                   if k not in ("mentions", "articles", "affiliations", "origin")}
    return {**base, "mentions": fold.mentions[actor_id], "articles": sorted(fold.articles[actor_id]),
            "affiliations": [tie.to_dict() for tie in gazetteer_ties + text_ties], **extra}  # fmt: skip


def refold_actors(records: Iterable[dict[str, Any]], contributions: Iterable[ArticleActors],
                  keep: Callable[[str], bool]) -> list[dict[str, Any]]:  # fmt: skip
    """The actors.jsonl records (dicts, as read) a build of only the articles `keep` accepts would have
    written: actors no kept article mentions go, counts, articles, text actors' descriptions and text ties
    are those of the kept articles."""
    fold = _fold(contributions, keep)
    return [_refolded(record, fold) for record in records if fold.mentions[record["id"]] > 0]

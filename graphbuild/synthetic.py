"""A synthetic build output of any size, for store benchmarks and tests: articles.jsonl, triples.jsonl and
actors.jsonl written with the pipeline's own records (`Article`, `Triple`, `ActorRecord`), so the loaders read
it exactly as they read a build's, then event dates and events.jsonl as a build adds them (`date_output`).

    from graphbuild.synthetic import write_output
    write_output(Path("out"), events=100_000)

Deterministic (article i depends only on the seed and i): the gazetteer's actors drawn by a Zipf law (a dozen
news hubs, then the other states, then people and organisations: most events involve a few actors, as in real
news), the 16 PLOVER types of
data/relations.yaml, about one event in twenty negated, article dates over four years, 1 to 7 events an article.
No text is extracted: extracting 100k articles is hours on a shared machine, loading and querying is what this
output is for.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from graphbuild.article_actors import ARTICLE_ACTORS_FILE, ArticleActors
from graphbuild.model import Actor, ActorRecord, Article, Mention, Trigger, Triple, dumps, write_jsonl
from graphbuild.relations import relation_types

HUBS = ("RUS", "UKR", "CHN", "USA", "PRK", "KOR", "IDN", "IRN", "ISR", "IND", "PAK", "JPN")
START = date(2022, 1, 1)


def _actors() -> list[Actor]:
    """The gazetteer's states plus its people and organisations (sorted by id: the same list every run)."""
    from graphbuild.resolve.gazetteer import load_gazetteer

    actors = load_gazetteer().actors
    return [actors[key] for key in sorted(actors)]


def _actor_records(mentions: dict[str, int], seen: dict[str, set[str]]) -> Iterator[ActorRecord]:
    """actors.jsonl as a build writes it: the gazetteer's actors with their counts and the gazetteer's ties."""
    from graphbuild.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for key in sorted(seen):
        ties = tuple(gazetteer.affiliations(key))
        yield ActorRecord(gazetteer.actors[key], mentions[key], tuple(sorted(seen[key])), ties)


def _ranked(actors: list[Actor]) -> tuple[list[Actor], list[float]]:
    """The actors by popularity (the hubs, then the other states, then the rest, each in id order) and their
    cumulative Zipf weights (rank r weighs 1/r): a few actors are in most news, most in little, as in real news."""
    order = {"Country": 1}
    ranked = sorted(actors, key=lambda a: (a.id not in HUBS, HUBS.index(a.id) if a.id in HUBS else 0,
                                           order.get(a.type, 2), a.id))  # fmt: skip
    total, weights = 0.0, []
    for rank in range(1, len(ranked) + 1):
        total += 1.0 / rank
        weights.append(total)
    return ranked, weights


def _pick(rng: random.Random, ranked: tuple[list[Actor], list[float]]) -> tuple[Actor, Actor]:
    actors, weights = ranked
    while True:
        source, target = rng.choices(actors, cum_weights=weights, k=2)
        if source.id != target.id:
            return source, target


def _triple(article: Article, index: int, relation: str, pair: tuple[Actor, Actor], rng: random.Random) -> Triple:
    source, target = pair
    sentence = f"{source.name} {relation.lower()} {target.name}."
    offset = index * 200
    end = offset + len(source.name)
    return Triple(
        article_id=article.id, relation=relation,
        source=Mention(source, source.name, offset, end),
        target=Mention(target, target.name, end + len(relation) + 2, end + len(relation) + 2 + len(target.name)),
        trigger=Trigger(relation.lower(), end + 1, end + 1 + len(relation), f"synthetic.{relation.lower()}"),
        sentence=sentence, sentence_start=offset, language=article.language, date=article.date,
        negated=rng.random() < 0.05, confidence=round(rng.uniform(0.5, 0.95), 2), extractor="synthetic",
    )  # fmt: skip


def synthetic_runs(events: int, seed: int = 14) -> Iterator[tuple[Article, list[Triple]]]:
    """(article, its triples) until `events` triples are made; article i depends only on (seed, i)."""
    ranked, relations = _ranked(_actors()), sorted(relation_types())
    made, i = 0, 0
    while made < events:
        rng = random.Random(seed * 1_000_003 + i)
        day = (START + timedelta(days=i % 1400)).isoformat()
        article = Article(id=f"syn-{seed}-{i:07d}", text="", title=f"Synthetic article {i}", date=day,
                          url=f"https://synthetic.example/{seed}/{i}", language="id" if i % 3 == 2 else "en",
                          origin="synthetic")  # fmt: skip
        count = min(rng.randint(1, 7), events - made)
        triples = [_triple(article, k, rng.choice(relations), _pick(rng, ranked), rng) for k in range(count)]
        made, i = made + count, i + 1
        yield article, triples


def write_output(out_dir: Path, events: int, seed: int = 14, *, dated: bool = True) -> Path:
    """Write OUT/{articles,triples,actors,article_actors,errors}.jsonl with `events` triples (and, `dated`,
    event dates and events.jsonl as a build writes them); returns OUT."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, int] = defaultdict(int)
    files = ("articles.jsonl", "triples.jsonl", ARTICLE_ACTORS_FILE)
    handles = [(out_dir / name).open("w", encoding="utf-8", newline="\n") for name in files]
    try:
        articles, triples, contributions = handles
        for article, run in synthetic_runs(events, seed):
            articles.write(dumps(article.to_dict()) + "\n")
            triples.writelines(dumps(triple.to_dict()) + "\n" for triple in run)
            found = [mention for triple in run for mention in (triple.source, triple.target)]
            contributions.write(dumps(ArticleActors.of(article.id, found, (), lambda _: True).to_dict()) + "\n")
            for mention in found:
                seen[mention.actor.id].add(article.id)
                mentions[mention.actor.id] += 1
    finally:
        for handle in handles:
            handle.close()
    write_jsonl(out_dir / "actors.jsonl", (record.to_dict() for record in _actor_records(mentions, seen)))
    (out_dir / "errors.jsonl").write_text("", encoding="utf-8")
    if dated:
        from graphbuild.timeline.dedup import date_output

        date_output(out_dir)
    return out_dir

"""A synthetic output folder of any size (actors, articles, triples made with the model classes).

Used by `bench/export.py` and the scale tests: `write_synthetic_output(folder, nodes=5000, edges=20000)` writes
`actors.jsonl`, `articles.jsonl` and `triples.jsonl` whose graph has exactly `nodes` actors and `edges`
aggregated edges (one event each, plus extra events on a few), with communities and hubs like real news.
"""

from __future__ import annotations

import random
from pathlib import Path

from graphbuild.model import ACTOR_TYPES, RELATIONS, Actor, ActorRecord, Article, Mention, Trigger, Triple, write_jsonl


def synthetic_actors(count: int) -> list[Actor]:
    actors = []
    for i in range(count):
        if i < 50:  # the first 50 are states (the hubs), the others persons, organisations and groups
            actors.append(Actor(id=f"C{i:02d}", name=f"State {i}", type="Country", iso3=f"C{i:02d}"))
        else:
            kind = ACTOR_TYPES[1 + i % (len(ACTOR_TYPES) - 1)]
            actors.append(Actor(id=f"actor-{i}", name=f"Actor {i}", type=kind, country=f"C{i % 50:02d}"))
    return actors


def synthetic_triples(actors: list[Actor], edges: int, seed: int = 1) -> tuple[list[Triple], list[Article]]:
    rng = random.Random(seed)
    n = len(actors)
    communities = max(1, n // 100)
    seen: set[tuple[int, str, int]] = set()
    triples: list[Triple] = []
    articles = [Article(id=f"art-{i}", text="", title=f"Article {i}", url=f"https://news.example/{i}",
                        date=f"202{i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}", language=("en", "id")[i % 2])
                for i in range(max(1, edges // 10))]  # fmt: skip
    while len(seen) < edges:
        u = rng.randrange(n) if rng.random() < 0.9 else rng.randrange(min(n, 50))
        community = u % communities
        v = (rng.randrange(n // communities or 1) * communities + community) % n if rng.random() < 0.8 \
            else rng.randrange(n)  # fmt: skip
        relation = RELATIONS[rng.randrange(len(RELATIONS))]
        if u == v or (u, relation, v) in seen:
            continue
        seen.add((u, relation, v))
        article = articles[rng.randrange(len(articles))]
        sentence = f"{actors[u].name} and {actors[v].name}: {relation.lower()} event number {len(seen)}."
        for repeat in range(1 if rng.random() < 0.9 else 3):
            triples.append(Triple(
                article_id=article.id, relation=relation,
                source=Mention(actors[u], actors[u].name, 0, len(actors[u].name)),
                target=Mention(actors[v], actors[v].name, 10 + repeat, 10 + repeat + len(actors[v].name)),
                trigger=Trigger(relation.lower(), 5, 9, f"synthetic.{relation.lower()}"),
                sentence=sentence, language=article.language, date=article.date, extractor="synthetic",
            ))  # fmt: skip
    return triples, articles


def write_synthetic_output(folder: Path, nodes: int, edges: int, seed: int = 1) -> Path:
    """Write a synthetic output folder with `nodes` actors and `edges` aggregated edges."""
    folder.mkdir(parents=True, exist_ok=True)
    actors = synthetic_actors(nodes)
    triples, articles = synthetic_triples(actors, edges, seed)
    write_jsonl(folder / "actors.jsonl", (ActorRecord(actor, mentions=1).to_dict() for actor in actors))
    write_jsonl(folder / "articles.jsonl", (article.to_dict() for article in articles))
    write_jsonl(folder / "triples.jsonl", (triple.to_dict() for triple in triples))
    return folder

"""A small output folder made with the model classes, shared by the graph, export and HTML tests.

It holds 8 actors (one without any event), 4 articles (one hostile: HTML/JS in its title, sentence and URL),
10 triples of which 2 are negated, aggregating to 7 edges.
"""

from __future__ import annotations

from pathlib import Path

from graphbuild.model import Actor, ActorRecord, Article, Mention, Trigger, Triple, write_jsonl

RUS = Actor("RUS", "Russia", "Country", iso3="RUS")
PRK = Actor("PRK", "North Korea", "Country", iso3="PRK")
UKR = Actor("UKR", "Ukraine", "Country", iso3="UKR")
USA = Actor("USA", "United States", "Country", iso3="USA")
IDN = Actor("IDN", "Indonesia", "Country", iso3="IDN")
KIM = Actor("kim-jong-un", "Kim Jong Un", "Person", country="PRK")
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "Person", country="RUS")
HOSTILE_NAME = '</script><script>window.__pwnedName=1;alert("1")</script> \\ end'
EVIL = Actor("evil-group", HOSTILE_NAME, "Group")
ACTORS = (RUS, PRK, UKR, USA, IDN, KIM, PUTIN, EVIL)

HOSTILE_TITLE = "<script>window.__pwnedTitle=1;alert(1)</script> Breaking &amp; news \u2028 line"
HOSTILE_SENTENCE = '"><img src=x onerror="window.__pwnedImg=1;alert(1)"> threatens the United States'
HOSTILE_URL = "javascript:window.__pwnedUrl=1;alert(1)"

ARTICLES = (
    Article("a1", "", title="Kim pledges full support", url="https://news.example/a1", date="2023-06-12",
            language="id"),
    Article("a2", "", title="Russia attacks Ukraine", url="https://news.example/a2", date="2024-02-24",
            language="en"),
    Article("a3", "", title=HOSTILE_TITLE, url=HOSTILE_URL, date="2024-05-01", language="en"),
    Article("a4", "", title="New sanctions", url="https://news.example/a4?x=1&y=<2>", date="2025-01-10",
            language="en"),
)  # fmt: skip


def _triple(article: str, relation: str, src: Actor, dst: Actor, sentence: str, language: str,
            date: str | None, *, at: int = 0, negated: bool = False,
            goldstein: float | None = None) -> Triple:
    return Triple(
        article_id=article, relation=relation,
        source=Mention(src, src.name, at, at + len(src.name)),
        target=Mention(dst, dst.name, at + 40, at + 40 + len(dst.name)),
        trigger=Trigger(relation.lower(), at + 20, at + 25, f"test.{relation.lower()}"),
        sentence=sentence, language=language, date=date, negated=negated, goldstein=goldstein,
        extractor="fixture",
    )  # fmt: skip


TRIPLES = (
    _triple("a1", "SUPPORT", KIM, RUS, "Kim juga memberikan dukungan penuh pada Rusia.", "id", "2023-06-12"),
    _triple("a4", "SUPPORT", KIM, RUS, "Kim again backed Russia.", "en", "2025-01-10", at=100),
    _triple("a2", "ASSAULT", RUS, UKR, "Russia attacked Ukraine on Thursday.", "en", "2024-02-24"),
    _triple("a2", "ASSAULT", RUS, UKR, "Russia did not attack Kyiv.", "en", "2024-02-24", at=200, negated=True),
    _triple("a4", "SANCTION", USA, RUS, "The United States imposed sanctions on Russia.", "en", "2025-01-10"),
    _triple("a4", "ACCUSE", USA, RUS, "Washington accused Moscow of lying.", "en", "2025-01-10", at=300,
            goldstein=-3.0),
    _triple("a3", "THREATEN", EVIL, USA, HOSTILE_SENTENCE, "en", "2024-05-01"),
    _triple("a1", "CONSULT", PUTIN, KIM, "Putin bertemu Kim di Vladivostok.", "id", "2023-06-12", at=400),
    _triple("a2", "REQUEST", UKR, USA, "Ukraine asked the United States for help.", "en", None, at=500),
    _triple("a2", "REJECT", PRK, USA, "North Korea did not reject the talks.", "en", "2024-02-24", at=600,
            negated=True),
)  # fmt: skip

EDGES = {
    ("kim-jong-un", "SUPPORT", "RUS"): 2,
    ("RUS", "ASSAULT", "UKR"): 1,
    ("USA", "SANCTION", "RUS"): 1,
    ("USA", "ACCUSE", "RUS"): 1,
    ("evil-group", "THREATEN", "USA"): 1,
    ("vladimir-putin", "CONSULT", "kim-jong-un"): 1,
    ("UKR", "REQUEST", "USA"): 1,
}


def write_fixture_output(folder: Path) -> Path:
    """Write actors.jsonl, articles.jsonl and triples.jsonl of the fixture into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    write_jsonl(folder / "actors.jsonl", (ActorRecord(actor, mentions=2).to_dict() for actor in ACTORS))
    write_jsonl(folder / "articles.jsonl", (article.to_dict() for article in ARTICLES))
    write_jsonl(folder / "triples.jsonl", (triple.to_dict() for triple in TRIPLES))
    return folder

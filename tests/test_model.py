"""The model: the triples.jsonl contract round-trips exactly, ids are deterministic."""

from __future__ import annotations

import json

import pytest

from graphbuild.model import Actor, Article, Mention, Span, Trigger, Triple, dumps

KIM = Actor("kim-jong-un", "Kim Jong Un", "Person", country="PRK", wikidata="Q56226")
RUSSIA = Actor("RUS", "Russia", "Country", iso3="RUS", wikidata="Q159")


def make_triple(**changes: object) -> Triple:
    fields: dict[str, object] = dict(
        article_id="kontan-kim-putin", relation="SUPPORT",
        source=Mention(KIM, "Kim", 812, 815), target=Mention(RUSSIA, "Rusia", 851, 856),
        trigger=Trigger("dukungan", 832, 840, "id.support.dukung"),
        sentence="Tidak lupa, Kim juga memberikan dukungan penuh pada Rusia.", language="id", date="2023-06-12",
        confidence=0.82, extractor="graphbuild-lexicon/0.1.0", cameo="050", goldstein=3.5, sentence_start=800,
    )
    fields.update(changes)
    return Triple(**fields)  # type: ignore[arg-type]


def test_triple_json_has_the_contract_fields() -> None:
    data = make_triple().to_dict()
    assert data["source"] == {"id": "kim-jong-un", "name": "Kim Jong Un", "type": "Person", "country": "PRK",
                              "wikidata": "Q56226", "mention": "Kim", "start": 812, "end": 815}
    assert data["target"]["iso3"] == "RUS" and "country" not in data["target"]
    assert data["trigger"] == {"text": "dukungan", "start": 832, "end": 840, "rule": "id.support.dukung"}
    for key in ("id", "article_id", "relation", "negated", "mode", "sentence", "language", "date", "confidence",
                "extractor", "cameo", "goldstein"):
        assert key in data


def test_round_trip_is_exact() -> None:
    triple = make_triple()
    line = dumps(triple.to_dict())
    again = Triple.from_dict(json.loads(line))
    assert again == triple
    assert dumps(again.to_dict()) == line


def test_unknown_date_is_written_as_null() -> None:
    assert make_triple(date=None).to_dict()["date"] is None


def test_ids_are_deterministic_and_distinguish_events() -> None:
    assert make_triple().id == make_triple().id
    assert make_triple().id != make_triple(relation="AGREE").id
    assert make_triple().id != make_triple(negated=True).id
    assert len(make_triple().id) == 12


def test_only_states_carry_iso3_and_types_are_checked() -> None:
    with pytest.raises(ValueError, match="only a Country"):
        Actor("x", "X", "Person", iso3="RUS")
    with pytest.raises(ValueError, match="unknown type"):
        Actor("x", "X", "Planet")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown relation"):
        make_triple(relation="LIKE")


def test_article_segments_skip_excluded_spans() -> None:
    article = Article("a", "0123456789", excluded=[Span(2, 4, "dateline"), Span(6, 8, "furniture")])
    assert list(article.segments()) == [(0, 2), (4, 6), (8, 10)]
    assert Article.from_dict(json.loads(dumps(article.to_dict()))) == article

"""The RDF and Neo4j loaders stream the build output: triples are read one article at a time, an article's
triples split over several runs of lines load the same graph, a bad line leaves the old RDF store untouched and
the Neo4j aggregates consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.model import RELATIONS
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import aggregate_checksum, load_output, read, store_counts
from graphbuild.neo4j.records import Neo4jInputError, OutputReader
from graphbuild.rdf import export
from graphbuild.rdf import load_output as load_rdf
from graphbuild.rdf.store import Output, RdfInputError
from tests.fixtures import rdf_world
from tests.neo4j_corpus import base_corpus, expected_aggregates, write_corpus


def nquads(store_dir: Path, target: Path) -> list[str]:
    export(store_dir, "nquads", target)
    return sorted(target.read_text(encoding="utf-8").splitlines())


def test_triples_are_read_one_article_at_a_time(tmp_path: Path) -> None:
    """The first article's group comes out before the reader has reached the broken last line."""
    folder = rdf_world.write_output(tmp_path / "out")
    lines = (folder / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    first_article = json.loads(lines[0])["article_id"]
    (folder / "triples.jsonl").write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    groups = Output.read(folder).groups()
    article, triples = next(groups)
    assert article.id == first_article and article.title
    assert [t.article_id for t in triples] == [first_article] * sum(
        1 for line in lines if json.loads(line)["article_id"] == first_article)
    with pytest.raises(RdfInputError, match=rf"triples\.jsonl:{len(lines) + 1}: not JSON"):
        list(groups)


def test_any_line_order_gives_the_same_store(tmp_path: Path) -> None:
    """An article's triples in several runs (and articles.jsonl in another order) load the same quads."""
    ordered = rdf_world.write_output(tmp_path / "ordered")
    load_rdf(ordered)
    mixed = rdf_world.write_output(tmp_path / "mixed")
    for name in ("triples.jsonl", "articles.jsonl"):
        lines = (mixed / name).read_text(encoding="utf-8").splitlines()
        (mixed / name).write_text("\n".join(lines[1::2] + lines[::2]) + "\n", encoding="utf-8")
    runs = [json.loads(line)["article_id"] for line in (mixed / "triples.jsonl").read_text().splitlines()]
    assert len(runs) > len({*runs}) + 1  # articles do come back after another article's lines
    load_rdf(mixed)
    assert nquads(mixed / "rdf", tmp_path / "m.nq") == nquads(ordered / "rdf", tmp_path / "o.nq")


def test_a_bad_line_leaves_the_old_store_as_it_was(tmp_path: Path) -> None:
    folder = rdf_world.write_output(tmp_path / "out")
    load_rdf(folder)
    before = nquads(folder / "rdf", tmp_path / "before.nq")
    with (folder / "triples.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"article_id": "x", "relation": "HUG"}) + "\n")
    with pytest.raises(RdfInputError, match=r"triples\.jsonl:12: cannot map"):
        load_rdf(folder)
    assert nquads(folder / "rdf", tmp_path / "after.nq") == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("rdf")) == ["rdf"]


# --- Neo4j -----------------------------------------------------------------------------------------------------


def test_neo4j_reader_yields_runs_before_reading_the_whole_file(tmp_path: Path) -> None:
    out = write_corpus(tmp_path / "out", base_corpus())
    with (out / "triples.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    runs = OutputReader(out).runs()
    first = next(runs)
    assert first.article == "art-1" and len(first.events) == 3 and set(first.actors) == {"RUS", "UKR", "USA"}
    with pytest.raises(Neo4jInputError, match=r"triples\.jsonl:10: not JSON"):
        list(runs)


def _shuffled(out: Path) -> Path:
    """The same output with each article's triples split into runs far apart (every other line first)."""
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    (out / "triples.jsonl").write_text("\n".join(lines[::2] + lines[1::2]) + "\n", encoding="utf-8")
    return out


@pytest.mark.neo4j
def test_neo4j_any_line_order_and_batch_size_give_the_same_graph(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    corpus = base_corpus()
    load_output(write_corpus(tmp_path / "ordered", corpus), neo4j_empty)
    with connected(neo4j_empty) as driver:
        before, digest = store_counts(driver, neo4j_empty.database), aggregate_checksum(driver, neo4j_empty.database)
    report = load_output(_shuffled(write_corpus(tmp_path / "mixed", corpus)), neo4j_empty, batch_size=2)
    assert report.retracted_events == 0 and report.events == 9
    with connected(neo4j_empty) as driver:
        assert store_counts(driver, neo4j_empty.database) == before
        assert aggregate_checksum(driver, neo4j_empty.database) == digest
    assert aggregates_of(neo4j_empty) == expected_aggregates(corpus)


def aggregates_of(config: Neo4jConfig) -> dict[tuple[str, str, str], dict[str, object]]:
    with connected(config) as driver:
        rows = read(driver, config.database, "MATCH (a:Actor)-[x]->(b:Actor) WHERE type(x) IN $types "
                    "RETURN a.id AS s, type(x) AS t, b.id AS o, properties(x) AS p", types=list(RELATIONS))  # fmt: skip
    return {(r["s"], r["t"], r["o"]): r["p"] for r in rows}


@pytest.mark.neo4j
def test_neo4j_a_bad_line_stops_the_load_with_consistent_aggregates(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    """Events before the bad line are loaded in batches; their aggregates are recomputed before the error."""
    corpus = base_corpus()
    out = write_corpus(tmp_path / "out", corpus)
    good = (out / "triples.jsonl").read_text(encoding="utf-8")
    lines = good.splitlines()
    (out / "triples.jsonl").write_text("\n".join([*lines[:6], "{not json", *lines[6:]]) + "\n", encoding="utf-8")
    with pytest.raises(Neo4jInputError, match=r"triples\.jsonl:7: not JSON"):
        load_output(out, neo4j_empty, batch_size=3)
    # art-1's batch was written; art-2's run was still open (its end is the next line) when line 7 failed
    assert aggregates_of(neo4j_empty) == expected_aggregates(corpus[:1])
    with connected(neo4j_empty) as driver:
        assert store_counts(driver, neo4j_empty.database)["Event"] == 3
    (out / "triples.jsonl").write_text(good, encoding="utf-8")
    report = load_output(out, neo4j_empty, batch_size=3)
    assert report.events == 9 and report.retracted_events == 0
    assert aggregates_of(neo4j_empty) == expected_aggregates(corpus)

"""The RDF loader streams the build output: triples are read one article at a time, an article's triples split
over several runs of lines load the same graph, and a bad line leaves the old store untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.rdf import export, load_output
from graphbuild.rdf.store import Output, RdfInputError
from tests.fixtures import rdf_world


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
    load_output(ordered)
    mixed = rdf_world.write_output(tmp_path / "mixed")
    for name in ("triples.jsonl", "articles.jsonl"):
        lines = (mixed / name).read_text(encoding="utf-8").splitlines()
        (mixed / name).write_text("\n".join(lines[1::2] + lines[::2]) + "\n", encoding="utf-8")
    runs = [json.loads(line)["article_id"] for line in (mixed / "triples.jsonl").read_text().splitlines()]
    assert len(runs) > len({*runs}) + 1  # articles do come back after another article's lines
    load_output(mixed)
    assert nquads(mixed / "rdf", tmp_path / "m.nq") == nquads(ordered / "rdf", tmp_path / "o.nq")


def test_a_bad_line_leaves_the_old_store_as_it_was(tmp_path: Path) -> None:
    folder = rdf_world.write_output(tmp_path / "out")
    load_output(folder)
    before = nquads(folder / "rdf", tmp_path / "before.nq")
    with (folder / "triples.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"article_id": "x", "relation": "HUG"}) + "\n")
    with pytest.raises(RdfInputError, match=r"triples\.jsonl:12: cannot map"):
        load_output(folder)
    assert nquads(folder / "rdf", tmp_path / "after.nq") == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("rdf")) == ["rdf"]

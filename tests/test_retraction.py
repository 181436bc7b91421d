"""Retracting an article is the same as never loading it, in the RDF store and in Neo4j: the store after the
retraction equals, quad for quad (node for node, relationship for relationship), one loaded from a real build
of the same inputs without that article. Replacing an article equals a fresh load of the new output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.article_actors import ARTICLE_ACTORS_FILE, ArticleActorsMissing, read_article_actors, refold_actors
from graphbuild.model import read_jsonl
from graphbuild.neo4j.connection import Neo4jConfig
from graphbuild.neo4j.loader import load_output as neo4j_load
from graphbuild.rdf import aggregates
from graphbuild.rdf.aggregates import AGGREGATES_GRAPH, aggregate_quads
from graphbuild.rdf.store import load_articles, load_output, open_store, remove_article
from tests.neo4j_corpus import base_corpus, write_corpus
from tests.retract_corpus import (
    INPUTS,
    SHARED,
    TEXT_ACTORS,
    UNIQUE,
    build_corpus,
    differences,
    neo4j_dump,
    rdf_dump,
)  # fmt: skip

RETRACTED = (SHARED, UNIQUE, TEXT_ACTORS)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The full build, a build without each retracted article, and the build with `fiji-jakarta` re-written."""
    root = tmp_path_factory.mktemp("retract")
    built = {"full": build_corpus(root / "full"), "rewritten": build_corpus(root / "rewritten", rewritten=True)}
    for article in RETRACTED:
        built[article] = build_corpus(root / f"without-{article}", without=article)
    return built


def test_the_corpus_has_the_cases(outputs: dict[str, Path]) -> None:
    """The shared article shares actors, the unique one shares none, the text actors are described apart."""
    records = {row["id"]: row for row in read_jsonl(outputs["full"] / "actors.jsonl")}
    mentioned = {article: {aid for aid, row in records.items() if article in row["articles"]} for article in INPUTS}
    others = set().union(*(ids for article, ids in mentioned.items() if article != SHARED))
    assert mentioned[SHARED] & others and mentioned[SHARED] - others
    assert not mentioned[UNIQUE] & set().union(*(ids for a, ids in mentioned.items() if a != UNIQUE))
    assert records["tavita-rokobua"]["origin"] == "text" and records["tavita-rokobua"]["country"] == "FJI"
    without = {row["id"]: row for row in read_jsonl(outputs[TEXT_ACTORS] / "actors.jsonl")}
    assert "country" not in without["tavita-rokobua"] and not without["tavita-rokobua"]["affiliations"]


@pytest.mark.parametrize("article", [*RETRACTED, None])
def test_refolding_the_article_actors_gives_the_reduced_builds_actors(outputs: dict[str, Path],
                                                                      article: str | None) -> None:  # fmt: skip
    full = list(read_jsonl(outputs["full"] / "actors.jsonl"))
    refolded = refold_actors(full, read_article_actors(outputs["full"]), lambda art: art != article)
    expected = outputs[article] if article else outputs["full"]
    assert refolded == list(read_jsonl(expected / "actors.jsonl"))


@pytest.mark.parametrize("article", RETRACTED)
def test_rdf_remove_equals_a_store_that_never_had_the_article(outputs: dict[str, Path], tmp_path: Path,
                                                              article: str) -> None:  # fmt: skip
    load_output(outputs["full"], tmp_path / "retracted")
    removed = remove_article(outputs["full"], article, tmp_path / "retracted")
    load_output(outputs[article], tmp_path / "never")
    retracted, never = rdf_dump(tmp_path / "retracted"), rdf_dump(tmp_path / "never")
    assert retracted == never, differences(retracted, never)
    assert removed > 0


def test_rdf_remove_twice_then_reload_gives_the_full_store_back(outputs: dict[str, Path], tmp_path: Path) -> None:
    load_output(outputs["full"], tmp_path / "store")
    full = rdf_dump(tmp_path / "store")
    remove_article(outputs["full"], SHARED, tmp_path / "store")
    remove_article(outputs["full"], TEXT_ACTORS, tmp_path / "store")
    load_articles(outputs["full"], [TEXT_ACTORS], tmp_path / "store")
    load_output(outputs[SHARED], tmp_path / "never")
    assert rdf_dump(tmp_path / "store") == rdf_dump(tmp_path / "never")
    load_articles(outputs["full"], [SHARED], tmp_path / "store")
    assert rdf_dump(tmp_path / "store") == full


def test_rdf_replace_equals_a_fresh_load(outputs: dict[str, Path], tmp_path: Path) -> None:
    load_output(outputs["full"], tmp_path / "replaced")
    load_articles(outputs["rewritten"], [TEXT_ACTORS], tmp_path / "replaced")
    load_output(outputs["rewritten"], tmp_path / "fresh")
    replaced, fresh = rdf_dump(tmp_path / "replaced"), rdf_dump(tmp_path / "fresh")
    assert replaced == fresh, differences(replaced, fresh)


def _aggregates_and_recomputed(store_dir: Path) -> tuple[set[str], set[str]]:
    """The store's aggregates graph, and the one a full recompute from its events gives."""
    store = open_store(store_dir, read_only=True)
    held = {str(quad) for quad in store.quads_for_pattern(None, None, None, AGGREGATES_GRAPH)}
    return held, {str(quad) for quad in aggregate_quads(store)}


def test_rdf_incremental_aggregates_equal_a_full_recompute(outputs: dict[str, Path], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Every article removed in turn, then loaded back one by one, and the re-written article loaded over its
    old version: each step recomputes only the changed articles' dyads (never the whole graph, whatever their
    share), and the aggregates graph equals a full recompute of the store's events after every step; at the
    end the whole store equals a fresh load."""
    monkeypatch.setattr(aggregates, "INCREMENTAL_SHARE", float("inf"))
    store = tmp_path / "store"
    load_output(outputs["full"], store)
    full = rdf_dump(store)
    steps = [("remove", article) for article in INPUTS] + [("load", article) for article in reversed(INPUTS)]
    sizes = []
    for action, article in steps:
        remove_article(outputs["full"], article, store) if action == "remove" else \
            load_articles(outputs["full"], [article], store)  # fmt: skip
        held, recomputed = _aggregates_and_recomputed(store)
        assert held == recomputed, (action, article, sorted(held ^ recomputed)[:6])
        sizes.append(len(held))
    assert sizes[len(INPUTS) - 1] == 0 and min(sizes[: len(INPUTS) - 1]) > 0  # emptied, then refilled
    assert rdf_dump(store) == full
    load_articles(outputs["rewritten"], [TEXT_ACTORS], store)
    held, recomputed = _aggregates_and_recomputed(store)
    assert held == recomputed
    load_output(outputs["rewritten"], tmp_path / "fresh")
    assert rdf_dump(store) == rdf_dump(tmp_path / "fresh")


def test_rdf_remove_needs_the_article_actors_file(outputs: dict[str, Path], tmp_path: Path) -> None:
    old = shutil.copytree(outputs["full"], tmp_path / "old")
    (old / ARTICLE_ACTORS_FILE).unlink()
    load_output(old, tmp_path / "store")
    before = rdf_dump(tmp_path / "store")
    with pytest.raises(ArticleActorsMissing, match="rebuild"):
        remove_article(old, SHARED, tmp_path / "store")
    assert rdf_dump(tmp_path / "store") == before  # refused before anything was touched


def test_a_bad_article_actors_line_is_named(outputs: dict[str, Path], tmp_path: Path) -> None:
    bad = shutil.copytree(outputs["full"], tmp_path / "bad")
    lines = (bad / ARTICLE_ACTORS_FILE).read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"article": "x", "mentions": {"RUS": "many"}})
    (bad / ARTICLE_ACTORS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{ARTICLE_ACTORS_FILE}:2"):
        list(read_article_actors(bad))


@pytest.mark.neo4j
@pytest.mark.parametrize("article", RETRACTED)
def test_neo4j_retraction_equals_a_database_that_never_had_the_article(
        outputs: dict[str, Path], neo4j_empty: Neo4jConfig, article: str) -> None:  # fmt: skip
    neo4j_load(outputs["full"], neo4j_empty)
    report = neo4j_load(outputs[article], neo4j_empty, replace_articles=[article])
    assert report.removed_articles == [article]
    retracted = neo4j_dump(neo4j_empty)
    neo4j_empty_database(neo4j_empty)
    neo4j_load(outputs[article], neo4j_empty)
    never = neo4j_dump(neo4j_empty)
    for part in ("nodes", "relationships"):
        assert retracted[part] == never[part], differences(retracted[part], never[part])


@pytest.mark.neo4j
@pytest.mark.parametrize("replace", [[TEXT_ACTORS], []], ids=["replace-article", "whole-output"])
def test_neo4j_replace_equals_a_fresh_load(outputs: dict[str, Path], neo4j_empty: Neo4jConfig,
                                           replace: list[str]) -> None:  # fmt: skip
    """The article re-written (another armed group, Malaysia instead of Prabowo): loading it over the old one,
    alone or with the whole output, gives what loading the new output from the start gives."""
    neo4j_load(outputs["full"], neo4j_empty)
    neo4j_load(outputs["rewritten"], neo4j_empty, replace_articles=replace)
    replaced = neo4j_dump(neo4j_empty)
    neo4j_empty_database(neo4j_empty)
    neo4j_load(outputs["rewritten"], neo4j_empty)
    fresh = neo4j_dump(neo4j_empty)
    for part in ("nodes", "relationships"):
        assert replaced[part] == fresh[part], differences(replaced[part], fresh[part])


def neo4j_empty_database(config: Neo4jConfig) -> None:
    from graphbuild.neo4j.connection import connected
    from graphbuild.neo4j.loader import clear

    with connected(config) as driver:
        clear(driver, config.database)


@pytest.mark.parametrize("article", ["kontan-kim-putin", "voa-en-2"])
def test_rdf_remove_with_actors_only_triples_describe(tmp_path: Path, article: str) -> None:
    """Ukraine and Kim absent from actors.jsonl: described from their first triple, in the first article by id;
    removing that article describes them from the next one that has them."""
    from tests.fixtures import rdf_world

    full = rdf_world.write_output(tmp_path / "full", undescribed=("UKR", "kim-jong-un"))
    never = rdf_world.write_output(tmp_path / "never", without=article, undescribed=("UKR", "kim-jong-un"))
    load_output(full)
    remove_article(full, article)
    load_output(never)
    assert rdf_dump(full / "rdf") == rdf_dump(never / "rdf")
    assert '<https://w3id.org/graphbuild/id/actor/UKR> <https://w3id.org/graphbuild/ontology#actorOrigin> "triple" ' \
           '<https://w3id.org/graphbuild/graph/actors>' in rdf_dump(never / "rdf")


def test_cli_rdf_remove_of_an_old_output_is_refused_with_status_2(outputs: dict[str, Path], tmp_path: Path) -> None:
    old = shutil.copytree(outputs["full"], tmp_path / "old")
    (old / ARTICLE_ACTORS_FILE).unlink()
    load_output(old)
    done = subprocess.run([sys.executable, "-m", "graphbuild", "rdf", "remove", str(old), SHARED],
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 2 and ARTICLE_ACTORS_FILE in done.stderr and "Traceback" not in done.stderr


@pytest.mark.neo4j
def test_neo4j_retracting_a_placeholder_article(neo4j_empty: Neo4jConfig, tmp_path: Path) -> None:
    """art-2's events are in triples.jsonl but articles.jsonl lacks it (a placeholder Article node): retracting
    it leaves what a load without it gives (its shared actors stay, the aggregates it counted in drop)."""
    corpus = base_corpus()
    full = write_corpus(tmp_path / "full", corpus)
    lines = (full / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    (full / "articles.jsonl").write_text("\n".join(line for line in lines if '"art-2"' not in line) + "\n",
                                         encoding="utf-8")  # fmt: skip
    reduced = write_corpus(tmp_path / "reduced", [item for item in corpus if item[0].id != "art-2"])
    neo4j_load(full, neo4j_empty)
    placeholder = "(['Article'], [('id', 'art-2'), ('language', 'und'), ('title', '')])"
    assert [row for row in neo4j_dump(neo4j_empty)["nodes"] if "art-2" in row] == [placeholder]
    neo4j_load(reduced, neo4j_empty, replace_articles=["art-2"])
    retracted = neo4j_dump(neo4j_empty)
    neo4j_empty_database(neo4j_empty)
    neo4j_load(reduced, neo4j_empty)
    assert retracted == neo4j_dump(neo4j_empty)

"""Real builds for the retraction tests: a corpus of article files, the same corpus without one article, and
the corpus with one article re-written; complete dumps of an RDF store and of a Neo4j database to compare.

The articles: `kontan-kim-putin` shares Russia, Ukraine, the US and North Korea with other articles, while its
two leaders (and the Workers' Party the gazetteer ties Kim to) are its alone; `sample-jsonl-en-01` (India and
Pakistan) shares nothing; `fiji-jakarta` and `fiji-australia` share two actors the gazetteer does not know,
described differently by each (`fiji-jakarta` gives Tavita Rokobua a country and a text tie to Fiji)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphbuild.api import BuildOptions, build
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import read
from graphbuild.rdf.store import open_store

PROJECT = Path(__file__).resolve().parents[1]
FIXTURES = PROJECT / "tests" / "fixtures" / "retract"
SAMPLES = PROJECT / "data" / "samples"
INPUTS = {
    "kontan-kim-putin": SAMPLES / "kontan-kim-putin.txt",
    "sample-en-sanctions": SAMPLES / "sample-en-sanctions.md",
    "sample-id-asean": SAMPLES / "sample-id-asean.txt",
    "sample-en-ministers": SAMPLES / "sample-en-ministers.txt",
    "sample-jsonl-en-01": FIXTURES / "india-pakistan.jsonl",
    "fiji-jakarta": FIXTURES / "fiji-jakarta.txt",
    "fiji-australia": FIXTURES / "fiji-australia.txt",
}
SHARED, UNIQUE, TEXT_ACTORS = "kontan-kim-putin", "sample-jsonl-en-01", "fiji-jakarta"
REWRITTEN = {"fiji-jakarta": FIXTURES / "v2" / "fiji-jakarta.txt"}  # a new version of the article


def build_corpus(out: Path, without: str | None = None, rewritten: bool = False) -> Path:
    """A real build (no RDF, no exports) of the corpus, optionally without one article or with the
    re-written versions."""
    inputs = {**INPUTS, **(REWRITTEN if rewritten else {})}
    files = [str(path) for article, path in inputs.items() if article != without]
    # the parser path: it finds the text actor of TEXT_ACTORS in another article too (the case the tests need)
    summary = build(files, out, BuildOptions(rdf=False, exports=False, parser="auto"))
    assert summary.exit_code == 0 and summary.errors == 0, summary
    return out


def rdf_dump(store_dir: Path) -> list[str]:
    """Every quad of the store as an N-Quads line, sorted (the mapping uses no blank nodes)."""
    store = open_store(store_dir, read_only=True)
    return sorted(str(quad) for quad in store.quads_for_pattern(None, None, None, None))


def neo4j_dump(config: Neo4jConfig) -> dict[str, list[Any]]:
    """Every node (labels, properties) and relationship (type, properties, end nodes by their `id`
    property), sorted; Neo4j's internal ids are the only thing left out (the loader writes no timestamps)."""
    with connected(config) as driver:
        nodes = read(driver, config.database, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
        rels = read(driver, config.database, "MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, "
                    "properties(r) AS props, b.id AS end")  # fmt: skip
    node_rows = sorted(repr((sorted(row["labels"]), sorted(row["props"].items()))) for row in nodes)
    rel_rows = sorted(repr((row["start"], row["type"], sorted(row["props"].items()), row["end"])) for row in rels)
    return {"nodes": node_rows, "relationships": rel_rows}


def differences(left: list[str], right: list[str]) -> dict[str, list[str]]:
    """What only one side has (for a readable assertion message)."""
    return {"only_left": sorted(set(left) - set(right)), "only_right": sorted(set(right) - set(left))}

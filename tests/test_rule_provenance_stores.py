"""Rule provenance reaches the stores: a real build's `trigger.rule`, `source.rule`, `target.rule` and `rules`
come back from the RDF store (SPARQL) and from Neo4j (Event properties), for every triple."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import load_output, read
from graphbuild.rdf.vocab import GB
from tests.test_rules import ROLE_SENTENCES

SAMPLES = Path(__file__).parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the bundled samples and the role rules' test sentences (rules only, no parse), with its RDF
    store."""
    folder = tmp_path_factory.mktemp("provenance")
    sentences = folder / "roles.jsonl"
    lines = [json.dumps({"id": f"role-{i}", "text": text, "lang": lang, "date": "2023-06-12"})
             for i, (text, lang, _parser, _expected) in enumerate(ROLE_SENTENCES.values())]  # fmt: skip
    sentences.write_text("\n".join(lines) + "\n", "utf-8")
    out = folder / "out"
    build([str(SAMPLES), str(sentences)], out, BuildOptions(exports=False, parser="none", model="none"))
    return out


def provenance(out: Path) -> dict[str, dict[str, Any]]:
    """Each triple's rule provenance as triples.jsonl has it, by event id."""
    found = {}
    for line in (out / "triples.jsonl").read_text("utf-8").splitlines():
        t = json.loads(line)
        found[t["id"]] = {"rule": t["trigger"]["rule"], "source_rule": t["source"].get("rule"),
                          "target_rule": t["target"].get("rule"), "rules": t["rules"]}  # fmt: skip
    assert len(found) > 20 and all(p["rules"] and p["source_rule"] and p["target_rule"] for p in found.values())
    without_parse = {rule for rule, (_t, _l, parser, _e) in ROLE_SENTENCES.items() if parser == "none"}
    assert {r for p in found.values() for r in p["rules"]} >= without_parse  # every role rule that reads words
    return found


def test_rdf_store_gives_back_every_triples_rule_provenance(built: Path) -> None:
    store = ox.Store.read_only(str(built / "rdf"))
    query = f"""PREFIX gb: <{GB}>
        SELECT ?id ?rule ?source ?target ?ordered (GROUP_CONCAT(?one; separator=" ") AS ?each) WHERE {{
          GRAPH ?g {{ ?e gb:eventId ?id ; gb:rule ?rule ; gb:sourceRule ?source ; gb:targetRule ?target ;
                        gb:codeRules ?ordered ; gb:codeRule ?one }}
        }} GROUP BY ?id ?rule ?source ?target ?ordered"""
    found, each = {}, {}
    for row in store.query(query):
        event = row["id"].value
        assert event not in found, f"{event}: one value of each property"
        found[event] = {"rule": row["rule"].value, "source_rule": row["source"].value,
                        "target_rule": row["target"].value, "rules": row["ordered"].value.split(" ")}  # fmt: skip
        each[event] = sorted(row["each"].value.split(" "))
    expected = provenance(built)
    assert found == expected  # `gb:codeRules` in the order the rules acted
    assert each == {event: sorted(p["rules"]) for event, p in expected.items()}  # one `gb:codeRule` per id


def test_rdf_store_finds_the_events_a_code_rule_shaped(built: Path) -> None:
    store = ox.Store.read_only(str(built / "rdf"))
    rows = store.query(f'PREFIX gb: <{GB}> SELECT ?id WHERE {{ GRAPH ?g {{ ?e gb:codeRule "roles.passive" ; '
                       "gb:eventId ?id } }")  # fmt: skip
    expected = {i for i, p in provenance(built).items() if "roles.passive" in p["rules"]}
    assert expected and {row["id"].value for row in rows} == expected


@pytest.mark.neo4j
def test_neo4j_gives_back_every_triples_rule_provenance(built: Path, neo4j_empty: Neo4jConfig) -> None:
    load_output(built, neo4j_empty)
    with connected(neo4j_empty) as driver:
        rows = read(driver, neo4j_empty.database, "MATCH (e:Event) RETURN e.id AS id, e.rule AS rule, "
                    "e.source_rule AS source_rule, e.target_rule AS target_rule, e.rules AS rules")  # fmt: skip
        passive = read(driver, neo4j_empty.database,
                       "MATCH (e:Event) WHERE 'roles.passive' IN e.rules RETURN e.id AS id")
    expected = provenance(built)
    assert {r["id"]: {k: r[k] for k in ("rule", "source_rule", "target_rule", "rules")} for r in rows} == expected
    assert {r["id"] for r in passive} == {i for i, p in expected.items() if "roles.passive" in p["rules"]}

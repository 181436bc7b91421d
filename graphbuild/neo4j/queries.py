"""The `neo4j` backend of the named-query catalogue (`graphbuild.queries`): runs `queries/NAME.cypher`, the
twin of `queries/NAME.rq` (same name, parameters, columns and row order).

    from graphbuild.queries import run_query
    rows = run_query("who_acts_on", {"target": "RUS"}, backend="neo4j", neo4j=Neo4jConfig.from_env())

Parameters arrive checked by the catalogue (`bind_params`) and travel as Cypher parameters, never spliced
into the text; the runner adds `$quads` (PLOVER type -> CAMEO quad class, from data/relations.yaml).
Values come back plain (int, float rounded like the SPARQL side, str, None).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from neo4j import Driver

from graphbuild.neo4j.connection import Neo4jConfig, connected
from graphbuild.neo4j.loader import read
from graphbuild.queries import NamedQuery, QueryError, bind_params, get_query, normalise, register_backend
from graphbuild.relations import relation_types


def plain(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, bool | int | str) or value is None:
        return value
    return normalise(str(value))


def cypher_params(bound: dict[str, Any]) -> dict[str, Any]:
    return {**bound, "quads": {name: rel.quad for name, rel in relation_types().items()}}


def run_cypher(driver: Driver, database: str, query: NamedQuery, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """Run a catalogue query's Cypher twin with already-checked parameters; rows keyed by its columns."""
    if not query.cypher:
        raise QueryError(f"{query.name}: no Cypher twin (queries/{query.name}.cypher)")
    records = read(driver, database, query.cypher, **cypher_params(bound))
    return [{column: plain(record.get(column)) for column in query.columns} for record in records]


def run_named(driver: Driver, database: str, name: str, params: dict[str, Any] | None = None
              ) -> list[dict[str, Any]]:  # fmt: skip
    """Look a named query up, check its parameters and run it on an open driver."""
    query = get_query(name)
    return run_cypher(driver, database, query, bind_params(query, params))


ACTOR_NAMES = """MATCH (a:Actor)
UNWIND [a.name] + coalesce(a.aliases, []) AS name
RETURN a.id AS id, name"""


def _with_driver(options: dict[str, Any], work: Callable[[Driver, str], Any]) -> Any:
    """`options["neo4j"]`: a Neo4jConfig, a (Driver, database) pair, a Driver, or None (NEO4J_* variables)."""
    target = options.get("neo4j")
    if isinstance(target, tuple):
        driver, database = target
        return work(driver, database)
    if isinstance(target, Driver):
        return work(target, "neo4j")
    config = target if isinstance(target, Neo4jConfig) else Neo4jConfig.from_env()
    with connected(config) as driver:
        return work(driver, config.database)


def _backend(query: NamedQuery, bound: dict[str, Any], options: dict[str, Any]) -> list[dict[str, Any]]:
    return _with_driver(options, lambda driver, database: run_cypher(driver, database, query, bound))


def _actors(options: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Every Actor node's id with its name and each alias (to resolve `actor` parameters given by name)."""
    records = _with_driver(options, lambda driver, database: read(driver, database, ACTOR_NAMES))
    return [(record["id"], record["name"]) for record in records]


KNOWN_IDS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id"


def _known_ids(options: dict[str, Any], ids: list[str]) -> set[str]:
    """Those of `ids` that are Actor nodes (a seek on the actor_id constraint's index)."""
    records = _with_driver(options, lambda driver, database: read(driver, database, KNOWN_IDS, ids=ids))
    return {record["id"] for record in records}


register_backend("neo4j", _backend, _actors, _known_ids)

"""Neo4j: load a build's output over Bolt (`loader`), run the named Cypher queries (`queries`), write CSVs for
`neo4j-admin database import full` (`bulk`). Start a local server with `scripts/neo4j start`."""

from graphbuild.neo4j.connection import Neo4jConfig, StoreUnavailable, open_driver
from graphbuild.neo4j.loader import LoadReport, load_output
from graphbuild.neo4j.records import Neo4jInputError

__all__ = ["LoadReport", "Neo4jConfig", "Neo4jInputError", "StoreUnavailable", "load_output", "open_driver"]

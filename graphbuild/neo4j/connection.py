"""Connecting to Neo4j: settings from flags or NEO4J_* variables, one clear error when it can't be reached."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"


class StoreUnavailable(RuntimeError):
    """Neo4j could not be reached or refused us: the CLI prints `str(error)` and exits with status 3."""

    def __init__(self, uri: str, reason: str) -> None:
        reason = " ".join(reason.split())  # the driver's messages span lines; the CLI prints one
        super().__init__(f"cannot use Neo4j at {uri}: {reason}")
        self.uri = uri
        self.reason = reason


@dataclass(frozen=True)
class Neo4jConfig:
    """Where and as whom to connect. `from_env` fills what is not given from NEO4J_URI/USER/PASSWORD/DATABASE."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = ""
    database: str = DEFAULT_DATABASE

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> Neo4jConfig:  # fmt: skip
        return cls(
            uri=uri or os.environ.get("NEO4J_URI") or DEFAULT_URI,
            user=user or os.environ.get("NEO4J_USER") or DEFAULT_USER,
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
            database=database or os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
        )


def _reason(error: Exception) -> str:
    if isinstance(error, AuthError):
        return "authentication failed (check NEO4J_USER / NEO4J_PASSWORD)"
    if isinstance(error, ServiceUnavailable):
        return f"server unavailable ({error})"
    if isinstance(error, Neo4jError) and error.code:
        return f"{error.code}: {error.message}"
    return f"{type(error).__name__}: {error}"


def open_driver(config: Neo4jConfig) -> Driver:
    """A driver whose connection, credentials and database were checked; else `StoreUnavailable`."""
    try:
        driver = GraphDatabase.driver(config.uri, auth=(config.user, config.password), connection_timeout=10,
                                      max_transaction_retry_time=30, notifications_min_severity="OFF")  # fmt: skip
    except (ConfigurationError, ValueError) as error:
        raise StoreUnavailable(config.uri, f"bad URI ({error})") from error
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=config.database)
    except (DriverError, Neo4jError, OSError) as error:
        driver.close()
        if isinstance(error, ClientError) and error.code == "Neo.ClientError.Database.DatabaseNotFound":
            raise StoreUnavailable(config.uri, f"no database {config.database!r}") from error
        raise StoreUnavailable(config.uri, _reason(error)) from error
    return driver


@contextmanager
def connected(config: Neo4jConfig) -> Iterator[Driver]:
    driver = open_driver(config)
    try:
        yield driver
    finally:
        driver.close()

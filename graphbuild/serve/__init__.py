"""The SPARQL 1.1 Protocol endpoint (`graphbuild serve`)."""

from __future__ import annotations

from graphbuild.serve.server import ServeOptions, SparqlServer, make_server, serve, shutdown_server

__all__ = ["ServeOptions", "SparqlServer", "make_server", "serve", "shutdown_server"]

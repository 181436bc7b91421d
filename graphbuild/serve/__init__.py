"""The SPARQL 1.1 Protocol endpoint (`graphbuild serve`)."""

from __future__ import annotations

from graphbuild.serve.server import ServeOptions, ServerThread, serve

__all__ = ["ServeOptions", "ServerThread", "serve"]

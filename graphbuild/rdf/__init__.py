"""RDF: the mapping of graphbuild's records to the ontology (ontology/graphbuild.ttl) and the on-disk
pyoxigraph store with one named graph per article."""

from __future__ import annotations

from graphbuild.rdf.store import (
    EXPORT_FORMATS,
    LoadReport,
    RdfInputError,
    count,
    export,
    load_articles,
    load_output,
    open_store,
    rdf_stage,
    remove_article,
    store_path,
)  # fmt: skip

__all__ = [
    "EXPORT_FORMATS", "LoadReport", "RdfInputError", "count", "export", "load_articles", "load_output",
    "open_store", "rdf_stage", "remove_article", "store_path",
]  # fmt: skip

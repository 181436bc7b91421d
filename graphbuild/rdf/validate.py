"""SHACL validation of a store against ontology/shapes.ttl (pyshacl over rdflib)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from graphbuild.paths import PROJECT_DIR

SHAPES_FILE = PROJECT_DIR / "ontology" / "shapes.ttl"


def validate_store(store_dir: str | Path) -> tuple[bool, str]:
    """(conforms, report text) for the union of the store's graphs, the ontology graph included."""
    import pyshacl
    import rdflib

    from graphbuild.rdf.store import export

    with tempfile.TemporaryDirectory() as folder:
        data_file = Path(folder) / "all.nt"
        export(store_dir, "ntriples", data_file)
        data = rdflib.Graph().parse(data_file, format="nt")
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    conforms, _graph, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)

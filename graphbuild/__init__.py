"""graphbuild: news articles in English and Indonesian → a geopolitical knowledge graph.

    >>> import graphbuild
    >>> summary = graphbuild.build(["data/samples"], out="out")   # doctest: +SKIP
    >>> summary.triples                                           # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from graphbuild.api import BuildOptions, BuildSummary, build, extract, read_articles

__all__ = ["BuildOptions", "BuildSummary", "__version__", "build", "extract", "read_articles"]

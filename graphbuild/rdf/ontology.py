"""Keep ontology/graphbuild.ttl in step with data/relations.yaml, and draw the model.

    python -m graphbuild.rdf.ontology          # rewrite the generated section and ontology/model.png
    python -m graphbuild.rdf.ontology --check  # exit 1 when the committed section is stale
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from graphbuild.paths import PROJECT_DIR, load_yaml
from graphbuild.relations import RelationType, relation_types

ONTOLOGY_DIR = PROJECT_DIR / "ontology"
ONTOLOGY_TTL = ONTOLOGY_DIR / "graphbuild.ttl"
PICTURE = ONTOLOGY_DIR / "model.png"
BEGIN, END = "# BEGIN GENERATED from data/relations.yaml\n", "# END GENERATED\n"
QUAD_NAMES = {1: "VerbalCooperation", 2: "MaterialCooperation", 3: "VerbalConflict", 4: "MaterialConflict"}
QUAD_LABELS_ID = {1: "kerja sama verbal", 2: "kerja sama material", 3: "konflik verbal", 4: "konflik material"}


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _words(camel: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r" \1", camel).lower()


def _quad_turtle(quad: int, label: str) -> str:
    return (f"gb:{QUAD_NAMES[quad]} a gb:QuadClass , skos:Concept ;\n"
            f"    skos:inScheme gb:PloverEventTypes ; skos:topConceptOf gb:PloverEventTypes ;\n"
            f"    skos:prefLabel {_string(label)}@en , {_string(QUAD_LABELS_ID[quad])}@id ;\n"
            f"    rdfs:label {_string(label)}@en , {_string(QUAD_LABELS_ID[quad])}@id ;\n"
            f"    skos:notation \"{quad}\" ; gb:quadClass {quad} .\n")  # fmt: skip


def _type_turtle(rel: RelationType) -> str:
    cameo = " , ".join(_string(code) for code in rel.cameo)
    concept = (
        f"gb:{rel.id} a gb:EventType , skos:Concept ;\n"
        f"    skos:inScheme gb:PloverEventTypes ; skos:broader gb:{QUAD_NAMES[rel.quad]} ;\n"
        f"    skos:notation {_string(rel.id)} ;\n"
        f"    skos:prefLabel {_string(rel.label_en)}@en , {_string(rel.label_id)}@id ;\n"
        f"    rdfs:label {_string(rel.label_en)}@en , {_string(rel.label_id)}@id ;\n"
        f"    skos:definition {_string(rel.description)}@en ;\n"
        f"    gb:cameoRoot {cameo} ; gb:quadClass {rel.quad} ;\n"
        f"    gb:defaultGoldstein \"{rel.goldstein}\"^^xsd:decimal ;\n"
        f"    gb:actorProperty gb:{rel.property} .\n"
    )
    prop = (
        f"gb:{rel.property} a owl:ObjectProperty ; rdfs:subPropertyOf gb:actsOn ;\n"
        f"    rdfs:domain gb:Actor ; rdfs:range gb:Actor ;\n"
        f"    rdfs:label {_string(_words(rel.property))}@en , {_string(rel.label_id)}@id ;\n"
        f"    gb:forEventType gb:{rel.id} .\n"
    )
    return concept + "\n" + prop


def generated_section() -> str:
    """The Turtle for the quad classes, the 16 event-type concepts and their actor properties."""
    quads = load_yaml("relations.yaml")["quad_classes"]
    parts = [_quad_turtle(int(quad), row["label"]) for quad, row in sorted(quads.items())]
    parts += [_type_turtle(rel) for rel in relation_types().values()]
    return "\n".join(parts)


def render(text: str) -> str:
    """`text` (the ontology file) with its generated section replaced."""
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    return head + BEGIN + generated_section() + END + tail


def draw(path: Path = PICTURE) -> Path:
    """The model as a picture: classes (boxes) and the object properties between them, read from the
    ontology itself (domain/range of every owl:ObjectProperty except the 16 event-type properties, which
    appear as one gb:actsOn loop labelled with their count)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import networkx as nx
    from rdflib import OWL, RDF, RDFS, Graph, URIRef

    graph = Graph().parse(ONTOLOGY_TTL, format="turtle")
    gb = "https://w3id.org/graphbuild/ontology#"
    short = {"http://www.w3.org/ns/prov#": "prov:", "http://www.w3.org/2004/02/skos/core#": "skos:", gb: ""}

    def name(node: object) -> str:
        text = str(node)
        for prefix, replacement in short.items():
            if text.startswith(prefix):
                return replacement + text[len(prefix):]
        return text

    drawing = nx.MultiDiGraph()
    classes = sorted(graph.subjects(RDF.type, OWL.Class), key=str)
    for cls in classes:
        if isinstance(cls, URIRef):
            drawing.add_node(name(cls))
            for parent in graph.objects(cls, RDFS.subClassOf):
                drawing.add_edge(name(cls), name(parent), label="subClassOf", kind="sub")
    event_props = sum(1 for _ in graph.subjects(RDFS.subPropertyOf, URIRef(gb + "actsOn")))
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty), key=str):
        if (prop, RDFS.subPropertyOf, URIRef(gb + "actsOn")) in graph:
            continue
        for domain in graph.objects(prop, RDFS.domain):
            for range_ in graph.objects(prop, RDFS.range):
                label = name(prop) + (f" (+{event_props} event-type properties)" if name(prop) == "actsOn" else "")
                drawing.add_edge(name(domain), name(range_), label=label, kind="prop")
    figure, axes = plt.subplots(figsize=(16, 11))
    layout = nx.spring_layout(nx.Graph(drawing), seed=7, k=1.1, iterations=200)
    sub = [(u, v) for u, v, d in drawing.edges(data=True) if d["kind"] == "sub"]
    props = [(u, v) for u, v, d in drawing.edges(data=True) if d["kind"] == "prop"]
    nx.draw_networkx_nodes(drawing, layout, ax=axes, node_color="#dbe9f6", node_size=2600, edgecolors="#36648b")
    nx.draw_networkx_labels(drawing, layout, ax=axes, font_size=9)
    nx.draw_networkx_edges(drawing, layout, edgelist=sub, ax=axes, style="dashed", edge_color="#888888",
                           arrows=True, node_size=2600)  # fmt: skip
    nx.draw_networkx_edges(drawing, layout, edgelist=props, ax=axes, edge_color="#b03a2e", arrows=True,
                           node_size=2600, connectionstyle="arc3,rad=0.12")  # fmt: skip
    labels: dict[tuple[str, str], str] = {}
    for u, v, d in drawing.edges(data=True):
        if d["kind"] == "prop":
            labels[(u, v)] = (labels[(u, v)] + "\n" if (u, v) in labels else "") + d["label"]
    nx.draw_networkx_edge_labels(drawing, layout, edge_labels=labels, ax=axes, font_size=7, font_color="#b03a2e",
                                 connectionstyle="arc3,rad=0.12")  # fmt: skip
    axes.set_title("graphbuild ontology: classes (dashed: rdfs:subClassOf; red: object properties, domain → range)")
    axes.axis("off")
    figure.tight_layout()
    figure.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(figure)
    return path


def main(argv: list[str]) -> int:
    text = ONTOLOGY_TTL.read_text(encoding="utf-8")
    fresh = render(text)
    if "--check" in argv:
        if fresh != text:
            print(f"{ONTOLOGY_TTL}: the generated section is stale; run python -m graphbuild.rdf.ontology")
            return 1
        return 0
    ONTOLOGY_TTL.write_text(fresh, encoding="utf-8")
    print(f"wrote {ONTOLOGY_TTL} and {draw()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

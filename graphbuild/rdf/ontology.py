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


# Where each class sits in the picture (x, y); a class the ontology gains later goes on the bottom row.
LAYOUT = {
    "prov:Activity": (0, 5.2), "prov:Entity": (3, 5.2), "prov:Agent": (5.6, 5.2), "skos:Concept": (8.6, 5.2),
    "ExtractionActivity": (0.6, 1.8), "Article": (3, 3.4), "Event": (5.6, 3.4), "EventType": (8.6, 3.4),
    "QuadClass": (11, 3.4), "Actor": (5.6, 1.2), "Affiliation": (9.4, 1.2), "Leadership": (11, 0.2),
    "Membership": (11, 2.2), "Country": (2, -1), "Person": (3.9, -1), "Organization": (5.6, -1),
    "ArmedGroup": (7.3, -1), "Group": (9.2, -1),
}  # fmt: skip


def model_edges() -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """Classes and edges (from, to, label, kind) read from the ontology (subClassOf, domain/range of object
    properties) and the shapes (sh:class of a property of a class's shape: how the data links classes)."""
    from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

    ontology = Graph().parse(ONTOLOGY_TTL, format="turtle")
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    gb = "https://w3id.org/graphbuild/ontology#"
    sh = Namespace("http://www.w3.org/ns/shacl#")
    short = {"http://www.w3.org/ns/prov#": "prov:", "http://www.w3.org/2004/02/skos/core#": "skos:", gb: ""}

    def name(node: object) -> str:
        text = str(node)
        for prefix, replacement in short.items():
            if text.startswith(prefix):
                return replacement + text[len(prefix) :]
        return text

    classes = sorted(name(c) for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef))
    edges: list[tuple[str, str, str, str]] = []
    for cls in ontology.subjects(RDF.type, OWL.Class):
        for parent in ontology.objects(cls, RDFS.subClassOf):
            edges.append((name(cls), name(parent), "", "sub"))
    acts_on = URIRef(gb + "actsOn")
    event_props = sorted(name(p) for p in ontology.subjects(RDFS.subPropertyOf, acts_on))
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        if prop == acts_on or (prop, RDFS.subPropertyOf, acts_on) in ontology:
            continue
        for domain in ontology.objects(prop, RDFS.domain):
            for range_ in ontology.objects(prop, RDFS.range):
                edges.append((name(domain), name(range_), name(prop), "prop"))
    for shape in shapes.subjects(sh.targetClass, None):
        target = name(shapes.value(shape, sh.targetClass))
        for node in shapes.objects(shape, sh.property):
            cls, path = shapes.value(node, sh["class"]), shapes.value(node, sh.path)
            if cls is not None and not any(e[0] == target and e[2] == name(path) for e in edges):
                edges.append((target, name(cls), name(path), "prop"))
    edges.append(("Actor", "Actor", f"actsOn: {len(event_props)} event-type properties\n("
                  + ", ".join(event_props[:4]) + ", ...)", "self"))  # fmt: skip
    return classes, sorted(set(edges))


def _shrink(node: str, other: str, position: dict[str, tuple[float, float]]) -> float:
    """Points from a box's centre to its edge towards `other`, so arrowheads stop at the box."""
    import math

    (x1, y1), (x2, y2) = position[node], position[other]
    dx, dy = (x2 - x1) * 80, (y2 - y1) * 100  # data units to points at this figure size
    length = math.hypot(dx, dy) or 1.0
    half_width, half_height = len(node) * 3.6 + 9, 13
    return min(half_width / (abs(dx) / length or 1e-9), half_height / (abs(dy) / length or 1e-9)) + 2


def draw(path: Path = PICTURE) -> Path:
    """The model as a picture: classes as boxes, rdfs:subClassOf dashed, object properties red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    classes, edges = model_edges()
    nodes = sorted(set(classes) | {e[0] for e in edges} | {e[1] for e in edges})
    position = dict(LAYOUT)
    extra = [n for n in nodes if n not in position]
    for index, node in enumerate(extra):
        position[node] = (index * 2.0, -2.6)
    figure, axes = plt.subplots(figsize=(17, 10))
    labels: dict[tuple[str, str], list[str]] = {}
    for source, target, label, kind in edges:
        if kind == "self":
            x, y = position[source]
            axes.add_patch(FancyArrowPatch((x - 0.5, y + 0.25), (x - 0.5, y - 0.25), connectionstyle="arc3,rad=1.6",
                                           arrowstyle="-|>", mutation_scale=14, color="#b03a2e"))  # fmt: skip
            axes.text(x - 1.55, y, label, fontsize=8, color="#b03a2e", ha="right", va="center")
            continue
        style = dict(arrowstyle="-|>", mutation_scale=14, shrinkA=_shrink(source, target, position),
                     shrinkB=_shrink(target, source, position))
        if kind == "sub":
            style.update(color="#888888", linestyle="--")
        else:
            style.update(color="#b03a2e", connectionstyle="arc3,rad=0.08")
            key = (source, target) if (target, source) not in labels else (target, source)
            labels.setdefault(key, []).append(label)
        axes.add_patch(FancyArrowPatch(position[source], position[target], **style))  # type: ignore[arg-type]
    for (source, target), names in labels.items():
        (x1, y1), (x2, y2) = position[source], position[target]
        axes.text((x1 + x2) / 2, (y1 + y2) / 2 + 0.12, "\n".join(sorted(names)), fontsize=8, color="#b03a2e",
                  ha="center", va="bottom", bbox=dict(facecolor="white", edgecolor="none", alpha=0.8, pad=1))
    for node in nodes:
        x, y = position[node]
        external = ":" in node
        axes.text(x, y, node, ha="center", va="center", fontsize=10, zorder=3,
                  bbox=dict(boxstyle="round,pad=0.5", facecolor="#f2f2f2" if external else "#dbe9f6",
                            edgecolor="#999999" if external else "#36648b"))  # fmt: skip
    xs, ys = [p[0] for p in position.values()], [p[1] for p in position.values()]
    axes.set_xlim(min(xs) - 3.2, max(xs) + 1.2)
    axes.set_ylim(min(ys) - 0.8, max(ys) + 0.8)
    axes.set_title("graphbuild ontology (generated from ontology/graphbuild.ttl and shapes.ttl): classes, "
                   "rdfs:subClassOf (dashed), object properties and links (red)", fontsize=11)
    axes.axis("off")
    figure.tight_layout()
    figure.savefig(path, dpi=100, metadata={"Software": None})
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

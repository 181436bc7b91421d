"""Checks of an exported GEXF file: a structural check that needs no schema file (namespaces, and which
elements and attributes GEXF 1.3 allows where: a whitelist transcribed from the official RELAX NG grammar,
gexf.rnc + dynamics.rnc + viz.rnc), and a full validation against the official RELAX NG schema when its
folder is given (`scripts/check_exports.py`).

    from graphbuild.export.validate import gexf_problems, gexf_schema_problems
    assert gexf_problems("out/graph.gexf") == []
    gexf_schema_problems("out/graph.gexf", "path/to/gexf-1.3/")     # [] when valid
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_DYNAMIC = {"start", "end", "timestamp", "intervals", "timestamps"}

# element -> (allowed attributes, allowed child elements), GEXF 1.3 core + dynamics + viz
GEXF_ELEMENTS: dict[str, tuple[set[str], set[str]]] = {
    "gexf": ({"version", "variant"}, {"meta", "graph"}),
    "meta": ({"lastmodifieddate"}, {"creator", "keywords", "description"}),
    "creator": (set(), set()),
    "keywords": (set(), set()),
    "description": (set(), set()),
    "graph": ({"defaultedgetype", "idtype", "timeformat", "start", "end", "timestamp", "mode",
               "timerepresentation", "timezone"}, {"attributes", "nodes", "edges"}),
    "attributes": ({"class", "mode"}, {"attribute"}),
    "attribute": ({"id", "title", "type"}, {"default", "options"}),
    "default": (set(), set()),
    "options": (set(), set()),
    "nodes": ({"count"}, {"node"}),
    "edges": ({"count"}, {"edge"}),
    "node": ({"id", "label", "pid"} | _DYNAMIC,
             {"attvalues", "nodes", "edges", "parents", "spells", "viz:color", "viz:position", "viz:size",
              "viz:shape"}),
    "edge": ({"id", "type", "label", "source", "target", "weight", "kind"} | _DYNAMIC,
             {"attvalues", "spells", "viz:color", "viz:thickness", "viz:shape"}),
    "attvalues": (set(), {"attvalue"}),
    "attvalue": ({"for", "value", "start", "end", "timestamp"}, set()),
    "spells": (set(), {"spell"}),
    "spell": ({"start", "end", "timestamp"}, set()),
    "parents": (set(), {"parent"}),
    "parent": ({"for"}, set()),
    "viz:color": ({"r", "g", "b", "hex", "a"}, set()),
    "viz:position": ({"x", "y", "z"}, set()),
    "viz:size": ({"value"}, set()),
    "viz:thickness": ({"value"}, set()),
    "viz:shape": ({"value", "uri"}, set()),
}


def _name(element: etree._Element) -> str | None:
    """`node` for a GEXF element, `viz:color` for a viz one, None for any other namespace."""
    qname = etree.QName(element)
    if qname.namespace == GEXF_NS:
        return qname.localname
    if qname.namespace == VIZ_NS:
        return f"viz:{qname.localname}"
    return None


def gexf_problems(path: str | Path) -> list[str]:
    """What keeps a GEXF file from being GEXF 1.3, as `line N: ...` messages (empty: none found): a wrong
    namespace (GEXF, viz or XML Schema instance), an element or attribute the grammar does not allow there."""
    root = etree.parse(str(path)).getroot()
    problems = []
    for prefix, uri in root.nsmap.items():
        if prefix == "xsi" and uri != XSI_NS:
            problems.append(f"line {root.sourceline}: xmlns:xsi is {uri!r}, not {XSI_NS!r}")
        if prefix == "viz" and uri != VIZ_NS:
            problems.append(f"line {root.sourceline}: xmlns:viz is {uri!r}, not {VIZ_NS!r}")
    if _name(root) != "gexf":
        return [*problems, f"line {root.sourceline}: the root is {root.tag}, not {{{GEXF_NS}}}gexf"]
    for element in root.iter(etree.Element):
        name = _name(element)
        if name not in GEXF_ELEMENTS:
            problems.append(f"line {element.sourceline}: element {element.tag} is not GEXF 1.3")
            continue
        attributes, children = GEXF_ELEMENTS[name]
        for key in element.attrib:
            qname = etree.QName(key)
            if qname.namespace == XSI_NS or (qname.namespace is None and qname.localname in attributes):
                continue
            problems.append(f"line {element.sourceline}: <{name}> has no attribute {key!r} in GEXF 1.3")
        for child in element.iterchildren(etree.Element):
            child_name = _name(child)
            if child_name in GEXF_ELEMENTS and child_name not in children:
                problems.append(f"line {child.sourceline}: <{child_name}> is not allowed inside <{name}>")
    return problems


def gexf_schema_problems(path: str | Path, schema_dir: str | Path) -> list[str]:
    """Validate against the official GEXF 1.3 RELAX NG schema (`schema_dir/gexf.rng` with its includes).
    The grammar does not describe XML Schema instance attributes (`xsi:schemaLocation` is there for XSD
    validators, and GEXF files carry it), so they are set aside before validating; everything else counts."""
    schema = etree.RelaxNG(etree.parse(str(Path(schema_dir) / "gexf.rng")))
    document = etree.parse(str(path))
    for element in document.getroot().iter(etree.Element):
        for key in [key for key in element.attrib if etree.QName(key).namespace == XSI_NS]:
            del element.attrib[key]
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]

"""The RDF mapping and store: expected triples, one graph per article, SHACL, determinism, retract/reload."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from graphbuild.api import BuildOptions, build
from graphbuild.rdf import count, export, load_articles, load_output, open_store, remove_article
from graphbuild.rdf.ontology import ONTOLOGY_TTL, render
from graphbuild.rdf.store import RdfInputError
from graphbuild.rdf.validate import validate_store
from graphbuild.rdf.vocab import GB
from graphbuild.relations import relation_types
from tests.fixtures import rdf_world

PROJECT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/graphbuild/id/"
GRAPH = "https://w3id.org/graphbuild/graph/"


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    folder = rdf_world.write_output(tmp_path / "out")
    load_output(folder)
    return folder


def ask(store_dir: Path, query: str) -> bool:
    store = ox.Store.read_only(str(store_dir))
    return bool(store.query(f"PREFIX gb: <{GB}> PREFIX prov: <http://www.w3.org/ns/prov#> "
                            f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            f"PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX xsd: "
                            f"<http://www.w3.org/2001/XMLSchema#> {query}"))  # fmt: skip


def event_id(article_id: str, relation: str, source: str, target: str, negated: bool = False) -> str:
    for triple in rdf_world.triples():
        if (triple.article_id, triple.relation, triple.source.actor.id, triple.target.actor.id, triple.negated) == (
            article_id, relation, source, target, negated
        ):
            return triple.id
    raise LookupError(relation)


def test_counts_of_the_fixture_world(out: Path) -> None:
    report = count(open_store(out / "rdf", read_only=True))
    assert (report.articles, report.events) == (4, 11)
    # 7 actors seen in the run plus PRK, described from the gazetteer because Kim Jong Un's office points to it
    assert report.actors_described == report.actors == 8
    assert (report.actors_mentioned, report.actors_in_events) == (7, 6)  # UN: mentioned, in no event
    assert report.graphs == 4 + 3  # one per article, the actors graph, the aggregates graph, the ontology graph


def test_event_node_with_evidence_and_provenance(out: Path) -> None:
    event = event_id("kontan-kim-putin", "SUPPORT", "kim-jong-un", "RUS")
    assert ask(out / "rdf", f"""ASK {{ GRAPH <{GRAPH}article/kontan-kim-putin> {{
        <{ID}event/{event}> a gb:Event ; gb:eventId "{event}" ; gb:eventType gb:SUPPORT ;
            gb:source <{ID}actor/kim-jong-un> ; gb:target <{ID}actor/RUS> ;
            gb:sentence "Kim memberikan dukungan penuh pada Rusia."@id ; gb:triggerText "dukungan"@id ;
            gb:rule "id.support.dukungan" ; gb:mode "asserted" ; gb:negated false ; gb:language "id" ;
            gb:date "2023-06-12"^^xsd:date ; gb:cameo "05" ; gb:goldstein 3.5 ; gb:confidence 0.8 ;
            gb:sourceMention "Kim" ; gb:targetMention "Rusia" ; gb:triggerStart 15 ;
            prov:wasDerivedFrom <{ID}article/kontan-kim-putin> ; prov:wasGeneratedBy ?activity .
        ?activity a gb:ExtractionActivity , prov:Activity ; gb:extractorVersion "graphbuild-lexicon/0.1.0" ;
            prov:used <{ID}article/kontan-kim-putin> ;
            prov:endedAtTime "2023-06-12T00:00:00Z"^^xsd:dateTime .
        <{ID}actor/kim-jong-un> gb:supports <{ID}actor/RUS> .
    }} }}""")


def test_article_and_actor_descriptions(out: Path) -> None:
    assert ask(out / "rdf", f"""ASK {{
        GRAPH <{GRAPH}article/voa-en-1> {{
            <{ID}article/voa-en-1> a gb:Article ; gb:articleId "voa-en-1" ; gb:url ?url ;
                <http://purl.org/dc/terms/title> "US sanctions Russia"@en ;
                <http://purl.org/dc/terms/date> "2023-07-01"^^xsd:date .
            <{ID}actor/USA> gb:mentionedIn <{ID}article/voa-en-1> .
        }}
        GRAPH <{GRAPH}actors> {{
            <{ID}actor/RUS> a gb:Country ; gb:iso3 "RUS" ; gb:actorId "RUS" ; rdfs:label "Russia"@en , "Rusia"@id ;
                owl:sameAs <http://www.wikidata.org/entity/Q159> .
            <{ID}actor/vladimir-putin> a gb:Person ; gb:country <{ID}actor/RUS> ; gb:hasAffiliation ?office .
            ?office a gb:Leadership ; gb:leaderOf <{ID}actor/RUS> ; gb:role "president" ;
                gb:startDate "2012-05-07"^^xsd:date ; gb:affiliate <{ID}actor/vladimir-putin> .
            <{ID}actor/USA> gb:hasAffiliation [ a gb:Membership ; gb:memberOf <{ID}actor/NATO> ] .
            <{ID}actor/PRK> a gb:Country ; gb:actorOrigin "gazetteer" .
        }}
        FILTER(STR(?url) = "https://example.org/voa/1")
    }}""")


def test_negated_event_has_a_node_but_no_direct_statement(out: Path) -> None:
    event = event_id("voa-en-1", "ASSAULT", "USA", "RUS", negated=True)
    assert ask(out / "rdf", f"ASK {{ GRAPH ?g {{ <{ID}event/{event}> gb:negated true }} }}")
    assert not ask(out / "rdf", f"ASK {{ GRAPH ?g {{ <{ID}actor/USA> gb:assaults <{ID}actor/RUS> }} }}")


def test_every_event_lives_in_its_articles_graph(out: Path) -> None:
    store = open_store(out / "rdf", read_only=True)
    rows = store.query(f"""PREFIX gb: <{GB}> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?g ?article WHERE {{ GRAPH ?g {{ ?e a gb:Event ; prov:wasDerivedFrom ?article }} }}""")
    pairs = {(row["g"].value, row["article"].value) for row in rows}
    assert pairs == {(f"{GRAPH}article/{a}", f"{ID}article/{a}") for a in ("kontan-kim-putin", "voa-en-1", "voa-en-2")}


def test_shacl_conforms(out: Path) -> None:
    conforms, report = validate_store(out / "rdf")
    assert conforms, report


def test_shacl_catches_a_broken_event(out: Path) -> None:
    store = open_store(out / "rdf")
    event = ox.NamedNode(f"{ID}event/" + event_id("voa-en-2", "THREATEN", "RUS", "NATO"))
    graph = ox.NamedNode(f"{GRAPH}article/voa-en-2")
    for quad in list(store.quads_for_pattern(event, ox.NamedNode(GB + "source"), None, graph)):
        store.remove(quad)
    store.add(ox.Quad(event, ox.NamedNode(GB + "mode"), ox.Literal("perhaps"), graph))
    store.flush()
    del store
    conforms, report = validate_store(out / "rdf")
    assert not conforms
    assert "gb:source" in report or GB + "source" in report
    assert "perhaps" in report


def test_same_input_gives_identical_rdf(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        folder = rdf_world.write_output(tmp_path / name)
        load_output(folder)
        load_output(folder)  # twice: no duplicates, same content
        export(folder / "rdf", "nquads", folder / "all.nq")
        dumps.append(sorted((folder / "all.nq").read_text(encoding="utf-8").splitlines()))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) == len(set(dumps[0]))


def test_remove_then_reload_an_article(out: Path) -> None:
    before = count(open_store(out / "rdf", read_only=True))
    removed = remove_article(out, "voa-en-2")
    store = open_store(out / "rdf", read_only=True)
    after = count(store)
    assert not store.contains_named_graph(ox.NamedNode(f"{GRAPH}article/voa-en-2"))
    assert (after.articles, after.events, after.graphs) == (3, 8, before.graphs - 1)
    # NATO was mentioned only there: its description goes too; Russia stays
    assert not list(store.quads_for_pattern(ox.NamedNode(f"{ID}actor/NATO"), None, None))
    assert list(store.quads_for_pattern(ox.NamedNode(f"{ID}actor/RUS"), None, None))
    assert removed == before.quads - after.quads
    del store
    load_articles(out, ["voa-en-2"])
    again = count(open_store(out / "rdf", read_only=True))
    assert (again.articles, again.events, again.actors, again.quads) == (before.articles, before.events,
                                                                          before.actors, before.quads)
    load_articles(out, ["voa-en-2"])  # re-loading replaces: no duplicates
    assert count(open_store(out / "rdf", read_only=True)).quads == before.quads


def test_remove_an_unknown_article_is_a_clear_error(out: Path) -> None:
    with pytest.raises(KeyError, match="no-such-article"):
        remove_article(out, "no-such-article")


def test_bad_line_is_named(tmp_path: Path) -> None:
    folder = rdf_world.write_output(tmp_path / "out")
    lines = (folder / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    lines[2] = json.dumps({"article_id": "x", "relation": "HUG"})
    (folder / "triples.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RdfInputError, match=r"triples\.jsonl:3: cannot map"):
        load_output(folder)


@pytest.mark.parametrize("fmt,parse_as", [("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"),
                                          ("trig", "trig"), ("jsonld", "json-ld")])  # fmt: skip
def test_export_formats_parse_back(out: Path, fmt: str, parse_as: str) -> None:
    target = out / f"export.{fmt}"
    written = export(out / "rdf", fmt, target)
    if parse_as in ("nquads", "trig", "json-ld"):
        graph = rdflib.Dataset()
        graph.parse(target, format=parse_as)
        assert sum(1 for _ in graph.quads((None, None, None, None))) == written
        assert rdflib.URIRef(f"{GRAPH}article/voa-en-1") in {g.identifier for g in graph.graphs()}
    else:
        graph = rdflib.Graph().parse(target, format=parse_as)
        assert len(graph) == written
    assert written > 1000


def test_ontology_generated_part_matches_relations_yaml() -> None:
    text = ONTOLOGY_TTL.read_text(encoding="utf-8")
    assert render(text) == text, "run: python -m graphbuild.rdf.ontology"


def test_ontology_has_the_16_types_with_labels_and_properties() -> None:
    graph = rdflib.Graph().parse(ONTOLOGY_TTL, format="turtle")
    gb = rdflib.Namespace(GB)
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    assert (rdflib.URIRef("https://w3id.org/graphbuild/ontology"), rdflib.OWL.versionInfo, None) in graph
    for relation in relation_types().values():
        concept = gb[relation.id]
        labels = {(str(v), v.language) for v in graph.objects(concept, skos.prefLabel)}
        assert labels == {(relation.label_en, "en"), (relation.label_id, "id")}
        assert {str(v) for v in graph.objects(concept, gb.cameoRoot)} == set(relation.cameo)
        assert (concept, gb.actorProperty, gb[relation.property]) in graph
        assert (gb[relation.property], rdflib.RDFS.subPropertyOf, gb.actsOn) in graph
        assert (gb[relation.property], gb.forEventType, concept) in graph
    for cls in ("Country", "Person", "Organization", "ArmedGroup", "Group"):
        assert (gb[cls], rdflib.RDFS.subClassOf, gb.Actor) in graph
        assert {v.language for v in graph.objects(gb[cls], rdflib.RDFS.label)} == {"en", "id"}


def test_shapes_cover_every_class() -> None:
    ontology = rdflib.Graph().parse(ONTOLOGY_TTL, format="turtle")
    shapes = rdflib.Graph().parse(PROJECT / "ontology" / "shapes.ttl", format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    classes = {c for c in ontology.subjects(rdflib.RDF.type, rdflib.OWL.Class) if str(c).startswith(GB)}
    targeted = set(shapes.objects(None, sh.targetClass))
    assert classes <= targeted, classes - targeted


def test_build_runs_the_rdf_stage(tmp_path: Path) -> None:
    text = tmp_path / "news.txt"
    text.write_text("Russia attacked Ukraine.\n\nRussia threatened NATO on Monday.\n", encoding="utf-8")
    summary = build([str(text)], tmp_path / "out", BuildOptions(exports=False, parser="none"))
    report = summary.stages["rdf"]
    assert report["articles"] == 1 and report["events"] == summary.triples
    assert (tmp_path / "out" / "rdf").is_dir()
    assert "quads in" in report["summary"]


def test_rdf_cli_load_remove_export(out: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "graphbuild.cli", "rdf", *args], cwd=PROJECT,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    loaded = run("load", str(out))
    assert loaded.returncode == 0, loaded.stderr
    assert "11 events" in loaded.stdout
    exported = run("export", str(out), "--format", "turtle", "--out", str(out / "g.ttl"))
    assert exported.returncode == 0 and (out / "g.ttl").stat().st_size > 0
    removed = run("remove", str(out), "quiet-day")
    assert removed.returncode == 0 and "removed article quiet-day" in removed.stdout
    again = run("remove", str(out), "quiet-day")
    assert again.returncode == 1 and "quiet-day" in again.stderr


def test_readme_table_and_examples(out: Path) -> None:
    import re

    readme = (PROJECT / "ontology" / "README.md").read_text(encoding="utf-8")
    for relation in relation_types().values():
        row = next(line for line in readme.splitlines() if line.startswith(f"| {relation.id} |"))
        assert f"gb:{relation.property}" in row and ", ".join(relation.cameo) in row
        assert f"{relation.label_en} / {relation.label_id}" in row
    store = open_store(out / "rdf", read_only=True)
    examples = re.findall(r"```sparql\n(.*?)```", readme, re.S)
    assert len(examples) == 3
    counts = [len(list(store.query(query))) for query in examples]
    # 16 types; RUS assaults UKR twice; five distinct conflict edges (the negated USA assault has none)
    assert counts == [16, 2, 5]

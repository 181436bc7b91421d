"""The networkx view of an output folder: nodes, aggregated edges, evidence, filters, bad input, layout."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from graphbuild.export.layout import _exact_repulsion, _grid_repulsion, canvas_size, fast_layout
from graphbuild.graph import GraphFilter, GraphInputError, load_graph
from tests.test_graph_fixtures import EDGES, HOSTILE_SENTENCE, HOSTILE_TITLE, HOSTILE_URL, write_fixture_output


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return write_fixture_output(tmp_path / "out")


def edge_keys(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, key, v) for u, v, key in graph.edges(keys=True)}


def test_nodes_are_all_actors_with_type_country_degree_and_events(out: Path) -> None:
    graph = load_graph(out)
    assert graph.number_of_nodes() == 8
    russia = graph.nodes["RUS"]
    assert russia["name"] == "Russia" and russia["type"] == "Country" and russia["iso3"] == "RUS"
    assert russia["country"] == "RUS" and russia["mentions"] == 2
    # RUS: SUPPORT in (2 events), ASSAULT out, SANCTION in, ACCUSE in
    assert russia["degree"] == 4 and russia["events"] == 5
    assert russia["events_in"] == 4 and russia["events_out"] == 1
    kim = graph.nodes["kim-jong-un"]
    assert kim["type"] == "Person" and kim["country"] == "PRK" and "iso3" not in kim
    assert graph.nodes["IDN"]["degree"] == 0 and graph.nodes["IDN"]["events"] == 0  # an actor with no event


def test_edges_aggregate_events_per_actor_pair_and_relation(out: Path) -> None:
    graph = load_graph(out)
    assert edge_keys(graph) == set(EDGES)
    for (src, relation, dst), events in EDGES.items():
        assert graph.edges[src, dst, relation]["events"] == events
    support = graph.edges["kim-jong-un", "RUS", "SUPPORT"]
    assert (support["first_date"], support["last_date"]) == ("2023-06-12", "2025-01-10")
    assert support["goldstein_sum"] == 7.0  # 2 × SUPPORT's default 3.5 from data/relations.yaml
    assert support["quad"] == 1 and support["cooperative"] is True and support["quad_label"] == "verbal cooperation"
    assert graph.edges["USA", "RUS", "ACCUSE"]["goldstein_sum"] == -3.0  # the triple's own value wins
    assert graph.edges["RUS", "UKR", "ASSAULT"]["quad"] == 4
    assert graph.edges["RUS", "UKR", "ASSAULT"]["cooperative"] is False
    evidence = support["evidence"]
    assert [item["date"] for item in evidence] == ["2023-06-12", "2025-01-10"]
    assert evidence[0]["sentence"] == "Kim juga memberikan dukungan penuh pada Rusia."
    assert evidence[0]["title"] == "Kim pledges full support" and evidence[0]["url"] == "https://news.example/a1"
    assert evidence[0]["article_date"] == "2023-06-12" and evidence[0]["language"] == "id"
    assert len({item["event_id"] for item in evidence}) == 2


def test_negated_events_never_become_edges(out: Path) -> None:
    graph = load_graph(out)
    assert graph.graph["negated_excluded"] == 2
    assert graph.edges["RUS", "UKR", "ASSAULT"]["events"] == 1  # the negated ASSAULT is not counted
    assert not graph.has_edge("PRK", "USA")  # its only event is negated
    assert "PRK" in graph  # the actor stays
    sentences = {item["sentence"] for _, _, d in graph.edges(data=True) for item in d["evidence"]}
    assert "Russia did not attack Kyiv." not in sentences


def test_event_without_date_takes_the_article_date(out: Path) -> None:
    graph = load_graph(out)
    assert graph.edges["UKR", "USA", "REQUEST"]["first_date"] == "2024-02-24"


def test_hostile_strings_are_kept_verbatim(out: Path) -> None:
    item = load_graph(out).edges["evil-group", "USA", "THREATEN"]["evidence"][0]
    assert (item["sentence"], item["title"], item["url"]) == (HOSTILE_SENTENCE, HOSTILE_TITLE, HOSTILE_URL)


def test_no_attribute_is_named_source_or_target(out: Path) -> None:
    graph = load_graph(out)
    for u, v, data in graph.edges(data=True):
        assert not {"source", "target"} & set(data)
        assert (data["from_actor"], data["to_actor"]) == (u, v)
        for item in data["evidence"]:
            assert not {"source", "target"} & set(item)
    for _, data in graph.nodes(data=True):
        assert not {"source", "target"} & set(data)


def test_actor_and_hops_filter(out: Path) -> None:
    one = load_graph(out, GraphFilter(actor="Russia", hops=1))
    assert set(one) == {"RUS", "kim-jong-un", "UKR", "USA"}
    assert ("vladimir-putin", "CONSULT", "kim-jong-un") not in edge_keys(one)
    two = load_graph(out, GraphFilter(actor="rus", hops=2))
    assert set(two) == {"RUS", "kim-jong-un", "UKR", "USA", "vladimir-putin", "evil-group"}
    zero = load_graph(out, GraphFilter(actor="kim-jong-un", hops=0))
    assert set(zero) == {"kim-jong-un"} and zero.number_of_edges() == 0


def test_relation_filter_keeps_only_those_edges_and_their_actors(out: Path) -> None:
    graph = load_graph(out, GraphFilter(relations=("ASSAULT", "SANCTION")))
    assert edge_keys(graph) == {("RUS", "ASSAULT", "UKR"), ("USA", "SANCTION", "RUS")}
    assert set(graph) == {"RUS", "UKR", "USA"}
    assert graph.nodes["RUS"]["degree"] == 2  # recomputed on the filtered graph


def test_date_filters_apply_to_events_before_aggregation(out: Path) -> None:
    graph = load_graph(out, GraphFilter(since="2024-01-01"))
    support = graph.edges["kim-jong-un", "RUS", "SUPPORT"]
    assert support["events"] == 1 and support["first_date"] == "2025-01-10"
    assert not graph.has_edge("vladimir-putin", "kim-jong-un")
    until = load_graph(out, GraphFilter(until="2023-12-31"))
    assert edge_keys(until) == {("kim-jong-un", "SUPPORT", "RUS"), ("vladimir-putin", "CONSULT", "kim-jong-un")}
    assert until.edges["kim-jong-un", "RUS", "SUPPORT"]["events"] == 1
    year = load_graph(out, GraphFilter(since="2024", until="2024"))  # a year means the whole year
    assert edge_keys(year) == {("RUS", "ASSAULT", "UKR"), ("evil-group", "THREATEN", "USA"), ("UKR", "REQUEST", "USA")}


def test_min_events_and_language_filters(out: Path) -> None:
    assert edge_keys(load_graph(out, GraphFilter(min_events=2))) == {("kim-jong-un", "SUPPORT", "RUS")}
    indonesian = load_graph(out, GraphFilter(language="id"))
    assert edge_keys(indonesian) == {("kim-jong-un", "SUPPORT", "RUS"), ("vladimir-putin", "CONSULT", "kim-jong-un")}
    assert indonesian.edges["kim-jong-un", "RUS", "SUPPORT"]["events"] == 1


def test_bad_input_names_the_file_and_line(tmp_path: Path, out: Path) -> None:
    with pytest.raises(GraphInputError, match=r"triples\.jsonl: missing"):
        load_graph(tmp_path / "empty")
    lines = (out / "triples.jsonl").read_text("utf-8").splitlines()
    lines.insert(2, "{not json")
    (out / "triples.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(GraphInputError, match=r"triples\.jsonl:3: not JSON"):
        load_graph(out)
    lines[2] = '{"relation": "AGREE"}'
    (out / "triples.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(GraphInputError, match=r"triples\.jsonl:3: bad triple"):
        load_graph(out)


def test_unknown_actor_is_a_clear_error(out: Path) -> None:
    with pytest.raises(GraphInputError, match="no actor 'Atlantis'"):
        load_graph(out, GraphFilter(actor="Atlantis"))


def test_layout_is_deterministic_inside_the_canvas_and_spreads_nodes(out: Path) -> None:
    graph = load_graph(out)
    first, second = fast_layout(graph), fast_layout(graph)
    assert first == second and set(first) == set(graph)
    points = np.array(list(first.values()))
    assert points.min() >= 0 and points.max() <= 1000
    assert len({tuple(p) for p in points}) == len(points)


def test_grid_repulsion_approximates_exact_repulsion() -> None:
    """The particle-mesh repulsion used above 1,500 nodes stays within a few percent of the exact sum."""
    pos = np.random.default_rng(3).uniform(0, 45, size=(2000, 2))
    exact, approx = _exact_repulsion(pos, 1.0), _grid_repulsion(pos, 1.0)
    assert np.linalg.norm(approx - exact) / np.linalg.norm(exact) < 0.02


def test_large_layout_separates_linked_nodes_from_isolates() -> None:
    graph = nx.gnm_random_graph(1800, 5000, seed=2, directed=True)
    graph.add_nodes_from(range(1800, 1810))  # isolates
    pos = fast_layout(graph)
    assert len(pos) == 1810
    points = np.array(list(pos.values()))
    assert points.min() >= 0 and points.max() <= canvas_size(1810) and canvas_size(1810) > 1000
    linked_bottom = max(pos[n][1] for n in range(1800) if graph.degree(n))
    assert all(pos[n][1] > linked_bottom for n in range(1800, 1810))  # in rows under the drawing

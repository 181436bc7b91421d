"""Distinct events, filters and dyad time series on our own articles (tests/fixtures/time): an English and an
Indonesian report of one shelling, a drone attack and a meeting in April reported in both languages, and an
undated article."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.model import Actor, Mention, Trigger, Triple
from graphbuild.queries import run_query
from graphbuild.rdf.store import load_output as load_rdf
from graphbuild.timeline.dedup import merge
from graphbuild.timeline.filters import LoadFilter
from graphbuild.timeline.series import SeriesOptions, dyad_series

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "time"
SHELLING = [FIXTURES / "en-kharkiv-shelling.html", FIXTURES / "id-kharkiv-penembakan.html"]


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def graphbuild(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)  # fmt: skip


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole fixture folder built once (rules and the shipped scorer, no parser), with its RDF store."""
    folder = tmp_path_factory.mktemp("time") / "out"
    summary = build([str(FIXTURES)], folder, BuildOptions(parser="none", exports=False))
    assert summary.exit_code == 0
    return folder


def test_one_shelling_in_two_languages_is_one_event_dated_from_the_text(tmp_path: Path) -> None:
    summary = build([str(path) for path in SHELLING], tmp_path, BuildOptions(parser="none", rdf=False,
                                                                            exports=False))  # fmt: skip
    triples = records(tmp_path / "triples.jsonl")
    shelling = [t for t in triples if t["relation"] == "ASSAULT"]
    assert {(t["article_id"], t["date"], t["event_date"], t["date_precision"], t["date_rule"]) for t in shelling} == {
        ("en-kharkiv-shelling", "2024-03-13", "2024-03-12", "day", "en.weekday"),
        ("id-kharkiv-penembakan", "2024-03-12", "2024-03-12", "day", "id.date.weekday-bracket")}
    (event,) = [e for e in records(tmp_path / "events.jsonl") if e["relation"] == "ASSAULT"]
    assert (event["source"], event["target"], event["event_date"]) == ("RUS", "UKR", "2024-03-12")
    assert event["articles"] == ["en-kharkiv-shelling", "id-kharkiv-penembakan"] and event["num_articles"] == 2
    assert sorted(event["triples"]) == sorted(t["id"] for t in shelling)
    assert event["provenance"]["languages"] == ["en", "id"]
    assert event["provenance"]["date_rules"] == ["en.weekday", "id.date.weekday-bracket"]
    assert summary.distinct_events == len(records(tmp_path / "events.jsonl"))


def test_events_of_the_whole_folder(out: Path) -> None:
    events = records(out / "events.jsonl")
    triples = records(out / "triples.jsonl")
    assert sorted(t for e in events for t in e["triples"]) == sorted(t["id"] for t in triples if not t["negated"])
    assault = [(e["event_date"], e["num_articles"]) for e in events if e["relation"] == "ASSAULT"]
    # the shelling (two articles), the drone attack in April, the undated clash: three happenings
    assert sorted(assault, key=str) == sorted([("2024-03-12", 2), ("2024-04-04", 1), (None, 1)], key=str)
    (meeting,) = [e for e in events if e["relation"] == "CONSULT"]  # four mentions each way, two languages
    assert (meeting["source"], meeting["target"], meeting["symmetric"]) == ("RUS", "UKR", True)
    assert meeting["articles"] == ["en-talks-april", "id-talks-april"] and meeting["event_date"] == "2024-04-19"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["undated_articles"] == 1 and summary["distinct_events"] == len(events)
    assert summary["undated_examples"] == [f"{FIXTURES / 'april-attacks.jsonl'}:4: article 'undated-clash'"]
    (undated,) = [t for t in triples if t["article_id"] == "undated-clash"]  # kept, visibly undated
    assert (undated["event_date"], undated["date_precision"]) == (None, "unknown")


def test_event_ids_are_stable_and_rebuilding_never_duplicates(out: Path, tmp_path: Path) -> None:
    build([str(FIXTURES)], tmp_path, BuildOptions(parser="none", rdf=False, exports=False))
    build([str(FIXTURES)], tmp_path, BuildOptions(parser="none", rdf=False, exports=False))
    assert (tmp_path / "events.jsonl").read_bytes() == (out / "events.jsonl").read_bytes()
    ids = [e["id"] for e in records(tmp_path / "events.jsonl")]
    assert len(ids) == len(set(ids))


RUS, UKR = Actor("RUS", "Russia", "Country", iso3="RUS"), Actor("UKR", "Ukraine", "Country", iso3="UKR")


def mention(article: str, source: Actor, relation: str, target: Actor, day: str | None, *, precision: str = "day",
            mode: str = "asserted", negated: bool = False, at: int = 0) -> Triple:  # fmt: skip
    return Triple(article, relation, Mention(source, source.name, at, at + 6),
                  Mention(target, target.name, at + 20, at + 27), Trigger("hit", at + 10, at + 13, "test.rule"),
                  "Russia hit Ukraine.", "en", event_date=day, date_precision=precision if day else "unknown",
                  mode=mode, negated=negated)  # fmt: skip


def test_merging_rules() -> None:
    cases = [
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", RUS, "ASSAULT", UKR, "2024-03-02")], 1),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", RUS, "ASSAULT", UKR, "2024-03-10")], 2),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", RUS, "COERCE", UKR, "2024-03-01")], 1),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", UKR, "ASSAULT", RUS, "2024-03-01")], 2),
        ([mention("a", RUS, "CONSULT", UKR, "2024-03-01"), mention("b", UKR, "CONSULT", RUS, "2024-03-01")], 1),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", RUS, "THREATEN", UKR, "2024-03-01")], 2),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"),
          mention("b", RUS, "ASSAULT", UKR, "2024-03-01", mode="threatened")], 2),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-06"),
          mention("b", RUS, "ASSAULT", UKR, "2024-03-04", precision="week")], 1),
        ([mention("a", RUS, "ASSAULT", UKR, None), mention("a", RUS, "ASSAULT", UKR, None, at=40)], 1),
        ([mention("a", RUS, "ASSAULT", UKR, None), mention("b", RUS, "ASSAULT", UKR, None)], 2),
        ([mention("a", RUS, "ASSAULT", UKR, "2024-03-01"), mention("b", RUS, "ASSAULT", UKR, "2024-03-01",
                                                                   negated=True)], 1),
        # day 1, day 3, day 5: the window is anchored on an event's first mention, never chained
        ([mention(x, RUS, "ASSAULT", UKR, f"2024-03-0{d}") for x, d in (("a", 1), ("b", 3), ("c", 5))], 2),
    ]  # fmt: skip
    for triples, expected in cases:
        assert len(merge(triples)) == expected, [(t.relation, t.event_date, t.mode) for t in triples]
    (meeting,) = merge(cases[4][0])
    assert (meeting.source, meeting.target, meeting.symmetric) == ("RUS", "UKR", True)


def test_filters_on_build_count_what_they_leave_out(tmp_path: Path) -> None:
    done = graphbuild("build", str(FIXTURES), "--out", str(tmp_path / "a"), "--parser", "none", "--no-rdf",
                      "--no-exports", "--since", "2024-04", "--until", "2024-04")  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "a" / "summary.json").read_text(encoding="utf-8"))
    assert summary["undated_excluded"] == 1 and summary["outside_dates"] == 8  # March (titles, leads)
    assert {t["event_date"][:7] for t in records(tmp_path / "a" / "triples.jsonl")} == {"2024-04"}
    assert "undated" in done.stderr  # the one-screen summary says so
    assert "warning: 1 article(s) without a publication date" in done.stderr
    strict = graphbuild("build", str(FIXTURES), "--out", str(tmp_path / "b"), "--parser", "none", "--no-rdf",
                        "--no-exports", "-q", "--min-confidence", "0.99")  # fmt: skip
    assert strict.returncode == 0, strict.stderr
    summary = json.loads((tmp_path / "b" / "summary.json").read_text(encoding="utf-8"))
    assert summary["below_min_confidence"] > 0 and summary["triples"] < 15
    assert all(t["confidence"] >= 0.99 for t in records(tmp_path / "b" / "triples.jsonl"))
    bad = graphbuild("build", str(FIXTURES), "--out", str(tmp_path / "c"), "--since", "March")
    assert bad.returncode == 2 and "--since 'March'" in bad.stderr


def test_monthly_csv_and_png_for_a_dyad(out: Path, tmp_path: Path) -> None:
    done = graphbuild("timeseries", str(out), "--source", "Russia", "--target", "ukr", "--freq", "month",
                      "--out", str(tmp_path / "ru-ua.csv"), "--png", str(tmp_path / "ru-ua.png"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with (tmp_path / "ru-ua.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                             "material_conflict", "goldstein"]  # fmt: skip
    pair = {"RUS", "UKR"}
    events = [e for e in records(out / "events.jsonl") if e["event_date"] and (
        (e["source"], e["target"]) == ("RUS", "UKR") or (e["symmetric"] and {e["source"], e["target"]} == pair))]
    assert [r["period"] for r in rows] == ["2024-03", "2024-04"]
    for row in rows:
        month = [e for e in events if e["event_date"].startswith(row["period"])]
        assert int(row["events"]) == len(month) > 0
        assert float(row["goldstein"]) == pytest.approx(sum(e["goldstein"] for e in month))
        assert int(row["material_conflict"]) == sum(e["quad"] == 4 for e in month)
    assert "1 undated events left out" in done.stderr
    import matplotlib.image

    picture = matplotlib.image.imread(str(tmp_path / "ru-ua.png"))
    assert picture.shape[0] >= 600 and picture.shape[1] >= 600
    assert len({tuple(pixel) for pixel in picture[::7, ::7].reshape(-1, picture.shape[2])}) > 20  # drawn, not blank
    unknown = graphbuild("timeseries", str(out), "--source", "Atlantis", "--target", "UKR", "--out",
                         str(tmp_path / "x.csv"))  # fmt: skip
    assert unknown.returncode == 2 and "no actor 'Atlantis'" in unknown.stderr


def test_both_directions_and_weekly_periods(out: Path) -> None:
    one = dyad_series(out, SeriesOptions("UKR", "RUS", freq="week"))
    both = dyad_series(out, SeriesOptions("UKR", "RUS", freq="week", both=True))
    # Ukraine on Russia: the condemnation of the shelling, the accusation and the meeting; both ways adds Russia's two
    # attacks
    assert sum(r["events"] for r in one.rows) == 3 and sum(r["events"] for r in both.rows) == 5
    assert [r["period"] for r in both.rows] == ["2024-W11", "2024-W12", "2024-W13", "2024-W14", "2024-W15",
                                                "2024-W16"]  # fmt: skip


def test_named_query_gives_the_csv_rows_from_the_rdf_store(out: Path, tmp_path: Path) -> None:
    store = tmp_path / "rdf"
    load_rdf(out, store)
    for freq in ("day", "week", "month"):
        for both in (False, True):
            series = dyad_series(out, SeriesOptions("RUS", "UKR", both=both, freq=freq))
            rows = run_query("dyad_timeseries", {"source": "RUS", "target": "UKR", "freq": freq,
                                                 "both": int(both)}, store=store)  # fmt: skip
            assert rows == [row for row in series.rows if row["events"]], (freq, both)
    assert run_query("dyad_timeseries", {"source": "RUS", "target": "UKR", "min_confidence": 0.99}, store=store) == []
    filtered = graphbuild("query", "dyad_timeseries", "-p", "source=RUS", "-p", "target=UKR", "--store", str(store),
                          "--since", "2024-04", "-f", "csv")  # fmt: skip
    assert filtered.returncode == 0, filtered.stderr
    assert [line.split(",")[0] for line in filtered.stdout.splitlines()] == ["period", "2024-04"]
    refused = graphbuild("query", "who_acts_on", "-p", "target=UKR", "--store", str(store), "--since", "2024")
    assert refused.returncode == 2 and "takes no --since" in refused.stderr


def test_rdf_store_holds_incidents_linked_to_mentions_and_articles(out: Path, tmp_path: Path) -> None:
    from graphbuild.rdf.validate import validate_store

    store = tmp_path / "rdf"
    load_rdf(out, store)
    load_rdf(out, store)  # twice: nothing doubles
    from pyoxigraph import Store

    opened = Store.read_only(str(store))
    prefix = "PREFIX gb: <https://w3id.org/graphbuild/ontology#> "
    incidents = list(opened.query(prefix + "SELECT ?i WHERE { GRAPH ?g { ?i a gb:Incident } }"))
    assert len(incidents) == len(records(out / "events.jsonl"))
    links = list(opened.query(prefix + "SELECT ?i ?e ?x WHERE { GRAPH ?g { ?i gb:mentionedBy ?e } "
                              "GRAPH ?h { ?e a gb:Event ; gb:eventDate ?d } GRAPH ?k { ?i gb:reportedIn ?x } "
                              "GRAPH ?m { ?x a gb:Article } }"))  # fmt: skip
    assert len({str(row["e"]) for row in links}) == 17  # every dated mention is linked and exists
    del opened
    conforms, report = validate_store(store)
    assert conforms, report
    filtered = graphbuild("rdf", "load", str(out), "--store", str(tmp_path / "april"), "--since", "2024-04")
    assert filtered.returncode == 0, filtered.stderr
    assert "1 undated" in filtered.stderr and "outside --since/--until" in filtered.stderr
    april = Store.read_only(str(tmp_path / "april"))
    dates = {row["d"].value for row in april.query(prefix + "SELECT ?d WHERE { GRAPH ?g { ?i a gb:Incident ; "
                                                   "gb:eventDate ?d } }")}  # fmt: skip
    assert dates == {"2024-04-04", "2024-04-19"}


@pytest.mark.neo4j
def test_neo4j_holds_incidents_and_aggregates_count_distinct_events(out: Path, neo4j_empty: Any) -> None:
    from graphbuild.neo4j.connection import connected
    from graphbuild.neo4j.loader import load_output, read, store_counts

    events = records(out / "events.jsonl")
    first = load_output(out, neo4j_empty)
    second = load_output(out, neo4j_empty)  # re-loading changes nothing
    assert first.incidents == second.incidents == len(events)
    assert first.counts == second.counts
    counts = second.counts
    assert counts["Incident"] == len(events)
    assert counts["MENTIONED_BY"] == sum(len(e["triples"]) for e in events)
    assert counts["IN_ARTICLE"] == sum(e["num_articles"] for e in events)
    with connected(neo4j_empty) as driver:
        (shelling,) = read(driver, neo4j_empty.database, "MATCH (i:Incident {event_date: '2024-03-12', relation: "
                           "'ASSAULT'})-[:IN_ARTICLE]->(x:Article) "
                           "RETURN i.relation AS r, collect(x.id) AS articles")  # fmt: skip
        assault = read(driver, neo4j_empty.database, "MATCH (:Actor {id: 'RUS'})-[x:ASSAULT]->(:Actor {id: 'UKR'}) "
                       "RETURN x.events AS mentions, x.distinct_events AS events, x.articles AS articles")[0]
        consult = read(driver, neo4j_empty.database, "MATCH (:Actor {id: 'RUS'})-[x:CONSULT]->(:Actor {id: 'UKR'}) "
                       "RETURN x.events AS mentions, x.distinct_events AS events, x.articles AS articles")[0]
        dated = read(driver, neo4j_empty.database,
                     "MATCH (e:Event) WHERE e.event_date IS NOT NULL RETURN count(e) AS n")
    assert shelling["r"] == "ASSAULT" and sorted(shelling["articles"]) == ["en-kharkiv-shelling",
                                                                           "id-kharkiv-penembakan"]  # fmt: skip
    assert assault == {"mentions": 8, "events": 3, "articles": 4}  # the shelling of Kharkiv in headlines and leads
    assert consult == {"mentions": 3, "events": 1, "articles": 2}  # "Delegasi Ukraina bertemu dengan delegasi
    # Rusia": one way between two states (`grammar.people_meet_both_ways`), both ways in the title's "dan"
    assert dated[0]["n"] == 17
    april = load_output(out, neo4j_empty, keep=LoadFilter("2024-04", None))
    assert april.incidents == 3 and april.left_out["undated_excluded"] == 1  # the loaded store mirrors the filter
    with connected(neo4j_empty) as driver:
        assert store_counts(driver, neo4j_empty.database)["Incident"] == 3


def test_export_filters_on_event_dates_and_confidence(out: Path, tmp_path: Path) -> None:
    from graphbuild.export import export, parse_filter

    april = export(out, "csv", tmp_path / "april.csv", parse_filter(since="2024-04"))
    assert april.graph_info["undated_excluded"] == 1 and april.graph_info["outside_dates"] == 8
    with (tmp_path / "april.edges.csv").open(encoding="utf-8") as handle:
        edges = {row["relation"]: row for row in csv.DictReader(handle) if row["Source"] == "RUS"}
    assert edges["ASSAULT"]["first_date"] == edges["ASSAULT"]["last_date"] == "2024-04-04"
    assert (edges["CONSULT"]["Weight"], edges["CONSULT"]["distinct_events"], edges["CONSULT"]["articles"]) == (
        "3", "1", "2")  # three mentions of one meeting in two articles (the Indonesian lead's one way)
    strict = export(out, "csv", tmp_path / "strict.csv", parse_filter(min_confidence=0.99))
    assert strict.edges == 0 and strict.graph_info["below_min_confidence"] == 18
    done = graphbuild("export", str(out), "--format", "csv", "--out", str(tmp_path / "cli.csv"), "--until", "2024-03")
    assert done.returncode == 0 and "1 undated" in done.stderr


def test_load_filters_apply_to_whole_loads_only(out: Path) -> None:
    neo4j = graphbuild("load", "neo4j", str(out), "--replace-article", "en-odesa-drones", "--since", "2024")
    assert neo4j.returncode == 2 and "not --replace-article" in neo4j.stderr
    rdf = graphbuild("rdf", "load", str(out), "--article", "en-odesa-drones", "--min-confidence", "0.5")
    assert rdf.returncode == 2 and "not --article" in rdf.stderr

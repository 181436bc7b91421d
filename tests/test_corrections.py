"""The corrections file: every operation on a real build of data/samples, stale and invalid operations,
malformed lines, `build --corrections` end to end (RDF, exports, Neo4j), and the export as training annotations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from graphbuild.api import BuildOptions, build
from graphbuild.model import Actor, ActorRecord, Affiliation, Article, InputError, Triple, iter_records
from graphbuild.review.corrections import REPORT_FILE, Corrector
from graphbuild.review.operations import read_corrections

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the bundled sample articles without corrections (no graph exports)."""
    out = tmp_path_factory.mktemp("baseline") / "out"
    summary = build([str(SAMPLES)], out, BuildOptions(parser="none", exports=False))
    assert summary.exit_code == 0 and summary.triples > 10
    return out


def records(path: Path) -> list[dict[str, Any]]:
    return [record for _, record in iter_records(path)]


@pytest.fixture(scope="module")
def base(baseline: Path) -> dict[str, Any]:
    """The baseline's articles, triples per article and actor records."""
    articles = [Article.from_dict(r) for r in records(baseline / "articles.jsonl")]
    triples: dict[str, list[Triple]] = defaultdict(list)
    for record in records(baseline / "triples.jsonl"):
        triples[record["article_id"]].append(Triple.from_dict(record))
    actors = [ActorRecord(Actor.from_dict(r), r["mentions"], tuple(r["articles"]),
                          tuple(Affiliation.from_dict(a) for a in r["affiliations"]), r["origin"])
              for r in records(baseline / "actors.jsonl")]  # fmt: skip
    return {"articles": articles, "triples": triples, "actors": actors,
            "all": [t for a in articles for t in triples[a.id]]}  # fmt: skip


def write_ops(path: Path, *lines: dict[str, Any] | str) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")  # fmt: skip
    return path


def run(base: dict[str, Any], path: Path) -> tuple[Corrector, list[Triple], list[ActorRecord]]:
    """Apply a corrections file to the baseline as a build does: article by article, then the actors."""
    from graphbuild.resolve.gazetteer import load_gazetteer

    corrector = Corrector.from_file(path, load_gazetteer().actors)
    out = [t for article in base["articles"] for t in corrector.apply(article, base["triples"][article.id])]
    return corrector, out, corrector.finish_actors(base["actors"])


def statuses(corrector: Corrector) -> list[str]:
    return [outcome.status for outcome in corrector.outcomes]


def distinct_pair(base: dict[str, Any], skip: set[str] = frozenset()) -> Triple:  # type: ignore[assignment]
    """A triple between actors of different states whose actor pair no other triple of its sentence has."""
    for triple in base["all"]:
        pair = {triple.source.actor.id, triple.target.actor.id}
        same = [t for t in base["all"] if (t.article_id, t.sentence_start) == (triple.article_id, triple.sentence_start)
                and {t.source.actor.id, t.target.actor.id} == pair]
        states = (triple.source.actor.state, triple.target.actor.state)
        if len(same) == 1 and None not in states and states[0] != states[1] and triple.article_id not in skip:
            return triple
    raise AssertionError("the samples have no triple with a distinct pair")


def test_reject_by_id_and_by_pattern(base: dict[str, Any], tmp_path: Path) -> None:
    first, other = base["all"][0], base["all"][-1]
    same_pattern = [t for t in base["all"] if (t.article_id, t.source.actor.id, t.relation, t.target.actor.id)
                    == (other.article_id, other.source.actor.id, other.relation, other.target.actor.id)]  # fmt: skip
    path = write_ops(tmp_path / "c.jsonl", {"op": "reject", "id": first.id, "note": "no event", "by": "ana"},
                     {"op": "reject", "article": other.article_id, "source": other.source.actor.id,
                      "relation": other.relation, "target": other.target.actor.id})  # fmt: skip
    corrector, out, _ = run(base, path)
    ids = {t.id for t in out}
    assert first.id not in ids and not ids & {t.id for t in same_pattern}
    assert len(out) == len(base["all"]) - 1 - len(same_pattern)
    assert statuses(corrector) == ["applied", "applied"]
    assert corrector.outcomes[1].matched == len(same_pattern)
    assert corrector.summary()["triples_removed"] == 1 + len(same_pattern)


def test_relabel_recodes_and_gives_a_new_id(base: dict[str, Any], tmp_path: Path) -> None:
    triple = next(t for t in base["all"] if t.relation != "PROTEST")
    path = write_ops(tmp_path / "c.jsonl", {"op": "relabel", "id": triple.id, "new_relation": "PROTEST",
                                            "new_mode": "reported"})  # fmt: skip
    corrector, out, _ = run(base, path)
    changed = [t for t in out if t.relation == "PROTEST" and t.trigger == triple.trigger
               and t.source.start == triple.source.start]  # fmt: skip
    assert len(changed) == 1 and changed[0].mode == "reported" and changed[0].id != triple.id
    assert (changed[0].cameo, changed[0].goldstein) != (triple.cameo, triple.goldstein)
    assert changed[0].id == changed[0].compute_id()
    report = corrector.outcomes[0].to_dict()
    assert report["status"] == "applied" and report["triples"][0]["relation"] == triple.relation
    assert report["triples"][0]["after"]["relation"] == "PROTEST"


def test_operations_apply_in_file_order(base: dict[str, Any], tmp_path: Path) -> None:
    triple = next(t for t in base["all"] if t.relation != "PROTEST")
    relabelled = Triple.from_dict(triple.to_dict() | {"relation": "PROTEST", "id": ""})
    path = write_ops(tmp_path / "c.jsonl", {"op": "relabel", "id": triple.id, "new_relation": "PROTEST"},
                     {"op": "reject", "id": relabelled.id})  # fmt: skip
    corrector, out, _ = run(base, path)
    assert statuses(corrector) == ["applied", "applied"]
    assert len(out) == len(base["all"]) - 1


def test_set_actor_known_new_and_unknown(base: dict[str, Any], tmp_path: Path) -> None:
    first, second, third = base["all"][0], base["all"][1], base["all"][2]
    new = {"id": "new-ally", "name": "New Ally", "type": "Group"}
    path = write_ops(tmp_path / "c.jsonl", {"op": "set_actor", "id": first.id, "side": "target", "actor": "NZL"},
                     {"op": "set_actor", "id": second.id, "side": "source", "actor": new},
                     {"op": "set_actor", "id": third.id, "side": "source", "actor": "no-such-actor"})  # fmt: skip
    corrector, out, actors = run(base, path)
    assert statuses(corrector) == ["applied", "applied", "invalid"]
    assert "unknown actor 'no-such-actor'" in corrector.outcomes[2].invalid
    by_trigger = {(t.article_id, t.trigger.start, t.relation, t.source.start): t for t in out}
    assert by_trigger[(first.article_id, first.trigger.start, first.relation, first.source.start)].target.actor.id \
        == "NZL"  # fmt: skip
    assert any(t.source.actor.id == "new-ally" and t.source.start == second.source.start for t in out)
    listed = {record.actor.id: record for record in actors}
    assert listed["new-ally"].source == "correction" and listed["new-ally"].articles == (second.article_id,)
    assert "NZL" in listed
    errors = corrector.invalid_errors()
    assert len(errors) == 1 and errors[0].line == 3 and errors[0].kind == "corrections"


def merge_pair(base: dict[str, Any]) -> tuple[str, str]:
    """A person of the samples and the state they belong to, both in the build."""
    ids = {record.actor.id for record in base["actors"]}
    person = next(r.actor for r in base["actors"] if r.actor.type == "Person" and r.actor.country in ids
                  and any(t.source.actor.id == r.actor.id or t.target.actor.id == r.actor.id for t in base["all"]))
    return person.id, str(person.country)


def test_merge_actors_leaves_no_trace_of_the_merged_actor(base: dict[str, Any], tmp_path: Path) -> None:
    person, state = merge_pair(base)
    involved = [t for t in base["all"] if person in (t.source.actor.id, t.target.actor.id)]
    loops = [t for t in involved if {t.source.actor.id, t.target.actor.id} == {person, state}]
    path = write_ops(tmp_path / "c.jsonl", {"op": "merge_actors", "from": person, "into": state})
    corrector, out, actors = run(base, path)
    assert statuses(corrector) == ["applied"] and corrector.outcomes[0].matched == len(involved)
    assert not [t for t in out if person in (t.source.actor.id, t.target.actor.id)]
    assert len(out) == len(base["all"]) - len(loops)  # an actor acting on itself is no event
    assert all(t.source.actor.id != t.target.actor.id for t in out)
    listed = {record.actor.id for record in actors}
    assert person not in listed and state in listed
    assert corrector.actor_id(person) == state
    assert all(tie.organisation != person for record in actors for tie in record.affiliations)


def test_reject_rule_with_wildcards_and_language(base: dict[str, Any], tmp_path: Path) -> None:
    rule = base["all"][0].trigger.rule
    language = base["all"][0].language
    other = "en" if language == "id" else "id"
    family = rule.rsplit(".", 1)[0] + ".*"
    path = write_ops(tmp_path / "c.jsonl", {"op": "reject_rule", "rule": rule, "language": other},
                     {"op": "reject_rule", "rule": family})  # fmt: skip
    corrector, out, _ = run(base, path)
    assert statuses(corrector) == ["stale", "applied"]
    prefix = family[:-1]
    assert not [t for t in out if t.trigger.rule.startswith(prefix)]
    assert len(out) == len(base["all"]) - sum(t.trigger.rule.startswith(prefix) for t in base["all"])


def test_add_checks_offsets_against_the_article(base: dict[str, Any], tmp_path: Path) -> None:
    model = base["all"][0]
    article = next(a for a in base["articles"] if a.id == model.article_id)

    def span(mention: Any, actor: str | None = None) -> dict[str, Any]:
        data = {"start": mention.start, "end": mention.end, "text": article.text[mention.start : mention.end]}
        return data | ({"actor": actor} if actor else {})

    good = {"op": "add", "article": article.id, "relation": "THREATEN",
            "source": span(model.source, model.source.actor.id), "target": span(model.target, model.target.actor.id),
            "trigger": span(model.trigger)}  # fmt: skip
    wrong_text = good | {"trigger": span(model.trigger) | {"text": "not there"}}
    outside = good | {"target": {"start": len(article.text) + 5, "end": len(article.text) + 9,
                                 "actor": model.target.actor.id}}  # fmt: skip
    nowhere = good | {"article": "no-such-article"}
    path = write_ops(tmp_path / "c.jsonl", good, wrong_text, outside, nowhere)
    corrector, out, _ = run(base, path)
    assert statuses(corrector) == ["applied", "invalid", "invalid", "stale"]
    assert "hold" in corrector.outcomes[1].invalid and "outside article" in corrector.outcomes[2].invalid
    added = [t for t in out if t.extractor == "graphbuild-corrections"]
    assert len(added) == 1 and added[0].relation == "THREATEN" and added[0].confidence == 1.0
    assert added[0].sentence_start == model.sentence_start and added[0].sentence == model.sentence
    assert added[0].trigger.rule == "correction.add" and added[0].goldstein is not None
    assert article.text[added[0].source.start : added[0].source.end] == added[0].source.text


def test_fix_affiliation_adds_removes_and_goes_stale(base: dict[str, Any], tmp_path: Path) -> None:
    holder = next(r for r in base["actors"] if r.affiliations)
    tie = holder.affiliations[0]
    path = write_ops(tmp_path / "c.jsonl",
                     {"op": "fix_affiliation", "person": holder.actor.id, "relation": tie.relation,
                      "organisation": tie.organisation, "role": tie.role, "remove": True},
                     {"op": "fix_affiliation", "person": holder.actor.id, "relation": "MEMBER_OF",
                      "organisation": "UN", "start": "2020-01-01"},
                     {"op": "fix_affiliation", "person": "nobody-here", "relation": "MEMBER_OF",
                      "organisation": "UN"})  # fmt: skip
    corrector, _out, actors = run(base, path)
    assert statuses(corrector) == ["applied", "applied", "stale"]
    ties = next(r for r in actors if r.actor.id == holder.actor.id).affiliations
    assert tie not in ties
    assert any(t.relation == "MEMBER_OF" and t.organisation == "UN" and t.rule == "correction:2" for t in ties)


def test_stale_operations_are_listed_not_dropped(base: dict[str, Any], tmp_path: Path) -> None:
    path = write_ops(tmp_path / "c.jsonl", {"op": "reject", "id": "000000000000"},
                     {"op": "relabel", "article": "gone", "source": "RUS", "relation": "ASSAULT", "target": "UKR",
                      "new_relation": "AGREE"},
                     {"op": "set_actor", "id": "ffffffffffff", "side": "source", "actor": "RUS"},
                     {"op": "merge_actors", "from": "never-seen", "into": "RUS"},
                     {"op": "reject_rule", "rule": "xx.no.such.rule"})  # fmt: skip
    corrector, out, _ = run(base, path)
    assert statuses(corrector) == ["stale"] * 5
    assert len(out) == len(base["all"])
    summary = corrector.summary()
    assert summary["stale"] == 5 and summary["applied"] == 0 and "5 stale" in summary["summary"]
    corrector.write_report(tmp_path)
    lines = records(tmp_path / REPORT_FILE)
    assert [line["status"] for line in lines] == ["stale"] * 5 and [line["line"] for line in lines] == [1, 2, 3, 4, 5]


def test_malformed_lines_name_file_and_line(tmp_path: Path) -> None:
    path = write_ops(tmp_path / "bad.jsonl", {"op": "reject", "id": "abc"}, "not json", "[1, 2]",
                     {"op": "frobnicate"}, {"op": "reject"}, {"op": "relabel", "id": "x"},
                     {"op": "relabel", "id": "x", "new_relation": "HUG"}, {"op": "reject", "id": "a", "extra": 1},
                     {"op": "merge_actors", "from": "RUS", "into": "RUS"},
                     {"op": "add", "article": "a", "relation": "AID", "source": {"actor": "X", "start": 5, "end": 2},
                      "target": {"actor": "Y", "start": 0, "end": 1}, "trigger": {"start": 1, "end": 2}},
                     "", "// a comment", {"op": "reject_rule", "rule": "en.*", "by": "ana"})  # fmt: skip
    items = list(read_corrections(path))
    errors = [item for item in items if isinstance(item, InputError)]
    good = [item for item in items if not isinstance(item, InputError)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert all(str(e).startswith(f"{path}:{e.line}: ") for e in errors)
    messages = [e.reason for e in errors]
    assert "not JSON" in messages[0] and "expected a JSON object" in messages[1] and "frobnicate" in messages[2]
    assert "`id`, or all of" in messages[3] and "new_relation" in messages[4] and "HUG" in messages[5]
    assert "extra" in messages[6] and "same actor" in messages[7] and "end (2) must be after start (5)" in messages[8]
    assert [(g.line, g.op.kind) for g in good] == [(1, "reject"), (13, "reject_rule")]
    missing = list(read_corrections(tmp_path / "missing.jsonl"))
    assert len(missing) == 1 and "cannot read" in missing[0].reason


def test_bad_lines_in_a_build_exit_2_and_the_rest_applies(base: dict[str, Any], tmp_path: Path) -> None:
    """`GRAPHBUILD_CORRECTIONS` through the real CLI, on one sample article."""
    target = next(t for t in base["all"] if t.article_id == "sample-en-ministers")
    path = write_ops(tmp_path / "c.jsonl", "{broken", {"op": "reject", "id": target.id}, {"op": "nope"})
    out = tmp_path / "out"
    env = {**os.environ, "GRAPHBUILD_CORRECTIONS": str(path)}
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(SAMPLES / "sample-en-ministers.txt"),
                           "--out", str(out), "--parser", "none", "--no-rdf", "--no-exports", "-q"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode == 2, done.stderr
    errors = records(out / "errors.jsonl")
    assert [(e["line"], e["kind"]) for e in errors] == [(1, "corrections"), (3, "corrections")]
    assert all(e["message"].startswith(f"{path}:") for e in errors)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["errors"] == 2 and summary["stages"]["corrections"]["applied"] == 1
    assert summary["stages"]["corrections"]["malformed"] == 2
    assert target.id not in {r["id"] for r in records(out / "triples.jsonl")}


# -- the bar: build --corrections on real files, stores and exports follow -------------------------------------


@pytest.fixture(scope="module")
def corrected(baseline: Path, base: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`graphbuild build --corrections` (the real CLI) with a reject, a relabel and a merge."""
    folder = tmp_path_factory.mktemp("corrected")
    rejected = distinct_pair(base)
    relabelled = distinct_pair(base, skip={rejected.article_id})
    person, state = merge_pair(base)
    new_relation = "PROTEST" if relabelled.relation != "PROTEST" else "ACCUSE"
    path = write_ops(folder / "fixes.jsonl", {"op": "reject", "id": rejected.id, "by": "ana", "note": "no event"},
                     {"op": "relabel", "id": relabelled.id, "new_relation": new_relation},
                     {"op": "merge_actors", "from": person, "into": state})  # fmt: skip
    out = folder / "out"
    done = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(SAMPLES), "--out", str(out),
                           "--parser", "none", "--corrections", str(path), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return {"out": out, "file": path, "rejected": rejected, "relabelled": relabelled, "new_relation": new_relation,
            "person": person, "state": state}  # fmt: skip


def test_build_applies_the_corrections(baseline: Path, base: dict[str, Any], corrected: dict[str, Any]) -> None:
    out = corrected["out"]
    summary = json.loads((out / "summary.json").read_text())
    stage = summary["stages"]["corrections"]
    assert (stage["operations"], stage["applied"], stage["stale"], stage["invalid"]) == (3, 3, 0, 0)
    triples = records(out / "triples.jsonl")
    ids = {t["id"] for t in triples}
    assert corrected["rejected"].id not in ids and corrected["relabelled"].id not in ids
    relabelled = [t for t in triples if t["trigger"]["start"] == corrected["relabelled"].trigger.start
                  and t["article_id"] == corrected["relabelled"].article_id
                  and t["source"]["start"] == corrected["relabelled"].source.start]  # fmt: skip
    assert [t["relation"] for t in relabelled] == [corrected["new_relation"]]
    person = corrected["person"]
    assert not [t for t in triples if person in (t["source"]["id"], t["target"]["id"])]
    assert person not in {a["id"] for a in records(out / "actors.jsonl")}
    assert summary["triples"] == len(triples) < len(base["all"])
    assert [line["status"] for line in records(out / REPORT_FILE)] == ["applied"] * 3


def test_rdf_store_and_exports_reflect_the_corrections(baseline: Path, corrected: dict[str, Any]) -> None:
    from graphbuild.graph import load_graph
    from graphbuild.rdf import count, load_output, open_store

    before = count(open_store(baseline / "rdf", read_only=True))
    after = count(open_store(corrected["out"] / "rdf", read_only=True))
    triples = len(records(corrected["out"] / "triples.jsonl"))
    assert after.events == triples < before.events
    person = corrected["person"]
    store = open_store(corrected["out"] / "rdf", read_only=True)
    ask = 'ASK {{ GRAPH ?g {{ ?a <https://w3id.org/graphbuild/ontology#actorId> "{}" }} }}'
    assert not store.query(ask.format(person)) and store.query(ask.format(corrected["state"]))
    graphml = (corrected["out"] / "graph.graphml").read_text(encoding="utf-8")
    assert f'"{person}"' not in graphml and f'"{corrected["state"]}"' in graphml
    assert person not in load_graph(corrected["out"])
    report = load_output(corrected["out"])  # `rdf load` of a corrected build needs nothing more
    assert report.events == after.events


@pytest.mark.neo4j
def test_neo4j_load_of_a_corrected_build_retracts_the_rejected(baseline: Path, corrected: dict[str, Any],
                                                              neo4j_empty: Any) -> None:  # fmt: skip
    from graphbuild.neo4j.connection import connected
    from graphbuild.neo4j.loader import load_output, read

    first = load_output(baseline, neo4j_empty)
    second = load_output(corrected["out"], neo4j_empty)
    assert second.counts["Event"] == len(records(corrected["out"] / "triples.jsonl")) < first.counts["Event"]
    with connected(neo4j_empty) as driver:
        rows = read(driver, neo4j_empty.database, "MATCH (e:Event {id: $id}) RETURN e", id=corrected["rejected"].id)
        assert rows == []
        rows = read(driver, neo4j_empty.database, "MATCH (a:Actor {id: $id}) RETURN a", id=corrected["person"])
        # the merged-away actor is gone, with its ties (pruned by the exact retraction of its re-extracted
        # articles, or by the corrections cleanup when nothing else removed it)
        assert rows == []
        ties = read(driver, neo4j_empty.database, "MATCH (a:Actor {id: $id})-[t]-() RETURN t", id=corrected["person"])
        assert ties == []
    again = load_output(corrected["out"], neo4j_empty)  # loading again changes nothing
    assert again.counts == second.counts


def test_export_as_annotations_feeds_training(corrected: dict[str, Any], tmp_path: Path) -> None:
    from graphbuild.extract.engine import LexiconExtractor
    from graphbuild.learn.train import NONE, collect_examples, read_annotations

    folder = tmp_path / "annotations"
    done = subprocess.run([sys.executable, "-m", "graphbuild", "corrections", "export", str(corrected["file"]),
                           "--build", str(corrected["out"]), "--as-annotations", str(folder)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["operations"] == 2 and report["sentences"] == 2 and report["skipped"] == {"not an annotation": 1}
    sentences = read_annotations(folder)
    assert {s.article_id for s in sentences} == {corrected["rejected"].article_id,
                                                 corrected["relabelled"].article_id}  # fmt: skip
    assert all(s.pass_ == 1 and s.split in ("train", "dev") and s.annotator for s in sentences)
    examples = collect_examples(LexiconExtractor(parser="none", model="none"), [str(SAMPLES)], sentences)

    def label(triple: Triple) -> str:
        where = f"{triple.article_id}#"
        pair = f": {triple.source.actor.name} -> {triple.target.actor.name} |"
        found = [e.label for e in examples if e.where.startswith(where) and pair in e.where]
        assert len(found) == 1, (triple, [e.where for e in examples])
        return found[0]

    assert label(corrected["rejected"]) == NONE
    assert label(corrected["relabelled"]) == corrected["new_relation"]


def test_the_build_report_is_never_read_as_corrections(tmp_path: Path) -> None:
    report = write_ops(tmp_path / REPORT_FILE, {"op": "reject", "id": "abc"})
    corrector = Corrector.from_file(report, {}, tmp_path)
    assert corrector.outcomes == [] and len(corrector.errors) == 1
    assert "is the report this build writes" in str(corrector.errors[0])
    assert len(Corrector.from_file(report, {}, tmp_path / "elsewhere").outcomes) == 1


def test_merge_into_an_actor_the_corrections_describe(base: dict[str, Any], tmp_path: Path) -> None:
    person, _state = merge_pair(base)
    bloc = {"id": "new-bloc", "name": "New Bloc", "type": "Group"}
    path = write_ops(tmp_path / "c.jsonl", {"op": "merge_actors", "from": person, "into": bloc})
    corrector, out, actors = run(base, path)
    involved = [t for t in base["all"] if person in (t.source.actor.id, t.target.actor.id)]
    assert statuses(corrector) == ["applied"]
    assert sum("new-bloc" in (t.source.actor.id, t.target.actor.id) for t in out) == len(involved)
    listed = {record.actor.id: record for record in actors}
    assert person not in listed and listed["new-bloc"].source == "correction"
    assert listed["new-bloc"].actor.name == "New Bloc"


def test_corrections_check_command(tmp_path: Path) -> None:
    path = write_ops(tmp_path / "c.jsonl", {"op": "reject", "id": "abc"}, "nope", {"op": "relabel", "id": "x"})
    done = subprocess.run([sys.executable, "-m", "graphbuild", "corrections", "check", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 2 and "1 operations, 2 bad lines" in done.stdout
    assert f"{path}:2: not JSON" in done.stderr and f"{path}:3: bad relabel" in done.stderr
    good = write_ops(tmp_path / "good.jsonl", {"op": "reject_rule", "rule": "en.*"})
    assert subprocess.run([sys.executable, "-m", "graphbuild", "corrections", "check", str(good)], cwd=ROOT,
                          capture_output=True, timeout=300).returncode == 0  # fmt: skip

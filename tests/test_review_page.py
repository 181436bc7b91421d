"""The review page at /review, served by a real `graphbuild serve` beside /sparql: its JSON over HTTP, its
security rules (read-only by default, a flag and a token to write, the Host check), and in real headless Chromium:
search in Indonesian, an actor page, clicking through corrections, rebuilding with them and seeing them applied;
hostile data stays text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from graphbuild.api import BuildOptions, build
from graphbuild.model import iter_records
from graphbuild.rdf import load_output
from tests.fixtures.rdf_server import Endpoint
from tests.test_graph_fixtures import HOSTILE_NAME, HOSTILE_SENTENCE, write_fixture_output

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
TOKEN = "review-s3cret"
PWNED = "['__pwnedName', '__pwnedTitle', '__pwnedImg', '__pwnedUrl'].filter(k => k in window)"


def build_samples(out: Path, corrections: Path | None = None) -> Any:
    inputs = [str(SAMPLES / "kontan-kim-putin.txt"), str(SAMPLES / "sample-en-sanctions.md")]
    return build(inputs, out, BuildOptions(parser="none", exports=False,
                                           corrections=str(corrections) if corrections else None))  # fmt: skip


def triples(out: Path) -> list[dict[str, Any]]:
    return [record for _, record in iter_records(out / "triples.jsonl")]


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "out"
    assert build_samples(out).exit_code == 0
    return out


@pytest.fixture(scope="module")
def writable(sample_out: Path) -> Iterator[Endpoint]:
    server = Endpoint(sample_out / "rdf", "--out", str(sample_out), "--corrections",
                      str(sample_out.parent / "fixes.jsonl"), "--allow-corrections",
                      env={"GRAPHBUILD_REVIEW_TOKEN": TOKEN})  # fmt: skip
    yield server
    server.stop()


@pytest.fixture(scope="module")
def read_only(sample_out: Path) -> Iterator[Endpoint]:
    server = Endpoint(sample_out / "rdf", "--out", str(sample_out), "--corrections",
                      str(sample_out.parent / "never.jsonl"), env={"GRAPHBUILD_REVIEW_TOKEN": TOKEN})  # fmt: skip
    yield server
    server.stop()


def get_json(endpoint: Endpoint, path: str) -> tuple[int, Any]:
    response = endpoint.request("GET", path)
    assert response.content_type == "application/json", response.headers
    return response.status, json.loads(response.text)


def post(endpoint: Endpoint, body: str, token: str | None = TOKEN, content_type: str = "application/json") -> Any:
    headers = {"Content-Type": content_type} | ({"Authorization": f"Bearer {token}"} if token else {})
    return endpoint.request("POST", "/review/api/corrections", body, headers)


def test_search_finds_actors_by_any_language_name(writable: Endpoint, sample_out: Path) -> None:
    actors = {t["target"]["id"] for t in triples(sample_out)} | {t["source"]["id"] for t in triples(sample_out)}
    status, found = get_json(writable, "/review/api/search?q=Rusia")  # Indonesian
    assert status == 200 and found["results"][0]["id"] == "RUS" and found["results"][0]["labels"]["id"] == "Rusia"
    _, found = get_json(writable, "/review/api/search?q=korea%20utara")
    assert "PRK" in [r["id"] for r in found["results"]] and "PRK" in actors
    _, found = get_json(writable, "/review/api/search?q=KREMLIN")  # a metonym, any case
    assert [r["id"] for r in found["results"]][:1] == ["RUS"]
    _, none = get_json(writable, "/review/api/search?q=zzzz-nothing")
    assert none["results"] == []


def test_actor_page_data(writable: Endpoint, sample_out: Path) -> None:
    status, data = get_json(writable, "/review/api/actor?id=RUS")
    assert status == 200
    mine = [t for t in triples(sample_out) if "RUS" in (t["source"]["id"], t["target"]["id"])]
    assert sum(edge["count"] for edge in data["edges"]) == len(mine)
    assert all(len(edge["events"]) == edge["count"] for edge in data["edges"])  # under the evidence cap
    assert sum(data["by_type"].values()) == sum(not t["negated"] for t in mine)
    assert sum(count for _, count in data["timeline"]) == sum(data["by_type"].values())
    adversaries = {row["id"] for row in data["adversaries"]}
    assert "UKR" in adversaries  # Russia's ASSAULT on Ukraine is conflict
    event = data["edges"][0]["events"][0]
    for span in event["highlights"]:
        assert span["kind"] in ("source", "target", "trigger") and 0 <= span["start"] < span["end"]
    names = {span["kind"]: event["sentence"][span["start"] : span["end"]] for span in event["highlights"]}
    assert names.get("trigger") == event["trigger"]
    status, article = get_json(writable, f"/review/api/article?id={event['article_id']}")
    assert status == 200 and event["sentence"] in article["article"]["text"]
    assert get_json(writable, "/review/api/actor?id=nobody")[0] == 404
    assert get_json(writable, "/review/api/article?id=nothing")[0] == 404


def test_writing_needs_the_flag_and_the_token(writable: Endpoint, read_only: Endpoint, sample_out: Path) -> None:
    op = json.dumps({"op": "reject", "id": "0123456789ab"})
    assert post(read_only, op).status == 403
    assert not (sample_out.parent / "never.jsonl").exists()
    assert post(writable, op, token=None).status == 401
    assert post(writable, op, token="wrong").status == 401
    assert post(writable, op, content_type="application/x-www-form-urlencoded").status == 415
    bad = post(writable, json.dumps({"op": "relabel", "id": "x"}))
    assert bad.status == 400 and "new_relation" in json.loads(bad.text)["error"]
    assert writable.request("GET", "/review/api/info", headers={"Host": "evil.example"}).status in (400, 403, 421)
    assert writable.request("GET", "/sparql?query=ASK%7B%7D").status == 200  # the endpoint is still beside it
    page = writable.request("GET", "/review")
    assert page.status == 200 and "default-src 'none'" in page.headers["content-security-policy"]


def test_the_page_says_when_a_build_is_writing(writable: Endpoint, sample_out: Path) -> None:
    marker = sample_out / ".incomplete"
    marker.write_text("{}\n")
    try:
        assert writable.request("GET", "/review/api/info").status == 503
    finally:
        marker.unlink()


# -- in the browser --------------------------------------------------------------------------------------------


def open_review(browser: Browser, endpoint: Endpoint, fragment: str = "") -> tuple[Page, list[str], list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(endpoint.url + "/review" + fragment)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    return page, errors, requests


def click_and_wait(page: Page, locator: Any) -> None:
    """Click a correction button and wait for the page to report it (locator waits: the page's CSP forbids the
    string evaluation `wait_for_function` needs)."""
    before = page.inner_text("#status")
    locator.click()
    expect(page.locator("#status")).not_to_have_text(before)
    assert page.inner_text("#status").startswith("appended"), page.inner_text("#status")


@pytest.mark.browser
def test_click_through_corrections_and_rebuild(browser: Browser, writable: Endpoint, sample_out: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    fixes = sample_out.parent / "fixes.jsonl"
    fixes.unlink(missing_ok=True)
    page, errors, requests = open_review(browser, writable)
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    page.fill("#by", "tester")
    page.fill("#q", "Rusia")
    page.click("#results a.actor >> text=Russia")
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name") == "Russia"
    events = page.locator(".event")
    first, second = events.nth(0), events.nth(1)
    rejected, relabelled = first.get_attribute("data-id"), second.get_attribute("data-id")
    click_and_wait(page, first.locator("button.reject"))
    current = second.locator("select.new-relation").input_value()
    new_relation = "PROTEST" if current != "PROTEST" else "ACCUSE"
    second.locator("select.new-relation").select_option(new_relation)
    click_and_wait(page, second.locator("button.relabel"))
    third = events.nth(2)
    refit = third.get_attribute("data-id")
    third.locator("select.side").select_option("target")
    third.locator("input.actor-id").fill("NZL")
    click_and_wait(page, third.locator("button.set-actor"))
    person = next(t["source"] for t in triples(sample_out)
                  if t["source"]["type"] == "Person" and t["source"].get("country"))
    page.goto(writable.url + "/review#actor=" + person["id"])
    expect(page.locator("#actor-name")).to_have_text(person["name"])
    page.fill("#merge-into", person["country"])
    click_and_wait(page, page.locator("#merge"))
    assert not errors and all(url.startswith(writable.url) for url in requests), (errors, requests)
    page.close()

    ops = [json.loads(line) for line in fixes.read_text().splitlines()]
    assert [op["op"] for op in ops] == ["reject", "relabel", "set_actor", "merge_actors"]
    assert ops[0]["id"] == rejected and ops[1] == ops[1] | {"id": relabelled, "new_relation": new_relation}
    assert ops[2] == ops[2] | {"id": refit, "side": "target", "actor": "NZL"}
    assert ops[3]["from"] == person["id"] and all(op["by"] == "tester" and op["at"] for op in ops)
    before = {t["id"]: t for t in triples(sample_out)}

    summary = build_samples(sample_out, fixes)  # rebuild with the corrections: they are applied
    stage = summary.stages["corrections"]
    assert (stage["applied"], stage["stale"], stage["invalid"]) == (4, 0, 0), stage
    after = triples(sample_out)
    ids = {t["id"] for t in after}
    assert rejected not in ids and relabelled not in ids and refit not in ids
    moved = before[refit]
    assert any(t["target"]["id"] == "NZL" and t["trigger"] == moved["trigger"] and t["article_id"] ==
               moved["article_id"] for t in after)  # fmt: skip

    page, errors, _ = open_review(browser, writable, "#actor=RUS")
    page.wait_for_selector(".event")
    shown = {page.locator(".event").nth(i).get_attribute("data-id") for i in range(page.locator(".event").count())}
    assert rejected not in shown and relabelled not in shown
    assert new_relation in page.inner_text("#actor-view")
    page.goto(writable.url + "/review#")
    page.fill("#q", person["name"])
    expect(page.locator("#results th").first).to_be_visible()  # the search has answered
    assert person["id"] not in page.inner_html("#results")
    assert not errors
    page.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    out = write_fixture_output(tmp_path_factory.mktemp("hostile") / "out")
    load_output(out)
    server = Endpoint(out / "rdf", "--out", str(out))
    yield server
    server.stop()


@pytest.mark.browser
def test_hostile_data_is_text(browser: Browser, hostile: Endpoint) -> None:
    page, errors, requests = open_review(browser, hostile)
    page.fill("#q", "script")
    page.click("#results a.actor")
    page.wait_for_selector("#actor-name")
    assert page.inner_text("#actor-name") == HOSTILE_NAME
    assert HOSTILE_SENTENCE in page.inner_text("#actor-view")
    assert page.locator("#actor-view a[href^='javascript']").count() == 0
    assert page.locator("#actor-view .actions button").count() == 0  # read-only: no buttons to press
    page.click("#actor-view a.article-link")
    page.wait_for_selector("#article-title")
    assert "<script>" in page.inner_text("#article-title")
    assert page.evaluate(PWNED) == [] and not errors
    assert all(url.startswith(hostile.url) for url in requests)
    page.close()

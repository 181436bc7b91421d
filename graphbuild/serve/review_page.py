"""The review page served at `/review` (HTML) and `/review/review.js`: self-contained, no CDN, no network
beyond its own server. Every value from the build is put in the page as text (textContent), never as HTML."""

REVIEW_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>graphbuild review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
  header { background: #24384f; color: #fff; padding: .6em 1.2em; display: flex; gap: 1em; align-items: center;
           flex-wrap: wrap; }
  header a { color: #fff; }
  main { padding: 1em 1.2em; max-width: 70em; }
  input, select, button { font: inherit; }
  #q { width: 22em; }
  table { border-collapse: collapse; margin: .4em 0 1em; }
  th, td { border: 1px solid #ccc; padding: 2px 7px; text-align: left; vertical-align: top; }
  th { background: #eef3f8; }
  .bar { display: inline-block; height: .8em; background: #5b8db8; vertical-align: middle; }
  .edge { border: 1px solid #d5dde6; border-radius: 4px; margin: .6em 0; padding: .4em .7em; }
  .edge h4 { margin: .1em 0 .3em; }
  .event { border-top: 1px dashed #ddd; padding: .35em 0; }
  .sentence { margin: .2em 0; }
  mark.source { background: #cfe3ff; } mark.target { background: #ffd8c2; } mark.trigger { background: #fff1a8; }
  .meta { color: #666; font-size: 12px; }
  .actions { margin-top: .2em; display: flex; gap: .4em; flex-wrap: wrap; align-items: center; }
  #status { font-size: 13px; }
  .error { color: #a00; }
  .ok { color: #9fe29f; }
  #article-text { white-space: pre-wrap; border: 1px solid #ddd; padding: .6em; background: #fafafa; }
</style>
</head>
<body>
<header>
  <strong>graphbuild review</strong>
  <a href="#">search</a>
  <a href="../">SPARQL</a>
  <span id="counts"></span>
  <span id="writer" hidden>
    <label>token <input id="token" type="password" size="14" autocomplete="off"></label>
    <label>by <input id="by" size="8" autocomplete="off"></label>
    <span id="pending"></span>
  </span>
  <span id="status" role="status"></span>
</header>
<main>
  <section id="search-view">
    <h2>Find an actor</h2>
    <p><input id="q" type="search" placeholder="a name in English or Indonesian: Rusia, Korea Utara, Kim…"
       autocomplete="off"></p>
    <table id="results"></table>
  </section>
  <section id="actor-view" hidden></section>
  <section id="article-view" hidden></section>
</main>
<script src="review/review.js"></script>
</body>
</html>
"""

REVIEW_JS = r"""
"use strict";
const $ = (id) => document.getElementById(id);
let INFO = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

async function api(path, params) {
  const url = "review/api/" + path + (params ? "?" + new URLSearchParams(params) : "");
  const response = await fetch(url, { headers: { "Accept": "application/json" } });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function say(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "ok";
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (error) { return null; }
}

function actorLink(id, name) {
  return el("a", { href: "#actor=" + encodeURIComponent(id), class: "actor", text: name });
}

function highlighted(sentence, spans) {
  const box = el("div", { class: "sentence" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    box.appendChild(document.createTextNode(sentence.slice(at, span.start)));
    box.appendChild(el("mark", { class: span.kind, title: span.kind, text: sentence.slice(span.start, span.end) }));
    at = span.end;
  }
  box.appendChild(document.createTextNode(sentence.slice(at)));
  return box;
}

async function correct(operation) {
  const by = $("by").value.trim();
  if (by) operation.by = by;
  const response = await fetch("review/api/corrections", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Authorization": "Bearer " + $("token").value },
    body: JSON.stringify(operation),
  });
  const data = await response.json();
  if (!response.ok) { say(response.status + ": " + data.error, true); return false; }
  say("appended: " + operation.op + (operation.id ? " " + operation.id : ""));
  $("pending").textContent = data.pending + " corrections in the file";
  return true;
}

function select(options, chosen, cls) {
  const node = el("select", { class: cls });
  for (const value of options) {
    const option = el("option", { value: value, text: value });
    if (value === chosen) option.selected = true;
    node.appendChild(option);
  }
  return node;
}

function actions(event) {
  if (!INFO.writable) return null;
  const box = el("div", { class: "actions" });
  const mark = (text) => box.appendChild(el("span", { class: "meta done", text: text }));
  box.appendChild(el("button", { class: "reject", text: "Reject", onclick: async () => {
    if (await correct({ op: "reject", id: event.id })) mark("rejected");
  } }));
  const relation = select(INFO.relations.map((r) => r.id), event.relation, "new-relation");
  const mode = select(INFO.modes, event.mode, "new-mode");
  box.appendChild(relation);
  box.appendChild(mode);
  box.appendChild(el("button", { class: "relabel", text: "Relabel", onclick: async () => {
    const op = { op: "relabel", id: event.id };
    if (relation.value !== event.relation) op.new_relation = relation.value;
    if (mode.value !== event.mode) op.new_mode = mode.value;
    if (!op.new_relation && !op.new_mode) { say("choose another relation or mode first", true); return; }
    if (await correct(op)) mark("relabelled");
  } }));
  const side = select(["source", "target"], "source", "side");
  const actor = el("input", { class: "actor-id", size: "12", placeholder: "actor id" });
  box.appendChild(side);
  box.appendChild(actor);
  box.appendChild(el("button", { class: "set-actor", text: "Fix actor", onclick: async () => {
    if (!actor.value.trim()) { say("type the right actor's id", true); return; }
    if (await correct({ op: "set_actor", id: event.id, side: side.value, actor: actor.value.trim() })) {
      mark("actor fixed");
    }
  } }));
  return box;
}

function eventBlock(event) {
  const block = el("div", { class: "event", "data-id": event.id });
  block.appendChild(highlighted(event.sentence, event.highlights));
  const meta = el("div", { class: "meta" },
    (event.date || "undated") + " · " + event.mode + (event.negated ? " · negated" : "") + " · " +
    event.language + " · confidence " + event.confidence + " · rule " + event.rule + " · ",
    el("a", { href: "#article=" + encodeURIComponent(event.article_id), class: "article-link", text: event.title }));
  const url = event.url && safeUrl(event.url);
  if (url) meta.append(" ", el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: "source ↗" }));
  block.appendChild(meta);
  const tools = actions(event);
  if (tools) block.appendChild(tools);
  return block;
}

function bars(rows) {
  const table = el("table", {});
  const most = Math.max(1, ...rows.map((row) => row[1]));
  for (const [label, count] of rows) {
    const bar = el("span", { class: "bar" });
    bar.style.width = Math.round(200 * count / most) + "px";
    table.appendChild(el("tr", {}, el("td", { text: label }), el("td", {}, bar, " " + count)));
  }
  return table;
}

function counterparts(title, rows) {
  const table = el("table", { class: title.toLowerCase() });
  table.appendChild(el("tr", {}, el("th", { text: title }), el("th", { text: "events" }),
                       el("th", { text: "relations" })));
  for (const row of rows) {
    const relations = Object.entries(row.relations).map(([r, n]) => r + " " + n).join(", ");
    table.appendChild(el("tr", {}, el("td", {}, actorLink(row.id, row.name)), el("td", { text: String(row.events) }),
                         el("td", { text: relations })));
  }
  return table;
}

async function showActor(id) {
  const view = $("actor-view");
  view.replaceChildren(el("p", { text: "loading…" }));
  const data = await api("actor", { id: id });
  const actor = data.actor;
  const labels = Object.entries(actor.labels).map(([lang, name]) => name + " (" + lang + ")").join(" · ");
  view.replaceChildren(
    el("h2", { id: "actor-name", text: actor.name }),
    el("p", { class: "meta", text: actor.type + (actor.country ? " · " + actor.country : "") + " · id " + actor.id +
              " · " + labels + " · " + actor.events + " events, " + actor.mentions + " mentions" }));
  if (INFO.writable) {
    const into = el("input", { id: "merge-into", size: "12", placeholder: "actor id" });
    view.appendChild(el("p", { class: "actions" }, "Merge this actor into ", into, el("button", { id: "merge",
      text: "Merge", onclick: async () => {
        if (into.value.trim()) await correct({ op: "merge_actors", from: actor.id, into: into.value.trim() });
      } })));
  }
  view.append(
    el("h3", { text: "Partners (cooperation)" }), counterparts("Partner", data.partners),
    el("h3", { text: "Adversaries (conflict)" }), counterparts("Adversary", data.adversaries),
    el("h3", { text: "Events by type" }), bars(Object.entries(data.by_type)),
    el("h3", { text: "Timeline (events per month)" }), bars(data.timeline),
    el("h3", { text: "Edges and their evidence" }));
  for (const edge of data.edges) {
    const box = el("div", { class: "edge" });
    box.appendChild(el("h4", {}, actorLink(edge.source, edge.source_name), " —" + edge.relation + "→ ",
                       actorLink(edge.target, edge.target_name), " (" + edge.count + ")"));
    for (const event of edge.events) box.appendChild(eventBlock(event));
    if (edge.count > edge.events.length) {
      box.appendChild(el("p", { class: "meta", text: "… and " + (edge.count - edge.events.length) + " more" }));
    }
    view.appendChild(box);
  }
}

async function showArticle(id) {
  const view = $("article-view");
  view.replaceChildren(el("p", { text: "loading…" }));
  const data = await api("article", { id: id });
  const article = data.article;
  const url = article.url && safeUrl(article.url);
  view.replaceChildren(el("h2", { id: "article-title", text: article.title || article.id }),
    el("p", { class: "meta" }, (article.date || "undated") + " · " + article.language + " · " + article.id + " ",
       url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: "source ↗" }) : null),
    el("h3", { text: "Events" }));
  for (const event of data.events) {
    view.appendChild(el("p", {}, actorLink(event.source.id, event.source.name), " —" + event.relation + "→ ",
                        actorLink(event.target.id, event.target.name)));
    view.appendChild(eventBlock(event));
  }
  view.append(el("h3", { text: "Text" }), el("div", { id: "article-text", text: article.text || "" }));
}

async function search() {
  const q = $("q").value;
  const results = $("results");
  if (!q.trim()) { results.replaceChildren(); return; }
  const data = await api("search", { q: q });
  if (q !== $("q").value) return;
  results.replaceChildren(el("tr", {}, el("th", { text: "actor" }), el("th", { text: "type" }),
                                     el("th", { text: "names" }), el("th", { text: "events" })));
  for (const actor of data.results) {
    results.appendChild(el("tr", {}, el("td", {}, actorLink(actor.id, actor.name)), el("td", { text: actor.type }),
                           el("td", { text: Object.values(actor.labels).join(" · ") }),
                           el("td", { text: String(actor.events) })));
  }
}

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  for (const view of ["search-view", "actor-view", "article-view"]) $(view).hidden = true;
  try {
    if (hash.startsWith("actor=")) { $("actor-view").hidden = false; await showActor(hash.slice(6)); }
    else if (hash.startsWith("article=")) { $("article-view").hidden = false; await showArticle(hash.slice(8)); }
    else { $("search-view").hidden = false; $("q").focus(); }
  } catch (error) { say(String(error.message || error), true); }
}

async function start() {
  INFO = await api("info");
  $("counts").textContent = INFO.actors + " actors · " + INFO.events + " events · " + INFO.articles + " articles" +
    (INFO.last_build ? " · corrections in this build: " + INFO.last_build : "");
  if (INFO.writable) {
    $("writer").hidden = false;
    $("pending").textContent = INFO.pending + " corrections in the file";
    $("token").value = sessionStorage.getItem("graphbuild-review-token") || "";
    $("token").addEventListener("change", () => sessionStorage.setItem("graphbuild-review-token", $("token").value));
  }
  $("q").addEventListener("input", () => search().catch((error) => say(String(error.message), true)));
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "1";
}

start().catch((error) => say(String(error.message || error), true));
"""

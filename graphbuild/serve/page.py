"""The query page served at `/`: one self-contained HTML file (no CDN, no network), plain JavaScript."""

PAGE_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>graphbuild SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
  textarea { width: 100%; height: 16em; font: 13px/1.35 ui-monospace, monospace; }
  table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
  th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: left; vertical-align: top; }
  th { background: #eef3f8; }
  #status { margin-left: 1em; color: #555; }
  pre { background: #f6f6f6; padding: .7em; overflow: auto; }
  .error { color: #a00; }
</style>
</head>
<body>
<h1>graphbuild SPARQL endpoint</h1>
<p>POST or GET SPARQL 1.1 queries to <code>/sparql</code>. Each article is a named graph; actors are in
<code>&lt;https://w3id.org/graphbuild/graph/actors&gt;</code>, the ontology in
<code>&lt;https://w3id.org/graphbuild/ontology&gt;</code>.</p>
<form id="form">
<textarea id="query" name="query" spellcheck="false">PREFIX gb: <https://w3id.org/graphbuild/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# Who acts on whom, most events first (negated events left out)
SELECT ?source ?relation ?target (COUNT(?event) AS ?events) WHERE {
  GRAPH ?g { ?event a gb:Event ; gb:source ?s ; gb:target ?t ; gb:eventType ?type ; gb:negated false }
  GRAPH <https://w3id.org/graphbuild/graph/actors> { ?s rdfs:label ?source . ?t rdfs:label ?target }
  FILTER(LANG(?source) = "en" && LANG(?target) = "en")
  BIND(STRAFTER(STR(?type), "#") AS ?relation)
}
GROUP BY ?source ?relation ?target
ORDER BY DESC(?events)
LIMIT 50</textarea>
<p>
  <button type="submit">Run</button>
  <label>as <select id="accept">
    <option value="application/sparql-results+json">table</option>
    <option value="text/csv">CSV</option>
    <option value="text/tab-separated-values">TSV</option>
    <option value="application/sparql-results+xml">XML</option>
    <option value="text/turtle">Turtle (CONSTRUCT/DESCRIBE)</option>
    <option value="application/ld+json">JSON-LD (CONSTRUCT/DESCRIBE)</option>
  </select></label>
  <span id="status"></span>
</p>
</form>
<div id="out"></div>
<script>
"use strict";
const form = document.getElementById("form");
const out = document.getElementById("out");
const statusLine = document.getElementById("status");

function cell(term) {
  if (!term) return "";
  return term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : "");
}

function table(data) {
  const el = document.createElement("table");
  const head = el.insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  for (const row of data.results.bindings) {
    const tr = el.insertRow();
    for (const name of data.head.vars) tr.insertCell().textContent = cell(row[name]);
  }
  return el;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const accept = document.getElementById("accept").value;
  statusLine.textContent = "running...";
  out.replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: document.getElementById("query").value }),
    });
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      const pre = document.createElement("pre");
      pre.className = "error";
      pre.textContent = response.status + " " + response.statusText + "\\n" + text;
      out.appendChild(pre);
      statusLine.textContent = seconds + " s";
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const data = JSON.parse(text);
      if ("boolean" in data) {
        out.textContent = "ASK: " + data.boolean;
      } else {
        out.appendChild(table(data));
        statusLine.textContent = data.results.bindings.length + " rows, " + seconds + " s";
        return;
      }
    } else {
      const pre = document.createElement("pre");
      pre.textContent = text;
      out.appendChild(pre);
    }
    statusLine.textContent = seconds + " s";
  } catch (error) {
    statusLine.textContent = "failed: " + error;
  }
});
</script>
</body>
</html>
"""

// graphbuild's offline graph page. Every string from the data is put in the DOM with textContent
// (never innerHTML); links are made only for http(s) URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var big = data.edges.length > data.style.bigEdges;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  document.getElementById("title").textContent = data.title;

  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: { id: n.id, label: n.name, color: n.color, size: n.size },
                    position: { x: n.x, y: n.y } });
  });
  data.edges.forEach(function (e) {
    elements.push({ group: "edges", data: { id: e.id, source: e.s, target: e.t, color: e.color, width: e.w,
                                            rel: e.rel } });
  });

  var cy = cytoscape({
    container: document.getElementById("graph"),
    elements: elements,
    layout: { name: "preset", fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 8,
    hideEdgesOnViewport: big,
    textureOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : "auto",
    style: [
      { selector: "node", style: {
          "background-color": "data(color)", width: "data(size)", height: "data(size)", label: "data(label)",
          "font-size": 10, "min-zoomed-font-size": big ? 16 : 7, "text-valign": "bottom", "text-margin-y": 2,
          "border-width": 1, "border-color": "#fff" } },
      { selector: "edge", style: {
          "line-color": "data(color)", width: "data(width)", opacity: 0.75,
          "curve-style": big ? "haystack" : "bezier", "haystack-radius": 0,
          "target-arrow-shape": big ? "none" : "triangle", "target-arrow-color": "data(color)",
          "arrow-scale": 0.8 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.match", style: { "border-width": 3, "border-color": "#000" } },
      { selector: "edge:selected", style: { "line-color": "#111", "target-arrow-color": "#111", opacity: 1 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } }
    ]
  });

  var nodeIndex = {};
  data.nodes.forEach(function (n, i) { nodeIndex[n.id] = i; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  // ---- filters -------------------------------------------------------------------------------------
  var relationBoxes = {};
  var relBox = document.getElementById("relations");
  data.relations.forEach(function (r) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = r.id;
    box.id = "rel-" + r.id;
    relationBoxes[r.id] = box;
    var swatch = el("span", null, "line");
    swatch.style.background = data.style.quads[String(r.quad)].color;
    label.appendChild(box);
    label.appendChild(swatch);
    // the same kinds of count as summary.json: events (negated ones are never edges) and edges (actor pairs)
    label.appendChild(document.createTextNode(r.id + " \u00b7 " + r.events + " event" + (r.events === 1 ? "" : "s") +
                                              ", " + r.count + " edge" + (r.count === 1 ? "" : "s")));
    label.title = r.events + " events (negated events left out) on " + r.count + " edges (actor pairs)";
    relBox.appendChild(label);
    box.addEventListener("change", applyFilters);
  });
  document.getElementById("rel-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("rel-none").addEventListener("click", function () { setAll(false); });
  function setAll(value) {
    Object.keys(relationBoxes).forEach(function (k) { relationBoxes[k].checked = value; });
    applyFilters();
  }

  var fromInput = document.getElementById("date-from");
  var untilInput = document.getElementById("date-until");
  var lastDate = Math.max(0, data.dates.length - 1);
  [fromInput, untilInput].forEach(function (input) { input.max = String(lastDate); });
  untilInput.value = String(lastDate);
  if (!data.dates.length) document.getElementById("dates").appendChild(el("div", "no dated events", "muted"));
  fromInput.addEventListener("input", function () {
    if (+fromInput.value > +untilInput.value) untilInput.value = fromInput.value;
    applyFilters();
  });
  untilInput.addEventListener("input", function () {
    if (+untilInput.value < +fromInput.value) fromInput.value = untilInput.value;
    applyFilters();
  });
  var minInput = document.getElementById("min-events");
  minInput.addEventListener("input", applyFilters);
  // actors without any edge (mentioned, but in no event) are hidden unless asked for
  var isolatedBox = document.getElementById("show-isolated");
  var isolatedCount = data.nodes.filter(function (n) { return !n.degree; }).length;
  document.getElementById("isolated-count").textContent = String(isolatedCount);
  isolatedBox.addEventListener("change", function () {
    applyFilters();
    cy.fit(cy.elements(":visible"), 30);
  });

  function edgeVisible(e, relations, from, until, minEvents, dateFiltered) {
    if (!relations[e.rel] || e.n < minEvents) return false;
    if (!dateFiltered) return true;
    for (var i = 0; i < e.days.length; i++) {
      var d = data.dates[e.days[i]];
      if (d >= from && d <= until) return true;
    }
    return false;
  }

  // Visibility is tracked here so a filter change only restyles the elements whose state changes.
  var edgeEls = data.edges.map(function (e) { return cy.getElementById(e.id); });
  var nodeEls = data.nodes.map(function (n) { return cy.getElementById(n.id); });
  var edgeShown = new Uint8Array(data.edges.length).fill(1);
  var nodeShown = new Uint8Array(data.nodes.length).fill(1);

  function applyFilters() {
    var relations = {};
    var allRelations = true;
    Object.keys(relationBoxes).forEach(function (k) {
      relations[k] = relationBoxes[k].checked;
      if (!relationBoxes[k].checked) allRelations = false;
    });
    var fromIndex = +fromInput.value, untilIndex = +untilInput.value;
    var from = data.dates[fromIndex] || "", until = data.dates[untilIndex] || "";
    var dateFiltered = data.dates.length > 0 && (fromIndex > 0 || untilIndex < lastDate);
    var minEvents = Math.max(1, parseInt(minInput.value, 10) || 1);
    document.getElementById("date-from-label").textContent = from || "-";
    document.getElementById("date-until-label").textContent = until || "-";
    var active = !allRelations || dateFiltered || minEvents > 1;
    var linked = new Uint8Array(data.nodes.length);
    var show = [], hide = [];
    var shownEdges = 0, shownNodes = 0, shownEvents = 0;
    data.edges.forEach(function (e, i) {
      var visible = edgeVisible(e, relations, from, until, minEvents, dateFiltered) ? 1 : 0;
      if (visible) {
        linked[nodeIndex[e.s]] = 1;
        linked[nodeIndex[e.t]] = 1;
        shownEdges++;
        shownEvents += e.n;
      }
      if (visible !== edgeShown[i]) (visible ? show : hide).push(edgeEls[i]);
      edgeShown[i] = visible;
    });
    data.nodes.forEach(function (n, i) {
      var visible = linked[i] === 1 || (!active && isolatedBox.checked) ? 1 : 0;
      shownNodes += visible;
      if (visible !== nodeShown[i]) (visible ? show : hide).push(nodeEls[i]);
      nodeShown[i] = visible;
    });
    if (show.length || hide.length) {
      cy.batch(function () {
        cy.collection(show).removeClass("hidden");
        cy.collection(hide).addClass("hidden");
      });
    }
    document.getElementById("status").textContent =
      shownNodes + " of " + data.nodes.length + " actors, " + shownEdges + " of " + data.edges.length +
      " edges (" + shownEvents + " events) shown";
  }

  // ---- search --------------------------------------------------------------------------------------
  var search = document.getElementById("search");
  var matches = cy.collection();
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass("faded match");
      matches = cy.collection();
      if (!q) return;
      matches = cy.nodes().filter(function (n) {
        return n.id().toLowerCase().indexOf(q) >= 0 || String(n.data("label")).toLowerCase().indexOf(q) >= 0;
      });
      cy.elements().difference(matches).difference(matches.connectedEdges()).addClass("faded");
      matches.addClass("match");
    });
    document.getElementById("search-status").textContent = q ? matches.length + " matching actors" : "";
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && matches.length) {
      zoomTo(matches);
      if (matches.length === 1) showNode(matches[0].id());
    }
  });

  // The matches with their drawn neighbours in view, never closer than SEARCH_MAX_ZOOM (a lone actor is not
  // blown up to fill the screen).
  var SEARCH_MAX_ZOOM = 2;
  function zoomTo(nodes) {
    var shown = nodes.filter(":visible");
    var view = (shown.length ? shown : nodes).closedNeighborhood().filter(":visible");
    cy.fit(view.length ? view : nodes, 60);
    if (cy.zoom() > SEARCH_MAX_ZOOM) {
      var box = view.boundingBox();
      cy.zoom({ level: SEARCH_MAX_ZOOM, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
      cy.center(view);
    }
  }

  // ---- details -------------------------------------------------------------------------------------
  var details = document.getElementById("details");
  function clearDetails() {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.className = "";
  }
  function nodeName(id) {
    var i = nodeIndex[id];
    return i === undefined ? id : data.nodes[i].name;
  }

  function showEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    clearDetails();
    details.appendChild(el("div", nodeName(e.s) + " \u2192 " + e.rel + " \u2192 " + nodeName(e.t), "head"));
    var quad = data.style.quads[String(e.quad)];
    details.appendChild(el("div", e.n + " event" + (e.n === 1 ? "" : "s") + " \u00b7 " + quad.label +
      " \u00b7 Goldstein sum " + e.gs + (e.first ? " \u00b7 " + e.first + (e.last !== e.first ? " to " + e.last : "") : ""),
      "meta"));
    var list = el("div");
    list.id = "evidence";
    e.ev.forEach(function (item) {
      var box = el("div", null, "evidence");
      box.appendChild(el("div", item[0], "sentence"));
      var article = data.articles[item[1]] || ["", null, null];
      var source = el("div", null, "source");
      source.appendChild(el("span", (article[0] || "(untitled)") + " \u00b7 " + (item[2] || article[1] || "no date"),
                            "article-title"));
      var url = safeUrl(article[2]);
      if (url) {
        source.appendChild(el("br"));
        var link = el("a", url, "article-url");
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.appendChild(link);
      } else if (article[2]) {
        source.appendChild(el("br"));
        source.appendChild(el("span", article[2], "article-url"));
      }
      box.appendChild(source);
      list.appendChild(box);
    });
    details.appendChild(list);
    if (e.more) details.appendChild(el("div", "\u2026 and " + e.more + " more events (see triples.jsonl)", "muted"));
  }

  function showNode(id) {
    var n = data.nodes[nodeIndex[id]];
    if (!n) return;
    clearDetails();
    details.appendChild(el("div", n.name, "head"));
    details.appendChild(el("div", n.type + (n.country ? " \u00b7 " + n.country : "") + " \u00b7 id " + n.id, "meta"));
    details.appendChild(el("div", n.degree + " edges, " + n.events + " events"));
  }

  cy.on("tap", "edge", function (evt) { showEdge(evt.target.id()); });
  cy.on("tap", "node", function (evt) { showNode(evt.target.id()); });

  // ---- legend --------------------------------------------------------------------------------------
  var legend = document.getElementById("legend");
  Object.keys(data.style.types).forEach(function (type) {
    var row = el("div");
    var swatch = el("span", null, "swatch");
    swatch.style.background = data.style.types[type];
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(type));
    legend.appendChild(row);
  });
  Object.keys(data.style.quads).forEach(function (quad) {
    var row = el("div");
    var line = el("span", null, "line");
    line.style.background = data.style.quads[quad].color;
    row.appendChild(line);
    row.appendChild(document.createTextNode(data.style.quads[quad].label));
    legend.appendChild(row);
  });
  legend.appendChild(el("div", "node size: number of edges; edge width: number of events", "muted"));

  applyFilters();
  cy.fit(cy.elements(":visible"), 30);
  window.graphView = { cy: cy, data: data, applyFilters: applyFilters, showEdge: showEdge, zoomTo: zoomTo };
  cy.ready(function () {
    requestAnimationFrame(function () { document.body.setAttribute("data-ready", "1"); });
  });
})();

/* stancegraph explorer: filters, actor network (Cytoscape.js), timeline strip, statements with review marks.
   Reads the JSON in <script id="explorer-data">; writes nothing but the corrections file the reader downloads.
   News text is only ever inserted with textContent, never as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("explorer-data").textContent);
  var ACTORS = DATA.actors, DOCS = DATA.documents, SENTS = DATA.sentences, STS = DATA.statements;
  var QUADS = ["verbal-coop", "material-coop", "verbal-conflict", "material-conflict"];
  var KIND_COLOUR = {state: "#4263eb", igo: "#ae3ec9", bloc: "#7048e8", organ: "#1098ad", person: "#f08c00",
                     group: "#868e96"};
  var $ = function (id) { return document.getElementById(id); };
  var corrections = loadSaved();
  var selection = null;  // {kind: "node"|"edge", id: ...}

  // activity of each actor over all statements: the order of the actor list and the top-N cut
  var activity = ACTORS.map(function () { return 0; });
  STS.forEach(function (s) {
    activity[s.sp] += 1;
    s.tg.forEach(function (t) { if (t !== s.sp) { activity[t] += 1; } });
  });
  var byActivity = ACTORS.map(function (_, i) { return i; }).sort(function (a, b) {
    return activity[b] - activity[a] || ACTORS[a].label.localeCompare(ACTORS[b].label);
  });

  // ------------------------------------------------------------------ filters
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function checkboxes(box, values, name) {
    values.forEach(function (v) {
      var label = el("label");
      var input = el("input", {type: "checkbox", value: v, "data-filter": name});
      input.checked = true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + v));
      box.appendChild(label);
    });
  }
  function distinct(key) {
    var seen = {};
    STS.forEach(function (s) { seen[s[key] === null || s[key] === undefined ? "none" : s[key]] = true; });
    return Object.keys(seen).sort();
  }
  byActivity.forEach(function (i) {
    $("f-actor").appendChild(el("option", {value: String(i)}, ACTORS[i].label + " (" + activity[i] + ")"));
  });
  distinct("ty").forEach(function (t) { $("f-type").appendChild(el("option", {value: t}, t)); });
  checkboxes($("f-quads"), QUADS.filter(function (q) { return distinct("q").indexOf(q) >= 0; })
    .concat(distinct("q").indexOf("none") >= 0 ? ["none"] : []), "quad");
  checkboxes($("f-statuses"), distinct("st"), "status");
  var TOP_DEFAULT = Math.min(ACTORS.length, 50);
  $("f-top").value = String(TOP_DEFAULT);
  $("f-top").max = String(Math.max(ACTORS.length, 1));
  Object.keys(KIND_COLOUR).forEach(function (kind) {
    var row = el("div");
    row.appendChild(el("span", {"class": "dot", style: "background:" + KIND_COLOUR[kind]}));
    row.appendChild(document.createTextNode(" " + kind));
    $("legend-kinds").appendChild(row);
  });

  function checked(name) {
    var out = {};
    document.querySelectorAll("input[data-filter=" + name + "]").forEach(function (i) { out[i.value] = i.checked; });
    return out;
  }
  function filters() {
    return {search: $("f-search").value.trim().toLowerCase(), actor: $("f-actor").value, type: $("f-type").value,
            quads: checked("quad"), statuses: checked("status"), start: $("f-start").value, end: $("f-end").value,
            conf: parseFloat($("f-conf").value) || 0, top: Math.max(1, parseInt($("f-top").value, 10) || TOP_DEFAULT)};
  }
  function haystack(s) {
    if (s._text === undefined) {
      var parts = [s.ty, s.cue, s.iss, s.spt, ACTORS[s.sp].label, s.s === null ? "" : SENTS[s.s]];
      s.tg.forEach(function (t) { parts.push(ACTORS[t].label); });
      s.doc.forEach(function (d) { parts.push(DOCS[d].title, DOCS[d].id); });
      s._text = parts.filter(Boolean).join(" ").toLowerCase();
    }
    return s._text;
  }
  function keep(s, f, withDates) {
    if (f.actor !== "" && String(s.sp) !== f.actor && s.tg.map(String).indexOf(f.actor) < 0) { return false; }
    if (f.type && s.ty !== f.type) { return false; }
    if (f.quads[s.q || "none"] === false || f.statuses[s.st || "none"] === false) { return false; }
    if (f.conf > 0 && (s.c === null || s.c < f.conf)) { return false; }
    if (withDates && (f.start || f.end)) {
      if (!s.d || (f.start && s.d < f.start) || (f.end && s.d > f.end)) { return false; }
    }
    return !f.search || haystack(s).indexOf(f.search) >= 0;
  }

  // ------------------------------------------------------------------ network
  var cy = cytoscape({
    container: $("cy"), elements: [], minZoom: 0.05, maxZoom: 4,
    style: [
      {selector: "node", style: {"label": "data(label)", "width": "data(size)", "height": "data(size)",
        "background-color": "data(colour)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 2,
        "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
        "color": "#222"}},
      {selector: "node.minor", style: {"label": ""}},
      {selector: "edge", style: {"width": "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.8, "curve-style": "bezier", "opacity": 0.6}},
      {selector: "edge:selected, edge.hover", style: {"label": "data(label)", "font-size": 10, "text-rotation": "autorotate",
        "text-outline-color": "#fff", "text-outline-width": 2, "opacity": 1, "z-index": 10}},
      {selector: "node:selected", style: {"border-width": 3, "border-color": "#000"}},
      {selector: ".faded", style: {"opacity": 0.15}}
    ]
  });

  // nodes, edges and labels keep their size on screen whatever the zoom (a fitted corpus graph is drawn small);
  // zooming in spreads a dense core instead of magnifying it
  function scaleLabels() {
    var z = cy.zoom();
    function scaled(key) { return function (ele) { return ele.data(key) / z; }; }
    cy.style().selector("node").style({"font-size": 11 / z, "text-margin-y": 2 / z, "text-background-padding": 1 / z,
                                       "width": scaled("size"), "height": scaled("size")})
      .selector("node:selected").style({"border-width": 3 / z})
      .selector("edge").style({"width": scaled("width"), "arrow-scale": 0.8})
      .selector("edge.loop").style({"control-point-step-size": 70 / z, "loop-direction": "-45deg", "loop-sweep": "-60deg"})
      .selector("edge:selected, edge.hover").style({"font-size": 10 / z}).update();
  }
  cy.on("zoom", scaleLabels);

  function balanceColour(coop, conflict, n) {
    if (!n) { return "#9a9a9a"; }
    var b = (coop - conflict) / n;  // -1 .. 1
    var grey = [154, 154, 154], green = [43, 138, 62], red = [201, 42, 42];
    var to = b >= 0 ? green : red, t = Math.min(1, Math.abs(b));
    var c = grey.map(function (g, i) { return Math.round(g + (to[i] - g) * t); });
    return "rgb(" + c.join(",") + ")";
  }

  function aggregate(list, top) {
    var nodeCount = {}, edges = {};
    list.forEach(function (s) {
      nodeCount[s.sp] = (nodeCount[s.sp] || 0) + 1;
      s.tg.forEach(function (t) {
        if (t !== s.sp) { nodeCount[t] = (nodeCount[t] || 0) + 1; }
        var key = s.sp + ">" + t;
        var e = edges[key] || (edges[key] = {source: s.sp, target: t, n: 0, coop: 0, conflict: 0, types: {}});
        e.n += 1;
        if (s.ag === "support") { e.coop += 1; } else if (s.ag === "oppose") { e.conflict += 1; }
        e.types[s.ty] = (e.types[s.ty] || 0) + 1;
      });
    });
    var ids = Object.keys(nodeCount).map(Number).sort(function (a, b) {
      return nodeCount[b] - nodeCount[a] || a - b;
    });
    var shown = {};
    ids.slice(0, top).forEach(function (i) { shown[i] = true; });
    return {nodeCount: nodeCount, edges: edges, shown: shown, total: ids.length};
  }

  function typeSummary(types) {
    return Object.keys(types).sort(function (a, b) { return types[b] - types[a] || (a < b ? -1 : 1); })
      .slice(0, 3).map(function (t) { return t + " " + types[t]; }).join(", ");
  }

  var current = {list: [], agg: null};
  function render() {
    var f = filters();
    var list = STS.filter(function (s) { return keep(s, f, true); });
    var agg = aggregate(list, f.top);
    current = {list: list, agg: agg};
    var maxCount = 1, maxEdge = 1;
    Object.keys(agg.nodeCount).forEach(function (k) { maxCount = Math.max(maxCount, agg.nodeCount[k]); });
    Object.keys(agg.edges).forEach(function (k) { maxEdge = Math.max(maxEdge, agg.edges[k].n); });
    var els = [];
    var labelled = Object.keys(agg.shown).map(Number).sort(function (a, b) {
      return agg.nodeCount[b] - agg.nodeCount[a];
    }).slice(0, 30);
    var major = {};
    labelled.forEach(function (i) { major[i] = true; });
    Object.keys(agg.shown).forEach(function (k) {
      var a = ACTORS[k];
      els.push({group: "nodes", classes: major[k] ? "" : "minor", data: {id: "a" + k, actor: Number(k), label: a.label,
        size: 12 + 38 * Math.sqrt(agg.nodeCount[k] / maxCount), colour: KIND_COLOUR[a.kind] || "#adb5bd"}});
    });
    var nEdges = 0;
    Object.keys(agg.edges).forEach(function (key) {
      var e = agg.edges[key];
      if (!agg.shown[e.source] || !agg.shown[e.target]) { return; }
      nEdges += 1;
      els.push({group: "edges", classes: e.source === e.target ? "loop" : "", data: {id: "e" + key, source: "a" + e.source, target: "a" + e.target, key: key,
        width: 1 + 7 * Math.log(1 + e.n) / Math.log(1 + Math.max(maxEdge, 4)), colour: balanceColour(e.coop, e.conflict, e.n),
        label: e.n + ": " + typeSummary(e.types)}});
    });
    cy.batch(function () { cy.elements().remove(); cy.add(els); });
    // strong repulsion and weak springs: hubs of a few hundred edges do not pull every neighbour onto them
    var nNodes = Object.keys(agg.shown).length;
    cy.layout({name: "cose", animate: false, randomize: true, nodeDimensionsIncludeLabels: true, numIter: 2500,
               idealEdgeLength: function () { return 60 + 6 * Math.sqrt(nNodes); }, edgeElasticity: function () { return 200; },
               nodeRepulsion: function () { return 120000; }, nodeOverlap: 40, gravity: 0.6, componentSpacing: 60}).run();
    cy.fit(undefined, 20);
    scaleLabels();
    $("count-nodes").textContent = String(Object.keys(agg.shown).length);
    $("count-edges").textContent = String(nEdges);
    $("count-statements").textContent = String(list.length);
    $("count-note").textContent = agg.total > f.top ? "(top " + f.top + " of " + agg.total + " actors shown)" : "";
    drawTimeline(STS.filter(function (s) { return keep(s, f, false); }), f);
    if (selection) { showSelection(); }
  }

  // ------------------------------------------------------------------ timeline strip
  var span = (function () {
    var days = DOCS.map(function (d) { return d.date; }).filter(Boolean).sort();
    if (!days.length) { days = STS.map(function (s) { return s.d; }).filter(Boolean).sort(); }
    return days.length ? {first: days[0], last: days[days.length - 1]} : null;
  })();
  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function drawTimeline(list, f) {
    var box = $("timeline");
    box.textContent = "";
    if (!span) { box.appendChild(el("p", {"class": "muted"}, "No dated statements.")); return; }
    var d0 = dayNumber(span.first), d1 = dayNumber(span.last);
    var step = d1 - d0 > 120 ? 7 : 1;
    var nBins = Math.floor((d1 - d0) / step) + 1;
    var bins = [], before = 0, after = 0;
    for (var i = 0; i < nBins; i++) { bins.push(0); }
    list.forEach(function (s) {
      if (!s.d) { return; }
      var n = dayNumber(s.d);
      if (n < d0) { before += 1; } else if (n > d1) { after += 1; } else { bins[Math.floor((n - d0) / step)] += 1; }
    });
    var ns = "http://www.w3.org/2000/svg";
    var W = box.clientWidth - 16 || 600, H = 70, pad = 30, axis = 12;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("preserveAspectRatio", "none");
    var max = Math.max(1, before, after, Math.max.apply(null, bins));
    var bw = (W - 2 * pad) / nBins;
    function bar(x, w, count, title, from, to, cls) {
      var h = count ? Math.max(1, (H - axis - 4) * count / max) : 0;
      var r = document.createElementNS(ns, "rect");
      r.setAttribute("x", x); r.setAttribute("width", Math.max(1, w - 1)); r.setAttribute("y", H - axis - h);
      r.setAttribute("height", h); r.setAttribute("class", "bar" + (cls ? " " + cls : ""));
      var t = document.createElementNS(ns, "title");
      t.textContent = title + ": " + count + " statement(s)";
      r.appendChild(t);
      r.addEventListener("click", function () { $("f-start").value = from; $("f-end").value = to; render(); });
      svg.appendChild(r);
    }
    bar(0, pad - 4, before, "before " + span.first + " (past events mentioned)", "", isoDay(d0 - 1), "edge");
    bins.forEach(function (count, k) {
      var from = isoDay(d0 + k * step), to = isoDay(Math.min(d1, d0 + k * step + step - 1));
      bar(pad + k * bw, bw, count, step === 1 ? from : "week of " + from, from, to);
    });
    bar(W - pad + 4, pad - 4, after, "after " + span.last, isoDay(d1 + 1), "", "edge");
    [[pad, H - 1, span.first + "  (statements " + (step === 1 ? "per day" : "per week") + "; grey: dated outside the " +
      "publication span)", "start"], [W - pad, H - 1, span.last, "end"], [pad - 2, 9, "max " + max, "start"]
    ].forEach(function (p) {
      var t = document.createElementNS(ns, "text");
      t.setAttribute("x", p[0]); t.setAttribute("y", p[1]); t.setAttribute("text-anchor", p[3]);
      t.textContent = p[2];
      svg.appendChild(t);
    });
    box.appendChild(svg);
  }

  // ------------------------------------------------------------------ statements panel
  function showSelection() {
    var sel = selection, list;
    if (sel.kind === "edge") {
      var parts = sel.id.split(">").map(Number);
      list = current.list.filter(function (s) { return s.sp === parts[0] && s.tg.indexOf(parts[1]) >= 0; });
      $("details-title").textContent = ACTORS[parts[0]].label + " \u2192 " + ACTORS[parts[1]].label +
        " (" + list.length + ")";
    } else {
      list = current.list.filter(function (s) { return s.sp === sel.id || s.tg.indexOf(sel.id) >= 0; });
      var a = ACTORS[sel.id];
      var facts = [a.kind, a.iso3, a.state && a.state.length ? "state: " + a.state.join(", ") : null,
                   a.sector ? "sector: " + a.sector : null].filter(Boolean).join(" · ");
      $("details-title").textContent = a.label + (facts ? " — " + facts : "") + " (" + list.length + ")";
    }
    $("details-hint").style.display = "none";
    // newest first; undated last
    list = list.slice().sort(function (x, y) { return (y.d || "") < (x.d || "") ? -1 : (y.d || "") > (x.d || "") ? 1 : 0; });
    var ol = $("statements");
    ol.textContent = "";
    list.slice(0, 300).forEach(function (s) { ol.appendChild(statementItem(s)); });
    if (list.length > 300) { ol.appendChild(el("li", {"class": "muted"}, (list.length - 300) + " more: narrow the filters")); }
  }

  function sentenceNode(s) {
    var p = el("p", {"class": "sentence"});
    var text = s.s === null ? "" : SENTS[s.s];
    var a = s.cs === null || s.ss === null ? -1 : s.cs - s.ss, b = a < 0 ? -1 : s.ce - s.ss;
    if (a >= 0 && b <= text.length && a < b) {
      p.appendChild(document.createTextNode(text.slice(0, a)));
      p.appendChild(el("mark", {}, text.slice(a, b)));
      p.appendChild(document.createTextNode(text.slice(b)));
    } else {
      p.textContent = text;
    }
    return p;
  }

  function statementItem(s) {
    var li = el("li", {"data-statement": s.id});
    var review = corrections[s.id];
    if (review) { li.className = "verdict-" + review.verdict; }
    var head = el("div", {"class": "meta"});
    head.appendChild(el("span", {"class": "type q-" + (s.q || "none")}, s.ty + (s.neg ? " (negated)" : "")));
    var who = ACTORS[s.sp].label + " \u2192 " + (s.tg.length ? s.tg.map(function (t) { return ACTORS[t].label; }).join(", ") : "\u2014");
    head.appendChild(document.createTextNode(" " + who + " · " + (s.d || "undated") + (s.ds === "document" ? " (published)" : "") +
      " · " + (s.st || "") + (s.c !== null ? " · conf " + s.c.toFixed(2) : "") + (s.n > 1 ? " · " + s.n + " reports" : "") +
      (s.iss ? " · issue: " + s.iss : "")));
    li.appendChild(head);
    li.appendChild(sentenceNode(s));
    s.doc.slice(0, 3).forEach(function (d) {
      var doc = DOCS[d], line = el("div", {"class": "meta doc"});
      var label = (doc.title || doc.id || "document") + (doc.date ? " (" + doc.date + ")" : "");
      if (doc.url && /^https?:\/\//i.test(doc.url)) {
        line.appendChild(el("a", {href: doc.url, target: "_blank", rel: "noopener noreferrer"}, label));
      } else {
        line.textContent = label;
      }
      li.appendChild(line);
    });
    li.appendChild(reviewControls(s, li));
    return li;
  }

  function reviewControls(s, li) {
    var box = el("div", {"class": "review"});
    var review = corrections[s.id];
    [["right", "\u2713 right"], ["wrong", "\u2717 wrong"], ["fix", "fix\u2026"]].forEach(function (b) {
      var button = el("button", {type: "button", "data-verdict": b[0]}, b[1]);
      if (review && (review.verdict === b[0] || (b[0] === "fix" && review.verdict === "fixed"))) { button.className = "on"; }
      button.addEventListener("click", function () {
        if (b[0] === "fix") { fillFix(fix, s, li); fix.classList.toggle("open"); return; }
        mark(s, review && review.verdict === b[0] ? null : b[0]);
        li.replaceWith(statementItem(s));
      });
      box.appendChild(button);
    });
    var fix = el("div", {"class": "fix"});
    box.appendChild(fix);
    return box;
  }

  // the fix form is made when first opened: a list of hundreds of statements stays light
  function fillFix(fix, s, li) {
    if (fix.childNodes.length) { return; }
    var typeSel = el("select", {"data-fix": "type"});
    Object.keys(DATA.types).concat(DATA.types[s.ty] ? [] : [s.ty]).forEach(function (t) {
      var o = el("option", {value: t}, t); if (t === s.ty) { o.selected = true; } typeSel.appendChild(o);
    });
    function actorSelect(name, chosen, allowNone) {
      var sel = el("select", {"data-fix": name});
      if (allowNone) { sel.appendChild(el("option", {value: ""}, "(no target)")); }
      byActivity.forEach(function (i) {
        var o = el("option", {value: String(i)}, ACTORS[i].label); if (i === chosen) { o.selected = true; } sel.appendChild(o);
      });
      return sel;
    }
    var spSel = actorSelect("speaker", s.sp, false), tgSel = actorSelect("target", s.tg.length ? s.tg[0] : -1, true);
    if (!s.tg.length) { tgSel.value = ""; }
    var save = el("button", {type: "button", "data-fix": "save"}, "save fix");
    save.addEventListener("click", function () {
      var target = tgSel.value === "" ? [] : [Number(tgSel.value)].concat(s.tg.slice(1));
      mark(s, "fixed", {ty: typeSel.value, sp: Number(spSel.value), tg: target});
      li.replaceWith(statementItem(s));
    });
    [["type ", typeSel], [" speaker ", spSel], [" target ", tgSel]].forEach(function (p) {
      fix.appendChild(document.createTextNode(p[0])); fix.appendChild(p[1]);
    });
    fix.appendChild(save);

  }

  // ------------------------------------------------------------------ corrections
  function storageKey() { return "stancegraph-corrections:" + DATA.title + ":" + STS.length; }
  function loadSaved() {
    try { return JSON.parse(window.localStorage.getItem(storageKey()) || "{}") || {}; } catch (e) { return {}; }
  }
  function record(s, verdict, fixes) {
    var doc = s.doc.length ? DOCS[s.doc[0]] : {};
    var sp = fixes ? fixes.sp : s.sp, tg = fixes ? fixes.tg : s.tg, ty = fixes ? fixes.ty : s.ty;
    var r = {id: s.id.replace(/^.*\//, ""), statement: s.id, verdict: verdict, document: doc.id || null,
      title: doc.title || null, quote: s.s === null ? null : SENTS[s.s], start: s.ss, end: s.se,
      cue: {text: s.cue, start: s.cs, end: s.ce}, source: ACTORS[sp].label, source_id: ACTORS[sp].id,
      targets: tg.map(function (t) { return ACTORS[t].label; }), target_ids: tg.map(function (t) { return ACTORS[t].id; }),
      types: [ty], date: s.d, reviewed_at: new Date().toISOString().replace(/\.\d+Z$/, "Z")};
    if (verdict === "fixed") {
      r.was = {source: ACTORS[s.sp].label, source_id: ACTORS[s.sp].id,
               targets: s.tg.map(function (t) { return ACTORS[t].label; }),
               target_ids: s.tg.map(function (t) { return ACTORS[t].id; }), types: [s.ty]};
    }
    return r;
  }
  function mark(s, verdict, fixes) {
    if (verdict === null) { delete corrections[s.id]; } else { corrections[s.id] = record(s, verdict, fixes); }
    try { window.localStorage.setItem(storageKey(), JSON.stringify(corrections)); } catch (e) { /* private mode */ }
    $("count-reviewed").textContent = String(Object.keys(corrections).length);
  }
  function correctionsJsonl() {
    return Object.keys(corrections).sort().map(function (k) { return JSON.stringify(corrections[k]); }).join("\n") +
      (Object.keys(corrections).length ? "\n" : "");
  }
  $("download").addEventListener("click", function () {
    var blob = new Blob([correctionsJsonl()], {type: "application/x-ndjson"});
    var a = el("a", {href: URL.createObjectURL(blob), download: "corrections.jsonl"});
    document.body.appendChild(a); a.click(); a.remove();
  });
  $("count-reviewed").textContent = String(Object.keys(corrections).length);

  // ------------------------------------------------------------------ events
  cy.on("tap", "node", function (evt) {
    selection = {kind: "node", id: evt.target.data("actor")}; showSelection();
  });
  cy.on("tap", "edge", function (evt) { selection = {kind: "edge", id: evt.target.data("key")}; showSelection(); });
  cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(render, 250); }
  ["f-actor", "f-type", "f-start", "f-end", "f-top"].forEach(function (id) { $(id).addEventListener("change", render); });
  $("f-search").addEventListener("input", later);
  $("f-conf").addEventListener("input", function () { $("f-conf-value").textContent = Number($("f-conf").value).toFixed(2); later(); });
  document.querySelectorAll("input[data-filter]").forEach(function (i) { i.addEventListener("change", render); });
  $("f-reset").addEventListener("click", function () {
    ["f-search", "f-actor", "f-type", "f-start", "f-end"].forEach(function (id) { $(id).value = ""; });
    $("f-conf").value = "0"; $("f-conf-value").textContent = "0.00"; $("f-top").value = String(TOP_DEFAULT);
    document.querySelectorAll("input[data-filter]").forEach(function (i) { i.checked = true; });
    render();
  });
  window.addEventListener("resize", later);

  render();
  // for tests and scripts: the graph, the filtered statements and the corrections file
  window.stancegraphExplorer = {cy: cy, data: DATA, render: render, correctionsJsonl: correctionsJsonl,
    shown: function () { return current.list.length; }, ready: true};
  document.body.setAttribute("data-ready", "true");
})();

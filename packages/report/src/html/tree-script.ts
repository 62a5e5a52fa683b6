/**
 * The page's tree drawing, inlined (plain ES2017, no library): when a tree toggle opens, its build is drawn as three
 * SVG panes laid out by the game's node positions: the class tree, the chosen hero tree and the spec tree. Lit nodes
 * are the build's, ranks shown where a node has more than one; with a base build, nodes this build adds or changes get
 * a green ring and the base's nodes it leaves out a red dashed one; flex talents (where the sample splits) get a blue
 * outline and the share of the sample that takes them. Names are in each node's tooltip (<title>).
 */
export const TREE_SCRIPT = `
(function () {
  "use strict";
  var source = document.getElementById("tree-data");
  if (!source) return;
  var DATA = JSON.parse(source.textContent);
  var STEP = 600, PX = 42, PAD = 22;
  var ID = 0, X = 1, Y = 2, KIND = 3, SEC = 4, ENTRIES = 5, RANKS = 6, NEXT = 7, HERO = 8, FREE = 9;

  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function ranksOf(list) { var m = {}; for (var i = 0; i < list.length; i += 2) m[list[i]] = list[i + 1]; return m; }
  function nameOf(id) { return DATA.names[id] || ("talent " + id); }

  /** What a build holds on a node: ranks bought (all tiers of an apex node), the entry chosen, the node's maximum. */
  function state(n, ranks) {
    var got = 0, pick = -1, total = 0;
    for (var i = 0; i < n[ENTRIES].length; i++) {
      total += n[RANKS][i];
      var r = ranks[n[ENTRIES][i]];
      if (r) { got += r; if (pick < 0) pick = i; }
    }
    var max = n[KIND] === "t" ? total : n[RANKS][pick < 0 ? 0 : pick];
    return { got: got, pick: pick, max: max, lit: got > 0 || n[FREE] === 1 };
  }

  function shape(n, x, y, cls) {
    if (n[KIND] === "c") {
      var p = [], r = 15;
      for (var i = 0; i < 8; i++) { var a = Math.PI / 8 + i * Math.PI / 4; p.push((x + r * Math.cos(a)).toFixed(1) + "," + (y + r * Math.sin(a)).toFixed(1)); }
      return '<polygon class="' + cls + '" points="' + p.join(" ") + '"/>';
    }
    if (n[KIND] === "t") {
      var q = [], s = 18;
      for (var j = 0; j < 6; j++) { var b = j * Math.PI / 3; q.push((x + s * Math.cos(b)).toFixed(1) + "," + (y + s * Math.sin(b)).toFixed(1)); }
      return '<polygon class="' + cls + '" points="' + q.join(" ") + '"/>';
    }
    return '<circle class="' + cls + '" cx="' + x + '" cy="' + y + '" r="13"/>';
  }

  function pane(title, nodes, ranks, base, flex) {
    if (nodes.length === 0) return "";
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, at = {};
    nodes.forEach(function (n) { minX = Math.min(minX, n[X]); maxX = Math.max(maxX, n[X]); minY = Math.min(minY, n[Y]); maxY = Math.max(maxY, n[Y]); });
    nodes.forEach(function (n) { at[n[ID]] = [PAD + (n[X] - minX) / STEP * PX, PAD + (n[Y] - minY) / STEP * PX, n]; });
    var w = Math.round(PAD * 2 + (maxX - minX) / STEP * PX), h = Math.round(PAD * 2 + (maxY - minY) / STEP * PX);
    var lines = [], marks = [], lit = 0;
    nodes.forEach(function (n) {
      var here = state(n, ranks);
      n[NEXT].forEach(function (id) {
        var to = at[id]; if (!to) return;
        var on = here.lit && state(to[2], ranks).lit;
        lines.push('<line class="' + (on ? "e on" : "e") + '" x1="' + at[n[ID]][0].toFixed(1) + '" y1="' + at[n[ID]][1].toFixed(1) + '" x2="' + to[0].toFixed(1) + '" y2="' + to[1].toFixed(1) + '"/>');
      });
    });
    nodes.forEach(function (n) {
      var p = at[n[ID]], x = p[0].toFixed(1), y = p[1].toFixed(1), s = state(n, ranks);
      var cls = "n" + (s.lit ? " on" : "") + (n[FREE] ? " free" : "");
      var change = "";
      if (base) {
        var b = state(n, base);
        if (s.got > 0 && (b.got !== s.got || b.pick !== s.pick)) change = "add";
        else if (s.got === 0 && b.got > 0) change = "del";
      }
      if (s.got > 0) lit++;
      var share = -1;
      n[ENTRIES].forEach(function (id) { if (flex[id] !== undefined) share = Math.max(share, flex[id]); });
      if (share >= 0) cls += " flex";
      var names = s.pick >= 0 && n[KIND] !== "t" ? [nameOf(n[ENTRIES][s.pick])] : n[ENTRIES].map(nameOf).filter(function (v, i, all) { return all.indexOf(v) === i; });
      var tip = names.join(" / ") + (s.got > 0 ? " (" + s.got + "/" + s.max + ")" : n[FREE] ? " (granted)" : "") +
        (change === "add" ? ": not in the compared build" : change === "del" ? ": only in the compared build" : "") +
        (share >= 0 ? "; flex: " + share + "% of the sample take it" : "");
      var mark = '<g class="' + cls + (change ? " " + change : "") + '" data-node="' + n[ID] + '"><title>' + esc(tip) + "</title>" + shape(n, +x, +y, "s");
      if (change) mark += shape(n, +x, +y, "ring");
      if (s.max > 1 && s.got > 0) mark += '<text x="' + x + '" y="' + (+y + 4) + '">' + s.got + "/" + s.max + "</text>";
      if (share >= 0) mark += '<text class="share" x="' + (+x + 11) + '" y="' + (+y - 11) + '">' + share + "%</text>";
      marks.push(mark + "</g>");
    });
    return '<figure><figcaption>' + esc(title) + ' <b>' + lit + '</b></figcaption><svg viewBox="0 0 ' + w + " " + h + '" width="' + w + '" height="' + h + '" role="img" aria-label="' + esc(title) + '">' + lines.join("") + marks.join("") + "</svg></figure>";
  }

  function draw(details) {
    var view = details.querySelector(".tv");
    if (view.getAttribute("data-drawn")) return;
    var spec = DATA.specs[details.getAttribute("data-spec")];
    if (!spec) return;
    var ranks = ranksOf(spec.builds[+details.getAttribute("data-build")] || []);
    var baseAt = details.getAttribute("data-base");
    var base = baseAt === null ? null : ranksOf(spec.builds[+baseAt] || []);
    var flex = {};
    (details.getAttribute("data-flex") || "").split(",").forEach(function (pair) {
      var kv = pair.split(":"); if (kv.length === 2) flex[kv[0]] = +kv[1];
    });
    var hero = 0;
    spec.nodes.forEach(function (n) { if (n[SEC] === "h" && state(n, ranks).got > 0) hero = n[HERO]; });
    var by = function (sec) { return spec.nodes.filter(function (n) { return n[SEC] === sec && (sec !== "h" || n[HERO] === hero); }); };
    view.style.setProperty("--c", spec.color);
    view.innerHTML = pane("Class", by("c"), ranks, base, flex) + (hero ? pane(spec.heroTrees[hero] || "Hero", by("h"), ranks, base, flex) : "") +
      pane("Spec", by("s"), ranks, base, flex) +
      '<p class="legend"><span class="k on"></span> in this build' + (base ? ' <span class="k add"></span> not in the compared build <span class="k del"></span> only in the compared build' : "") +
      (details.getAttribute("data-flex") ? ' <span class="k flex"></span> flex: the share of the sample that takes it' : "") + "</p>";
    view.setAttribute("data-drawn", "1");
  }

  document.addEventListener("toggle", function (e) {
    var d = e.target;
    if (d && d.classList && d.classList.contains("tree") && d.open) draw(d);
  }, true);
  Array.prototype.forEach.call(document.querySelectorAll("details.tree[open]"), draw);
})();
`;

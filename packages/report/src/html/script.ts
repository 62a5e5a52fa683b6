/**
 * The report's main script, inlined: search (specs, short names, bosses and dungeons) and class/content filters over
 * the spec cards, and the copy buttons; tree-script.ts draws the trees.
 * Plain ES2017 (no build step, no library); the page reads fine without it, only filtering and copying need it.
 */
export const SCRIPT = `
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll(".spec"));
  var search = document.getElementById("q");
  var count = document.getElementById("count");
  var empty = document.getElementById("empty");
  var state = { q: "", cls: "", content: "" };

  function norm(s) { return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/\\s+/g, " ").trim(); }

  /**
   * A card shows when every search word is in its spec's text (names and short names) or, for the words that are
   * not, in one boss or dungeon row's name: then only those rows show, their lists opened.
   */
  function apply() {
    var words = norm(state.q).split(" ").filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var hay = card.getAttribute("data-search");
      var rest = words.filter(function (w) { return hay.indexOf(w) < 0; });
      var rowHit = false;
      Array.prototype.forEach.call(card.querySelectorAll(".row"), function (row) {
        var name = row.getAttribute("data-search") || "";
        var hit = rest.length > 0 && rest.every(function (w) { return name.indexOf(w) >= 0; });
        row.hidden = rest.length > 0 && !hit;
        if (hit) rowHit = true;
      });
      var ok = (!state.cls || card.getAttribute("data-class") === state.cls) && (rest.length === 0 || rowHit);
      card.hidden = !ok;
      if (ok) shown++;
      Array.prototype.forEach.call(card.querySelectorAll(".content"), function (sec) {
        sec.hidden = (!!state.content && sec.getAttribute("data-content") !== state.content) ||
          (rest.length > 0 && !sec.querySelector(".row:not([hidden])"));
      });
      Array.prototype.forEach.call(card.querySelectorAll("details.per"), function (d) {
        if (rest.length > 0) { d.open = !!d.querySelector(".row:not([hidden])"); d.setAttribute("data-auto", "1"); }
        else if (d.getAttribute("data-auto")) { d.open = false; d.removeAttribute("data-auto"); }
      });
    });
    count.textContent = shown + (shown === 1 ? " spec" : " specs");
    empty.hidden = shown > 0;
  }

  function press(group, button) {
    Array.prototype.forEach.call(group.querySelectorAll("button"), function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
  }

  search.addEventListener("input", function () { state.q = search.value; apply(); });
  document.getElementById("classes").addEventListener("click", function (e) {
    var b = e.target.closest("button"); if (!b) return;
    state.cls = b.getAttribute("data-class"); press(this, b); apply();
  });
  document.getElementById("contents").addEventListener("click", function (e) {
    var b = e.target.closest("button"); if (!b) return;
    state.content = b.getAttribute("data-content"); press(this, b); apply();
  });

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.addEventListener("click", function (e) {
    var b = e.target.closest(".copy"); if (!b) return;
    var code = b.getAttribute("data-code");
    var label = b.getAttribute("data-label") || b.textContent;
    b.setAttribute("data-label", label);
    var copy = navigator.clipboard && window.isSecureContext ? navigator.clipboard.writeText(code).catch(function () { return fallbackCopy(code); }) : fallbackCopy(code);
    copy.then(function () {
      b.textContent = "Copied ✓"; b.classList.add("done");
    }, function () {
      b.textContent = "Select & copy"; window.prompt("Copy the import string:", code);
    }).then(function () {
      setTimeout(function () { b.textContent = label; b.classList.remove("done"); }, 1600);
    });
  });

  apply();
})();
`;

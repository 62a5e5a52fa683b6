/**
 * The report's only script, inlined: search and class/content filters over the spec cards, and the copy buttons.
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

  function apply() {
    var words = norm(state.q).split(" ").filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var hay = card.getAttribute("data-search");
      var ok = (!state.cls || card.getAttribute("data-class") === state.cls) && words.every(function (w) { return hay.indexOf(w) >= 0; });
      card.hidden = !ok;
      if (ok) shown++;
      Array.prototype.forEach.call(card.querySelectorAll(".content"), function (sec) {
        sec.hidden = !!state.content && sec.getAttribute("data-content") !== state.content;
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

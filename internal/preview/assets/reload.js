// Live preview of alur: reloads the page after each rebuild and shows
// problems in the service files over the last good page. `alur serve --dev`
// adds this script to pages as it serves them; it is never part of a build.
(function () {
  "use strict";
  var script = document.currentScript;
  var gen = Number(script && script.dataset.gen) || 0;
  var extras = Number(script && script.dataset.extras) || 0;
  // Kiosk and search pages show the extras (kiosks, the search index),
  // which are made after the pages, so they also reload when those change.
  var showsExtras = /^\/(en\/)?(kiosk|cari)(\/|$)/.test(location.pathname);
  var overlay = null;

  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/_preview/overlay.css" + (script ? new URL(script.src).search : "");
  document.head.appendChild(css);

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  // Built with textContent only: the problems quote what staff typed.
  function show(state) {
    hide();
    overlay = document.createElement("section");
    overlay.className = "alur-preview";
    overlay.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = state.title;
    var hint = document.createElement("p");
    hint.textContent = state.hint;
    var list = document.createElement("pre");
    list.textContent = state.problems.join("\n");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Tutup / Close";
    close.addEventListener("click", hide);
    overlay.append(title, hint, list, close);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/_preview/events");
  events.addEventListener("state", function (e) {
    var state = JSON.parse(e.data);
    if (state.gen > gen || (showsExtras && state.extras > extras)) {
      location.reload();
      return;
    }
    if (state.problems && state.problems.length) {
      show(state);
    } else {
      hide();
    }
  });
})();

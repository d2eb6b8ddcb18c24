// Live preview of alur: brings the page up to date after each rebuild and
// shows problems in the service files over the last good page. `alur serve
// --dev` adds this script to pages as it serves them; it is never part of a
// build.
//
// A site page is swapped in place rather than reloaded: the new page is
// fetched and its body and head put in for the old ones, and the site's
// scripts run again on the new body. That is the page a reload would show,
// at a fraction of the browser's cost of a new document (issue 15). Any
// doubt (an error, a redirect, other stylesheets or scripts in the head)
// falls back to a reload, as do the kiosk and search pages, whose own
// scripts keep state across the page.
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

  // The page's stylesheets and scripts, head and body: a page with others
  // (an edited theme script, say) needs a reload, as a script that ran
  // once may not take over from itself.
  function assetsOf(doc) {
    return Array.prototype.map.call(doc.querySelectorAll("head link[rel=stylesheet], script[src]"), function (el) {
      return el.outerHTML;
    }).filter(function (html) {
      return html.indexOf("/_preview/") < 0;
    }).join("\n");
  }

  // The new head's other elements (title, description, canonical link,
  // JSON-LD) replace the old ones; the stylesheets stay as they are.
  function swapHead(next) {
    var stays = "link[rel=stylesheet], script[src]";
    Array.prototype.forEach.call(document.head.querySelectorAll(":scope > *"), function (el) {
      if (!el.matches(stays) && el !== css) {
        el.remove();
      }
    });
    var first = document.head.firstChild;
    Array.prototype.forEach.call(next.head.querySelectorAll(":scope > *"), function (el) {
      if (!el.matches(stays)) {
        document.head.insertBefore(document.importNode(el, true), first);
      }
    });
  }

  // Scripts a parser made do not run when moved into a page; a copy made
  // here does, in order. The preview's own script is this one: it stays.
  function runScripts(body) {
    Array.prototype.forEach.call(body.querySelectorAll("script"), function (old) {
      if ((old.getAttribute("src") || "").indexOf("/_preview/") === 0) {
        old.remove();
        return;
      }
      var el = document.createElement("script");
      Array.prototype.forEach.call(old.attributes, function (a) {
        el.setAttribute(a.name, a.value);
      });
      el.async = false;
      el.textContent = old.textContent;
      old.replaceWith(el);
    });
  }

  function swap(next) {
    var x = window.scrollX, y = window.scrollY;
    swapHead(next);
    var body = document.importNode(next.body, true);
    runScripts(body);
    document.body.replaceWith(body);
    overlay = null;
    window.scrollTo(x, y);
  }

  // fetching is a swap under way; latest is the last state the preview
  // sent, which may be a later generation, swapped in when the first is.
  var fetching = false, latest = null, unreachable = {};

  function update() {
    if (fetching) {
      return;
    }
    fetching = true;
    var toGen = latest.gen;
    fetch(location.href, { cache: "no-store", credentials: "same-origin" }).catch(function () {
      throw unreachable;
    }).then(function (res) {
      var type = res.headers.get("Content-Type") || "";
      if (!res.ok || res.redirected || type.indexOf("text/html") !== 0) {
        throw new Error("no page to swap in");
      }
      return res.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, "text/html");
      if (assetsOf(next) !== assetsOf(document)) {
        throw new Error("other stylesheets or scripts");
      }
      // The page says which generation it is: it may be later than the
      // one this fetch began for.
      var own = next.querySelector("script[data-gen]");
      swap(next);
      gen = Math.max(toGen, Number(own && own.dataset.gen) || 0);
      fetching = false;
      apply(latest);
    }).catch(function (err) {
      if (err === unreachable) {
        // The preview is restarting: keep the page; its event stream
        // reconnects and tells the next generation.
        fetching = false;
        return;
      }
      location.reload();
    });
  }

  function apply(state) {
    latest = state;
    if (showsExtras && (state.gen > gen || state.extras > extras)) {
      location.reload();
      return;
    }
    if (state.gen > gen) {
      update();
      return;
    }
    if (state.problems && state.problems.length) {
      show(state);
    } else {
      hide();
    }
  }

  var events = new EventSource("/_preview/events");
  events.addEventListener("state", function (e) {
    apply(JSON.parse(e.data));
  });
})();

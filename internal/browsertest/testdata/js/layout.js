// Measures what a resident sees of the page at the current viewport:
// sideways scrolling and what causes it, where the h1 and the header are,
// interactive elements that overlap, and whether lists read in the order
// they are written (steps, checklist items, the page's sections).
function () {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
  };
  const name = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    if (el.classList.length) s += "." + [...el.classList].join(".");
    const text = (el.innerText || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ");
    return text ? `${s} "${text.slice(0, 40)}"` : s;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    // checkVisibility: not inside a closed <details>, whose content keeps
    // a stale box.
    return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && el.checkVisibility();
  };
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== "visible") return true;
    }
    return false;
  };

  // Elements sticking out on the right, outermost only, not inside a
  // container that scrolls or clips on its own.
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= vw + 0.5 || clipped(el)) continue;
    const parent = el.parentElement.getBoundingClientRect();
    if (el.parentElement !== document.body && parent.right > vw + 0.5) continue;
    wide.push(`${name(el)} reaches ${Math.round(r.right)}px`);
  }

  const h1 = document.querySelector("h1");
  let h1Hit = "";
  if (h1) {
    const r = h1.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 20), y = r.top + r.height / 2;
    const at = document.elementFromPoint(x, y);
    if (at && !h1.contains(at)) h1Hit = name(at);
  }

  // A control inside a closed <details> is not on screen (Chromium still
  // gives it a box): it is measured once its summary opens it.
  const folded = (el) => { const d = el.closest("details:not([open])"); return !!d && !(el.tagName === "SUMMARY" && el.parentElement === d); };
  const targets = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")]
    .filter((el) => shown(el) && !folded(el) && el.type !== "hidden" && !el.closest(".al-skip, .al-vh"));
  const overlaps = [];
  for (let i = 0; i < targets.length; i++) {
    const a = targets[i].getBoundingClientRect();
    for (let j = i + 1; j < targets.length; j++) {
      if (targets[i].contains(targets[j]) || targets[j].contains(targets[i])) continue;
      // A checkbox inside its label is one target.
      if (targets[i].closest("label") && targets[i].closest("label") === targets[j].closest("label")) continue;
      const b = targets[j].getBoundingClientRect();
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlaps.push(`${name(targets[i])} and ${name(targets[j])} overlap by ${Math.round(w)}x${Math.round(h)}px`);
    }
  }

  const header = document.querySelector("body > header, .al-header");
  const underHeader = [];
  if (header) {
    const hb = header.getBoundingClientRect().bottom;
    for (const el of document.querySelectorAll("main, main *, .al-crumbs")) {
      if (!shown(el) || header.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.top < hb - 0.5) underHeader.push(`${name(el)} starts at ${Math.round(r.top)}px, above the header's bottom edge at ${Math.round(hb)}px`);
    }
  }

  const sequence = (selector) => [...document.querySelectorAll(selector)].filter(shown).map((el) => ({ name: name(el), box: box(el) }));
  return {
    viewportWidth: vw,
    viewportHeight: vh,
    scrollWidth: document.documentElement.scrollWidth,
    wide: wide.slice(0, 8),
    h1: h1 ? { text: h1.innerText, box: box(h1) } : null,
    h1CoveredBy: h1Hit,
    header: header ? box(header) : null,
    overlaps: overlaps.slice(0, 8),
    underHeader: underHeader.slice(0, 8),
    steps: sequence(".al-step"),
    checklist: sequence(".al-check li"),
    sections: sequence("main section, main > * > section"),
  };
}

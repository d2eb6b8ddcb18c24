// Numbers every element a keyboard user should reach with Tab (in data-bt
// attributes) and records how each looks unfocused, so that focused.js can
// tell whether focus changes its look. Returns the descriptions.
function () {
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  const candidates = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])");
  // A control inside a closed <details> is not on screen (Chromium still
  // gives it a box): it is measured once its summary opens it. That holds
  // for a summary too, when the <details> it opens sits in a closed one (a
  // route's steps).
  const folded = (el) => {
    for (let d = el.closest("details"); d; d = d.parentElement.closest("details")) {
      if (!d.open && !(el.tagName === "SUMMARY" && el.parentElement === d)) return true;
    }
    return false;
  };
  const out = [];
  let i = 0;
  for (const el of candidates) {
    if (el.disabled || el.closest("[hidden], [inert]") || folded(el)) continue;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    // Hidden until focused (the skip link) still counts: it must be reached.
    const offscreen = r.bottom < -100 || r.right < 0;
    if (cs.visibility === "hidden" || cs.display === "none" || ((r.width === 0 || r.height === 0) && !offscreen)) continue;
    el.dataset.bt = String(i);
    el.dataset.btLook = [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor, cs.borderColor, cs.textDecorationLine].join("|");
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 40);
    out.push({ index: i, name: `${el.tagName.toLowerCase()} "${text}"`, inMain: !!el.closest("main") });
    i++;
  }
  return out;
}

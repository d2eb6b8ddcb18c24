// Describes the focused element: which numbered element it is (see
// focusables.js), whether focus changed how it looks, and whether it is on
// screen and not covered.
function () {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { index: -1, name: "the page itself" };
  const cs = getComputedStyle(el);
  const look = [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor, cs.borderColor, cs.textDecorationLine].join("|");
  const r = el.getBoundingClientRect();
  const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
  const shadow = cs.boxShadow !== "none";
  const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(cx, cy);
  const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 40);
  return {
    index: el.dataset.bt === undefined ? -2 : Number(el.dataset.bt),
    name: `${el.tagName.toLowerCase()} "${text}"`,
    inMain: !!el.closest("main"),
    isSkip: el.matches(".al-skip, a[href='#isi']"),
    changed: el.dataset.btLook !== look,
    indicator: outline || shadow,
    look: look,
    before: el.dataset.btLook || "",
    onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    covered: !!top && top !== el && !el.contains(top) && !top.contains(el),
  };
}

// How the page looks to the printer (run with print media emulated): the
// checkbox squares of the checklist, parts that should not print, and the
// text of the steps.
function () {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const boxes = [...document.querySelectorAll(".al-check input[type=checkbox]")].map((b) => {
    const cs = getComputedStyle(b);
    const r = b.getBoundingClientRect();
    return { shown: shown(b), width: r.width, height: r.height, border: cs.borderTopStyle !== "none" && parseFloat(cs.borderTopWidth) > 0 };
  });
  const screenOnly = [...document.querySelectorAll(".al-header, .al-footer, .al-crumbs, .al-steps-toggle, .al-skip, main form")]
    .filter(shown).map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join("."));
  // Fold signs (+/−) drawn on the step buttons mean nothing on paper.
  const signs = [...document.querySelectorAll(".al-step__title button")]
    .map((b) => getComputedStyle(b, "::after").content)
    .filter((c) => c !== "none" && c !== "normal" && c !== '""');
  return {
    boxes,
    signs,
    screenOnly,
    steps: [...document.querySelectorAll(".al-step__body")].map((b) => shown(b) && b.innerText.trim() !== ""),
  };
}

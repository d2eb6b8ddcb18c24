// Lists the controls smaller than min x min CSS px (WCAG 2.5.8). A checkbox
// or radio inside its label is measured with the label, which is what a
// finger hits. Links inside a sentence are left out, as the criterion
// allows: a link whose nearest block also holds other text is in-line with
// that text.
function (min) {
  const name = (el) => {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || el.closest("label")?.innerText || "")
      .trim().replace(/\s+/g, " ").slice(0, 50);
    return `${el.tagName.toLowerCase()}${el.type ? "[" + el.type + "]" : ""} "${text}"`;
  };
  const block = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (!getComputedStyle(p).display.startsWith("inline")) return p;
    }
    return document.body;
  };
  const ownText = (el) => {
    // The block's text without the text of its links and controls.
    const copy = el.cloneNode(true);
    copy.querySelectorAll("a, button, input, select, textarea, summary, label").forEach((c) => c.remove());
    return copy.textContent.replace(/[\s,.:;·|()–-]+/g, "");
  };
  // A control inside a closed <details> is not on screen (Chromium still
  // gives it a box): it is measured once its summary opens it.
  const folded = (el) => { const d = el.closest("details:not([open])"); return !!d && !(el.tagName === "SUMMARY" && el.parentElement === d); };
  const small = [];
  let counted = 0;
  for (const el of document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select, textarea, [role=button]")) {
    if (folded(el)) continue;
    if (el.closest(".al-skip")) continue; // measured when it shows, in the keyboard test
    const r0 = el.getBoundingClientRect();
    if (r0.width === 0 || r0.height === 0 || getComputedStyle(el).visibility === "hidden" || !el.checkVisibility()) continue;
    counted++;
    let r = r0;
    const label = el.closest("label");
    if (label && (el.type === "checkbox" || el.type === "radio")) r = label.getBoundingClientRect();
    if (r.width >= min - 0.01 && r.height >= min - 0.01) continue;
    if (el.tagName === "A" && getComputedStyle(el).display === "inline" && ownText(block(el)) !== "") continue;
    const b = block(el);
    const where = b.tagName.toLowerCase() + (b.classList.length ? "." + [...b.classList].join(".") : "");
    small.push(`${name(el)} in ${where} is ${r.width.toFixed(1)}x${r.height.toFixed(1)}px`);
  }
  return { counted, small };
}

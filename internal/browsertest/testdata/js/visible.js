// What a resident can read in the main content: its rendered text (text in
// hidden parts is not rendered, so it is not in innerText), and how many
// checklist boxes show. A folded <details> opens without a script, so it
// is opened first, as a resident would, and not counted as closed.
function () {
  const main = document.querySelector("main");
  document.querySelectorAll("main details").forEach((d) => { d.open = true; });
  const boxes = [...document.querySelectorAll(".al-check input[type=checkbox]")];
  const seen = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  return {
    text: main ? main.innerText : "",
    boxes: boxes.length,
    shownBoxes: boxes.filter(seen).length,
    closed: document.querySelectorAll("main [hidden]:not(.al-status)").length,
  };
}

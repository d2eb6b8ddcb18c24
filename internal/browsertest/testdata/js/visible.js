// What a resident can read in the main content: its rendered text (text in
// closed or hidden parts is not rendered, so it is not in innerText), and
// how many checklist boxes show.
function () {
  const main = document.querySelector("main");
  const boxes = [...document.querySelectorAll(".al-check input[type=checkbox]")];
  const seen = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  return {
    text: main ? main.innerText : "",
    boxes: boxes.length,
    shownBoxes: boxes.filter(seen).length,
    // The feedback form (.al-fb) is folded until asked for, on purpose;
    // a summary opens it without a script.
    closed: document.querySelectorAll("main details:not([open]):not(.al-fb__report), main [hidden]:not(.al-status)").length,
  };
}

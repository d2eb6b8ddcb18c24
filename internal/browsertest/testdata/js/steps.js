// The state of the foldable steps: for each step button, whether it says
// it is open and whether the step's text is actually shown; and which
// element has focus.
function () {
  const steps = [...document.querySelectorAll(".al-step")].map((step) => {
    const button = step.querySelector(".al-step__title button");
    const body = step.querySelector(".al-step__body");
    return {
      title: (button || step).innerText.trim().replace(/\s+/g, " ").slice(0, 60),
      hasButton: !!button,
      expanded: button ? button.getAttribute("aria-expanded") : "",
      controls: button ? button.getAttribute("aria-controls") === body.id : false,
      shown: !!body && body.getClientRects().length > 0 && body.innerText.trim() !== "",
      focused: !!button && document.activeElement === button,
    };
  });
  const all = document.querySelector(".al-steps-toggle");
  return { steps, toggleAll: all ? all.innerText.trim() : "", toggleAllFocused: !!all && document.activeElement === all };
}

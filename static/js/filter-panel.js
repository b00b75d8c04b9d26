// The filters of a list stand beside the results on a wide screen: open them there. On a
// phone they stay folded above the results (and without script they fold everywhere;
// "Filters" opens them).
const wide = window.matchMedia("(min-width: 56em)");

function openOnWideScreens() {
  if (wide.matches) {
    document.querySelectorAll("details[data-filter-panel]").forEach((panel) => {
      panel.open = true;
    });
  }
}

openOnWideScreens();
wide.addEventListener("change", openOnWideScreens);

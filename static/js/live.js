// The projector view: fetch the current results every few seconds and show them.
//
// The results are replaced wholesale, but the live region is not: it stays in the page
// and is told only what changed ("12 posities ingenomen", or the new statement), so a
// screen reader announces it. The pause button stops the updates (WCAG 2.2.2).
const container = document.querySelector("[data-live-url]");
const announcer = document.querySelector("[data-live-announcer]");
const pause = document.querySelector("[data-live-pause]");
const INTERVAL = 4000;

let timer = null;
let paused = false;
let shown = summary(container);

function summary(root) {
  const statement = root.querySelector("[data-live-statement]");
  const total = root.querySelector("[data-live-total]");
  return {
    statement: statement ? statement.textContent.trim() : "",
    total: total ? total.textContent.trim() : "",
  };
}

function announce(text) {
  announcer.textContent = text;
}

function schedule() {
  window.clearTimeout(timer);
  timer = paused ? null : window.setTimeout(refresh, INTERVAL);
}

async function refresh() {
  try {
    const response = await fetch(container.dataset.liveUrl, {
      headers: { Accept: "text/html" },
      credentials: "same-origin",
      cache: "no-store",
    });
    if (response.ok && !paused) {
      container.innerHTML = await response.text();
      const now = summary(container);
      if (now.statement !== shown.statement) {
        announce(`${now.statement} ${now.total}`.trim());
      } else if (now.total !== shown.total) {
        announce(now.total);
      }
      shown = now;
    }
  } finally {
    schedule();
  }
}

if (container && announcer) {
  if (pause) {
    pause.hidden = false;
    pause.addEventListener("click", () => {
      paused = !paused;
      pause.setAttribute("aria-pressed", String(paused));
      announce(paused ? pause.dataset.pausedText : pause.dataset.resumedText);
      if (paused) {
        schedule();
      } else {
        refresh();
      }
    });
  }
  schedule();
}

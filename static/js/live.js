// The projector view: fetch the current results every few seconds and show them.
const container = document.querySelector("[data-live-url]");
const INTERVAL = 4000;

async function refresh() {
  try {
    const response = await fetch(container.dataset.liveUrl, {
      headers: { Accept: "text/html" },
      credentials: "same-origin",
      cache: "no-store",
    });
    if (response.ok) {
      container.innerHTML = await response.text();
    }
  } finally {
    window.setTimeout(refresh, INTERVAL);
  }
}

if (container) {
  window.setTimeout(refresh, INTERVAL);
}

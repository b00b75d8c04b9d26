// The "select all" checkbox of the admin's export page, without an inline event handler.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".select-toggle").forEach((toggle) => {
    toggle.addEventListener("change", (event) => window.onSelectToggleChange(event));
  });
});

// Progressive enhancement: a button that copies a private link. Without script (or
// without clipboard access) the link stays selectable in its read-only field.
document.querySelectorAll("[data-copy-target]").forEach((button) => {
  const field = document.getElementById(button.dataset.copyTarget);
  const status = document.getElementById(button.dataset.copyStatus);
  if (!field || !status || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.copied;
    } catch {
      field.select();
      status.textContent = button.dataset.failed;
    }
  });
});

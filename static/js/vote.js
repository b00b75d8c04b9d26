// Progressive enhancement of the position forms: send the position without reloading the
// page, and keep the chosen party the same in every form. Without script the forms post
// normally and the page comes back with a message.
const forms = document.querySelectorAll("form[data-vote]");

forms.forEach((form) => {
  const status = form.querySelector("[data-vote-status]");
  const party = form.querySelector("[data-party]");

  party?.addEventListener("change", () => {
    forms.forEach((other) => {
      const select = other.querySelector("[data-party]");
      if (select && select !== party) {
        select.value = party.value;
      }
    });
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const data = await response.json();
      status.textContent = data.message;
      status.classList.toggle("kb-vote__status--error", !data.ok);
    } catch {
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
});

// Progressive enhancement: a character counter under every text field with a limit.
// The field carries its limit as data-maxlength (duurzaamdoor/text.py), never as
// maxlength, which would cut pasted text without a word; the server refuses a text that
// is too long either way. The counter says how many characters are left or too many;
// screen readers hear it politely once typing pauses, not at every key.
(() => {
  const texts = document.currentScript ? document.currentScript.dataset : {};
  const PAUSE_MS = 1000;
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);

  const describe = (length, limit) => {
    const left = limit - length;
    const count = Math.abs(left);
    let text;
    if (left >= 0) {
      text = count === 1 ? texts.leftOne : texts.left;
    } else {
      text = count === 1 ? texts.overOne : texts.over;
    }
    return (text || "").replace("{count}", numbers.format(count));
  };

  const fields = document.querySelectorAll("input[data-maxlength], textarea[data-maxlength]");
  fields.forEach((field) => {
    const limit = Number.parseInt(field.dataset.maxlength, 10);
    if (!field.id || !(limit > 0) || !texts.left) {
      return;
    }
    const counter = document.createElement("p");
    counter.id = `${field.id}_counter`;
    counter.className = "kb-counter";
    // Read with the field (aria-describedby); the live status below speaks the changes.
    counter.setAttribute("aria-hidden", "true");
    const status = document.createElement("p");
    status.className = "kb-visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    field.after(counter, status);
    const describedBy = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", describedBy ? `${describedBy} ${counter.id}` : counter.id);

    let timer;
    const update = () => {
      // Characters as the server counts them: code points, a line break as one.
      const length = Array.from(field.value).length;
      const text = describe(length, limit);
      counter.textContent = text;
      counter.classList.toggle("kb-counter--over", length > limit);
      return text;
    };
    field.addEventListener("input", () => {
      const text = update();
      clearTimeout(timer);
      timer = setTimeout(() => {
        status.textContent = text;
      }, PAUSE_MS);
    });
    update();
  });
})();

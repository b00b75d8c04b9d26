// Names for the admin's autocomplete fields (select2 4.0.13, as shipped with Django 5.2).
//
// select2 hides the real <select> and draws controls of its own that do not carry the
// field's label: the search box of a multiple choice has no name (select2/select2#4930,
// addressed upstream after 4.0.13 by select2/select2#6457), an empty single choice is a
// combobox named by nothing, an open one does not say which list it controls, and the
// cross that clears a multiple choice is a <span> directly inside a <ul> (later select2
// puts its clear button beside the list). This script names every such control after
// the field's <label> (or after the select's aria-label in a table of inline rows) and
// moves the cross out of the list; select2 still finds it, as it looks for it in the
// whole selection. It runs on every admin page and again after each change select2
// makes to the page, so it covers every autocomplete field, rows added later included.
(() => {
  "use strict";

  // The id of the element that names this select: its <label>, or else (a field in a
  // table of inline rows) a hidden copy of its aria-label, as a select referenced by
  // aria-labelledby would lend its chosen option rather than its own name.
  function nameId(select) {
    if (!select.id) {
      return null;
    }
    const label = document.querySelector(`label[for="${CSS.escape(select.id)}"]`);
    if (label) {
      if (!label.id) {
        label.id = `${select.id}-label`;
      }
      return label.id;
    }
    const text = select.getAttribute("aria-label");
    if (!text) {
      return null;
    }
    const id = `${select.id}-name`;
    if (!document.getElementById(id)) {
      const name = document.createElement("span");
      name.id = id;
      name.hidden = true;
      name.textContent = text;
      select.before(name);
    }
    return id;
  }

  function setOnce(element, attribute, value) {
    if (element && element.getAttribute(attribute) !== value) {
      element.setAttribute(attribute, value);
    }
  }

  // An open combobox names the list it controls (ARIA 1.2); select2 only says it owns it.
  function mirrorOwns(selection) {
    const owns = selection.getAttribute("aria-owns");
    if (owns) {
      setOnce(selection, "aria-controls", owns);
    } else if (selection.hasAttribute("aria-controls")) {
      selection.removeAttribute("aria-controls");
    }
  }

  // select2 4.0.13 draws the cross that clears the field inside the chosen text (which
  // makes it part of what the field says it holds) or inside the list of choices, and
  // drops it only by emptying those. Moved beside them, a cross that no longer belongs
  // (another one was drawn, or nothing is chosen any more) is removed here.
  function moveClear(select, selection, rendered) {
    const drawn = rendered.querySelector(":scope > .select2-selection__clear");
    const moved = selection.querySelectorAll(":scope > .select2-selection__clear");
    const chosen = [...select.selectedOptions].some((option) => option.value !== "");
    if (drawn || !chosen) {
      moved.forEach((cross) => cross.remove());
    }
    if (drawn) {
      selection.prepend(drawn);
    }
  }

  function labelSelection(select) {
    const container = select.nextElementSibling;
    if (!container || !container.classList.contains("select2-container")) {
      return;
    }
    const name = nameId(select);
    const selection = container.querySelector(".select2-selection");
    if (!name || !selection) {
      return;
    }
    mirrorOwns(selection);
    // The crosses that clear a choice are for the mouse (the keyboard uses Backspace or
    // Delete); read out, they would put a "×" in the field's name.
    selection
      .querySelectorAll(".select2-selection__clear, .select2-selection__choice__remove")
      .forEach((cross) => setOnce(cross, "aria-hidden", "true"));
    const rendered = selection.querySelector(".select2-selection__rendered");
    if (rendered) {
      moveClear(select, selection, rendered);
    }
    if (selection.classList.contains("select2-selection--single")) {
      // Read as "Bron: <the chosen source>", also when nothing is chosen yet.
      setOnce(selection, "aria-labelledby", rendered ? `${name} ${rendered.id}` : name);
      setOnce(rendered, "aria-labelledby", name);
    } else {
      setOnce(selection, "aria-labelledby", name);
      setOnce(selection.querySelector(".select2-search__field"), "aria-labelledby", name);
    }
  }

  // The list that opens below a field, with its own search box for a single choice.
  function labelDropdown(dropdown) {
    const results = dropdown.querySelector(".select2-results__options[id]");
    const match = results && /^select2-(.+)-results$/.exec(results.id);
    const select = match && document.getElementById(match[1]);
    const name = select && nameId(select);
    if (!name) {
      return;
    }
    setOnce(results, "aria-labelledby", name);
    setOnce(dropdown.querySelector(".select2-search__field"), "aria-labelledby", name);
  }

  function labelAll() {
    document.querySelectorAll("select.select2-hidden-accessible").forEach(labelSelection);
    document.querySelectorAll(".select2-dropdown").forEach(labelDropdown);
  }

  let pending = false;
  const observer = new MutationObserver(() => {
    if (!pending) {
      pending = true;
      queueMicrotask(() => {
        pending = false;
        labelAll();
      });
    }
  });
  document.addEventListener("DOMContentLoaded", () => {
    observer.observe(document.body, { childList: true, subtree: true });
    labelAll();
  });
})();

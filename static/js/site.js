/*
 * Small progressive enhancements; every page works without this file.
 *
 * - A form that comes back with errors moves focus to its error summary, so keyboard and screen
 *   reader users start from the list of what to fix.
 * - A link in the error summary focuses its field (a plain #fragment only scrolls to it) and
 *   brings the field's label into view with it.
 */
(function () {
  "use strict";

  function labelFor(field) {
    if (field.id) {
      var label = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
      if (label) {
        return label;
      }
    }
    var fieldset = field.closest("fieldset");
    return fieldset ? fieldset.querySelector("legend") : null;
  }

  function focusField(event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    var label = labelFor(field);
    (label || field).scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  }

  function init() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) {
      return;
    }
    summary.addEventListener("click", focusField);
    summary.focus();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

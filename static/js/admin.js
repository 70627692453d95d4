/*
 * Django admin, made to meet WCAG 2.1 AA where its defaults do not (checked with axe-core).
 *
 * The two-list selector (SelectFilter2.js, built on window load) labels its help icons with
 * aria-label on a plain <span>, which assistive technology may ignore: give them a role.
 */
(function () {
  "use strict";

  function labelHelpIcons() {
    document.querySelectorAll("span.help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  window.addEventListener("load", function () {
    window.setTimeout(labelHelpIcons, 0); // after SelectFilter2's own load handler
  });
})();

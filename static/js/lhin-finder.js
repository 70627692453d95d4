/*
 * The LHIN finder on the membership application: typing a town or city narrows the LHIN options
 * to those whose names or areas mention it. A progressive enhancement: without this file the
 * finder stays hidden and all 14 options are listed with their areas. It never chooses for the
 * person: it only hides options, never the one already chosen, and shows them all again when
 * nothing matches.
 */
(function () {
  "use strict";

  // Lower case without accents, so "Sudbury", "sudbury" and "Côte" / "cote" all match.
  function normalize(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  function init() {
    var finder = document.querySelector("[data-lhin-finder]");
    if (!finder) {
      return;
    }
    var input = finder.querySelector("input");
    var status = finder.querySelector("[data-lhin-finder-status]");
    var options = Array.prototype.slice.call(document.querySelectorAll("[data-lhin-option]"));
    if (!input || !status || !options.length) {
      return;
    }
    var messages = {
      some: finder.getAttribute("data-message-some"),
      one: finder.getAttribute("data-message-one"),
      none: finder.getAttribute("data-message-none"),
    };
    var announce = null;

    function say(text) {
      // Announce once typing pauses, not at every key.
      window.clearTimeout(announce);
      announce = window.setTimeout(function () {
        status.textContent = text;
      }, 400);
    }

    function filter() {
      var query = normalize(input.value);
      if (!query) {
        options.forEach(function (option) {
          option.hidden = false;
        });
        say("");
        return;
      }
      var matches = options.filter(function (option) {
        return normalize(option.getAttribute("data-search") || "").indexOf(query) !== -1;
      });
      options.forEach(function (option) {
        var chosen = option.querySelector("input:checked") !== null;
        option.hidden = matches.length > 0 && matches.indexOf(option) === -1 && !chosen;
      });
      if (!matches.length) {
        say(messages.none);
      } else if (matches.length === 1) {
        say(messages.one);
      } else {
        say(messages.some.replace("%(count)s", String(matches.length)));
      }
    }

    // Enter in the finder would send the whole form; here it only means "search".
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    input.addEventListener("input", filter);
    input.addEventListener("search", filter);
    finder.hidden = false;
    if (input.value) {
      filter();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

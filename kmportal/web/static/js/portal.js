// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // htmx does not swap 5xx answers or network failures; tell the reader
  // instead of leaving stale results on screen.
  function showSearchError(event) {
    var results = document.getElementById("results");
    if (!results || !event.detail || !event.detail.target || event.detail.target !== results) {
      return;
    }
    var message = document.createElement("p");
    message.className = "error__message";
    message.setAttribute("role", "alert");
    message.textContent = results.getAttribute("data-error-text") || "Error";
    results.replaceChildren(message);
  }

  document.addEventListener("htmx:responseError", showSearchError);
  document.addEventListener("htmx:sendError", showSearchError);

  // Copy a citation line ("มาตรา ๔๕ (๘) แห่ง...") with one click. The buttons
  // are hidden in the markup and shown here, where they can work.
  function showCopyButtons(root) {
    if (!navigator.clipboard) {
      return;
    }
    root.querySelectorAll("button.copy[data-copy]").forEach(function (b) {
      b.hidden = false;
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy[data-copy]") : null;
    if (!button || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || label;
      window.setTimeout(function () {
        button.textContent = label;
      }, 2000);
    });
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    showCopyButtons(event.detail.target || document);
  });

  // Arriving at a highlighted section: move keyboard focus there too, so the
  // next Tab continues from the section the reader came for.
  document.addEventListener("DOMContentLoaded", function () {
    showCopyButtons(document);
    // On a phone an open table of contents pushes the text a screen down.
    if (window.matchMedia("(max-width: 44rem)").matches) {
      document.querySelectorAll(".toc__details[open]").forEach(function (d) {
        d.removeAttribute("open");
      });
    }
    // A long table of contents scrolls on its own: bring the current entry
    // into its view without moving the page.
    document.querySelectorAll(".toc").forEach(function (toc) {
      var current = toc.querySelector("[aria-current]");
      if (current && toc.scrollHeight > toc.clientHeight) {
        toc.scrollTop = current.offsetTop - toc.clientHeight / 2;
      }
    });
    var hl = document.querySelector(".sec--hl");
    if (hl) {
      // A shared link may have lost its #anchor; the highlight still says where to go.
      if (window.location.hash !== "#" + hl.id) {
        hl.scrollIntoView({ block: "start" });
      }
      hl.setAttribute("tabindex", "-1");
      hl.focus({ preventScroll: true });
    }
  });
})();

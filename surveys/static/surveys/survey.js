// Progressive enhancement only: the survey works without this file.
(function () {
  "use strict";
  var form = document.querySelector("[data-survey-form]");
  if (form) {
    // One submission per click burst; the server refuses duplicates anyway.
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      window.setTimeout(function () { if (button) { button.disabled = true; } }, 0);
    });
  }
  var errors = document.getElementById("survey-errors");
  if (errors) { errors.focus(); }
  // Inside the storefront widget: tell the page our height and when the survey is done.
  if (window.parent !== window) {
    var section = document.querySelector("[data-survey-state]");
    var post = function () {
      window.parent.postMessage({
        type: "helpcenter-survey",
        state: section ? section.getAttribute("data-survey-state") : "unknown",
        height: document.documentElement.scrollHeight
      }, "*");
    };
    window.addEventListener("load", post);
    window.addEventListener("resize", post);
    // Escape inside the frame closes the widget's dialog, as it would on the page itself.
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { window.parent.postMessage({ type: "helpcenter-survey", action: "close" }, "*"); }
    });
  }
})();

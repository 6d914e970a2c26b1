// A reply e-mail links to /reviews/#review-<id>; once newer reviews push that review off the first
// page, ask the server for the page it is on. Without JavaScript the link still opens the list.
(function () {
  "use strict";
  var match = /^#review-(\d+)$/.exec(window.location.hash);
  if (!match || document.getElementById("review-" + match[1])) return;
  var params = new URLSearchParams(window.location.search);
  if (params.get("review") === match[1]) return; // already asked: the review is no longer public
  window.location.replace(window.location.pathname + "?review=" + match[1] + window.location.hash);
})();

// Progressive enhancement only: every feature here also works without JavaScript.
(function () {
  "use strict";

  // "Was this helpful?": send the vote with fetch and answer in place.
  document.querySelectorAll("[data-feedback] form[data-api]").forEach(function (form) {
    var clicked = null;
    form.querySelectorAll("button[name=helpful]").forEach(function (button) {
      button.addEventListener("click", function () { clicked = button; });
    });
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !clicked) return;
      event.preventDefault();
      var status = form.querySelector(".feedback__status");
      var comment = form.querySelector("textarea[name=comment]");
      var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      fetch(form.dataset.api, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
        body: JSON.stringify({ helpful: clicked.value === "yes", comment: comment ? comment.value : "" })
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, code: response.status, data: data }; });
      }).then(function (result) {
        if (result.ok || result.code === 409) {
          var thanks = document.createElement("p");
          thanks.className = "feedback__status";
          thanks.setAttribute("role", "status");
          thanks.textContent = result.ok ? form.dataset.thanks : form.dataset.already;
          form.replaceWith(thanks);
        } else {
          status.hidden = false;
          status.textContent = result.data.detail || "Sorry, that didn't work.";
          form.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
        }
      }).catch(function () { form.submit(); });
    });
  });

  // Count a read once per page view; a beacon works even when the page came from a cache.
  var article = document.querySelector("[data-article-id]");
  if (article && navigator.sendBeacon) {
    navigator.sendBeacon("/api/v1/help/articles/" + article.dataset.articleId + "/read");
  }
})();

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

  // The help center's frame says its language and where its API is: inside a shop's own
  // template, the page's <html lang> is the shop's, and the API may be mounted elsewhere.
  var frame = document.querySelector(".helpcenter");
  var lang = (frame && frame.lang) || document.documentElement.lang || "en";
  var api = (frame && frame.dataset.apiRoot) || "/api/v1/";

  // Search as you type: a few matching titles under every search box (ARIA combobox).
  document.querySelectorAll("form[role=search] input[name=q]").forEach(function (input, number) {
    var list = document.createElement("ul");
    var listId = "suggestions-" + number;
    var timer = null, active = -1, lastQuery = "";
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "Suggestions");
    list.hidden = true;
    input.form.style.position = "relative";
    input.form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function close() {
      list.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", options[active].id);
    }
    function show(results) {
      list.textContent = "";
      results.forEach(function (result, i) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        item.id = listId + "-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        link.href = result.url;
        link.textContent = result.title;
        link.tabIndex = -1;
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = !results.length;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
      active = -1;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var query = input.value.trim();
      if (query.length < 2) { close(); return; }
      timer = setTimeout(function () {
        lastQuery = query;
        fetch(api + "help/autocomplete?locale=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(query))
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) { if (query === lastQuery) show(data.results || []); })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("[role=option] a")[active].href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  });

  // After a search, tell analytics when the visitor turns to a person instead.
  var searched = document.querySelector("[data-search-id]");
  if (searched && navigator.sendBeacon) {
    searched.querySelectorAll("[data-contact]").forEach(function (link) {
      link.addEventListener("click", function () {
        navigator.sendBeacon(api + "help/searches/" + encodeURIComponent(searched.dataset.searchId) + "/contact");
      });
    });
  }

  // Count a read once per page view; a beacon works even when the page came from a cache.
  var article = document.querySelector("[data-article-id]");
  if (article && navigator.sendBeacon) {
    navigator.sendBeacon(api + "help/articles/" + article.dataset.articleId + "/read");
  }
})();

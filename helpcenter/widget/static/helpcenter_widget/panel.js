/*
 * The help widget's panel, framed by the storefront (see helpcenter/widget/views.py for why a frame).
 * Search as you type, articles read in place, "Was this helpful?", and a hand-off whose message
 * already says what the customer searched for and read. All requests go to this page's own origin.
 */
(function () {
  "use strict";
  var root = document.getElementById("panel");
  var data = root.dataset;
  var lang = data.lang;
  var input = document.getElementById("widget-q");
  var summary = root.querySelector("[data-summary]");
  var params = new URLSearchParams(location.hash.slice(1));
  var order = (params.get("order") || "").slice(0, 60);
  var views = {};
  root.querySelectorAll("[data-view]").forEach(function (view) { views[view.dataset.view] = view; });
  var current = "home", previous = "home";
  var searches = [], read = [], logged = null, typed = 0, settleTimer = 0, typeTimer = 0;
  var shownSearchId = null, shownArticle = null, summaryEdited = false;

  // One visitor per browser and storefront: the frame's storage is partitioned per top-level site.
  var visitor = data.visitor;
  try {
    visitor = localStorage.getItem("hc_widget_visitor") || visitor;
    localStorage.setItem("hc_widget_visitor", visitor);
  } catch (error) { /* storage refused: this panel's token only */ }

  function t(name, value) { return (data["t" + name] || "{q}").replace("{q}", value || ""); }
  function send(method, url, body) {
    var options = { method: method, headers: { "X-Helpcenter-Visitor": visitor }, keepalive: method === "POST" };
    if (body) { options.headers["Content-Type"] = "application/json"; options.body = JSON.stringify(body); }
    return fetch(url, options);
  }
  var host = new URLSearchParams(location.search).get("origin");
  function message(action) { parent.postMessage({ type: "helpcenter-widget", action: action }, host); }

  function show(name, focus) {
    if (name !== current) { previous = current; }
    current = name;
    Object.keys(views).forEach(function (key) { views[key].hidden = key !== name; });
    if (focus) { focus.focus(); }
  }

  // Before anything is typed: the articles of the storefront page's context, else popular ones.
  function glob(pattern) {
    return new RegExp("^" + pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");
  }
  var context = params.get("context") || "", path = params.get("path") || "";
  var lists = Array.prototype.slice.call(root.querySelectorAll("[data-context-key]"));
  var chosen = lists.filter(function (list) { return context && list.dataset.contextKey === context; })[0] ||
    lists.filter(function (list) {
      return path && list.dataset.contextPattern && glob(list.dataset.contextPattern).test(path);
    })[0];
  var popular = root.querySelector("[data-popular]");
  if (chosen && chosen.querySelector("a")) { chosen.hidden = false; }
  else if (popular.querySelector("a")) { popular.hidden = false; }

  // Search as you type: results at once, stored in the analytics only once the query settles.
  function searchUrl(query, log) {
    return data.searchUrl + "?lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(query) + (log ? "&log=1" : "");
  }
  function render(result, query) {
    var status = views.results.querySelector("[data-status]");
    var list = views.results.querySelector("[data-results]");
    var suggestion = views.results.querySelector("[data-suggestion]");
    list.textContent = "";
    status.textContent = !result.results.length ? t("None", query) : result.low_confidence ? t("Weak", query) : t("Results", query);
    suggestion.hidden = !result.suggestion;
    if (result.suggestion) { suggestion.querySelector("button").textContent = result.suggestion; }
    result.results.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var snippet = document.createElement("p");
      link.href = hit.url;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = hit.title;
      if (hit.kind === "article" && hit.page_id) { link.dataset.article = hit.page_id; }
      link.dataset.rank = hit.rank;
      link.dataset.pageId = hit.page_id || "";
      snippet.innerHTML = hit.snippet; // escaped by the server, with <mark> around matches
      snippet.className = "results__snippet";
      item.appendChild(link);
      if (hit.promoted) {
        var badge = document.createElement("span");
        badge.className = "results__promoted";
        badge.textContent = t("Recommended");
        item.appendChild(badge);
      }
      if (hit.category) {
        var category = document.createElement("span");
        category.className = "results__category";
        category.textContent = hit.category;
        item.appendChild(category);
      }
      item.appendChild(snippet);
      list.appendChild(item);
    });
    root.classList.toggle("unanswered", !result.results.length || result.low_confidence);
    show("results");
  }
  function search(query, log) {
    var number = ++typed;
    return fetch(searchUrl(query, log), { headers: { "X-Helpcenter-Visitor": visitor } })
      .then(function (response) { if (!response.ok) { throw response; } return response.json(); })
      .then(function (result) {
        if (log) { logged = { query: query, id: result.search_id }; remember(result.query); }
        if (number === typed || log) { render(result, query); }
        document.dispatchEvent(new CustomEvent("helpcenter:results", { detail: { query: query } }));
        return result;
      })
      .catch(function () {
        var status = views.results.querySelector("[data-status]");
        status.textContent = t("Error");
        show("results");
      });
  }
  function remember(query) {
    if (query && searches.indexOf(query) < 0) { searches.push(query); updateSummary(); }
  }
  // The query the customer stopped at is stored once; later actions (click, contact) refer to it.
  function settle() {
    clearTimeout(settleTimer);
    var query = input.value.trim();
    if (!query || (logged && logged.query === query)) {
      return Promise.resolve(logged && logged.id);
    }
    return search(query, true).then(function () { return logged && logged.id; });
  }
  input.addEventListener("input", function () {
    clearTimeout(typeTimer);
    clearTimeout(settleTimer);
    var query = input.value.trim();
    if (query.length < 2) { show("home"); return; }
    typeTimer = setTimeout(function () { search(query, false); }, 120);
    settleTimer = setTimeout(settle, 1500);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typeTimer);
    if (input.value.trim()) { settle(); }
  });
  views.results.querySelector("[data-suggestion-button]").addEventListener("click", function (event) {
    input.value = event.target.textContent;
    settle();
  });

  // An article opens in the panel; its read is counted there, like on the site.
  function openArticle(link) {
    var id = link.dataset.article;
    var fromSearch = current === "results";
    var searchId = null;
    (fromSearch ? settle() : Promise.resolve(null)).then(function (logId) {
      searchId = logId || null;
      if (searchId) {
        send("POST", data.clickUrl.replace("SEARCH", encodeURIComponent(searchId)), {
          page_id: Number(id), rank: Number(link.dataset.rank) || null
        });
      }
      return send("GET", data.articleUrl.replace("/0/", "/" + id + "/") + "?lang=" + encodeURIComponent(lang));
    }).then(function (response) {
      if (!response.ok) { throw response; }
      return response.text();
    }).then(function (html) {
      var holder = views.article.querySelector("[data-article]");
      holder.innerHTML = html; // the help center's own template, escaped by Django
      var article = holder.querySelector("article");
      shownArticle = { id: id, title: article.dataset.title, helpful: null };
      shownSearchId = searchId;
      read.push(shownArticle);
      updateSummary();
      show("article", holder.querySelector("h2"));
      views.article.scrollTop = 0;
    }).catch(function () { window.open(link.href, "_blank", "noopener"); });
  }
  root.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-article]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    openArticle(link);
  });
  views.article.addEventListener("click", function (event) {
    var button = event.target.closest("[data-vote]");
    if (!button || !shownArticle) { return; }
    var article = shownArticle, helpful = button.dataset.vote === "yes";
    var status = views.article.querySelector("[data-vote-status]");
    views.article.querySelectorAll("[data-vote]").forEach(function (b) { b.disabled = true; });
    send("POST", data.feedbackUrl.replace("/0/", "/" + article.id + "/") + "?lang=" + encodeURIComponent(lang),
      { helpful: helpful, search_id: shownSearchId })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        status.textContent = result.message || result.detail || t("Thanks");
        article.helpful = helpful;
        updateSummary();
      })
      .catch(function () { views.article.querySelectorAll("[data-vote]").forEach(function (b) { b.disabled = false; }); });
  });
  views.article.querySelector("[data-back]").addEventListener("click", function () {
    show(previous === "article" ? "home" : previous, input);
  });

  // The hand-off: the contact channels, with a message the customer can edit before sending.
  function composed() {
    var lines = [];
    if (order) { lines.push(t("Order", order)); }
    if (searches.length) { lines.push(t("Searched", searches.map(function (q) { return t("Quoted", q); }).join(", "))); }
    if (read.length) { lines.push(t("Read", read.map(function (a) { return a.title; }).join("; "))); }
    lines.push("", t("Question"), "");
    return lines.join("\n");
  }
  function updateSummary() {
    if (summary && !summaryEdited) { summary.value = composed(); }
    links();
  }
  function links() {
    var text = summary ? summary.value : "";
    root.querySelectorAll("[data-channel=email]").forEach(function (link) {
      link.href = "mailto:" + link.dataset.address + "?subject=" + encodeURIComponent(t("Subject") + (order ? " " + order : "")) +
        "&body=" + encodeURIComponent(text);
    });
    root.querySelectorAll("[data-channel=chat]").forEach(function (link) {
      if (!data.chatParameter) { return; }
      var url = new URL(link.dataset.address);
      url.searchParams.set(data.chatParameter, text);
      link.href = url.toString();
    });
  }
  if (summary) {
    summary.addEventListener("input", function () { summaryEdited = true; links(); });
  }
  root.querySelector("[data-handoff]").addEventListener("click", function () {
    settle().then(function () {
      updateSummary();
      show("contact", root.querySelector("#contact-title"));
    });
  });
  root.querySelectorAll("[data-channel]").forEach(function (link) {
    link.addEventListener("click", function () {
      if (logged && logged.id) { send("POST", data.contactUrl.replace("SEARCH", encodeURIComponent(logged.id))); }
    });
  });
  updateSummary();

  // Keyboard: Escape closes, Tab stays inside the panel, and the storefront gets focus back.
  root.querySelector("[data-close]").addEventListener("click", function () { message("close"); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); message("close"); return; }
    if (event.key !== "Tab") { return; }
    var focusable = Array.prototype.filter.call(
      root.querySelectorAll("a[href], button:not([disabled]), input, textarea, [tabindex='0']"),
      function (element) { return element.offsetParent !== null; }
    );
    if (!focusable.length) { return; }
    var first = focusable[0], last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || !root.contains(document.activeElement))) {
      event.preventDefault(); last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault(); first.focus();
    }
  });
  window.addEventListener("message", function (event) {
    if (event.source === parent && event.data && event.data.type === "helpcenter-widget" && event.data.action === "focus") {
      input.focus();
    }
  });
  input.focus();
  message("ready");
})();

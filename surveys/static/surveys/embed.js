/*
 * Help Center survey widget for the storefront's order page.
 *
 *   <a href="SURVEY_URL" data-helpcenter-survey>Rate your order</a>
 *   <script src="https://help.example.com/surveys/embed.js" async></script>
 *
 * A click opens the survey in a dialog on the same page; without JavaScript the
 * link simply opens the survey page. Only survey links on the help center that
 * served this script are opened in place. No inline styles or scripts are added,
 * so it works under a strict Content-Security-Policy (allow this script and
 * frame-src for the help center).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__helpcenterSurvey) { return; }
  window.__helpcenterSurvey = true;
  var origin = new URL(script.src, document.baseURI).origin;
  var dialog = null;
  var opener = null;

  function style(element, rules) {
    Object.keys(rules).forEach(function (name) { element.style.setProperty(name, rules[name]); });
  }

  function surveyUrl(href) {
    var url;
    try { url = new URL(href, document.baseURI); } catch (error) { return null; }
    if (url.origin !== origin || url.pathname.indexOf("/surveys/s/") !== 0) { return null; }
    url.searchParams.set("embed", "1");
    return url;
  }

  function close() {
    if (!dialog) { return; }
    dialog.close();
    dialog.remove();
    dialog = null;
    if (opener) { opener.focus(); }
  }

  function open(url, trigger) {
    close();
    opener = trigger;
    dialog = document.createElement("dialog");
    dialog.className = "helpcenter-survey";
    dialog.setAttribute("aria-label", trigger.getAttribute("data-helpcenter-survey-title") || trigger.textContent.trim() || "Survey");
    style(dialog, {
      padding: "0", border: "0", "border-radius": "12px", width: "min(36rem, 100vw - 1rem)",
      "max-height": "calc(100vh - 1rem)", "box-shadow": "0 10px 40px rgba(0,0,0,.3)", overflow: "hidden"
    });
    var close_button = document.createElement("button");
    close_button.type = "button";
    close_button.className = "helpcenter-survey__close";
    close_button.setAttribute("aria-label", trigger.getAttribute("data-helpcenter-survey-close") || "Close");
    close_button.textContent = "×";
    style(close_button, {
      position: "absolute", "inset-block-start": "4px", "inset-inline-end": "4px", width: "44px", height: "44px",
      "font-size": "28px", border: "0", background: "transparent", cursor: "pointer", "z-index": "1"
    });
    close_button.addEventListener("click", close);
    var frame = document.createElement("iframe");
    frame.src = url.toString();
    frame.title = dialog.getAttribute("aria-label");
    style(frame, { display: "block", width: "100%", height: "min(42rem, calc(100vh - 1rem))", border: "0" });
    dialog.appendChild(close_button);
    dialog.appendChild(frame);
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); close(); });
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest && event.target.closest("[data-helpcenter-survey]");
    if (!trigger || event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey) { return; }
    var url = surveyUrl(trigger.getAttribute("data-helpcenter-survey") || trigger.getAttribute("href"));
    if (!url || typeof HTMLDialogElement === "undefined") { return; }
    event.preventDefault();
    open(url, trigger);
  });

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !dialog || !event.data || event.data.type !== "helpcenter-survey") { return; }
    if (event.data.action === "close") { close(); return; }
    var frame = dialog.querySelector("iframe");
    if (frame && event.data.height) {
      frame.style.setProperty("height", "min(" + Math.ceil(event.data.height) + "px, calc(100vh - 1rem))");
    }
    if (event.data.state === "answered") {
      document.dispatchEvent(new CustomEvent("helpcenter:survey-answered", { detail: { url: frame && frame.src } }));
    }
  });
})();

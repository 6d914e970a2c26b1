/*
 * Help Center widget loader: one tag on every storefront page.
 *
 *   <script src="https://help.example.com/helpcenter/widget/embed.js" async
 *           data-language="en" data-context="order-tracking" data-order="1001"></script>
 *
 * It adds only a launcher button (in a shadow root, so the shop's CSS cannot touch it, fixed in a
 * corner, so nothing on the page moves). The panel, its script and styles are fetched only when
 * the customer first opens it: a frame of the help center's own page, allowed by frame-ancestors
 * for the configured storefront origins only. No inline script or style: styles are set through
 * the CSSOM, which a Content-Security-Policy does not restrict.
 */
(function () {
  "use strict";
  var config = /*CONFIG*/null;
  var script = document.currentScript;
  if (!config || !script || window.__helpcenterWidget) { return; }
  window.__helpcenterWidget = true;
  var origin = new URL(script.src, document.baseURI).origin;
  if (!config.enabled || config.origins.indexOf(location.origin) < 0) { return; }

  function pick(code) {
    code = (code || "").toLowerCase().replace("_", "-");
    if (config.languages[code]) { return code; }
    var base = code.split("-")[0];
    var keys = Object.keys(config.languages);
    return keys.filter(function (key) { return key === base; })[0] ||
      keys.filter(function (key) { return key.split("-")[0] === base; })[0] || config["default"];
  }
  var language = pick(script.getAttribute("data-language") || document.documentElement.lang);
  var look = config.languages[language];
  var host, launcher, dialog, frame;

  function style(element, rules) {
    Object.keys(rules).forEach(function (name) { element.style.setProperty(name, rules[name]); });
  }
  // A side's offset: none on a phone-sized screen (the panel fills it), else the given length.
  function offset(length) { return "clamp(0px, calc((100vw - 480px) * 100), " + length + ")"; }

  function build() {
    host = document.createElement("div");
    host.setAttribute("data-helpcenter-widget", "");
    host.dir = look.dir;
    host.lang = language;
    var side = look.position === "start" ? "inset-inline-start" : "inset-inline-end";
    var rules = { position: "fixed", "inset-block-end": "16px", "z-index": "2147483000" };
    rules[side] = "16px";
    style(host, rules);
    var shadow = host.attachShadow({ mode: "open" });
    launcher = document.createElement("button");
    launcher.type = "button";
    launcher.setAttribute("aria-haspopup", "dialog");
    launcher.setAttribute("aria-expanded", "false");
    var icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("width", "22");
    icon.setAttribute("height", "22");
    icon.setAttribute("aria-hidden", "true");
    icon.innerHTML = '<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>' +
      '<path d="M9.2 9a3 3 0 0 1 5.6 1c0 2-3 2.5-3 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>' +
      '<circle cx="12" cy="18" r="1.3" fill="currentColor"/>';
    var text = document.createElement("span");
    text.textContent = look.label;
    launcher.appendChild(icon);
    launcher.appendChild(text);
    style(launcher, {
      display: "inline-flex", "align-items": "center", gap: "8px", "min-height": "48px", "min-width": "48px",
      "padding-block": "0", "padding-inline": "16px 20px", border: "2px solid #fff", "border-radius": "24px",
      background: look.colour, color: "#fff", font: "600 16px/1.2 system-ui, sans-serif", cursor: "pointer",
      "box-shadow": "0 4px 16px rgba(0,0,0,.25)", margin: "0"
    });
    launcher.addEventListener("click", open);
    shadow.appendChild(launcher);
    document.body.appendChild(host);
  }

  function hashFor() {
    var params = new URLSearchParams();
    ["context", "order"].forEach(function (name) {
      var value = script.getAttribute("data-" + name);
      if (value) { params.set(name, value); }
    });
    params.set("path", location.pathname);
    return params.toString();
  }

  function open() {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.setAttribute("aria-label", look.label);
      style(dialog, {
        padding: "0", border: "0", margin: "0", position: "fixed", inset: "auto",
        "inset-block-end": offset("88px"), width: "min(26rem, 100vw)",
        // A phone-sized screen: the whole screen; a larger one: up to 40rem, above the launcher.
        height: "max(min(40rem, calc(100dvh - 104px)), min(100dvh, calc((480px - 100vw) * 1000)))",
        "max-width": "100vw", "max-height": "100dvh", "border-radius": offset("12px"), overflow: "hidden",
        "box-shadow": "0 10px 40px rgba(0,0,0,.3)", background: "#fff"
      });
      dialog.style.setProperty(look.position === "start" ? "inset-inline-start" : "inset-inline-end", offset("16px"));
      frame = document.createElement("iframe");
      frame.title = look.label;
      frame.src = origin + config.panel + "?lang=" + encodeURIComponent(language) +
        "&origin=" + encodeURIComponent(location.origin) + "#" + hashFor();
      style(frame, { display: "block", width: "100%", height: "100%", border: "0" });
      dialog.appendChild(frame);
      dialog.addEventListener("cancel", function (event) { event.preventDefault(); close(); });
      launcher.parentNode.appendChild(dialog);
    }
    dialog.showModal();
    launcher.setAttribute("aria-expanded", "true");
    if (frame.contentWindow) { frame.contentWindow.postMessage({ type: "helpcenter-widget", action: "focus" }, origin); }
  }

  function close() {
    if (!dialog || !dialog.open) { return; }
    dialog.close();
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) { return; }
    if (event.data && event.data.type === "helpcenter-widget" && event.data.action === "close") { close(); }
  });

  if (document.body) { build(); } else { document.addEventListener("DOMContentLoaded", build); }
})();

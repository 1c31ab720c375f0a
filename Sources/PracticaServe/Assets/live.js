// practica serve: reloads the page when a build finishes, and shows a failed build's diagnostics over it.
//
// The dev server adds <script src="/__practica/live.js" data-practica-build="ID" defer> to every page it
// serves; built sites never contain it. Pages forbid inline scripts and styles (Content-Security-Policy),
// so the overlay is built from DOM nodes and text nodes only, and styled by classes from /__practica/live.css.
//
// The server sends its build status as JSON on connecting and after every build:
//   {id, served, ok, milliseconds, errors, warnings, diagnostics: [{severity, location, message, hint, text}], changed}
// `served` is the build whose files are served. A page from another build reloads; a failed build shows the overlay.
// While a rebuild runs, it may send {preview: true, pages: [paths]}: an edited card's page is already served, and
// a tab showing one of those paths reloads at once instead of waiting for the whole site.
// <html data-practica-live="connected|disconnected"> tells tools and tests whether the socket is open.
(() => {
  "use strict";

  const script = document.currentScript;
  const pageBuild = (script && script.dataset.practicaBuild) || "";
  const endpoint = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__practica/events";
  let overlay = null;
  let delay = 250;

  function connect() {
    let socket;
    try {
      socket = new WebSocket(endpoint);
    } catch (_) {
      retry();
      return;
    }
    socket.addEventListener("open", () => {
      delay = 250;
      document.documentElement.setAttribute("data-practica-live", "connected");
    });
    socket.addEventListener("message", (event) => {
      let status;
      try { status = JSON.parse(event.data); } catch (_) { return; }
      apply(status);
    });
    // The server stopped or restarted: try again, more slowly each time, and reload when it is back with a new build.
    socket.addEventListener("close", () => {
      document.documentElement.setAttribute("data-practica-live", "disconnected");
      retry();
    });
  }

  function retry() {
    setTimeout(connect, delay);
    delay = Math.min(delay * 2, 4000);
  }

  function apply(status) {
    if (!status || typeof status !== "object") return;
    if (status.preview === true) {
      if (Array.isArray(status.pages) && status.pages.includes(location.pathname)) location.reload();
      return;
    }
    if (status.served && status.served !== pageBuild) {
      location.reload();
      return;
    }
    if (status.ok) hide(); else show(status);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.append(document.createTextNode(String(text)));
    return node;
  }

  function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
  }

  function show(status) {
    hide();
    // Errors are why the page did not update; warnings follow, folded, since a site may have many.
    const all = Array.isArray(status.diagnostics) ? status.diagnostics : [];
    const errors = all.filter((d) => d.severity === "error");
    const warnings = all.filter((d) => d.severity !== "error");
    const root = element("div", "practica-live-overlay");
    root.setAttribute("role", "alert");
    root.setAttribute("dir", "ltr");
    root.setAttribute("lang", "en");
    root.setAttribute("data-practica-overlay", "");
    const panel = element("div", "practica-live-panel");
    const served = status.served ? "This page is the last good build." : "No build has succeeded yet.";
    panel.append(
      element("p", "practica-live-title", `Build failed: ${plural(status.errors || errors.length, "error")}`),
      element("p", "practica-live-note", `${served} Fix the file and save: the page reloads by itself.`),
      list(errors));
    if (warnings.length) {
      const folded = element("details", "practica-live-warnings");
      folded.append(element("summary", "practica-live-summary", plural(warnings.length, "warning")), list(warnings));
      panel.append(folded);
    }
    const close = element("button", "practica-live-close", "Hide");
    close.type = "button";
    close.addEventListener("click", hide);
    panel.append(close);
    root.append(panel);
    document.body.append(root);
    overlay = root;
  }

  function list(diagnostics) {
    const items = element("ul", "practica-live-list");
    for (const diagnostic of diagnostics) {
      const severity = diagnostic.severity === "error" ? "error" : "warning";
      const item = element("li", `practica-live-item practica-live-${severity}`);
      item.append(
        element("code", "practica-live-location", diagnostic.location || diagnostic.path || ""),
        document.createTextNode(" "),
        element("span", "practica-live-severity", severity + ":"),
        document.createTextNode(" "),
        element("span", "practica-live-message", diagnostic.message || ""));
      if (diagnostic.hint) {
        item.append(document.createTextNode(" "), element("span", "practica-live-hint", `(${diagnostic.hint})`));
      }
      items.append(item);
    }
    return items;
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  connect();
})();

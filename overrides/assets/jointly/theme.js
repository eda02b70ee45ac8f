// The globals mkdocs-material's bundle expects, which the theme normally defines in an inline
// <script> (the Content-Security-Policy allows none). Loaded in <head> before the bundle.
//
// One change from the theme: __md_set writes nothing. The theme would remember a dismissed
// banner, a picked palette or content tab in localStorage or sessionStorage; Jointly writes
// nothing to the browser's storage unless the reader saves their answers, so those choices
// last for the page only.
/* eslint-disable no-var */
var __md_scope = new URL(document.currentScript.dataset.mdScope || ".", location);
var __md_hash = (value) => [...value].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
var __md_get = (key, storage = localStorage, scope = __md_scope) => {
  try {
    return JSON.parse(storage.getItem(scope.pathname + "." + key));
  } catch {
    return null;
  }
};
var __md_set = () => {};

// The search index (search/search_index.json, about 230 KB) is fetched when the reader first
// reaches for search (focuses the search box or opens it), not with every page, so a guide
// page stays light and the checker page does not index the site while Python starts. The
// theme requests it with XMLHttpRequest; this holds that one request back until then. (Pages
// opened from disk load search/search_index.js as a script instead, at once, as before.)
(() => {
  const INDEX = "search/search_index.json";
  const held = new WeakSet();
  const waiting = [];
  // The theme's search highlighting (?h=…) needs the index at once.
  let wanted = new URLSearchParams(location.search).has("h");
  const want = () => {
    if (wanted) return;
    wanted = true;
    for (const go of waiting.splice(0)) go();
  };
  const { open, send } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, location.href).pathname.endsWith(INDEX)) held.add(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (wanted || !held.has(this)) return send.apply(this, args);
    waiting.push(() => send.apply(this, args));
  };
  document.addEventListener("focusin", (event) => event.target.matches?.(".md-search__input") && want(), true);
  // The theme reads the search box on keyup (and when its index is ready); text that arrives
  // without a keyup (pasted with the mouse, dictated, filled in by a tool) after the index got
  // ready would go unsearched, so every input is announced as a keyup too (repeats are ignored).
  document.addEventListener(
    "input",
    (event) => event.target.matches?.(".md-search__input") && event.target.dispatchEvent(new KeyboardEvent("keyup")),
    true,
  );
  document.addEventListener("change", (event) => event.target.id === "__search" && want(), true);
})();

// Leave now (overrides/partials/jointly-leave.html), on every page. It empties every form on the
// page, tells the page to forget what it holds (the checker listens for "jointly:leave"), and
// replaces this page's history entry with about:blank, so Back does not return to it. Esc pressed
// twice within a second and a half does the same. It is moved to the start of <body>, so it is
// the first thing the keyboard reaches.
(() => {
  const ESC_WINDOW_MS = 1500;
  let lastEsc = 0;
  const leave = (event) => {
    event?.preventDefault();
    document.dispatchEvent(new Event("jointly:leave"));
    for (const form of document.forms) form.reset();
    history.replaceState(null, "", location.pathname);
    location.replace("about:blank");
  };
  document.addEventListener("DOMContentLoaded", () => {
    const link = document.getElementById("leave-now");
    if (!link) return;
    document.body.prepend(link);
    link.addEventListener("click", leave);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = event.timeStamp;
    if (now - lastEsc < ESC_WINDOW_MS) leave(event);
    lastEsc = now;
  });
})();

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

// mkdocs-material's inline "open the tab the URL points to" script, as a file (no inline scripts under the CSP).
(() => {
  const target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();

// Starts the checker on its page. This one is a classic script because browsers refuse
// module scripts and module workers for pages opened from disk (file://), where
// mkdocs-material's iframe-worker shim also replaces window.Worker; there it only explains.
// When page.js or a module it imports cannot be loaded, it finds which one and asks
// start.js's jointlyExplain why (missing, the wrong type, damaged).
(() => {
  window.jointlyBooted = true;
  const status = document.getElementById("checker-status");
  const fail = (message) => {
    status.dataset.state = "error";
    status.textContent = message;
  };
  if (location.protocol === "file:") {
    fail(
      "The checker does not work on a copy of this site opened from files on this device; it works " +
        "when the site is opened from its web address. The guides and search still work here. " +
        "For the site's administrator: browsers do not run the checker from file:// pages; serve the site from a web server over http or https.",
    );
    return;
  }
  /** The reader's sentence (the page's own), then what a site administrator needs to fix it. */
  const cannot = (detail) => `${status.dataset.failed} For the site's administrator: ${String(detail).replace(/\.$/, "")}.`;

  /** The module files under `url` (read from their `from "./x.js"` imports), imports first. */
  async function graph(url, found = new Map()) {
    if (found.has(url)) return found;
    found.set(url, false);
    let text = "";
    try {
      const response = await fetch(url);
      if (response.ok) text = await response.text();
    } catch {}
    for (const [, spec] of text.matchAll(/\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g)) await graph(new URL(spec, url).href, found);
    found.delete(url);
    found.set(url, true);
    return found;
  }

  /** The first file, imports before the files that import them, that does not load on its own. */
  async function culprit(page, error) {
    for (const url of (await graph(page)).keys()) {
      if (url === page) break;
      try {
        await import(url);
      } catch (failure) {
        return [url, failure.message];
      }
    }
    return [page, error.message];
  }

  const page = new URL("page.js", document.currentScript.src).href;
  import(page).catch(async (error) => {
    fail(cannot(error.message));
    if (!window.jointlyExplain) return;
    const [url, message] = await culprit(page, error);
    fail(cannot(await window.jointlyExplain(url, message)));
  });
})();

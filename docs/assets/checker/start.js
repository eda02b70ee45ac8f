// Starts the checker's Python worker from the page's <head> (overrides/checker.html loads this
// with `async`), so Pyodide downloads and starts while the page, the theme and the form load.
// page.js adopts the worker through client.js, which replays the messages kept here. Nothing
// starts where the checker cannot run (file://, no WebAssembly, no workers): boot.js and
// page.js explain those cases as before.
//
// It also holds jointlyExplain, which the page uses when a file of the checker fails, and says
// so itself when boot.js never ran (it is missing or broken): a classic script like this one
// runs even when the server's types stop every module.
(() => {
  const here = document.currentScript.src;

  /** Why the checker file at `url` failed, in words a site administrator can act on: missing,
   * served with the wrong type (the type received and the one needed), or damaged. */
  async function explain(url, error) {
    const path = new URL(url, here).pathname;
    let response;
    try {
      response = await fetch(url, { cache: "no-store" });
    } catch {
      return `${path} could not be downloaded: the server did not answer`;
    }
    if (!response.ok) return `${path} is missing on the server, or cannot be read there (HTTP ${response.status})`;
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase() || "no type at all";
    const needed = /\.m?js$/.test(path) ? "text/javascript" : /\.wasm$/.test(path) ? "application/wasm" : null;
    const fine = needed === "text/javascript" ? /^(text|application)\/(x-)?(javascript|ecmascript)$/.test(type) : type === needed;
    if (needed && !fine)
      return `${path} was served as "${type}", but browsers need "${needed}" for it: correct the web server's file types (see deploy/README.md in the release)`;
    const why = error ? ` (${String(error).split("\n").pop().slice(0, 160)})` : "";
    return `${path} could not be run${why}: it may be damaged or cut short, so replace it with the file from the release`;
  }
  window.jointlyExplain = explain;

  if (location.protocol !== "file:") {
    addEventListener("load", async () => {
      if (window.jointlyBooted) return;
      const status = document.getElementById("checker-status");
      if (!status) return;
      const why = await explain(new URL("boot.js", here).href);
      status.dataset.state = "error";
      status.textContent = `${status.dataset.failed} For the site's administrator: ${why}.`;
    });
  }

  if (location.protocol === "file:" || typeof WebAssembly !== "object" || typeof Worker !== "function") return;
  const url = new URL("worker.js", here).href;
  let worker;
  try {
    worker = new Worker(url, { type: "module" });
  } catch {
    return; // page.js tries again and reports what went wrong
  }
  const kept = [];
  const keep = (event) => kept.push(event);
  worker.addEventListener("message", keep);
  worker.addEventListener("error", keep);
  window.jointlyEarlyWorker = {
    url,
    worker,
    /** Hand the worker over: the events so far; later events go to `listener` only. */
    adopt(listener) {
      delete window.jointlyEarlyWorker;
      worker.removeEventListener("message", keep);
      worker.removeEventListener("error", keep);
      worker.addEventListener("message", listener);
      worker.addEventListener("error", listener);
      return kept;
    },
  };
})();

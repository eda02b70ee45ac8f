// Starts the checker's Python worker from the page's <head> (overrides/checker.html loads this
// with `async`), so Pyodide downloads and starts while the page, the theme and the form load.
// page.js adopts the worker through client.js, which replays the messages kept here. Nothing
// starts where the checker cannot run (file://, no WebAssembly, no workers): boot.js and
// page.js explain those cases as before.
(() => {
  if (location.protocol === "file:" || typeof WebAssembly !== "object" || typeof Worker !== "function") return;
  const url = new URL("worker.js", document.currentScript.src).href;
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

// Starts the checker on its page. This one is a classic script because browsers refuse
// module scripts and module workers for pages opened from disk (file://), where
// mkdocs-material's iframe-worker shim also replaces window.Worker; there it only explains.
(() => {
  const status = document.getElementById("checker-status");
  const fail = (message) => {
    status.dataset.state = "error";
    status.textContent = message;
  };
  if (location.protocol === "file:") {
    fail(
      "The checker needs this site to be served over http(s), from a web server: browsers " +
        "do not run it from files opened on disk. The guides and search still work here.",
    );
    return;
  }
  import(new URL("page.js", document.currentScript.src).href).catch((error) =>
    fail(`The checker could not start: ${error.message}`),
  );
})();

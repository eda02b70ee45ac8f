// The usual way: Pyodide on the main thread at page load, then loadPackage, then a call.
// performance.mark("bench:<phase>") marks let bench/run.py split the time into phases.
// Variants (?variant=…), each one lever of phase 2, on the same local files:
//   usual      loadPyodide(), then loadPackage("calculator")            (the baseline)
//   packages   loadPyodide({packages: ["calculator"]}): the wheel loads while Python boots
//   lock       as packages, with a lock file that lists only the calculator
//   trimmed    as lock, with a standard library zip cut to what the checker imports
//   compiled   as trimmed, with that zip holding bytecode (.pyc) instead of sources
//   snapshot   as lock, without packages in loadPyodide: the first visit saves a Pyodide memory
//              snapshot of the started interpreter in Cache Storage (its time includes that);
//              later visits restore it instead of starting Python, then loadPackage the wheel
const PYODIDE = new URL("../../pyodide/", import.meta.url);
const EXTRA = new URL("../files/", import.meta.url); // built by bench/run.py
const mark = (name) => performance.mark(`bench:${name}`);
const variant = new URLSearchParams(location.search).get("variant") || "usual";
const status = document.getElementById("status");
const SNAPSHOT_KEY = new URL("snapshot.bin", EXTRA).href;

// Time WebAssembly compilation (instantiateStreaming overlaps it with the download).
for (const name of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
  const original = WebAssembly[name];
  WebAssembly[name] = (...args) => {
    mark(`wasm-${name}-start`);
    return original.apply(WebAssembly, args).then((value) => {
      mark("wasm-compiled");
      return value;
    });
  };
}

function facts() {
  const match = location.hash.match(/^#facts=(.*)$/);
  return match ? decodeURIComponent(match[1]) : "{}";
}

async function main() {
  mark("start");
  const { loadPyodide } = await import(new URL("pyodide.mjs", PYODIDE).href);
  mark("pyodide-mjs");
  const options = { indexURL: PYODIDE.href, packageBaseUrl: PYODIDE.href };
  options.lockFileURL = new URL(variant === "usual" || variant === "packages" ? "pyodide-lock.json" : "pyodide-lock.min.json",
    variant === "usual" || variant === "packages" ? PYODIDE : EXTRA).href;
  if (variant === "trimmed") options.stdLibURL = new URL("python_stdlib.trimmed.zip", EXTRA).href;
  if (variant === "compiled") options.stdLibURL = new URL("python_stdlib.compiled.zip", EXTRA).href;
  if (variant !== "usual") options.packages = ["calculator"];
  let snapshotCache = null;
  if (variant === "snapshot") {
    snapshotCache = await caches.open("bench-snapshot");
    delete options.packages; // a snapshot cannot hold loaded packages' JS references
    const saved = await snapshotCache.match(SNAPSHOT_KEY);
    if (saved) {
      options._loadSnapshot = new Uint8Array(await saved.arrayBuffer());
      snapshotCache = null;
      mark("snapshot-read");
    } else {
      options._makeSnapshot = true;
    }
  }
  const pyodide = await loadPyodide(options);
  mark("interpreter-ready");
  if (snapshotCache) {
    // Save the started interpreter's memory for next time (before any package is loaded).
    await snapshotCache.put(SNAPSHOT_KEY, new Response(pyodide.makeMemorySnapshot()));
    mark("snapshot-saved");
  }
  if (variant === "usual" || variant === "snapshot") await pyodide.loadPackage("calculator");
  mark("package-loaded");
  pyodide.runPython("import json, calculator");
  mark("imported");
  pyodide.globals.set("FACTS", facts());
  const answer = JSON.parse(pyodide.runPython("json.dumps(calculator.check(json.loads(FACTS)))"));
  mark("first-call");
  const result = document.getElementById("result");
  if (!answer.ok) {
    status.textContent = `Invalid facts: ${JSON.stringify(answer.errors)}`;
    status.dataset.state = "error";
    return;
  }
  const first = answer.result.relief[0];
  const element = document.createElement("p");
  element.dataset.relief = first.id;
  element.dataset.verdict = first.verdict;
  element.textContent = `${first.title}: ${first.headline}`;
  result.append(element);
  status.textContent = "Ready.";
  mark("rendered");
}

main().catch((error) => {
  status.dataset.state = "error";
  status.textContent = `The usual way failed: ${error.message}`;
});

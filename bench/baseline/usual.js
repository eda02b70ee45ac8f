// The usual way: Pyodide on the main thread at page load, with its stock standard library and lock
// file (bench/run.py puts them in _bench/files/, the lock file with the calculator wheel added),
// then loadPackage, then a call. performance.mark("bench:<phase>") marks let bench/run.py split
// the time into phases.
const PYODIDE = new URL("../../pyodide/", import.meta.url);
const STOCK = new URL("../files/", import.meta.url);
const mark = (name) => performance.mark(`bench:${name}`);
const status = document.getElementById("status");

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
  const pyodide = await loadPyodide({
    indexURL: PYODIDE.href,
    packageBaseUrl: PYODIDE.href,
    lockFileURL: new URL("pyodide-lock.json", STOCK).href,
    stdLibURL: new URL("python_stdlib.zip", STOCK).href,
  });
  mark("interpreter-ready");
  await pyodide.loadPackage("calculator");
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

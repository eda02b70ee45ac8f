// The checker's module Web Worker: loads Pyodide and the calculator wheel from this site
// (site/pyodide/, filled by hooks/pyodide.py), then answers the page's calls (see client.js).

const PYODIDE = new URL("../../pyodide/", import.meta.url);

const report = (status, message) => postMessage({ status, message });

// Pyodide 314 only logs a failed download or compile of its WebAssembly and then never
// settles; this turns that failure into a rejection that start() can report.
function wasmFailure() {
  return new Promise((_, reject) => {
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) =>
        original.apply(WebAssembly, args).catch((error) => {
          reject(error);
          throw error;
        });
    }
  });
}

// Every file under /pyodide/ that integrity.json lists (hooks/pyodide.py writes it at build
// time) is fetched with its SHA-256, so a tampered or mixed-up runtime, standard library, lock
// file or wheel is refused. Modules loaded with import() cannot carry a digest, so pyodide.mjs
// and pyodide.asm.mjs are not covered; nor is a hostile server, which could change the list.
let refusal = null; // the first file refused; Pyodide may report it only as "exit(1)" or a traceback

function checkIntegrity(digests) {
  const plainFetch = globalThis.fetch;
  globalThis.fetch = (resource, init = {}) => {
    const url = new URL(resource instanceof Request ? resource.url : resource, PYODIDE);
    const name = url.href.startsWith(PYODIDE.href) ? url.href.slice(PYODIDE.href.length) : "";
    if (!digests[name]) return plainFetch(resource, init);
    return plainFetch(resource, { ...init, integrity: digests[name] }).catch(() => {
      refusal ??= new Error(`${name} could not be loaded, or is not the file this site was built with`);
      throw refusal;
    });
  };
}

async function start() {
  report("progress", "Loading Python…");
  // Fetched while Python starts, not after: one round trip fewer before the first answer.
  const bridgeSource = fetch(new URL("bridge.py", import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`bridge.py: HTTP ${response.status}`);
    return response.text();
  });
  bridgeSource.catch(() => {}); // reported below, once Python has started
  const digests = fetch(new URL("integrity.json", PYODIDE)).then((response) => {
    if (!response.ok) throw new Error(`integrity.json: HTTP ${response.status}`);
    return response.json();
  });
  const [{ loadPyodide }] = await Promise.all([import(new URL("pyodide.mjs", PYODIDE).href), digests.then(checkIntegrity)]);
  const pyodide = await Promise.race([
    loadPyodide({
      indexURL: PYODIDE.href,
      lockFileURL: new URL("pyodide-lock.json", PYODIDE).href,
      packageBaseUrl: PYODIDE.href, // also replaces Pyodide's default CDN fallback
      // The standard library cut to what the checker imports, as bytecode (hooks/pyodide.py).
      stdLibURL: new URL("python_stdlib.cut.zip", PYODIDE).href,
      packages: ["calculator"], // installed only if it matches the sha256 in the lock file
    }),
    wasmFailure(),
  ]);
  report("progress", "Loading the calculator…");
  pyodide.runPython(await bridgeSource);
  return pyodide.globals.get("dispatch");
}

const ready = start().catch((error) => {
  throw refusal ?? error;
});
ready.then(
  () => report("ready"),
  (error) => report("failed", error.message),
);

// A Python exception's message is its whole traceback; the page gets its last line.
const lastLine = (text) => String(text).trim().split("\n").pop();

onmessage = async ({ data: { id, call, args } }) => {
  try {
    const dispatch = await ready;
    postMessage({ id, result: JSON.parse(dispatch(call, JSON.stringify(args))) });
  } catch (error) {
    postMessage({ id, error: lastLine(error.message) });
  }
};

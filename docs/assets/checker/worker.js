// The checker's module Web Worker: loads Pyodide, with the calculator inside its standard library
// zip, from this site (site/pyodide/, filled by hooks/pyodide.py), then answers the page's calls
// (see client.js).

const PYODIDE = new URL("../../pyodide/", import.meta.url);

const report = (status, message, file) => postMessage({ status, message, file });

/** `error`, marked with the address of the file it came from (the page asks the server why it failed). */
function from(file, error) {
  return Object.assign(error instanceof Error ? error : new Error(String(error)), { file: file.href });
}

// A Python exception's message is its whole traceback; only its last line is shown.
const lastLine = (text) => String(text).trim().split("\n").pop();

// Pyodide 314 only logs a failed download or compile of its WebAssembly and then never
// settles; this turns that failure into a rejection that start() can report.
function wasmFailure() {
  return new Promise((_, reject) => {
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) =>
        original.apply(WebAssembly, args).catch((error) => {
          reject(from(new URL("pyodide.asm.wasm", PYODIDE), error));
          throw error;
        });
    }
  });
}

// Every file under /pyodide/ that integrity.json lists (hooks/pyodide.py writes it at build
// time) is fetched with its SHA-256, so a tampered or mixed-up runtime, library (the calculator is
// in it) or lock file is refused. Modules loaded with import() cannot carry a digest, so pyodide.mjs
// and pyodide.asm.mjs are not covered; nor is a hostile server, which could change the list.
let refusal = null; // the first file refused; Pyodide may report it only as "exit(1)" or a traceback

function checkIntegrity(digests) {
  const plainFetch = globalThis.fetch;
  globalThis.fetch = (resource, init = {}) => {
    const url = new URL(resource instanceof Request ? resource.url : resource, PYODIDE);
    const name = url.href.startsWith(PYODIDE.href) ? url.href.slice(PYODIDE.href.length) : "";
    if (!digests[name]) return plainFetch(resource, init);
    // fetch(url, {integrity}) hands over the body only once all of it has arrived, so it is checked
    // here while it streams; where there is no crypto.subtle (plain http off localhost), with the
    // integrity option, uncounted.
    const checked = crypto.subtle
      ? fetchCounted(plainFetch, resource, init, name, digests[name])
      : plainFetch(resource, { ...init, integrity: digests[name] });
    return checked.catch(() => {
      refusal ??= new Error(`${name} could not be loaded, or is not the file this site was built with`);
      throw refusal;
    });
  };
}

// Progress in bytes on the wire while the runtime downloads (sizes.json, written by hooks/pyodide.py,
// holds each file's size as served without compression). A file's bytes on the wire are its
// Content-Length when the server compressed it, estimated until its answer arrives from the files
// that have; pyodide.mjs and pyodide.asm.mjs are loaded with import() and counted once loaded.
const files = new Map(); // name -> {size, wire (null until known), read (bytes as served, uncompressed)}
let lastReport = 0;

function trackSizes(sizes) {
  for (const [name, size] of Object.entries(sizes)) files.set(name, { size, wire: null, read: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const file = files.get(entry.name.startsWith(PYODIDE.href) ? entry.name.slice(PYODIDE.href.length) : "");
      if (file && file.wire === null && entry.initiatorType !== "fetch") {
        file.wire = entry.encodedBodySize || file.size;
        file.read = file.size;
        reportBytes();
      }
    }
  }).observe({ type: "resource", buffered: true });
}

function reportBytes(final = false) {
  const now = performance.now();
  if (!final && now - lastReport < 1000) return; // the page's status is a live region: not too often
  lastReport = now;
  let size = 0, wire = 0;
  for (const file of files.values()) if (file.wire !== null) (size += file.size), (wire += file.wire);
  const ratio = size ? wire / size : 1;
  let done = 0, total = 0;
  for (const file of files.values()) {
    const onWire = file.wire ?? file.size * ratio;
    total += onWire;
    done += (onWire * file.read) / file.size;
  }
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  postMessage({ status: "progress", done, total,
    message: `Getting the checker ready: ${mb(done)} of ${mb(total)} MB, on the first visit only.` });
}

async function fetchCounted(plainFetch, resource, init, name, digest) {
  const response = await plainFetch(resource, init);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const file = files.get(name) ?? { size: 0, wire: null, read: 0 };
  const length = Number(response.headers.get("Content-Length"));
  file.wire = response.headers.get("Content-Encoding") && length ? length : file.size;
  // The body is passed on as it arrives (so the WebAssembly compiles while it downloads), counted,
  // and kept; at its end it is checked, and a wrong SHA-256 fails the stream instead of ending it,
  // so Pyodide never gets a whole file that is not the one this site was built with.
  const chunks = [];
  const checked = new TransformStream({
    transform(chunk, controller) {
      chunks.push(chunk);
      file.read += chunk.length;
      reportBytes();
      controller.enqueue(chunk);
    },
    async flush() {
      reportBytes(true);
      const body = new Blob(chunks);
      const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", await body.arrayBuffer()));
      if (`sha256-${btoa(String.fromCharCode(...hash))}` !== digest) {
        refusal ??= new Error(`${name} could not be loaded, or is not the file this site was built with`);
        throw refusal;
      }
    },
  });
  const type = response.headers.get("Content-Type");
  return new Response(response.body.pipeThrough(checked), {
    status: response.status,
    statusText: response.statusText,
    headers: type ? { "Content-Type": type } : {},
  });
}

async function start() {
  report("progress", "Starting the checker…");
  // Fetched while Python starts, not after: one round trip fewer before the first answer.
  const bridgeSource = fetch(new URL("bridge.py", import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`bridge.py: HTTP ${response.status}`);
    return response.text();
  });
  bridgeSource.catch(() => {}); // reported below, once Python has started
  // A list that cannot be read names its file, and says whether it is missing or damaged.
  const list = (name) => {
    const file = new URL(name, PYODIDE);
    return fetch(file).then(async (response) => {
      if (!response.ok) throw from(file, new Error(`${name}: HTTP ${response.status}`));
      try {
        return await response.json();
      } catch {
        throw from(file, new Error(`${name} is not valid JSON: it is damaged or cut short, so replace it with the file from the release`));
      }
    });
  };
  const entry = new URL("pyodide.mjs", PYODIDE);
  const [{ loadPyodide }] = await Promise.all([
    import(entry.href).catch((error) => Promise.reject(from(entry, error))),
    list("integrity.json").then(checkIntegrity),
    list("sizes.json").then(trackSizes),
  ]);
  // pyodide.mjs imports pyodide.asm.mjs while it loads: a script error from here on is that file's.
  const inner = new URL("pyodide.asm.mjs", PYODIDE);
  const pyodide = await Promise.race([
    loadPyodide({
      indexURL: PYODIDE.href,
      lockFileURL: new URL("pyodide-lock.json", PYODIDE).href,
      packageBaseUrl: PYODIDE.href, // also replaces Pyodide's default CDN fallback
      // The standard library cut to what the checker imports, and the calculator, as bytecode
      // (hooks/pyodide.py): no package to install, nothing to compile.
      stdLibURL: new URL("python_stdlib.cut.zip", PYODIDE).href,
    }),
    wasmFailure(),
  ]).catch((error) => {
    if (error.file || refusal) throw error;
    const named = /\S*\.m?js\b/.exec(error.message ?? "");
    if (error instanceof SyntaxError || named) throw from(named ? new URL(named[0], PYODIDE) : inner, error);
    throw error;
  });
  report("progress", "Loading the rules…");
  const bridge = new URL("bridge.py", import.meta.url);
  const source = await bridgeSource.catch((error) => Promise.reject(from(bridge, error)));
  try {
    pyodide.runPython(source);
  } catch (error) {
    throw from(bridge, new Error(`bridge.py has a Python error (${lastLine(error.message)})`));
  }
  return pyodide.globals.get("dispatch");
}

const ready = start().catch((error) => {
  throw refusal ?? error;
});
ready.then(
  () => report("ready"),
  (error) => report("failed", lastLine(error.message), error.file),
);

onmessage = async ({ data: { id, call, args } }) => {
  try {
    const dispatch = await ready;
    postMessage({ id, result: JSON.parse(dispatch(call, JSON.stringify(args))) });
  } catch (error) {
    // The message the calculator wrote for the reader, without Python's name for the error's kind.
    postMessage({ id, error: lastLine(error.message).replace(/^\w*(Error|Exception): /, "") });
  }
};

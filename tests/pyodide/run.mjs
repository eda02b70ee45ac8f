// Run the calculator's pytest suite inside Pyodide under Node, with no network.
// Usage (from anywhere): node tests/pyodide/run.mjs [pytest arguments...]
// The test wheels come from .cache/pyodide-wheels (the Makefile downloads them);
// the project folder is mounted at the same path inside Pyodide.
import { loadPyodide } from "pyodide";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

const pyodide = await loadPyodide();
pyodide.FS.mkdirTree(root);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, root);
pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(here)})`);

const harness = pyodide.pyimport("harness");
const wheels = path.join(root, ".cache", "pyodide-wheels");
process.exitCode = harness.main(root, wheels, pyodide.toPy(process.argv.slice(2)));

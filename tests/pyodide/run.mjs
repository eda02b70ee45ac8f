// Run the calculator's pytest suite inside Pyodide under Node, with no network, against the
// standard library the checker ships: the cut that hooks/pyodide.py builds (`python hooks/pyodide.py
// stdlib` prints it and what it holds). pytest itself needs more of the standard library, so
// harness.py finds what the cut lacks in the full zip, and fails any such import that the checker's
// calculator code makes: a module missing from the cut fails here, never in a reader's browser.
// Usage (from anywhere): node tests/pyodide/run.mjs [pytest arguments...]
// The test wheels come from .cache/pyodide-wheels (the Makefile downloads them);
// the project folder is mounted at the same path inside Pyodide.
import { loadPyodide } from "pyodide";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const python = process.env.PYTHON ?? path.join(root, ".venv", "bin", "python");
const cut = JSON.parse(execFileSync(python, [path.join(root, "hooks", "pyodide.py"), "stdlib"], { encoding: "utf8" }));

const pyodide = await loadPyodide({ stdLibURL: cut.zip });
const full = "/stdlib-full";
pyodide.FS.mkdirTree(full);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: path.dirname(cut.full) }, full);
pyodide.FS.mkdirTree(root);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, root);
const stdlib = { full: `${full}/${path.basename(cut.full)}`, modules: cut.modules, checker: cut.checker };
pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(here)})`);

const harness = pyodide.pyimport("harness");
const wheels = path.join(root, ".cache", "pyodide-wheels");
process.exitCode = harness.main(root, wheels, pyodide.toPy(stdlib), pyodide.toPy(process.argv.slice(2)));

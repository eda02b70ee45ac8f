// Builds two experimental standard-library archives for the baseline page's variants
// (bench/baseline/usual.js): python_stdlib.trimmed.zip (only the modules the checker path
// imports, as sources) and python_stdlib.compiled.zip (the same modules as Python 3.14
// bytecode, so nothing is compiled at start-up), plus pyodide-lock.min.json (a lock file
// that lists only the calculator). It runs Pyodide under Node: boots it with the calculator
// wheel, imports the calculator, checks every example fact file, and records which modules
// came out of the standard library zip.
// Usage: node bench/stdlib.mjs <site>/pyodide <examples-dir> <out-dir>
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";

const [siteRuntime, examples, out] = process.argv.slice(2).map((p) => path.resolve(p));
const lock = JSON.parse(fs.readFileSync(path.join(siteRuntime, "pyodide-lock.json"), "utf8"));
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, "pyodide-lock.min.json"),
  JSON.stringify({ ...lock, packages: { calculator: lock.packages.calculator } }),
);

const pyodide = await loadPyodide({
  lockFileURL: path.join(siteRuntime, "pyodide-lock.json"),
  packageBaseUrl: siteRuntime + "/",
  packages: ["calculator"],
});
for (const dir of [siteRuntime, examples, out]) {
  pyodide.FS.mkdirTree(dir);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: dir }, dir);
}
pyodide.globals.set("SOURCE_ZIP", path.join(siteRuntime, "python_stdlib.zip"));
pyodide.globals.set("EXAMPLES", examples);
pyodide.globals.set("OUT", out);
const summary = pyodide.runPython(`
import glob, importlib.util, json, marshal, sys, zipfile
import calculator
for name in sorted(glob.glob(EXAMPLES + "/*.json")):
    with open(name) as f:
        calculator.check(json.load(f))
prefix = "/lib/python314.zip/"
needed = set()
for module in list(sys.modules.values()):
    where = getattr(module, "__file__", None) or ""
    if where.startswith(prefix):
        needed.add(where[len(prefix):])
with zipfile.ZipFile(SOURCE_ZIP) as source:
    members = {info.filename: info for info in source.infolist()}
    missing = sorted(needed - members.keys())
    assert not missing, missing
    with zipfile.ZipFile(OUT + "/python_stdlib.trimmed.zip", "w", zipfile.ZIP_DEFLATED) as trimmed, \\
         zipfile.ZipFile(OUT + "/python_stdlib.compiled.zip", "w", zipfile.ZIP_DEFLATED) as compiled:
        for name in sorted(needed):
            data = source.read(name)
            trimmed.writestr(members[name], data)
            code = compile(data, prefix + name, "exec", dont_inherit=True, optimize=0)
            # Unchecked hash-based pyc (PEP 552): zipimport never compares it with a source.
            pyc = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + bytes(8) + marshal.dumps(code)
            compiled.writestr(name + "c", pyc)
json.dumps({"modules": len(needed), "stdlib_members": len(members)})
`);
console.log(summary);

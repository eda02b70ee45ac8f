// Compiles Pyodide's standard library zip to bytecode, with Pyodide's own CPython (so the .pyc
// files carry its magic number), for hooks/pyodide.py. Every .py member becomes an unchecked
// hash-based .pyc (PEP 552: zipimport never compares it with a source); every other member is
// copied as it is. The output is deterministic: members in sorted order, each dated
// 1980-01-01 with mode 0644, compressed at one fixed level.
// Usage: node hooks/stdlib_bytecode.mjs <python_stdlib.zip> <output.zip>
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";

const [source, output] = process.argv.slice(2).map((p) => path.resolve(p));
const pyodide = await loadPyodide();
const inDir = "/bytecode-in";
const outDir = "/bytecode-out";
for (const [mountpoint, root] of [[inDir, path.dirname(source)], [outDir, path.dirname(output)]]) {
  pyodide.FS.mkdirTree(mountpoint);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, mountpoint);
}
pyodide.globals.set("SOURCE", `${inDir}/${path.basename(source)}`);
pyodide.globals.set("OUTPUT", `${outDir}/${path.basename(output)}`);
const summary = pyodide.runPython(`
import importlib.util, json, marshal, sys, zipfile, zlib

# Where Pyodide mounts the standard library zip, so tracebacks name the right file.
PREFIX = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
HEADER = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + bytes(8)  # unchecked hash pyc
compiled = copied = 0
with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(OUTPUT, "w") as out:
    for name in sorted(src.namelist()):
        if name.endswith("/"):
            continue
        data = src.read(name)
        if name.endswith(".py"):
            try:
                code = compile(data, PREFIX + name, "exec", dont_inherit=True, optimize=0)
            except SyntaxError:
                pass  # kept as a source, as Pyodide ships it
            else:
                name, data = name + "c", HEADER + marshal.dumps(code)
                compiled += 1
        copied += not name.endswith(".pyc")
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.create_system = 3
        info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(info, data, compresslevel=9)
json.dumps({"compiled": compiled, "copied": copied, "python": sys.version.split()[0]})
`);
console.log(summary);

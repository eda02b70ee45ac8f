// The checker's standard library, cut to what it imports, for hooks/pyodide.py. Under Node it
// starts Pyodide's own CPython with the whole standard library and the calculator wheel, runs
// the checker's bridge (docs/assets/checker/bridge.py) on every example in tests/examples
// (screen and ics, as the page calls them) and every case of several years in tests/cases
// (check and ics), imports every module that an import statement in
// the loaded calculator modules names (so an import inside a function counts even when no
// example reaches it), and records which modules came out of the standard library zip.
// Those modules go into the output as Python 3.14 bytecode: unchecked hash-based .pyc (PEP 552),
// compiled as `python -OO` would (no docstrings, no asserts: the standard library is tested that
// way), and so does every module of the calculator, compiled as its tests run it (docstrings and
// asserts kept): the checker imports the calculator from this zip and installs no package. Each
// has a location table that gives each function's first line to every instruction
// (tracebacks still name the function and its file; the real tables are the least compressible
// part of bytecode). Members are stored uncompressed: the server's gzip or brotli copy of the
// whole zip is smaller than a zip of separately deflated members, and zipimport reads stored
// members without inflating them. Measured on the 155 files of Pyodide 314.0.7's start-up and
// the checker: sources 825 KB gzip / 639 KB brotli; plain bytecode 1,582 / 1,151 KB; this form
// 840 / 622 KB, and loadPyodide under Node took 2.1 s instead of 6.6 s with the sources (one run).
// The output is deterministic: members in sorted order, each dated 1980-01-01 with mode 0644.
// It prints a JSON summary: the modules, those already loaded at start-up, the calculator
// modules the checker loads.
// Usage: node hooks/stdlib_cut.mjs <python_stdlib.zip> <folder with wheel + lock> <bridge.py>
//        <tests folder> <output.zip>
import { loadPyodide } from "pyodide";
import path from "node:path";

const [source, packages, bridge, tests, output] = process.argv.slice(2).map((p) => path.resolve(p));
const pyodide = await loadPyodide({
  lockFileURL: path.join(packages, "pyodide-lock.json"),
  packageBaseUrl: packages + "/",
  packages: ["calculator"],
});
const mounts = { "/cut-in": path.dirname(source), "/cut-bridge": path.dirname(bridge), "/cut-tests": tests, "/cut-out": path.dirname(output) };
for (const [mountpoint, root] of Object.entries(mounts)) {
  pyodide.FS.mkdirTree(mountpoint);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, mountpoint);
}
pyodide.globals.set("SOURCE", `/cut-in/${path.basename(source)}`);
pyodide.globals.set("BRIDGE", `/cut-bridge/${path.basename(bridge)}`);
pyodide.globals.set("OUTPUT", `/cut-out/${path.basename(output)}`);
const summary = pyodide.runPython(`
import ast, glob, importlib, importlib.util, json, marshal, sys, zipfile

PREFIX = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
at_start = {name for name, m in sys.modules.items() if (getattr(m, "__file__", None) or "").startswith(PREFIX)}

bridge = {"__name__": "bridge"}
with open(BRIDGE) as f:
    exec(compile(f.read(), "bridge.py", "exec"), bridge)
for name in sorted(glob.glob("/cut-tests/examples/*.json")) + sorted(glob.glob("/cut-tests/cases/*.json")):
    with open(name) as f:
        facts = json.load(f)
    if "/examples/" in name:
        bridge["dispatch"]("screen", json.dumps([facts]))
    if bridge["check"](facts)["ok"]:
        bridge["dispatch"]("ics", json.dumps([facts]))

# Every import statement in the calculator modules the checker loaded, functions included.
checker = sorted(n for n in sys.modules if n == "calculator" or n.startswith("calculator."))
for name in checker:
    module = sys.modules[name]
    tree = ast.parse(open(module.__file__).read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            importlib.import_module(node.module)

needed = set()
for module in list(sys.modules.values()):
    where = getattr(module, "__file__", None) or ""
    if where.startswith(PREFIX):
        needed.add(where[len(PREFIX):])
HEADER = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + bytes(8)  # unchecked hash pyc
CodeType = type(compile("", "", "exec"))


def one_line(code):
    """The code with its nested code, each reporting its first line for every instruction: a valid
    location table (PEP 626/657 format: "no columns" entries of up to 8 code units, line delta 0)."""
    table = bytearray()
    units = len(code.co_code) // 2
    while units > 0:
        table += bytes((0x80 | 13 << 3 | min(units, 8) - 1, 0))  # code 13: no columns; line delta 0
        units -= 8
    consts = tuple(one_line(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_consts=consts, co_linetable=bytes(table))

def store(out, name, source, optimize):
    """name (a .py path in the zip) as bytecode of source, dated 1980-01-01, mode 0644."""
    code = compile(source, PREFIX + name, "exec", dont_inherit=True, optimize=optimize)
    info = zipfile.ZipInfo(name + "c", date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o644 << 16
    info.create_system = 3
    out.writestr(info, HEADER + marshal.dumps(one_line(code)))

with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(OUTPUT, "w", zipfile.ZIP_STORED) as out:
    members = set(src.namelist())
    missing = sorted(needed - members)
    assert not missing, f"modules outside the zip: {missing}"
    for name in sorted(needed):
        store(out, name, src.read(name), optimize=2)
    # The calculator too, every module of the installed wheel, as its tests run it (optimize=0:
    # docstrings and asserts kept), so the worker installs no package and compiles nothing.
    import calculator, os
    site = os.path.dirname(os.path.dirname(calculator.__file__))
    for folder, _, names in sorted(os.walk(os.path.dirname(calculator.__file__))):
        for file in sorted(n for n in names if n.endswith(".py")):
            with open(os.path.join(folder, file), "rb") as f:
                store(out, os.path.relpath(os.path.join(folder, file), site), f.read(), optimize=0)
modules = sorted(n for n, m in sys.modules.items() if (getattr(m, "__file__", None) or "").startswith(PREFIX))
json.dumps({"python": sys.version.split()[0], "files": len(needed), "modules": modules,
            "at_start": sorted(at_start), "checker": checker})
`);
console.log(summary);

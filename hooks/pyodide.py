"""mkdocs hook: serve Pyodide, the checker's library, the calculator wheel and its lock file from the site itself.

After every build (``mkdocs build`` and each ``mkdocs serve`` rebuild) this copies into
``site/pyodide/``: the runtime files of the pinned npm ``pyodide`` package, a wheel of
``calculator`` built with ``python -m build``, and a ``pyodide-lock.json`` that adds the
wheel (with its sha256) to the npm package's lock file via ``pyodide lockfile add-wheels``.
It also copies the vendored iframe-worker shim to the path ``extra.polyfills`` names.

The wheel and lock file are cached under ``.cache/pyodide-site/`` by a digest of their
inputs, so they are rebuilt only when ``calculator/``, ``pyproject.toml`` or the
runtime changes.

The wheel is reproducible: it is built with a fixed ``SOURCE_DATE_EPOCH`` (so every file in it
has the same date) from copies with fixed permissions, so the same sources give the same bytes
on any machine and the cache never holds a wheel that depends on when it was built.

The lock file lists the calculator only (the checker loads no other package), and the wheel's
members are stored uncompressed, so the server's gzip or brotli copy of the whole wheel is smaller.

It also writes ``python_stdlib.cut.zip``: the standard library cut to the modules Pyodide's start-up
and the checker import (``hooks/stdlib_cut.mjs`` under Node runs the checker's bridge on every example
in ``tests/examples`` and case in ``tests/cases`` and imports every module an import statement in those calculator modules names),
and every module of the calculator, as bytecode compiled by Pyodide's own CPython, so the checker's
worker (``loadPyodide({stdLibURL})``) installs no package and compiles nothing at start-up. The wheel
and the lock file stay in the site for anyone loading the calculator as a Pyodide package (the
benchmark's "usual way" does); the checker does not fetch them, bar the lock file Pyodide reads. It is cached in ``.cache/pyodide-stdlib/`` by a digest of its inputs,
with ``modules.json`` beside it (the modules, and the calculator modules the checker loads), which the
Pyodide test layer reads (``tests/pyodide/``: the calculator's tests run against the same cut library,
and an import from outside it fails there). ``python hooks/pyodide.py stdlib`` builds it and prints
that JSON with the zip's path. Pyodide's full ``python_stdlib.zip`` is not in the site.

It also writes ``site/pyodide/integrity.json``: each runtime file, the wheel and the lock file
with its Subresource Integrity digest (``sha256-<base64>``), for a worker that fetches them with
``fetch(url, {integrity})``, and ``sizes.json``: each file's size, for the checker's progress in bytes.
Pyodide itself checks a wheel it loads against the lock file's sha256.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
CACHE = ROOT / ".cache" / "pyodide-site"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WHEEL_INPUTS = ("pyproject.toml", "README.md", "calculator")
SITE_FOLDER = "pyodide"
SHIM_PACKAGE = "iframe-worker"
#: 1980-01-01, the earliest date a zip file can hold: the date of every file in the wheel.
WHEEL_EPOCH = "315532800"
INTEGRITY_FILE = "integrity.json"
SIZES_FILE = "sizes.json"
STDLIB_CACHE = ROOT / ".cache" / "pyodide-stdlib"
STDLIB_SCRIPT = Path(__file__).resolve().parent / "stdlib_cut.mjs"
#: The cut standard library (worker.js names it too), and the list of what it holds beside it in the cache.
STDLIB_CUT = "python_stdlib.cut.zip"
STDLIB_MODULES = "modules.json"
#: What the cut is derived from, besides the calculator: the checker's calls, and the examples
#: (tests/examples) and cases of several years (tests/cases) it runs them on.
BRIDGE = ROOT / "docs" / "assets" / "checker" / "bridge.py"
TESTS = ROOT / "tests"


def npm_package(name: str) -> Path:
    """The folder of an npm dependency, checked against the exact version package.json pins."""
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"][name]
    folder = NODE_MODULES / name
    try:
        installed = json.loads((folder / "package.json").read_text())["version"]
    except FileNotFoundError:
        installed = None
    if installed != pinned:
        raise PluginError(f"npm package {name} {pinned} is not installed (found {installed}): run `npm ci`")
    return folder


def _input_files() -> list[Path]:
    files = []
    for name in WHEEL_INPUTS:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(p for p in path.rglob("*.py") if p.is_file())
    return files


def digest(runtime: Path) -> str:
    """A short hash of everything the wheel and the lock file are made from."""
    h = hashlib.sha256((runtime / "pyodide-lock.json").read_bytes())
    h.update(f"wheel built with SOURCE_DATE_EPOCH={WHEEL_EPOCH}, files 0644, umask 022\0".encode())
    for path in _input_files():
        h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


#: The environment the wheel is built in: fixed file dates, whatever the caller's SOURCE_DATE_EPOCH.
WHEEL_ENV = {**os.environ, "SOURCE_DATE_EPOCH": WHEEL_EPOCH}


def _run(*command: str | Path, env: dict | None = None) -> None:
    # A fixed umask, so files the build writes (the wheel's .dist-info) get the same permissions anywhere.
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, env=env, umask=0o022)
    if done.returncode:
        raise PluginError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")


def build_wheel_and_lock(runtime: Path, out: Path) -> None:
    """Build the calculator wheel into ``out`` and write ``out/pyodide-lock.json`` listing it."""
    with tempfile.TemporaryDirectory() as tmp:
        # Build from a clean copy, so no stale build/ folder can leak old modules into the wheel.
        source = Path(tmp, "source")
        for path in _input_files():
            target = source / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            target.chmod(0o644)
        _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, source, env=WHEEL_ENV)
    (wheel,) = out.glob("*.whl")
    store_uncompressed(wheel)
    pyodide_cli = Path(sys.executable).parent / "pyodide"
    _run(
        pyodide_cli, "lockfile", "add-wheels",
        "--input", runtime / "pyodide-lock.json",
        "--output", out / "pyodide-lock.json",
        "--base-path", out,
        wheel,
    )  # fmt: skip
    lock = json.loads((out / "pyodide-lock.json").read_text())
    lock["packages"] = {"calculator": lock["packages"]["calculator"]}
    (out / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True) + "\n")


def store_uncompressed(wheel: Path) -> None:
    """Rewrite the wheel with its members stored, in the same order with the same dates and modes."""
    with zipfile.ZipFile(wheel) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_STORED) as out:
        for info, data in members:
            info.compress_type = zipfile.ZIP_STORED
            out.writestr(info, data)


def prepared(runtime: Path) -> Path:
    """The cache folder holding the current wheel and lock file, building them if needed."""
    folder = CACHE / digest(runtime)
    if not (folder / "pyodide-lock.json").is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        # Staged beside the cache, not in it, so a concurrent build's clean-up below cannot remove it.
        staging = Path(tempfile.mkdtemp(dir=CACHE.parent, prefix=f"{CACHE.name}-staging-"))
        build_wheel_and_lock(runtime, staging)
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        for old in CACHE.iterdir():
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    return folder


def stdlib_cut(runtime: Path, packages: Path) -> Path:
    """The cut standard library (see the module's docstring), built once per digest of its inputs."""
    h = hashlib.sha256(json.loads((runtime / "package.json").read_text())["version"].encode() + b"\0")
    examples = [*sorted(TESTS.glob("examples/*.json")), *sorted(TESTS.glob("cases/*.json"))]
    for path in (runtime / "python_stdlib.zip", STDLIB_SCRIPT, BRIDGE, *sorted(packages.iterdir()), *examples):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    path = STDLIB_CACHE / h.hexdigest()[:16] / STDLIB_CUT
    if not path.is_file():
        STDLIB_CACHE.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=STDLIB_CACHE.parent, prefix=f"{STDLIB_CACHE.name}-staging-"))
        done = subprocess.run(
            ["node", STDLIB_SCRIPT, runtime / "python_stdlib.zip", packages, BRIDGE, TESTS, staging / STDLIB_CUT],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
        if done.returncode:
            raise PluginError(f"hooks/stdlib_cut.mjs failed:\n{done.stdout}{done.stderr}")
        (staging / STDLIB_MODULES).write_text(done.stdout)
        try:
            staging.rename(path.parent)
        except OSError:  # a concurrent build got there first, with the same bytes
            shutil.rmtree(staging, ignore_errors=True)
        for old in STDLIB_CACHE.iterdir():
            if old != path.parent:
                shutil.rmtree(old, ignore_errors=True)
    return path


def write_sizes(folder: Path) -> None:
    """``sizes.json``: every file in ``folder`` -> its size in bytes, for the worker's progress in bytes."""
    sizes = {path.name: path.stat().st_size for path in sorted(folder.iterdir()) if path.is_file() and path.name not in (SIZES_FILE, INTEGRITY_FILE)}
    (folder / SIZES_FILE).write_text(json.dumps(sizes, indent=2) + "\n")


def write_integrity(folder: Path) -> None:
    """``integrity.json``: every file in ``folder`` -> its SRI digest ``sha256-<base64>``."""
    digests = {
        path.name: "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name != INTEGRITY_FILE
    }
    (folder / INTEGRITY_FILE).write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n")


def shim_path(config) -> str:
    """Where the site serves the iframe-worker shim: the one local entry in ``extra.polyfills``."""
    local = [p for p in config.extra.get("polyfills", []) if SHIM_PACKAGE in p and "://" not in p]
    if len(local) != 1:
        raise PluginError(
            f"extra.polyfills must list the vendored {SHIM_PACKAGE} shim once, "
            "or the offline plugin adds a CDN URL for it"
        )
    return local[0]


def on_post_build(config, **kwargs) -> None:
    """Copy the runtime, the wheel, the lock file and the shim into the built site."""
    runtime = npm_package("pyodide")
    site = Path(config.site_dir)
    target = site / SITE_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        shutil.copy2(runtime / name, target)
    for path in prepared(runtime).iterdir():
        shutil.copy2(path, target)
    shutil.copy2(stdlib_cut(runtime, prepared(runtime)), target)
    write_sizes(target)
    write_integrity(target)

    shim = site / shim_path(config)
    shim.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(npm_package(SHIM_PACKAGE) / "shim" / "index.js", shim)


if __name__ == "__main__":  # python hooks/pyodide.py stdlib: build the cut library, print what it holds
    if sys.argv[1:] != ["stdlib"]:
        sys.exit("usage: python hooks/pyodide.py stdlib")
    runtime = npm_package("pyodide")
    cut = stdlib_cut(runtime, prepared(runtime))
    print(json.dumps({"zip": str(cut), "full": str(runtime / "python_stdlib.zip"), **json.loads((cut.parent / STDLIB_MODULES).read_text())}))

"""Inside Pyodide: install the downloaded pure-Python test wheels, then run pytest.

The wheels are unzipped straight into site-packages, as pip would for a pure-Python
wheel, so nothing (not even micropip) is fetched from a network. Tests marked
``native`` (they need a subprocess or a compiled package) are deselected here.

Python runs on the checker's cut standard library; :class:`FullLibrary` finds what it lacks in the
full one (pytest needs more), and :func:`guard_the_cut` makes any import that the checker's calculator
modules make from there fail, with a message that says what to do.
"""

import builtins
import importlib.util
import os
import sys
import zipfile
import zipimport
from pathlib import Path


def install_wheels(folder: Path) -> None:
    """Unpack every ``*.whl`` in ``folder`` into site-packages."""
    wheels = sorted(folder.glob("*.whl"))
    if not wheels:
        raise SystemExit(f"no test wheels in {folder}: run `make pyodide-wheels` first")
    import sysconfig  # not in the cut: found in the full library

    site_packages = sysconfig.get_paths()["purelib"]
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site_packages)


class FullLibrary:
    """The last finder on ``sys.meta_path``: a module that neither the cut nor site-packages holds,
    from the full standard library zip, also inside a package whose ``__init__`` came from the cut."""

    def __init__(self, full: str):
        self.full = full

    def find_spec(self, fullname, path=None, target=None):
        package = fullname.rpartition(".")[0].replace(".", "/")
        return zipimport.zipimporter(f"{self.full}/{package}/" if package else self.full).find_spec(fullname)


def _importer(frame, checker: frozenset) -> str | None:
    """The innermost calculator module on the stack, if the checker loads it."""
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name == "calculator" or name.startswith("calculator."):
            return name if name in checker else None
        frame = frame.f_back
    return None


def guard_the_cut(full: str, checker: frozenset) -> None:
    """Make an import from the full standard library zip ``full`` fail when the innermost calculator
    module on the stack is one the checker loads (so also for an import that a standard library
    function makes when calculator code calls it): the checker's browser would not find it."""
    original = builtins.__import__

    def checked(name, globals=None, locals=None, fromlist=(), level=0):
        module = original(name, globals, locals, fromlist, level)
        absolute = importlib.util.resolve_name("." * level + name, (globals or {}).get("__package__")) if level else name
        for found in (sys.modules.get(absolute), *(sys.modules.get(f"{absolute}.{f}") for f in fromlist or ())):
            if (getattr(found, "__file__", None) or "").startswith(full):
                importer = _importer(sys._getframe(1), checker)
                if importer:
                    raise ImportError(
                        f"{importer} imports {found.__name__}, which the checker's cut standard library does not hold "
                        "(the checker would fail in the browser). hooks/stdlib_cut.mjs adds what the examples in "
                        "tests/examples reach and every module an import statement in the checker's calculator "
                        f"modules names: import {found.__name__} at the top of {importer}, or add an example that "
                        "reaches this code, and rebuild."
                    )
        return module

    builtins.__import__ = checked


def main(root: str, wheels: str, stdlib: dict, args: list[str]) -> int:
    """Run pytest from the project folder ``root`` with ``args``; return its exit code."""
    sys.dont_write_bytecode = True  # leave no CPython 3.14 caches in the working tree
    sys.meta_path.append(FullLibrary(stdlib["full"]))
    guard_the_cut(stdlib["full"], frozenset(stdlib["checker"]))
    install_wheels(Path(wheels))
    os.chdir(root)
    import pytest

    print(f"Pyodide: Python {sys.version.split()[0]} on {sys.platform}, on the checker's standard library "
          f"({len(stdlib['modules'])} modules; the rest only for pytest)", flush=True)  # fmt: skip
    return int(pytest.main(["-p", "no:cacheprovider", "-m", "not native", *args]))


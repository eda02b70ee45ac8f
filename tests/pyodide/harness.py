"""Inside Pyodide: install the downloaded pure-Python test wheels, then run pytest.

The wheels are unzipped straight into site-packages, as pip would for a pure-Python
wheel, so nothing (not even micropip) is fetched from a network. Tests marked
``native`` (they need a subprocess or a compiled package) are deselected here.
"""

import os
import sys
import sysconfig
import zipfile
from pathlib import Path


def install_wheels(folder: Path) -> None:
    """Unpack every ``*.whl`` in ``folder`` into site-packages."""
    wheels = sorted(folder.glob("*.whl"))
    if not wheels:
        raise SystemExit(f"no test wheels in {folder}: run `make pyodide-wheels` first")
    site_packages = sysconfig.get_paths()["purelib"]
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site_packages)


def main(root: str, wheels: str, args: list[str]) -> int:
    """Run pytest from the project folder ``root`` with ``args``; return its exit code."""
    sys.dont_write_bytecode = True  # leave no CPython 3.14 caches in the working tree
    install_wheels(Path(wheels))
    os.chdir(root)
    import pytest

    print(f"Pyodide: Python {sys.version.split()[0]} on {sys.platform}", flush=True)
    return int(pytest.main(["-p", "no:cacheprovider", "-m", "not native", *args]))

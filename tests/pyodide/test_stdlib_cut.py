"""The checker's cut standard library, with the calculator in it (hooks/stdlib_cut.mjs), checked inside Pyodide.

run.mjs starts Python on the cut and harness.py finds what it lacks in the full library, except
for the calculator modules the checker loads: an import of theirs from outside the cut fails with
a message that says what to add. These tests make such imports on purpose. Natively there is no
cut, so they are skipped there.
"""

import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "emscripten", reason="the cut library exists only inside Pyodide")


def run_as(module: str, source: str) -> dict:
    namespace = {"__name__": module, "__package__": module.rpartition(".")[0]}
    exec(compile(source, f"<{module}>", "exec"), namespace)
    return namespace


def test_the_checker_code_runs_on_the_cut_library():
    import calculator

    assert calculator.__spec__.origin.endswith("calculator/__init__.py")
    assert sys.modules["json"].__file__.startswith(f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip/")


def test_an_import_from_outside_the_cut_by_checker_code_fails_and_says_what_to_do():
    with pytest.raises(ImportError) as raised:
        run_as("calculator.assess", "import argparse")  # the CLI's, never the checker's
    message = str(raised.value)
    assert "calculator.assess imports argparse" in message
    assert "import argparse at the top of calculator.assess" in message


def test_a_submodule_from_outside_the_cut_fails_too():
    with pytest.raises(ImportError, match="imports importlib.resources"):
        run_as("calculator.facts", "from importlib import resources")


def test_code_the_checker_never_loads_may_import_anything():
    assert run_as("calculator.cli", "import argparse")["argparse"].ArgumentParser
    assert run_as("tests.helpers", "import argparse")["argparse"].ArgumentParser


def bytecode(code) -> list:
    """The instructions of ``code`` and of every function and class inside it, in order."""
    return [code.co_code, *(b for c in code.co_consts if hasattr(c, "co_code") for b in bytecode(c))]


def test_the_cut_holds_every_calculator_module_compiled_from_the_sources_tested_here():
    """The checker imports the calculator from the cut zip (no wheel is installed in the browser), so
    the zip must hold every module, and the same instructions as these sources compile to."""
    import marshal
    import zipfile
    from pathlib import Path

    import calculator

    package = Path(calculator.__file__).parent
    sources = {f"calculator/{p.relative_to(package).as_posix()}c": p for p in sorted(package.rglob("*.py"))}
    with zipfile.ZipFile(f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip") as library:
        assert {n for n in library.namelist() if n.startswith("calculator/")} == set(sources)
        for member, path in sources.items():
            shipped = marshal.loads(library.read(member)[16:])  # after the 16-byte .pyc header
            assert bytecode(shipped) == bytecode(compile(path.read_bytes(), str(path), "exec", dont_inherit=True)), member

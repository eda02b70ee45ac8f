"""The command line, run as a person would: ``python -m calculator`` from the repository root."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "examples" / "levy-missed-bc-window.json"

pytestmark = pytest.mark.native


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "calculator", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_assess_a_file():
    proc = run("assess", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["as_of"] == "2026-11-27" and len(out["relief"]) == 5


@pytest.mark.parametrize("args", [("assess",), ("assess", "-")])
def test_assess_reads_stdin_and_fills_in_today(args):
    proc = run(*args, stdin='{"joint_return": true, "problems": ["underpayment"]}')
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert date.fromisoformat(out["as_of"]) >= date(2026, 11, 27)
    assert out["facts"]["as_of"] == out["as_of"]


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ('{"as_of": "2026-02-30"}', ["as_of: "]),
        ('{"as_of": "2026-11-27", "tax_yer": 2020}', ['tax_yer: ', 'did you mean "tax_year"']),
        ('{"as_of": "2026-11-27", "knowledge": "lots"}', ["knowledge: ", "use one of: none, unsure, reason_to_know, partial, actual"]),
        ('{"as_of": "2026-11-27", "joint_return": "yes"}', ["joint_return: must be true or false"]),
        ('{"as_of": "2026-11-27", "household": {"size": -1}}', ["household.size: must be a whole number from 1 to 50"]),
        ('{"as_of": "2026-11-27", "events": [{"type": "levy_notice", "date": "2025-02-29"}]}', ["events[0].date: "]),
        ('{"as_of": "2026-11-27", "joint_return": ', ["input: not valid JSON"]),
        ("[1, 2]", ["facts: must be an object"]),
        ('{"tax_year": 1' + "0" * 5000 + "}", ["input: a number in the JSON is far too long"]),
    ],
)
def test_invalid_input_exits_2_with_one_line_per_problem(facts, expected):
    proc = run("assess", stdin=facts)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    for part in expected:
        assert part in proc.stderr
    assert all(": " in line for line in proc.stderr.strip().splitlines())


def test_every_problem_gets_its_own_line():
    proc = run("assess", stdin='{"as_of": "2026-13-01", "tax_year": 1800, "problems": ["x"], "state": "ZZ"}')
    assert proc.returncode == 2
    fields = [line.split(":")[0] for line in proc.stderr.strip().splitlines()]
    assert fields == ["as_of", "tax_year", "problems[0]", "state"]


def test_missing_file_exits_2():
    proc = run("assess", "tests/examples/no-such-file.json")
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_batch_keeps_going_past_a_bad_line(tmp_path):
    good = EXAMPLE.read_text(encoding="utf-8").replace("\n", " ")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([good, '{"as_of": "2026-02-30"}', "not json", "", '{"joint_return": true}']) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    proc = run("batch", str(source), str(target))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["ok"]) for r in lines] == [(1, True), (2, False), (3, False), (5, True)]
    assert lines[1]["errors"][0]["field"] == "as_of"
    assert lines[2]["errors"][0]["field"] == "input"
    assert "4 cases, 2 assessed, 2 with errors" in proc.stderr


def test_batch_to_stdout():
    proc = run("batch", "-", stdin='{"as_of": "2026-11-27"}\n')
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["ok"] is True


def test_schema_and_questions_print_json():
    schema = run("schema")
    assert schema.returncode == 0
    assert json.loads(schema.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(schema.stdout) == json.loads((ROOT / "calculator" / "facts.schema.json").read_text(encoding="utf-8"))
    questions = run("questions")
    assert questions.returncode == 0
    assert json.loads(questions.stdout)["questions"][0]["id"] == "letter"


def test_the_checker_path_imports_no_heavy_stdlib_modules():
    # Start-up cost: checking facts must not load typing, json, difflib, urllib.parse or traceback
    # (they are imported only on error paths, in the schema check, or by the command line).
    heavy = ("typing", "json", "difflib", "urllib.parse", "traceback")
    code = (
        "import sys, calculator, calculator.relief, calculator.deadlines, calculator.questions\n"
        "calculator.check({'as_of': '2026-11-27', 'joint_return': True, 'problems': ['understatement']})\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    proc = subprocess.run([sys.executable, "-S", "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]", proc.stdout

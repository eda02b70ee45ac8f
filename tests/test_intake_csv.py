"""tools/intake_csv.py: a firm's intake export (one row per client and tax year) into cases for ``batch``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import calculator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from intake_csv import convert  # noqa: E402

INTAKE = ROOT / "tests" / "cases" / "intake.csv"


def test_rows_of_one_client_make_one_case_that_equals_the_hand_written_one():
    import csv

    with INTAKE.open(encoding="utf-8", newline="") as handle:
        cases, problems = convert(list(csv.DictReader(handle)))
    assert problems == []
    assert [c.get("reference") for c in cases] == ["A-2021-22", "C-9"]
    written = json.loads((ROOT / "tests" / "cases" / "two-years-levy-understatement.json").read_text(encoding="utf-8"))
    # The CSV gives the levy notice on each row instead of once at the case level: the same answers.
    assert calculator.assess(cases[0])["years"] == calculator.assess(written)["years"]
    assert cases[1]["household"] == {"size": 3}
    assert cases[1]["years"][0]["problems"] == ["underpayment", "understatement"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([{"reference": "A", "marital_status": "married", "tax_year": "2021"},
          {"reference": "A", "marital_status": "divorced", "tax_year": "2022"}], "line 3, marital_status: 'divorced' differs"),
        ([{"reference": "A", "household.size": "2"}, {"reference": "A", "household.size": "3"}], "line 3, household.size"),
        ([{"reference": "A", "tax_yr": "2021"}], "column tax_yr: is not a field"),
        ([{"reference": "A", "event:party": "2021-01-01"}], "column event:party: not an event type"),
    ],
)  # fmt: skip
def test_problems_name_the_line_and_column(rows, expected):
    _, problems = convert(rows)
    assert any(expected in p for p in problems), problems


def test_rows_without_a_reference_are_cases_of_their_own():
    cases, _ = convert([{"reference": "", "tax_year": "2021"}, {"reference": "", "tax_year": "2022"}])
    assert [len(c["years"]) for c in cases] == [1, 1] and all("reference" not in c for c in cases)


@pytest.mark.native
def test_the_recipe_in_the_readme_runs(tmp_path):
    cases, results, summary = tmp_path / "cases.jsonl", tmp_path / "results.jsonl", tmp_path / "summary.csv"
    step = subprocess.run([sys.executable, "tools/intake_csv.py", str(INTAKE), str(cases)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert step.returncode == 0, step.stderr
    step = subprocess.run([sys.executable, "-m", "calculator", "batch", str(cases), str(results), "--csv", str(summary)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert step.returncode == 0 and "2 cases, 2 assessed" in step.stderr, step.stderr
    assert len(summary.read_text(encoding="utf-8").splitlines()) == 1 + 3  # header, then one row per client and year

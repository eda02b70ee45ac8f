"""tools/intake_csv.py: a firm's intake export (one row per client and tax year) into cases for ``batch``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import calculator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from intake_csv import convert, main, read  # noqa: E402

from calculator.facts import EVENT  # noqa: E402

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
    assert cases[1]["years"][0]["events"] == [{"type": "deficiency_notice", "date": "2026-10-05", "mailed": "2026-10-07"}]


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


def _run(text: str) -> tuple[list[dict], list[str]]:
    """The cases and problems a CSV text makes, read as the command reads a file."""
    columns, rows, lines, problems = read(io.StringIO(text))
    cases, more = convert(rows, columns, lines)
    return cases, problems + more


NOTICE = "reference,tax_year,event:deficiency_notice,event:deficiency_notice.mailed,event:deficiency_notice.last_day\n"
PAYMENT = "reference,tax_year,event:payment,event:payment.amount,event:payment.by\n"


def _case(*events: dict) -> list[dict]:
    return [{"version": 2, "reference": "R", "years": [{"tax_year": 2022, "events": list(events)}]}]


DN = {"type": "deficiency_notice"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base row: one notice and its mailing date
        (NOTICE + "R,2022,2026-09-01,2026-09-03,\n", _case({**DN, "date": "2026-09-01", "mailed": "2026-09-03"})),
        # the mailing date left empty: unknown, left out
        (NOTICE + "R,2022,2026-09-01,,\n", _case({**DN, "date": "2026-09-01"})),
        # the printed last day added
        (NOTICE + "R,2022,2026-09-01,2026-09-03,2026-12-04\n",
         _case({**DN, "date": "2026-09-01", "mailed": "2026-09-03", "last_day": "2026-12-04"})),
        # two notices, one mailing date each, by place
        (NOTICE + "R,2022,2026-09-01;2026-10-01,2026-09-03;2026-10-02,\n",
         _case({**DN, "date": "2026-09-01", "mailed": "2026-09-03"}, {**DN, "date": "2026-10-01", "mailed": "2026-10-02"})),
        # two notices, the second's mailing date unknown (an empty place)
        (NOTICE + "R,2022,2026-09-01;2026-10-01,2026-09-03;,\n",
         _case({**DN, "date": "2026-09-01", "mailed": "2026-09-03"}, {**DN, "date": "2026-10-01"})),
        # a trailing ';' in the dates and no follow-up values to match: left out, as before
        (NOTICE + "R,2022,2026-09-01;2026-10-01;,,\n", _case({**DN, "date": "2026-09-01"}, {**DN, "date": "2026-10-01"})),
        # amounts and who paid, for two payments
        (PAYMENT + "R,2022,2025-01-10;2025-02-10,1200;300.50,me;spouse\n",
         _case({"type": "payment", "date": "2025-01-10", "amount": 1200, "by": "me"},
               {"type": "payment", "date": "2025-02-10", "amount": 300.5, "by": "spouse"})),
        # a span's end
        ("reference,tax_year,event:bankruptcy,event:bankruptcy.end\nR,2022,2024-03-01,2024-09-30\n",
         _case({"type": "bankruptcy", "date": "2024-03-01", "end": "2024-09-30"})),
        # an unnamed column that is empty everywhere (a trailing comma) is not a column
        ("reference,tax_year,event:deficiency_notice,\nR,2022,2026-09-01,\n", _case({**DN, "date": "2026-09-01"})),
    ],
)  # fmt: skip
def test_an_events_other_fields_come_from_their_columns(text, expected):
    cases, problems = _run(text)
    assert problems == []
    assert cases == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mailing date that is not a real date
        (NOTICE + "R,2022,2026-09-01,2026-09-31,\n", "line 2, event:deficiency_notice.mailed: \"2026-09-31\" is not a real date"),
        # two mailing dates for one notice
        (NOTICE + "R,2022,2026-09-01,2026-09-03;2026-10-02,\n", "line 2, event:deficiency_notice.mailed: gives 2 values for the 1 dates"),
        # one mailing date for two notices: never copied to both
        (NOTICE + "R,2022,2026-09-01;2026-10-01,2026-09-03,\n", "line 2, event:deficiency_notice.mailed: gives 1 value for the 2 dates"),
        # a mailing date without the notice's date
        (NOTICE + "R,2022,,2026-09-03,\n", "line 2, event:deficiency_notice.mailed: has '2026-09-03' but event:deficiency_notice on this row has no date"),
        # an empty place among the dates while values are matched to them by place
        (NOTICE + "R,2022,2026-09-01;;2026-10-01,2026-09-03;2026-10-02,\n", "line 2, event:deficiency_notice: has an empty place"),
        # the second of two notices has a bad date
        (NOTICE + "R,2022,2026-09-01;2026-10-1,2026-09-03;,\n", "line 2, event:deficiency_notice (date 2 of 2): must be a date"),
        # a printed last day before the notice's date (the facts format's own check)
        (NOTICE + "R,2022,2026-09-01,,2026-08-01\n", "line 2, event:deficiency_notice.last_day: is 2026-08-01, before the notice's date"),
        # the problem on the second data row
        (NOTICE + "R,2022,2026-09-01,2026-09-03,\nR,2023,2026-09-01,2026-09-3,\n", "line 3, event:deficiency_notice.mailed"),
        # a field the type does not carry (the facts format's own check)
        ("reference,tax_year,event:levy_notice,event:levy_notice.last_day\nR,2022,2026-09-01,2026-12-04\n",
         "line 2, event:levy_notice.last_day: only a notice of deficiency states a last day"),
        # an amount with a thousands separator
        (PAYMENT + "R,2022,2025-01-10,\"1,200\",me\n", "line 2, event:payment.amount: must be a number of dollars"),
        # who paid, not one of the choices
        (PAYMENT + "R,2022,2025-01-10,1200,her\n", "line 2, event:payment.by: \"her\" is not allowed"),
        # a follow-up column without its date column
        ("reference,tax_year,event:deficiency_notice.mailed\nR,2022,2026-09-03\n",
         "column event:deficiency_notice.mailed: has no date column event:deficiency_notice"),
        ("reference,tax_year,event:deficiency_notice.mailed\nR,2022,2026-09-03\n",
         "line 2, event:deficiency_notice.mailed: has '2026-09-03' but there is no event:deficiency_notice column"),
        # a follow-up that is not a field of an event
        ("reference,tax_year,event:deficiency_notice,event:deficiency_notice.postmark\nR,2022,2026-09-01,2026-09-03\n",
         "column event:deficiency_notice.postmark: 'postmark' is not a field of an event"),
        # a column name given twice
        ("reference,tax_year,tax_year\nR,2022,2023\n", "column tax_year: is in the header twice (columns 2 and 3)"),
        # a value beyond the header's columns
        ("reference,tax_year\nR,2022,2023\n", "line 2: 1 value beyond the header's 2 columns ('2023')"),
        # an unnamed column that holds a value
        ("reference,tax_year,\nR,2022,yes\n", "column 3: has no name in the header but holds values"),
        # line numbers count the lines of the file, a blank line included
        ("reference,tax_year,event:bill\n\nR,2022,2026-02-30\n", "line 3, event:bill: \"2026-02-30\" is not a real date"),
    ],
)  # fmt: skip
def test_event_cells_that_cannot_be_read_are_named_by_line_and_column(text, expected):
    _, problems = _run(text)
    assert any(expected in p for p in problems), problems


def test_every_field_declared_for_an_event_can_be_a_column():
    """Derived from the declaration: a field added to an event is a column without a change in the tool."""
    names = [f.name for f in EVENT if f.name not in ("type", "date")]
    assert {"mailed", "last_day", "end", "amount", "by"} <= set(names)
    for name in names:
        _, problems = _run(f"reference,event:levy_notice,event:levy_notice.{name}\n")
        assert problems == [], (name, problems)


@pytest.mark.native
def test_on_any_problem_nothing_is_written(tmp_path):
    source, out = tmp_path / "intake.csv", tmp_path / "cases.jsonl"
    source.write_text(NOTICE + "R,2022,2026-09-01,2026-09-03;2026-10-02,\n", encoding="utf-8")
    assert main([str(source), str(out)]) == 2
    assert not out.exists()
    source.write_text(NOTICE + "R,2022,2026-09-01,2026-09-03,\n", encoding="utf-8")
    assert main([str(source), str(out)]) == 0
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == _case({**DN, "date": "2026-09-01", "mailed": "2026-09-03"})


ROUND_TRIP = "reference,as_of,tax_year,joint_return,return_filed,event:deficiency_notice,event:deficiency_notice.mailed,event:deficiency_notice.last_day\n"


@pytest.mark.parametrize(
    ("mailed", "last_day", "due"),
    [
        # IRC § 6213(a) (rule irc-6213-a-petition, calculator/law/procedure.py; counted in
        # calculator/deadlines/tax_court.py from the mailing date when given, else from the printed date):
        # 90 days after 2026-09-03: 27 days to 2026-09-30, 31 more to 2026-10-31 (58), 30 more to
        # 2026-11-30 (88), 2 more: 2026-12-02, a Wednesday and no D.C. holiday, so § 7503 leaves it.
        ("2026-09-03", "", "2026-12-02"),
        # no mailing date: 90 days after the printed 2026-09-01: 29 to 2026-09-30, 31 to 2026-10-31 (60),
        # 30 to 2026-11-30 (90): a Monday. The follow-up cell above is what moves the date.
        ("", "", "2026-11-30"),
        # the notice prints a later last day: § 6213(a), last sentence, makes it timely: 2026-12-04, a Friday.
        ("2026-09-03", "2026-12-04", "2026-12-04"),
    ],
)
def test_round_trip_the_written_case_passes_the_check_with_the_deadline_worked_by_hand(mailed, last_day, due):
    cases, problems = _run(ROUND_TRIP + f"R,2026-11-27,2023,yes,2024-04-15,2026-09-01,{mailed},{last_day}\n")
    assert problems == []
    answer = calculator.check(json.loads(json.dumps(cases[0])))
    assert answer["ok"], answer
    deadlines = {d["id"]: d["due"] for d in answer["result"]["years"][0]["deadlines"]}
    assert deadlines["tax_court_deficiency"] == due

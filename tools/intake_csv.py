"""Turn a firm's intake export (CSV, one row per client and tax year) into cases for ``batch``.

    python tools/intake_csv.py intake.csv cases.jsonl
    python -m calculator batch cases.jsonl results.jsonl --csv summary.csv

Rows with the same ``reference`` make one case (facts format version 2), one year per row, in
the order of the file; a row without a reference is a case of its own.  The other columns are facts fields by name: person fields
(``marital_status``, ``household.size`` …) and year fields (``tax_year``, ``return_filed``,
``offset.debt`` …), a dot reaching into ``household`` and ``offset``.  A column
``event:<type>`` (``event:levy_notice``) holds the date of that event for the row's year;
several dates go in one cell separated by ``;``.  An empty cell means "I don't know".
Values are written as the facts format says: dates ``YYYY-MM-DD``; ``yes``/``no`` (or
``true``/``false``); amounts without ``$`` or thousands separators; a list (``problems``)
separated by ``;``.  The columns come from the facts format's declaration, so a field added to
it can be a column without a change here.

A person field must be the same on every row of a case: a row that differs is reported with
its line and column, and nothing is written.  Values are not checked here beyond their form:
``batch`` checks every case and names each problem by its place in the case.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calculator.case import CASE_VERSION, PERSON, REFERENCE  # noqa: E402
from calculator.facts import EVENT_TYPES, FIELDS  # noqa: E402

EVENT_PREFIX = "event:"
FIELD_BY_NAME = {f.name: f for f in FIELDS}
TRUE, FALSE = {"yes", "y", "true", "1"}, {"no", "n", "false", "0"}


def _field(column: str):
    """The declared field a column names (``household.size`` reaches into ``household``), or None."""
    head, _, tail = column.partition(".")
    field = FIELD_BY_NAME.get(head)
    if field and tail:
        return next((f for f in field.fields if f.name == tail), None)
    return field if field and not field.fields and field.kind != "events" else None


def _value(kind: str, text: str):
    """A cell's text as the JSON value the facts format expects (left as text when it is not of that form:
    the case check then names it)."""
    if kind == "bool":
        low = text.lower()
        return True if low in TRUE else False if low in FALSE else text
    if kind in ("int", "money"):
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number
    if kind == "enum_list":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def convert(rows: list[dict[str, str]]) -> tuple[list[dict], list[str]]:
    """The cases the rows make, in the order of their first row, and the problems found (``line N, column: …``)."""
    problems: list[str] = []
    columns = list(rows[0]) if rows else []
    for column in columns:
        if column != REFERENCE.name and not column.startswith(EVENT_PREFIX) and _field(column) is None:
            problems.append(f"column {column}: is not a field of the facts format (nor {REFERENCE.name} or {EVENT_PREFIX}<type>)")
        if column.startswith(EVENT_PREFIX) and column[len(EVENT_PREFIX) :] not in EVENT_TYPES:
            problems.append(f"column {column}: not an event type; use one of: {', '.join(EVENT_TYPES)}")
    cases: dict[str, dict] = {}
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        reference = (row.get(REFERENCE.name) or "").strip()
        case = cases.setdefault(reference or f"line {line}", {"version": CASE_VERSION, REFERENCE.name: reference or None, "years": []})
        year: dict = {}
        for column, cell in row.items():
            text = (cell or "").strip()
            if not text or column == REFERENCE.name:
                continue
            if column.startswith(EVENT_PREFIX):
                kind = column[len(EVENT_PREFIX) :]
                year.setdefault("events", []).extend({"type": kind, "date": day.strip()} for day in text.split(";") if day.strip())
                continue
            field = _field(column)
            if field is None:
                continue
            top, _, tail = column.partition(".")
            owner = case if top in PERSON else year
            target, key = (owner.setdefault(top, {}), tail) if tail else (owner, top)
            value = _value(field.kind, text)
            if owner is case and key in target and target[key] != value:
                problems.append(f"line {line}, {column}: {text!r} differs from this client's earlier rows; it is about the person, so it must be the same for every year")
            target[key] = value
        case["years"].append(year)
    return [{k: v for k, v in case.items() if v is not None} for case in cases.values()], problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Intake CSV (one row per client and tax year) to cases in JSON Lines, for batch.")
    parser.add_argument("input", help="the CSV export, UTF-8, with a header row")
    parser.add_argument("output", help="the JSON Lines file to write, one case per line")
    args = parser.parse_args(argv)
    with open(args.input, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cases, problems = convert(rows)
    if problems:
        sys.stderr.write("".join(p + "\n" for p in problems))
        return 2
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    sys.stderr.write(f"{len(cases)} cases, {len(rows)} years\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

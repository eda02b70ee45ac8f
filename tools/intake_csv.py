"""Turn a firm's intake export (CSV, one row per client and tax year) into cases for ``batch``.

    python tools/intake_csv.py intake.csv cases.jsonl
    python -m calculator batch cases.jsonl results.jsonl --csv summary.csv

Rows with the same ``reference`` make one case (facts format version 2), one year per row, in
the order of the file; a row without a reference is a case of its own.  The other columns are facts fields by name: person fields
(``marital_status``, ``household.size`` …) and year fields (``tax_year``, ``return_filed``,
``offset.debt`` …), a dot reaching into ``household`` and ``offset``.  A column
``event:<type>`` (``event:levy_notice``) holds the date of that event for the row's year;
several dates go in one cell separated by ``;``.  An empty cell means "I don't know".

An event's other fields (every field the facts format declares for an event besides its type
and date: ``mailed``, ``last_day``, ``end``, ``amount``, ``by`` …) each have a column
``event:<type>.<field>`` (``event:levy_notice.mailed``), beside that type's date column.  When
the date cell lists several events, such a cell gives one value per date, in the same order,
separated by ``;``, an empty place meaning "I don't know" for that event
(``2026-11-02;2026-11-16`` with ``2026-11-05;``): a mailing date, a printed last day or an
amount belongs to one letter, so one value is never copied to the others.  A different count, a
value without a date on its row, a date list with an empty place while values are matched to it,
and a follow-up column without its date column are reported.  Each event is checked as the
facts format checks it (its dates, its amount, which fields its type may carry), and a problem
is named by the line and column of the cell.

Values are written as the facts format says: dates ``YYYY-MM-DD``; ``yes``/``no`` (or
``true``/``false``); amounts without ``$`` or thousands separators; a list (``problems``)
separated by ``;``.  The columns come from the facts format's declaration, so a field added to
it (to a year, a person or an event) can be a column without a change here.

Nothing in the file is passed over: a column that is not a facts field, a reference or an event
column, a column name given twice, and cells beyond the header's columns are reported (an
unnamed column or cell that is empty everywhere, as a spreadsheet's trailing comma leaves, is
not).  A person field must be the same on every row of a case: a row that differs is reported
with its line and column.  On any problem nothing is written.  Cells of the other columns are
not checked here beyond their form: ``batch`` checks every case and names each problem by its
place in the case.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calculator.case import CASE_VERSION, PERSON, REFERENCE  # noqa: E402
from calculator.facts import EVENT, EVENT_TYPES, FIELDS, FactsError, parse  # noqa: E402

EVENT_PREFIX = "event:"
FIELD_BY_NAME = {f.name: f for f in FIELDS}
#: What an event column may name after a dot: each field declared for an event besides its type and date.
FOLLOW_UPS = {f.name: f for f in EVENT if f.name not in ("type", "date")}
TRUE, FALSE = {"yes", "y", "true", "1"}, {"no", "n", "false", "0"}


def _field(column: str):
    """The declared field a column names (``household.size`` reaches into ``household``), or None."""
    head, _, tail = column.partition(".")
    field = FIELD_BY_NAME.get(head)
    if field and tail:
        return next((f for f in field.fields if f.name == tail), None)
    return field if field and not field.fields and field.kind != "events" else None


def _event_column(column: str) -> tuple[str, str | None] | None:
    """``(type, follow-up field)`` of an event column (the field None for the date column), or None."""
    if not column.startswith(EVENT_PREFIX):
        return None
    kind, dot, follow = column[len(EVENT_PREFIX) :].partition(".")
    return kind, follow if dot else None


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


def _header_problems(columns: list[str], rows: list[dict[str, str]]) -> list[str]:
    """Columns that would be passed over or cannot be read, each named."""
    problems = []
    for number, column in enumerate(columns, start=1):
        event = _event_column(column)
        if not column.strip():
            if any((row.get(column) or "").strip() for row in rows):
                problems.append(f"column {number}: has no name in the header but holds values; name it as a facts field")
        elif event is None:
            if column != REFERENCE.name and _field(column) is None:
                problems.append(f"column {column}: is not a field of the facts format (nor {REFERENCE.name} or {EVENT_PREFIX}<type>)")
        elif event[0] not in EVENT_TYPES:
            problems.append(f"column {column}: not an event type; use one of: {', '.join(EVENT_TYPES)}")
        elif event[1] is not None and event[1] not in FOLLOW_UPS:
            problems.append(f"column {column}: {event[1]!r} is not a field of an event; use one of: {', '.join(FOLLOW_UPS)}")
        elif event[1] is not None and EVENT_PREFIX + event[0] not in columns:
            problems.append(f"column {column}: has no date column {EVENT_PREFIX}{event[0]}; add it, with the date of each event")
    return problems


def _events(row: dict[str, str], line: int, problems: list[str]) -> list[dict]:
    """The events of one row: each date of an ``event:<type>`` cell, with the values of its follow-up
    cells at the same place, each event checked as the facts format checks it."""
    out = []
    follow_ups: dict[str, list[tuple[str, str]]] = {}
    for column, cell in row.items():
        event = _event_column(column)
        if event and event[1] in FOLLOW_UPS and (cell or "").strip():
            follow_ups.setdefault(event[0], []).append((event[1], cell.strip()))
    for column, cell in row.items():
        event = _event_column(column)
        if not event or event[1] is not None or event[0] not in EVENT_TYPES:
            continue
        kind, places = event[0], [part.strip() for part in (cell or "").split(";")]
        given = follow_ups.pop(kind, [])
        dates = [p for p in places if p]
        if given and not dates:
            problems += [f"line {line}, {column}.{name}: has {text!r} but {column} on this row has no date; give the date of the event" for name, text in given]
            continue
        if given and len(dates) != len(places):
            problems.append(f"line {line}, {column}: has an empty place between the ';'; the values of its {column}.<field> cells are matched to the dates by place")
            continue
        values = {}
        for name, text in given:
            parts = [part.strip() for part in text.split(";")]
            if len(parts) != len(dates):
                problems.append(
                    f"line {line}, {column}.{name}: gives {len(parts)} {'value' if len(parts) == 1 else 'values'} for the {len(dates)} "
                    f"dates in {column}; give one per date, in the same order, separated by ';' (leave a place empty where you don't know)"
                )
            else:
                values[name] = parts
        for i, day in enumerate(dates):
            item = {"type": kind, "date": day}
            item.update({name: _value(FOLLOW_UPS[name].kind, parts[i]) for name, parts in values.items() if parts[i]})
            try:
                parse({"events": [item]})
            except FactsError as err:
                place = f" (date {i + 1} of {len(dates)})" if len(dates) > 1 else ""
                for path, message in err.problems:
                    name = path.removeprefix("events[0]").lstrip(".")
                    where = column if name in ("", "type", "date") else f"{column}.{name}"
                    problems.append(f"line {line}, {where}{place}: {message}")
                continue
            out.append(item)
    for kind, given in follow_ups.items():  # values whose type has no date column (reported by column too)
        for name, text in given if kind in EVENT_TYPES else ():
            problems.append(f"line {line}, {EVENT_PREFIX}{kind}.{name}: has {text!r} but there is no {EVENT_PREFIX}{kind} column with its date")
    return out


def convert(rows: list[dict[str, str]], columns: list[str] | None = None, lines: list[int] | None = None) -> tuple[list[dict], list[str]]:
    """The cases the rows make, in the order of their first row, and the problems found (``line N, column: …``).

    ``columns`` is the header (by default the first row's keys); ``lines`` the line of each row
    (by default 2, 3, …: line 1 is the header)."""
    columns = list(rows[0]) if columns is None and rows else list(columns or [])
    problems = _header_problems(columns, rows)
    cases: dict[str, dict] = {}
    for line, row in zip(lines or range(2, len(rows) + 2), rows):
        reference = (row.get(REFERENCE.name) or "").strip()
        case = cases.setdefault(reference or f"line {line}", {"version": CASE_VERSION, REFERENCE.name: reference or None, "years": []})
        year: dict = {}
        for column, cell in row.items():
            text = (cell or "").strip()
            field = _field(column)
            if not text or field is None:
                continue  # the reference, the event columns (below), and columns reported above
            top, _, tail = column.partition(".")
            owner = case if top in PERSON else year
            target, key = (owner.setdefault(top, {}), tail) if tail else (owner, top)
            value = _value(field.kind, text)
            if owner is case and key in target and target[key] != value:
                problems.append(f"line {line}, {column}: {text!r} differs from this client's earlier rows; it is about the person, so it must be the same for every year")
            target[key] = value
        events = _events(row, line, problems)
        if events:
            year["events"] = events
        case["years"].append(year)
    return [{k: v for k, v in case.items() if v is not None} for case in cases.values()], problems


def read(handle) -> tuple[list[str], list[dict[str, str]], list[int], list[str]]:
    """The header, the rows (as ``{column: cell}``), the line each row ends on, and what a row of that
    form cannot hold: a column name given twice, values beyond the header's last column.  Unnamed
    columns that are empty on every row (a trailing comma) and blank lines are left out."""
    reader = csv.reader(handle)
    header = next(reader, [])
    records = [(reader.line_num, cells) for cells in reader if any(cell.strip() for cell in cells)]
    keep = [i for i, name in enumerate(header) if name.strip() or any(i < len(cells) and cells[i].strip() for _, cells in records)]
    problems = []
    for n, i in enumerate(keep):
        first = next(j for j in keep[: n + 1] if header[j] == header[i])
        if first != i:
            problems.append(f"column {header[i] or i + 1}: is in the header twice (columns {first + 1} and {i + 1}); keep one, so neither's values are lost")
    rows, lines = [], []
    for line, cells in records:
        extra = [cell for cell in cells[len(header) :] if cell.strip()]
        if extra:
            problems.append(f"line {line}: {len(extra)} {'value' if len(extra) == 1 else 'values'} beyond the header's {len(header)} columns ({', '.join(repr(c) for c in extra[:3])}); give each a column")
        rows.append({header[i]: cells[i] if i < len(cells) else "" for i in keep})
        lines.append(line)
    return [header[i] for i in keep], rows, lines, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Intake CSV (one row per client and tax year) to cases in JSON Lines, for batch.")
    parser.add_argument("input", help="the CSV export, UTF-8, with a header row")
    parser.add_argument("output", help="the JSON Lines file to write, one case per line")
    args = parser.parse_args(argv)
    try:
        with open(args.input, encoding="utf-8-sig", newline="") as handle:
            columns, rows, lines, problems = read(handle)
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        reason = "it is not UTF-8 text; save it as UTF-8" if isinstance(err, UnicodeDecodeError) else str(err)
        sys.stderr.write(f"{args.input}: cannot be read ({reason}). Nothing was written.\n")
        return 2
    cases, more = convert(rows, columns, lines)
    problems += more
    if problems:
        sys.stderr.write("".join(p + "\n" for p in problems) + "Nothing was written.\n")
        return 2
    with open(args.output, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    sys.stderr.write(f"{len(cases)} cases, {len(rows)} years\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

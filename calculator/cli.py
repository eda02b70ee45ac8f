"""The command line: ``python -m calculator assess|batch|schema|questions``.

- ``assess [FILE]``: facts (version 1 or 2) from FILE, or from stdin with ``-`` or no argument; prints the
  assessment as JSON and exits 0.  Invalid input exits 2 with one ``path: message`` line per
  problem on stderr, and no traceback.
- ``batch IN.jsonl [OUT.jsonl] [--csv SUMMARY.csv]``: one facts object per line in (version 1
  or 2, mixed), one ``{"ok": ...}`` result per line out (like :func:`calculator.check`), so one
  bad line never stops the batch; a count goes to stderr.  ``--csv`` also writes one row per
  case and tax year (:mod:`calculator.summary`).
- ``schema [--version 1|2]``: prints the JSON Schema of the facts format, version 2 (a case
  with one or more tax years) unless asked for version 1.
- ``questions``: prints the checker's questions.

This module and the page are the only places that read the clock: a missing ``as_of`` is
filled with today's date here, never inside the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO

from .assess import assess, check
from .facts import FactsError

EXIT_OK, EXIT_INVALID = 0, 2


def _today() -> date:
    return date.today()


def with_today(raw: Any, today: date) -> Any:
    """Fill in ``as_of`` with ``today`` when the facts are an object without it."""
    if isinstance(raw, dict) and raw.get("as_of") is None:
        return {**raw, "as_of": today.isoformat()}
    return raw


def _read_json(text: str) -> tuple[Any, str | None]:
    try:
        return json.loads(text), None
    except json.JSONDecodeError as err:
        return None, f"input: not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})"
    except RecursionError:
        return None, "input: JSON nested too deeply"
    except ValueError:  # a number too long to convert (Python's integer string limit)
        return None, "input: a number in the JSON is far too long to be an amount, a count or a year"


def _dump(value: Any, out: TextIO, indent: int | None = 2) -> None:
    out.write(json.dumps(value, indent=indent, ensure_ascii=False))
    out.write("\n")


def cmd_assess(path: str | None, stdout: TextIO, stderr: TextIO) -> int:
    try:
        if path in (None, "-"):
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as err:
        stderr.write(f"{path}: cannot read the file ({err.strerror})\n")
        return EXIT_INVALID
    except UnicodeDecodeError:
        stderr.write(f"{path}: is not UTF-8 text\n")
        return EXIT_INVALID
    raw, problem = _read_json(text)
    if problem:
        stderr.write(problem + "\n")
        return EXIT_INVALID
    try:
        result = assess(with_today(raw, _today()))
    except FactsError as err:
        for field, message in err.problems:
            stderr.write(f"{field or 'facts'}: {message}\n")
        return EXIT_INVALID
    _dump(result, stdout)
    return EXIT_OK


def _summary(path: str, others: tuple[str | None, ...], stderr: TextIO) -> tuple[Any, Any] | None:
    """The CSV summary file (``batch --csv``) and its writer, or None after saying why it cannot be written."""
    import csv
    import os

    from .summary import COLUMNS

    if any(other not in (None, "-") and os.path.abspath(other) == os.path.abspath(path) for other in others):
        stderr.write(f"{path}: the CSV summary must be a file of its own, not the input or the output\n")
        return None
    try:
        handle = open(path, "w", encoding="utf-8", newline="")
    except OSError as err:
        stderr.write(f"{path}: cannot write the file ({err.strerror})\n")
        return None
    writer = csv.DictWriter(handle, COLUMNS)
    writer.writeheader()
    return handle, writer


def cmd_batch(in_path: str, out_path: str | None, stdout: TextIO, stderr: TextIO, csv_path: str | None = None) -> int:
    try:
        source = open(in_path, encoding="utf-8") if in_path != "-" else sys.stdin
    except OSError as err:
        stderr.write(f"{in_path}: cannot read the file ({err.strerror})\n")
        return EXIT_INVALID
    target = stdout
    if out_path and out_path != "-":
        try:
            target = open(out_path, "w", encoding="utf-8")
        except OSError as err:
            stderr.write(f"{out_path}: cannot write the file ({err.strerror})\n")
            return EXIT_INVALID
    summary = _summary(csv_path, (in_path, out_path), stderr) if csv_path else None
    if csv_path and summary is None:
        for handle in (source, target):
            if handle not in (sys.stdin, stdout):
                handle.close()
        return EXIT_INVALID
    today = _today()
    counts = {"ok": 0, "invalid": 0}
    try:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            raw, problem = _read_json(line)
            if problem:
                result: dict[str, Any] = {"ok": False, "errors": [{"field": "input", "message": problem.removeprefix("input: ")}]}
            else:
                result = check(with_today(raw, today))
            counts["ok" if result["ok"] else "invalid"] += 1
            _dump({"line": number, **result}, target, indent=None)
            if summary:
                from .summary import rows

                summary[1].writerows(rows(number, None if problem else raw, result))
    finally:
        if summary:
            summary[0].close()
        if source is not sys.stdin:
            source.close()
        if target is not stdout:
            target.close()
    stderr.write(f"batch: {counts['ok'] + counts['invalid']} cases, {counts['ok']} assessed, {counts['invalid']} with errors\n")
    return EXIT_OK


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="python -m calculator", description="Jointly: screen a joint-return tax situation.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_assess = sub.add_parser("assess", help="assess one facts file (JSON) and print the result")
    p_assess.add_argument("file", nargs="?", help="facts file; '-' or nothing reads stdin")
    p_batch = sub.add_parser("batch", help="assess a JSON Lines file, one facts object per line")
    p_batch.add_argument("input", help="JSON Lines input ('-' for stdin)")
    p_batch.add_argument("output", nargs="?", help="JSON Lines output (default: stdout)")
    p_batch.add_argument("--csv", metavar="SUMMARY.csv", help="also write a CSV summary: one row per case and tax year")
    p_schema = sub.add_parser("schema", help="print the JSON Schema of the facts format (version 2, a case, unless --version 1)")
    p_schema.add_argument("--version", type=int, choices=(1, 2), default=2, help="2: a case with one or more tax years (default); 1: one tax year")
    sub.add_parser("questions", help="print the checker's questions as JSON")
    args = parser.parse_args(argv)
    if args.command == "assess":
        return cmd_assess(args.file, stdout, stderr)
    if args.command == "batch":
        return cmd_batch(args.input, args.output, stdout, stderr, args.csv)
    if args.command == "schema":
        from .schema import case_schema, facts_schema

        _dump(case_schema() if args.version == 2 else facts_schema(), stdout)
        return EXIT_OK
    from .questions import questions_document

    _dump(questions_document(), stdout)
    return EXIT_OK

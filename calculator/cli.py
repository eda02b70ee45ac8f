"""The command line: ``python -m calculator assess|batch|schema|questions``.

- ``assess [FILE]``: facts (version 1 or 2) from FILE, or from stdin with ``-`` or no argument;
  prints the assessment as JSON and exits 0.  Facts that cannot be right, or look like slips, are also
  printed to stderr as ``path: cannot be right: …`` / ``path: check this: …`` lines (the JSON
  has them under ``consistency``).  Invalid input exits 2 with one ``path: message`` line per
  problem on stderr (at most 50, then "and N more"), and no traceback.  Input is read as
  UTF-8, or UTF-8/16/32 with a byte-order mark, up to 1,000,000 bytes; a key given twice,
  ``NaN``, ``Infinity`` and numbers too large to hold are errors.
- ``batch IN.jsonl [OUT.jsonl] [--csv SUMMARY.csv]``: one facts object per line in (version 1
  or 2, mixed), and exactly one row out per line: ``{"line": N, "ok": true, "result": …}`` or ``{"line": N, "ok": false, "errors": …}``
  (a blank line, a line that is not UTF-8 or longer than 1,000,000 bytes is an error row), so
  one bad line never stops the batch; a summary of both counts goes to stderr.  OUT may not
  be IN itself (by any path or link): that is refused before anything is written.  ``--csv``
  also writes one row per case and tax year (:mod:`calculator.summary`).
- Exit codes: 0 done; 2 invalid input or files; 3 the output was closed early (``| head``).
  Output that the terminal cannot encode (an ASCII-only one) is written with JSON escapes.
- ``schema [--version 1|2]``: prints the JSON Schema of the facts format, version 2 (a case
  with one or more tax years) unless asked for version 1.
- ``questions``: prints the checker's questions.

This module and the page are the only places that read the clock: a missing ``as_of`` is
filled with today's date here, never inside the rules.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import Any, BinaryIO, Iterator, TextIO

from .assess import assess, check
from .facts import BOMS, MAX_INPUT, FactsError, read_json

EXIT_OK, EXIT_INVALID, EXIT_CLOSED = 0, 2, 3
#: Bytes read at a time while skipping the rest of an over-long batch line; a line with no end
#: after :data:`MAX_SKIP` bytes (such as ``/dev/zero``) stops the batch.
_CHUNK, MAX_SKIP = 1 << 16, 100 * MAX_INPUT


def _today() -> date:
    return date.today()


def with_today(raw: Any, today: date) -> Any:
    """Fill in ``as_of`` with ``today`` when the facts are an object without it."""
    if isinstance(raw, dict) and raw.get("as_of") is None:
        return {**raw, "as_of": today.isoformat()}
    return raw


def _dump(value: Any, out: TextIO, indent: int | None = 2) -> None:
    ascii_only = not _can_write(out, "§“”–…")
    out.write(json.dumps(value, indent=indent, ensure_ascii=ascii_only))
    out.write("\n")


def _can_write(out: TextIO, text: str) -> bool:
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _problem_lines(err: FactsError) -> str:
    return "".join(f"{field or 'facts'}: {message}\n" for field, message in err.problems)


def _read_limited(handle: BinaryIO) -> bytes:
    """At most one byte more than :data:`MAX_INPUT`, so endless input (``/dev/zero``) stops early."""
    return handle.read(MAX_INPUT + 1)


def cmd_assess(path: str | None, stdout: TextIO, stderr: TextIO) -> int:
    try:
        if path in (None, "-"):
            data = _read_limited(sys.stdin.buffer)
        else:
            with open(path, "rb") as handle:
                data = _read_limited(handle)
    except OSError as err:
        stderr.write(f"{path}: cannot read the file ({err.strerror})\n")
        return EXIT_INVALID
    try:
        if len(data) > MAX_INPUT:
            raise FactsError([("input", f"is larger than {MAX_INPUT:,} bytes; a facts document is far smaller")])
        result = assess(with_today(read_json(data), _today()))
    except FactsError as err:
        stderr.write(_problem_lines(err))
        return EXIT_INVALID
    _dump(result, stdout)
    for year in result.get("years") or [result]:  # a case (version 2) has one assessment per year
        stderr.write(_consistency_lines(year["consistency"], f"tax year {year['facts'].get('tax_year')}: " if "years" in result else ""))
    return EXIT_OK


def _consistency_lines(found: dict, where: str = "") -> str:
    """The consistency findings as ``path: message`` lines (they are also in the JSON)."""
    lines = [f"{where}{item['field']}: cannot be right: {item['message']}\n" for item in found["impossible"]]
    lines += [f"{where}{item['field']}: check this: {item['message']}\n" for item in found["unlikely"]]
    if found["held"]:
        lines.append(f"{where}held back until that is fixed: " + "; ".join(h["title"] for h in found["held"]) + "\n")
    return "".join(lines)


def _summary(path: str, others: tuple[str | None, ...], stderr: TextIO) -> tuple[Any, Any] | None:
    """The CSV summary file (``batch --csv``) and its writer, or None after saying why it cannot be written."""
    import csv

    from .summary import COLUMNS

    if any(other not in (None, "-") and (_same_file(other, path) or os.path.abspath(other) == os.path.abspath(path)) for other in others):
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


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (also through another path, a symbolic or a hard link)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # the output does not exist yet
        return False


def _lines(source: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``source`` as bytes; None for a line longer than :data:`MAX_INPUT` (its
    bytes are skipped).  Stops with OSError after :data:`MAX_SKIP` bytes with no line end."""
    while True:
        line = source.readline(MAX_INPUT + 1)
        if not line:
            return
        if len(line) <= MAX_INPUT or line.endswith(b"\n"):
            yield line
            continue
        skipped = len(line)
        while not line.endswith(b"\n"):
            line = source.readline(_CHUNK)
            if not line:
                break
            skipped += len(line)
            if skipped > MAX_SKIP:
                yield None
                raise _Endless()
        yield None


class _Endless(Exception):
    """A batch line with no end in sight."""


def _row(number: int, line: bytes | None, today: date) -> tuple[dict[str, Any], Any]:
    """The output row for one input line, and the facts read from it (None when unreadable)."""

    def error(message: str, field: str = "input") -> tuple[dict[str, Any], None]:
        return {"line": number, "ok": False, "errors": [{"field": field, "message": message}]}, None

    if line is None:
        return error(f"the line is longer than {MAX_INPUT:,} bytes; a facts document is far smaller")
    if not line.strip():
        return error("the line is blank: no facts on it")
    try:
        raw = read_json(line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line)
    except FactsError as err:
        return {"line": number, "ok": False, "errors": err.as_list()}, None
    return {"line": number, **check(with_today(raw, today))}, raw


def cmd_batch(in_path: str, out_path: str | None, stdout: TextIO, stderr: TextIO, csv_path: str | None = None) -> int:
    writes_file = bool(out_path and out_path != "-")
    if writes_file and in_path != "-" and _same_file(in_path, out_path):
        stderr.write(f"{out_path}: is the input file itself; writing to it would erase the input. Give another output file.\n")
        return EXIT_INVALID
    try:
        source = open(in_path, "rb") if in_path != "-" else sys.stdin.buffer
    except OSError as err:
        stderr.write(f"{in_path}: cannot read the file ({err.strerror})\n")
        return EXIT_INVALID
    head = source.peek(4)[:4] if hasattr(source, "peek") else b""
    for bom, _, name in BOMS:
        if name != "UTF-8" and head.startswith(bom):
            stderr.write(f"{in_path}: is {name} text; save it as UTF-8 (JSON Lines are UTF-8)\n")
            return EXIT_INVALID
    target = stdout
    if writes_file:
        try:
            target = open(out_path, "w", encoding="utf-8")
        except OSError as err:
            if source is not sys.stdin.buffer:
                source.close()
            stderr.write(f"{out_path}: cannot write the file ({err.strerror})\n")
            return EXIT_INVALID
    summary = _summary(csv_path, (in_path, out_path), stderr) if csv_path else None
    if csv_path and summary is None:
        for handle in (source, target):
            if handle not in (sys.stdin.buffer, stdout):
                handle.close()
        return EXIT_INVALID
    today = _today()
    counts = {"ok": 0, "invalid": 0}
    stopped = None
    try:
        try:
            for number, line in enumerate(_lines(source), start=1):
                result, raw = _row(number, line, today)
                counts["ok" if result["ok"] else "invalid"] += 1
                _dump(result, target, indent=None)
                if summary:
                    from .summary import rows

                    summary[1].writerows(rows(number, raw, {k: v for k, v in result.items() if k != "line"}))
        except _Endless:
            stopped = f"line {counts['ok'] + counts['invalid']} has no end after {MAX_SKIP:,} bytes; stopped there"
        except OSError as err:
            stopped = f"{in_path}: cannot read the file ({err.strerror}); stopped after line {counts['ok'] + counts['invalid']}"
    finally:
        if summary:
            summary[0].close()
        if source is not sys.stdin.buffer:
            source.close()
        if target is not stdout:
            target.close()
    total = counts["ok"] + counts["invalid"]
    stderr.write(f"batch: {total} {'case' if total == 1 else 'cases'}, {counts['ok']} assessed, {counts['invalid']} with errors\n")
    if stopped:
        stderr.write(f"batch: {stopped}\n")
        return EXIT_INVALID
    return EXIT_OK


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one command; its exit code: 0, 2 for invalid input, 3 when the output was closed early."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if hasattr(stderr, "reconfigure"):  # messages quote the user's text; a terminal that cannot show a character gets an escape
        stderr.reconfigure(errors="backslashreplace")
    try:
        return _run(argv, stdout, stderr)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        stderr.write("stopped: the output was closed before everything was written (for example by head)\n")
        return EXIT_CLOSED


def _run(argv: list[str] | None, stdout: TextIO, stderr: TextIO) -> int:
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

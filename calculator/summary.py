"""The batch run's CSV summary for a firm: one row per case and tax year.

Columns (:data:`COLUMNS`): the input line, the case's ``reference``, the tax year, the
verdict of each relief path (one column per path, by its id), the nearest deadline of that
year not yet passed and what it is for, the numbers of the forms the plan lists for that
year, and, for a line that could not be assessed, its problems.  A version-1 line is a case
with one year and no reference.

Text a person typed (a reference, a problem quoting a value) that a spreadsheet would read
as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is
prefixed with an apostrophe, as the OWASP advice on CSV injection recommends.
"""

from __future__ import annotations

from .case_plan import deadlines
from .relief import PATHS

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

COLUMNS = ("line", "reference", "tax_year", *(path.ID for path in PATHS), "next_deadline", "next_deadline_for", "forms", "errors")


def _text(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rows(line: int, raw: Any, outcome: dict[str, Any]) -> list[dict[str, Any]]:
    """The summary rows of one batch line: ``raw`` as read (or None), ``outcome`` as :func:`calculator.check` gives it."""
    if outcome["ok"]:
        reference = outcome["result"].get("reference")
    else:
        reference = raw.get("reference") if isinstance(raw, dict) and isinstance(raw.get("reference"), str) else None
    base = {"line": line, "reference": _text(reference)}
    if not outcome["ok"]:
        problems = "; ".join(f"{e['field'] or 'facts'}: {e['message']}" for e in outcome["errors"])
        return [{**dict.fromkeys(COLUMNS, ""), **base, "errors": _text(problems)}]
    result = outcome["result"]
    out = []
    for year in result.get("years") or [result]:
        soon = next((d for d in deadlines([year], result["as_of"]) if d["status"] == "open"), None)
        out.append(
            {
                **dict.fromkeys(COLUMNS, ""),
                **base,
                "tax_year": year["facts"].get("tax_year") or "",
                **{r["id"]: r["verdict"] for r in year["relief"]},
                "next_deadline": soon["due"] if soon else "",
                "next_deadline_for": _text(soon["title"]) if soon else "",
                "forms": " ".join(form["number"] for form in year["plan"]["forms"]),
            }
        )
    return out

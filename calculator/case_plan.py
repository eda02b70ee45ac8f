"""The plan of a case with several tax years, built from the one-year results.

It decides nothing the yearly results have not: it gathers them.

- ``forms``: each form of the yearly plans, with the tax years it covers.  A form whose number
  the rule ``forms-one-for-several-years`` lists (Form 8857 asks for relief for several years
  at once) is one entry for all its years; every other form is one entry per year (one
  Form 8379 per joint return).
- ``deadlines``: every deadline of every year in one list, sorted by date, each naming its
  tax year: the general deadlines and the deadline of each relief path still worth filing for.
- ``evidence`` and ``next_steps``: merged without duplicates, each naming the years it comes from.

Pure functions of JSON-shaped results: no I/O, no clock.
"""

from __future__ import annotations

from datetime import date

from .law import rule
from .plan import FILE_VERDICTS

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

SEVERAL_YEARS = "forms-one-for-several-years"


def _tax_year(result: dict[str, Any]) -> int | None:
    return result["facts"].get("tax_year")


def _forms(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged = set(rule(SEVERAL_YEARS).value)
    groups: dict[tuple, list[tuple[int | None, dict[str, Any]]]] = {}
    order: list[str] = []  # the forms in an order that keeps the order of every yearly plan
    for index, result in enumerate(results):
        year = _tax_year(result)
        at = -1
        for form in result["plan"]["forms"]:
            key = (form["rule"],) if form["number"] in merged else (form["rule"], index)  # a year's tax year may be unknown
            groups.setdefault(key, []).append((year, form))
            if form["rule"] in order:
                at = order.index(form["rule"])
            else:
                at += 1
                order.insert(at, form["rule"])
    place = {rule_id: i for i, rule_id in enumerate(order)}
    out = []
    for _, entries in sorted(groups.items(), key=lambda item: place[item[0][0]]):  # stable: years keep their order
        # The earliest due date, and the earliest known tax year with it (a year whose tax year is unknown comes last).
        dues = [(form["due"], year is None, year or 0, year) for year, form in entries if form.get("due")]
        first_due, _, _, due_year = min(dues) if dues else (None, None, None, None)
        base = next((form for year, form in entries if form.get("due") == first_due), entries[0][1])
        out.append(
            {
                **base,
                "years": [year for year, _ in entries],
                "due": first_due,
                "due_year": due_year,
                "by_year": [
                    {"tax_year": year, "why": form["why"], "due": form.get("due"), "due_label": form.get("due_label")}
                    for year, form in entries
                ],
            }
        )
    return out


def deadlines(results: list[dict[str, Any]], as_of: str) -> list[dict[str, Any]]:
    """Every deadline of every year, earliest first, each naming its tax year (and ``kind``:
    a general ``deadline``, or the last day to ask for a ``relief`` path still worth filing for)."""
    today = date.fromisoformat(as_of)
    out = []
    for result in results:
        year = _tax_year(result)
        for d in result["deadlines"]:
            out.append({"tax_year": year, "kind": "deadline", "id": d["id"], "title": d["title"], "due": d["due"],
                        "status": d["status"], "days_left": d["days_left"], "can_extend": d["can_extend"]})  # fmt: skip
        for r in result["relief"]:
            if r["deadline"] and r["verdict"] in FILE_VERDICTS:
                days_left = (date.fromisoformat(r["deadline"]) - today).days
                out.append({"tax_year": year, "kind": "relief", "id": r["id"], "title": r["title"], "due": r["deadline"],
                            "status": "open" if days_left >= 0 else "passed", "days_left": days_left,
                            "verdict": r["verdict"]})  # fmt: skip
    out.sort(key=lambda d: (d["due"], d["tax_year"] or 0, d["kind"], d["id"]))
    return out


def _merge(results: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for result in results:
        year = _tax_year(result)
        for item in result["plan"][key]:
            found = seen.get((item["text"], item["rule"]))
            if found is None:
                seen[item["text"], item["rule"]] = {**item, "years": [year]}
            else:
                found["years"].append(year)
    return list(seen.values())


def case_plan(results: list[dict[str, Any]], as_of: str) -> dict[str, Any]:
    """The plan across the years: ``forms``, ``deadlines``, ``evidence`` and ``next_steps``."""
    return {
        "forms": _forms(results),
        "deadlines": deadlines(results, as_of),
        "evidence": _merge(results, "evidence"),
        "next_steps": _merge(results, "next_steps"),
    }

"""The one entry point: facts in, the whole assessment out, as JSON-shaped data.

``assess`` validates the facts, screens all five relief paths every time,
computes the general deadlines, screens the collection alternatives and builds
the plan.  ``check`` wraps it for the browser worker and batch runs: it never
raises on JSON-shaped input and returns ``{"ok": true, "result": …}`` or
``{"ok": false, "errors": [{"field", "message"}]}``.

No clock is read here: ``as_of`` is a required input to ``assess``; the edges
(the command line and the page) fill in today's date.
"""

from __future__ import annotations

from . import case as case_mod
from . import consistency
from . import facts as facts_mod
from .collection import screen_alternatives
from .facts import FORMAT_VERSION, FactsError
from .law import CURRENT_AS_OF
from .forms import sheets
from .forms import form_8857
from .plan import make_plan
from .rule_status import rules_cited, stale, unconfirmed

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

DISCLAIMER = (
    "This is a screening, not legal or tax advice. It applies published rules to the facts you gave; "
    "the IRS (and, on review, the Tax Court) decides whether relief is granted. Check the deadlines "
    "against your own letters, and get help from a Low Income Taxpayer Clinic, an attorney, a CPA or an "
    "enrolled agent if you can."
)


def _screen_all(facts: Any, as_of: Any) -> tuple:
    from .relief import screen_all

    return screen_all(facts, as_of)


def _general_deadlines(facts: Any, as_of: Any) -> tuple:
    from .deadlines import general_deadlines

    return general_deadlines(facts, as_of)


def _work_out(facts: Any, as_of: Any) -> dict[str, Any]:
    """The screens and the deadlines for one set of facts, as JSON-shaped data."""
    relief = tuple(_screen_all(facts, as_of))
    deadlines = sorted(_general_deadlines(facts, as_of), key=lambda d: (d.due, d.id))
    return {"relief": [r.as_dict() for r in relief], "deadlines": [d.as_dict(as_of) for d in deadlines], "objects": (relief, deadlines)}


def _guarded(facts: Any, as_of: Any) -> dict[str, Any] | None:
    """:func:`_work_out` on facts holding an impossible value, which may carry the clocks past
    the calendar's end (year 9999): then None, and everything is held back."""
    try:
        return _work_out(facts, as_of)
    except (OverflowError, ValueError):
        return None


def assess(raw: dict, *, year: Any = None) -> dict[str, Any]:
    """Assess one situation.  Raises :class:`~calculator.facts.FactsError` on invalid facts,
    including a missing ``as_of`` (the date of the check, which only the edges may default).

    Facts that cannot be true (:mod:`calculator.consistency`) are listed under
    ``consistency.impossible``, and every verdict, deadline and form date that depends on one
    is held back (``consistency.held``); unlikely facts are listed under
    ``consistency.unlikely`` and the check runs as usual.

    A version-2 document (a case with several tax years) gets :func:`assess_case`'s result
    (``year``, if given, is what it calls for each year's document instead of
    ``assess_year(document, in_case=True)``: a caller may pass one that keeps results, which must
    return exactly what that call returns)."""
    if case_mod.is_case(raw):
        return assess_case(raw, year)
    return assess_year(raw)[0]


def assess_year(raw: Any, *, in_case: bool = False) -> tuple[dict[str, Any], Any]:
    """A version-1 document's assessment, and the parsed facts it rests on
    (:class:`~calculator.facts.Facts`, less any fact that cannot be true), which a case's Form 8857
    sheet reads again.  A year of a case (``in_case``) builds no Form 8857 sheet of its own: one
    Form 8857 covers every year, and the case's sheet has a column per year."""
    facts = facts_mod.parse(raw)
    if facts.as_of is None:
        raise FactsError([("as_of", "is required: the date of the check, as YYYY-MM-DD (the command line and the page fill in today's date)")])
    as_of = facts.as_of
    found = consistency.findings(raw, facts)
    impossible = [f for f in found if f["kind"] == consistency.IMPOSSIBLE]
    if not impossible:
        worked = _work_out(facts, as_of)
        basis, relief, deadlines, held = facts, worked["relief"], worked["deadlines"], []
        relief_objects, deadline_objects = worked["objects"]
    else:
        given = _guarded(facts, as_of)
        cleaned = consistency.without(raw, impossible)
        basis = facts_mod.parse(cleaned) if cleaned is not None else facts
        clean = _work_out(basis, as_of) if cleaned is not None else None
        kept = consistency.withhold(raw, impossible, given, clean, lambda: _work_out(facts_mod.parse({}), CURRENT_AS_OF))
        relief, deadlines, held = kept["relief"], kept["deadlines"], kept["held"]
        relief_objects, deadline_objects = relief, deadlines
    plan = make_plan(basis, as_of, relief_objects, deadline_objects)
    if impossible:
        given_plan = make_plan(facts, as_of, given["relief"], given["deadlines"]) if given else {"forms": []}
        given_due = {f["number"]: f["due"] for f in given_plan["forms"]}
        for form in plan["forms"]:
            if form["due"] and given_due.get(form["number"]) != form["due"]:
                form["due"], form["due_label"] = None, None
                held.append({"kind": "form", "id": form["number"], "title": f"Form {form['number']}: the date to send it"})
    out = {
        "format_version": FORMAT_VERSION,
        "as_of": as_of.isoformat(),
        "rules_current_as_of": CURRENT_AS_OF.isoformat(),
        "facts": facts_mod.dump(facts),
        "consistency": {
            "impossible": [_plain(f) for f in impossible],
            "unlikely": [_plain(f) for f in found if f["kind"] == consistency.UNLIKELY],
            "held": held,
        },
        "relief": relief,
        "deadlines": deadlines,
        "collection_alternatives": screen_alternatives(basis, as_of, relief_objects),
        "plan": plan,
        "sheets": sheets(basis, relief_objects, plan, in_case=in_case),
    }
    rules = rules_cited(out)
    out["stale"] = stale(rules, as_of)
    out["unconfirmed"] = unconfirmed(rules)
    out["disclaimer"] = DISCLAIMER
    return out, basis


def _plain(finding: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in finding.items() if k != "kind"}


def assess_case(raw: dict, year: Any = None) -> dict[str, Any]:
    """Assess a case (facts format version 2): each year as :func:`assess` assesses its version-1
    document, less that year's Form 8857 sheet, then one plan across the years
    (:mod:`calculator.case_plan`) and one Form 8857 sheet for the years whose plan asks for the
    form.  Problems are named by their place in the case, each once.  ``year`` is as for
    :func:`assess`."""
    from .case_plan import case_plan

    case = case_mod.split(raw)
    problems = list(case.problems)
    years, asking = [], []  # asking: (facts, relief) of each year whose plan asks for Form 8857
    for one in case.years:
        try:
            result, facts = year(one.document) if year else assess_year(one.document, in_case=True)
        except FactsError as err:
            problems += [(one.where(path), message) for path, message in err.problems]
        else:
            years.append(result)
            if form_8857.in_plan(result["plan"]):
                asking.append((facts, result["relief"]))
    if problems:
        raise FactsError(list(dict.fromkeys(problems)))
    as_of = years[0]["as_of"]
    plan = case_plan(years, as_of)
    return {
        "format_version": case.version,
        "as_of": as_of,
        "rules_current_as_of": CURRENT_AS_OF.isoformat(),
        "reference": case.reference,
        "plan": plan,
        # One Form 8857 for every year: its answer sheet has a column per year (each year keeps its own Form 8379 sheet).
        "sheets": {"8857": form_8857.sheet(asking, plan)},
        "years": years,
        "disclaimer": DISCLAIMER,
    }


def check(raw: Any, *, year: Any = None) -> dict[str, Any]:
    """JSON in, JSON out, never raising: the wrapper the browser worker and batch runs call
    (``year`` as for :func:`assess`)."""
    try:
        return {"ok": True, "result": assess(raw, year=year)}
    except FactsError as err:
        return {"ok": False, "errors": err.as_list()}
    except RecursionError:
        return {"ok": False, "errors": [{"field": "facts", "message": "is nested too deeply to read"}]}
    except Exception as err:  # a defect in the rules: report it as data, never crash the caller
        import traceback  # only on this error path: traceback costs start-up time

        return {
            "ok": False,
            "errors": [{"field": "", "message": f"internal error ({type(err).__name__}): please report this case"}],
            "internal": traceback.format_exception_only(type(err), err)[-1].strip(),
        }

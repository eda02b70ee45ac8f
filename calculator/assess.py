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

from . import facts as facts_mod
from .collection import screen_alternatives
from .facts import FORMAT_VERSION, FactsError
from .law import CURRENT_AS_OF
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


def assess(raw: dict) -> dict[str, Any]:
    """Assess one situation.  Raises :class:`~calculator.facts.FactsError` on invalid facts,
    including a missing ``as_of`` (the date of the check, which only the edges may default)."""
    facts = facts_mod.parse(raw)
    if facts.as_of is None:
        raise FactsError([("as_of", "is required: the date of the check, as YYYY-MM-DD (the command line and the page fill in today's date)")])
    as_of = facts.as_of
    relief = tuple(_screen_all(facts, as_of))
    deadlines = sorted(_general_deadlines(facts, as_of), key=lambda d: (d.due, d.id))
    out = {
        "format_version": FORMAT_VERSION,
        "as_of": as_of.isoformat(),
        "rules_current_as_of": CURRENT_AS_OF.isoformat(),
        "facts": facts_mod.dump(facts),
        "relief": [r.as_dict() for r in relief],
        "deadlines": [d.as_dict(as_of) for d in deadlines],
        "collection_alternatives": screen_alternatives(facts, as_of, relief),
        "plan": make_plan(facts, as_of, relief, deadlines),
    }
    rules = rules_cited(out)
    out["stale"] = stale(rules, as_of)
    out["unconfirmed"] = unconfirmed(rules)
    out["disclaimer"] = DISCLAIMER
    return out


def check(raw: Any) -> dict[str, Any]:
    """JSON in, JSON out, never raising: the wrapper the browser worker and batch runs call."""
    try:
        return {"ok": True, "result": assess(raw)}
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

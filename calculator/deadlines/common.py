"""What the deadline modules share: the words for events, § 7503 on a last day, and the choice among rights.

Day counting: "N days after" a date D ends on D + N (the day of the notice is
not counted, the last day is).  A suspension of the collection period that
starts on day S and whose suspended time runs up to day E adds E - S days.
"""

from __future__ import annotations

from datetime import date

from ..dates import explain_roll, next_business_day
from ..facts import Facts
from ..law import rule
from ..results import Reason, Window

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

_WORDS = {
    "levy_notice": "notice of intent to levy",
    "lien_notice": "lien notice",
    "my_refund_offset": "offset of your own refund",
    "collection_suit": "collection suit",
    "court_claim": "claim filed by the United States in a court case",
    "bill": "bill (demand for payment)",
    "deficiency_notice": "notice of deficiency",
    "lien_filed": "filing of a Notice of Federal Tax Lien",
    "joint_refund_offset": "offset of a joint refund",
    "bankruptcy": "bankruptcy case",
    "offer_pending": "pending offer in compromise",
    "installment_request": "pending installment agreement request",
    "cdp_hearing": "collection due process hearing",
    "outside_us": "time living outside the United States",
}

def _per_facts(window):
    """Keep ``window(facts)`` on the facts object: the relief paths and the general list ask
    for the same window several times per check.  Facts objects are immutable and a Window is
    too, so the kept answer is the one a new call would give.  Other objects (test stand-ins
    that may change between calls) are never cached."""

    def cached(facts: Any) -> Window:
        if type(facts) is not Facts:
            return window(facts)
        try:
            kept = facts._windows
        except AttributeError:
            kept = {}
            object.__setattr__(facts, "_windows", kept)
        found = kept.get(window)
        if found is None:
            found = kept[window] = window(facts)
        return found

    cached.__name__, cached.__qualname__, cached.__doc__ = window.__name__, window.__qualname__, window.__doc__
    cached.__wrapped__ = window
    return cached

def _d(day: date) -> str:
    return day.isoformat()

def _roll(last_day: date) -> tuple[date, list[Reason]]:
    """IRC § 7503 applied to the last day of a period, with the reason when the day moves."""
    text = explain_roll(last_day)
    return next_business_day(last_day), ([Reason.of(text, "irc-7503")] if text else [])

def _value(rule_id: str) -> Any:
    return rule(rule_id).value

def _candidate(last_day: date, reasons: list[Reason]) -> tuple[date, list[Reason]]:
    due, roll = _roll(last_day)
    return due, reasons + roll

def _pick(
    candidates: list[tuple[date, list[Reason], str]], as_of: date
) -> tuple[date, list[Reason]]:
    """Among separate rights, show the earliest one still open; if all have passed, the latest."""
    ordered = sorted(candidates, key=lambda c: c[0])
    open_ = [c for c in ordered if c[0] >= as_of]
    chosen = open_[0] if open_ else ordered[-1]
    reasons = list(chosen[1])
    for other in ordered:
        if other is not chosen:
            state = "still open" if other[0] >= as_of else "passed"
            reasons.append(
                Reason.of(
                    f"Separately, the deadline for the {other[2]} is {_d(other[0])} ({state}).",
                    other[1][0].rule.id,
                )
            )
    return chosen[0], reasons


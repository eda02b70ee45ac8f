"""What the deadline modules share: the words for events, the day a notice's period starts, § 7503 on a
last day, and the choice among rights.

Day counting: "N days after" a date D ends on D + N (the day of the notice is
not counted, the last day is).  A suspension of the collection period that
starts on day S and whose suspended time runs up to day E adds E - S days.
"""

from __future__ import annotations

from datetime import date

from ..dates import calendar_disagreement, explain_roll, next_business_day
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
    "cdp_determination": "notice of determination after the collection due process hearing",
    "cdp_petition": "Tax Court petition about the collection due process determination",
}

#: The acts a postponement moves: those Treas. Reg. § 301.7508A-1(c)(1)(iv)-(v) names.  For any
#: other act, whether a postponement covers it is unsettled, and the earlier date is kept.
POSTPONED_ACTS = ("tax_court", "refund_claim")

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
    """IRC § 7503 applied to the last day of a period, with the reason when the day moves, and a
    reason when the day it lands on is one that D.C. law and the IRS's calendar disagree about."""
    text = explain_roll(last_day)
    due = next_business_day(last_day)
    reasons = [Reason.of(text, "irc-7503")] if text else []
    disagreement = calendar_disagreement(due)
    if disagreement:
        reasons.append(Reason.of(disagreement, "irs-holiday-calendar"))
    return due, reasons


def _postponements(facts: Any) -> list[tuple[date, date, date, str, tuple[str, ...], str]]:
    """Each postponement that could move a last day: (first day covered, end before, new date, rule,
    acts moved, words).  The nationwide COVID-19 notices, then those the user recorded for their area."""
    out = []
    for rid in ("notice-2020-23", "notice-2021-21"):
        table = _value(rid)
        words = f"{rule(rid).cite.title} (deadlines from {_d(table['from'])} until {_d(table['before'])})"
        out.append((table["from"], table["before"], table["to"], rid, table["acts"], words))
    for event in facts.events_of("disaster_postponement"):
        if event.end is not None and event.end > event.date:
            words = f"the disaster postponement you entered (deadlines from {_d(event.date)} until {_d(event.end)})"
            out.append((event.date, event.end, event.end, "irc-7508a-postponement", POSTPONED_ACTS, words))
    return out


def _due(facts: Any, last_day: date, act: str) -> tuple[date, list[Reason]]:
    """The last day of a period for ``act``, moved by any postponement that covers the act (IRC § 7508A),
    then by IRC § 7503.  Where a postponement's period includes the last day but it is unsettled whether
    it covers the act, the earlier date is kept and a reason says why."""
    reasons: list[Reason] = []
    for first, before, to, rid, acts, words in _postponements(facts):
        if not first <= last_day < before:
            continue
        if act in acts:
            reasons.append(
                Reason.of(
                    f"The period ends on {_d(last_day)}, a date covered by {words}, which postponed this deadline to {_d(to)}.",
                    rid,
                )
            )
            last_day = to
        elif rid != "notice-2021-21":  # that notice moved only returns, payments and refund claims
            reasons.append(
                Reason.of(
                    f"The period ends on {_d(last_day)}, a date covered by {words}, which postponed deadlines to {_d(to)}. "
                    "It is not settled that a postponement covers this act, so the earlier date is kept.",
                    "irc-7508a-postponement",
                )
            )
    due, roll = _roll(last_day)
    return due, reasons + roll

def _value(rule_id: str) -> Any:
    return rule(rule_id).value

def _candidate(facts: Any, last_day: date, reasons: list[Reason], act: str) -> tuple[date, list[Reason]]:
    due, more = _due(facts, last_day, act)
    return due, reasons + more

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


def notice_date(notice: Any, period_rule: str) -> tuple[date, list[Reason]]:
    """The day a period counted from a notice's date starts: the printed date, or the mailing date if
    that was earlier.  A notice mailed after its printed date may give a later deadline; that reading
    was not confirmed, so the earlier date is kept and a reason says so."""
    if notice.mailed is None or notice.mailed == notice.date:
        return notice.date, []
    if notice.mailed < notice.date:
        return notice.mailed, [
            Reason.of(
                f"The notice dated {_d(notice.date)} was mailed earlier, on {_d(notice.mailed)}; the period is "
                "counted from the mailing, the earlier date.",
                period_rule,
            )
        ]
    return notice.date, [
        Reason.of(
            f"The notice dated {_d(notice.date)} was mailed later, on {_d(notice.mailed)}. The period may then run "
            "from the mailing, but that was not confirmed, so it is counted from the printed date, the earlier.",
            period_rule,
        )
    ]

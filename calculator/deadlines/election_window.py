"""The § 6015(b)/(c) election window: two years from the first collection activity.

IRC § 6015(b)(1)(E) and (c)(3)(B); Treas. Reg. § 1.6015-5(b).
"""

from __future__ import annotations

from ..dates import add_days, add_years
from ..law import rule
from ..results import Reason, Window
from .common import _WORDS, _d, _due, _per_facts, _value

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Only what Treas. Reg. § 1.6015-5(b)(2) counts, and only after July 22, 1998.
COLLECTION_ACTIVITY = ("levy_notice", "my_refund_offset", "collection_suit", "court_claim")
assert COLLECTION_ACTIVITY == tuple(rule("reg-1.6015-5-collection-activity").value)

#: Events that are never collection activity (Treas. Reg. § 1.6015-5(b)(2)(i)).
NOT_COLLECTION_ACTIVITY = tuple(rule("reg-1.6015-5-not-collection-activity").value)

#: Events that may be collection activity, counted to be safe (see ``bc_election_window``).
POSSIBLE_COLLECTION_ACTIVITY = ("joint_refund_offset",)


def _joint_offset_may_count(facts: Any) -> bool:
    """A joint refund offset may be collection activity when it was applied to federal tax (or we don't know)."""
    return facts.offset.debt in (None, "federal_tax")


@_per_facts
def bc_election_window(facts: Any) -> Window:
    """Last day to elect relief under IRC § 6015(b) or (c).

    IRC § 6015(b)(1)(E) and (c)(3)(B): no later than 2 years after the IRS began
    collection activities against the requesting spouse.  Treas. Reg.
    § 1.6015-5(b)(2)(i) lists what counts (``COLLECTION_ACTIVITY``) and what does
    not (bills, notices of deficiency, lien filings); only activity after
    July 22, 1998 counts (§ 1.6015-5(b)(1); Pub. L. 105-206 § 3201(g)(2)); later
    activity never restarts the clock (§ 1.6015-5(b)(4), Example 1).  A period
    measured from February 29 ends on February 28; IRC § 7503 then applies.
    """
    after = _value("rra98-collection-activity-start")["after"]
    years = _value("irc-6015-bc-two-years")
    reasons: list[Reason] = []

    seen: set[str] = set()
    for event in facts.events_of(*NOT_COLLECTION_ACTIVITY):
        if event.type not in seen:
            seen.add(event.type)
            reasons.append(
                Reason.of(
                    f"The {_WORDS[event.type]} of {_d(event.date)} is not collection activity, "
                    f"so it does not start the {years}-year clock.",
                    "reg-1.6015-5-not-collection-activity",
                )
            )

    activity = facts.events_of(*COLLECTION_ACTIVITY)
    for event in activity:
        if event.date <= after:
            reasons.append(
                Reason.of(
                    f"The {_WORDS[event.type]} of {_d(event.date)} came before {_d(add_days(after, 1))}, "
                    f"so it does not count toward the {years}-year clock.",
                    "rra98-collection-activity-start",
                )
            )
    counted = [e for e in activity if e.date > after]
    possible = [
        e for e in facts.events_of(*POSSIBLE_COLLECTION_ACTIVITY) if e.date > after and _joint_offset_may_count(facts)
    ]

    candidates = counted + possible
    if not candidates:
        reasons.append(
            Reason.of(
                "No collection activity against you is listed (a notice of intent to levy, an offset "
                "of your own refund, a collection suit, or a U.S. claim in a court case), so the "
                f"{years}-year clock has not started. If one of these has happened, add its date: the "
                "clock may already be running.",
                "reg-1.6015-5-collection-activity",
            )
        )
        return Window(None, tuple(reasons))

    first = min(candidates, key=lambda e: (e.date, e.type not in COLLECTION_ACTIVITY))
    last_day = add_years(first.date, years)
    if first.type in POSSIBLE_COLLECTION_ACTIVITY:
        reasons.append(
            Reason.of(
                f"The {_WORDS[first.type]} of {_d(first.date)} may count as collection activity against "
                "you, because part of a joint refund can be your own overpayment. To be safe, the "
                "clock is counted from that date.",
                "reg-1.6015-5-collection-activity",
            )
        )
    else:
        reasons.append(
            Reason.of(
                f"The first collection activity against you was the {_WORDS[first.type]} of "
                f"{_d(first.date)}. That starts the {years}-year clock.",
                "reg-1.6015-5-collection-activity",
            )
        )
    if first.type in ("my_refund_offset", "joint_refund_offset"):
        reasons.append(
            Reason.of(
                "The IRS's Publication 971 reads this more narrowly: an offset starts the clock only if the IRS "
                "also told you of your right to ask for relief (Form 8857). The regulation has no such condition, "
                "so the earlier reading is used here.",
                "reg-1.6015-5-collection-activity",
            )
        )
    if first.mailed is not None and first.mailed < first.date:
        reasons.append(
            Reason.of(
                f"The notice was mailed on {_d(first.mailed)}, before its printed date; mailing starts the clock, "
                "so it is counted from the mailing.",
                "reg-1.6015-5-collection-activity",
            )
        )
        last_day = add_years(first.mailed, years)
    later = [e for e in candidates if e is not first]
    if later:
        reasons.append(
            Reason.of(
                "Later collection activity (" + ", ".join(f"{_WORDS[e.type]} of {_d(e.date)}" for e in later) + ") "
                "does not restart the clock.",
                "reg-1.6015-5-collection-activity",
            )
        )
    if first.date.month == 2 and first.date.day == 29:
        rule_words = " A period counted in years from February 29 ends on February 28."
    else:
        rule_words = ""
    reasons.append(
        Reason.of(
            f"An election under § 6015(b) or (c) must be made within {years} years of that date, "
            f"so the period ends on {_d(last_day)}.{rule_words}",
            "irc-6015-bc-two-years",
        )
    )
    due, more = _due(facts, last_day, "election")
    reasons.extend(more)
    return Window(due, tuple(reasons))



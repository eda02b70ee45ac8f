"""Tax Court petitions: IRC § 6015(e) (a relief determination) and § 6213(a) (a notice of deficiency)."""

from __future__ import annotations

from datetime import date

from ..dates import add_days, add_months
from ..results import Deadline, Reason, Window
from .common import _candidate, _d, _pick, _roll, _value

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

def tax_court_relief_window(facts: Any, as_of: date) -> Window:
    """IRC § 6015(e)(1)(A): petition the Tax Court within 90 days of the final determination.

    With no final determination, ``due`` is None; if the request has been
    pending 6 months or more (as of ``as_of``), a reason says a petition may
    already be filed.
    """
    days = _value("irc-6015-e-petition")
    months = _value("irc-6015-e-six-months")
    request = facts.first("relief_requested")
    finals = facts.events_of("final_determination")
    reasons: list[Reason] = []
    if not finals:
        if request is not None and as_of >= add_months(request.date, months):
            reasons.append(
                Reason.of(
                    f"Your request of {_d(request.date)} has been pending more than {months} months without a "
                    "final determination, so you may petition the Tax Court now; you do not have to wait.",
                    "irc-6015-e-six-months",
                )
            )
        elif request is not None:
            reasons.append(
                Reason.of(
                    f"No final determination yet. You may petition the Tax Court from {_d(add_months(request.date, months))} "
                    f"({months} months after your request) even without one.",
                    "irc-6015-e-six-months",
                )
            )
        return Window(None, tuple(reasons))
    final = finals[-1]
    last_day = add_days(final.date, days)
    reasons.append(
        Reason.of(
            f"The final determination was mailed on {_d(final.date)}. A petition to the Tax Court must be filed "
            f"within {days} days: by {_d(last_day)}. This deadline cannot be extended or excused, even if an "
            "IRS letter shows a later date.",
            "irc-6015-e-petition",
        )
    )
    if request is not None and final.date > add_months(request.date, months):
        reasons.append(
            Reason.of(
                f"Your request was pending more than {months} months before the determination, so a petition "
                "could have been filed earlier; the last day is still as shown.",
                "irc-6015-e-six-months",
            )
        )
    due, roll = _roll(last_day)
    reasons.extend(roll)
    return Window(due, tuple(reasons))


def tax_court_relief_deadline(facts: Any, as_of: date) -> Deadline | None:
    window = tax_court_relief_window(facts, as_of)
    if window.due is None:
        return None
    return Deadline(
        id="tax_court_relief",
        title="Petition the Tax Court about the relief determination",
        due=window.due,
        rule_text=(
            f"File a petition with the U.S. Tax Court within {_value('irc-6015-e-petition')} days after the IRS "
            "mailed its final determination on your request for relief. This cannot be extended."
        ),
        reasons=window.reasons,
        can_extend=False,
    )


def tax_court_deficiency_deadline(facts: Any, as_of: date) -> Deadline | None:
    """IRC § 6213(a): petition within 90 days of a notice of deficiency (150 if addressed abroad)."""
    notices = facts.events_of("deficiency_notice")
    if not notices:
        return None
    days = _value("irc-6213-a-petition")
    abroad_days = _value("irc-6213-a-abroad")
    candidates = []
    for notice in notices:
        reasons = [
            Reason.of(
                f"The notice of deficiency was mailed on {_d(notice.date)}. A petition to the Tax Court must be "
                f"filed within {days} days after mailing. You can also ask for innocent spouse relief in that case.",
                "irc-6213-a-petition",
            )
        ]
        abroad = any(
            e.date <= notice.date and (e.end is None or e.end >= notice.date) for e in facts.events_of("outside_us")
        )
        if abroad:
            reasons.append(
                Reason.of(
                    f"You were living outside the United States when it was mailed. If it was addressed to you "
                    f"outside the U.S., the period is {abroad_days} days; to be safe, the {days}-day date is shown.",
                    "irc-6213-a-abroad",
                )
            )
        due, reasons = _candidate(add_days(notice.date, days), reasons)
        candidates.append((due, reasons, f"notice of deficiency of {_d(notice.date)}"))
    due, reasons = _pick(candidates, as_of)
    return Deadline(
        id="tax_court_deficiency",
        title="Petition the Tax Court about the notice of deficiency",
        due=due,
        rule_text=(
            f"File a petition with the U.S. Tax Court within {_value('irc-6213-a-petition')} days after the notice "
            "of deficiency was mailed. This cannot be extended."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )

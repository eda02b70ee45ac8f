"""Tax Court petitions: IRC § 6015(e) (a relief determination), § 6213(a) (a notice of deficiency) and
§ 6330(d)(1) (the notice of determination after a collection due process hearing)."""

from __future__ import annotations

from datetime import date

from ..dates import add_days, add_months
from ..results import Deadline, Reason, Window
from .common import _candidate, _d, _due, _pick, _value, notice_date

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any


def mailing_words(notice: Any, what: str) -> tuple[date, str]:
    """The day a period that runs from mailing starts, and the words saying which date was used.

    A notice mailed on a day other than the one printed on it starts such a period on the mailing
    day (event field ``mailed``); with only the printed date, that date is used, the earliest that
    could apply."""
    if notice.mailed is not None and notice.mailed != notice.date:
        return notice.mailed, (
            f"The {what} is dated {_d(notice.date)} and was mailed on {_d(notice.mailed)}; the period runs from the mailing."
        )
    return notice.date, (
        f"The {what} is dated {_d(notice.date)}. The period runs from the day it was mailed; if that was later, "
        "the deadline is later too, so counting from the printed date gives the earliest date that could apply."
    )


def governing_final(facts: Any, request: Any = None) -> tuple[Any, tuple[Any, ...]]:
    """The final determination on relief that governs, and the later ones that do not.

    Treas. Reg. § 1.6015-5(c)(1): one final administrative determination per assessment, so the
    first one mailed on or after the request governs (for ``request`` None: on or after the latest
    request that has one, or the first of all when no request is recorded).  A later letter counts
    as a new determination only when a new request is recorded before it."""
    finals = facts.events_of("final_determination")
    if request is None:
        answered = [r for r in facts.events_of("relief_requested") if any(f.date >= r.date for f in finals)]
        request = answered[-1] if answered else None
    after = [f for f in finals if request is None or f.date >= request.date]
    if not after:
        return None, ()
    return after[0], tuple(after[1:])


def tax_court_relief_window(facts: Any, as_of: date) -> Window:
    """IRC § 6015(e)(1)(A): petition the Tax Court within 90 days of the final determination's mailing.

    With no final determination, ``due`` is None; if the request has been
    pending 6 months or more (as of ``as_of``), a reason says a petition may
    already be filed.  With several, the one :func:`governing_final` names is used.
    """
    days = _value("irc-6015-e-petition")
    months = _value("irc-6015-e-six-months")
    request = facts.first("relief_requested")
    final, later = governing_final(facts)
    reasons: list[Reason] = []
    if final is None:
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
    start, words = mailing_words(final, "final determination")
    last_day = add_days(start, days)
    reasons.append(
        Reason.of(
            f"{words} A petition to the Tax Court must be filed within {days} days: by {_d(last_day)}. This "
            "deadline cannot be extended or excused, even if an IRS letter shows a later date.",
            "irc-6015-e-petition",
        )
    )
    if later:
        reasons.append(
            Reason.of(
                "The later letter"
                + ("s" if len(later) > 1 else "")
                + f" of {', '.join(_d(e.date) for e in later)} did not start a new {days} days: a spouse gets one "
                "final determination for a tax assessment, unless the IRS accepted a second request (for example "
                "a separation-of-liability election after a divorce). If a later letter answers such a second "
                "request, add that request's date; until then the first determination governs.",
                "reg-1.6015-5-c-one-determination",
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
    due, more = _due(facts, last_day, "tax_court")
    reasons.extend(more)
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


def _printed_last_day(notice: Any, last_day: date) -> list[Reason]:
    """IRC § 6213(a), last sentence: a petition filed by the last day printed on the notice is timely."""
    printed = notice.last_day
    if printed is None:
        return [
            Reason.of(
                "The notice itself should state the last day to petition. A petition filed by that printed "
                "date is on time even if it is later than the date shown here; if it is earlier, use it.",
                "irc-6213-a-petition",
            )
        ]
    if printed > last_day:
        text = (
            f"The notice states {_d(printed)} as the last day to petition. The law treats a petition filed by "
            "the date printed on the notice as on time, so that date is used."
        )
    elif printed < last_day:
        text = (
            f"The notice states {_d(printed)} as the last day to petition, earlier than the {_d(last_day)} the law "
            "gives. To be safe, the earlier date is used."
        )
    else:
        text = f"The notice states the same last day, {_d(printed)}."
    return [Reason.of(text, "irc-6213-a-petition")]


def tax_court_deficiency_deadline(facts: Any, as_of: date) -> Deadline | None:
    """IRC § 6213(a): petition within 90 days of a notice of deficiency's mailing (150 if addressed
    abroad; the 90 are used), or by the last day printed on the notice if that is later."""
    notices = facts.events_of("deficiency_notice")
    if not notices:
        return None
    days = _value("irc-6213-a-petition")
    abroad_days = _value("irc-6213-a-abroad")
    candidates = []
    for notice in notices:
        start, words = mailing_words(notice, "notice of deficiency")
        last_day = add_days(start, days)
        reasons = [
            Reason.of(
                f"{words} A petition to the Tax Court must be filed within {days} days after mailing: by "
                f"{_d(last_day)}. Treat this date as one that cannot be moved: the Tax Court holds that it cannot "
                "excuse a late petition (one court of appeals disagrees). You can also ask for innocent spouse "
                "relief in that case.",
                "irc-6213-a-petition",
            )
        ]
        reasons += _printed_last_day(notice, last_day)
        if notice.last_day is not None:
            last_day = notice.last_day
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
        due, reasons = _candidate(facts, last_day, reasons, "tax_court")
        candidates.append((due, reasons, f"notice of deficiency of {_d(notice.date)}"))
    due, reasons = _pick(candidates, as_of)
    return Deadline(
        id="tax_court_deficiency",
        title="Petition the Tax Court about the notice of deficiency",
        due=due,
        rule_text=(
            f"File a petition with the U.S. Tax Court within {_value('irc-6213-a-petition')} days after the notice "
            "of deficiency was mailed, or by the last day printed on the notice if that is later. Treat it as "
            "a date that cannot be moved."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )


def tax_court_cdp_deadline(facts: Any, as_of: date) -> Deadline | None:
    """IRC § 6330(d)(1): petition the Tax Court within 30 days of the notice of determination after a
    collection due process hearing (Treas. Reg. § 301.6330-1(f)(1): the period starts the day after the
    notice's date).  Boechler (2022) allows equitable tolling; the date is still shown as firm."""
    notices = facts.events_of("cdp_determination")
    if not notices:
        return None
    days = _value("irc-6330-d-petition")
    relief_days = _value("irc-6015-e-petition")
    candidates = []
    for notice in notices:
        start, mailing = notice_date(notice, "irc-6330-d-petition")
        last_day = add_days(start, days)
        reasons = [
            Reason.of(
                f"Appeals' notice of determination is dated {_d(notice.date)}. A petition to the Tax Court must be "
                f"filed within {days} days, counted from the day after {_d(start)}: by {_d(last_day)}.",
                "irc-6330-d-petition",
            ),
            *mailing,
            Reason.of(
                "Treat this date as firm. Since 2022 (Boechler) the Tax Court may accept a late petition in rare "
                "cases (equitable tolling), but it decides case by case and nobody should count on it.",
                "irc-6330-d-petition",
            ),
            Reason.of(
                f"If the determination also refused innocent spouse relief, that part alone can be taken to the "
                f"Tax Court within {relief_days} days (§ 6015(e)); everything else must be in a petition within "
                f"the {days} days. Record Appeals' decision on relief as a final determination to see that date.",
                "irc-6330-d-petition",
            ),
        ]
        due, reasons = _candidate(facts, last_day, reasons, "tax_court")
        candidates.append((due, reasons, f"notice of determination of {_d(notice.date)}"))
    due, reasons = _pick(candidates, as_of)
    return Deadline(
        id="tax_court_cdp",
        title="Petition the Tax Court about the collection due process determination",
        due=due,
        rule_text=(
            f"File a petition with the U.S. Tax Court within {_value('irc-6330-d-petition')} days after the date "
            "of Appeals' notice of determination. Treat it as firm."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )

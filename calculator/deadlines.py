"""Deadlines: when each clock starts, stops and runs out, as calendar dates.

Pure functions of the facts (and, for the general list, of ``as_of``).  Every
figure comes from the rules in :mod:`calculator.law.procedure`; every date that
is the last day for an act is moved under IRC § 7503 (``next_business_day``),
and the move is explained.  Where a fact is missing or a source is unsettled,
the date given is the earliest that could apply, and the reasons say so.

Day counting: "N days after" a date D ends on D + N (the day of the notice is
not counted, the last day is).  A suspension of the collection period that
starts on day S and whose suspended time runs up to day E adds E - S days.
"""

from __future__ import annotations

from datetime import date

from .dates import add_business_days, add_days, add_months, add_years, explain_roll, next_business_day
from .facts import Facts
from .law import rule
from .results import Deadline, Reason, Window

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any, Iterable

#: Only what Treas. Reg. § 1.6015-5(b)(2) counts, and only after July 22, 1998.
COLLECTION_ACTIVITY = ("levy_notice", "my_refund_offset", "collection_suit", "court_claim")
assert COLLECTION_ACTIVITY == tuple(rule("reg-1.6015-5-collection-activity").value)

#: Events that are never collection activity (Treas. Reg. § 1.6015-5(b)(2)(i)).
NOT_COLLECTION_ACTIVITY = tuple(rule("reg-1.6015-5-not-collection-activity").value)

#: Events that may be collection activity, counted to be safe (see ``bc_election_window``).
POSSIBLE_COLLECTION_ACTIVITY = ("joint_refund_offset",)

#: Spans of time that suspend the collection period.
SUSPENSION_EVENTS = ("bankruptcy", "offer_pending", "installment_request", "cdp_hearing", "outside_us")

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


# --- IRC 6015(b) and (c): the two-year election -----------------------------------


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
                    "so it does not start the two-year clock.",
                    "reg-1.6015-5-not-collection-activity",
                )
            )

    activity = facts.events_of(*COLLECTION_ACTIVITY)
    for event in activity:
        if event.date <= after:
            reasons.append(
                Reason.of(
                    f"The {_WORDS[event.type]} of {_d(event.date)} came before July 23, 1998, "
                    "so it does not count toward the two-year clock.",
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
                "two-year clock has not started. If one of these has happened, add its date: the "
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
                f"{_d(first.date)}. That starts the two-year clock.",
                "reg-1.6015-5-collection-activity",
            )
        )
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
    due, roll = _roll(last_day)
    reasons.extend(roll)
    return Window(due, tuple(reasons))


# --- IRC 6502: the collection statute and its suspensions --------------------------


class _Span:
    """A suspension of the collection period: days [start, end) do not count; ``floor`` is an earliest CSED."""

    __slots__ = ("start", "end", "floors", "what")

    def __init__(self, start: date, end: date, what: str, floor: date | None = None):
        self.start, self.end, self.what = start, end, [what]
        self.floors = [floor] if floor else []


def _relief_span(facts: Any, reasons: list[Reason], open_ended: list[str]) -> _Span | None:
    """IRC § 6015(e)(1)(B) and (e)(2): request pending until 90 days after the final determination, plus 60 days."""
    request = facts.first("relief_requested")
    if request is None:
        return None
    petition_days = _value("irc-6015-e-petition")
    tail = _value("irc-6015-e-suspension")
    finals = [e for e in facts.events_of("final_determination") if e.date >= request.date]
    petitions = [e for e in facts.events_of("tax_court_petition") if e.date >= request.date]
    if not finals:
        open_ended.append("relief request")
        reasons.append(
            Reason.of(
                f"Your relief request of {_d(request.date)} has no final determination yet. Collection "
                "from you is barred while it is pending and the collection period is suspended until "
                f"{petition_days} days after the final determination (longer if you petition the Tax Court), plus {tail} "
                "days. That time cannot be known yet, so it is not added.",
                "irc-6015-e-suspension",
            )
        )
        return None
    final = finals[0]
    barred_until = add_days(final.date, petition_days)
    petition = next((p for p in petitions if p.date <= barred_until), None)
    if petition is not None:
        open_ended.append("Tax Court case")
        barred_until = max(barred_until, petition.date)
        reasons.append(
            Reason.of(
                f"A Tax Court petition was filed on {_d(petition.date)}. Collection stays barred until "
                f"the Court's decision is final, plus {tail} days; that date is not known, so only the "
                f"time up to the end of the {petition_days}-day petition period is added.",
                "irc-6015-e-suspension",
            )
        )
    end = add_days(barred_until, tail)
    reasons.append(
        Reason.of(
            f"Your relief request suspends the collection period from {_d(request.date)} (when the IRS "
            f"received it) through {_d(barred_until)} ({petition_days} days after the final determination "
            f"of {_d(final.date)}), plus {tail} days: to {_d(end)}.",
            "irc-6015-e-suspension",
        )
    )
    return _Span(request.date, end, "relief request")


def _span_suspensions(facts: Any, reasons: list[Reason], open_ended: list[str]) -> list[_Span]:
    spans: list[_Span] = []
    for event in facts.events_of(*SUSPENSION_EVENTS):
        what = _WORDS[event.type]
        if event.end is None:
            open_ended.append(what)
            extra = ""
            if event.type == "outside_us":
                extra = " If it lasts 6 months or more, the collection period is suspended for all of it."
            reasons.append(
                Reason.of(
                    f"The {what} that began on {_d(event.date)} has no end date. It suspends the collection "
                    f"period for an unknown time, which is not added.{extra}",
                    _SPAN_RULES[event.type],
                )
            )
            continue
        if event.type == "bankruptcy":
            months = _value("irc-6503-h-bankruptcy")
            end = add_months(event.end, months)
            text = (
                f"The bankruptcy case from {_d(event.date)} to {_d(event.end)} suspends the collection "
                f"period while it lasted and for {months} months after: to {_d(end)}."
            )
            spans.append(_Span(event.date, end, what))
        elif event.type in ("offer_pending", "installment_request"):
            rid = _SPAN_RULES[event.type]
            text = (
                f"The {what} from {_d(event.date)} to {_d(event.end)} suspends the collection period while "
                f"it was pending. If it was rejected, {_value(rid)} more days (and any appeal) also count; "
                "the facts do not say, so they are not added."
            )
            spans.append(_Span(event.date, event.end, what))
        elif event.type == "cdp_hearing":
            floor_days = _value("irc-6330-e-suspension")
            floor = add_days(event.end, floor_days)
            text = (
                f"The collection due process hearing from {_d(event.date)} to {_d(event.end)} suspends the "
                f"collection period, and the period cannot end before {_d(floor)} ({floor_days} days after "
                "the determination became final)."
            )
            spans.append(_Span(event.date, event.end, what, floor))
        else:  # outside_us
            months = _value("irc-6503-c-outside-us")
            if event.end < add_months(event.date, months):
                reasons.append(
                    Reason.of(
                        f"The time outside the United States from {_d(event.date)} to {_d(event.end)} was "
                        f"shorter than {months} months in a row, so it does not suspend the collection period.",
                        "irc-6503-c-outside-us",
                    )
                )
                continue
            text = (
                f"Living outside the United States from {_d(event.date)} to {_d(event.end)}, for at least "
                f"{months} months in a row, suspends the collection period for that time."
            )
            spans.append(_Span(event.date, event.end, what))
        reasons.append(Reason.of(text, _SPAN_RULES[event.type]))
    return spans


_SPAN_RULES = {
    "bankruptcy": "irc-6503-h-bankruptcy",
    "offer_pending": "irc-6331-k-offer",
    "installment_request": "irc-6331-k-installment",
    "cdp_hearing": "irc-6330-e-suspension",
    "outside_us": "irc-6503-c-outside-us",
}


def _merge(spans: Iterable[_Span]) -> list[_Span]:
    """Overlapping suspensions run concurrently (IRM 5.1.19): merge them so no day counts twice."""
    merged: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, span.end)
            last.floors += span.floors
            last.what += span.what
        else:
            merged.append(span)
    return merged


@_per_facts
def collection_statute(facts: Any) -> Window:
    """The requesting spouse's collection statute expiration date (CSED).

    IRC § 6502(a)(1): 10 years after assessment, suspended by § 6015(e)(2)
    (a relief request, plus 60 days), § 6331(k)(1)-(3) with (i)(5) (offers and
    installment requests while pending), § 6330(e)(1) (CDP hearings, never ending
    within 90 days of the final determination), § 6503(h) (bankruptcy plus
    6 months) and § 6503(c) (absence from the U.S. of 6 months or more).
    Overlapping suspensions are counted once (IRM 5.1.19).  Suspensions whose
    end is unknown are left out, so the date is then the earliest possible.
    This is also the last day for a § 6015(f) request about unpaid tax
    (§ 6015(f)(2)).  IRC § 7503 is applied to the result.
    """
    assessments = facts.events_of("assessment")
    years = _value("irc-6502-csed")
    if not assessments:
        return Window(
            None,
            (
                Reason.of(
                    f"The IRS has {years} years from assessment to collect; the assessment date is not known. "
                    "It appears on an account transcript.",
                    "irc-6502-csed",
                ),
            ),
            ("events.assessment",),
        )
    assessed = assessments[0].date
    base = add_years(assessed, years)
    reasons = [
        Reason.of(
            f"The tax was assessed on {_d(assessed)}, so the IRS may collect until {_d(base)} "
            f"({years} years later), unless that period was suspended.",
            "irc-6502-csed",
        )
    ]
    if len(assessments) > 1:
        reasons.append(
            Reason.of(
                "Each assessment has its own collection period; the earliest assessment is used, "
                "which gives the earliest date.",
                "irc-6502-csed",
            )
        )
    open_ended: list[str] = []
    spans = _span_suspensions(facts, reasons, open_ended)
    relief = _relief_span(facts, reasons, open_ended)
    if relief is not None:
        spans.append(relief)

    # Only suspended days after the assessment count.
    clipped = []
    for span in spans:
        if span.end <= assessed:
            continue
        span.start = max(span.start, assessed)
        clipped.append(span)
    merged = _merge(clipped)
    if any(len(span.what) > 1 for span in merged):
        reasons.append(
            Reason.of(
                "Where suspensions overlap, the overlapping days are counted once.",
                "irm-5.1.19-concurrent",
            )
        )
    csed = base
    for span in merged:
        if span.start >= csed:
            reasons.append(
                Reason.of(
                    f"The {' and '.join(span.what)} began on {_d(span.start)}, when the collection period "
                    "had already ended, so it adds nothing.",
                    "irc-6502-csed",
                )
            )
            break
        csed = add_days(csed, (span.end - span.start).days)
        for floor in span.floors:
            csed = max(csed, floor)
    if csed != base:
        reasons.append(
            Reason.of(
                f"With the suspensions, {(csed - base).days} days are added: the collection period ends on {_d(csed)}.",
                "irc-6502-csed",
            )
        )
    if open_ended:
        reasons.append(
            Reason.of(
                f"This is the earliest possible date. The real date may be later because of the "
                f"{', '.join(dict.fromkeys(open_ended))} still under way.",
                "irc-6502-csed",
            )
        )
    reasons.append(
        Reason.of(
            "A request for equitable relief (§ 6015(f)) about unpaid tax must be made before the "
            "collection period ends.",
            "irc-6015-f-2",
        )
    )
    due, roll = _roll(csed)
    if roll:
        reasons.extend(roll)
        reasons.append(
            Reason.of(f"To be safe, act by {_d(csed)}, the date before it is moved.", "irc-6502-csed"),
        )
    return Window(due, tuple(reasons))


# --- IRC 6511 and 6513: refund claims ---------------------------------------------


def _statutory_due(tax_year: int | None) -> date | None:
    """IRC § 6513(a)-(b): April 15 after a calendar tax year, without extensions or § 7503."""
    if tax_year is None:
        return None
    md = _value("irc-6513-deemed-date")
    return date(tax_year + 1, md["month"], md["day"])


@_per_facts
def refund_window(facts: Any) -> Window:
    """Last day to claim a refund (IRC § 6511(a), with § 6513(a)-(b)).

    3 years from the return's filing, or 2 years from payment, whichever ends
    later.  An early return counts as filed on the statutory April 15 (not the
    § 7503 date), and withholding and estimated tax count as paid on it.  With
    no filing date, the earliest date that could apply is given (3 years from
    that April 15) and ``missing`` names the fact.  § 7503 applies to the last day.
    """
    statutory = _statutory_due(facts.tax_year)
    three = _value("irc-6511-a-filing")
    two = _value("irc-6511-a-payment")
    reasons: list[Reason] = []
    missing: list[str] = []
    ends: list[date] = []

    if facts.return_filed is not None:
        filed = facts.return_filed
        if statutory is not None and filed <= statutory:
            deemed = statutory
            reasons.append(
                Reason.of(
                    f"The return was filed on {_d(filed)}, on or before its due date, so it counts as filed on "
                    f"{_d(statutory)} (April 15, not moved for weekends, holidays or extensions).",
                    "irc-6513-deemed-date",
                )
            )
        else:
            deemed = filed
            if statutory is None:
                missing.append("tax_year")
                reasons.append(
                    Reason.of(
                        "The tax year is not known, so the actual filing date is used. If the return was "
                        "filed early, the period may end later.",
                        "irc-6513-deemed-date",
                    )
                )
        end = add_years(deemed, three)
        ends.append(end)
        reasons.append(
            Reason.of(
                f"A refund claim is on time within {three} years of filing: by {_d(end)}.",
                "irc-6511-a-filing",
            )
        )
    elif statutory is not None:
        missing.append("return_filed")
        end = add_years(statutory, three)
        ends.append(end)
        reasons.append(
            Reason.of(
                f"The filing date of the return is not known. A return counts as filed no earlier than "
                f"{_d(statutory)}, so the {three}-year period ends no earlier than {_d(end)}; a later "
                "filing date gives a later end. This is the earliest date that could apply.",
                "irc-6511-a-filing",
            )
        )
    else:
        missing += ["return_filed", "tax_year"]

    payments = facts.events_of("payment")
    if payments:
        latest = max((max(p.date, statutory) if statutory else p.date) for p in payments)
        end = add_years(latest, two)
        ends.append(end)
        early = statutory is not None and any(p.date < statutory for p in payments)
        reasons.append(
            Reason.of(
                f"The latest payment counts as made on {_d(latest)}, so a claim is also on time within {two} "
                f"years of it: by {_d(end)}."
                + (" Withholding and payments made before the due date count as paid on that April 15." if early else ""),
                "irc-6511-a-payment" if not early else "irc-6513-deemed-date",
            )
        )

    if not ends:
        reasons.append(
            Reason.of(
                "The refund-claim period cannot be worked out without the tax year or the date the "
                "return was filed.",
                "irc-6511-a-filing",
            )
        )
        return Window(None, tuple(reasons), tuple(missing))
    last_day = max(ends)
    if len(ends) > 1:
        reasons.append(
            Reason.of(f"The later of the two periods applies: {_d(last_day)}.", "irc-6511-a-payment")
        )
    reasons.append(
        Reason.of(
            "The amount is limited to tax paid in the 3 years (plus any filing extension) before the claim, "
            "or in the 2 years before it if the claim is filed only within the 2-year period.",
            "irc-6511-b-2-lookback",
        )
    )
    due, roll = _roll(last_day)
    reasons.extend(roll)
    return Window(due, tuple(reasons), tuple(missing))


# --- The general list of deadlines ------------------------------------------------


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


def _lien_candidates(facts: Any, period_rule: str, years: int | None = None) -> list[tuple[date, list[Reason]]]:
    """Lien deadlines from the lien notice's date (conservative) and/or from the lien filing date."""
    out = []
    notice = facts.first("lien_notice")
    filed = facts.first("lien_filed")
    bdays = _value("irc-6320-lien-notice-period")
    if notice is not None:
        last = add_years(notice.date, years) if years else add_days(notice.date, _value(period_rule))
        span = f"{years} year" if years else f"{_value(period_rule)} days"
        out.append(
            _candidate(
                last,
                [
                    Reason.of(
                        f"Counted {span} from the lien notice's date, {_d(notice.date)}. The true period runs "
                        f"from the end of the {bdays} business days after the lien was filed, which cannot be "
                        "earlier, so this is the earliest date that could apply. The notice itself states "
                        "the last day.",
                        period_rule,
                    )
                ],
            )
        )
    if filed is not None:
        end5 = add_business_days(filed.date, bdays)
        last = add_years(end5, years) if years else add_days(end5, _value(period_rule))
        span = f"{years} year" if years else f"{_value(period_rule)} days"
        out.append(
            _candidate(
                last,
                [
                    Reason.of(
                        f"The lien was filed on {_d(filed.date)}; the {bdays} business days after it end on "
                        f"{_d(end5)}, and the period of {span} runs from the next day to {_d(last)}.",
                        period_rule,
                    )
                ],
            )
        )
    if len(out) == 2:
        out.sort(key=lambda c: c[0])
        out = [(out[0][0], out[0][1] + [Reason.of("Both dates are known; the earlier deadline is used.", period_rule)])]
    return out


def _cdp_hearing(facts: Any, as_of: date) -> Deadline | None:
    """IRC § 6330(a)(3)(B) (levy) and § 6320(a)(2)-(3)(B) (lien): request a hearing within 30 days."""
    days = _value("irc-6330-cdp-levy")
    candidates = []
    levy = facts.first("levy_notice")
    if levy is not None:
        due, reasons = _candidate(
            add_days(levy.date, days),
            [
                Reason.of(
                    f"A hearing about the levy notice of {_d(levy.date)} must be requested within {days} days "
                    "after the notice's date.",
                    "irc-6330-cdp-levy",
                )
            ],
        )
        candidates.append((due, reasons, "levy hearing"))
    for due, reasons in _lien_candidates(facts, "irc-6320-cdp-lien"):
        candidates.append((due, reasons, "lien hearing"))
    if not candidates:
        return None
    due, reasons = _pick(candidates, as_of)
    reasons.append(
        Reason.of(
            "A timely request stops levies while the hearing is pending and keeps your right to go to the "
            "Tax Court. You can raise innocent spouse relief at the hearing. Mail it by certified mail "
            "and keep the receipt: a request postmarked in time counts as on time.",
            "irc-7502-timely-mailing",
        )
    )
    return Deadline(
        id="cdp_hearing",
        title="Request a collection due process hearing (Form 12153)",
        due=due,
        rule_text=(
            f"Ask for a collection due process hearing within {_value('irc-6330-cdp-levy')} days after a notice "
            "of intent to levy, or by the date stated on a lien notice. The IRS cannot extend this."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )


def _equivalent_hearing(facts: Any, as_of: date) -> Deadline | None:
    """Treas. Reg. §§ 301.6330-1(i), 301.6320-1(i): an equivalent hearing within one year."""
    candidates = []
    levy = facts.first("levy_notice")
    if levy is not None:
        years = _value("equivalent-hearing-levy")
        due, reasons = _candidate(
            add_years(levy.date, years),
            [
                Reason.of(
                    f"If the 30 days after the levy notice of {_d(levy.date)} are missed, an equivalent hearing "
                    f"can still be requested within {years} year, counted from the day after the notice's date.",
                    "equivalent-hearing-levy",
                )
            ],
        )
        candidates.append((due, reasons, "equivalent levy hearing"))
    for due, reasons in _lien_candidates(facts, "equivalent-hearing-lien", years=_value("equivalent-hearing-lien")):
        candidates.append((due, reasons, "equivalent lien hearing"))
    if not candidates:
        return None
    due, reasons = _pick(candidates, as_of)
    reasons.append(
        Reason.of(
            "An equivalent hearing gives no right to go to the Tax Court and does not stop collection, so "
            "the 30-day hearing is better if it is still open.",
            candidates[0][1][0].rule.id,
        )
    )
    return Deadline(
        id="equivalent_hearing",
        title="Request an equivalent hearing (late collection appeal, Form 12153)",
        due=due,
        rule_text=(
            f"If you missed the {_value('irc-6330-cdp-levy')}-day hearing deadline, you can still ask Appeals for "
            f"an equivalent hearing within {_value('equivalent-hearing-levy')} year. There is no Tax Court review "
            "afterwards."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )


def _appeal(facts: Any) -> Deadline | None:
    """Form 12509: appeal a preliminary determination within 30 days of the letter."""
    letters = facts.events_of("preliminary_determination")
    if not letters:
        return None
    letter = letters[-1]
    days = _value("form-12509-appeal")
    due, reasons = _candidate(
        add_days(letter.date, days),
        [
            Reason.of(
                f"The preliminary determination is dated {_d(letter.date)}. To appeal, send Form 12509 to the "
                f"office that sent the letter within {days} days; if the letter gives an earlier date, that date governs.",
                "form-12509-appeal",
            )
        ],
    )
    return Deadline(
        id="appeal",
        title="Appeal the preliminary determination (Form 12509)",
        due=due,
        rule_text=f"Send Form 12509, Statement of Disagreement, within {days} days of the preliminary determination letter.",
        reasons=tuple(reasons),
        can_extend=False,
    )


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


def _tax_court_relief(facts: Any, as_of: date) -> Deadline | None:
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


def _tax_court_deficiency(facts: Any, as_of: date) -> Deadline | None:
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


def general_deadlines(facts: Any, as_of: date) -> tuple[Deadline, ...]:
    """Every calendar deadline the facts start, in a fixed order.

    ``cdp_hearing``, ``equivalent_hearing``, ``appeal``, ``tax_court_relief``,
    ``tax_court_deficiency``, ``collection_statute``, ``refund_claim``; each is
    present only when the facts start it.  ``as_of`` chooses, among separate
    rights of one kind, the earliest still open, and feeds the 6-month rule.
    """
    out: list[Deadline | None] = [
        _cdp_hearing(facts, as_of),
        _equivalent_hearing(facts, as_of),
        _appeal(facts),
        _tax_court_relief(facts, as_of),
        _tax_court_deficiency(facts, as_of),
    ]
    csed = collection_statute(facts)
    if csed.due is not None:
        out.append(
            Deadline(
                id="collection_statute",
                title="End of the IRS's time to collect (CSED); last day to ask for equitable relief on unpaid tax",
                due=csed.due,
                rule_text=(
                    f"The IRS generally has {_value('irc-6502-csed')} years from assessment to collect, longer while "
                    "collection is suspended. A request for equitable relief about unpaid tax must be made before then."
                ),
                reasons=csed.reasons,
                can_extend=False,
            )
        )
    refund = refund_window(facts)
    if refund.due is not None:
        out.append(
            Deadline(
                id="refund_claim",
                title="Last day to claim a refund (including Form 8379 or a relief refund)",
                due=refund.due,
                rule_text=(
                    f"A refund must be claimed within {_value('irc-6511-a-filing')} years after the return was filed "
                    f"or {_value('irc-6511-a-payment')} years after the tax was paid, whichever is later."
                ),
                reasons=refund.reasons,
                can_extend=False,
            )
        )
    return tuple(d for d in out if d is not None)


__all__ = [
    "COLLECTION_ACTIVITY",
    "NOT_COLLECTION_ACTIVITY",
    "bc_election_window",
    "collection_statute",
    "general_deadlines",
    "refund_window",
    "tax_court_relief_window",
]

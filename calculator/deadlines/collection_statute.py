"""The collection statute (CSED): IRC § 6502 and the suspensions of the collection period."""

from __future__ import annotations

from datetime import date

from ..dates import add_days, add_months, add_years
from ..results import Deadline, Reason, Window
from .common import _WORDS, _d, _per_facts, _roll, _value
from .tax_court import governing_final, mailing_words

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any, Iterable

#: Spans of time that suspend the collection period.
SUSPENSION_EVENTS = ("bankruptcy", "offer_pending", "installment_request", "cdp_hearing", "outside_us")


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
    final, _later = governing_final(facts, request)
    petitions = [e for e in facts.events_of("tax_court_petition") if e.date >= request.date]
    if final is None:
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
    start, _ = mailing_words(final, "final determination")
    barred_until = add_days(start, petition_days)
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
            f"of {_d(final.date)}"
            + (f", mailed on {_d(start)}" if start != final.date else "")
            + f"), plus {tail} days: to {_d(end)}.",
            "irc-6015-e-suspension",
        )
    )
    return _Span(request.date, end, "relief request")


def _span_suspensions(facts: Any, reasons: list[Reason], open_ended: list[str]) -> list[_Span]:
    spans: list[_Span] = []
    for event in facts.events_of(*SUSPENSION_EVENTS):
        what = _WORDS[event.type]
        if event.type == "cdp_hearing" and event.end is None:
            span = _cdp_span(facts, event, reasons, open_ended)
            if span is not None:
                spans.append(span)
            continue
        if event.end is None:
            open_ended.append(what)
            extra = ""
            if event.type == "outside_us":
                months = _value("irc-6503-c-outside-us")
                extra = f" If it lasts {months} months or more, the collection period is suspended for all of it."
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
                f"The collection due process hearing requested on {_d(event.date)} suspends the collection period "
                f"until its determination became final on {_d(event.end)} (the date you gave), and the period "
                f"cannot end before {_d(floor)} ({floor_days} days after that)."
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
            tail = add_months(event.end, months)
            text = (
                f"Living outside the United States from {_d(event.date)} to {_d(event.end)}, for at least "
                f"{months} months in a row, suspends the collection period for that time, and the period cannot "
                f"end before {_d(tail)} ({months} months after the return)."
            )
            spans.append(_Span(event.date, event.end, what, tail))
        reasons.append(Reason.of(text, _SPAN_RULES[event.type]))
    return spans


def _cdp_span(facts: Any, hearing: Any, reasons: list[Reason], open_ended: list[str]) -> _Span | None:
    """IRC § 6330(e)(1) and Treas. Reg. § 301.6330-1(g): a timely CDP hearing suspends the collection
    period until the notice of determination is final, and the period cannot end within 90 days after.

    Final: when the time to petition the Tax Court runs out (the 30th day after the notice's date, not
    moved for a weekend: the earlier reading), or, after a petition, when the court's decision is final
    (not known: only the time up to the later of that 30th day and the petition is added)."""
    floor_days = _value("irc-6330-e-suspension")
    petition_days = _value("irc-6330-d-petition")
    notice = next((n for n in facts.events_of("cdp_determination") if n.date >= hearing.date), None)
    if notice is None:
        open_ended.append(_WORDS["cdp_hearing"])
        reasons.append(
            Reason.of(
                f"The collection due process hearing requested on {_d(hearing.date)} has no notice of determination "
                "yet. It suspends the collection period until the determination is final, and for at least "
                f"{floor_days} days after; that time cannot be known yet, so it is not added. When the notice "
                "comes, add its date.",
                "irc-6330-e-suspension",
            )
        )
        return None
    final = add_days(notice.date, petition_days)
    petition = next((p for p in facts.events_of("cdp_petition") if p.date >= notice.date), None)
    if petition is not None:
        open_ended.append(_WORDS["cdp_petition"])
        end = max(final, petition.date)
        floor = add_days(end, floor_days)
        reasons.append(
            Reason.of(
                f"The collection due process hearing requested on {_d(hearing.date)} suspends the collection period "
                f"until the determination of {_d(notice.date)} is final. It went to the Tax Court on "
                f"{_d(petition.date)}, so it becomes final only after the court's decision, which is not known: only "
                f"the time to {_d(end)} is added, and the period cannot end before {_d(floor)} ({floor_days} days "
                "after that), so the real date is later.",
                "irc-6330-e-suspension",
            )
        )
        return _Span(hearing.date, end, _WORDS["cdp_hearing"], floor)
    floor = add_days(final, floor_days)
    reasons.append(
        Reason.of(
            f"The collection due process hearing requested on {_d(hearing.date)} suspends the collection period "
            f"until its determination is final. The notice of determination is dated {_d(notice.date)}; without a "
            f"Tax Court petition it is final when the {petition_days} days to petition run out, on {_d(final)}. "
            f"The period cannot end before {_d(floor)} ({floor_days} days after that).",
            "irc-6330-e-suspension",
        )
    )
    return _Span(hearing.date, final, _WORDS["cdp_hearing"], floor)


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

    if facts.events_of("cdp_determination") and not facts.events_of("cdp_hearing"):
        open_ended.append(_WORDS["cdp_hearing"])
        reasons.append(
            Reason.of(
                "A notice of determination after a collection due process hearing is listed, but not the day the "
                "IRS received the hearing request. A timely request pauses the collection period from that day "
                "until the determination is final; add it to have that time counted.",
                "irc-6330-e-suspension",
            )
        )

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


def collection_statute_deadline(facts: Any) -> Deadline | None:
    """The CSED as a deadline: also the last day to ask for equitable relief on unpaid tax (§ 6015(f)(2))."""
    csed = collection_statute(facts)
    if csed.due is None:
        return None
    return Deadline(
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

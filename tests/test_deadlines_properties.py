"""Properties of the deadlines, stated from the statute and the regulations.

- IRC § 6015(b)(1)(E): the clock runs from the *first* collection activity, so a
  later first activity can never make the (b)/(c) deadline earlier.
- Treas. Reg. § 1.6015-5(b)(2)(i): bills, notices of deficiency and lien filings
  are not collection activity, so adding one never changes the deadline.
- IRC §§ 6503, 6331(k), 6330(e), 6015(e)(2): suspensions stop the collection
  clock; none shortens it, so adding one never makes the CSED earlier.
- IRC § 7503: every last day shown is a business day.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import deadlines as D
from calculator.dates import add_years, non_business_reason
from calculator.facts import EVENT_TYPES, SPAN_EVENTS, parse

DAY0 = date(1998, 7, 23)  # the first day collection activity counts


def days(lo: date, hi: date):
    return st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))


any_day = days(date(1995, 1, 1), date(2035, 12, 31))
counted_day = days(DAY0, date(2035, 12, 31))


def ev(kind: str, day: date, end: date | None = None) -> dict:
    out = {"type": kind, "date": day.isoformat()}
    if end is not None:
        out["end"] = end.isoformat()
    return out


@st.composite
def an_event(draw, kinds=tuple(EVENT_TYPES)):
    kind = draw(st.sampled_from(kinds))
    start = draw(any_day)
    end = None
    if kind in SPAN_EVENTS and draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 900)))
    return ev(kind, start, end)


@st.composite
def a_span(draw):
    kind = draw(st.sampled_from(sorted(SPAN_EVENTS)))
    start = draw(days(date(2000, 1, 1), date(2035, 12, 31)))
    end = None if draw(st.integers(0, 4)) == 0 else start + timedelta(days=draw(st.integers(0, 1500)))
    return ev(kind, start, end)


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(D.COLLECTION_ACTIVITY),
    first=counted_day,
    delay=st.integers(0, 3000),
    others=st.lists(st.tuples(st.sampled_from(D.COLLECTION_ACTIVITY), st.integers(0, 3000)), max_size=3),
)
def test_a_later_first_collection_activity_never_gives_an_earlier_deadline(kind, first, delay, others):
    later = first + timedelta(days=delay)
    early = D.bc_election_window(parse({"events": [ev(kind, first)] + [ev(k, first + timedelta(days=n)) for k, n in others]}))
    late = D.bc_election_window(parse({"events": [ev(kind, later)] + [ev(k, later + timedelta(days=n)) for k, n in others]}))
    assert early.due is not None and late.due is not None
    assert early.due <= late.due
    # and the deadline is never before the two-year mark
    assert early.due >= add_years(first, 2)


@settings(max_examples=200, deadline=None)
@given(
    base=st.lists(st.tuples(st.sampled_from(D.COLLECTION_ACTIVITY), any_day), max_size=3),
    extra=st.lists(st.tuples(st.sampled_from(("bill", "deficiency_notice", "lien_filed")), any_day), min_size=1, max_size=4),
)
def test_bills_deficiency_notices_and_lien_filings_never_change_the_bc_deadline(base, extra):
    without = D.bc_election_window(parse({"events": [ev(k, d) for k, d in base]}))
    with_ = D.bc_election_window(parse({"events": [ev(k, d) for k, d in base + extra]}))
    assert with_.due == without.due


@settings(max_examples=200, deadline=None)
@given(
    assessed=days(date(1999, 1, 1), date(2030, 12, 31)),
    spans=st.lists(a_span(), max_size=4),
    added=a_span(),
    relief=st.one_of(st.none(), st.tuples(days(date(2000, 1, 1), date(2035, 1, 1)), st.integers(0, 800))),
)
def test_adding_a_suspension_never_makes_the_csed_earlier(assessed, spans, added, relief):
    events = [ev("assessment", assessed)] + spans
    if relief is not None:
        requested, wait = relief
        events += [ev("relief_requested", requested), ev("final_determination", requested + timedelta(days=wait))]
    before = D.collection_statute(parse({"events": events}))
    after = D.collection_statute(parse({"events": events + [added]}))
    assert before.due is not None and after.due is not None
    assert after.due >= before.due
    assert before.due >= add_years(assessed, 10)


@settings(max_examples=200, deadline=None)
@given(
    events=st.lists(an_event(), max_size=8),
    tax_year=st.one_of(st.none(), st.integers(1995, 2034)),
    filed=st.one_of(st.none(), any_day),
    as_of=days(date(2000, 1, 1), date(2040, 12, 31)),
)
def test_every_deadline_is_a_business_day(events, tax_year, filed, as_of):
    raw = {"events": events}
    if tax_year is not None:
        raw["tax_year"] = tax_year
    if filed is not None:
        raw["return_filed"] = filed.isoformat()
    facts = parse(raw)
    dues = [d.due for d in D.general_deadlines(facts, as_of)]
    dues += [w.due for w in (D.bc_election_window(facts), D.collection_statute(facts), D.refund_window(facts))]
    for due in dues:
        if due is None:
            continue
        assert due.weekday() < 5, due
        assert non_business_reason(due) is None, due
    for d in D.general_deadlines(facts, as_of):
        assert d.reasons and all(r.rule.cite.url.startswith("https://") for r in d.reasons)


@settings(max_examples=200, deadline=None)
@given(tax_year=st.integers(1995, 2034), filed=st.one_of(st.none(), any_day))
def test_refund_window_never_ends_before_three_years_after_the_statutory_due_date(tax_year, filed):
    # § 6511(a) with § 6513(a): a return counts as filed no earlier than April 15 after the tax year.
    raw = {"tax_year": tax_year}
    if filed is not None:
        raw["return_filed"] = filed.isoformat()
    w = D.refund_window(parse(raw))
    assert w.due >= date(tax_year + 4, 4, 15)

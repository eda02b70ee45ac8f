"""Deadlines worked by hand from the rules, the regulation's own examples and FACTS.md section J.

Every expected date below is computed in the comment next to it, from the rule
(days counted from the day after the event; IRC § 7503 moves a last day on a
Saturday, Sunday or D.C. legal holiday to the next business day).  None is
copied from the code's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from calculator import deadlines as D
from calculator.dates import add_years
from calculator.facts import parse
from calculator.law import rule

AS_OF = date(2026, 11, 27)
TODAY_IDS = {
    "cdp_hearing",
    "equivalent_hearing",
    "appeal",
    "tax_court_relief",
    "tax_court_deficiency",
    "collection_statute",
    "refund_claim",
}


def ev(kind: str, day: str, end: str | None = None) -> dict:
    out = {"type": kind, "date": day}
    if end:
        out["end"] = end
    return out


def facts(*events: dict, **fields) -> object:
    return parse({**fields, "events": list(events)})


def by_id(deadlines) -> dict:
    return {d.id: d for d in deadlines}


def texts(reasons) -> str:
    return " ".join(r.text for r in reasons)


# --- The interface ---------------------------------------------------------------


def test_collection_activity_is_exactly_the_regulation_list():
    assert D.COLLECTION_ACTIVITY == ("levy_notice", "my_refund_offset", "collection_suit", "court_claim")
    assert set(rule("reg-1.6015-5-not-collection-activity").value) == {"bill", "deficiency_notice", "lien_filed"}


# --- IRC 6015(b)/(c): Treas. Reg. § 1.6015-5(b)(4) examples (FACTS.md J.1) -------------


def test_j1_example_1_later_levies_do_not_restart_the_clock():
    # § 6330 notice mailed 2000-01-11; levies followed on 2000-06-05 and 2000-07-10 (modelled as further
    # collection activity). 2000-01-11 + 2 years = 2002-01-11, a Friday and no holiday: the reg's answer.
    f = facts(ev("levy_notice", "2000-01-11"), ev("levy_notice", "2000-06-05"), ev("levy_notice", "2000-07-10"))
    w = D.bc_election_window(f)
    assert w.due == date(2002, 1, 11)
    assert "does not restart" in texts(w.reasons)


def test_j1_example_2_offset_before_july_23_1998_does_not_start_the_clock():
    # Only an offset on 1998-01-12: no collection activity after July 22, 1998, so the clock has not
    # started and W's election on 2001-07-24 is timely.
    w = D.bc_election_window(facts(ev("my_refund_offset", "1998-01-12")))
    assert w.due is None
    assert "before 1998-07-23" in texts(w.reasons)


def test_j1_example_3_levy_notice_after_1998_makes_the_2001_election_late():
    # As Ex. 2 plus a § 6330 notice on 1999-01-22: 2001-01-22 is a Monday (2001-01-01 was a Monday;
    # MLK Day 2001 was 01-15; Inauguration Day 01-20 fell on a Saturday). Election 2001-07-24 is late.
    w = D.bc_election_window(facts(ev("my_refund_offset", "1998-01-12"), ev("levy_notice", "1999-01-22")))
    assert w.due == date(2001, 1, 22)
    assert date(2001, 7, 24) > w.due


def test_j1_example_4_collection_suit():
    # Suit filed 1999-07-01: 2001-07-01 is a Sunday, so the last day is Monday 2001-07-02.
    # H's election on 2000-10-02 is timely.
    w = D.bc_election_window(facts(ev("collection_suit", "1999-07-01")))
    assert w.due == date(2001, 7, 2)
    assert date(2000, 10, 2) <= w.due


def test_j1_example_5_proof_of_claim_not_the_bankruptcy_petition_starts_the_clock():
    # Chapter 7 filed 2000-07-10 (not collection activity); proof of claim 2000-09-05.
    # 2002-09-05 is a Thursday (Labor Day 2002 was 09-02). The election on 2002-08-20 is timely;
    # counting from the petition (2002-07-10) would wrongly make it late.
    f = facts(ev("bankruptcy", "2000-07-10", "2001-01-15"), ev("court_claim", "2000-09-05"))
    w = D.bc_election_window(f)
    assert w.due == date(2002, 9, 5)
    assert date(2002, 8, 20) <= w.due


# --- FACTS.md J.12 (synthetic, derived) -------------------------------------------


def test_j12a_missed_bc_window():
    # § 6330 notice 2022-03-15 -> 2024-03-15, a Friday, no holiday, no roll. Form 8857 received
    # 2024-03-18 is after it.
    w = D.bc_election_window(facts(ev("levy_notice", "2022-03-15"), ev("relief_requested", "2024-03-18")))
    assert w.due == date(2024, 3, 15)
    assert date(2024, 3, 18) > w.due


def test_j12b_balance_due_notice_does_not_start_the_clock():
    w = D.bc_election_window(facts(ev("bill", "2023-05-01")))
    assert w.due is None
    assert "has not started" in texts(w.reasons)
    assert "not collection activity" in texts(w.reasons)


#: J.12(c): assessed 2020-01-01; relief request received 2026-01-01; final determination mailed 2026-07-01.
J12C = (
    ev("assessment", "2020-01-01"),
    ev("relief_requested", "2026-01-01"),
    ev("final_determination", "2026-07-01"),
)


def test_j12c_relief_request_suspends_the_csed_plus_60_days():
    # Base CSED 2030-01-01 (assessed 2020-01-01). Request received 2026-01-01; final determination
    # mailed 2026-07-01; no petition. Barred through 2026-07-01 + 90 = 2026-09-29
    # (Jul 31 = +30, Aug 31 = +61, Sep 29 = +90), then 60 days more: 2026-11-28 (Sep 30 = +1, Oct 31 = +32,
    # Nov 28 = +60). Days added = 2026-11-28 - 2026-01-01 = 271 + 60 = 331 (the start day is a running day;
    # see the rule's note). 2030-01-01 + 331 days: 2030 is not a leap year, so day-of-year 1 + 331 = 332,
    # which is November 28, 2030 (Oct 31 is day 304; 304 + 28 = 332). That is Thanksgiving 2030 (the 4th
    # Thursday: Nov 7, 14, 21, 28), so § 7503 moves it to Friday 2030-11-29.
    w = D.collection_statute(facts(*J12C))
    assert w.due == date(2030, 11, 29)
    assert "331 days" in texts(w.reasons)
    assert "2030-11-28" in texts(w.reasons)
    assert "Thanksgiving" in texts(w.reasons)


# --- (b)/(c): one fact changed at a time ------------------------------------------

BASE_LEVY = ev("levy_notice", "2022-03-15")  # -> 2024-03-15, a Friday


@pytest.mark.parametrize(
    "extra, expected",
    [
        ([], date(2024, 3, 15)),
        # a bill, a notice of deficiency and a lien filing are not collection activity
        ([ev("bill", "2021-01-05")], date(2024, 3, 15)),
        ([ev("deficiency_notice", "2021-06-01")], date(2024, 3, 15)),
        ([ev("lien_filed", "2021-09-01")], date(2024, 3, 15)),
        ([ev("lien_notice", "2021-09-03")], date(2024, 3, 15)),
        # later activity never restarts it
        ([ev("collection_suit", "2023-01-03")], date(2024, 3, 15)),
        # an earlier offset of my own refund starts it: 2021-04-20 -> 2023-04-20, a Thursday
        # (Emancipation Day 2023 was observed Monday 04-17)
        ([ev("my_refund_offset", "2021-04-20")], date(2023, 4, 20)),
        # an earlier court claim: 2021-11-24 -> 2023-11-24, the Friday after Thanksgiving (not a D.C. holiday)
        ([ev("court_claim", "2021-11-24")], date(2023, 11, 24)),
    ],
)
def test_bc_window_one_fact_at_a_time(extra, expected):
    assert D.bc_election_window(facts(BASE_LEVY, *extra)).due == expected


@pytest.mark.parametrize(
    "first, expected",
    [
        # leap day: 2024-02-29 + 2 years = 2026-02-28 (no Feb 29 in 2026), a Saturday -> Monday 2026-03-02
        ("2024-02-29", date(2026, 3, 2)),
        # 2023-02-28 -> 2025-02-28, a Friday
        ("2023-02-28", date(2025, 2, 28)),
        # year end: 2023-12-25 -> 2025-12-25, Christmas (Thursday) -> Friday 2025-12-26
        ("2023-12-25", date(2025, 12, 26)),
        # 2018-07-04 -> 2020-07-04, a Saturday (observed Friday 07-03) -> Sunday -> Monday 2020-07-06
        ("2018-07-04", date(2020, 7, 6)),
        # 2019-12-31 -> 2021-12-31, a Friday but the observed New Year's Day 2022 (Jan 1 was a Saturday),
        # then Saturday and Sunday -> Monday 2022-01-03
        ("2019-12-31", date(2022, 1, 3)),
        # 2021-04-16 -> 2023-04-16, a Sunday; Monday 04-17 is Emancipation Day observed -> Tuesday 2023-04-18
        ("2021-04-16", date(2023, 4, 18)),
        # 1998-07-23, the first day that counts -> 2000-07-23, a Sunday -> Monday 2000-07-24
        ("1998-07-23", date(2000, 7, 24)),
    ],
)
def test_bc_window_calendar_edges(first, expected):
    w = D.bc_election_window(facts(ev("levy_notice", first)))
    assert w.due == expected
    if w.due != add_years(date.fromisoformat(first), 2):
        assert any(r.rule.id == "irc-7503" for r in w.reasons)


def test_activity_on_july_22_1998_does_not_count_but_july_23_does():
    assert D.bc_election_window(facts(ev("levy_notice", "1998-07-22"))).due is None
    assert D.bc_election_window(facts(ev("levy_notice", "1998-07-23"))).due == date(2000, 7, 24)


def test_joint_refund_offset_is_counted_to_be_safe_when_it_went_to_federal_tax():
    # A joint refund offset on 2022-01-10 may be an offset of my share: counted conservatively.
    # 2022-01-10 + 2 years = 2024-01-10, a Wednesday.
    f = parse(
        {
            "offset": {"debt": "federal_tax"},
            "events": [ev("joint_refund_offset", "2022-01-10"), BASE_LEVY],
        }
    )
    w = D.bc_election_window(f)
    assert w.due == date(2024, 1, 10)
    assert "To be safe" in texts(w.reasons)
    # The same offset applied to a child-support debt is not an offset against the joint tax.
    f2 = parse({"offset": {"debt": "child_support"}, "events": [ev("joint_refund_offset", "2022-01-10"), BASE_LEVY]})
    assert D.bc_election_window(f2).due == date(2024, 3, 15)


def test_no_events_means_the_clock_has_not_started():
    w = D.bc_election_window(parse({}))
    assert w.due is None and w.reasons


# --- The collection statute (IRC 6502 and suspensions) ----------------------------

ASSESSED = ev("assessment", "2015-06-03")  # base CSED 2025-06-03, a Tuesday


@pytest.mark.parametrize(
    "extra, expected",
    [
        ([], date(2025, 6, 3)),
        # bankruptcy 2018-03-01 to 2018-09-01, + 6 months = 2019-03-01: 365 days.
        # 2025-06-03 + 365 = 2026-06-03 (no Feb 29 between them), a Wednesday
        ([ev("bankruptcy", "2018-03-01", "2018-09-01")], date(2026, 6, 3)),
        # offer pending 2019-01-10 to 2019-04-10: 21 + 28 + 31 + 10 = 90 days; no +30 (rejection unknown).
        # 2025-06-03 + 90 = 2025-09-01 (Jun 30 = +27, Jul 31 = +58, Aug 31 = +89), Labor Day -> 2025-09-02
        ([ev("offer_pending", "2019-01-10", "2019-04-10")], date(2025, 9, 2)),
        # overlapping offer and installment request (2019-03-01 to 2019-05-01) run concurrently:
        # union 2019-01-10 .. 2019-05-01 = 90 + 21 = 111 days, not 90 + 61 = 151.
        # 2025-06-03 + 111: Jun 30 = +27, Jul 31 = +58, Aug 31 = +89, Sep 22 = +111 -> 2025-09-22, a Monday
        (
            [ev("offer_pending", "2019-01-10", "2019-04-10"), ev("installment_request", "2019-03-01", "2019-05-01")],
            date(2025, 9, 22),
        ),
        # CDP hearing 2025-05-01 to 2025-05-20 adds 19 days (-> 2025-06-22), but the period cannot end
        # before 2025-05-20 + 90 = 2025-08-18 (May 31 = +11, Jun 30 = +41, Jul 31 = +72, Aug 18 = +90), a Monday
        ([ev("cdp_hearing", "2025-05-01", "2025-05-20")], date(2025, 8, 18)),
        # outside the U.S. 2018-01-01 to 2018-07-01: exactly 6 months, so it counts: 181 days.
        # 2025-06-03 + 181: Jun 30 = +27, Jul 31 = +58, Aug 31 = +89, Sep 30 = +119, Oct 31 = +150,
        # Nov 30 = +180, Dec 1 = +181 -> 2025-12-01, a Monday
        ([ev("outside_us", "2018-01-01", "2018-07-01")], date(2025, 12, 1)),
        # outside the U.S. for less than 6 months: no suspension
        ([ev("outside_us", "2018-01-01", "2018-06-30")], date(2025, 6, 3)),
        # a bankruptcy that begins after the CSED passed adds nothing
        ([ev("bankruptcy", "2025-07-01", "2025-08-01")], date(2025, 6, 3)),
        # a bankruptcy before the assessment: only the part after assessment counts. Stay ends 2015-06-01,
        # + 6 months = 2015-12-01; suspended from 2015-06-03: Jun 30 = 27, Jul 31 = 58, Aug 31 = 89,
        # Sep 30 = 119, Oct 31 = 150, Nov 30 = 180, Dec 1 = 181 days. 2025-06-03 + 181 = 2025-12-01
        ([ev("bankruptcy", "2015-01-01", "2015-06-01")], date(2025, 12, 1)),
        # spans still running add nothing: the earliest possible date is the base
        ([ev("bankruptcy", "2024-01-01")], date(2025, 6, 3)),
        ([ev("relief_requested", "2024-01-01")], date(2025, 6, 3)),
    ],
)
def test_csed_one_suspension_at_a_time(extra, expected):
    assert D.collection_statute(facts(ASSESSED, *extra)).due == expected


def test_csed_open_ended_span_says_the_date_is_the_earliest_possible():
    w = D.collection_statute(facts(ASSESSED, ev("bankruptcy", "2024-01-01")))
    assert "earliest possible" in texts(w.reasons)


def test_csed_with_tax_court_petition_is_a_lower_bound():
    # As J.12(c) with a petition on 2026-08-01: the known part is the same 331 days, and the reasons say
    # the real date is later.
    w = D.collection_statute(facts(*J12C, ev("tax_court_petition", "2026-08-01")))
    assert w.due == date(2030, 11, 29)
    assert "earliest possible" in texts(w.reasons)


def test_csed_without_assessment_needs_it():
    w = D.collection_statute(parse({}))
    assert w.due is None
    assert w.missing == ("events.assessment",)


def test_csed_leap_day_assessment():
    # 2016-02-29 + 10 years = 2026-02-28, a Saturday -> Monday 2026-03-02
    w = D.collection_statute(facts(ev("assessment", "2016-02-29")))
    assert w.due == date(2026, 3, 2)


def test_csed_uses_the_earliest_assessment():
    w = D.collection_statute(facts(ev("assessment", "2017-05-01"), ASSESSED))
    assert w.due == date(2025, 6, 3)


# --- The refund window (IRC 6511 with 6513) ----------------------------------------


@pytest.mark.parametrize(
    "fields, payments, expected, missing",
    [
        # IR-2025-46: the last day to claim 2021 refunds was April 15, 2025, although 2021 returns were due
        # April 18, 2022 (§ 7503). No filing date: earliest = 2022-04-15 + 3 years = 2025-04-15, a Tuesday.
        ({"tax_year": 2021}, [], date(2025, 4, 15), ("return_filed",)),
        # filed early (2022-03-01) -> deemed filed 2022-04-15 -> 2025-04-15, not 2025-04-18
        ({"tax_year": 2021, "return_filed": "2022-03-01"}, [], date(2025, 4, 15), ()),
        # filed on the § 7503 due date 2022-04-18: that is after April 15, so it runs from 04-18:
        # 2025-04-18, a Friday
        ({"tax_year": 2021, "return_filed": "2022-04-18"}, [], date(2025, 4, 18), ()),
        # filed on extension 2022-10-17 -> 2025-10-17, a Friday
        ({"tax_year": 2021, "return_filed": "2022-10-17", "extension": True}, [], date(2025, 10, 17), ()),
        # a later payment 2024-06-10 -> 2 years = 2026-06-10 (a Wednesday), later than 2025-04-15
        ({"tax_year": 2021, "return_filed": "2022-03-01"}, ["2024-06-10"], date(2026, 6, 10), ()),
        # withholding dated 2021-12-31 counts as paid 2022-04-15 -> 2024-04-15; the 3-year date is later
        ({"tax_year": 2021, "return_filed": "2022-03-01"}, ["2021-12-31"], date(2025, 4, 15), ()),
        # tax year 2019 filed early: 2020-04-15 + 3 = 2023-04-15, a Saturday; Monday 04-17 is Emancipation
        # Day observed -> Tuesday 2023-04-18. (The COVID postponement to July 2023 under § 7508A is not
        # formalised, so this is earlier than the IRS's announced date, as intended.)
        ({"tax_year": 2019, "return_filed": "2020-02-01"}, [], date(2023, 4, 18), ()),
        # tax year 2023 filed on 2024-02-29 is early (before 2024-04-15): deemed 2024-04-15 -> 2027-04-15,
        # a Thursday
        ({"tax_year": 2023, "return_filed": "2024-02-29"}, [], date(2027, 4, 15), ()),
        # tax year 2022 filed late on 2024-02-29 -> 2027-02-28 (no Feb 29), a Sunday -> Monday 2027-03-01
        ({"tax_year": 2022, "return_filed": "2024-02-29"}, [], date(2027, 3, 1), ()),
    ],
)
def test_refund_window(fields, payments, expected, missing):
    f = facts(*[ev("payment", p) for p in payments], **fields)
    w = D.refund_window(f)
    assert w.due == expected
    assert w.missing == missing


def test_refund_window_without_year_or_filing_date():
    w = D.refund_window(parse({}))
    assert w.due is None
    assert set(w.missing) == {"return_filed", "tax_year"}


def test_refund_window_with_only_a_payment_and_no_year():
    # Without the tax year the payment date is used as is (an earlier or equal date than the deemed one):
    # 2023-03-01 + 2 years = 2025-03-01, a Saturday -> Monday 2025-03-03
    w = D.refund_window(facts(ev("payment", "2023-03-01")))
    assert w.due == date(2025, 3, 3)
    assert "return_filed" in w.missing


# --- The general list ---------------------------------------------------------------


def test_no_events_no_deadlines():
    assert D.general_deadlines(parse({}), AS_OF) == ()


def test_newsome_lien_filing_dates():
    # Newsome v. Commissioner, T.C. Memo. 2007: NFTL filed 2004-11-04 (Thu); business days Nov 5 (1),
    # 8 (2), 9 (3), 10 (4), [11 Veterans Day], 12 (5). 30 days from the next day end 2004-12-12, a Sunday,
    # so the last day is Monday 2004-12-13.
    d = by_id(D.general_deadlines(facts(ev("lien_filed", "2004-11-04")), AS_OF))["cdp_hearing"]
    assert d.due == date(2004, 12, 13)
    assert d.as_dict(AS_OF)["status"] == "passed"


@pytest.mark.parametrize(
    "events, expected",
    [
        # levy notice 2025-06-02 (Mon) + 30 = 2025-07-02, a Wednesday
        ([ev("levy_notice", "2025-06-02")], date(2025, 7, 2)),
        # levy notice 2025-06-04 + 30 = 2025-07-04, Independence Day (Friday) -> Monday 2025-07-07
        ([ev("levy_notice", "2025-06-04")], date(2025, 7, 7)),
        # lien notice dated 2025-06-02 only: counted from the notice, 2025-07-02
        ([ev("lien_notice", "2025-06-02")], date(2025, 7, 2)),
        # lien filed 2025-05-28 (Wed): business days May 29, 30, Jun 2, 3, 4 -> 2025-06-04; + 30 = 2025-07-04,
        # a holiday -> 2025-07-07
        ([ev("lien_filed", "2025-05-28")], date(2025, 7, 7)),
        # both known: the earlier (the notice-based 2025-07-02) is used
        ([ev("lien_filed", "2025-05-28"), ev("lien_notice", "2025-06-02")], date(2025, 7, 2)),
    ],
)
def test_cdp_hearing(events, expected):
    d = by_id(D.general_deadlines(facts(*events), date(2025, 6, 1)))["cdp_hearing"]
    assert d.due == expected
    assert d.can_extend is False


def test_cdp_hearing_prefers_the_open_right_over_a_passed_one():
    # Levy notice 2024-01-02 -> 2024-02-01 (passed by 2025-06-01); lien notice 2025-06-02 -> 2025-07-02 (open).
    f = facts(ev("levy_notice", "2024-01-02"), ev("lien_notice", "2025-06-02"))
    d = by_id(D.general_deadlines(f, date(2025, 6, 1)))["cdp_hearing"]
    assert d.due == date(2025, 7, 2)
    assert "2024-02-01" in texts(d.reasons)


@pytest.mark.parametrize(
    "events, expected",
    [
        # levy notice 2025-06-02: one year counted from 2025-06-03 ends 2026-06-02, a Tuesday
        ([ev("levy_notice", "2025-06-02")], date(2026, 6, 2)),
        # lien filed 2025-05-28: 5 business days end 2025-06-04; one year later 2026-06-04, a Thursday
        ([ev("lien_filed", "2025-05-28")], date(2026, 6, 4)),
        # with the notice's date 2025-06-02 as well, the earlier 2026-06-02 is used
        ([ev("lien_filed", "2025-05-28"), ev("lien_notice", "2025-06-02")], date(2026, 6, 2)),
    ],
)
def test_equivalent_hearing(events, expected):
    d = by_id(D.general_deadlines(facts(*events), date(2025, 6, 1)))["equivalent_hearing"]
    assert d.due == expected
    assert "Tax Court" in texts(d.reasons)


def test_appeal_form_12509():
    # preliminary determination 2026-10-30 + 30 = 2026-11-29, a Sunday -> Monday 2026-11-30
    d = by_id(D.general_deadlines(facts(ev("preliminary_determination", "2026-10-30")), AS_OF))["appeal"]
    assert d.due == date(2026, 11, 30)
    assert d.as_dict(AS_OF)["status"] == "open"
    assert d.as_dict(AS_OF)["days_left"] == 3


def test_tax_court_relief_90_days_not_extendable():
    # final determination 2026-07-01 + 90 = 2026-09-29, a Tuesday
    f = facts(ev("relief_requested", "2026-01-01"), ev("final_determination", "2026-07-01"))
    d = by_id(D.general_deadlines(f, AS_OF))["tax_court_relief"]
    assert d.due == date(2026, 9, 29)
    assert d.can_extend is False
    assert d.as_dict(AS_OF)["status"] == "passed"


def test_tax_court_relief_after_six_months_without_determination():
    f = facts(ev("relief_requested", "2026-01-01"))
    assert "tax_court_relief" not in by_id(D.general_deadlines(f, AS_OF))
    w = D.tax_court_relief_window(f, AS_OF)
    assert w.due is None
    assert "may petition the Tax Court now" in texts(w.reasons)
    # five months in, not yet: 2026-01-01 + 6 months = 2026-07-01
    early = D.tax_court_relief_window(f, date(2026, 6, 1))
    assert "2026-07-01" in texts(early.reasons)


def test_tax_court_deficiency():
    # 2025-01-02 + 90 = 2025-04-02 (Jan 31 = +29, Feb 28 = +57, Mar 31 = +88), a Wednesday
    d = by_id(D.general_deadlines(facts(ev("deficiency_notice", "2025-01-02")), AS_OF))["tax_court_deficiency"]
    assert d.due == date(2025, 4, 2)
    assert d.can_extend is False


def test_tax_court_deficiency_abroad_keeps_the_earlier_date_and_says_why():
    f = facts(ev("outside_us", "2024-09-01"), ev("deficiency_notice", "2025-01-02"))
    d = by_id(D.general_deadlines(f, AS_OF))["tax_court_deficiency"]
    assert d.due == date(2025, 4, 2)
    assert "150 days" in texts(d.reasons)


def test_all_ids_and_reasons():
    f = facts(
        ev("assessment", "2020-01-01"),
        ev("levy_notice", "2025-06-02"),
        ev("deficiency_notice", "2019-10-01"),
        ev("relief_requested", "2026-01-01"),
        ev("preliminary_determination", "2026-05-01"),
        ev("final_determination", "2026-07-01"),
        tax_year=2018,
        return_filed="2019-04-01",
    )
    ds = D.general_deadlines(f, AS_OF)
    assert {d.id for d in ds} == TODAY_IDS
    assert len({d.id for d in ds}) == len(ds)
    for d in ds:
        assert d.reasons and d.rule_text
        assert d.as_dict(AS_OF)["status"] in ("open", "passed")


def test_general_collection_statute_matches_the_window():
    f = facts(
        ev("assessment", "2020-01-01"),
        ev("relief_requested", "2026-01-01"),
        ev("final_determination", "2026-07-01"),
    )
    d = by_id(D.general_deadlines(f, AS_OF))["collection_statute"]
    assert d.due == date(2030, 11, 29)

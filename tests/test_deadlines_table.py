"""Every clock, with its period ending on a weekday, on a weekend and on a D.C. legal holiday.

One input changes per row. Each expected date is worked by hand: the period's last day, then
IRC § 7503 (a Saturday, Sunday or D.C. legal holiday moves it to the next business day). In 2026,
March 4 is a Wednesday, March 7 a Saturday (-> Monday March 9), April 16 (D.C. Emancipation Day) a
Thursday, June 19 (Juneteenth) a Friday and November 11 (Veterans Day) a Wednesday.
"""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from calculator import deadlines as D
from tests.test_deadlines import by_id, ev, facts, texts

AS_OF = date(2025, 1, 2)


def general(deadline_id):
    return lambda f: by_id(D.general_deadlines(f, AS_OF))[deadline_id].due


CLOCKS = {
    "bc_election": lambda f: D.bc_election_window(f).due,
    "collection_statute": lambda f: D.collection_statute(f).due,
    "refund_claim": lambda f: D.refund_window(f).due,
    "tax_court_relief": lambda f: D.tax_court_relief_window(f, AS_OF).due,
    **{k: general(k) for k in ("cdp_hearing", "equivalent_hearing", "appeal", "tax_court_deficiency", "tax_court_cdp")},
}

TABLE = [
    # § 6015(b)/(c): 2 years from the levy notice
    ("bc_election", facts(ev("levy_notice", "2024-03-04")), date(2026, 3, 4)),
    ("bc_election", facts(ev("levy_notice", "2024-03-07")), date(2026, 3, 9)),
    ("bc_election", facts(ev("levy_notice", "2024-04-16")), date(2026, 4, 17)),
    # § 6502: 10 years from assessment
    ("collection_statute", facts(ev("assessment", "2016-03-04")), date(2026, 3, 4)),
    ("collection_statute", facts(ev("assessment", "2016-03-07")), date(2026, 3, 9)),
    ("collection_statute", facts(ev("assessment", "2016-11-11")), date(2026, 11, 12)),
    # § 6511: 3 years from a late return (tax year 2021, due 2022-04-15)
    ("refund_claim", facts(tax_year=2021, return_filed="2023-03-04"), date(2026, 3, 4)),
    ("refund_claim", facts(tax_year=2021, return_filed="2023-03-07"), date(2026, 3, 9)),
    ("refund_claim", facts(tax_year=2021, return_filed="2023-06-19"), date(2026, 6, 22)),  # Juneteenth, Fri -> Mon
    # § 6330: 30 days after the levy notice (Feb 2 + 26 = Feb 28, + 4 = Mar 4; Oct 12 + 30 = Nov 11)
    ("cdp_hearing", facts(ev("levy_notice", "2026-02-02")), date(2026, 3, 4)),
    ("cdp_hearing", facts(ev("levy_notice", "2026-02-05")), date(2026, 3, 9)),
    ("cdp_hearing", facts(ev("levy_notice", "2026-10-12")), date(2026, 11, 12)),
    # equivalent hearing: 1 year from the levy notice
    ("equivalent_hearing", facts(ev("levy_notice", "2025-03-04")), date(2026, 3, 4)),
    ("equivalent_hearing", facts(ev("levy_notice", "2025-03-07")), date(2026, 3, 9)),
    ("equivalent_hearing", facts(ev("levy_notice", "2025-11-11")), date(2026, 11, 12)),
    # Form 12509: 30 days from the letter
    ("appeal", facts(ev("preliminary_determination", "2026-02-02")), date(2026, 3, 4)),
    ("appeal", facts(ev("preliminary_determination", "2026-02-05")), date(2026, 3, 9)),
    ("appeal", facts(ev("preliminary_determination", "2026-10-12")), date(2026, 11, 12)),
    # § 6015(e): 90 days (Dec 4 + 27 = Dec 31, Jan 31 = +58, Feb 28 = +86, Mar 4 = +90;
    # Jan 16 + 15 = Jan 31, Feb 28 = +43, Mar 31 = +74, Apr 16 = +90)
    ("tax_court_relief", facts(ev("final_determination", "2025-12-04")), date(2026, 3, 4)),
    ("tax_court_relief", facts(ev("final_determination", "2025-12-07")), date(2026, 3, 9)),
    ("tax_court_relief", facts(ev("final_determination", "2026-01-16")), date(2026, 4, 17)),
    # § 6213(a): 90 days, the same arithmetic
    ("tax_court_deficiency", facts(ev("deficiency_notice", "2025-12-04")), date(2026, 3, 4)),
    ("tax_court_deficiency", facts(ev("deficiency_notice", "2025-12-07")), date(2026, 3, 9)),
    ("tax_court_deficiency", facts(ev("deficiency_notice", "2026-01-16")), date(2026, 4, 17)),
    # § 6330(d)(1): 30 days from the notice of determination
    ("tax_court_cdp", facts(ev("cdp_determination", "2026-02-02")), date(2026, 3, 4)),
    ("tax_court_cdp", facts(ev("cdp_determination", "2026-02-05")), date(2026, 3, 9)),
    ("tax_court_cdp", facts(ev("cdp_determination", "2026-10-12")), date(2026, 11, 12)),
]


@pytest.mark.parametrize(("clock", "f", "expected"), TABLE, ids=[f"{c}-{e}" for c, _, e in TABLE])
def test_every_clock_on_a_weekday_a_weekend_and_a_holiday(clock, f, expected):
    assert CLOCKS[clock](f) == expected


#: The last day of each row's period (before § 7503), in TABLE's order, worked by hand in TABLE's comments.
LAST_DAYS = {
    "bc_election": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 4, 16)),
    "collection_statute": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 11, 11)),
    "refund_claim": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 6, 19)),
    "cdp_hearing": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 11, 11)),
    "equivalent_hearing": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 11, 11)),
    "appeal": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 11, 11)),
    "tax_court_relief": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 4, 16)),
    "tax_court_deficiency": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 4, 16)),
    "tax_court_cdp": (date(2026, 3, 4), date(2026, 3, 7), date(2026, 11, 11)),
}


def test_the_table_really_covers_weekdays_weekends_and_holidays():
    # Guard on the table itself, against the independent `holidays` package: for each clock, one period
    # ends on a business day, one on a weekend and one on a D.C. legal holiday.
    oracle = holidays.US(subdiv="DC", years=[2026])
    assert set(LAST_DAYS) == set(CLOCKS)
    for clock, (weekday, weekend, holiday) in LAST_DAYS.items():
        assert weekday.weekday() < 5 and weekday not in oracle, clock
        assert weekend.weekday() >= 5, clock
        assert holiday in oracle and holiday.weekday() < 5, clock
        assert [e for c, _, e in TABLE if c == clock][0] == weekday, clock


def test_refund_claims_for_2003_were_due_april_17_2007():
    """Announcement 2007-16: "Taxpayers across the nation have until Tuesday, April 17, 2007 ... because
    April 15 falls on a Sunday in 2007, and the following day, Monday, April 16, is Emancipation Day";
    the date applies to "Individual refund claims for tax year 2003, where the regular three-year statute
    of limitations is expiring." """
    # 2003 return filed early counts as filed 2004-04-15; + 3 years = 2007-04-15, a Sunday; Monday the
    # 16th is Emancipation Day -> Tuesday 2007-04-17
    w = D.refund_window(facts(tax_year=2003, return_filed="2004-03-01"))
    assert w.due == date(2007, 4, 17)


def test_refund_claims_for_2002_were_due_april_17_2006_not_the_18th():
    """Notice 2006-23 speaks of "the April 17, 2006, due date" (moving it to April 18 only in the Patriots'
    Day states). D.C. observed Emancipation Day on Monday April 17, 2006 (D.C. Law 16-91); the IRS did not,
    so the earlier date is used and the reason says why."""
    # 2002 return filed early counts as filed 2003-04-15; + 3 years = 2006-04-15, a Saturday -> Monday 2006-04-17
    w = D.refund_window(facts(tax_year=2002, return_filed="2003-03-01"))
    assert w.due == date(2006, 4, 17)
    assert "2006-04-17 is treated as an ordinary business day" in texts(w.reasons)


def test_juneteenth_2022_is_an_ordinary_day_with_a_reason():
    # Levy notice 2022-05-21 + 30 = 2022-06-20 (May 31 = +10, Jun 20 = +30), a Monday the IRS treated as
    # Juneteenth (observed); D.C. law listed it only from July 12, 2022, so the earlier date stays.
    d = by_id(D.general_deadlines(facts(ev("levy_notice", "2022-05-21")), date(2022, 5, 22)))["cdp_hearing"]
    assert d.due == date(2022, 6, 20)
    assert "D.C. law listed Juneteenth only from July 12, 2022" in texts(d.reasons)


def test_outside_the_us_the_period_cannot_end_within_six_months_of_the_return():
    """IRC § 6503(c), second sentence: if "at the time of the taxpayer's return to the United States the
    period of limitations on collection ... would expire before the expiration of 6 months from the date of
    his return, such period shall not expire before the expiration of such 6 months." """
    # Assessed 2015-06-03 -> 2025-06-03. Away 2025-05-01 .. 2025-11-01 (184 days: May 31, Jun 30, Jul 31,
    # Aug 31, Sep 30, Oct 31) -> 2025-06-03 + 184 = 2025-12-04. Return + 6 months = 2026-05-01, later,
    # a Friday.
    w = D.collection_statute(facts(ev("assessment", "2015-06-03"), ev("outside_us", "2025-05-01", "2025-11-01")))
    assert w.due == date(2026, 5, 1)
    assert "cannot end before 2026-05-01" in texts(w.reasons)


def test_outside_the_us_reason_reads_its_months_from_the_rule(monkeypatch):
    import dataclasses

    from calculator import law

    rule = law.RULES["irc-6503-c-outside-us"]
    monkeypatch.setitem(law.RULES, "irc-6503-c-outside-us", dataclasses.replace(rule, value=7))
    w = D.collection_statute(facts(ev("assessment", "2015-06-03"), ev("outside_us", "2025-05-01")))
    assert "If it lasts 7 months or more" in texts(w.reasons)


def test_lookback_reason_reads_its_years_from_the_rules(monkeypatch):
    import dataclasses

    from calculator import law

    for rid, value in (("irc-6511-a-filing", 4), ("irc-6511-a-payment", 1)):
        monkeypatch.setitem(law.RULES, rid, dataclasses.replace(law.RULES[rid], value=value))
    w = D.refund_window(facts(tax_year=2021, return_filed="2023-03-04"))
    assert "tax paid in the 4 years" in texts(w.reasons) and "in the 1 years before it" in texts(w.reasons)


def test_election_reasons_read_their_years_from_the_rule(monkeypatch):
    import dataclasses

    from calculator import law

    rule = law.RULES["irc-6015-bc-two-years"]
    monkeypatch.setitem(law.RULES, "irc-6015-bc-two-years", dataclasses.replace(rule, value=3))
    w = D.bc_election_window(facts(ev("levy_notice", "2024-03-04"), ev("bill", "2024-01-02")))
    assert w.due == date(2027, 3, 4)  # a Thursday
    assert "does not start the 3-year clock" in texts(w.reasons) and "two-year" not in texts(w.reasons)

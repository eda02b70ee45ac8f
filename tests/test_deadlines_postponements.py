"""Postponements (IRC § 7508A): the nationwide COVID-19 notices and a postponement the user enters.

Treas. Reg. § 301.7508A-1(c)(1) lists, among the acts a postponement can cover, "(iv) Filing a petition
with the Tax Court ... (v) Filing a claim for credit or refund of any tax". Whether a § 6015(b)/(c)
election or a hearing request is covered was not confirmed (Rev. Proc. 2018-58 not seen in full), so
those keep the earlier date and say why. Dates are worked by hand in the comments.
"""

from __future__ import annotations

from datetime import date

from calculator import deadlines as D
from tests.test_deadlines import by_id, ev, facts, texts


def test_notice_2020_23_moves_a_tax_court_petition_to_july_15_2020():
    """Notice 2020-23 § III.A (as quoted): Specified Time-Sensitive Actions "due to be performed on or after
    April 1, 2020, and before July 15, 2020" include "filing all petitions with the Tax Court"; the
    postponed date is July 15, 2020."""
    # notice of deficiency 2020-03-20 + 90 = 2020-06-18 (Mar 31 = +11, Apr 30 = +41, May 31 = +72, Jun 18 = +90),
    # inside the window -> 2020-07-15, a Wednesday
    d = by_id(D.general_deadlines(facts(ev("deficiency_notice", "2020-03-20")), date(2020, 4, 1)))["tax_court_deficiency"]
    assert d.due == date(2020, 7, 15)
    assert "Notice 2020-23" in texts(d.reasons) and "2020-06-18" in texts(d.reasons)


def test_notice_2021_21_moves_a_2017_refund_claim_to_may_17_2021():
    """IR-2021-67: "For tax year 2017 Federal income tax returns, the normal April 15 deadline to claim a
    refund has also been extended to May 17, 2021." """
    # 2017 return filed early counts as filed 2018-04-15; + 3 years = 2021-04-15, inside the window -> 2021-05-17
    w = D.refund_window(facts(tax_year=2017, return_filed="2018-03-01"))
    assert w.due == date(2021, 5, 17)
    assert "Notice 2021-21" in texts(w.reasons)


def test_notice_2021_21_did_not_move_tax_court_petitions():
    # deficiency 2021-01-20 + 90 = 2021-04-20 (Jan 31 = +11, Feb 28 = +39, Mar 31 = +70, Apr 20 = +90), a Tuesday
    d = by_id(D.general_deadlines(facts(ev("deficiency_notice", "2021-01-20")), date(2021, 2, 1)))["tax_court_deficiency"]
    assert d.due == date(2021, 4, 20)
    assert "postpone" not in texts(d.reasons)


def test_a_bc_election_in_the_covid_window_keeps_the_earlier_date_and_says_why():
    # levy notice 2018-05-01 + 2 years = 2020-05-01, a Friday, inside Notice 2020-23's window: not moved
    w = D.bc_election_window(facts(ev("levy_notice", "2018-05-01")))
    assert w.due == date(2020, 5, 1)
    assert "not settled" in texts(w.reasons) and "earlier date is kept" in texts(w.reasons)


def test_a_users_disaster_postponement_moves_a_petition_but_not_a_hearing_request():
    # Postponement entered: deadlines from 2026-01-10 until 2026-05-01.
    # Deficiency 2026-01-05 + 90 = 2026-04-05 (Jan 31 = +26, Feb 28 = +54, Mar 31 = +85, Apr 5 = +90), a Sunday,
    # inside the window -> 2026-05-01, a Friday.
    # Levy notice 2026-03-01 + 30 = 2026-03-31, a Tuesday, inside the window; a hearing request is not on the
    # regulation's list, so 2026-03-31 stays.
    f = facts(
        ev("disaster_postponement", "2026-01-10", "2026-05-01"),
        ev("deficiency_notice", "2026-01-05"),
        ev("levy_notice", "2026-03-01"),
    )
    got = by_id(D.general_deadlines(f, date(2026, 3, 2)))
    assert got["tax_court_deficiency"].due == date(2026, 5, 1)
    assert "the disaster postponement you entered" in texts(got["tax_court_deficiency"].reasons)
    assert got["cdp_hearing"].due == date(2026, 3, 31)
    assert "earlier date is kept" in texts(got["cdp_hearing"].reasons)


def test_a_postponement_that_ends_before_the_last_day_changes_nothing():
    f = facts(ev("disaster_postponement", "2026-01-10", "2026-02-01"), ev("deficiency_notice", "2026-01-05"))
    d = by_id(D.general_deadlines(f, date(2026, 1, 6)))["tax_court_deficiency"]
    # 2026-04-05 (a Sunday) -> 2026-04-06, as without the postponement
    assert d.due == date(2026, 4, 6)
    assert "postpone" not in texts(d.reasons)


def test_notice_2023_21_lookback_is_stated_for_2019_returns():
    """Notice 2023-21 (as summarised by PwC): "the period April 15, 2020, to July 15, 2020 ... will be
    disregarded in determining the three-year lookback period under Section 6511(b)"."""
    w = D.refund_window(facts(tax_year=2019, return_filed="2020-07-01"))
    assert "2020-04-15 to 2020-07-15" in texts(w.reasons)
    assert "2020-04-15 to 2020-07-15" not in texts(D.refund_window(facts(tax_year=2018, return_filed="2019-07-01")).reasons)

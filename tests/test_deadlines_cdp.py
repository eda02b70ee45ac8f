"""Collection due process: the Tax Court petition after the notice of determination (IRC § 6330(d)(1)),
when the collection period's suspension ends (IRC § 6330(e)(1), Treas. Reg. § 301.6330-1(g)), two
hearing rights open at once, and what an equivalent hearing can lead to (Treas. Reg. § 301.6330-1(i)).

Dates are worked by hand in the comments (days counted from the day after the event; IRC § 7503 moves
a last day on a Saturday, Sunday or D.C. legal holiday to the next business day).
"""

from __future__ import annotations

from datetime import date

from calculator import deadlines as D
from tests.test_deadlines import by_id, ev, facts, texts

AS_OF = date(2026, 3, 3)


def test_cdp_petition_is_30_days_from_the_notice_of_determination():
    """IRC § 6330(d)(1): "The person may, within 30 days of a determination under this section, petition
    the Tax Court for review of such determination". Treas. Reg. § 301.6330-1(f)(1): "within the 30-day
    period commencing the day after the date of the Notice of Determination"."""
    # 2026-03-02 (a Monday) + 30: Mar 31 = +29, Apr 1 = +30 -> 2026-04-01, a Wednesday
    d = by_id(D.general_deadlines(facts(ev("cdp_determination", "2026-03-02")), AS_OF))["tax_court_cdp"]
    assert d.due == date(2026, 4, 1)
    assert not d.can_extend
    words = texts(d.reasons)
    assert "Boechler" in words and "firm" in words
    # A-F2: the § 6015 part alone may go within 90 days; the 30 days stay the date shown.
    assert "within 90 days (§ 6015(e))" in words


def test_cdp_petition_boechler_does_not_move_the_date():
    """Boechler, P.C. v. Commissioner, 596 U.S. 199 (2022), syllabus: "Section 6330(d)(1)'s 30-day time
    limit to file a petition for review of a collection due process determination is a nonjurisdictional
    deadline subject to equitable tolling." Tolling is case by case, so the date shown is day 30 itself."""
    # 2026-10-02 (a Friday) + 30 = 2026-11-01, a Sunday -> Monday 2026-11-02 (§ 7503), never later
    d = by_id(D.general_deadlines(facts(ev("cdp_determination", "2026-10-02")), AS_OF))["tax_court_cdp"]
    assert d.due == date(2026, 11, 2)
    assert "equitable tolling" in texts(d.reasons)


def test_cdp_petition_counts_from_an_earlier_mailing_and_never_from_a_later_one():
    """Treas. Reg. § 301.6330-1(f)(1) counts from "the date of the Notice of Determination". A notice
    mailed before its printed date starts the period at the mailing (the earlier date); one mailed
    after it is counted from the printed date, the earlier, and the reason says why."""
    # mailed 2026-02-27 (before its date 2026-03-02) + 30: Feb 28 = +1, Mar 29 = +30 -> a Sunday -> 2026-03-30
    early = by_id(D.general_deadlines(facts({**ev("cdp_determination", "2026-03-02"), "mailed": "2026-02-27"}), AS_OF))["tax_court_cdp"]
    assert early.due == date(2026, 3, 30)
    assert "mailed earlier, on 2026-02-27" in texts(early.reasons)
    # mailed 2026-03-09, after its date: still 2026-03-02 + 30 = 2026-04-01
    late = by_id(D.general_deadlines(facts({**ev("cdp_determination", "2026-03-02"), "mailed": "2026-03-09"}), AS_OF))["tax_court_cdp"]
    assert late.due == date(2026, 4, 1)
    assert "mailed later, on 2026-03-09" in texts(late.reasons)


def test_cdp_suspension_ends_when_the_determination_is_final_reg_example_2():
    """Treas. Reg. § 301.6330-1(g)(3), Example 2: the period "will expire on August 1, 1999. ... The IRS
    received this request on May 15, 1999. Appeals sends the taxpayer its determination on June 15, 1999
    ... the taxpayer does not seek judicial review ... the period of limitation will be extended to
    October 13, 1999 (90 days from July 15, 1999)." """
    # Assessed 1989-08-01 -> base CSED 1999-08-01. Final = 1999-06-15 + 30 = 1999-07-15 (Jun 30 = +15,
    # Jul 15 = +30). Pendency 1999-05-15 .. 1999-07-15 = 16 + 30 + 15 = 61 days -> 1999-10-01; the floor
    # 1999-07-15 + 90 = 1999-10-13 (Jul 31 = +16, Aug 31 = +47, Sep 30 = +77, Oct 13 = +90) is later,
    # a Wednesday.
    f = facts(ev("assessment", "1989-08-01"), ev("cdp_hearing", "1999-05-15"), ev("cdp_determination", "1999-06-15"))
    w = D.collection_statute(f)
    assert w.due == date(1999, 10, 13)
    assert "1999-07-15" in texts(w.reasons)


def test_the_letters_date_as_an_end_gives_the_old_early_answer_the_notice_fixes():
    # The bug the new event fixes: a user who typed the letter's date (1999-06-15) as the hearing's end got
    # 1999-06-15 + 90 = 1999-09-13, a month early. An end keeps its old meaning (the day the determination
    # became final), so giving the true final day, 1999-07-15, gives the regulation's answer again.
    assessed = ev("assessment", "1989-08-01")
    assert D.collection_statute(facts(assessed, ev("cdp_hearing", "1999-05-15", "1999-06-15"))).due == date(1999, 9, 13)
    assert D.collection_statute(facts(assessed, ev("cdp_hearing", "1999-05-15", "1999-07-15"))).due == date(1999, 10, 13)


def test_a_long_hearing_sets_the_csed_by_its_pendency_not_the_floor():
    """IRC § 6330(e)(1): suspended "for the period during which such hearing, and appeals therein, are
    pending"; the 90-day floor only matters when little time is left."""
    # Assessed 2015-06-03 -> 2025-06-03. Hearing requested 2020-01-01, notice 2020-12-02, final
    # 2020-12-02 + 30 = 2021-01-01. Pendency 2020-01-01 .. 2021-01-01 = 366 days (2020 is a leap year):
    # 2025-06-03 + 366 = 2026-06-04 (2025-06-03 + 365 = 2026-06-03), a Thursday. The floor,
    # 2021-01-01 + 90 = 2021-04-01, is long past.
    assessed = ev("assessment", "2015-06-03")
    new_style = facts(assessed, ev("cdp_hearing", "2020-01-01"), ev("cdp_determination", "2020-12-02"))
    old_style = facts(assessed, ev("cdp_hearing", "2020-01-01", "2021-01-01"))
    assert D.collection_statute(new_style).due == date(2026, 6, 4)
    assert D.collection_statute(old_style).due == date(2026, 6, 4)


def test_a_petition_leaves_the_csed_open_ended_at_its_earliest():
    # As above with a petition on 2020-12-20: the determination is final only after the court's decision.
    # Known part: up to the later of 2021-01-01 and the petition -> the same 2026-06-04, the earliest possible.
    f = facts(
        ev("assessment", "2015-06-03"),
        ev("cdp_hearing", "2020-01-01"),
        ev("cdp_determination", "2020-12-02"),
        ev("cdp_petition", "2020-12-20"),
    )
    w = D.collection_statute(f)
    assert w.due == date(2026, 6, 4)
    assert "earliest possible" in texts(w.reasons)


def test_a_hearing_without_a_notice_adds_nothing_and_says_so():
    w = D.collection_statute(facts(ev("assessment", "2015-06-03"), ev("cdp_hearing", "2020-01-01")))
    assert w.due == date(2025, 6, 3)
    assert "no notice of determination yet" in texts(w.reasons)


def test_two_hearing_rights_open_at_once_show_the_earliest():
    # Levy notice 2025-06-02 + 30 = 2025-07-02 (Jun 30 = +28), a Wednesday. Lien notice 2025-06-20 + 30 =
    # 2025-07-20, a Sunday -> 2025-07-21. Checked 2025-06-03, both are open: the levy hearing's date shows.
    f = facts(ev("levy_notice", "2025-06-02"), ev("lien_notice", "2025-06-20"))
    d = by_id(D.general_deadlines(f, date(2025, 6, 3)))["cdp_hearing"]
    assert d.due == date(2025, 7, 2)
    assert "lien hearing is 2025-07-21 (still open)" in texts(d.reasons)


def test_equivalent_hearing_can_lead_to_the_tax_court_on_relief():
    """Treas. Reg. § 301.6330-1(i)(2), A-I6: "Section 6330 does not authorize a taxpayer to appeal the
    decision of Appeals with respect to an equivalent hearing. A taxpayer may under certain circumstances
    be able to seek Tax Court review of Appeals' denial of relief under section 6015. Such review must be
    sought within 90 days of the issuance of Appeals' determination on those issues, as provided by
    section 6015(e)." """
    d = by_id(D.general_deadlines(facts(ev("levy_notice", "2025-06-02")), date(2025, 8, 1)))["equivalent_hearing"]
    words = texts(d.reasons) + " " + d.rule_text
    assert "no right to go to the Tax Court" not in words and "no Tax Court review" not in words
    assert "within 90 days (§ 6015(e))" in words
    # Its decision on relief, recorded as a final determination, starts the 90 days: 2026-03-02 + 90 =
    # 2026-05-31 (Mar 31 = +29, Apr 30 = +59, May 31 = +90), a Sunday -> Monday 2026-06-01.
    relief = D.tax_court_relief_window(facts(ev("final_determination", "2026-03-02")), AS_OF)
    assert relief.due == date(2026, 6, 1)


def test_equivalent_hearing_reason_reads_the_hearing_days_from_the_rule(monkeypatch):
    import dataclasses

    from calculator import law

    monkeypatch.setitem(law.RULES, "irc-6330-cdp-levy", dataclasses.replace(law.RULES["irc-6330-cdp-levy"], value=31))
    d = by_id(D.general_deadlines(facts(ev("levy_notice", "2025-06-02")), date(2025, 8, 1)))["equivalent_hearing"]
    assert "If the 31 days after the levy notice" in texts(d.reasons)
    assert "30 days" not in texts(d.reasons)


def test_a_notice_without_the_hearing_request_asks_for_it():
    w = D.collection_statute(facts(ev("assessment", "2015-06-03"), ev("cdp_determination", "2020-12-02")))
    assert w.due == date(2025, 6, 3)
    assert "not the day the IRS received the hearing request" in texts(w.reasons)
    assert "earliest possible" in texts(w.reasons)

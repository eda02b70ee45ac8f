"""Notice dates (printed, mailed, and a last day printed on a notice of deficiency), several letters of
one kind (Treas. Reg. § 1.6015-5(c)(1)), the Form 12509 appeal, and the § 6513(b) deemed payment date.

Dates are worked by hand in the comments.
"""

from __future__ import annotations

from datetime import date

import pytest

from calculator import deadlines as D
from calculator.facts import FactsError, parse
from tests.test_deadlines import by_id, ev, facts, texts

AS_OF = date(2026, 3, 3)


def notice(kind: str, day: str, **extra: str) -> dict:
    return {"type": kind, "date": day, **extra}


def deficiency(*events: dict, as_of: date = AS_OF):
    return by_id(D.general_deadlines(facts(*events), as_of))["tax_court_deficiency"]


def test_deficiency_counts_from_the_printed_date_when_that_is_all_we_know():
    """IRC § 6213(a): "Within 90 days ... after the notice of deficiency authorized in section 6212 is
    mailed"; with only the printed date, the earliest date that could apply is shown, and the reason says so."""
    # 2026-03-02 + 90 = 2026-05-31 (Mar 31 = +29, Apr 30 = +59, May 31 = +90), a Sunday -> 2026-06-01
    d = deficiency(notice("deficiency_notice", "2026-03-02"))
    assert d.due == date(2026, 6, 1)
    assert "earliest date that could apply" in texts(d.reasons)


def test_deficiency_mailed_after_its_date_counts_from_the_mailing():
    """IRC § 6213(a): the 90 days run from when the notice "is mailed"."""
    # mailed 2026-03-09 + 90 = 2026-06-07 (Mar 31 = +22, Apr 30 = +52, May 31 = +83, Jun 7 = +90), a Sunday
    # -> Monday 2026-06-08
    d = deficiency(notice("deficiency_notice", "2026-03-02", mailed="2026-03-09"))
    assert d.due == date(2026, 6, 8)
    assert "was mailed on 2026-03-09" in texts(d.reasons)


@pytest.mark.parametrize(
    "printed, expected",
    [
        # a later last day printed on the notice is timely by statute: 2026-06-15, a Monday
        ("2026-06-15", date(2026, 6, 15)),
        # an earlier printed day (2026-05-29, a Friday) is shown as the safer date
        ("2026-05-29", date(2026, 5, 29)),
        # the same day as the statute's (2026-05-31, a Sunday) still moves to Monday under § 7503
        ("2026-05-31", date(2026, 6, 1)),
    ],
)
def test_deficiency_last_day_printed_on_the_notice(printed, expected):
    """IRC § 6213(a), last sentence: "Any petition filed with the Tax Court on or before the last date
    specified for filing such petition by the Secretary in the notice of deficiency shall be treated as
    timely filed." The statutory date here is 2026-06-01 (see above)."""
    d = deficiency(notice("deficiency_notice", "2026-03-02", last_day=printed))
    assert d.due == expected
    assert printed in texts(d.reasons)


def test_deficiency_advice_stays_unmovable_and_states_the_law():
    """Culp v. Commissioner, 75 F.4th 196 (3d Cir. 2023): § 6213(a)'s deadline is not jurisdictional; the
    Tax Court holds otherwise (Hallmark Research Collective, 159 T.C. No. 6). The advice: treat it as firm."""
    d = deficiency(notice("deficiency_notice", "2026-03-02"))
    words = texts(d.reasons) + " " + d.rule_text
    assert "cannot be moved" in words and "court of appeals" in words


def test_final_determination_mailed_later_counts_from_the_mailing():
    """IRC § 6015(e)(1)(A)(ii): "not later than the close of the 90th day after the date" the Secretary
    "mails" the notice of final determination."""
    # as the deficiency above: mailed 2026-03-09 -> 2026-06-07, a Sunday -> 2026-06-08
    w = D.tax_court_relief_window(facts(notice("final_determination", "2026-03-02", mailed="2026-03-09")), AS_OF)
    assert w.due == date(2026, 6, 8)


def test_a_levy_notice_mailed_later_keeps_the_earlier_hearing_date():
    # Whether the 30 days run from a later mailing was not confirmed: 2026-03-02 + 30 = 2026-04-01, a Wednesday.
    f = facts(notice("levy_notice", "2026-03-02", mailed="2026-03-09"))
    d = by_id(D.general_deadlines(f, AS_OF))["cdp_hearing"]
    assert d.due == date(2026, 4, 1)
    assert "not confirmed" in texts(d.reasons)


@pytest.mark.parametrize(
    "event, message",
    [
        (notice("bill", "2026-03-02", mailed="2026-03-09"), "mailed"),
        (notice("levy_notice", "2026-03-02", last_day="2026-06-01"), "last_day"),
        (notice("deficiency_notice", "2026-03-02", last_day="2026-03-01"), "last_day"),
    ],
)
def test_notice_fields_only_where_they_mean_something(event, message):
    with pytest.raises(FactsError) as err:
        parse({"events": [event]})
    assert any(path.endswith(message) for path, _ in err.value.problems)


# --- Two determinations of one kind (mutants L25, L26) -------------------------------------------


def test_two_final_determinations_the_first_governs_petition_and_suspension_alike():
    """Treas. Reg. § 1.6015-5(c)(1): "A requesting spouse is entitled to only one final administrative
    determination of relief under § 1.6015-1 for a given assessment, unless the requesting spouse properly
    submits a second request for relief"."""
    # Request 2025-06-01; finals 2026-03-02 and 2026-09-01. The first governs: 2026-03-02 + 90 = 2026-05-31,
    # a Sunday -> 2026-06-01 (not 2026-09-01 + 90 = 2026-11-30).
    f = facts(
        ev("assessment", "2020-06-01"),
        ev("relief_requested", "2025-06-01"),
        ev("final_determination", "2026-03-02"),
        ev("final_determination", "2026-09-01"),
    )
    w = D.tax_court_relief_window(f, date(2026, 9, 2))
    assert w.due == date(2026, 6, 1)
    assert "did not start a new 90 days" in texts(w.reasons)
    # The collection suspension ends from the same letter: barred to 2026-05-31, + 60 days = 2026-07-30.
    assert "through 2026-05-31 (90 days after the final determination of 2026-03-02)" in texts(D.collection_statute(f).reasons)


def test_a_second_request_gets_its_own_final_determination():
    # Request 2025-06-01 -> final 2026-03-02; a second request 2026-05-01 -> final 2026-09-01, which answers
    # it: 2026-09-01 + 90 = 2026-11-30 (Sep 30 = +29, Oct 31 = +60, Nov 30 = +90), a Monday.
    f = facts(
        ev("relief_requested", "2025-06-01"),
        ev("final_determination", "2026-03-02"),
        ev("relief_requested", "2026-05-01"),
        ev("final_determination", "2026-09-01"),
    )
    assert D.tax_court_relief_window(f, date(2026, 9, 2)).due == date(2026, 11, 30)


@pytest.mark.parametrize(
    "as_of, expected",
    [
        # letters 2026-08-03 (+30 = 2026-09-02, a Wednesday) and 2026-11-02 (+30 = 2026-12-02, a Wednesday):
        # while both are open the earlier shows; once it has passed, the later one
        (date(2026, 8, 20), date(2026, 9, 2)),
        (date(2026, 11, 27), date(2026, 12, 2)),
    ],
)
def test_two_preliminary_determinations_earliest_open_letter(as_of, expected):
    f = facts(ev("preliminary_determination", "2026-08-03"), ev("preliminary_determination", "2026-11-02"))
    assert by_id(D.general_deadlines(f, as_of))["appeal"].due == expected


def test_appeal_form_12509_on_a_weekday():
    """irs.gov, Appeal an innocent spouse determination: "within 30 days from the date of the letter"."""
    # 2026-11-02 + 30 = 2026-12-02 (Nov 30 = +28), a Wednesday: no weekend roll can hide a 31st day
    d = by_id(D.general_deadlines(facts(ev("preliminary_determination", "2026-11-02")), AS_OF))["appeal"]
    assert d.due == date(2026, 12, 2)


def test_withholding_reason_names_the_deemed_payment_date():
    """IRC § 6513(b)(1): withholding is "deemed to have been paid by him on the 15th day of the fourth month
    following the close of his taxable year"."""
    # Tax year 2021: withholding paid 2021-12-31 counts as paid 2022-04-15; + 2 years = 2024-04-15.
    w = D.refund_window(facts(ev("payment", "2021-12-31"), tax_year=2021, return_filed="2022-04-01"))
    words = texts(w.reasons)
    assert "counts as made on 2022-04-15" in words and "by 2024-04-15" in words
    assert "count as paid on 2022-04-15" in words
    assert "2021-12-31" not in words


def test_the_checker_asks_for_each_new_event_and_its_details():
    from calculator.questions import QUESTIONS

    by_id = {q["id"]: q for q in QUESTIONS}
    for qid in ("cdp_hearing", "cdp_determination", "cdp_petition", "disaster_postponement"):
        assert by_id[qid]["why"].strip()
    # Every detail a question offers is a field its event may carry: the answer parses.
    for q in QUESTIONS:
        for detail in q.get("details", []):
            event = {"type": q["id"], "date": "2026-01-05", detail["field"]: "2026-04-06"}
            parse({"events": [event]})
            assert detail["why"].strip()


def test_a_final_determination_mailed_later_also_moves_the_collection_suspension():
    """IRC § 6015(e)(1)(B): no levy "until the close of the 90th day referred to in subparagraph (A)(ii)",
    which runs from the day the Secretary mails the notice; the collection period is suspended for that
    time plus 60 days (§ 6015(e)(2))."""
    # As FACTS.md J.12(c) (331 days -> 2030-11-28, Thanksgiving -> 2030-11-29), but the letter dated
    # 2026-07-01 was mailed on 2026-07-03: two more days, 333 -> 2030-11-30, a Saturday -> Monday 2030-12-02.
    f = facts(
        ev("assessment", "2020-01-01"),
        ev("relief_requested", "2026-01-01"),
        notice("final_determination", "2026-07-01", mailed="2026-07-03"),
    )
    w = D.collection_statute(f)
    assert w.due == date(2030, 12, 2)
    assert "333 days" in texts(w.reasons) and "mailed on 2026-07-03" in texts(w.reasons)

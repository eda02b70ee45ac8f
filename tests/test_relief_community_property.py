"""Relief from community property law, IRC § 66(c): its deadline, its bars, and where it applies.

Every date is worked out by hand from the regulation's words, quoted in each test.  The base
scenario is ``tests/test_relief.py``'s, with a separate return in California.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calculator import law
from calculator.relief import community_property

from test_relief import AS_OF, CSED, facts

SEPARATE = {"joint_return": False, "state": "CA"}

REG_J = (
    "Treas. Reg. § 1.66-4(j)(2)(i): 'The latest time for requesting relief under paragraph (a) of this "
    "section is 6 months before the expiration of the period of limitations on assessment, including "
    "extensions, against the nonrequesting spouse for the taxable year that is the subject of the request "
    "for relief, unless the examination of the requesting spouse's return commences during that 6-month "
    "period.'"
)


def cp(as_of=AS_OF, **changes):
    return community_property.screen(facts(**dict(SEPARATE, **changes)), as_of)


# --- § 1.66-4(j)(2)(i): the deadline runs against the OTHER spouse ------------------------------


def test_the_audit_probe_is_measured_against_the_other_spouse():
    """Legal audit finding #1 (CONTRARY), quoting § 1.66-4(j)(2)(i) (see REG_J).

    Probe: tax year 2023; the requesting spouse filed 2025-06-01; the other spouse's filing date is not
    known.  The earliest date that could apply is a return filed on time, counted as filed on
    2024-04-15 (§ 6501(b)(1)): + 3 years = 2027-04-15; - 6 months = Thu 2026-10-15.  On 2026-11-27 that
    has passed, so traditional relief is no longer "Appears to qualify" (the old answer, 2027-12-01,
    was counted from the requesting spouse's own late filing).
    """
    result = cp(tax_year=2023, return_filed="2025-06-01")
    assert result.verdict == "possible"
    assert "spouse_return_filed" in result.missing
    assert any("2026-10-15" in r.text and "has passed" in r.text for r in result.reasons)
    texts = " ".join(r.text for r in result.deadline_reasons)
    assert "never shorter" not in texts
    assert "earliest date that could apply" in texts


def test_unknown_other_filing_uses_the_earliest_date_and_says_so():
    """§ 1.66-4(j)(2)(i) (REG_J), before the date passes: the same probe on 2026-06-01 gives
    Thu 2026-10-15 (worked above), with spouse_return_filed listed as missing."""
    result = cp(as_of=date(2026, 6, 1), tax_year=2023, return_filed="2025-06-01")
    assert result.verdict == "likely"
    assert result.deadline == date(2026, 10, 15)
    assert "spouse_return_filed" in result.missing


@pytest.mark.parametrize(
    "tax_year, spouse_filed, due, working",
    [
        # Late filing: the period runs from the filing. 2025-06-01 + 3 years = 2028-06-01; - 6 months = Wed 2027-12-01.
        (2023, "2025-06-01", date(2027, 12, 1), "late"),
        # Filed early: counted as filed 2024-04-15; + 3 years = 2027-04-15; - 6 months = Thu 2026-10-15.
        (2023, "2024-02-20", date(2026, 10, 15), "early"),
        # The 2022 return was due Sat 2023-04-15; Mon 04-17 was D.C. Emancipation Day (observed), so
        # § 7503 made Tue 2023-04-18 the last day. Filing then is on time and counts as filed on
        # 2023-04-15 (the earliest reading): + 3 years = 2026-04-15; - 6 months = Wed 2025-10-15.
        (2022, "2023-04-18", date(2025, 10, 15), "on the § 7503 day"),
        # Tax year 2020, filed on time: 2021-04-15 + 3 years = 2024-04-15; - 6 months = Sun 2023-10-15,
        # moved by § 7503 to Mon 2023-10-16.
        (2020, "2021-04-15", date(2023, 10, 16), "weekend roll"),
    ],
)
def test_traditional_deadline_from_the_other_spouse_filing(tax_year, spouse_filed, due, working):
    """§ 1.66-4(j)(2)(i) (REG_J) with § 6501(a): 'assessed within 3 years after the return was filed'
    and § 6501(b)(1): a return 'filed before the last day prescribed ... shall be considered as filed on
    such last day'."""
    got, reasons, missing = community_property.traditional_deadline(facts(**SEPARATE, tax_year=tax_year, spouse_return_filed=spouse_filed))
    assert got == due, working
    assert missing == []


def test_the_requesting_spouse_own_filing_date_does_not_move_the_deadline():
    """§ 1.66-4(j)(2)(i) (REG_J) speaks of the period 'against the nonrequesting spouse' only."""
    early = community_property.traditional_deadline(facts(**SEPARATE, tax_year=2023, return_filed="2024-03-01"))
    late = community_property.traditional_deadline(facts(**SEPARATE, tax_year=2023, return_filed="2025-09-30"))
    assert early[0] == late[0] == date(2026, 10, 15)


def test_66c_timeliness_is_judged_on_the_request_date():
    """A request received before the last day is timely even if the check runs later (§ 1.66-4(j)(1):
    the request must be filed 'within the time period prescribed').  Tax year 2021, other spouse's
    date unknown: 2022-04-15 + 3 years - 6 months = Tue 2024-10-15.  Asked 2024-10-01, checked
    2026-11-27: traditional relief stays open."""
    events = [{"type": "assessment", "date": "2024-06-03"}, {"type": "relief_requested", "date": "2024-10-01"}]
    result = cp(events=events)
    assert result.verdict == "likely"
    assert result.deadline == date(2024, 10, 15)
    late = cp(events=[events[0], {"type": "relief_requested", "date": "2024-10-16"}])
    assert late.verdict == "possible"


def test_66c_months_years_and_due_date_are_read_from_the_rules(monkeypatch):
    """Mutation V29: the 6 months of reg-1.66-4-j were typed in code.  With (hypothetical) 5 months the
    date for tax year 2021 is 2025-04-15 - 5 months = Fri 2024-11-15; with a 4-year § 6501(a) period
    and 6 months, 2026-04-15 - 6 months = Wed 2025-10-15."""
    rules = law.RULES
    assert rules["reg-1.66-4-j"].value == 6 and rules["reg-1.66-4-j"].unit == "months"
    assert rules["irc-6501-a"].value == 3 and rules["irc-6501-a"].unit == "years"
    assert rules["reg-1.66-4-j-exam"].value == 30 and rules["reg-1.66-4-j-exam"].unit == "days"
    monkeypatch.setitem(rules, "reg-1.66-4-j", dataclasses.replace(rules["reg-1.66-4-j"], value=5))
    due, reasons, _ = community_property.traditional_deadline(facts(**SEPARATE))
    assert due == date(2024, 11, 15)
    assert "no later than 5 months before" in reasons[0].text
    monkeypatch.setitem(rules, "reg-1.66-4-j", dataclasses.replace(rules["reg-1.66-4-j"], value=6))
    monkeypatch.setitem(rules, "irc-6501-a", dataclasses.replace(rules["irc-6501-a"], value=4))
    due, reasons, _ = community_property.traditional_deadline(facts(**SEPARATE))
    assert due == date(2025, 10, 15)
    assert "(4 years;" in reasons[0].text


def test_hand_worked_deadline_then_equitable_timing():
    """Tax year 2021, other spouse's filing unknown: 2022-04-15 + 3 years = 2025-04-15; - 6 months =
    Tue 2024-10-15.  After it the equitable (§ 6015(f)-type) timing applies: the CSED."""
    early = cp(as_of=date(2024, 1, 10))
    assert early.verdict == "likely"
    assert early.deadline == date(2024, 10, 15)
    assert cp().deadline == CSED


# --- § 1.66-4(f) and (h): bars, not judgments ---------------------------------------------------


@pytest.mark.parametrize(
    "change, rule_id, quote",
    [
        (
            {"fraud_scheme": True},
            "reg-1.66-4-f",
            "§ 1.66-4(f): 'If the Secretary establishes that a spouse transferred assets to his or her spouse as "
            "part of a fraudulent scheme, relief is not available under this section.'",
        ),
        (
            {"offer_in_compromise": True},
            "reg-1.66-4-h",
            "§ 1.66-4(h): 'a requesting spouse is not entitled to relief ... under section 66 for any taxable year "
            "for which the requesting spouse has entered into an offer in compromise with the Secretary.'",
        ),
        (
            {"closing_agreement": True},
            "reg-1.66-4-h",
            "§ 1.66-4(h): no relief 'for any taxable year for which the requesting spouse has entered into a "
            "closing agreement ... that disposes of the same liability that is the subject of the request'.",
        ),
    ],
)
@pytest.mark.parametrize("as_of", [date(2024, 1, 10), AS_OF])  # before and after the traditional date
def test_66c_bars_close_traditional_and_equitable_relief(change, rule_id, quote, as_of):
    """Legal audit findings #3 and #4 (CONTRARY): these are bars ("not available"), not "may qualify"."""
    assert cp(as_of=as_of).verdict in ("likely", "possible")  # open without the bar
    result = cp(as_of=as_of, **change)
    assert result.verdict == "not_available", quote
    assert rule_id in {r.rule.id for r in result.reasons}


def test_66c_bars_also_reach_unpaid_tax_under_equitable_relief():
    """§ 1.66-4(f) bars relief 'under this section', which includes equitable relief (§ 1.66-4(b))."""
    for change in ({"fraud_scheme": True}, {"offer_in_compromise": True}, {"closing_agreement": True}):
        assert cp(problems=["underpayment"], **change).verdict == "not_available"


# --- knowledge under traditional § 66(c) (mutation R30) -----------------------------------------


@pytest.mark.parametrize(
    "knowledge, verdict",
    [
        ("none", "likely"),
        ("unsure", "possible"),  # the IRS weighs whether a reasonable person would have known
        ("reason_to_know", "possible"),  # traditional relief closes; equitable relief remains
        ("actual", "possible"),
    ],
)
def test_66c_knowledge_before_the_traditional_date(knowledge, verdict):
    """§ 66(c)(3): traditional relief needs that 'the individual establishes that he or she did not know of,
    and had no reason to know of, such item of community income'.  Checked 2024-01-10, before the
    traditional date (Tue 2024-10-15), so only the knowledge answer can cap the verdict."""
    result = cp(as_of=date(2024, 1, 10), knowledge=knowledge)
    assert result.verdict == verdict, [r.text for r in result.reasons]
    assert result.details["traditional_relief_possible"] is (knowledge in ("none", "unsure"))

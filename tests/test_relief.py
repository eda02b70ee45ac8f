"""Relief screening: table-driven cases that change one fact at a time from a base scenario,
and the FACTS.md section J examples the facts format can express.

Expected verdicts and dates are worked out by hand from the rules, not read from the code.
Base scenario: a divorced spouse, joint 2021 return filed 2022-04-10, unreported income of
the ex-spouse she did not know of, no significant benefit, a low income, tax assessed on
2024-06-03 and a § 6330 levy notice mailed 2025-03-10; checked on 2026-11-27.
"""

from __future__ import annotations

import copy
from datetime import date

import pytest

from calculator.facts import parse
from calculator.law import RULES
from calculator.relief import PATHS, screen_all
from calculator.relief import (
    community_property,
    equitable_relief,
    injured_spouse,
    innocent_spouse,
    separation_of_liability,
)

AS_OF = date(2026, 11, 27)

BASE = {
    "tax_year": 2021,
    "joint_return": True,
    "return_filed": "2022-04-10",
    "problems": ["understatement"],
    "item_owner": "spouse",
    "knowledge": "none",
    "marital_status": "divorced",
    "significant_benefit": False,
    "state": "NY",
    "household": {"size": 2, "area": "contiguous", "annual_income": 30_000, "assets_can_pay": False},
    "events": [
        {"type": "assessment", "date": "2024-06-03"},
        {"type": "levy_notice", "date": "2025-03-10"},
    ],
}

# Hand-worked: levy notice 2025-03-10 + 2 years = Wed 2027-03-10 (no roll).
BC_DUE = date(2027, 3, 10)
# Hand-worked: assessment 2024-06-03 + 10 years = Sat 2034-06-03 -> Mon 2034-06-05 (IRC § 7503).
CSED = date(2034, 6, 5)


def facts(**changes):
    raw = copy.deepcopy(BASE)
    for key, value in changes.items():
        if "__" in key:
            outer, inner = key.split("__")
            raw.setdefault(outer, {})[inner] = value
        elif value is ...:
            raw.pop(key, None)
        else:
            raw[key] = value
    return parse(raw)


def run(module, as_of=AS_OF, **changes):
    return module.screen(facts(**changes), as_of)


def rules_of(result):
    return {r.rule.id for r in result.reasons}


# --- the base scenario ----------------------------------------------------------------------


def test_paths_in_order():
    assert [p.ID for p in PATHS] == [
        "innocent_spouse",
        "separation_of_liability",
        "equitable_relief",
        "community_property",
        "injured_spouse",
    ]
    assert [p.FORM for p in PATHS] == ["8857", "8857", "8857", "8857", "8379"]


def test_base_scenario():
    results = {r.id: r for r in screen_all(facts(), AS_OF)}
    assert results["innocent_spouse"].verdict == "likely"
    assert results["innocent_spouse"].deadline == BC_DUE
    assert results["separation_of_liability"].verdict == "likely"
    assert results["separation_of_liability"].deadline == BC_DUE
    assert results["equitable_relief"].verdict == "likely"
    assert results["equitable_relief"].deadline == CSED
    assert results["equitable_relief"].details["streamlined"] is True
    assert results["community_property"].verdict == "not_available"  # a joint return
    assert results["injured_spouse"].verdict == "not_available"  # no refund offset described
    for r in results.values():
        assert r.reasons and all(reason.rule.id in RULES for reason in r.reasons)


# --- § 6015(b): one fact at a time ----------------------------------------------------------

B_CASES = [
    # § 6015(b)(1)(C): "the other individual ... did not know, and had no reason to know, that there was such
    # understatement". Reason to know of the whole understatement closes (b) for it (legal audit; this
    # table pinned "possible" before); "unsure" is the one answer that leaves the IRS's weighing open.
    ({"knowledge": "reason_to_know"}, "not_available"),
    ({"knowledge": "unsure"}, "possible"),
    ({"knowledge": "partial"}, "possible"),
    ({"knowledge": "actual"}, "not_available"),
    ({"knowledge": None}, "needs_info"),
    ({"problems": ["underpayment"]}, "not_available"),
    ({"problems": ["understatement", "underpayment"]}, "likely"),
    ({"problems": []}, "needs_info"),
    ({"item_owner": "me"}, "not_available"),
    ({"item_owner": "both"}, "possible"),
    ({"item_owner": None}, "needs_info"),
    ({"significant_benefit": True}, "possible"),
    ({"significant_benefit": None}, "possible"),
    ({"marital_status": "married"}, "possible"),
    ({"marital_status": "married", "living_together": True}, "possible"),  # inequity is the IRS's judgment
    ({"offer_in_compromise": True}, "not_available"),
    ({"closing_agreement": True}, "not_available"),
    ({"court_decision": True}, "not_available"),
    ({"fraud_scheme": True}, "not_available"),
    ({"fraudulent_return": True}, "not_available"),
    ({"joint_return": False}, "not_available"),
    ({"joint_return": None}, "needs_info"),
    ({"events": [{"type": "levy_notice", "date": "2024-11-20"}]}, "not_available"),  # ended Fri 2026-11-20
    # Two years end on Thanksgiving, Thu 2026-11-26; § 7503 moves the last day to Fri 2026-11-27 (as_of).
    ({"events": [{"type": "levy_notice", "date": "2024-11-26"}]}, "likely"),
    ({"events": [{"type": "bill", "date": "2024-01-05"}]}, "likely"),  # a bill starts no clock
]


@pytest.mark.parametrize("change, verdict", B_CASES)
def test_innocent_spouse_one_change(change, verdict):
    result = run(innocent_spouse, **change)
    assert result.verdict == verdict, [r.text for r in result.reasons]


def test_partial_knowledge_gives_apportioned_relief_note():
    result = run(innocent_spouse, knowledge="partial")
    assert "reg-1.6015-2-e" in rules_of(result)
    assert "partial_relief" in result.details


def test_missing_knowledge_is_listed():
    assert "knowledge" in run(innocent_spouse, knowledge=None).missing


def test_bill_only_leaves_the_clock_unstarted():
    # J.12(b): a balance-due notice is not collection activity.
    result = run(innocent_spouse, events=[{"type": "bill", "date": "2024-01-05"}])
    assert result.deadline is None


# --- J.1 and J.12(a): timeliness through the deadlines module ------------------------------


def test_j1_example_1_later_levies_do_not_restart_the_clock():
    # § 6330 notice 2000-01-11; the deadline is 2002-01-11 (Friday, no roll).
    f = facts(events=[{"type": "levy_notice", "date": "2000-01-11"}], tax_year=1998, return_filed="1999-04-15")
    result = innocent_spouse.screen(f, date(2001, 6, 1))
    assert result.deadline == date(2002, 1, 11)


def test_j1_example_5_proof_of_claim_starts_the_clock():
    # Chapter 7 filed 2000-07-10, proof of claim 2000-09-05, election 2002-08-20: timely.
    f = facts(
        tax_year=1998,
        return_filed="1999-04-15",
        events=[
            {"type": "bankruptcy", "date": "2000-07-10"},
            {"type": "court_claim", "date": "2000-09-05"},
            {"type": "relief_requested", "date": "2002-08-20"},
        ],
    )
    result = innocent_spouse.screen(f, date(2002, 9, 1))
    assert result.deadline == date(2002, 9, 5)
    assert result.verdict == "likely"


def test_j12a_missed_bc_window_but_equitable_relief_open():
    # § 6330 notice 2022-03-15; Form 8857 received 2024-03-18; the window ended Fri 2024-03-15.
    f = facts(
        events=[
            {"type": "assessment", "date": "2021-06-01"},
            {"type": "levy_notice", "date": "2022-03-15"},
            {"type": "relief_requested", "date": "2024-03-18"},
        ]
    )
    b = innocent_spouse.screen(f, date(2024, 4, 1))
    c = separation_of_liability.screen(f, date(2024, 4, 1))
    fr = equitable_relief.screen(f, date(2024, 4, 1))
    assert b.deadline == c.deadline == date(2024, 3, 15)
    assert b.verdict == c.verdict == "not_available"
    assert fr.verdict != "not_available"


def test_b_timeliness_is_judged_on_the_request_date():
    """Treas. Reg. § 1.6015-5(b)(1): the election must be made "no later than 2 years from the date of the first
    collection activity". § 6330 notice 2022-03-15; the window ends Fri 2024-03-15. Form 8857 received
    2024-03-08, checked 2024-06-01: the election was timely (mutation R31 judged it on the check date)."""
    f = facts(
        events=[
            {"type": "assessment", "date": "2021-06-01"},
            {"type": "levy_notice", "date": "2022-03-15"},
            {"type": "relief_requested", "date": "2024-03-08"},
        ]
    )
    for module in (innocent_spouse, separation_of_liability):
        result = module.screen(f, date(2024, 6, 1))
        assert result.deadline == date(2024, 3, 15)
        assert result.verdict == "likely", module.ID


# --- § 6015(c) ------------------------------------------------------------------------------

C_CASES = [
    ({"marital_status": "widowed"}, "likely"),
    ({"marital_status": "legally_separated"}, "likely"),
    ({"marital_status": "married"}, "needs_info"),  # no apart_since
    ({"marital_status": "married", "living_together": False}, "needs_info"),  # apart, but since when?
    # Still married and sharing a household: § 6015(c)(3)(A)(i) is not met now (see the test below).
    ({"marital_status": "married", "living_together": True}, "not_available"),
    ({"marital_status": "married", "living_together": True, "apart_since": "2025-01-01"}, "needs_info"),  # answers disagree
    ({"marital_status": "divorced", "living_together": True}, "likely"),  # divorce alone is enough
    ({"marital_status": None}, "needs_info"),
    ({"marital_status": "married", "apart_since": "2025-11-27"}, "likely"),  # exactly 12 months
    ({"marital_status": "married", "apart_since": "2025-11-28"}, "not_available"),  # one day short
    ({"knowledge": "reason_to_know"}, "likely"),  # J.5 gambling: reason to know is not actual knowledge
    ({"knowledge": "unsure"}, "likely"),
    ({"knowledge": "partial"}, "possible"),  # J.5 Ex. 5(ii): invalid only for the known part
    ({"knowledge": "actual"}, "not_available"),  # J.5 SE-tax and blank-return examples
    ({"knowledge": "actual", "abuse": True}, "possible"),
    ({"knowledge": None}, "possible"),
    ({"problems": ["underpayment"]}, "not_available"),  # J.9
    ({"item_owner": "me"}, "not_available"),
    ({"item_owner": "both"}, "possible"),
    ({"offer_in_compromise": True}, "not_available"),
    ({"fraud_scheme": True}, "not_available"),
    ({"court_decision": True}, "not_available"),
    ({"joint_return": False}, "not_available"),
]


@pytest.mark.parametrize("change, verdict", C_CASES)
def test_separation_of_liability_one_change(change, verdict):
    result = run(separation_of_liability, **change)
    assert result.verdict == verdict, [r.text for r in result.reasons]


def test_c_eligibility_is_judged_on_a_recorded_request_date():
    # Apart since 2025-11-27, but the election was filed 2026-06-01: only about 6 months apart.
    result = run(
        separation_of_liability,
        marital_status="married",
        apart_since="2025-11-27",
        events=BASE["events"] + [{"type": "relief_requested", "date": "2026-06-01"}],
    )
    assert result.verdict == "not_available"
    assert result.details["eligible_from"] == "2026-11-27"


def test_c_household_period_is_read_from_the_rule(monkeypatch):
    # The screens hold no copy of the period: with a (hypothetical) 6-month period in the rule, a
    # spouse apart since 2026-05-27 (6 months before the check) is eligible, and the text says 6.
    import dataclasses

    from calculator import law

    assert law.RULES["irc-6015-c"].value == 12 and law.RULES["irc-6015-c"].unit == "months"
    monkeypatch.setitem(law.RULES, "irc-6015-c", dataclasses.replace(law.RULES["irc-6015-c"], value=6))
    result = run(separation_of_liability, marital_status="married", apart_since="2026-05-27")
    assert result.verdict == "likely"
    assert any("covers the 6 months" in r.text for r in result.reasons)


def test_c_still_married_and_living_together_is_closed_now_and_says_when_it_could_open():
    """§ 6015(c)(3)(A)(i): an individual may elect only if "(I) at the time such election is filed, such
    individual is no longer married to, or is legally separated from, the individual with whom such
    individual filed the joint return ..., or (II) such individual was not a member of the same household
    as the individual with whom such joint return was filed at any time during the 12-month period ending
    on the date such election is filed" (as restated in Hopkins v. Commissioner, 121 T.C. 73)."""
    result = run(separation_of_liability, marital_status="married", living_together=True)
    assert result.verdict == "not_available"
    assert "living_together" not in result.missing and "apart_since" not in result.missing
    reason = next(r.text for r in result.reasons if "same household" in r.text)
    assert "12 months" in reason and "divorced or legally separated" in reason
    f = run(equitable_relief, marital_status="married", living_together=True)
    assert f.details["streamlined"] is False
    assert "apart_since" not in f.missing
    assert any("still married and living together" in r.text for r in f.reasons)


def test_c_one_day_short_says_when_eligibility_begins():
    result = run(separation_of_liability, marital_status="married", apart_since="2025-11-28")
    assert result.details["eligible_from"] == "2026-11-28"


def test_j7_community_property_is_ignored_under_c():
    result = run(separation_of_liability, state="CA")
    assert result.verdict == "likely"
    assert "irc-6015-a" in rules_of(result)


def test_c_always_warns_about_disqualified_assets_and_refunds():
    result = run(separation_of_liability, events=BASE["events"] + [{"type": "my_refund_offset", "date": "2025-04-01", "amount": 900}])
    assert {"irc-6015-c-disqualified-assets", "irc-6015-g"} <= rules_of(result)


# --- § 6015(f) ------------------------------------------------------------------------------

F_CASES = [
    ({"problems": ["underpayment"]}, "likely"),  # J.9: only (f) reaches unpaid tax
    ({"knowledge": "actual"}, "possible"),  # knowledge is a factor, not a bar
    ({"knowledge": "reason_to_know"}, "possible"),  # the streamlined element fails; the factors are weighed
    ({"knowledge": "unsure"}, "possible"),
    ({"knowledge": "actual", "abuse": True}, "likely"),  # abuse stands in for the knowledge element
    ({"household__assets_can_pay": True}, "possible"),  # no hardship: factors
    ({"household__assets_can_pay": None}, "possible"),
    ({"marital_status": "married"}, "possible"),
    # Rev. Proc. 2013-34 § 4.03(2)(a) (unconfirmed; legal audit #11): a widow(er) counts as no longer married
    # only if not an heir to an estate able to pay, which the checker cannot tell.
    ({"marital_status": "widowed"}, "possible"),
    ({"marital_status": "legally_separated"}, "likely"),
    ({"household__others_pay_expenses": True}, "possible"),  # expenses paid by others: the IRS's judgment
    ({"household__others_pay_expenses": False}, "likely"),
    ({"item_owner": "me"}, "not_available"),
    ({"item_owner": "me", "abuse": True}, "possible"),
    ({"item_owner": "both"}, "possible"),
    ({"fraudulent_return": True}, "not_available"),
    ({"offer_in_compromise": True}, "not_available"),
    ({"closing_agreement": True}, "not_available"),
    ({"court_decision": True}, "not_available"),
    ({"fraud_scheme": True}, "not_available"),
    ({"problems": []}, "needs_info"),
    ({"events": [{"type": "assessment", "date": "2010-01-04"}]}, "not_available"),  # CSED 2020-01-06
    ({"events": [{"type": "levy_notice", "date": "2022-03-15"}, {"type": "assessment", "date": "2021-06-01"}]}, "likely"),
]


@pytest.mark.parametrize("change, verdict", F_CASES)
def test_equitable_relief_one_change(change, verdict):
    result = run(equitable_relief, **change)
    assert result.verdict == verdict, [r.text for r in result.reasons]


def test_j9_underpayment_only_under_f():
    f = facts(problems=["underpayment"])
    assert innocent_spouse.screen(f, AS_OF).verdict == "not_available"
    assert separation_of_liability.screen(f, AS_OF).verdict == "not_available"
    assert equitable_relief.screen(f, AS_OF).verdict == "likely"


def test_f_deadline_needs_the_assessment_date():
    result = run(equitable_relief, events=[{"type": "levy_notice", "date": "2025-03-10"}])
    assert result.deadline is None
    assert "events.assessment" in result.missing


def test_f_refund_side_uses_the_earlier_refund_window():
    # A payment the requesting spouse made on 2023-05-01; the 2021 return was filed early
    # (deemed 2022-04-15): 3 years -> Tue 2025-04-15; 2 years from payment -> 2025-05-01.
    # The later of the two, 2025-05-01 (Thursday), is the refund window; it is earlier than the CSED.
    result = run(equitable_relief, events=BASE["events"] + [{"type": "payment", "date": "2023-05-01", "amount": 500, "by": "me"}])
    assert result.deadline == date(2025, 5, 1)
    assert result.verdict == "likely"  # the unpaid-tax period is still open


# Economic hardship, Rev. Proc. 2013-34 § 4.03(2)(b): 2026 table, household of 2 in the 48 states:
# 15,960 + 5,680 = 21,640; x 250% = 54,100.
@pytest.mark.parametrize(
    "household, status",
    [
        ({"annual_income": 54_099, "assets_can_pay": False}, "yes"),
        ({"annual_income": 54_100, "assets_can_pay": False}, "unknown"),  # not below: needs monthly figures
        ({"annual_income": 54_100, "monthly_income": 5_000, "monthly_expenses": 4_700, "assets_can_pay": False}, "margin"),
        ({"annual_income": 54_100, "monthly_income": 5_000, "monthly_expenses": 4_699, "assets_can_pay": False}, "no"),
        ({"annual_income": 20_000, "assets_can_pay": True}, "no"),
        ({"annual_income": 20_000}, "unknown"),
        ({"monthly_income": 4_508, "assets_can_pay": False}, "yes"),  # 4,508 x 12 = 54,096
        # § 4.03(2)(b) compares "the Requesting Spouse's income" (legal audit #23): own 54,099 < 54,100 even
        # though the household earns more.
        ({"annual_income": 90_000, "own_annual_income": 54_099, "assets_can_pay": False}, "yes"),
        ({"annual_income": 20_000, "own_annual_income": 54_100, "assets_can_pay": False}, "unknown"),
    ],
)
def test_economic_hardship_test(household, status):
    raw = dict(BASE["household"], **household)
    if "annual_income" not in household:
        raw.pop("annual_income")
    if "assets_can_pay" not in household:
        raw.pop("assets_can_pay")
    result = run(equitable_relief, household=raw)
    assert result.details["economic_hardship"]["status"] == status


def test_hardship_threshold_figures_for_alaska():
    # 2026 Alaska, one person: 19,950 x 250% = 49,875.
    below = run(equitable_relief, household={"size": 1, "area": "alaska", "annual_income": 49_874, "assets_can_pay": False})
    at = run(equitable_relief, household={"size": 1, "area": "alaska", "annual_income": 49_875, "assets_can_pay": False})
    assert below.details["economic_hardship"]["threshold"] == 49_875
    assert below.details["economic_hardship"]["status"] == "yes"
    assert at.details["economic_hardship"]["status"] != "yes"


def test_no_hardship_says_the_tax_court_may_weigh_it_against_relief():
    """Hale v. Commissioner, T.C. Memo. 2018-93: the lack of economic hardship "weighs against granting relief
    notwithstanding Rev. Proc. 2013-34, sec. 4.03(2)(b)" (legal audit #9)."""
    result = run(equitable_relief, household__assets_can_pay=True)
    texts = [r.text for r in result.reasons]
    assert any("Tax Court has at times weighed it against relief" in t for t in texts), texts
    assert not any("it does not count against you" in t for t in texts)


def test_disqualified_asset_period_is_read_from_the_rule(monkeypatch):
    """Treas. Reg. § 1.6015-3(c)(3)(iii): transfers "during the 12-month period before the mailing date of the
    first letter of proposed deficiency" are presumed disqualified; "or a written instrument incident to such
    a decree" is excepted too (legal audit #15)."""
    import dataclasses

    from calculator import law

    text = next(r.text for r in run(separation_of_liability).reasons if r.rule.id == "irc-6015-c-disqualified-assets")
    assert "12 months before the first letter" in text and "written agreement" in text
    monkeypatch.setitem(law.RULES, "irc-6015-c-disqualified-assets", dataclasses.replace(law.RULES["irc-6015-c-disqualified-assets"], value=9))
    text = next(r.text for r in run(separation_of_liability).reasons if r.rule.id == "irc-6015-c-disqualified-assets")
    assert "9 months before the first letter" in text


def test_margin_only_hardship_is_never_more_than_possible():
    result = run(
        equitable_relief,
        household={"size": 2, "area": "contiguous", "annual_income": 60_000, "monthly_income": 5_000, "monthly_expenses": 4_800, "assets_can_pay": False},
    )
    assert result.verdict == "possible"
    assert "rp-2013-34-hardship-margin" in rules_of(result)


def test_missing_household_facts_are_listed():
    result = run(equitable_relief, household={})
    assert {"household.size", "household.area", "household.annual_income"} <= set(result.missing)
    assert result.verdict == "possible"


# --- § 66(c) --------------------------------------------------------------------------------

SEPARATE = {"joint_return": False, "state": "CA"}


# Checked 2024-01-10, before the traditional date (tax year 2021, other spouse's filing unknown:
# 2022-04-15 + 3 years - 6 months = Tue 2024-10-15), so the base case can be "likely" and every cap shows.
# (At 2026-11-27 every case was capped at "possible" by the passed date, which hid mutants V27, R29, R30.)
CP_AS_OF = date(2024, 1, 10)


@pytest.mark.parametrize(
    "change, verdict",
    [
        ({}, "likely"),
        ({"state": "WI"}, "likely"),  # mutation V27: Wisconsin is one of the nine
        ({"state": "NY"}, "not_available"),
        ({"state": None}, "needs_info"),
        ({"state": "PR"}, "possible"),  # mutation R29: a territory is for the IRS to weigh
        ({"state": "GU"}, "possible"),
        ({"state": "AK"}, "possible"),
        ({"problems": ["underpayment"]}, "possible"),  # only equitable relief reaches unpaid tax
        ({"knowledge": "actual"}, "possible"),
        ({"knowledge": "reason_to_know"}, "possible"),  # mutation R30
        ({"item_owner": "me"}, "not_available"),
        ({"fraudulent_return": True}, "not_available"),
        ({"fraud_scheme": True}, "not_available"),
        ({"joint_return": None}, "needs_info"),
    ],
)
def test_community_property_one_change(change, verdict):
    result = run(community_property, as_of=CP_AS_OF, **dict(SEPARATE, significant_benefit=False, **change))
    assert result.verdict == verdict, [r.text for r in result.reasons]


def test_the_nine_community_property_states_and_the_territories_are_pinned():
    """Form 8379 (Rev. Jan. 2009) Part I line 5 lists "Arizona, California, Idaho, Louisiana, Nevada, New Mexico,
    Texas, Washington, or Wisconsin"; Puerto Rico and Guam (IRM 21.4.6) and Alaska's opt-in system are for the IRS
    to weigh (mutation V27)."""
    assert sorted(RULES["community-property-states"].value) == ["AZ", "CA", "ID", "LA", "NM", "NV", "TX", "WA", "WI"]
    assert sorted(RULES["community-property-territories"].value) == ["AK", "GU", "PR"]
    for state in ("AZ", "CA", "ID", "LA", "NM", "NV", "TX", "WA", "WI"):
        assert run(community_property, as_of=CP_AS_OF, **dict(SEPARATE, state=state)).verdict == "likely", state


def test_66c_joint_return_points_to_6015():
    result = run(community_property, state="CA")
    assert result.verdict == "not_available"
    assert "§ 6015" in result.reasons[0].text


def test_66c_joint_return_does_not_ask_for_the_state():
    # A joint return alone rules out § 66(c); asking where the couple lived would be noise.
    result = run(community_property, state=...)
    assert result.verdict == "not_available"
    assert result.missing == ()


# --- Form 8379 ------------------------------------------------------------------------------

HARRY_AND_SALLY = {
    # J.10: Sally earned $100,000, tax $15,000, withholding $21,000; Harry had no income and owes
    # premarital child support; the whole $6,000 joint refund is offset.
    "tax_year": 2025,
    "joint_return": True,
    "return_filed": "2026-03-01",
    "problems": ["offset"],
    "state": "NY",
    "offset": {
        "debt_owner": "spouse",
        "debt": "child_support",
        "legally_obligated": False,
        "my_payments": True,
        "offset_amount": 6_000,
        "joint_tax": 15_000,
        "my_withholding_and_payments": 21_000,
        "my_income": 100_000,
        "spouse_income": 0,
    },
}


def injured(as_of=AS_OF, **changes):
    raw = copy.deepcopy(HARRY_AND_SALLY)
    for key, value in changes.items():
        if key.startswith("offset__"):
            raw["offset"][key[8:]] = value
        else:
            raw[key] = value
    return injured_spouse.screen(parse(raw), as_of)


def test_j10_harry_and_sally():
    result = injured()
    assert result.verdict == "likely"
    assert result.details["share_estimate"]["estimate"] == 6_000
    assert result.details["notice_from"] == "Bureau of the Fiscal Service"
    # 2025 return filed early: deemed 2026-04-15; + 3 years = Sun 2029-04-15; Mon 2029-04-16 is
    # D.C. Emancipation Day, so § 7503 moves the last day to Tue 2029-04-17.
    assert result.deadline == date(2029, 4, 17)


@pytest.mark.parametrize(
    "change, verdict",
    [
        ({"offset__debt_owner": "both", "offset__debt": "federal_tax"}, "not_available"),
        ({"offset__debt_owner": "me"}, "not_available"),
        ({"offset__debt_owner": None}, "needs_info"),
        ({"offset__legally_obligated": True}, "not_available"),
        ({"offset__legally_obligated": None}, "needs_info"),
        ({"offset__my_payments": False, "offset__refundable_credit": False}, "not_available"),
        ({"offset__my_payments": False, "offset__refundable_credit": True}, "likely"),
        ({"offset__my_payments": None}, "needs_info"),
        ({"offset__my_payments": False, "offset__refundable_credit": False, "state": "CA"}, "likely"),
        ({"offset__my_payments": False, "offset__refundable_credit": False, "state": None}, "needs_info"),
        ({"joint_return": False}, "not_available"),
        ({"tax_year": 2020, "return_filed": "2021-04-01"}, "not_available"),  # 6511 period over
        ({"problems": ["understatement"], "offset": {}}, "not_available"),
    ],
)
def test_injured_spouse_one_change(change, verdict):
    result = injured(**change)
    assert result.verdict == verdict, [r.text for r in result.reasons]


def test_joint_federal_tax_points_to_form_8857():
    result = injured(offset__debt_owner="both", offset__debt="federal_tax")
    assert "form-8379-not-for-joint-tax" in rules_of(result)
    assert any("8857" in r.text for r in result.reasons)


@pytest.mark.parametrize(
    "amounts, expected",
    [
        # Equal incomes: my half of $15,000 is $7,500; $10,000 withheld -> $2,500.
        ({"my_withholding_and_payments": 10_000, "my_income": 50_000, "spouse_income": 50_000}, 2_500),
        # The same, but only $2,000 was offset: the share cannot exceed it.
        ({"my_withholding_and_payments": 10_000, "my_income": 50_000, "spouse_income": 50_000, "offset_amount": 2_000}, 2_000),
        # Payments below my prorated tax: nothing is mine.
        ({"my_withholding_and_payments": 3_000, "my_income": 50_000, "spouse_income": 50_000}, 0),
        # A refundable credit of $1,000 adds to payments: 3,000 + 1,000 - 3,750 (25% of 15,000) = 250.
        ({"my_withholding_and_payments": 3_000, "my_refundable_credits": 1_000, "my_income": 25_000, "spouse_income": 75_000}, 250),
    ],
)
def test_share_estimate(amounts, expected):
    result = injured(**{f"offset__{k}": v for k, v in amounts.items()})
    assert result.details["share_estimate"]["estimate"] == expected


def test_no_estimate_in_a_community_property_state():
    result = injured(state="WA")
    assert "share_estimate" not in result.details
    assert "form-8379-community-property" in rules_of(result)


def test_notice_sender_for_federal_tax_is_the_irs():
    assert injured(offset__debt="federal_tax").details["notice_from"] == "IRS"


# --- a refund offset alone, under § 6015(b), (c) and (f) ------------------------------------

# Worked from the Form 8857 instructions (Part I, lines 1-2) and Form 8379 line 3: § 6015 relieves
# a joint federal income tax liability. A joint refund taken for any other debt leaves nothing for
# it to relieve (the route is Form 8379 when the debt is the other spouse's alone); a refund taken
# for a joint federal tax debt leaves that debt open to § 6015, and the kind of liability decides
# which subsection can reach it.
OFFSET_ONLY = [
    # (offset facts, expected verdict for (b), (c) and (f), a missing path that must be listed or None)
    ({"debt_owner": "spouse", "debt": "child_support"}, "not_available", None),
    ({"debt_owner": "spouse", "debt": "federal_tax"}, "not_available", None),  # the spouse's own tax debt
    ({"debt_owner": "both", "debt": "federal_tax"}, "needs_info", "problems"),  # a joint tax debt
    ({"debt_owner": "me", "debt": "federal_nontax"}, "not_available", None),
    ({"debt_owner": "both", "debt": "state_tax"}, "not_available", None),  # joint, but not federal tax
    ({"debt_owner": None, "debt": "federal_tax"}, "needs_info", "offset.debt_owner"),
    ({"debt_owner": "both", "debt": None}, "needs_info", "offset.debt"),
]


@pytest.mark.parametrize("offset, verdict, missing", OFFSET_ONLY)
@pytest.mark.parametrize("module", [innocent_spouse, separation_of_liability, equitable_relief])
def test_offset_only(module, offset, verdict, missing):
    raw = copy.deepcopy(HARRY_AND_SALLY)
    raw["offset"].update(offset)
    result = module.screen(parse(raw), AS_OF)
    texts = [r.text for r in result.reasons]
    assert result.verdict == verdict, texts
    assert "irc-6015-not-for-separate-debts" in rules_of(result)
    if verdict == "not_available":
        assert result.missing == ()
        points_to_8379 = [r.text for r in result.reasons if r.rule.id == "irc-6015-not-for-separate-debts"]
        assert all("Form 8379" in t for t in points_to_8379), texts
        if offset["debt_owner"] == "spouse":
            assert any("file Form 8379" in t for t in points_to_8379), texts
    else:
        assert missing in result.missing
    if missing == "problems":
        asked = [r.text for r in result.reasons if r.rule.id == "irc-6015-not-for-separate-debts"]
        assert any("understatement" in t and "underpayment" in t for t in asked), texts


def test_a_joint_tax_offset_then_follows_the_liability_kind():
    # Once the joint tax debt is known to be unpaid tax shown on the return, only (f) can reach it.
    raw = copy.deepcopy(HARRY_AND_SALLY)
    raw["offset"].update(debt_owner="both", debt="federal_tax")
    raw.update(problems=["offset", "underpayment"], item_owner="spouse", knowledge="none")
    f = parse(raw)
    assert innocent_spouse.screen(f, AS_OF).verdict == "not_available"
    assert separation_of_liability.screen(f, AS_OF).verdict == "not_available"
    assert equitable_relief.screen(f, AS_OF).verdict != "not_available"

"""The form helpers: the injured spouse's share worked by hand, the Form 8379 worksheet, and the
Form 8857 answer sheet for every example case, field by field.

The allocation method is the IRS's (IRM 25.18.5, rule ``form-8379-allocation``):

    injured spouse's share of tax = injured spouse's separate tax / both separate taxes x joint tax
    injured spouse's share of the refund = own withholding + own estimated payments
                                           + own refundable credits + share of the EIC
                                           - share of tax, at most the amount taken

with each spouse's income less adjustments standing in for the separate tax (a stated
approximation, exact when one spouse had all the income).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from calculator.assess import assess
from calculator.facts import parse
from calculator.forms import form_8857, injured_spouse_allocation as allocation
from calculator.questions import OPTION_LABELS

EXAMPLES = Path(__file__).parent / "examples"

BASE = {
    "as_of": "2026-11-29",
    "tax_year": 2025,
    "joint_return": True,
    "return_filed": "2026-03-02",
    "problems": ["offset"],
    "state": "OH",
    "offset": {"debt_owner": "spouse", "debt": "federal_nontax", "legally_obligated": False, "my_payments": True},
}


def facts(**offset):
    raw = copy.deepcopy(BASE)
    raw["offset"].update(offset)
    return parse(raw)


TWO_EARNERS = dict(
    offset_amount=2_500, joint_tax=9_000, my_wages=30_000, my_other_income=2_000, my_adjustments=2_000,
    spouse_wages=60_000, spouse_other_income=0, spouse_adjustments=0, my_withholding=4_200, my_estimated_payments=400,
    my_refundable_credits=0, joint_eic=0,
)


def test_harry_and_sally():
    """Procedurally Taxing's "Harry and Sally" (FACTS.md J.10, secondary): "Sally earned $100,000, owed
    $15,000 of tax and had $21,000 withheld. Harry had no income ... The joint $6,000 refund is offset ...
    all $6,000 is hers."  Sally's share of the tax is all of it: 21,000 - 15,000 = 6,000."""
    found = allocation.estimate(parse(json.loads((EXAMPLES / "harry-sally-injured-spouse.json").read_text())))
    assert found["status"] == "estimated" and found["estimate"] == 6_000
    assert found["steps"]["my_ratio"] == 1


@pytest.mark.parametrize(
    "change, expected",
    [
        # The injured spouse guide's example. Incomes less adjustments: me 30,000 + 2,000 - 2,000 =
        # 30,000; spouse 60,000. My third of the 9,000 tax is 3,000; paid 4,200 + 400 = 4,600;
        # 4,600 - 3,000 = 1,600 (under the 2,500 taken).
        ({}, 1_600),
        # Only 1,000 was taken: the share is at most that.
        ({"offset_amount": 1_000}, 1_000),
        # Without my estimated payment: 4,200 - 3,000 = 1,200.
        ({"my_estimated_payments": 0}, 1_200),
        # My adjustment moves income: me 32,000 of 92,000; tax share 9,000 x 32/92 = 3,130.43;
        # 4,600 - 3,130.43 = 1,469.57 -> about 1,470.
        ({"my_adjustments": 0}, 1_470),
        # A refundable credit of mine (a child's credit) adds to what I paid: 1,600 + 800 = 2,400.
        ({"my_refundable_credits": 800}, 2_400),
        # Joint tax 1,000: my third is 333.33; 4,600 - 333.33 = 4,266.67, but only 2,500 was taken.
        ({"joint_tax": 1_000}, 2_500),
        # Paid less than my share of the tax: nothing of the refund is mine.
        ({"my_withholding": 1_000, "my_estimated_payments": 0}, 0),
    ],
)
def test_two_earners_one_change_at_a_time(change, expected):
    found = allocation.estimate(facts(**{**TWO_EARNERS, **change}))
    assert found["status"] == "estimated"
    assert found["estimate"] == expected
    assert 0 <= found["estimate"] <= found["offset_amount"]


def test_the_earned_income_credit_is_split_by_income():
    """Form 8379 instructions: the IRS allocates the EIC "based on each spouse's income".
    Me 15,000 of 20,000 (75%): 75% of a 4,000 credit is 3,000; no tax; 500 withheld; a 1,000
    additional child tax credit of mine: 500 + 1,000 + 3,000 = 4,500."""
    found = allocation.estimate(facts(
        offset_amount=6_000, joint_tax=0, my_wages=15_000, my_other_income=0, spouse_wages=5_000, spouse_other_income=0,
        my_withholding=500, my_refundable_credits=1_000, joint_eic=4_000, my_adjustments=0, spouse_adjustments=0,
        my_estimated_payments=0))
    assert found["estimate"] == 4_500
    assert found["steps"]["my_eic_share"] == 3_000


def test_older_files_with_one_income_and_one_payments_figure_still_give_the_same_estimate():
    # Equal incomes: half of 15,000 is 7,500; 10,000 paid -> 2,500 (the estimate before this change).
    old = facts(offset_amount=6_000, joint_tax=15_000, my_withholding_and_payments=10_000, my_income=50_000, spouse_income=50_000)
    assert allocation.estimate(old)["estimate"] == 2_500


@pytest.mark.parametrize(
    "drop, named",
    [
        ("joint_tax", "the total tax on the joint return"),
        ("offset_amount", "the amount taken from the refund"),
        ("my_other_income", "your other income"),
        ("spouse_wages", "your spouse's wages"),
        ("my_withholding", "the federal tax withheld from your income"),
    ],
)
def test_a_missing_figure_is_named_and_no_number_is_given(drop, named):
    f = facts(**{k: v for k, v in TWO_EARNERS.items() if k != drop})
    found = allocation.estimate(f)
    assert found["status"] == "missing" and f"offset.{drop}" in found["missing"]
    text = allocation.words(f, found)
    assert named in text and "about $" not in text


def test_the_words_say_about_never_a_promise_and_name_the_approximation():
    f = facts(**TWO_EARNERS)
    text = allocation.words(f, allocation.estimate(f))
    assert text.startswith("Your share of the refund: about $1,600.")
    assert "could not apply that method" in text  # both spouses had income: the IRS's split can differ
    assert "will" not in text.split(".")[0]


def test_a_zero_share_says_why():
    f = facts(**{**TWO_EARNERS, "my_withholding": 1_000, "my_estimated_payments": 0})
    text = allocation.words(f, allocation.estimate(f))
    assert "about $0" in text and "nothing of the refund that is yours" in text


def test_figures_not_given_that_refine_the_estimate_are_listed_as_counted_zero():
    f = facts(**{k: v for k, v in TWO_EARNERS.items() if k not in ("my_adjustments", "joint_eic")})
    found = allocation.estimate(f)
    assert found["assumed_zero"] == ["offset.my_adjustments", "offset.joint_eic"]
    assert "Counted as $0 because not given: your adjustments to income and the earned income credit" in allocation.words(f, found)


def test_an_offset_larger_than_the_joint_refund_is_pointed_out():
    # Paid 4,200 + 400 + 3,000 (spouse) = 7,600 against 9,000 of tax: no refund, yet 2,500 was taken.
    f = facts(**TWO_EARNERS, spouse_withholding=3_000, spouse_estimated_payments=0, joint_refundable_credits=0)
    assert allocation.joint_refund(f.offset) == -1_400
    assert "Check the figures" in allocation.words(f, allocation.estimate(f))


def test_worksheet_columns_add_up_and_blank_lines_stay_blank():
    rows = {r["line"]: r for r in allocation.worksheet(facts(**TWO_EARNERS))}
    assert (rows["13a"]["joint"], rows["13a"]["injured"], rows["13a"]["other"]) == (90_000, 30_000, 60_000)
    assert (rows["13b"]["joint"], rows["13b"]["injured"], rows["13b"]["other"]) == (2_000, 2_000, 0)
    assert (rows["19"]["joint"], rows["19"]["injured"], rows["19"]["other"]) == (None, 4_200, None)  # spouse's not given
    assert all(rows[line][col] is None for line in ("15", "16", "18") for col in ("joint", "injured", "other"))
    assert list(rows) == ["13a", "13b", "14", "15", "16", "17", "18", "19", "20"]


def test_the_injured_spouse_sheet_and_next_steps_in_the_assessment():
    out = assess(json.loads((EXAMPLES / "harry-sally-injured-spouse.json").read_text()))
    sheet = out["sheets"]["8379"]
    assert sheet["estimate"] == 6_000 and out["sheets"]["8857"] is None
    rules = [s["rule"] for s in sheet["next_steps"]]
    assert rules == ["form-8379-filed-alone", "form-8379-each-year", "form-8379-amended-return", "form-8379-processing",
                     "form-8379-refund-names", "offset-top-call-center"]
    assert "800-304-3107" in sheet["next_steps"][-1]["text"]
    assert out["plan"]["next_steps"] == sheet["next_steps"]


def test_no_estimate_in_a_community_property_state():
    raw = json.loads((EXAMPLES / "harry-sally-injured-spouse.json").read_text())
    raw["state"] = "TX"
    sheet = assess(raw)["sheets"]["8379"]
    assert sheet["estimate"] is None and "community property" in sheet["estimate_text"]


# --- Form 8857, field by field, for every example case -----------------------------------------

BLANK = None
KNOWLEDGE = OPTION_LABELS["knowledge"]  # the sheet repeats the answer the person chose, in its words
#: What the sheet must answer for each example (None: a blank with the form's instruction).
#: Worked from each example's facts by hand.
EXPECTED_8857 = {
    "abuse-underpayment-levy.json": {
        "situation": "Yes: a joint return, and the unpaid tax came from your spouse.",  # underpayment, item_owner spouse
        "refund_taken": BLANK,  # no offset in the problems
        "tax_years": "2023",
        "about_you": BLANK, "other_spouse": BLANK, "education": BLANK, "health": BLANK,
        "return_preparation": BLANK, "finances": BLANK, "signature": BLANK,
        "marital_status": "Divorced (write the date of the decree).",  # no divorce date is asked
        "abuse": "Yes: describe it (see the statement outline below).",
        "knowledge": f"{KNOWLEDGE['reason_to_know']}: explain (see the statement outline below).",  # the answer chosen
        "benefit": "No benefit beyond normal support.",
        "household": "From your answers: 2 people in your household; monthly income $2,000; basic living expenses "
                     "$2,300 a month. Fill in every line the form asks.",
        "statement": "Use the statement outline below as your draft.",
    },
    "levy-missed-bc-window.json": {
        "situation": "Yes: a joint return, and the unreported income or wrong deduction or credit came from your spouse.",
        "refund_taken": BLANK, "tax_years": "2019",
        "about_you": BLANK, "other_spouse": BLANK, "education": BLANK, "health": BLANK,
        "return_preparation": BLANK, "finances": BLANK, "signature": BLANK,
        "marital_status": "Divorced (write the date of the decree).",
        "abuse": BLANK, "benefit": BLANK, "household": BLANK,  # not answered
        "knowledge": f"{KNOWLEDGE['none']}: explain (see the statement outline below).",
        "statement": "Use the statement outline below as your draft.",
    },
    "separate-return-community-property.json": {
        "situation": "Yes, if the tax is on community income: you did not file a joint return, and the item was your spouse's.",
        "refund_taken": BLANK, "tax_years": "2023",
        "about_you": BLANK, "other_spouse": BLANK, "education": BLANK, "health": BLANK,
        "return_preparation": BLANK, "finances": BLANK, "signature": BLANK,
        "marital_status": BLANK, "abuse": BLANK, "benefit": BLANK, "household": BLANK,
        "knowledge": f"{KNOWLEDGE['none']}: explain (see the statement outline below).",
        "statement": "Use the statement outline below as your draft.",
    },
    # An accepted offer bars relief for the year: no Form 8857 in the plan, so no sheet.
    "accepted-offer-in-compromise.json": None,
    # A refund offset alone: Form 8379, not Form 8857.
    "harry-sally-injured-spouse.json": None,
}


def test_every_example_case_is_covered():
    assert set(EXPECTED_8857) == {p.name for p in EXAMPLES.glob("*.json")}


@pytest.mark.parametrize("name", sorted(EXPECTED_8857))
def test_form_8857_answers_field_by_field(name):
    sheet = assess(json.loads((EXAMPLES / name).read_text()))["sheets"]["8857"]
    want = EXPECTED_8857[name]
    if want is None:
        assert sheet is None
        return
    got = {q["key"]: q["answers"][0]["text"] for q in sheet["questions"]}
    assert got == want
    assert sheet["revision"] == "Rev. June 2021"
    lines = [q["line"] for q in sheet["questions"]]
    assert [line for line in lines if line] == ["1", "2", "3", "6"]  # only the numbers seen in official text
    assert "Only the numbers of lines 1, 2, 3 and 6 were confirmed" in sheet["unconfirmed"]["text"]


def test_the_statement_outline_uses_only_what_was_said_and_the_plans_evidence():
    out = assess(json.loads((EXAMPLES / "abuse-underpayment-levy.json").read_text()))
    parts = {p["key"]: p for p in out["sheets"]["8857"]["statement"]["parts"]}
    assert list(parts) == ["knowledge", "abuse", "benefit", "marriage", "hardship"]
    evidence = {e["text"] for e in out["plan"]["evidence"]}
    for part in parts.values():
        assert part["prompt"]
        assert set(part["evidence"]) <= evidence  # never an item the plan does not list
    assert parts["abuse"]["known"] == ["You answered that there was abuse or financial control."]
    assert any("Protective" in e for e in parts["abuse"]["evidence"])
    assert parts["marriage"]["known"] == ["Divorced."]
    # Nothing about abuse is said when the person did not answer the question.
    levy = assess(json.loads((EXAMPLES / "levy-missed-bc-window.json").read_text()))
    quiet = {p["key"]: p for p in levy["sheets"]["8857"]["statement"]["parts"]}
    assert quiet["abuse"]["known"] == [] and quiet["abuse"]["evidence"] == []


def test_the_sheet_lists_several_years_and_gives_each_answer_once():
    raw = json.loads((EXAMPLES / "levy-missed-bc-window.json").read_text())
    first, second = parse(raw), parse({**raw, "tax_year": 2020, "marital_status": None})
    plan = {"forms": [{"number": "8857"}], "evidence": []}
    sheet = form_8857.sheet([(first, []), (second, [])], plan)
    assert sheet["years"] == [2019, 2020]
    answers = {q["key"]: q["answers"] for q in sheet["questions"]}
    assert answers["tax_years"] == [{"years": [2019], "text": "2019"}, {"years": [2020], "text": "2020"}]
    assert answers["marital_status"] == [{"years": [2019], "text": "Divorced (write the date of the decree)."},
                                         {"years": [2020], "text": None}]
    assert answers["knowledge"][0]["years"] == [2019, 2020]  # the same answer for both years, once
    marriage = next(p for p in sheet["statement"]["parts"] if p["key"] == "marriage")
    assert marriage["known"] == ["2019: Divorced."]


def test_a_case_with_several_years_has_one_answer_sheet_for_the_years_form_8857_covers():
    cases = Path(__file__).parent / "cases"
    out = assess(json.loads((cases / "two-years-levy-understatement.json").read_text()))
    assert out["sheets"]["8857"]["years"] == [2021, 2022]
    # Three years: Form 8857 for the unpaid tax of 2021 only; 2023 and 2024 are refund offsets (Form 8379 each).
    out = assess(json.loads((cases / "three-years-offsets-and-unpaid-tax.json").read_text()))
    assert out["sheets"]["8857"]["years"] == [y["facts"]["tax_year"] for y in out["years"] if any(f["number"] == "8857" for f in y["plan"]["forms"])] == [2021]
    assert all(set(y["sheets"]) == {"8379"} for y in out["years"])  # the years have no Form 8857 sheet of their own
    assert [y["sheets"]["8379"] is not None for y in out["years"]] == [y["plan"]["forms"][0]["number"] == "8379" for y in out["years"]]


def test_a_case_sheet_never_restates_a_fact_that_cannot_be_true():
    # Living apart "since" a day after the date of the check cannot be true (calculator.consistency):
    # each year holds it back, so the case's sheet says what a one-year check's sheet says, "Married
    # (say whether you live together or apart).", and the statement says only "Still married.".
    raw = json.loads((Path(__file__).parent / "cases" / "two-years-levy-understatement.json").read_text())
    out = assess({**raw, "marital_status": "married", "apart_since": "2027-03-01"})
    assert [f["field"] for y in out["years"] for f in y["consistency"]["impossible"]] == ["apart_since", "apart_since"]
    answers = {q["key"]: q["answers"] for q in out["sheets"]["8857"]["questions"]}
    assert answers["marital_status"] == [{"years": [2021, 2022], "text": "Married (say whether you live together or apart)."}]
    marriage = next(p for p in out["sheets"]["8857"]["statement"]["parts"] if p["key"] == "marriage")
    assert marriage["known"] == ["2021 and 2022: Still married."]


def test_line_2_points_to_form_8379_when_a_refund_was_taken_for_the_spouses_own_debt():
    """Form 8857 line 2 (Rev. June 2021): a refund taken for a debt owed only by the person on line 6
    is a Form 8379 matter. Unpaid tax of the spouse's and a refund taken for the spouse's student loan."""
    raw = json.loads((EXAMPLES / "abuse-underpayment-levy.json").read_text())
    raw["problems"] = ["underpayment", "offset"]
    raw["offset"] = {"debt_owner": "spouse", "debt": "federal_nontax", "legally_obligated": False, "my_payments": True}
    out = assess(raw)
    line_2 = next(q for q in out["sheets"]["8857"]["questions"] if q["line"] == "2")
    assert line_2["answers"][0]["text"] == (
        "Yes: a joint refund was taken for a federal non-tax debt (such as a student loan) owed only by your spouse. "
        "Ask for your share on Form 8379, not here.")
    assert out["sheets"]["8379"] is not None

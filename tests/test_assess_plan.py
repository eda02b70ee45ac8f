"""Collection alternatives and the plan, from facts and given screening results.

Expected values are worked out by hand from the rules' sources: 250% of the 2026 HHS
guideline for one person in the 48 states is 2.5 x $15,960 = $39,900 (2025: 2.5 x $15,650 =
$39,125; the 2026 table took effect on January 13, 2026); an accepted offer in compromise bars
§ 6015 relief (Treas. Reg. § 1.6015-1(c)); Form 12509 answers a preliminary determination.
"""

from __future__ import annotations

from datetime import date

import pytest

from calculator.collection import balance_due, known_balance, low_income, screen_alternatives
from calculator.facts import parse
from calculator.law import RULES
from calculator.plan import make_plan
from calculator.results import Deadline, Reason, ReliefResult

AS_OF = date(2026, 11, 27)
PATHS = ("innocent_spouse", "separation_of_liability", "equitable_relief", "community_property", "injured_spouse")


def results(**verdicts):
    """Relief results with the given verdicts (default not_available), as a screening would return them."""
    return tuple(
        ReliefResult(p, p, verdicts.get(p, "not_available"), "8379" if p == "injured_spouse" else "8857", (Reason.of("given", "form-8857"),))
        for p in PATHS
    )


def facts(**kw):
    return parse({"as_of": AS_OF.isoformat(), "joint_return": True, **kw})


def cited(items):
    for item in items:
        assert item["rule"] in RULES and item["cite"] and item["url"].startswith("https://"), item


# --- collection alternatives -------------------------------------------------------


def test_no_balance_owed_when_only_a_refund_was_taken():
    alts = screen_alternatives(facts(problems=["offset"]), AS_OF, results(injured_spouse="likely"))
    assert [a["applies"] for a in alts] == [False, False, False]
    assert all(a["reasons"] for a in alts)
    assert alts[1]["warnings"] == []  # injured spouse relief is not § 6015 relief


def test_unknown_problems_leave_it_open_and_ask():
    alts = screen_alternatives(facts(), AS_OF, results())
    assert [a["applies"] for a in alts] == [None, None, None]
    assert all(a["missing"] == ["problems"] for a in alts)


@pytest.mark.parametrize("problem", ["understatement", "underpayment"])
def test_a_balance_owed_opens_all_three(problem):
    alts = screen_alternatives(facts(problems=[problem]), AS_OF, results())
    assert [a["applies"] for a in alts] == [True, True, True]
    for a in alts:
        cited(a["reasons"] + a["costs"] + a["consequences"] + a["warnings"] + a.get("options", []))


@pytest.mark.parametrize("verdict", ["likely", "possible"])
@pytest.mark.parametrize("path", PATHS[:4])
def test_offer_warns_first_when_relief_may_be_open(path, verdict):
    oic = screen_alternatives(facts(problems=["understatement"]), AS_OF, results(**{path: verdict}))[1]
    assert oic["id"] == "offer_in_compromise"
    assert oic["warnings"][0]["rule"] == "reg-1.6015-1-c"
    assert "bars" in oic["warnings"][0]["text"]


@pytest.mark.parametrize("verdict", ["not_available", "needs_info"])
def test_no_bar_warning_when_relief_is_not_open(verdict):
    oic = screen_alternatives(facts(problems=["understatement"]), AS_OF, results(equitable_relief=verdict))[1]
    assert oic["warnings"] == []


def test_an_accepted_offer_is_explained():
    oic = screen_alternatives(facts(problems=["underpayment"], offer_in_compromise=True), AS_OF, results())[1]
    assert any(w["rule"] == "reg-1.6015-1-c" and "already accepted" in w["text"] for w in oic["warnings"])


@pytest.mark.parametrize(
    ("as_of", "income", "area", "expected", "threshold"),
    [
        (date(2026, 11, 27), 39900, "contiguous", True, 39900),
        (date(2026, 11, 27), 39901, "contiguous", False, 39900),
        (date(2026, 11, 27), 49875, "alaska", True, 49875),
        (date(2026, 11, 27), 45901, "hawaii", False, 45900),
        (date(2026, 1, 12), 39125, "contiguous", True, 39125),
        (date(2026, 1, 13), 39126, "contiguous", True, 39900),
    ],
)
def test_low_income_is_250_percent_of_the_guideline_in_effect(as_of, income, area, expected, threshold):
    f = parse({"household": {"size": 1, "annual_income": income, "area": area}})
    low, limit, _ = low_income(f, as_of)
    assert (low, limit) == (expected, threshold)


def test_low_income_uses_monthly_income_times_twelve_and_needs_size():
    assert low_income(parse({"household": {"size": 2, "monthly_income": 4500}}), AS_OF)[0] is True  # 54,000 <= 54,100
    assert low_income(parse({"household": {"monthly_income": 100}}), AS_OF) == (None, None, None)


def test_low_income_waives_fees_in_the_costs():
    f = facts(problems=["underpayment"], household={"size": 1, "annual_income": 20000})
    ia, oic, _ = screen_alternatives(f, AS_OF, results())
    assert ia["costs"][0]["rule"] == "ia-fee-low-income"
    assert oic["costs"][0]["rule"] == "oic-low-income"


@pytest.mark.parametrize(
    ("assessed", "paid", "kinds"),
    [
        (8000, 0, {"ia-short-term", "ia-simple-payment-plan", "ia-guaranteed"}),
        (60000, 5000, {"ia-short-term"}),  # 55,000 left: above the $50,000 simple limit
        (60000, 15000, {"ia-short-term", "ia-simple-payment-plan"}),  # 45,000 left
        (150000, 0, set()),
    ],
)
def test_payment_plan_kinds_follow_the_balance(assessed, paid, kinds):
    events = [{"type": "assessment", "date": "2025-06-02", "amount": assessed}]
    if paid:
        events.append({"type": "payment", "date": "2025-07-01", "amount": paid, "by": "me"})
    f = facts(problems=["underpayment"], events=events)
    assert known_balance(f) == assessed - paid
    ia = screen_alternatives(f, AS_OF, results())[0]
    offered = {o["rule"] for o in ia["options"]} - {"ia-streamlined"}
    assert offered == kinds


def test_balance_due_reads_the_problems():
    assert balance_due(parse({"problems": ["offset", "underpayment"]})) is True
    assert balance_due(parse({"problems": ["offset"]})) is False
    assert balance_due(parse({})) is None


def test_currently_not_collectible_consequences():
    f = facts(problems=["underpayment"], household={"monthly_income": 2000, "monthly_expenses": 2500})
    cnc = screen_alternatives(f, AS_OF, results())[2]
    text = " ".join(c["text"] for c in cnc["consequences"])
    assert "interest" in text and "Refunds" in text and "keeps running" in text
    assert any("does not exceed" in r["text"] for r in cnc["reasons"])


# --- the plan ----------------------------------------------------------------------


def test_plan_forms_for_relief_refund_levy_and_appeal():
    f = facts(
        problems=["understatement", "offset"],
        events=[
            {"type": "levy_notice", "date": "2026-11-02"},
            {"type": "relief_requested", "date": "2026-06-01"},
            {"type": "preliminary_determination", "date": "2026-11-20"},
        ],
    )
    deadlines = [Deadline("appeal", "Appeal", date(2026, 12, 21), "30 days", (Reason.of("x", "form-12509-appeal"),))]
    plan = make_plan(f, AS_OF, results(innocent_spouse="possible", injured_spouse="needs_info"), deadlines)
    numbers = [form["number"] for form in plan["forms"]]
    assert numbers == ["8857", "8379", "12509", "12153", "2848"]
    f8857 = plan["forms"][0]
    assert f8857["address"]["usps"].endswith("Covington, KY 41012") and f8857["address"]["fax"] == "855-233-8558"
    assert plan["forms"][2]["due"] == "2026-12-21"
    for form in plan["forms"]:
        assert form["rule"] in RULES and form["url"].startswith("https://www.irs.gov/")
        cited([form["why"]])


def test_no_form_8857_when_every_relief_path_is_closed():
    plan = make_plan(facts(problems=["understatement"]), AS_OF, results(), [])
    assert [form["number"] for form in plan["forms"]] == ["2848"]
    assert plan["next_steps"] == []


def test_no_appeal_form_after_a_final_determination():
    f = facts(problems=["underpayment"], events=[
        {"type": "preliminary_determination", "date": "2026-05-01"},
        {"type": "final_determination", "date": "2026-09-01"},
    ])
    numbers = [form["number"] for form in make_plan(f, AS_OF, results(equitable_relief="possible"), [])["forms"]]
    assert "12509" not in numbers


def test_evidence_follows_the_facts():
    f = facts(problems=["understatement", "offset"], abuse=True, marital_status="divorced", apart_since="2024-01-01")
    evidence = make_plan(f, AS_OF, results(equitable_relief="possible"), [])["evidence"]
    text = " ".join(e["text"] for e in evidence)
    for expected in ("Protective or restraining orders", "divorce decree", "handled the household finances",
                     "Bank and account records", "W-2", "living apart"):
        assert expected in text
    cited(evidence)
    plain = make_plan(facts(problems=["underpayment"]), AS_OF, results(equitable_relief="possible"), [])["evidence"]
    assert "Protective" not in " ".join(e["text"] for e in plain)


def test_next_steps_after_form_8857():
    steps = make_plan(facts(problems=["understatement"], abuse=True), AS_OF, results(innocent_spouse="likely"), [])["next_steps"]
    rules = [s["rule"] for s in steps]
    assert rules[0] == "next-notice-to-other-spouse" and "new name, address" in steps[0]["text"]
    assert "next-potential-abuse-case" in rules
    assert rules[-3:] == ["irc-6015-e-petition", "irc-6015-e-six-months", "next-administrative-record"]
    assert "cannot be extended" in steps[rules.index("irc-6015-e-petition")]["text"]
    cited(steps)


def test_referrals_and_form_911_caution():
    f = facts(problems=["underpayment"], household={"size": 3, "annual_income": 30000}, events=[{"type": "levy_notice", "date": "2026-11-02"}])
    refs = make_plan(f, AS_OF, results(), [])["referrals"]
    assert [r["id"] for r in refs] == ["litc", "tas", "professional"]
    assert "at or below 250%" in refs[0]["why"]["text"]
    assert refs[1]["caution"]["rule"] == "form-911" and "not a hearing request" in refs[1]["caution"]["text"]
    assert "levy" in refs[1]["why"]["text"]


def test_no_form_8857_when_only_a_refund_was_taken():
    # Form 8857 asks for relief from tax owed; a taken refund alone calls for Form 8379.
    plan = make_plan(facts(problems=["offset"]), AS_OF, results(innocent_spouse="needs_info", injured_spouse="likely"), [])
    assert [form["number"] for form in plan["forms"]] == ["8379", "2848"]
    # What happens next is the Form 8379 path, not the Form 8857 one.
    rules = [step["rule"] for step in plan["next_steps"]]
    assert "form-8379-processing" in rules and "offset-top-call-center" in rules
    assert not any("8857" in step["text"] or "determination" in step["text"] for step in plan["next_steps"])

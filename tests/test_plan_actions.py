"""What to do now (calculator.plan ``actions``), passed deadlines with the route still open, and the
relief order, for the three journeys of the UX audit (2026-11-29). Dates worked out by hand."""

from calculator.assess import assess
from calculator.law import rule

AS_OF = "2026-11-29"

#: Persona 1: divorced, abused, a 2022 joint return, a CP90 dated 2026-10-15.
LEVY = {
    "as_of": AS_OF, "letter": "cp90", "tax_year": 2022, "joint_return": True, "problems": ["understatement"],
    "item_owner": "spouse", "knowledge": "none", "marital_status": "divorced", "abuse": True,
    "events": [{"type": "levy_notice", "date": "2026-10-15"}],
}
#: Persona 2: married; the 2025 joint refund taken for the wife's student loan; he is not liable.
OFFSET = {
    "as_of": AS_OF, "letter": "offset", "tax_year": 2025, "joint_return": True, "problems": ["offset"], "state": "OH",
    "extension": False, "return_filed": "2026-04-10", "marital_status": "married",
    "offset": {"debt_owner": "spouse", "debt": "federal_nontax", "legally_obligated": False, "my_payments": True},
    "events": [{"type": "joint_refund_offset", "date": "2026-06-01"}],
}
#: Persona 3 (the paralegal's client): 2023 unpaid balance, apart since 2025-08-01, Letter 3172 dated 2026-11-10.
LIEN = {
    "as_of": AS_OF, "letter": "letter3172", "tax_year": 2023, "joint_return": True, "problems": ["underpayment"],
    "item_owner": "spouse", "knowledge": "reason_to_know", "marital_status": "married", "apart_since": "2025-08-01",
    "household": {"size": 3, "annual_income": 41000},
    "events": [{"type": "lien_notice", "date": "2026-11-10"}, {"type": "assessment", "date": "2024-05-13"}],
}


def _steps(facts):
    plan = assess(facts)["plan"]
    return [(a["id"], a["due"], a["now"]) for a in plan["actions"]], plan


def test_levy_journey_says_send_8857_now_then_the_equivalent_hearing():
    # CDP: 30 days from the day after 2026-10-15 end on Sat 2026-11-14 -> Mon 2026-11-16 (IRC 7503): passed.
    # Equivalent hearing: one year from the day after the notice -> Fri 2027-10-15.
    # Form 8857 (b)/(c): two years from the levy notice -> Sun 2028-10-15 -> Mon 2028-10-16.
    steps, plan = _steps(LEVY)
    assert steps == [
        ("send-8857", "2028-10-16", True),
        ("call-tas", None, True),
        ("hearing-equivalent", "2027-10-15", False),
    ]
    first = plan["actions"][0]
    assert first["title"] == "Send Form 8857 now"
    # The levy bar is IRC § 6015(e)(1)(B) and Treas. Reg. § 1.6015-7(c), not the suspension of the collection
    # period in § 6015(e)(2) (legal audit #16(a)); offsets and liens go on (#8).
    assert "may not levy" in first["why"]["text"] and "lien" in first["why"]["text"]
    assert first["why"]["rule"] == "next-pending-collection"
    assert rule("next-pending-collection").cite.title.startswith("Treas. Reg. § 1.6015-7")
    assert first["address"]["usps"] == rule("form-8857-where").value["usps"]
    assert rule("contact-tas").value["phone"] in plan["actions"][1]["title"]
    passed = {p["id"]: p for p in plan["passed"]}
    assert passed["cdp_hearing"]["due"] == "2026-11-16"
    assert "equivalent hearing on Form 12153 by October 15, 2027" in passed["cdp_hearing"]["instead"]
    assert plan["relief_fits"][0] in ("innocent_spouse", "separation_of_liability")
    assert "injured_spouse" in plan["relief_others"]


def test_offset_journey_leads_with_form_8379_and_folds_the_four_8857_paths():
    # Refund claim: return deemed filed 2026-04-15 (IRC 6513(a)); 3 years -> Sun 2029-04-15; Mon 2029-04-16 is
    # Emancipation Day in D.C. -> Tue 2029-04-17.
    steps, plan = _steps(OFFSET)
    assert steps == [("send-8379", "2029-04-17", False)]
    assert plan["relief_fits"] == ["injured_spouse"]
    assert set(plan["relief_others"]) == {"innocent_spouse", "separation_of_liability", "equitable_relief", "community_property"}


def test_lien_journey_asks_for_the_cdp_hearing_within_30_days_of_the_lien_notice():
    # Letter 3172 dated 2026-11-10: 30 days -> Thu 2026-12-10. Equitable relief runs to the collection
    # statute: assessed 2024-05-13 + 10 years = Sat 2034-05-13 -> Mon 2034-05-15.
    steps, _ = _steps(LIEN)
    assert steps == [("send-8857", "2034-05-15", True), ("hearing-cdp", "2026-12-10", False)]


def test_a_cp504_starts_no_clock_and_says_so():
    facts = {"as_of": AS_OF, "letter": "cp504", "tax_year": 2022, "joint_return": True, "problems": ["underpayment"]}
    out = assess(facts)
    assert all(d["id"] not in ("cdp_hearing", "equivalent_hearing") for d in out["deadlines"])
    letter = next(a for a in out["plan"]["actions"] if a["id"] == "letter-cp504")
    assert "6331(d)" in letter["why"]["text"] and "neither" in letter["why"]["text"]


def test_actions_are_in_date_order_after_the_ones_due_now():
    for facts in (LEVY, OFFSET, LIEN):
        actions = assess(facts)["plan"]["actions"]
        now = [a for a in actions if a["now"]]
        later = [a for a in actions if not a["now"]]
        assert actions == now + later
        dated = [a["due"] for a in later if a["due"]]
        assert dated == sorted(dated)
        assert len({a["id"] for a in actions}) == len(actions)


def test_without_any_date_no_action_claims_a_date_or_urgency():
    actions = assess({"as_of": AS_OF})["plan"]["actions"]
    assert actions and all(a["due"] is None and not a["now"] for a in actions)
    # Only a refund offset, for the person's own debt: nothing to file, so the plan says what to keep.
    own = {"as_of": AS_OF, "joint_return": True, "problems": ["offset"], "offset": {"debt_owner": "me"}}
    assert [a["id"] for a in assess(own)["plan"]["actions"]] == ["keep-letters"]


def test_talk_to_someone_gives_four_numbers_from_the_contact_rules():
    talk = assess({"as_of": AS_OF})["plan"]["talk"]
    assert [t["key"] for t in talk] == ["tas", "innocent_spouse", "litc", "dv_hotline"]
    for t in talk:
        assert t["phone"] == rule(f"contact-{t['key']}").value["phone"]
        assert t["url"].startswith("https://")

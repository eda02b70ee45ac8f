"""The example fact files in tests/examples/, run through the real engines, against hand-worked answers.

Each expectation below was worked out from the law, not read from the code:

- harry-sally-injured-spouse (FACTS.md J.10, Procedurally Taxing's "Harry and Sally"): a joint
  refund taken for the husband's premarital child support; all income and withholding are the
  wife's. Form 8379 Part I is met, so injured spouse relief appears available, and all $6,000 is
  hers. The refund-claim window (IRC § 6511(a), § 6513(a)): a 2025 return filed early on
  2026-03-02 is deemed filed 2026-04-15; 3 years later is Sunday 2029-04-15; § 7503 moves it past
  Sunday and past Monday 2029-04-16, D.C. Emancipation Day, to Tuesday 2029-04-17. No tax is owed,
  so no collection alternative applies and Form 8857 is not suggested.
- levy-missed-bc-window (FACTS.md J.12(a)): a § 6330 levy notice dated 2022-03-15 starts the
  2-year clock of § 6015(b) and (c) (Treas. Reg. § 1.6015-5(b)(2)); it ends Friday 2024-03-15, so
  the Form 8857 received 2024-03-18 is late for (b) and (c). Equitable relief is timely until the
  collection statute ends. The CDP hearing window closed 30 days after the notice, 2022-04-14.
- accepted-offer-in-compromise: an accepted offer bars § 6015 relief for the year (Treas. Reg.
  § 1.6015-1(c)); with a joint return, § 66(c) does not apply either.
- abuse-underpayment-levy: tax shown but unpaid, so (b) and (c) cannot help (they reach
  understatements only). Divorced, abused, household income $24,000 for 2 (250% of the 2026
  guideline is $54,100), no assets to pay: every element of the streamlined determination of
  Rev. Proc. 2013-34 § 4.02 is met (abuse overrides reason to know), so equitable relief appears
  available. The levy notice dated 2026-11-16 gives a CDP hearing window to Wednesday 2026-12-16.
- separate-return-community-property: no joint return, so nothing under § 6015 and no Form 8379;
  California is a community property state, so § 66(c) is the route, and it turns on facts the
  checker cannot weigh fully.
"""

from __future__ import annotations

import json
from pathlib import Path

import calculator
from calculator.law import RULES

EXAMPLES = Path(__file__).resolve().parent / "examples"
OPEN = {"likely", "possible", "needs_info"}


def run(name: str) -> dict:
    return calculator.assess(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))


def verdicts(out: dict) -> dict[str, str]:
    return {r["id"]: r["verdict"] for r in out["relief"]}


def due(out: dict) -> dict[str, str]:
    return {d["id"]: d["due"] for d in out["deadlines"]}


def test_every_example_runs_and_every_conclusion_is_cited():
    for path in sorted(EXAMPLES.glob("*.json")):
        out = run(path.stem)
        assert [r["id"] for r in out["relief"]] == [
            "innocent_spouse", "separation_of_liability", "equitable_relief", "community_property", "injured_spouse",
        ]
        for r in out["relief"]:
            assert r["reasons"], (path.name, r["id"])
            assert all(reason["rule"] in RULES for reason in r["reasons"])
        assert [d["due"] for d in out["deadlines"]] == sorted(d["due"] for d in out["deadlines"])


def test_harry_and_sally():
    out = run("harry-sally-injured-spouse")
    injured = next(r for r in out["relief"] if r["id"] == "injured_spouse")
    assert injured["verdict"] == "likely"
    assert injured["deadline"] == "2029-04-17"
    assert due(out)["refund_claim"] == "2029-04-17"
    assert [a["applies"] for a in out["collection_alternatives"]] == [False, False, False]
    assert [f["number"] for f in out["plan"]["forms"]] == ["8379", "2848"]
    assert "6000" in json.dumps(injured["details"]).replace(",", "").replace(".0", "")


def test_harry_and_sally_owe_no_tax_so_6015_is_not_available():
    # The refund paid Harry's child support: no joint tax exists for § 6015 to relieve, and the
    # reason sends Sally to Form 8379 instead.
    out = run("harry-sally-injured-spouse")
    v = verdicts(out)
    assert v["innocent_spouse"] == v["separation_of_liability"] == v["equitable_relief"] == "not_available"
    for r in out["relief"][:3]:
        assert r["missing"] == []
        assert any(reason["rule"] == "irc-6015-not-for-separate-debts" and "8379" in reason["text"] for reason in r["reasons"])


def test_levy_notice_starts_the_two_year_clock():
    out = run("levy-missed-bc-window")
    relief = {r["id"]: r for r in out["relief"]}
    assert relief["innocent_spouse"]["verdict"] == relief["separation_of_liability"]["verdict"] == "not_available"
    assert relief["innocent_spouse"]["deadline"] == relief["separation_of_liability"]["deadline"] == "2024-03-15"
    assert relief["equitable_relief"]["verdict"] in OPEN
    assert relief["community_property"]["verdict"] == relief["injured_spouse"]["verdict"] == "not_available"
    cdp = next(d for d in out["deadlines"] if d["id"] == "cdp_hearing")
    assert (cdp["due"], cdp["status"]) == ("2022-04-14", "passed")


def test_accepted_offer_bars_6015():
    out = run("accepted-offer-in-compromise")
    v = verdicts(out)
    assert v["innocent_spouse"] == v["separation_of_liability"] == v["equitable_relief"] == "not_available"
    assert v["community_property"] == "not_available"
    oic = out["collection_alternatives"][1]
    assert any(w["rule"] == "reg-1.6015-1-c" for w in oic["warnings"])
    assert "8857" not in [f["number"] for f in out["plan"]["forms"]]


def test_abuse_and_underpayment():
    out = run("abuse-underpayment-levy")
    v = verdicts(out)
    assert v["innocent_spouse"] == v["separation_of_liability"] == "not_available"
    assert v["equitable_relief"] == "likely"
    assert due(out)["cdp_hearing"] == "2026-12-16"
    oic = out["collection_alternatives"][1]
    assert oic["warnings"][0]["rule"] == "reg-1.6015-1-c"
    plan = out["plan"]
    assert [f["number"] for f in plan["forms"]][:2] == ["8857", "12153"]
    assert any("Protective" in e["text"] for e in plan["evidence"])
    assert plan["next_steps"][0]["rule"] == "next-notice-to-other-spouse"
    assert "at or below 250%" in plan["referrals"][0]["why"]["text"]


def test_separate_return_in_a_community_property_state():
    v = verdicts(run("separate-return-community-property"))
    assert v["innocent_spouse"] == v["separation_of_liability"] == v["equitable_relief"] == v["injured_spouse"] == "not_available"
    assert v["community_property"] in OPEN

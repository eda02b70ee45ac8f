"""Issue 10: each result says which rules it rests on are unconfirmed, and which figures may be stale.

"Today a check dated 2029 silently uses the 2026 guidelines, with no word that they may be out of
date."  The HHS poverty guidelines are published each January (91 FR 1797, "Effective Date:
January 13, 2026"); a check two years after the rules' review date must name them as possibly out
of date, and say since when.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import calculator
from calculator.law import CURRENT_AS_OF, RULES

EXAMPLE = json.loads((Path(__file__).parent / "examples" / "abuse-underpayment-levy.json").read_text())


def _check(as_of: date, **changes) -> dict:
    return calculator.assess({**EXAMPLE, **changes, "as_of": as_of.isoformat()})


def test_a_check_two_years_after_the_rules_date_names_the_figures_that_may_be_out_of_date():
    later = date(CURRENT_AS_OF.year + 2, CURRENT_AS_OF.month, CURRENT_AS_OF.day)
    out = _check(later)
    stale = {s["rule"]: s for s in out["stale"]}
    # The hardship test used the newest recorded table, the 2026 one ...
    # (2026 table: $15,960 + $5,680 for a household of two = $21,640.)
    (equitable,) = [r for r in out["relief"] if r["id"] == "equitable_relief"]
    hardship = equitable["details"]["economic_hardship"]
    assert hardship["guideline_rule"] == "hhs-poverty-2026" and hardship["guideline"] == 21_640
    # ... which HHS was due to replace in January 2027: the check says so, and since when.
    assert stale["hhs-poverty-2026"]["expected_by"] == "2027-01-15"
    assert "January" in stale["hhs-poverty-2026"]["why"]
    assert stale["hhs-poverty-2026"]["url"].startswith("https://www.govinfo.gov/")
    # The fee and address figures this result cites are past their re-check dates too.
    assert {"ia-user-fees", "form-8857-where"} <= set(stale)
    assert [s["expected_by"] for s in out["stale"]] == sorted(s["expected_by"] for s in out["stale"])


def test_a_check_on_the_rules_date_has_no_stale_figures():
    assert _check(CURRENT_AS_OF)["stale"] == []


def test_staleness_starts_the_day_after_the_expected_date():
    expected = RULES["hhs-poverty-2026"].renews.expected_by
    on_the_day = {s["rule"] for s in _check(expected)["stale"]}
    day_after = {s["rule"] for s in _check(expected + timedelta(days=1))["stale"]}
    assert "hhs-poverty-2026" not in on_the_day
    assert "hhs-poverty-2026" in day_after


def test_a_figure_the_result_does_not_use_is_not_reported():
    # Without household figures there is no hardship test, so no poverty table is used or reported.
    later = date(CURRENT_AS_OF.year + 2, 1, 31)
    out = _check(later, household=None)
    assert "hhs-poverty-2026" not in {s["rule"] for s in out["stale"]}


def _reasons(node):
    if isinstance(node, dict):
        if "text" in node and node.get("rule") in RULES and "cite" in node:
            yield node
        for value in node.values():
            yield from _reasons(value)
    elif isinstance(node, list):
        for value in node:
            yield from _reasons(value)


def test_every_reason_carries_how_its_rule_was_verified():
    out = _check(CURRENT_AS_OF)
    reasons = [r for r in _reasons(out) if "verified" in r]
    assert reasons
    for reason in reasons:
        assert reason["verified"] == RULES[reason["rule"]].status.kind, reason


def test_a_result_resting_on_an_unconfirmed_rule_says_so_and_what_was_seen():
    out = _check(CURRENT_AS_OF)
    marked = {r["rule"] for r in _reasons(out) if r.get("verified") == "unconfirmed"}
    listed = {u["rule"]: u for u in out["unconfirmed"]}
    assert marked and marked <= set(listed)
    for rule_id, entry in listed.items():
        assert RULES[rule_id].status.kind == "unconfirmed"
        assert entry["seen"] == RULES[rule_id].status.source and entry["on"] <= CURRENT_AS_OF.isoformat()


def test_the_rule_status_page_lists_every_rules_status_and_the_footer_the_next_renewal():
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from macros import render

    table = render.rule_status_table()
    for rule in RULES.values():
        assert f'id="rule-{rule.id}"' in table, rule.id
    # Weakest first: every unconfirmed row comes before every seen row.
    unconfirmed = [table.index(f'id="rule-{r.id}"') for r in RULES.values() if r.status.kind == "unconfirmed"]
    seen = [table.index(f'id="rule-{r.id}"') for r in RULES.values() if r.status.kind == "seen"]
    assert max(unconfirmed) < min(seen)
    # The two pages split the rules by status: each rule on exactly one of them.
    doubts, read = render.rule_status_table("unconfirmed", "secondary"), render.rule_status_table("seen")
    for rule in RULES.values():
        on = [f'id="rule-{rule.id}"' in page for page in (doubts, read)]
        assert on == [rule.status.kind != "seen", rule.status.kind == "seen"], rule.id
    soonest = min(r.renews.expected_by for r in RULES.values() if r.renews)
    assert f'datetime="{soonest.isoformat()}"' in render.as_of_footer("../about/", "../reference/rule-renewals/")

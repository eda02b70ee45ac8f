"""The entry points ``assess`` and ``check``: validation, assembly of the output, and never raising.

The relief and deadline engines are replaced here by small local fakes so that the assembly
itself is tested in isolation; tests/test_assess_examples.py runs the real engines.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

import calculator
from calculator.facts import FactsError
from calculator.law import CURRENT_AS_OF
from calculator.results import Deadline, Reason, ReliefResult

ASSESS = sys.modules["calculator.assess"]
PATHS = ("innocent_spouse", "separation_of_liability", "equitable_relief", "community_property", "injured_spouse")


def fake_relief(verdict: str = "possible"):
    def screen_all(facts, as_of):
        return tuple(
            ReliefResult(p, p.replace("_", " "), verdict, "8379" if p == "injured_spouse" else "8857", (Reason.of("fake", "form-8857"),))
            for p in PATHS
        )

    return screen_all


def fake_deadlines(facts, as_of):
    # Deliberately out of order: assess must sort by due date.
    return (
        Deadline("refund_claim", "Refund claim", date(2029, 4, 17), "3 years", (Reason.of("fake", "form-8379"),)),
        Deadline("appeal", "Appeal", date(2026, 12, 10), "30 days", (Reason.of("fake", "form-12509"),)),
    )


@pytest.fixture
def fakes(monkeypatch):
    monkeypatch.setattr(ASSESS, "_screen_all", fake_relief())
    monkeypatch.setattr(ASSESS, "_general_deadlines", fake_deadlines)


BASE = {"as_of": "2026-11-27", "joint_return": True, "problems": ["understatement"]}


def test_output_keys_and_order(fakes):
    out = calculator.assess(BASE)
    assert list(out) == [
        "format_version", "as_of", "rules_current_as_of", "facts", "consistency", "relief", "deadlines",
        "collection_alternatives", "plan", "sheets", "stale", "unconfirmed", "disclaimer",
    ]
    assert out["format_version"] == 1
    assert out["as_of"] == "2026-11-27"
    assert out["rules_current_as_of"] == CURRENT_AS_OF.isoformat()
    assert out["facts"] == {"as_of": "2026-11-27", "joint_return": True, "problems": ["understatement"]}
    assert [r["id"] for r in out["relief"]] == list(PATHS)
    assert [d["id"] for d in out["deadlines"]] == ["appeal", "refund_claim"]
    assert out["deadlines"][0]["days_left"] == 13 and out["deadlines"][0]["status"] == "open"
    assert [a["id"] for a in out["collection_alternatives"]] == [
        "installment_agreement", "offer_in_compromise", "currently_not_collectible",
    ]
    assert set(out["plan"]) == {"actions", "passed", "relief_fits", "relief_others", "talk", "forms", "evidence", "next_steps", "referrals"}
    assert "not legal or tax advice" in out["disclaimer"] and "IRS" in out["disclaimer"]


def test_disclaimer_never_promises_a_result(fakes):
    out = calculator.assess(BASE)
    assert "you qualify" not in str(out).lower()


def test_as_of_is_required_inside_assess(fakes):
    with pytest.raises(FactsError) as err:
        calculator.assess({"joint_return": True})
    assert [p for p, _ in err.value.problems] == ["as_of"]
    assert calculator.check({"joint_return": True}) == {
        "ok": False,
        "errors": [{"field": "as_of", "message": err.value.problems[0][1]}],
    }


@pytest.mark.parametrize(
    ("facts", "path"),
    [
        ({"as_of": "2026-02-30"}, "as_of"),
        ({"as_of": "2026-11-27", "tax_yaer": 2024}, "tax_yaer"),
        ({"as_of": "2026-11-27", "knowledge": "some"}, "knowledge"),
        ({"as_of": "2026-11-27", "joint_return": "yes"}, "joint_return"),
        ({"as_of": "2026-11-27", "household": {"size": -2}}, "household.size"),
        ({"as_of": "2026-11-27", "events": [{"type": "levy_notice", "date": "2025-13-01"}]}, "events[0].date"),
    ],
)
def test_bad_input_names_the_field(fakes, facts, path):
    with pytest.raises(FactsError) as err:
        calculator.assess(facts)
    assert path in [p for p, _ in err.value.problems]
    result = calculator.check(facts)
    assert result["ok"] is False and path in [e["field"] for e in result["errors"]]


def test_check_wraps_a_good_result(fakes):
    result = calculator.check(BASE)
    assert result["ok"] is True and result["result"] == calculator.assess(BASE)


@pytest.mark.parametrize("raw", [None, [], "facts", 3, 2.5, True, {"events": {"a": 1}}, {"household": []}])
def test_check_never_raises_on_odd_json(fakes, raw):
    result = calculator.check(raw)
    assert result["ok"] is False and result["errors"]


def test_check_reports_an_engine_defect_as_data(monkeypatch):
    def broken(facts, as_of):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(ASSESS, "_screen_all", broken)
    monkeypatch.setattr(ASSESS, "_general_deadlines", fake_deadlines)
    result = calculator.check(BASE)
    assert result["ok"] is False and "internal error" in result["errors"][0]["message"]

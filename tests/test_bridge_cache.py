"""The checker's bridge keeps each year's assessment by that year's whole document (issue 12: a
change to one year of a case assesses that year only).  Its results must be exactly those of a
fresh check of the same case, after any sequence of changes, and the store stays bounded."""

import json
import sys
from pathlib import Path

import pytest

import calculator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "assets" / "checker"))
import bridge  # noqa: E402

CASES = sorted((ROOT / "tests" / "cases").glob("*.json"))


def page_years(path: Path) -> list[dict]:
    """The case as the page holds it: each year's answers with the person's copied in."""
    return bridge.split_case(json.loads(path.read_text()))["years"]


def changes(years: list[dict]):
    """One year changed at a time, as a reader changes one answer: the filing date a day later,
    a problem added, an answer that makes the year invalid, and back to the start."""
    yield years
    for i, year in enumerate(years):
        later = [dict(y) for y in years]
        filed = later[i]["return_filed"]
        later[i]["return_filed"] = filed[:-2] + f"{int(filed[-2:]) % 28 + 1:02d}"
        yield later
        more = [dict(y) for y in later]
        more[i]["problems"] = sorted({*more[i]["problems"], "understatement"})
        yield more
        wrong = [dict(y) for y in more]
        wrong[i]["return_filed"] = "not a date"
        yield wrong
        yield years


@pytest.fixture(autouse=True)
def empty_store():
    bridge._assessed.clear()
    yield
    bridge._assessed.clear()


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_kept_years_give_the_result_of_a_fresh_check(path):
    for years in changes(page_years(path)):
        for current in range(len(years)):
            got = bridge.screen_case(years, current, "R-1")
            fresh = calculator.check(got["facts"])  # no store: every year assessed again
            assert json.dumps(got["check"], sort_keys=True) == json.dumps(fresh, sort_keys=True)


def test_a_change_to_one_year_assesses_that_year_only(monkeypatch):
    years = page_years(ROOT / "tests" / "cases" / "three-years-offsets-and-unpaid-tax.json")
    bridge.screen_case(years, 0)
    assessed = []
    real = bridge.assess_year
    monkeypatch.setattr(bridge, "assess_year", lambda doc, **how: assessed.append(doc["tax_year"]) or real(doc, **how))
    changed = [dict(y) for y in years]
    changed[1]["return_filed"] = "2024-03-02"
    assert bridge.screen_case(changed, 1)["check"]["ok"]
    assert assessed == [2023]
    assessed.clear()
    bridge.screen_case(years, 1)  # back to the answers before the change: still kept
    assert assessed == []


def test_the_store_is_bounded():
    years = page_years(ROOT / "tests" / "cases" / "two-years-levy-understatement.json")
    for day in range(1, 29):
        changed = [dict(y) for y in years]
        changed[0]["return_filed"] = changed[0]["return_filed"][:-2] + f"{day:02d}"
        bridge.screen_case(changed, 0)
    assert len(bridge._assessed) == bridge._KEPT

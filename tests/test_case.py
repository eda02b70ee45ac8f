"""Facts format version 2: a case with several tax years (``calculator.case``, ``calculator.case_plan``).

The cases in tests/cases/ were worked by hand from the rules, not read from the code:

two-years-levy-understatement (tax years 2021 and 2022, one levy notice dated Monday 2026-11-02 naming both):
- Collection due process hearing (IRC § 6330(a)(3)(B)): within 30 days after the notice,
  2026-11-02 + 30 days = Wednesday 2026-12-02, for each year.
- Equivalent hearing (Treas. Reg. § 301.6330-1(i)(2)): the one-year period commencing the day after
  the notice, 2026-11-03 .. 2027-11-02, a Tuesday.
- § 6015(b) and (c) elections: no later than 2 years after the first collection activity, here the
  § 6330 notice (Treas. Reg. § 1.6015-5(b)(2)(ii)): 2028-11-02, a Thursday. Both years, one date.
- Refund claim (IRC § 6511(a)): 3 years after filing. 2021 return filed 2022-04-18 (on its due
  date, so § 6513(a) does not move it): 2025-04-18, a Friday, passed. 2022 return filed 2023-04-18:
  2026-04-18 is a Saturday, so § 7503 moves it to Monday 2026-04-20 (Emancipation Day 2026 is
  Thursday 16 April), passed.
- Forms: one Form 8857 for both years (relief under § 6015 is open for each), due by the earlier
  relief date 2028-11-02; Form 12153 once per year (the plan does not merge hearing requests), each
  due 2026-12-02; Form 2848 for both years.

three-years-offsets-and-unpaid-tax (2021 unpaid tax; 2023 and 2024 joint refunds taken for the spouse's child support):
- 2021: assessed Monday 2022-05-23; the collection period (IRC § 6502(a)(1)) ends 10 years later,
  2032-05-23, a Sunday; § 7503 moves the last day to ask for equitable relief on unpaid tax
  (§ 6015(f)(2)) to Monday 2032-05-24 (Memorial Day 2032 is 31 May).
- 2023: filed early on 2024-03-01, deemed filed on the due date 2024-04-15 (§ 6513(a)); 3 years:
  Thursday 2027-04-15 (Emancipation Day 2027 is Friday 16 April).
- 2024: filed early on 2025-02-20, deemed filed 2025-04-15; 3 years: 2028-04-15 is a Saturday;
  Sunday 16 April 2028 is Emancipation Day, observed on Monday 17 April (D.C. Code § 1-612.02(c)),
  so the next business day is Tuesday 2028-04-18.
- Forms: one Form 8379 for each of 2023 and 2024 (a separate form for each year); Form 8857 for
  2021 only (no tax is owed for 2023 or 2024, so § 6015 has nothing to relieve there).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import calculator
from calculator import case as case_mod
from calculator.case import PERSON, YEAR_FIELDS, lift
from calculator.facts import FIELDS, FactsError
from calculator.law import rule

TESTS = Path(__file__).resolve().parent
EXAMPLES = sorted((TESTS / "examples").glob("*.json"))
CASES = sorted((TESTS / "cases").glob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def case(name: str) -> dict:
    return calculator.assess(load(TESTS / "cases" / f"{name}.json"))


def as_a_year_of_a_case(one: dict) -> dict:
    """A one-year result as a year of a case gives it: the same, less its own Form 8857 sheet (the
    case's sheet, with a column per year, takes its place) and so less the rule that only that sheet
    cites among the unconfirmed rules the year rests on (the case's sheet names it in its own note)."""
    sheet = one["sheets"]["8857"]
    only_the_sheet = {sheet["unconfirmed"]["rule"]} if sheet else set()
    return {**one, "sheets": {"8379": one["sheets"]["8379"]},
            "unconfirmed": [u for u in one["unconfirmed"] if u["rule"] not in only_the_sheet]}


def problems(raw) -> list[tuple[str, str]]:
    with pytest.raises(FactsError) as caught:
        calculator.assess(raw)
    return caught.value.problems


def paths(raw) -> list[str]:
    return [path for path, _ in problems(raw)]


# --- version 1 is a case with one year, and its answers do not change ----------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_and_its_one_year_case_give_the_same_answer(path):
    v1 = load(path)
    twin = lift(v1)
    assert twin["version"] == 2 and len(twin["years"]) == 1
    out = calculator.assess(twin)
    one = calculator.assess(v1)
    assert out["years"] == [as_a_year_of_a_case(one)]
    assert out["sheets"]["8857"] == one["sheets"]["8857"]  # with one year, the case's sheet is the year's own
    assert out["as_of"] == v1["as_of"]


def test_a_version_1_document_is_still_answered_in_version_1():
    v1 = load(EXAMPLES[0])
    out = calculator.assess(v1)
    assert out["format_version"] == 1 and "years" not in out and "relief" in out


def test_every_field_of_the_facts_format_is_a_person_field_or_a_year_field():
    # Fields added to facts.FIELDS land in the years by default.
    names = {f.name for f in FIELDS} - {"version"}
    assert {f.name for f in YEAR_FIELDS} == names - set(PERSON)
    assert set(PERSON) <= names
    assert "state" in {f.name for f in YEAR_FIELDS}  # where the person lived during that tax year


# --- the hand-worked cases ------------------------------------------------------------------------


def test_two_years_one_levy_notice():
    out = case("two-years-levy-understatement")
    assert out["reference"] == "A-2021-22"
    by_year = {y["facts"]["tax_year"]: y for y in out["years"]}
    assert list(by_year) == [2021, 2022]
    for year in by_year.values():
        due = {d["id"]: d["due"] for d in year["deadlines"]}
        assert due["cdp_hearing"] == "2026-12-02"
        assert due["equivalent_hearing"] == "2027-11-02"
        relief = {r["id"]: r["deadline"] for r in year["relief"]}
        assert relief["innocent_spouse"] == relief["separation_of_liability"] == "2028-11-02"
        # the case-level event reached each year it names
        assert [e["type"] for e in year["facts"]["events"]] == ["levy_notice"]
    assert {d["id"]: d["due"] for d in by_year[2021]["deadlines"]}["refund_claim"] == "2025-04-18"
    assert {d["id"]: d["due"] for d in by_year[2022]["deadlines"]}["refund_claim"] == "2026-04-20"

    plan = out["plan"]
    forms = [(f["number"], f["years"], f["due"]) for f in plan["forms"]]
    assert forms == [
        ("8857", [2021, 2022], "2028-11-02"),
        ("12153", [2021], "2026-12-02"),
        ("12153", [2022], "2026-12-02"),
        ("2848", [2021, 2022], None),
    ]
    listed = [(d["due"], d["tax_year"], d["id"]) for d in plan["deadlines"]]
    assert listed == sorted(listed)
    assert listed[:4] == [
        ("2025-04-18", 2021, "refund_claim"),
        ("2026-04-20", 2022, "refund_claim"),
        ("2026-12-02", 2021, "cdp_hearing"),
        ("2026-12-02", 2022, "cdp_hearing"),
    ]
    first_open = next(d for d in plan["deadlines"] if d["status"] == "open")
    assert (first_open["due"], first_open["days_left"]) == ("2026-12-02", 5)  # 2026-11-27 + 5 days


def test_three_years_one_form_8379_per_year_and_one_form_8857():
    out = case("three-years-offsets-and-unpaid-tax")
    relief = {y["facts"]["tax_year"]: {r["id"]: (r["verdict"], r["deadline"]) for r in y["relief"]} for y in out["years"]}
    assert relief[2021]["equitable_relief"][1] == "2032-05-24"
    assert relief[2023]["injured_spouse"] == ("likely", "2027-04-15")
    assert relief[2024]["injured_spouse"] == ("likely", "2028-04-18")
    forms = sorted((f["number"], f["years"], f["due"]) for f in out["plan"]["forms"])
    assert forms == [
        ("2848", [2021, 2023, 2024], None),
        ("8379", [2023], "2027-04-15"),
        ("8379", [2024], "2028-04-18"),
        ("8857", [2021], "2032-05-24"),
    ]
    open_dates = [(d["due"], d["tax_year"]) for d in out["plan"]["deadlines"] if d["status"] == "open"]
    assert open_dates[0] == ("2027-04-15", 2023) and open_dates[-1] == ("2032-05-24", 2021)


def test_forms_merged_across_years_are_the_ones_the_rule_lists():
    # The plan reads the rule; it does not name the forms itself.
    merged = set(rule("forms-one-for-several-years").value)
    out = case("three-years-offsets-and-unpaid-tax")
    for form in out["plan"]["forms"]:
        assert len(form["years"]) == 1 or form["number"] in merged
        assert [b["tax_year"] for b in form["by_year"]] == form["years"]
    numbers = [f["number"] for f in out["plan"]["forms"]]
    assert all(numbers.count(r) == 1 for r in merged if r in numbers)


def test_evidence_is_merged_without_duplicates_and_names_its_years():
    out = case("two-years-levy-understatement")
    texts = [e["text"] for e in out["plan"]["evidence"]]
    assert len(texts) == len(set(texts))
    every = {e["text"] for y in out["years"] for e in y["plan"]["evidence"]}
    assert set(texts) == every
    for item in out["plan"]["evidence"]:
        assert item["years"] == [y["facts"]["tax_year"] for y in out["years"] if any(e["text"] == item["text"] for e in y["plan"]["evidence"])]


def test_a_case_event_and_the_same_event_in_each_year_give_the_same_answer():
    raw = load(TESTS / "cases" / "two-years-levy-understatement.json")
    copied = copy.deepcopy(raw)
    event = copied.pop("events")[0]
    del event["years"]
    for year in copied["years"]:
        year["events"] = [event]
    assert calculator.assess(copied)["years"] == calculator.assess(raw)["years"]


# --- problems are named by their place in the case ------------------------------------------------


def test_problems_are_named_by_their_place_in_the_case():
    raw = {
        "version": 2,
        "as_of": "2026-11-27",
        "household": {"size": 0},
        "years": [
            {"tax_year": 2021, "return_filed": "2022-02-30", "events": [{"type": "bill"}]},
            {"tax_year": 2022, "knowledge": "some"},
        ],
        "events": [{"type": "levy_notice", "date": "2026-13-01", "years": [2021, 2022]}],
    }
    assert paths(raw) == [
        "household.size",
        "years[0].return_filed",
        "years[0].events[0].date",
        "events[0].date",  # once, although both years read it
        "years[1].knowledge",
    ]


@pytest.mark.parametrize(
    ("raw", "where", "words"),
    [
        ({"version": 2, "as_of": "2026-11-27"}, "years", "is required"),
        ({"version": 2, "as_of": "2026-11-27", "years": []}, "years", "at least one"),
        ({"version": 2, "as_of": "2026-11-27", "years": [2021]}, "years[0]", "must be a group of answers in braces { } with the fields of one tax year"),
        ({"version": 2, "as_of": "2026-11-27", "tax_year": 2021, "years": [{}]}, "tax_year", "inside each item of years"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"abuse": True}]}, "years[0].abuse", "once, at the top"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"tax_yaer": 2021}]}, "years[0].tax_yaer", 'did you mean "tax_year"'),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"tax_year": 2021}, {"tax_year": 2021}]}, "years[1].tax_year", "already years[0]"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"tax_year": 2021}], "events": [{"type": "bill", "date": "2024-01-02"}]}, "events[0].years", "is required"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"tax_year": 2021}], "events": [{"type": "bill", "date": "2024-01-02", "years": [2020]}]}, "events[0].years[0]", "not a tax year of this case"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"tax_year": 2021}], "events": [{"type": "bill", "date": "2024-01-02", "years": [2021, 2021]}]}, "events[0].years[1]", "listed twice"),
        ({"version": 2, "as_of": "2026-11-27", "reference": "x" * 121, "years": [{}]}, "reference", "at most 120"),
        ({"version": 2, "as_of": "2026-11-27", "reference": "a\nb", "years": [{}]}, "reference", "one line"),
        ({"version": 2, "as_of": "2026-11-27", "clients": 1, "years": [{}]}, "clients", "Allowed here"),
        ({"version": 2, "years": [{}]}, "as_of", "is required"),
        ({"version": 2, "as_of": "2026-11-27", "years": [{"events": "x"}], "events": [{"type": "bill", "date": "2024-01-02", "years": [None]}]}, "years[0].events", "must be a list"),
    ],
)
def test_each_problem_with_a_case_is_named(raw, where, words):
    found = problems(raw)
    assert any(path == where and words in message for path, message in found), found


def test_check_answers_a_case_and_never_raises():
    assert calculator.check({"version": 2})["errors"][0]["field"] == "years"
    out = calculator.check(load(CASES[0]))
    assert out["ok"] and out["result"]["format_version"] == 2


def test_split_reads_version_1_as_one_year_unchanged():
    v1 = load(EXAMPLES[0])
    read = case_mod.split(v1)
    assert read.version == 1 and read.reference is None and not read.problems
    assert [y.document for y in read.years] == [v1]
    assert read.years[0].where("events[0].date") == "events[0].date"


def test_years_whose_tax_year_is_unknown_keep_their_own_forms():
    # Two offset years not yet named (as on the checker, before the tax year is answered): each
    # keeps its own Form 8379, and its calendar entries their own ids.
    from calculator.ics import calendar

    three = load(TESTS / "cases" / "three-years-offsets-and-unpaid-tax.json")
    unnamed = {**three, "years": [{k: v for k, v in y.items() if k != "tax_year"} for y in three["years"][1:]]}
    out = calculator.assess(unnamed)
    assert [f["years"] for f in out["plan"]["forms"] if f["number"] == "8379"] == [[None], [None]]
    uids = [line for line in calendar(out).split("\r\n") if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) > 0


def test_a_year_whose_tax_year_is_unknown_shares_form_8857_and_its_due_date():
    # The two-year levy case with the levy notice inside each year and the second year's tax year
    # not answered yet (as on the checker while a year is being added). Each year's § 6015(b)/(c)
    # date is the notice (Monday 2026-11-02) + 2 years = Thursday 2028-11-02 (see the top of this
    # file), so one Form 8857 covers both, due 2028-11-02, and the year named with that date is 2021.
    two = load(TESTS / "cases" / "two-years-levy-understatement.json")
    notice = [{"type": "levy_notice", "date": "2026-11-02"}]
    years = [{**two["years"][0], "events": notice}, {**{k: v for k, v in two["years"][1].items() if k != "tax_year"}, "events": notice}]
    out = calculator.assess({k: v for k, v in two.items() if k != "events"} | {"years": years})
    form = next(f for f in out["plan"]["forms"] if f["number"] == "8857")
    assert (form["years"], form["due"], form["due_year"]) == ([2021, None], "2028-11-02", 2021)
    assert [b["due"] for b in form["by_year"]] == ["2028-11-02", "2028-11-02"]

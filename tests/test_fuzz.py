"""Hostile input: ``calculator.assess`` either returns a result or raises ``calculator.FactsError``
whose problems name the fields at fault. It never raises anything else, and never hangs: every
example has a Hypothesis deadline, so one that runs away fails the test.

The inputs are what a tampered saved file, a crafted ``#facts=`` link or a batch file can hold:
arbitrary JSON, and near-valid facts (a real example with one field made wrong: wrong types,
impossible dates, huge numbers, deep nesting, long strings, unknown fields, too many events).
Runs natively and inside Pyodide. At the end the module prints how many cases it tried.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import calculator
from calculator.case import PERSON, is_case, lift
from calculator.facts import EVENT, FIELDS, HOUSEHOLD, OFFSET
from tests.test_case import as_a_year_of_a_case

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
EXAMPLES = [json.loads(p.read_text()) for p in sorted(EXAMPLES_DIR.glob("*.json"))]
TOP_FIELDS = [f.name for f in FIELDS]
NESTED_FIELDS = {"household": [f.name for f in HOUSEHOLD], "offset": [f.name for f in OFFSET]}
EVENT_FIELDS = [f.name for f in EVENT]

#: How many inputs each test tried (every example Hypothesis ran, shrinking included).
CASES: Counter[str] = Counter()

FUZZ = settings(
    max_examples=200,
    deadline=timedelta(seconds=3),  # per example: a hang or runaway loop fails here (Pyodide is slower)
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


@pytest.fixture(scope="module", autouse=True)
def report_case_count(request):
    """After the module: print how many cases the fuzz run tried, past pytest's output capture."""
    yield
    total = sum(CASES.values())
    parts = ", ".join(f"{name}: {count}" for name, count in sorted(CASES.items()))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\nfuzz: {total} cases tried ({parts})")


def run(kind: str, raw):
    """assess(raw) -> the result, or the FactsError it raised; anything else fails the test."""
    CASES[kind] += 1
    try:
        result = calculator.assess(raw)
    except calculator.FactsError as error:
        assert error.problems, "a FactsError names at least one problem"
        for path, message in error.problems:
            # A path names the field; it is empty only for an unknown field whose name is "".
            assert isinstance(path, str) and (path or (isinstance(raw, dict) and "" in raw)), error.problems
            assert isinstance(message, str) and message.strip(), error.problems
        return error
    assert isinstance(result, dict) and result["relief"] and result["disclaimer"]
    json.dumps(result, allow_nan=False)  # the page gets it as JSON
    return result


# --- strategies ---------------------------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(["2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01", "9999-12-31", "2024-4-15",
                       "2024-04-15T00:00:00", " 2024-04-15", "", "null", "true", "<script>alert(1)</script>"])  # fmt: skip
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=40,
)


def deep(depth: int, leaf=None):
    """A list (or object) nested ``depth`` levels deep, built without recursion. Depths stop at 1200:
    the JSON parser that reads a saved file or a ``#facts=`` link refuses deeper text (Python's
    recursion limit is 1000), and inside Pyodide merely freeing a Python object nested about 5000
    deep overflows the JavaScript stack, whatever the calculator does with it."""
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


hostile = (
    json_values
    | st.integers(min_value=50, max_value=1200).map(deep)
    | st.text(min_size=1000, max_size=20_000)
    # 10**5000 is past Python's integer-to-text limit (4,300 digits): even showing it in a message can fail
    | st.sampled_from([10**18, -(10**18), 10**300, 10**5000, float("inf"), -0.0, 1e-300, 2**63, True, False, [], {}])
)


@st.composite
def near_valid(draw):
    """A real example's facts with one field (top-level, nested or in an event) made hostile.
    Returns (facts, the path of the changed field, or None when a new unknown field was added)."""
    facts = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    where = draw(st.sampled_from(["top", "nested", "event", "unknown", "events"]))
    value = draw(hostile)
    if where == "top":
        name = draw(st.sampled_from(TOP_FIELDS))
        facts[name] = value
        return facts, name
    if where == "nested":
        group = draw(st.sampled_from(sorted(NESTED_FIELDS)))
        name = draw(st.sampled_from(NESTED_FIELDS[group]))
        facts.setdefault(group, {})[name] = value
        return facts, f"{group}.{name}"
    if where == "event":
        events = facts.setdefault("events", [])
        if not events:
            events.append({"type": "bill", "date": "2024-06-03"})
        index = draw(st.integers(0, len(events) - 1))
        name = draw(st.sampled_from(EVENT_FIELDS))
        events[index][name] = value
        return facts, f"events[{index}].{name}"
    if where == "events":
        count = draw(st.integers(0, 400))
        facts["events"] = [{"type": "bill", "date": "2024-06-03"}] * count
        return facts, "events"
    group = draw(st.sampled_from([None, "household", "offset"]))
    name = draw(st.text(min_size=1, max_size=30).filter(lambda n: n not in TOP_FIELDS + NESTED_FIELDS["household"]
                                                         + NESTED_FIELDS["offset"]))  # fmt: skip
    (facts.setdefault(group, {}) if group else facts)[name] = value
    return facts, group or name


# --- the properties -----------------------------------------------------------------------------


@FUZZ
@given(json_values)
def test_arbitrary_json_is_answered_or_refused_with_paths(raw):
    outcome = run("arbitrary JSON", raw)
    if not isinstance(raw, dict):
        assert isinstance(outcome, calculator.FactsError)
        assert [path for path, _ in outcome.problems] == ["facts"]


@FUZZ
@given(st.dictionaries(st.sampled_from(TOP_FIELDS) | st.text(max_size=20), hostile, max_size=8))
def test_objects_of_hostile_values_are_answered_or_refused_with_paths(raw):
    outcome = run("hostile objects", raw)
    if isinstance(outcome, calculator.FactsError):
        # "version": 2 makes the object a case (facts format version 2), which needs its "years"
        missing = {"as_of", "years"} if is_case(raw) else {"as_of"}
        for path, _ in outcome.problems:
            assert path in missing or any(path.startswith(key) for key in raw), outcome.problems


@FUZZ
@given(near_valid())
def test_near_valid_facts_name_the_field_that_is_wrong(case):
    facts, changed = case
    outcome = run("near-valid facts", facts)
    if isinstance(outcome, calculator.FactsError):
        paths = [path for path, _ in outcome.problems]
        # The only fault is the changed field, so every problem is at it (or inside it), or is the
        # missing as_of when the change removed the date of the check.
        if is_case(facts):  # "version": 2 made the example a case: its one-year fields are then misplaced
            assert all(path in ("years", "as_of") or path.split(".")[0] in facts for path in paths), outcome.problems
            return
        for path in paths:
            assert path == "as_of" or path.startswith(changed.split("[")[0]), (changed, outcome.problems)


@FUZZ
@given(st.sampled_from(EXAMPLES), st.integers(min_value=1, max_value=1200), st.sampled_from(TOP_FIELDS))
def test_deep_nesting_is_refused_not_crashed(facts, depth, name):
    facts = {**facts, name: deep(depth, leaf="x")}
    outcome = run("deep nesting", facts)
    assert isinstance(outcome, calculator.FactsError)
    assert all(path.startswith(name) for path, _ in outcome.problems), outcome.problems


@FUZZ
@given(st.sampled_from(EXAMPLES), st.sampled_from(["2023-02-29", "2024-02-30", "2024-00-10", "2024-04-31",
                                                   "10000-01-01", "2024-W15", "15/04/2024", "2024-04-15Z"]))  # fmt: skip
def test_impossible_dates_are_refused_with_their_path(facts, bad):
    facts = copy.deepcopy(facts)
    facts["return_filed"] = bad
    outcome = run("impossible dates", facts)
    assert isinstance(outcome, calculator.FactsError)
    assert [path for path, _ in outcome.problems] == ["return_filed"]


@FUZZ
@given(st.sampled_from(EXAMPLES), st.sampled_from(sorted(NESTED_FIELDS["household"])),
       st.one_of(st.integers(min_value=10**12 + 1, max_value=10**60), st.floats(min_value=1e12 + 1)))  # fmt: skip
def test_huge_numbers_are_refused_or_bounded(facts, name, number):
    facts = copy.deepcopy(facts)
    facts.setdefault("household", {})[name] = number
    outcome = run("huge numbers", facts)
    assert isinstance(outcome, calculator.FactsError)
    assert [path for path, _ in outcome.problems] == [f"household.{name}"]


def _in_case(path: str) -> str:
    """Where a problem at ``path`` of a version-1 document is named in its one-year case (``case.lift``)."""
    head = path.split(".", 1)[0].split("[", 1)[0]
    return path if head in PERSON else f"years[0].{path}"


@FUZZ
@given(near_valid())
def test_a_document_and_its_one_year_case_give_the_same_answer(case):
    facts, changed = case
    assume(changed != "version")  # the case has its own version; lift leaves the document's out
    CASES["version 1 and its case"] += 1
    outcomes = []
    for raw in (facts, lift(facts)):
        try:
            outcomes.append(calculator.assess(raw))
        except calculator.FactsError as error:
            outcomes.append(error)
    one, both = outcomes
    if isinstance(one, calculator.FactsError):
        assert isinstance(both, calculator.FactsError), one.problems
        assert {path for path, _ in both.problems} == {_in_case(path) for path, _ in one.problems}
    else:
        assert not isinstance(both, calculator.FactsError), both.problems
        assert both["years"] == [as_a_year_of_a_case(one)]
        assert both["sheets"]["8857"] == one["sheets"]["8857"]


# --- impossible combinations (issue 11): valid values that cannot all be true --------------------


@st.composite
def impossible_combination(draw):
    """An example with one value made impossible against the others, and the path it is at:
    a date after as_of, an event before the tax year began, a return filed inside its own year,
    or a tax year after as_of's year."""
    from datetime import date

    facts = copy.deepcopy(draw(st.sampled_from([e for e in EXAMPLES if e.get("tax_year")])))
    as_of = date.fromisoformat(facts["as_of"])
    year = facts["tax_year"]
    kind = draw(st.sampled_from(["future event", "event before the year", "filed inside the year", "future return",
                                 "future apart_since", "tax year ahead", "future span end"]))  # fmt: skip
    if kind in ("future event", "event before the year"):
        if kind == "future event":
            day = draw(st.dates(as_of + timedelta(days=1), date(9999, 12, 31)))
        else:
            day = draw(st.dates(date(1, 1, 1), date(year - 1, 12, 31)))
        event_type = draw(st.sampled_from(["levy_notice", "bill", "assessment", "deficiency_notice", "relief_requested"]))
        facts.setdefault("events", []).append({"type": event_type, "date": day.isoformat()})
        return facts, f"events[{len(facts['events']) - 1}].date", day.isoformat()
    if kind == "future span end":
        end = draw(st.dates(as_of + timedelta(days=1), date(9999, 12, 31)))
        facts.setdefault("events", []).append({"type": "bankruptcy", "date": facts["as_of"], "end": end.isoformat()})
        return facts, f"events[{len(facts['events']) - 1}].end", end.isoformat()
    if kind == "filed inside the year":
        day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
        facts["return_filed"] = day.isoformat()
        return facts, "return_filed", day.isoformat()
    if kind == "future return":
        day = draw(st.dates(as_of + timedelta(days=1), date(9999, 12, 31)))
        facts["return_filed"] = day.isoformat()
        return facts, "return_filed", day.isoformat()
    if kind == "future apart_since":
        day = draw(st.dates(as_of + timedelta(days=1), date(9999, 12, 31)))
        facts["apart_since"] = day.isoformat()
        return facts, "apart_since", day.isoformat()
    facts["tax_year"] = draw(st.integers(as_of.year + 1, 2100))
    return facts, "tax_year", str(facts["tax_year"])


@FUZZ
@given(impossible_combination())
def test_impossible_combinations_are_named_and_carry_no_verdict_or_date(case):
    """No crash; the impossible value is named at its path; no verdict, deadline or plan date
    shown quotes it (the held-back paths only ask to check it)."""
    facts, path, value = case
    outcome = run("impossible combinations", facts)
    assert isinstance(outcome, dict), outcome
    assert path in {f["field"] for f in outcome["consistency"]["impossible"]}, (path, outcome["consistency"])
    shown = [r for r in outcome["relief"] if r["verdict"] != "check"]
    if path != "tax_year":  # a year is a short number; dates are unambiguous in the text
        assert value not in json.dumps([shown, outcome["deadlines"], outcome["plan"]]), value
    for r in outcome["relief"]:
        assert r["verdict"] != "check" or r["deadline"] is None

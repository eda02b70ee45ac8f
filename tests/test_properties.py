"""Properties over generated facts (Hypothesis), stated from the statute and the product rules.

- No valid input makes ``assess`` raise, and ``check`` never raises on any JSON value.
- Every verdict has at least one cited reason (every citation a registered rule).
- Every plan item and collection-alternative statement carries a citation.
- An accepted offer in compromise bars § 6015 relief for the year (Treas. Reg. § 1.6015-1(c)):
  adding one never leaves (b), (c) or (f) open.
- The offer in compromise entry warns first exactly when a § 6015 or § 66(c) path is likely or
  possible and tax is owed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculator
from calculator.facts import AMOUNT_EVENTS, EVENT_TYPES, FIELDS, SPAN_EVENTS, Field
from calculator.law import RULES

SETTINGS = settings(max_examples=150, deadline=None)

dates = st.dates(min_value=date(1996, 1, 1), max_value=date(2032, 12, 31))
money = st.one_of(st.integers(0, 2_000_000), st.floats(0, 2_000_000, allow_nan=False, allow_infinity=False))


def value_of(field: Field):
    kind = field.kind
    if kind == "date":
        return dates.map(date.isoformat)
    if kind == "bool":
        return st.booleans()
    if kind == "int":
        return st.integers(field.minimum, min(field.maximum, field.minimum + 60) if field.name != "tax_year" else 2030)
    if kind == "money":
        return money
    if kind == "enum":
        return st.sampled_from(field.choices)
    if kind == "enum_list":
        return st.lists(st.sampled_from(field.choices), unique=True, max_size=len(field.choices))
    if kind == "object":
        return st.fixed_dictionaries({}, optional={f.name: st.one_of(st.none(), value_of(f)) for f in field.fields})
    if kind == "events":
        return st.lists(event(), max_size=6)
    raise AssertionError(kind)


@st.composite
def event(draw):
    kind = draw(st.sampled_from(sorted(EVENT_TYPES)))
    start = draw(dates)
    out = {"type": kind, "date": start.isoformat()}
    if kind in SPAN_EVENTS and draw(st.booleans()):
        out["end"] = (start + timedelta(days=draw(st.integers(0, 2000)))).isoformat()
    if kind in AMOUNT_EVENTS and draw(st.booleans()):
        out["amount"] = draw(money)
    if kind == "payment" and draw(st.booleans()):
        out["by"] = draw(st.sampled_from(("spouse", "me", "both")))
    return out


TOP = {f.name: value_of(f) for f in FIELDS if f.name not in ("as_of", "version")}
valid_facts = st.fixed_dictionaries(
    {"as_of": dates.map(date.isoformat)},
    optional={name: st.one_of(st.none(), strategy) for name, strategy in TOP.items()},
)

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=20,
)
# Arbitrary JSON, but also near-misses: the facts keys with arbitrary values.
near_misses = st.fixed_dictionaries({}, optional={f.name: json_values for f in FIELDS})


def cited(item: dict) -> None:
    assert item["rule"] in RULES, item
    assert item["cite"].strip() and item["url"].startswith("https://"), item


@SETTINGS
@given(valid_facts)
def test_assess_never_raises_and_every_conclusion_is_cited(facts):
    out = calculator.assess(facts)
    assert len(out["relief"]) == 5
    for result in out["relief"]:
        assert result["verdict"] in ("likely", "possible", "not_available", "needs_info", "check")
        # "check" holds a path back; only an impossible fact does that (calculator.consistency).
        assert result["verdict"] != "check" or out["consistency"]["impossible"], result
        assert result["reasons"], result["id"]
        for reason in result["reasons"]:
            cited(reason)
    for alt in out["collection_alternatives"]:
        assert alt["reasons"]
        for key in ("reasons", "warnings", "costs", "consequences", "options"):
            for item in alt.get(key, []):
                cited(item)
    plan = out["plan"]
    for form in plan["forms"]:
        cited(form)
        cited(form["why"])
    for item in plan["evidence"] + plan["next_steps"]:
        cited(item)
    for ref in plan["referrals"]:
        cited(ref)
        cited(ref["why"])
    assert [d["due"] for d in out["deadlines"]] == sorted(d["due"] for d in out["deadlines"])


@SETTINGS
@given(valid_facts)
def test_check_accepts_every_valid_input(facts):
    assert calculator.check(facts)["ok"] is True


@SETTINGS
@given(st.one_of(json_values, near_misses))
def test_check_never_raises_on_any_json(raw):
    result = calculator.check(raw)
    assert result["ok"] in (True, False)
    if not result["ok"]:
        assert result["errors"] and all({"field", "message"} <= set(e) for e in result["errors"])
        assert "internal" not in result, result


@SETTINGS
@given(valid_facts)
def test_an_accepted_offer_closes_6015(facts):
    out = calculator.assess({**facts, "offer_in_compromise": True})
    verdicts = {r["id"]: r["verdict"] for r in out["relief"]}
    for path in ("innocent_spouse", "separation_of_liability", "equitable_relief"):
        assert verdicts[path] == "not_available", (path, verdicts)


@SETTINGS
@given(valid_facts)
def test_offer_warning_comes_first_exactly_when_relief_may_be_open(facts):
    out = calculator.assess(facts)
    # A path held back for an impossible answer ("check") may be open once it is fixed: it counts.
    open_paths = [r for r in out["relief"] if r["id"] != "injured_spouse" and r["verdict"] in ("likely", "possible", "check")]
    oic = out["collection_alternatives"][1]
    warned = bool(oic["warnings"]) and oic["warnings"][0]["rule"] == "reg-1.6015-1-c" and "may be open" in oic["warnings"][0]["text"]
    assert warned == bool(open_paths)


@pytest.mark.native
@SETTINGS
@given(valid_facts)
def test_generated_facts_satisfy_the_schema(facts):
    jsonschema = pytest.importorskip("jsonschema")
    from calculator.schema import facts_schema

    jsonschema.Draft202012Validator(facts_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(facts)

"""The shipped JSON Schema equals the generated one, and it agrees with ``parse`` on a table of inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import calculator
from calculator.case import lift
from calculator.facts import FactsError, parse
from calculator.schema import case_schema, facts_schema

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "calculator" / "facts.schema.json"
EXAMPLES = sorted((ROOT / "tests" / "examples").glob("*.json"))


def test_shipped_schema_is_the_generated_schema():
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == facts_schema()


@pytest.mark.parametrize("schema", [facts_schema, case_schema], ids=["version 1", "version 2"])
def test_every_object_forbids_unknown_fields(schema):
    def walk(node):
        if isinstance(node, dict):
            if "object" in (node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]):
                assert node.get("additionalProperties") is False, node.get("description")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema())


# (facts, valid?) — both parse and the schema must give the same answer.
TABLE = [
    ({}, True),
    ({"as_of": "2026-11-27", "tax_year": 2024, "joint_return": True}, True),
    ({"as_of": None, "knowledge": None, "household": None, "events": None}, True),
    ({"problems": ["understatement", "offset"]}, True),
    ({"tax_year": 2024.0}, True),
    ({"household": {"size": 3, "annual_income": 41000.5, "area": "hawaii"}}, True),
    ({"offset": {"debt_owner": "spouse", "debt": "child_support", "offset_amount": 0}}, True),
    ({"events": [{"type": "bankruptcy", "date": "2020-01-01", "end": "2020-06-30"}]}, True),
    ({"events": [{"type": "payment", "date": "2020-01-01", "amount": 10, "by": "me"}]}, True),
    ({"events": [{"type": "levy_notice", "date": "2020-01-01", "end": None}]}, True),
    ({"state": "PR"}, True),
    ({"as_of": "2026-02-30"}, False),
    ({"as_of": "2026-2-3"}, False),
    ({"as_of": 20261127}, False),
    ({"tax_yaer": 2024}, False),
    ({"household": {"sise": 2}}, False),
    ({"knowledge": "some"}, False),
    ({"problems": ["understatement", "understatement"]}, False),
    ({"problems": "understatement"}, False),
    ({"joint_return": "true"}, False),
    ({"joint_return": 1}, False),
    ({"tax_year": 1989}, False),
    ({"tax_year": 2024.5}, False),
    ({"household": {"size": 0}}, False),
    ({"household": {"size": -1}}, False),
    ({"household": {"annual_income": -5}}, False),
    ({"household": {"annual_income": True}}, False),
    ({"state": "XX"}, False),
    ({"version": 2}, False),
    ({"events": [{"type": "bill"}]}, False),
    ({"events": [{"date": "2020-01-01"}]}, False),
    ({"events": [{"type": "party", "date": "2020-01-01"}]}, False),
    ({"events": [{"type": "bill", "date": "2020-01-01", "end": "2020-02-01"}]}, False),
    ({"events": [{"type": "bill", "date": "2020-01-01", "amount": 5}]}, False),
    ({"events": [{"type": "assessment", "date": "2020-01-01", "by": "me"}]}, False),
    ({"events": [{"type": "bill", "date": "2020-01-01", "color": "red"}]}, False),
    ({"events": {"type": "bill"}}, False),
    ([], False),
    ("facts", False),
]


def parses(raw) -> bool:
    try:
        parse(raw)
    except FactsError:
        return False
    return True


@pytest.mark.parametrize(("raw", "valid"), TABLE)
def test_parse_gives_the_expected_answer(raw, valid):
    assert parses(raw) is valid


def test_parse_is_stricter_than_the_schema_on_an_end_before_the_start():
    # JSON Schema cannot compare two fields; parse does (documented in calculator.schema).
    assert not parses({"events": [{"type": "bankruptcy", "date": "2020-06-30", "end": "2020-01-01"}]})


@pytest.mark.native
@pytest.mark.parametrize("schema", [facts_schema, case_schema], ids=["version 1", "version 2"])
def test_schema_is_a_valid_draft_2020_12_schema(schema):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.native
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_fact_files_validate(path):
    jsonschema = pytest.importorskip("jsonschema")
    example = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(facts_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(example)
    parse(example)


# --- version 2: a case with several tax years ------------------------------------------------------

SHIPPED_CASE = ROOT / "calculator" / "case.schema.json"
CASES = sorted((ROOT / "tests" / "cases").glob("*.json"))
A_YEAR = {"tax_year": 2021, "joint_return": True}

# (case, valid?) — the case reader with parse and the schema must give the same answer.
CASE_TABLE = [
    ({"version": 2, "years": [{}]}, True),
    ({"version": 2, "as_of": "2026-11-27", "reference": "K-17", "marital_status": "divorced", "years": [A_YEAR]}, True),
    ({"version": 2, "reference": None, "events": None, "years": [A_YEAR, {"tax_year": 2022}]}, True),
    ({"version": 2, "years": [A_YEAR], "events": [{"type": "levy_notice", "date": "2026-01-05", "years": [2021]}]}, True),
    ({"version": 2, "household": {"size": 2}, "years": [{"tax_year": 2021, "state": "CA", "events": [{"type": "bill", "date": "2024-01-02"}]}]}, True),
    ({"version": 2}, False),
    ({"version": 2, "years": []}, False),
    ({"version": 2, "years": {}}, False),
    ({"version": 2, "years": [A_YEAR, {}, {}]}, True),  # a tax year not known yet, as on the checker's new year
    ({"version": 2, "years": [{"abuse": True}]}, False),
    ({"version": 2, "years": [{"tax_yaer": 2021}]}, False),
    ({"version": 2, "tax_year": 2021, "years": [{}]}, False),
    ({"version": 2, "reference": 17, "years": [{}]}, False),
    ({"version": 2, "reference": "x" * 121, "years": [{}]}, False),
    ({"version": 2, "reference": "two\nlines", "years": [{}]}, False),
    ({"version": 2, "years": [A_YEAR], "events": [{"type": "bill", "date": "2024-01-02"}]}, False),
    ({"version": 2, "years": [A_YEAR], "events": [{"type": "bill", "date": "2024-01-02", "years": []}]}, False),
    ({"version": 2, "years": [A_YEAR], "events": [{"type": "bill", "date": "2024-01-02", "years": [2021, 2021]}]}, False),
    ({"version": 2, "years": [A_YEAR], "events": [{"type": "bill", "years": [2021]}]}, False),
    ({"version": 2, "years": [{"tax_year": 1989}]}, False),
    ({"version": 2, "household": {"size": 0}, "years": [{}]}, False),
    ({"version": 2, "years": [{"version": 1}]}, False),
]


def case_is_valid(raw) -> bool:
    try:
        calculator.assess({"as_of": "2026-11-27", **raw})
    except FactsError:
        return False
    return True


def test_shipped_case_schema_is_the_generated_schema():
    # After a change to the facts format: python -m calculator schema > calculator/case.schema.json
    assert json.loads(SHIPPED_CASE.read_text(encoding="utf-8")) == case_schema()


@pytest.mark.parametrize(("raw", "valid"), CASE_TABLE)
def test_the_case_reader_gives_the_expected_answer(raw, valid):
    assert case_is_valid(raw) is valid


def test_the_case_reader_is_stricter_than_the_schema_on_what_json_schema_cannot_compare():
    # Documented in calculator.schema.case_schema: tax years given once; event years must be the case's.
    assert not case_is_valid({"version": 2, "years": [A_YEAR, A_YEAR]})
    assert not case_is_valid({"version": 2, "years": [A_YEAR], "events": [{"type": "bill", "date": "2024-01-02", "years": [2020]}]})


@pytest.mark.native
@pytest.mark.parametrize(
    ("schema", "reader", "raw", "valid"),
    [(facts_schema, parses, *row) for row in TABLE] + [(case_schema, case_is_valid, *row) for row in CASE_TABLE],
)
def test_schema_agrees_with_the_reader(schema, reader, raw, valid):
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert validator.is_valid(raw) is valid is reader(raw)


@pytest.mark.native
@pytest.mark.parametrize("path", CASES + EXAMPLES, ids=lambda p: p.name)
def test_example_cases_and_lifted_examples_validate(path):
    jsonschema = pytest.importorskip("jsonschema")
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw = raw if raw.get("version") == 2 else lift(raw)
    jsonschema.Draft202012Validator(case_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(raw)
    assert case_is_valid(raw)

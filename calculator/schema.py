"""The JSON Schema (draft 2020-12) of the facts format, generated from :data:`calculator.facts.FIELDS`.

One source: the schema is derived from the same declaration that
:func:`calculator.facts.parse` validates against, and the copy shipped as
``calculator/facts.schema.json`` is checked against :func:`facts_schema` by the
tests.  Every value may be null, which means "I don't know", exactly as in
``parse``.

Two checks of ``parse`` cannot be said in JSON Schema and are stricter there:
an event's ``end`` must not be before its ``date``, and a listed choice must not
be repeated (the schema says ``uniqueItems``, which is the same thing).  A date
like 2026-02-30 matches the pattern but fails ``"format": "date"`` when a
validator checks formats.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .facts import EVENT, AMOUNT_EVENTS, EVENT_TYPES, FIELDS, FORMAT_VERSION, LAST_DAY_EVENTS, MAX_EVENTS, MAX_MONEY, MAX_TEXT, NOTICE_EVENTS, SPAN_EVENTS, Field

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _nullable(kind: str | list[str]) -> list[str]:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return [*kinds, "null"]


def _event_schema(spec: tuple[Field, ...]) -> dict[str, Any]:
    props = {f.name: _field_schema(f) for f in spec}
    # An event's type and date are required and may not be null.
    props["type"] = {"description": props["type"]["description"], "enum": list(EVENT_TYPES)}
    props["date"] = {"description": props["date"]["description"], "type": "string", "format": "date", "pattern": DATE_PATTERN}

    def only(types: frozenset[str] | set[str], name: str) -> dict[str, Any]:
        return {
            "if": {"properties": {"type": {"not": {"enum": sorted(types)}}}, "required": ["type"]},
            "then": {"properties": {name: {"type": "null"}}},
        }

    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "date"],
        "properties": props,
        "allOf": [
            only(SPAN_EVENTS, "end"),
            only(AMOUNT_EVENTS, "amount"),
            only({"payment"}, "by"),
            only(NOTICE_EVENTS, "mailed"),
            only(LAST_DAY_EVENTS, "last_day"),
        ],
    }


def _field_schema(field: Field) -> dict[str, Any]:
    kind = field.kind
    out: dict[str, Any] = {"description": field.doc}
    if kind == "date":
        out.update(type=_nullable("string"), format="date", pattern=DATE_PATTERN)
    elif kind == "bool":
        out.update(type=_nullable("boolean"))
    elif kind == "int":
        out.update(type=_nullable("integer"), minimum=field.minimum, maximum=field.maximum)
    elif kind == "money":
        out.update(type=_nullable("number"), minimum=0, maximum=MAX_MONEY)
    elif kind == "enum":
        out.update(enum=[*field.choices, None])
    elif kind == "enum_list":
        out.update(type=_nullable("array"), items={"enum": list(field.choices)}, uniqueItems=True)
    elif kind == "text":
        out.update(type=_nullable("string"), maxLength=MAX_TEXT)
    elif kind == "object":
        out.update(
            type=_nullable("object"),
            additionalProperties=False,
            properties={f.name: _field_schema(f) for f in field.fields},
        )
    elif kind == "events":
        out.update(type=_nullable("array"), maxItems=MAX_EVENTS, items=_event_schema(field.fields))
    else:  # pragma: no cover - the declaration is fixed
        raise ValueError(f"unknown field kind {kind!r}")
    return out


def _finding(kind: str, doc: str) -> dict[str, Any]:
    return {
        "description": doc,
        "type": "array",
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": ["field", "message", "check"],
            "properties": {
                "field": {"description": f"The facts path of the {kind} value, as in format errors: tax_year, offset.offset_amount, events[2].date.", "type": "string"},
                "message": {"description": "What is wrong, in plain words, naming the field.", "type": "string"},
                "check": {"description": "The id of the consistency rule (calculator/consistency.py).", "type": "string"},
            },
        },
    }


#: The ``consistency`` block of every assessment (``calculator.assess``), documented here beside
#: the format it judges: ``$defs.consistency`` of the schema.
CONSISTENCY = {
    "description": (
        "Output, not input: the 'consistency' key of every assessment. Facts that pass the format can still "
        "contradict each other. 'impossible' ones (a letter dated after as_of, an event before the tax year began, "
        "a return filed before the year ended, an offset before the return, a determination before the request, "
        "an offset larger than any refund the figures allow, a tax year after as_of's year) hold back every "
        "verdict, deadline and form date that depends on them: such a relief path has the verdict 'check', and "
        "'held' names what was held back. 'unlikely' ones (dates before 1990, a monthly income far from a twelfth "
        "of the yearly one, amounts in the billions, a notice before the return was filed) are warnings; the check runs."
    ),
    "type": "object",
    "additionalProperties": False,
    "required": ["impossible", "unlikely", "held"],
    "properties": {
        "impossible": _finding("impossible", "Facts that cannot be true."),
        "unlikely": _finding("unlikely", "Facts that are probably typing slips; the check runs."),
        "held": {
            "description": "What was not worked out because it depends on an impossible fact.",
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["kind", "id", "title"],
                "properties": {
                    "kind": {"enum": ["relief", "deadline", "form"]},
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                },
            },
        },
    },
}


def case_schema() -> dict[str, Any]:
    """The JSON Schema of the facts format version 2: a case with one or more tax years (:mod:`calculator.case`).

    Beyond what ``case.split`` and ``parse`` check and the schema cannot say: each tax year is
    given once, and the years a case-level event names are tax years of the case."""
    from .case import CASE_EVENTS, CASE_FIELDS, CASE_VERSION, EVENT_YEARS, MAX_REFERENCE, MAX_YEARS, REFERENCE, VERSION, YEARS

    event = _field_schema(replace(CASE_EVENTS, fields=EVENT))
    event["items"]["properties"]["years"] = {
        "description": EVENT_YEARS.doc,
        "type": "array",
        "minItems": 1,
        "uniqueItems": True,
        "items": {"type": "integer", "minimum": EVENT_YEARS.minimum, "maximum": EVENT_YEARS.maximum},
    }
    event["items"]["required"] = [*event["items"]["required"], "years"]
    year = {"type": "object", "additionalProperties": False, "properties": {f.name: _field_schema(f) for f in YEARS.fields}}
    special = {
        VERSION.name: {"description": VERSION.doc, "const": CASE_VERSION},
        REFERENCE.name: {"description": REFERENCE.doc, "type": _nullable("string"), "maxLength": MAX_REFERENCE,
                         "pattern": "^[^\\u0000-\\u001f\\u007f]*$"},  # fmt: skip
        YEARS.name: {"description": YEARS.doc, "type": "array", "minItems": 1, "maxItems": MAX_YEARS, "items": year},
        CASE_EVENTS.name: event,
    }
    props = {f.name: special.get(f.name) or _field_schema(f) for f in CASE_FIELDS}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Jointly facts format, version {CASE_VERSION}: a case with one or more tax years",
        "description": (
            "One person's case: the person once, then each tax year. Every field but version and years is optional; "
            "null or a missing field means 'I don't know'. Unknown fields are errors. A tax year is given once."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "years"],
        "properties": props,
    }


def facts_schema() -> dict[str, Any]:
    """The JSON Schema of the facts format, version :data:`~calculator.facts.FORMAT_VERSION`,
    with the assessment's ``consistency`` block under ``$defs``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Jointly facts format, version {FORMAT_VERSION}",
        "description": (
            "One joint-return situation, as the Jointly calculator reads it. Every field is optional; "
            "null or a missing field means 'I don't know'. Unknown fields are errors."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {f.name: _field_schema(f) for f in FIELDS},
        "$defs": {"consistency": CONSISTENCY},
    }

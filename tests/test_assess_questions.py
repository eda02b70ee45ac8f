"""The checker's questions: taken from the facts declaration, and only the relevant ones shown."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import calculator
from calculator import deadlines
from calculator.facts import EVENT_TYPES, FIELDS, HOUSEHOLD, OFFSET, parse
from calculator.questions import QUESTIONS, holds, question_for, visible

BY_ID = {q["id"]: q for q in QUESTIONS}
DECLARED = {f.name: f for f in FIELDS} | {f"household.{f.name}": f for f in HOUSEHOLD} | {f"offset.{f.name}": f for f in OFFSET}


def test_every_question_is_a_facts_field_or_an_event_type():
    for q in QUESTIONS:
        assert q["id"] in DECLARED or q["id"] in EVENT_TYPES, q["id"]
        assert q["label"].strip() and q["why"].strip()
        assert q["allow_unknown"] is True
    assert len(BY_ID) == len(QUESTIONS)


def test_kinds_and_options_come_from_the_declaration():
    for qid, q in BY_ID.items():
        if qid in EVENT_TYPES:
            assert q["kind"] == "date" and q["event"] is True
            continue
        field = DECLARED[qid]
        assert q["kind"] == field.kind
        if field.choices:
            assert [o["value"] for o in q["options"]] == list(field.choices)
            assert all(o["label"] for o in q["options"])


def test_each_option_answer_is_valid_facts():
    for qid, q in BY_ID.items():
        for option in q["options"]:
            if qid in EVENT_TYPES:
                continue
            value = [option["value"]] if DECLARED[qid].kind == "enum_list" else option["value"]
            head, _, tail = qid.partition(".")
            parse({head: {tail: value}} if tail else {head: value})


def test_a_seized_refund_is_not_asked_about_audits():
    shown = visible(QUESTIONS, {"joint_return": True, "problems": ["offset"]})
    for qid in ("knowledge", "deficiency_notice", "item_owner", "abuse", "levy_notice", "household.size"):
        assert qid not in shown
    for qid in ("offset.debt_owner", "offset.legally_obligated", "joint_refund_offset", "state"):
        assert qid in shown


def test_an_audit_brings_the_knowledge_and_deficiency_questions():
    shown = visible(QUESTIONS, {"joint_return": True, "problems": ["understatement"]})
    assert {"knowledge", "deficiency_notice", "item_owner", "levy_notice", "marital_status"} <= set(shown)
    assert "offset.debt_owner" not in shown


def test_unpaid_tax_is_not_asked_about_a_deficiency_notice():
    shown = visible(QUESTIONS, {"problems": ["underpayment"]})
    assert "knowledge" in shown and "deficiency_notice" not in shown


@pytest.mark.parametrize(("status", "asked"), [("married", True), ("divorced", False), (None, False)])
def test_living_apart_is_asked_only_of_the_still_married(status, asked):
    answers = {"problems": ["understatement"], "marital_status": status}
    assert ("apart_since" in visible(QUESTIONS, answers)) is asked


def test_determinations_follow_a_request():
    base = {"problems": ["understatement"]}
    assert "preliminary_determination" not in visible(QUESTIONS, base)
    with_request = {**base, "events": [{"type": "relief_requested", "date": "2026-01-05"}]}
    assert {"preliminary_determination", "final_determination"} <= set(visible(QUESTIONS, with_request))


def test_not_a_joint_return_has_a_knockout_note_and_asks_the_state():
    assert any(k["answer"] is False and "66(c)" in k["text"] for k in BY_ID["joint_return"]["knockouts"])
    shown = visible(QUESTIONS, {"joint_return": False, "problems": ["understatement"]})
    assert "state" in shown and "marital_status" not in shown


def test_first_questions_show_with_no_answers_and_odd_answers_never_raise():
    assert visible(QUESTIONS, {})[:4] == ["letter", "joint_return", "tax_year", "problems"]
    for odd in (None, [], {"problems": "offset"}, {"events": "x"}, {"events": [1, None]}, {"household": 3}):
        visible(QUESTIONS, odd)
    assert visible(None, {}) == visible(QUESTIONS, {})


def test_condition_language():
    answers = {"a": [1, 2], "b": True, "c": "x", "household": {"size": 2}}
    assert holds({"field": "a", "contains": 2}, answers)
    assert not holds({"field": "b", "equals": 1}, answers)  # true is not the number 1
    assert holds({"field": "c", "in": ["x", "y"]}, answers)
    assert holds({"field": "household.size", "known": True}, answers)
    assert holds({"field": "missing", "known": False}, answers)
    assert holds({"all": [{"field": "b", "equals": True}, {"not": {"field": "c", "equals": "z"}}]}, answers)
    assert not holds({"any": []}, answers)
    with pytest.raises(ValueError):
        holds({"field": "a", "approximately": 1}, answers)


# --- what the engines still need, as facts paths the checker can ask about -----------------------

#: Every facts path a ``missing`` entry may name: a field, a field of household or offset, or an event.
FIELD_PATHS = (
    {f.name for f in FIELDS if f.kind not in ("object", "events")}
    | {f"household.{f.name}" for f in HOUSEHOLD}
    | {f"offset.{f.name}" for f in OFFSET}
)
EVENT_PATHS = {f"events.{t}" for t in EVENT_TYPES}
EXAMPLES = Path(__file__).resolve().parent / "examples"


def _variants():
    """A broad table of facts: each example file, then each with one fact (or one household or
    offset fact) left out, plus empty facts and the offset-only cases."""
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    yield {"as_of": "2026-11-27"}
    for owner, debt in (("both", "federal_tax"), ("spouse", None), (None, None), ("both", None)):
        yield {"as_of": "2026-11-27", "joint_return": True, "problems": ["offset"], "offset": {"debt_owner": owner, "debt": debt}}
    for base in bases:
        yield base
        for key in base:
            if key == "as_of":
                continue
            dropped = copy.deepcopy(base)
            del dropped[key]
            yield dropped
            if isinstance(base[key], dict):
                for inner in base[key]:
                    part = copy.deepcopy(base)
                    del part[key][inner]
                    yield part


def _missing_paths(raw):
    out = calculator.assess(raw)
    paths = [p for r in out["relief"] for p in r["missing"]]
    paths += [p for a in out["collection_alternatives"] for p in a["missing"]]
    f = parse(raw)
    for window in (deadlines.collection_statute(f), deadlines.refund_window(f), deadlines.bc_election_window(f)):
        paths += list(window.missing)
    return paths


def test_every_missing_entry_is_a_facts_path_the_checker_can_ask():
    seen = set()
    for raw in _variants():
        for path in _missing_paths(raw):
            assert path in FIELD_PATHS or path in EVENT_PATHS, (path, raw)
            assert question_for(path) is not None, path
            seen.add(path)
    # The table reaches the event form and fields at each level, so the assertions above bite.
    assert {"events.assessment", "tax_year", "household.size", "offset.debt_owner"} <= seen, sorted(seen)


def test_question_for_maps_event_paths_to_the_event_question():
    assert question_for("events.levy_notice") == "levy_notice"
    assert question_for("events.assessment") == "assessment"
    assert question_for("household.size") == "household.size"
    assert question_for("tax_year") == "tax_year"
    assert question_for("levy_notice") is None  # an event type alone is not a facts path
    assert question_for("events.no_such_event") is None
    assert question_for("events.tax_year") is None
    assert question_for("offset.joint_tax") == "offset.joint_tax"  # asked since the estimate needs it
    assert question_for("offset.my_income") is None  # an older field no question asks (kept as given)

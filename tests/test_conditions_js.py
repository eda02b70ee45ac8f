"""The page's interpreter of the questions' conditions (docs/assets/checker/conditions.js) agrees
with Python's (calculator.questions.visible) over many answer sets, so the questions shown before
Python starts are the ones Python would show."""

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from calculator.facts import EVENT_TYPES
from calculator.questions import QUESTIONS, questions_document, visible

pytestmark = pytest.mark.native  # runs node; not inside Pyodide

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import { visible } from %s;
const { doc, answers } = JSON.parse(await new Promise((ok) => { let t = ""; process.stdin.on("data", (d) => (t += d)); process.stdin.on("end", () => ok(t)); }));
process.stdout.write(JSON.stringify(answers.map((a) => visible(doc.questions, a, doc.event_types))));
"""

#: Values each kind of answer may take, odd ones included (the interpreters must never disagree on them).
ODD = [None, True, False, 0, 1, 1.0, "", "x", [], {}, [True], [1]]


def _value(q, rng):
    if rng.random() < 0.25:
        return rng.choice(ODD)
    if q["kind"] == "enum_list":
        return rng.sample([o["value"] for o in q["options"]], rng.randint(0, len(q["options"])))
    if q["options"]:
        return rng.choice(q["options"])["value"]
    return rng.choice(["2026-10-15", 2022, 3, None])


def _answers(rng):
    answers, events = {}, []
    for q in QUESTIONS:
        if rng.random() < 0.4:
            continue
        value = _value(q, rng)
        if q["event"]:
            events.append({"type": q["id"], "date": value})
        elif "." in q["id"]:
            head, tail = q["id"].split(".")
            answers.setdefault(head, {})[tail] = value
        else:
            answers[q["id"]] = value
    if events or rng.random() < 0.1:
        answers["events"] = events if rng.random() < 0.95 else {"not": "a list"}
    return answers


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_conditions_js_agrees_with_python_over_many_answer_sets(tmp_path):
    rng = random.Random(13)
    sets = [{}, {"letter": "cp90"}, {"letter": "letter3172", "problems": ["offset"]}] + [_answers(rng) for _ in range(600)]
    runner = tmp_path / "run.mjs"
    runner.write_text(SCRIPT % json.dumps((ROOT / "docs/assets/checker/conditions.js").as_uri()))
    doc = questions_document()
    assert set(doc["event_types"]) == set(EVENT_TYPES)
    out = subprocess.run(["node", str(runner)], input=json.dumps({"doc": doc, "answers": sets}), capture_output=True,
                         text=True, check=True)  # fmt: skip
    got = json.loads(out.stdout)
    want = [visible(None, a) for a in sets]
    assert got == want
    # The sets are varied enough to matter: many different sets of questions show.
    assert len({tuple(v) for v in want}) > 50


def test_each_letter_shows_its_date_question():
    """Choosing a letter shows the question for the date that counts, with nothing else answered."""
    from calculator.law.notices import NOTICES

    for notice in NOTICES:
        shown = visible(None, {"letter": notice.value["key"]})
        event = notice.value["event"]
        if event:
            assert event in shown, notice.id

"""The checker's calls into the calculator, run by worker.js inside Pyodide.

``dispatch(call, args_json)`` runs ``CALLS[call](*args)`` and returns the result as JSON,
so only JSON text crosses between JavaScript and Python.  The page never decides which
questions to show or what the answers mean: it asks ``screen`` (or ``visible``) here.
"""

import json
from datetime import date

import calculator
from calculator import dates, ics as calendar_file, questions

#: Question id -> question, in page order.
_BY_ID = {q["id"]: q for q in questions.QUESTIONS}


def next_business_day(day: str) -> dict:
    """IRC § 7503 for an ISO date: the deadline, and why it moved (None if it did not)."""
    last_day = date.fromisoformat(day)
    return {"day": dates.next_business_day(last_day).isoformat(), "explanation": dates.explain_roll(last_day)}


def _without(answers: dict, hidden: set) -> dict:
    """The answers less those of hidden questions (a field path, or every event of an event type)."""
    out = dict(answers)
    for qid in hidden:
        if _BY_ID[qid]["event"]:
            if isinstance(out.get("events"), list):
                out["events"] = [e for e in out["events"] if not (isinstance(e, dict) and e.get("type") == qid)]
            continue
        head, _, tail = qid.partition(".")
        if not tail:
            out.pop(head, None)
        elif isinstance(out.get(head), dict):
            out[head] = {k: v for k, v in out[head].items() if k != tail}
    if out.get("events") == []:
        del out["events"]
    return out


def visible(answers: dict) -> list:
    """The ids of the questions to show.  An answer to a hidden question does not count for others."""
    if not isinstance(answers, dict):
        answers = {}
    shown = None
    for _ in range(len(_BY_ID)):  # settles in two or three rounds; the bound only guards the loop
        ids = questions.visible(None, _without(answers, set(_BY_ID) - set(shown)) if shown is not None else answers)
        if ids == shown:
            break
        shown = ids
    return shown


def check(facts) -> dict:
    """``calculator.check``: ``{"ok": true, "result"}`` or ``{"ok": false, "errors": [{"field", "message"}]}``."""
    return calculator.check(facts)


def screen(answers: dict) -> dict:
    """One round trip for each change on the page: which questions show, the facts they give, and the check.

    ``answers`` is facts-shaped and holds every answer on the page, shown or not; the facts
    checked leave out the answers to hidden questions (the page keeps them in case the
    questions come back).
    """
    shown = visible(answers)
    facts = _without(answers, set(_BY_ID) - set(shown)) if isinstance(answers, dict) else answers
    return {"visible": shown, "facts": facts, "check": calculator.check(facts)}


def ics(facts, neutral=False) -> str:
    """The deadlines of the assessment of ``facts`` as an RFC 5545 calendar (see ``calculator.ics``);
    ``neutral`` titles say only "Paperwork due"."""
    checked = calculator.check(facts)
    if not checked["ok"]:
        raise ValueError("the answers have errors; fix them first")
    return calendar_file.calendar(checked["result"], neutral=bool(neutral))


CALLS = {
    "next_business_day": next_business_day,
    "check": check,
    "visible": visible,
    "screen": screen,
    "ics": ics,
}


def dispatch(call: str, args_json: str) -> str:
    """Run one call from the page: its name and its JSON-encoded list of arguments."""
    if call not in CALLS:
        raise ValueError(f"unknown call {call!r}")
    return json.dumps(CALLS[call](*json.loads(args_json)))

"""The checker's calls into the calculator, run by worker.js inside Pyodide.

``dispatch(call, args_json)`` runs ``CALLS[call](*args)`` and returns the result as JSON,
so only JSON text crosses between JavaScript and Python.  The page never decides which
questions to show or what the answers mean: it asks ``screen`` (or ``visible``) here.
"""

import json
from datetime import date

import calculator
from calculator import case, dates, ics as calendar_file, questions
from calculator import facts as facts_format
from calculator.assess import assess_year

#: Question id -> question, in page order.
_BY_ID = {q["id"]: q for q in questions.QUESTIONS}

#: Each year's assessment (``assess_year``), by its whole version-1 document as canonical JSON, so
#: that a change to one year of a case assesses that year again and takes the others as they were.
#: The most recently used are kept, at most ``_KEPT`` (a page holds at most ten years).
_KEPT = 24
_assessed: dict = {}


def _assess_year(document) -> tuple:
    """``assess_year`` for a year of a case, kept by its input (the same result as a fresh call: tests/test_bridge_cache.py)."""
    key = json.dumps(document, sort_keys=True, separators=(",", ":"))
    found = _assessed.pop(key, None)
    if found is None:
        found = assess_year(document, in_case=True)  # raises FactsError on bad facts: such a year is never kept
    _assessed[key] = found
    if len(_assessed) > _KEPT:
        del _assessed[next(iter(_assessed))]
    return found


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


#: The facts format's fields, by place: top level, nested objects, and an event's.
_TOP = {f.name: f for f in facts_format.FIELDS}
_IN = {f.name: {g.name for g in f.fields} for f in facts_format.FIELDS if f.kind in ("object", "events")}


def known(answers: dict) -> tuple:
    """The answers less keys the facts format does not have, and those keys' paths.

    A saved file or a link with keys this version does not know (written by hand, or by a
    later version) loads what it can; the page says which keys were ignored."""
    if not isinstance(answers, dict):
        return answers, []
    out, ignored = {}, []
    for key, value in answers.items():
        field = _TOP.get(key)
        if field is None:
            ignored.append(key)
        elif field.kind == "object" and isinstance(value, dict):
            out[key] = {k: v for k, v in value.items() if k in _IN[key]}
            ignored += [f"{key}.{k}" for k in value if k not in _IN[key]]
        elif field.kind == "events" and isinstance(value, list):
            out[key] = []
            for i, event in enumerate(value):
                if isinstance(event, dict):
                    ignored += [f"{key}[{i}].{k}" for k in event if k not in _IN[key]]
                    event = {k: v for k, v in event.items() if k in _IN[key]}
                out[key].append(event)
        else:
            out[key] = value
    return out, ignored


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
    checked leave out the answers to hidden questions (the page keeps them, and saves them,
    in case the questions come back) and keys the format does not have (``ignored``).
    """
    answers, ignored = known(answers)
    shown, facts = _screened(answers)
    return {"visible": shown, "facts": facts, "check": calculator.check(facts), "ignored": ignored}


def _screened(answers) -> tuple:
    """The questions to show for these answers, and the answers less those of hidden questions."""
    shown = visible(answers)
    return shown, _without(answers, set(_BY_ID) - set(shown)) if isinstance(answers, dict) else answers


def _is_person(qid: str) -> bool:
    return qid.split(".", 1)[0] in case.PERSON


def screen_case(years: list, current: int, reference=None) -> dict:
    """The round trip for a case of several tax years (facts format version 2).

    ``years`` holds each year's answers, facts-shaped as on the page (the person's answers
    copied into each); ``current`` is the year on screen.  Returns the questions to show for
    that year (the person's questions only on the first year: they are asked once), each
    year's facts less its hidden answers, the case built from them, and its check.
    """
    screened = [_screened(answers) for answers in years]
    checked = [facts for _, facts in screened]
    document = case_document(checked, reference)
    shown = [qid for qid in screened[current][0] if current == 0 or not _is_person(qid)]
    return {"visible": shown, "facts": document, "years": checked, "check": calculator.check(document, year=_assess_year)}


def case_document(years: list, reference=None) -> dict:
    """A case (facts format version 2) of each year's answers, the person's taken from the first year.

    Save passes every answer, also those to questions hidden now (as the one-year Save writes the
    form's answers), so that they come back with their questions; the check passes the facts as checked.
    """
    return {"version": case.CASE_VERSION, **({"reference": reference} if reference else {}), **person_of(years[0]),
            "years": [{k: v for k, v in answers.items() if k not in case.PERSON} for answers in years]}  # fmt: skip


def split_case(document: dict) -> dict:
    """A saved case (or a link's) as the page holds it: each year's answers with the person's in them
    (``case.split``); what cannot be read is left for the check to name."""
    read = case.split(document)
    reference = document.get("reference") if isinstance(document, dict) else None
    return {"reference": reference if isinstance(reference, str) else None, "years": [y.document for y in read.years]}


def person_of(answers: dict) -> dict:
    """The person's answers (asked once per case) out of one year's answers."""
    return {k: v for k, v in answers.items() if k in case.PERSON}


def with_person(year: dict, source: dict) -> dict:
    """A year's own answers with the person's answers of ``source`` (another year's): what a year shows."""
    return {**{k: v for k, v in year.items() if k not in case.PERSON}, **person_of(source)}


def ics(facts, neutral=False) -> str:
    """The deadlines of the assessment of ``facts`` as an RFC 5545 calendar (see ``calculator.ics``);
    ``neutral`` titles say only "Paperwork due"."""
    checked = calculator.check(facts)
    if not checked["ok"]:
        raise ValueError("some answers are marked as needing a fix; fix them first")
    return calendar_file.calendar(checked["result"], neutral=bool(neutral))


CALLS = {
    "next_business_day": next_business_day,
    "check": check,
    "visible": visible,
    "screen": screen,
    "screen_case": screen_case,
    "case_document": case_document,
    "split_case": split_case,
    "with_person": with_person,
    "ics": ics,
}


def dispatch(call: str, args_json: str) -> str:
    """Run one call from the page: its name and its JSON-encoded list of arguments."""
    if call not in CALLS:
        raise ValueError(f"unknown call {call!r}")
    return json.dumps(CALLS[call](*json.loads(args_json)))

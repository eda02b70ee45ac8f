"""The checker's calls into the calculator, run by worker.js inside Pyodide.

``dispatch(call, args_json)`` runs ``CALLS[call](*args)`` and returns the result as JSON,
so only JSON text crosses between JavaScript and Python.
"""

import json
from datetime import date

from calculator import dates


def next_business_day(day: str) -> dict:
    """IRC § 7503 for an ISO date: the deadline, and why it moved (None if it did not)."""
    last_day = date.fromisoformat(day)
    return {"day": dates.next_business_day(last_day).isoformat(), "explanation": dates.explain_roll(last_day)}


CALLS = {
    "next_business_day": next_business_day,
}


def dispatch(call: str, args_json: str) -> str:
    """Run one call from the page: its name and its JSON-encoded list of arguments."""
    if call not in CALLS:
        raise ValueError(f"unknown call {call!r}")
    return json.dumps(CALLS[call](*json.loads(args_json)))

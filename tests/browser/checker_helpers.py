"""Shared steps for the checker's browser tests: the command-line oracle, reading the page's hooks, filling the form."""

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import expect

from calculator.questions import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "examples"
#: Pyodide's first start (about 13 MB from a local server, then compiling) on a 2-core machine.
START_TIMEOUT_MS = 120_000
BY_ID = {q["id"]: q for q in QUESTIONS}


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def cli_assess(facts: dict, tmp_path: Path) -> dict:
    """What `python -m calculator assess FILE` prints for these facts: the independent oracle."""
    path = tmp_path / f"facts-{abs(hash(json.dumps(facts, sort_keys=True)))}.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "calculator", "assess", str(path)], cwd=ROOT, check=True,
                         capture_output=True, text=True)  # fmt: skip
    return json.loads(out.stdout)


def link(facts: dict) -> str:
    return "#facts=" + quote(json.dumps(facts, separators=(",", ":")), safe="")


def dom_id(qid: str) -> str:
    return "q-" + re.sub(r"[^a-z0-9]+", "-", qid, flags=re.I)


#: Words a frightened reader on a phone should not meet: they belong after "For the site's
#: administrator:" or "(Technical detail:", where someone fixing a server or a file reads them.
JARGON = re.compile(r"JSON|\bkeys?\b|SHA|integrity|[Ww]orker|\b[Pp]ars(e|ing)\b|WebAssembly|HTTP|Python|MIME|javascript|\w+Error\b|\bobject\b|\bnull\b")
TECHNICAL = re.compile(r"For the site's administrator:|\(Technical detail:")


def plain_words(text: str) -> str:
    """The part of a message for the reader (before its technical part), checked to be free of jargon."""
    reader = TECHNICAL.split(text)[0]
    assert reader.strip() and not JARGON.search(reader), f"jargon in the reader's words: {reader!r}"
    return reader


def wait_until_ready(page):
    expect(page.locator("#checker-status")).to_have_attribute("data-state", "ready", timeout=START_TIMEOUT_MS)


def settled(page, state: str = "ok"):
    """Wait until the page has checked the latest answers, and the check ended in `state` (ok or errors)."""
    results = page.locator("#checker-results")
    expect(results).to_have_attribute("data-busy", "false")
    expect(results).to_have_attribute("data-state", state)


def shows(page, want: dict, timeout_ms: int = 30_000) -> dict:
    """Wait until the page shows ``want`` (or time runs out) and return what it shows.

    For changes that start asynchronously (a file being read, a link being parsed), where the
    page may still show the previous, settled results when the wait begins.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while (now := shown(page)) != want and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    return now


def shown(page) -> dict:
    """What the page shows, read from its test hooks: relief verdicts and deadlines, general deadlines."""
    relief = page.eval_on_selector_all(
        "[data-relief]", "els => els.map(e => [e.dataset.relief, e.dataset.verdict, e.dataset.deadlineDue ?? null])"
    )
    deadlines = page.eval_on_selector_all("[data-deadline]", "els => els.map(e => [e.dataset.deadline, e.dataset.due])")
    return {"relief": {r: (v, d) for r, v, d in relief}, "deadlines": dict(deadlines)}


def expected(result: dict) -> dict:
    return {
        "relief": {r["id"]: (r["verdict"], r["deadline"]) for r in result["relief"]},
        "deadlines": {d["id"]: d["due"] for d in result["deadlines"]},
    }


def asked(facts: dict) -> dict:
    """The facts a reader can enter through the questions (a facts file may hold more, such as amounts)."""
    out = {"as_of": facts["as_of"]}
    for q in QUESTIONS:
        if q["event"]:
            mine = sorted((e for e in facts.get("events", []) if e["type"] == q["id"]), key=lambda e: e["date"])
            if mine:  # the first event of the type, with the follow-up fields its question asks
                kept = {d["field"] for d in q.get("details", [])} | {"type", "date"}
                out.setdefault("events", []).append({k: v for k, v in mine[0].items() if k in kept})
            continue
        head, _, tail = q["id"].partition(".")
        value = facts.get(head) if not tail else (facts.get(head) or {}).get(tail)
        if value is not None:
            if tail:
                out.setdefault(head, {})[tail] = value
            else:
                out[head] = value
    return out


def answer_of(facts: dict, q: dict):
    if q["event"]:
        return next((e["date"] for e in facts.get("events", []) if e["type"] == q["id"]), None)
    head, _, tail = q["id"].partition(".")
    return facts.get(head) if not tail else (facts.get(head) or {}).get(tail)


def fill(page, facts: dict):
    """Answer the questions through the form, in page order, as a reader with a mouse would."""
    page.locator("summary", has_text="Date of this check").click()
    page.fill("#checker-as-of", facts["as_of"])
    for q in QUESTIONS:
        value = answer_of(facts, q)
        if value is None:
            continue
        box = page.locator(f"#{dom_id(q['id'])}")
        expect(box).to_be_visible()  # shown once the earlier answers make it relevant
        if q["kind"] == "enum_list":
            for i, option in enumerate(q["options"]):
                if option["value"] in value:
                    box.locator(f"input[value='{i}']").check()
        elif q["options"]:
            i = next(i for i, o in enumerate(q["options"]) if o["value"] is value or o["value"] == value and type(o["value"]) is type(value))
            control = box.locator("select")
            if control.count():
                control.select_option(str(i))
            else:
                box.locator(f"input[value='{i}']").check()
        else:
            box.locator("input").first.fill(str(value))
        settled(page)
        if q["event"]:  # the event's follow-up fields (mailed, last_day, end), shown once its date is given
            event = next(e for e in facts["events"] if e["type"] == q["id"])
            for d in q.get("details", []):
                if event.get(d["field"]) is not None:
                    detail = page.locator(f"#{dom_id(q['id'] + '.' + d['field'])} input")
                    expect(detail).to_be_visible()
                    detail.click()
                    detail.fill(event[d["field"]])
                    settled(page)


def step(page, name: str):
    """Tap Next (a phone's steps) until the phone shows the step called `name`."""
    for _ in range(8):
        if page.locator(".jointly-steps__label").inner_text().endswith(name):
            return
        page.locator(".jointly-steps__nav .md-button--primary").tap()
    raise AssertionError(f"no step {name}")

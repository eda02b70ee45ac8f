"""Helpers shared by the trust tests (security, privacy, accessibility): the site's pages and the
checker's states. Not a test module; the tests import it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
#: Pyodide's first start (about 13 MB from a local server, then compiling) on a 2-core machine.
START_TIMEOUT_MS = 120_000
EXAMPLE_FACTS = json.loads((ROOT / "tests" / "examples" / "abuse-underpayment-levy.json").read_text())


def pages(site: Path) -> list[str]:
    """Every HTML page of the built site, as paths relative to its root."""
    found = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert "index.html" in found and "checker.html" in found
    return found


def facts_link(facts) -> str:
    """The checker's deep link for ``facts`` (the fragment never reaches a server)."""
    return "checker.html#facts=" + quote(json.dumps(facts), safe="")


def wait_until_ready(page) -> None:
    expect(page.locator("#checker-status")).to_have_attribute("data-state", "ready", timeout=START_TIMEOUT_MS)


def wait_until_checked(page, state: str = "ok") -> None:
    """Until the latest answers are checked and the results show ``state`` ("ok" or "errors")."""
    results = page.locator("#checker-results")
    expect(results).to_have_attribute("data-state", state, timeout=START_TIMEOUT_MS)
    expect(results).to_have_attribute("data-busy", "false", timeout=START_TIMEOUT_MS)


def wait_until_settled(page) -> None:
    """Until the answers as they are now have been checked, whatever the outcome (results or errors)."""
    expect(page.locator("#checker-results")).to_have_attribute("data-busy", "false", timeout=START_TIMEOUT_MS)


def answer_a_few(page) -> None:
    """Answer the first questions through the form, as a person would: a click or typing each."""
    questions = page.locator("#checker-questions-list")
    choice = questions.locator("input[type=radio]:visible").first
    choice.check()
    typed = questions.locator("input[type=text]:visible")
    if typed.count():
        typed.first.press_sequentially("1200")
    dated = questions.locator("input[type=date]:visible")
    if dated.count():
        dated.first.fill("2024-04-15")


def storage(page) -> dict:
    """What this page's origin keeps in the browser: Web Storage, IndexedDB and Cache Storage."""
    return page.evaluate(
        """async () => ({
            localStorage: Object.keys(localStorage),
            sessionStorage: Object.keys(sessionStorage),
            indexedDB: (await indexedDB.databases()).map((db) => db.name),
            caches: await Promise.all((await caches.keys()).map(async (name) =>
                [name, (await (await caches.open(name)).keys()).map((request) => request.url)])),
            cookie: document.cookie,
        })"""
    )

"""Accessibility in Chromium: axe-core (npm, pinned in package.json) finds no WCAG 2.0/2.1 A or AA
violation on any page, nor on the checker in each of its states, nor in the print view.

axe is injected with ``add_script_tag``; the page's own policy forbids injected scripts, so these
contexts bypass the CSP (test_security.py checks the site under it).
"""

from __future__ import annotations

import pytest
from jointly_pages import (
    EXAMPLE_FACTS,
    ROOT,
    START_TIMEOUT_MS,
    answer_a_few,
    facts_link,
    pages,
    wait_until_checked,
    wait_until_ready,
    wait_until_settled,
)
from playwright.sync_api import expect

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def axe_page(browser):
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def violations(page) -> list[str]:
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, one line per element."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate("options => axe.run(document, options)", {"runOnly": {"type": "tag", "values": WCAG_AA}})
    return [
        f"{v['id']} ({v['impact']}): {node['target']} {node['failureSummary']}"
        for v in found["violations"]
        for node in v["nodes"]
    ]


def test_axe_is_the_pinned_npm_package():
    assert AXE.is_file(), "run `npm ci` (axe-core is a devDependency in package.json)"


def test_every_page_has_no_wcag_aa_violation(site, origin, axe_page):
    found = []
    for path in pages(site):
        axe_page.goto(f"{origin}/{path}", wait_until="networkidle")
        found += [f"{path}: {line}" for line in violations(axe_page)]
    assert found == []


def test_checker_empty_partly_filled_results_and_errors(origin, axe_page):
    page = axe_page
    page.goto(f"{origin}/checker.html")
    assert violations(page) == [], "while loading"
    wait_until_ready(page)
    wait_until_checked(page)
    assert violations(page) == [], "empty"
    answer_a_few(page)
    wait_until_settled(page)
    assert violations(page) == [], "partly filled"
    page.goto(f"{origin}/{facts_link(EXAMPLE_FACTS)}")
    page.reload()
    wait_until_checked(page)
    for details in page.locator("#checker-results details").all():
        details.evaluate("element => element.open = true")
    assert violations(page) == [], "results, every section open"
    page.goto(f"{origin}/{facts_link({**EXAMPLE_FACTS, 'tax_year': 'twenty'})}")
    page.reload()
    wait_until_checked(page, state="errors")
    assert violations(page) == [], "an answer with an error"


def test_checker_that_could_not_start(origin, axe_page):
    page = axe_page
    page.context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(f"{origin}/checker.html")
    expect(page.locator("#checker-status")).to_have_attribute("data-state", "error", timeout=START_TIMEOUT_MS)
    assert violations(page) == []


def test_print_view_of_the_plan_has_enough_contrast(origin, axe_page):
    """The printed plan in print media: axe's contrast rules (luminance, so what black-and-white printing keeps)."""
    page = axe_page
    page.goto(f"{origin}/{facts_link(EXAMPLE_FACTS)}")
    wait_until_checked(page)
    page.emulate_media(media="print")
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    assert violations(page) == []
    expect(page.locator("#checker-results")).to_be_visible()

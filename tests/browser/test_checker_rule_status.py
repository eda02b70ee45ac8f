"""Issue 10 in Chromium: a check dated two years after the rules' review says, beside the result and
in print, which figures may be out of date and since when; reasons on unconfirmed rules are marked."""

from datetime import date

from checker_helpers import example, link, settled, wait_until_ready
from playwright.sync_api import expect

from calculator.law import CURRENT_AS_OF, RULES


def test_stale_figures_and_unconfirmed_rules_are_shown_on_screen_and_in_print(browser, origin):
    later = date(CURRENT_AS_OF.year + 2, CURRENT_AS_OF.month, CURRENT_AS_OF.day)
    facts = {**example("abuse-underpayment-levy.json"), "as_of": later.isoformat()}
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    page.evaluate("hash => { location.hash = hash; }", link(facts))
    settled(page)
    notes = page.locator(".jointly-rule-notes")
    expect(notes).to_contain_text("These figures may be out of date")
    expect(notes).to_contain_text(RULES["hhs-poverty-2026"].label)
    expected_by = RULES["hhs-poverty-2026"].renews.expected_by
    expect(notes).to_contain_text(f"{expected_by:%B} {expected_by.day}, {expected_by.year}")
    expect(notes).to_contain_text("Unconfirmed rules")
    assert page.locator(".jointly-reasons .jointly-unconfirmed").count() >= 1
    page.emulate_media(media="print")
    expect(notes).to_be_visible()
    context.close()

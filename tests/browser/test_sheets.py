"""The Form 8379 worksheet and the Form 8857 answer sheet in Chromium, on screen and on paper.

For every example case: the sheets the command line gives are the sheets the page shows, no
``null``, ``undefined`` or empty heading appears anywhere on the page (on screen or in print),
and each sheet printed on its own fits a stated number of pages and prints no web address.
"""

import re

import pytest
from checker_helpers import EXAMPLES, cli_assess, example, link, settled, wait_until_ready
from playwright.sync_api import expect

SCENARIOS = sorted(p.name for p in EXAMPLES.glob("*.json"))
#: The most pages each sheet may take on US Letter when printed on its own.
MAX_PAGES = {"8379-worksheet": 2, "8857-answers": 4}

#: Headings with nothing after them, and text that is a JavaScript value leaking onto the page.
EMPTY_HEADINGS = """root => [...root.querySelectorAll('h2, h3, h4')].filter(h => {
  if (h.offsetParent === null) return false;
  const next = h.nextElementSibling;
  const rank = (e) => /^H[1-6]$/.test(e.tagName) ? Number(e.tagName[1]) : 99;
  return !h.textContent.trim() || !next || rank(next) <= rank(h) || !next.textContent.trim();
}).map(h => h.textContent.trim() || '(no text)')"""
LEAKS = re.compile(r"\b(null|undefined|NaN|\[object Object\])\b")
#: What a sheet prints, pseudo-elements included (print styles can add addresses with ::after).
PRINTED_TEXT = """root => {
  const parts = [root.innerText];
  for (const node of root.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(node, pseudo).content;
      if (content && content !== 'none' && content !== 'normal') parts.push(content);
    }
  }
  return parts.join('\\n');
}"""


@pytest.fixture(scope="module")
def checker(browser, origin):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    yield page
    context.close()


def open_case(page, facts):
    page.evaluate("hash => { location.hash = hash; }", link(facts))
    expect(page.locator("[data-relief]")).to_have_count(5)
    settled(page)


@pytest.mark.parametrize("name", SCENARIOS)
def test_no_null_undefined_or_empty_heading_on_screen_or_in_print(checker, name):
    open_case(checker, example(name))
    results = checker.locator("#checker-results")
    for media in ("screen", "print"):
        checker.emulate_media(media=media)
        text = checker.locator("main").inner_text()  # the questions too: the years bar once printed "null"
        assert not LEAKS.search(text), f"{name} ({media}): {LEAKS.search(text).group(0)!r} on the page"
        assert results.evaluate(EMPTY_HEADINGS) == [], f"{name} ({media}): empty headings"
    checker.emulate_media(media="screen")


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_sheets_are_the_ones_the_command_line_gives(checker, name, tmp_path):
    facts = example(name)
    sheets = cli_assess(facts, tmp_path)["sheets"]
    open_case(checker, facts)
    worksheet = checker.locator("[data-form='8379-worksheet']")
    answers = checker.locator("[data-form='8857-answers']")
    estimate = checker.locator("[data-refund-estimate]")
    if sheets["8379"] is None:
        expect(worksheet).to_have_count(0)
        expect(estimate).to_have_count(0)
    else:
        expect(worksheet).to_have_count(1)
        rows = worksheet.locator("tbody tr")
        expect(rows).to_have_count(len(sheets["8379"]["rows"]))
        if sheets["8379"]["estimate"] is None:
            expect(estimate).to_have_count(0)
        else:
            expect(estimate).to_have_attribute("data-refund-estimate", str(sheets["8379"]["estimate"]))
            expect(estimate).to_contain_text(f"about ${sheets['8379']['estimate']:,}")
    if sheets["8857"] is None:
        expect(answers).to_have_count(0)
    else:
        expect(answers).to_have_count(1)
        for q in sheets["8857"]["questions"]:
            item = answers.locator(f"[data-question='{q['key']}']")
            text = q["answers"][0]["text"]
            expect(item).to_contain_text(text if text else q["instruction"])


def test_the_injured_spouse_example_shows_an_estimate(checker, tmp_path):
    for path in sorted(EXAMPLES.glob("*injured*.json")):
        facts = example(path.name)
        want = cli_assess(facts, tmp_path)["sheets"]["8379"]["estimate"]
        assert isinstance(want, int) and want > 0, path.name
        open_case(checker, facts)
        expect(checker.locator("[data-refund-estimate]")).to_have_attribute("data-refund-estimate", str(want))


@pytest.mark.parametrize("name", SCENARIOS)
def test_each_sheet_prints_alone_on_few_pages_without_addresses(checker, name, tmp_path):
    facts = example(name)
    sheets = cli_assess(facts, tmp_path)["sheets"]
    open_case(checker, facts)
    printed = [("8379-worksheet", sheets["8379"]), ("8857-answers", sheets["8857"])]
    for form, data in printed:
        if data is None:
            continue
        checker.evaluate("form => { document.body.dataset.printSheet = form; }", form)
        checker.emulate_media(media="print")
        sheet = checker.locator(f"[data-form='{form}']")
        text = sheet.evaluate(PRINTED_TEXT)
        assert "http" not in text and "www." not in text, f"{name}: {form} prints a web address"
        assert not LEAKS.search(text), f"{name}: {form} prints {LEAKS.search(text).group(0)!r}"
        # Only the sheet is printed: nothing else in the results is displayed.
        others = checker.evaluate(
            "form => [...document.querySelectorAll('#checker-results-body > *')]"
            ".filter(e => e.dataset.form !== form && getComputedStyle(e).display !== 'none').length", form)
        assert others == 0, f"{name}: {form} prints with {others} other blocks"
        pdf = checker.pdf(format="Letter")
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
        assert 1 <= pages <= MAX_PAGES[form], f"{name}: {form} prints on {pages} pages"
        checker.evaluate("() => { delete document.body.dataset.printSheet; }")
        checker.emulate_media(media="screen")


def test_a_case_with_several_years_has_one_answer_sheet_and_a_worksheet_per_offset_year(browser, origin, tmp_path):
    """Form 8857 covers several years at once (one answer sheet, a column of answers per year); Form
    8379 is one per year. Printing the worksheets prints each year's and nothing else."""
    cases = EXAMPLES.parent / "cases"
    import json

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{origin}/checker.html")
        wait_until_ready(page)
        for name in ("two-years-levy-understatement.json", "three-years-offsets-and-unpaid-tax.json"):
            facts = json.loads((cases / name).read_text(encoding="utf-8"))
            want = cli_assess(facts, tmp_path)
            page.evaluate("hash => { location.hash = hash; }", link(facts))
            expect(page.locator("[data-year-results]")).to_have_count(len(want["years"]))
            settled(page)
            answers = page.locator("[data-form='8857-answers']")
            expect(answers).to_have_count(1)
            expect(answers).to_contain_text(", ".join(map(str, want["sheets"]["8857"]["years"])))
            worksheets = [y["sheets"]["8379"] for y in want["years"] if y["sheets"]["8379"]]
            expect(page.locator("[data-form='8379-worksheet']")).to_have_count(len(worksheets))
            estimates = page.eval_on_selector_all("[data-refund-estimate]", "els => els.map(e => Number(e.dataset.refundEstimate))")
            assert estimates == [w["estimate"] for w in worksheets if w["estimate"] is not None]
            if worksheets:
                page.evaluate("() => { document.body.dataset.printSheet = '8379-worksheet'; }")
                page.emulate_media(media="print")
                shown = page.eval_on_selector_all(
                    "[data-form='8379-worksheet'], [data-form='8857-answers'], [data-relief]",
                    "els => els.filter(e => e.getClientRects().length).map(e => e.dataset.form || 'relief')")
                assert shown == ["8379-worksheet"] * len(worksheets)
                page.evaluate("() => { delete document.body.dataset.printSheet; }")
                page.emulate_media(media="screen")
    finally:
        context.close()

"""Several tax years in one check (facts format version 2): built by mouse and by keyboard, shown as
one plan across the years and then each year, kept in links and files, and the same as the command line."""

import json
from pathlib import Path

from checker_helpers import cli_assess, dom_id, fill, link, settled, wait_until_ready
from playwright.sync_api import expect

from calculator.case import PERSON
from calculator.ics import calendar

CASES = Path(__file__).resolve().parents[1] / "cases"
AS_OF = "2026-11-27"
#: Three years of one person (divorced, living apart), each answered through the form.
PERSON_FACTS = {"as_of": AS_OF, "marital_status": "divorced"}
YEARS = [
    {"tax_year": 2021, "joint_return": True, "return_filed": "2022-04-18", "problems": ["understatement"], "item_owner": "spouse"},
    {"tax_year": 2022, "joint_return": True, "return_filed": "2023-04-18", "problems": ["understatement"], "item_owner": "spouse"},
    {"tax_year": 2023, "joint_return": True, "return_filed": "2024-04-15", "problems": ["underpayment"], "item_owner": "spouse"},
]


def open_checker(context, origin, facts=None):
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + (link(facts) if facts else ""))
    wait_until_ready(page)
    return page


def case_shown(page) -> dict:
    """The page's case plan (each deadline with its year) and each year's relief verdicts, from its test hooks."""
    deadlines = page.eval_on_selector_all("[data-case-deadline]", "els => els.map(e => [e.dataset.caseDeadline, e.dataset.year, e.dataset.due])")
    forms = page.eval_on_selector_all("[data-case-form]", "els => els.map(e => [e.dataset.caseForm, e.dataset.years])")
    years = page.eval_on_selector_all(
        "[data-year-results]", "els => els.map(e => [e.dataset.yearResults, [...e.querySelectorAll('[data-relief]')].map(r => [r.dataset.relief, r.dataset.verdict])])"
    )
    return {"deadlines": [tuple(d) for d in deadlines], "forms": [tuple(f) for f in forms], "years": {y: dict(v) for y, v in years}}


def case_expected(result: dict) -> dict:
    return {
        "deadlines": [(d["id"], str(d["tax_year"]), d["due"]) for d in result["plan"]["deadlines"]],
        "forms": [(f["number"], " ".join(map(str, f["years"]))) for f in result["plan"]["forms"]],
        "years": {str(y["facts"]["tax_year"]): {r["id"]: r["verdict"] for r in y["relief"]} for y in result["years"]},
    }


def fill_year(page, facts: dict):
    """Answer one more year through the form (``fill`` opens "Date of this check" first: close it)."""
    page.evaluate("document.querySelector('.jointly-asof').open = false")
    fill(page, {"as_of": AS_OF, **facts})


def saved_case(page, tmp_path) -> dict:
    with page.expect_download() as info:
        page.click("#checker-save")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_three_years_by_mouse_and_keyboard_agree_with_the_command_line(context, origin, tmp_path):
    page = open_checker(context, origin)
    settled(page)
    fill(page, {**PERSON_FACTS, **YEARS[0]})
    page.click("#checker-add-year")  # by mouse
    settled(page)
    # the person's questions are asked once, with the first year
    expect(page.locator(f"#{dom_id('marital_status')}")).to_be_hidden()
    expect(page.locator("#checker-years-note")).to_be_visible()
    fill_year(page, YEARS[1])
    page.locator("#checker-add-year").focus()  # by keyboard
    page.keyboard.press("Enter")
    settled(page)
    expect(page.locator("[data-year-index='2']")).to_be_focused()
    fill_year(page, YEARS[2])
    expect(page.locator(".jointly-year")).to_have_text(["Tax year 2021", "Tax year 2022", "Tax year 2023"])

    case = saved_case(page, tmp_path)
    assert case["version"] == 2 and [y["tax_year"] for y in case["years"]] == [2021, 2022, 2023]
    assert {k: case[k] for k in PERSON if k in case} == PERSON_FACTS
    want = case_expected(cli_assess(case, tmp_path))
    assert case_shown(page) == want
    assert len(want["years"]) == 3

    # back to the first year by keyboard: its answers are still there
    page.locator("[data-year-index='0']").focus()
    page.keyboard.press("Enter")
    settled(page)
    expect(page.locator(f"#{dom_id('marital_status')}")).to_be_visible()
    expect(page.locator(f"#{dom_id('tax_year')} input")).to_have_value("2021")
    assert case_shown(page) == want


def test_a_case_link_loads_every_year_and_a_year_can_be_removed(context, origin, tmp_path):
    case = json.loads((CASES / "two-years-levy-understatement.json").read_text(encoding="utf-8"))
    page = open_checker(context, origin, case)
    settled(page)
    expect(page.locator(".jointly-year")).to_have_text(["Tax year 2021", "Tax year 2022"])
    want = case_expected(cli_assess(case, tmp_path))
    assert case_shown(page) == want
    # the hand-worked dates of tests/test_case.py: hearing requests by Wednesday 2026-12-02
    assert ("cdp_hearing", "2021", "2026-12-02") in want["deadlines"]
    expect(page.locator("#checker-reference")).to_have_value("A-2021-22")
    expect(page.locator(".jointly-case-plan")).to_contain_text("A-2021-22")

    # the calendar file covers both years, made in Pyodide with the same bytes as the command line's
    with page.expect_download() as info:
        page.click("#checker-ics")
    info.value.save_as(tmp_path / "case.ics")
    assert (tmp_path / "case.ics").read_bytes().decode("utf-8") == calendar(cli_assess(case, tmp_path))
    assert "Client reference: A-2021-22" in (tmp_path / "case.ics").read_text(encoding="utf-8")

    page.click("[data-year-index='1']")
    settled(page)
    page.click("#checker-remove-year")
    settled(page)
    expect(page.locator(".jointly-year")).to_have_text(["Tax year 2021"])
    kept = saved_case(page, tmp_path)
    assert [y["tax_year"] for y in kept["years"]] == [2021] and kept["reference"] == "A-2021-22"


def test_the_link_to_a_five_year_case_stays_usable(context, origin):
    # Measured, not timed: the #facts= link of a case of five full years.
    base = json.loads((CASES / "two-years-levy-understatement.json").read_text(encoding="utf-8"))
    five = {**base, "years": [{**base["years"][0], "tax_year": 2018 + i} for i in range(5)],
            "events": [{**base["events"][0], "years": list(range(2018, 2023))}]}  # fmt: skip
    fragment = link(five)
    print(f"\nfive-year case link: {len(fragment)} characters after the page address")
    assert len(fragment) < 2000  # the limit below which links survive most chat and mail programs
    page = open_checker(context, origin, five)
    settled(page)
    expect(page.locator(".jointly-year")).to_have_count(5)


def test_a_three_year_case_has_no_wcag_aa_violation(browser, origin):
    from test_a11y import violations

    context = browser.new_context(bypass_csp=True)  # axe is injected as a script
    try:
        page = context.new_page()
        case = {"version": 2, "reference": "C-3", **PERSON_FACTS, "years": YEARS}
        page.goto(f"{origin}/checker.html{link(case)}")
        wait_until_ready(page)
        settled(page)
        expect(page.locator("[data-year-results]")).to_have_count(3)
        page.click("[data-year-index='1']")
        settled(page)
        for details in page.locator("#checker-results details").all():
            details.evaluate("element => element.open = true")
        assert violations(page) == []
    finally:
        context.close()


def test_a_change_to_one_year_redraws_only_that_years_results(context, origin):
    page = open_checker(context, origin, {"version": 2, **PERSON_FACTS, "years": YEARS})
    settled(page)
    mark = "(y) => document.querySelector(`[data-year-results='${y}']`).dataset.probe = 'kept'"
    for year in (2021, 2023):
        page.evaluate(mark, str(year))
    # A section taken out and put back is styled and laid out again: the years not changed stay put.
    page.evaluate("""() => { window.removedYears = [];
      new MutationObserver((records) => { for (const r of records) for (const n of r.removedNodes)
        if (n.dataset?.yearResults) window.removedYears.push(n.dataset.yearResults); })
      .observe(document.querySelector('#checker-results-body'), { childList: true }); }""")
    page.locator(f"#{dom_id('item_owner')} input[value='1']").check()  # year 2021 is on screen
    settled(page)
    expect(page.locator("[data-year-results='2023']")).to_have_attribute("data-probe", "kept")
    expect(page.locator("[data-year-results='2021']")).not_to_have_attribute("data-probe", "kept")
    assert page.evaluate("window.removedYears") == ["2021"]


def test_one_click_asks_python_once(context, origin):
    """A click on a radio button fires both `input` and `change`; the second would ask again what is
    already on screen, so the page sends one round trip per click."""
    context.add_init_script("""(() => { window.calls = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        if (message?.call) window.calls.push(message.call);
        return post.call(this, message, ...rest); }; })();""")
    page = open_checker(context, origin, {"version": 2, **PERSON_FACTS, "years": YEARS})
    settled(page)
    for value in ("1", "0"):
        page.evaluate("window.calls = []")
        page.locator(f"#{dom_id('item_owner')} input[value='{value}']").dispatch_event("click")
        settled(page)
        assert page.evaluate("window.calls") == ["screen_case"], value


def test_T9_save_of_a_case_keeps_a_hidden_answer_of_year_two_and_load_brings_it_back(context, origin, tmp_path):
    """As T9 for one year: Save wrote a case as checked, so an answer to a question hidden now (year 2's
    filing date, once "joint return" is "No") was lost from the file."""
    page = open_checker(context, origin)
    settled(page)
    fill(page, {**PERSON_FACTS, **YEARS[0]})
    page.click("#checker-add-year")
    settled(page)
    fill_year(page, YEARS[1])
    page.locator(f"#{dom_id('joint_return')} input[value='1']").check()  # "No": the filing date hides
    settled(page)
    expect(page.locator(f"#{dom_id('return_filed')}")).to_be_hidden()

    case = saved_case(page, tmp_path)
    assert case["version"] == 2 and case["marital_status"] == "divorced"
    assert [y["tax_year"] for y in case["years"]] == [2021, 2022]
    assert case["years"][1]["joint_return"] is False and case["years"][1]["return_filed"] == YEARS[1]["return_filed"]
    assert case["years"][0]["return_filed"] == YEARS[0]["return_filed"]

    fresh = open_checker(context, origin)
    fresh.set_input_files("#checker-load", str(next(tmp_path.glob("*.json"))))
    settled(fresh)
    expect(fresh.locator(".jointly-year")).to_have_text(["Tax year 2021", "Tax year 2022"])
    fresh.click("[data-year-index='1']")
    settled(fresh)
    fresh.locator(f"#{dom_id('joint_return')} input[value='0']").check()  # back to "Yes"
    settled(fresh)
    expect(fresh.locator(f"#{dom_id('return_filed')} input")).to_have_value(YEARS[1]["return_filed"])


def test_a_single_year_is_labelled_by_its_tax_year_once_known(context, origin):
    """The years bar names the year on screen by its tax year, for a one-year check too."""
    page = open_checker(context, origin, {"as_of": AS_OF, **YEARS[0]})
    settled(page)
    expect(page.locator("[data-year-index='0']")).to_have_text("Tax year 2021")
    page.locator(f"#{dom_id('tax_year')} input").fill("2022")
    settled(page)
    expect(page.locator("[data-year-index='0']")).to_have_text("Tax year 2022")

"""The checker in Chromium: the same verdicts and dates as `python -m calculator assess`, by link, by mouse and by keyboard."""

import pytest
from checker_helpers import (BY_ID, EXAMPLES, asked, cli_assess, dom_id, example, expected, fill, link, settled, shown,
                             wait_until_ready)  # fmt: skip
from playwright.sync_api import expect

SCENARIOS = sorted(p.name for p in EXAMPLES.glob("*.json"))


@pytest.fixture(scope="module")
def checker(browser, origin):
    """One checker page for the scenarios read from links: Pyodide starts once; each link is a new fragment."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    yield page
    context.close()


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_link_with_facts_shows_what_the_command_line_gives(checker, name, tmp_path):
    facts = example(name)
    checker.evaluate("hash => { location.hash = hash; }", link(facts))
    want = expected(cli_assess(facts, tmp_path))
    expect(checker.locator("[data-relief]")).to_have_count(5)
    settled(checker)
    assert shown(checker) == want


def test_deadlines_are_marked_urgent_or_passed_in_words(checker, tmp_path):
    seen = set()
    for name in ("abuse-underpayment-levy.json", "levy-missed-bc-window.json"):
        facts = example(name)
        checker.evaluate("hash => { location.hash = hash; }", link(facts))
        settled(checker)
        result = cli_assess(facts, tmp_path)
        assert shown(checker) == expected(result)
        for deadline in result["deadlines"]:
            item = checker.locator(f"[data-deadline='{deadline['id']}']")
            state = "passed" if deadline["days_left"] < 0 else "urgent" if deadline["days_left"] < 30 else "open"
            seen.add(state)
            expect(item).to_have_attribute("data-state", state)
            if state == "passed":
                expect(item).to_contain_text("Passed")
            elif state == "urgent":
                expect(item).to_contain_text("Urgent")
            else:
                expect(item).not_to_contain_text("Urgent")
            expect(item).to_contain_text(deadline["rule"].split(".")[0])  # the rule that produced it
    assert {"urgent", "passed", "open"} <= seen


def test_results_carry_the_plan_the_referrals_and_the_disclaimer(checker, tmp_path):
    facts = example("abuse-underpayment-levy.json")
    checker.evaluate("hash => { location.hash = hash; }", link(facts))
    settled(checker)
    result = cli_assess(facts, tmp_path)
    results = checker.locator("#checker-results")
    expect(results).to_contain_text(result["disclaimer"])
    form_8857 = next(f for f in result["plan"]["forms"] if f["number"] == "8857")
    for line in form_8857["address"].values():
        expect(results).to_contain_text(line)
    tas = next(r for r in result["plan"]["referrals"] if r["id"] == "tas")
    expect(results).to_contain_text(tas["caution"]["text"])  # Form 911 is not a hearing request
    expect(results).to_contain_text("Tax Court reviews the IRS's file")  # the administrative-record rule
    oic = next(a for a in result["collection_alternatives"] if a["id"] == "offer_in_compromise")
    expect(checker.locator("[data-alternative='offer_in_compromise']")).to_contain_text("bars innocent spouse relief")
    assert oic["warnings"]
    # Every reason links to its official text; each relief path links to its guide.
    first = result["relief"][2]["reasons"][0]
    expect(checker.locator(f"[data-relief='equitable_relief'] a[href='{first['url']}']").first).to_have_text(first["cite"])
    expect(checker.locator("[data-relief='equitable_relief'] a[href$='relief/equitable-relief.html']")).to_have_count(1)
    # Never "you qualify": the headline is the calculator's screening words.
    expect(checker.locator("[data-relief='equitable_relief'] .jointly-verdict strong")).to_have_text("Appears to qualify")
    assert "you qualify" not in results.inner_text().lower()
    # The live region announces a short summary, not the plan.
    summary = checker.locator("#checker-summary")
    expect(summary).to_have_attribute("aria-live", "polite")
    assert len(summary.inner_text()) < 200
    assert float(results.get_attribute("data-last-roundtrip-ms")) >= 0


def test_only_relevant_questions_are_asked(checker):
    checker.evaluate("hash => { location.hash = hash; }", link({"problems": ["offset"], "joint_return": True}))
    settled(checker)
    expect(checker.locator(f"#{dom_id('offset.debt_owner')}")).to_be_visible()
    for qid in ("knowledge", "deficiency_notice", "levy_notice", "household.size"):
        expect(checker.locator(f"#{dom_id(qid)}")).to_be_hidden()  # a seized refund is not an audit
    checker.evaluate("hash => { location.hash = hash; }", link({"problems": ["understatement"], "joint_return": True}))
    settled(checker)
    expect(checker.locator(f"#{dom_id('knowledge')}")).to_be_visible()
    expect(checker.locator(f"#{dom_id('offset.debt_owner')}")).to_be_hidden()


@pytest.mark.parametrize("name", ["abuse-underpayment-levy.json", "harry-sally-injured-spouse.json"])
def test_answers_entered_through_the_form_give_the_command_line_results(context, origin, name, tmp_path):
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    facts = asked(example(name))
    fill(page, facts)
    settled(page)
    assert shown(page) == expected(cli_assess(facts, tmp_path))


def test_the_form_is_usable_while_python_loads(context, origin):
    page = context.new_page()
    page.goto(f"{origin}/checker.html", wait_until="domcontentloaded")
    page.locator(f"#{dom_id('tax_year')} input").fill("2023")
    page.locator(f"#{dom_id('joint_return')} input[value='0']").check()
    state = page.evaluate("document.getElementById('checker-status').dataset.state")
    assert state == "loading"  # answered before Python was ready
    wait_until_ready(page)
    settled(page)
    expect(page.locator(f"#{dom_id('tax_year')} input")).to_have_value("2023")
    expect(page.locator("[data-relief]")).to_have_count(5)


def keyboard_answer(page, facts: dict):
    """Answer by keyboard alone: Tab to each control, arrows for choices, Space for boxes, typing for the rest."""
    done = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const a = document.activeElement; const box = a.closest('[data-question]');
                return {tag: a.tagName, type: a.type ?? null, id: a.id, value: a.value ?? null, checked: a.checked ?? null,
                        question: box ? box.dataset.question : null, detail: a.closest('[data-detail]') !== null, text: a.textContent.trim().slice(0, 40)}; }"""
        )
        if info["id"] == "checker-print":
            return done
        if info["tag"] == "SUMMARY" and info["text"] == "Date of this check":
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            page.keyboard.type("".join(reversed(facts["as_of"].split("-", 1))).replace("-", ""))  # MMDDYYYY
            done.add("as_of")
            continue
        qid = info["question"]
        if info["detail"]:  # an event's follow-up field (the day it was mailed...): tests/browser/test_checker_details.py
            continue
        if qid is None or qid not in {k for k in _answered(facts)}:
            continue
        q, value = BY_ID[qid], _answered(facts)[qid]
        if info["type"] == "checkbox":
            option = q["options"][int(info["value"])]["value"]
            if option in value:
                page.keyboard.press("Space")
        elif info["type"] == "radio":
            target = str(next(i for i, o in enumerate(q["options"]) if o["value"] is value or (o["value"] == value and type(o["value"]) is type(value))))
            for _ in range(len(q["options"]) + 1):
                if page.evaluate("document.activeElement.value") == target:
                    break
                page.keyboard.press("ArrowUp")
        elif info["type"] == "date":
            year, month, day = value.split("-")
            page.keyboard.type(month + day + year)
        else:
            page.keyboard.type(str(value))
        done.add(qid)
        settled(page)
    raise AssertionError("never reached the Print button")


def _answered(facts: dict) -> dict:
    out = {}
    for qid, q in BY_ID.items():
        if q["event"]:
            value = next((e["date"] for e in facts.get("events", []) if e["type"] == qid), None)
        else:
            head, _, tail = qid.partition(".")
            value = facts.get(head) if not tail else (facts.get(head) or {}).get(tail)
        if value is not None:
            out[qid] = value
    return out


def test_keyboard_only_from_the_home_page_to_a_printed_plan(context, origin, tmp_path):
    facts = asked(example("abuse-underpayment-levy.json"))
    page = context.new_page()
    page.goto(f"{origin}/index.html")
    for _ in range(80):  # Tab to the first link into the checker, and follow it with Enter
        page.keyboard.press("Tab")
        if "checker.html" in (page.evaluate("document.activeElement.getAttribute('href')") or ""):
            break
    else:
        raise AssertionError("no link to the checker reachable by Tab on the home page")
    page.keyboard.press("Enter")
    page.wait_for_url("**/checker.html**")
    wait_until_ready(page)
    if page.evaluate("location.hash"):  # a situation link prefills some answers; start from a clean form
        page.evaluate("history.replaceState(null, '', location.pathname)")
        page.reload()
        wait_until_ready(page)
    page.evaluate("document.activeElement.blur()")
    done = keyboard_answer(page, facts)
    assert set(_answered(facts)) | {"as_of"} <= done
    settled(page)
    assert shown(page) == expected(cli_assess(facts, tmp_path))
    assert page.evaluate("document.activeElement.id") == "checker-print"  # Print is reachable by keyboard
    page.emulate_media(media="print")
    assert page.pdf()[:4] == b"%PDF"

"""The UX audit's three journeys (2026-11-29), replayed in Chromium by touch on a phone-sized
screen, by mouse on a desktop and by keyboard alone: each reaches the "What to do now" actions the
calculator gives for the same facts (`python -m calculator assess`, the independent oracle), in
its order. Also: the printed action sheet fits on two pages, Leave now is first and works on every
page, focus is visible on every control, and the closed navigation drawer is out of the tab order."""

import re
from urllib.parse import unquote

import pytest
from checker_helpers import cli_assess, dom_id, link, settled, step, wait_until_ready
from playwright.sync_api import expect

AS_OF = "2026-11-29"
LEVY = {"as_of": AS_OF, "letter": "cp90", "tax_year": 2022, "joint_return": True, "problems": ["underpayment", "understatement"],
        "item_owner": "spouse", "knowledge": "none", "marital_status": "divorced", "abuse": True,
        "events": [{"type": "levy_notice", "date": "2026-10-15"}]}  # fmt: skip
OFFSET = {"as_of": AS_OF, "letter": "offset", "tax_year": 2025, "joint_return": True, "problems": ["offset"], "state": "OH",
          "return_filed": "2026-04-10", "extension": False,
          "offset": {"debt_owner": "spouse", "debt": "federal_nontax", "legally_obligated": False, "my_payments": True},
          "events": [{"type": "joint_refund_offset", "date": "2026-06-01"}]}  # fmt: skip
LIEN = {"as_of": AS_OF, "letter": "letter3172", "tax_year": 2023, "joint_return": True, "problems": ["underpayment"],
        "item_owner": "spouse", "knowledge": "reason_to_know", "marital_status": "married", "apart_since": "2025-08-01",
        "household": {"size": 3, "annual_income": 41000},
        "events": [{"type": "lien_notice", "date": "2026-11-10"}, {"type": "assessment", "date": "2024-05-13"}]}  # fmt: skip

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1366, "height": 768}}


def next_steps(page) -> list[tuple[str, str | None]]:
    return [tuple(x) for x in page.eval_on_selector_all("[data-next-step]", "els => els.map(e => [e.dataset.nextStep, e.dataset.due ?? null])")]


def want_steps(facts, tmp_path) -> list[tuple[str, str | None]]:
    return [(a["id"], a["due"]) for a in cli_assess(facts, tmp_path)["plan"]["actions"]]


def set_as_of(page):
    page.locator("summary", has_text="Date of this check").click()
    page.fill("#checker-as-of", AS_OF)


def radio(page, qid, index, tap=False):
    control = page.locator(f"#{dom_id(qid)} input[value='{index}']")
    control.tap() if tap else control.check()


def test_levy_journey_by_touch_from_the_home_page_picker(browser, origin, tmp_path):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{origin}/index.html")
    picker = page.locator("nav.jointly-letters a", has_text="CP90")
    expect(picker).to_be_in_viewport()  # on the first screen
    href = unquote(picker.get_attribute("href"))
    assert not re.search(r"\d{4}-\d{2}-\d{2}", href)  # a link never fills in a date
    picker.tap()
    wait_until_ready(page)
    settled(page)
    set_as_of(page)
    # The letter is chosen and its date question comes next, asking for the date printed on it.
    expect(page.locator(f"#{dom_id('letter')} select")).to_have_value("0")
    expect(page.locator(f"#{dom_id('letter')} + #{dom_id('levy_notice')}")).to_be_visible()
    expect(page.locator(f"#{dom_id('letter')}-note")).to_contain_text("30-day")
    page.locator(f"#{dom_id('levy_notice')}-input").fill("2026-10-15")
    settled(page)
    expect(page.locator(".jointly-steps__label")).to_have_text(re.compile(r"Step 1 of \d+: Your letter"))
    step(page, "Your return")
    radio(page, "joint_return", 0, tap=True)
    page.locator(f"#{dom_id('tax_year')} input").fill("2022")
    page.locator(f"#{dom_id('problems')} input[value='0']").tap()
    settled(page)
    for qid, index in (("item_owner", 0), ("knowledge", 0)):
        radio(page, qid, index, tap=True)
        settled(page)
    expect(page.locator(f"#{dom_id('marital_status')}")).to_be_hidden()  # the next step's question
    step(page, "Your marriage")
    for qid, index in (("marital_status", 1), ("abuse", 0)):
        radio(page, qid, index, tap=True)
        settled(page)
    assert next_steps(page) == want_steps(LEVY, tmp_path)
    assert [s for s, _ in next_steps(page)][:2] == ["send-8857", "call-tas"]
    assert ("hearing-equivalent", "2027-10-15") in next_steps(page)  # worked by hand in tests/test_plan_actions.py
    now = page.locator("[data-next-step='send-8857']")
    expect(now).to_contain_text("may not levy")
    # The passed CDP hearing is folded under "Passed", naming the equivalent hearing still open.
    passed = page.locator("[data-fold='passed']")
    expect(passed.locator("[data-deadline='cdp_hearing']")).to_contain_text("equivalent hearing")
    # The answer button and Leave now stay in view at the bottom of the page.
    page.locator("#checker-skip a").tap()
    expect(page.locator("#jointly-now-title")).to_be_in_viewport()
    expect(page.locator("#leave-now")).to_be_in_viewport()
    expect(page.locator(".jointly-talk [data-contact='dv_hotline']")).to_contain_text("800-799-7233")
    context.close()


def test_offset_journey_by_mouse_on_a_desktop(browser, origin, tmp_path):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    set_as_of(page)
    page.locator(f"#{dom_id('letter')} select").select_option(label="Offset notice from the Bureau of the Fiscal Service: Your refund was applied to a debt")
    page.locator(f"#{dom_id('joint_refund_offset')} input").fill("2026-06-01")
    radio(page, "joint_return", 0)
    page.locator(f"#{dom_id('tax_year')} input").fill("2025")
    page.locator(f"#{dom_id('state')} select").select_option(label="Ohio")
    page.locator(f"#{dom_id('return_filed')} input").fill("2026-04-10")
    radio(page, "extension", 1)
    radio(page, "offset.debt_owner", 0)
    radio(page, "offset.debt", 4)  # A federal debt such as a student loan
    radio(page, "offset.legally_obligated", 1)
    radio(page, "offset.my_payments", 0)
    settled(page)
    assert next_steps(page) == want_steps(OFFSET, tmp_path) == [("send-8379", "2029-04-17")]
    # His kind of relief comes first; the four that do not fit are folded under one heading.
    first = page.locator("[data-relief]").first
    expect(first).to_have_attribute("data-relief", "injured_spouse")
    others = page.locator("[data-fold='other-relief']")
    expect(others.locator("[data-relief]")).to_have_count(4)
    expect(others).not_to_have_attribute("open", "")
    # The results column stays in view beside the questions.
    page.locator(f"#{dom_id('offset.my_payments')}").scroll_into_view_if_needed()
    expect(page.locator("#jointly-now-title")).to_be_in_viewport()
    assert "null" not in page.locator("#checker-results").inner_text()
    context.close()


def focus_visible(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        return {id: e.id, tag: e.tagName, type: e.type ?? null, outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                shadow: s.boxShadow, inDrawer: !!e.closest('.md-sidebar--primary'), visible: !!(e.offsetWidth || e.offsetHeight)}; }""")


def tab_to(page, selector: str, limit: int = 120) -> int:
    """Press Tab until `selector` has focus; every stop on the way must show a focus ring and be visible."""
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return n
        seen = focus_visible(page)
        if seen["tag"] in ("INPUT", "SELECT", "BUTTON", "A", "SUMMARY") and seen["visible"]:
            assert seen["outline"] != "none" or seen["shadow"] != "none", seen
    raise AssertionError(f"{selector} not reached in {limit} tabs")


def choose(page, qid: str, index: int):
    """Tab into a radio group (focus lands on the checked "I don't know", the last choice) and arrow to `index`."""
    tab_to(page, f"#{dom_id(qid)} input[type=radio]")
    for _ in range(index + 1):
        page.keyboard.press("ArrowDown")
    settled(page)
    expect(page.locator(f"#{dom_id(qid)}-{index}")).to_be_checked()


def test_lien_journey_by_keyboard_alone(browser, origin, tmp_path):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    page.keyboard.press("Tab")
    assert focus_visible(page)["id"] == "leave-now"  # first in the tab order
    assert tab_to(page, f"#{dom_id('letter')}-input") < 25
    for _ in range(4):  # Letter 3172 is the fourth choice after "I don't know"
        page.keyboard.press("ArrowDown")
    expect(page.locator(f"#{dom_id('letter')}-input")).to_have_value("3")
    tab_to(page, f"#{dom_id('lien_notice')}-input", limit=3)  # the date question comes right after
    page.keyboard.type("11102026")
    choose(page, "joint_return", 0)
    tab_to(page, f"#{dom_id('tax_year')}-input")
    page.keyboard.type("2023")
    for qid, index in (("item_owner", 0), ("knowledge", 1), ("marital_status", 0)):
        choose(page, qid, index)
    tab_to(page, f"#{dom_id('apart_since')}-input")
    page.keyboard.type("08012025")
    tab_to(page, f"#{dom_id('assessment')}-input")
    page.keyboard.type("05132024")
    tab_to(page, f"#{dom_id('household.size')}-input")
    page.keyboard.type("3")
    tab_to(page, f"#{dom_id('household.annual_income')}-input")
    page.keyboard.type("41000")
    tab_to(page, ".jointly-asof > summary")
    page.keyboard.press("Enter")
    tab_to(page, "#checker-as-of", limit=2)
    page.keyboard.type("11292026")
    settled(page)
    assert next_steps(page) == want_steps(LIEN, tmp_path)
    assert ("hearing-cdp", "2026-12-10") in next_steps(page)  # 30 days from 2026-11-10, worked by hand
    context.close()


@pytest.mark.parametrize("facts", [LEVY, OFFSET, LIEN], ids=["levy", "offset", "lien"])
def test_the_printed_action_sheet_is_at_most_two_pages_and_the_reasons_follow(browser, origin, facts, tmp_path):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + link(facts))
    wait_until_ready(page)
    settled(page)
    page.emulate_media(media="print")
    pages = lambda pdf: len(re.findall(rb"/Type\s*/Page[^s]", pdf))  # noqa: E731
    whole = page.pdf(format="Letter")
    text = page.locator("#checker-results").inner_text()
    assert "https://" not in text  # citations by short name, no addresses
    # The action sheet alone: without the appendix and the Form 8857/8379 sheets after it.
    page.evaluate("document.querySelectorAll('.jointly-appendix, #checker-results-body > [data-form]').forEach((e) => { e.style.display = 'none'; })")
    sheet = page.pdf(format="Letter")
    assert 1 <= pages(sheet) <= 2
    assert pages(whole) > pages(sheet)  # the appendix starts on a new page
    expect(page.locator(".jointly-plan-sheet__title")).to_contain_text(f"tax year {facts['tax_year']}")
    context.close()


@pytest.mark.parametrize("path", ["index.html", "relief/innocent-spouse.html", "checker.html"])
def test_leave_now_is_first_in_view_and_esc_twice_leaves(browser, origin, path):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{origin}/{path}")
    page.keyboard.press("Tab")
    assert focus_visible(page)["id"] == "leave-now"
    leave = page.locator("#leave-now")
    expect(leave).to_be_in_viewport()
    box = leave.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    assert page.evaluate("parseFloat(getComputedStyle(document.getElementById('leave-now')).fontSize)") >= 16
    page.mouse.wheel(0, 3000)
    expect(leave).to_be_in_viewport()  # fixed: still there after scrolling
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("about:blank")
    page.go_back()
    assert path not in page.url
    context.close()


def test_leave_now_empties_the_checker_answers(browser, origin):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + link(LEVY))
    wait_until_ready(page)
    settled(page)
    page.click("#leave-now")
    page.wait_for_url("about:blank")
    assert page.evaluate("history.length") <= 2
    context.close()


def test_talk_to_someone_on_every_guide_with_plain_text_numbers(browser, origin):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{origin}/relief/innocent-spouse.html")
    box = page.locator(".jointly-talk")
    for key, phone in (("tas", "877-777-4778"), ("innocent_spouse", "855-851-2009"), ("dv_hotline", "800-799-7233")):
        expect(box.locator(f"[data-contact='{key}'] .jointly-phone")).to_have_text(phone)
    assert box.locator("a").count() == 0  # no link needs the network
    context.close()


def test_closed_drawer_is_out_of_the_tab_order_on_a_phone(browser, origin):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{origin}/index.html")
    for _ in range(12):
        page.keyboard.press("Tab")
        seen = focus_visible(page)
        assert not seen["inDrawer"], seen
    context.close()


def test_every_question_can_be_answered_before_python_starts(browser, origin):
    context = browser.new_context(**DESKTOP)
    context.route(re.compile(r".*/pyodide/.*"), lambda route: None)  # Python never arrives
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    expect(page.locator("#checker-form")).to_be_visible()
    expect(page.locator(f"#{dom_id('item_owner')}")).to_be_hidden()
    page.locator(f"#{dom_id('problems')} input[value='0']").check()
    expect(page.locator(f"#{dom_id('item_owner')}")).to_be_visible()
    page.locator(f"#{dom_id('letter')} select").select_option("0")
    expect(page.locator(f"#{dom_id('levy_notice')}")).to_be_visible()
    expect(page.locator(f"#{dom_id('problems')} input[value='1']")).to_be_checked()  # CP90: unpaid tax
    context.close()

"""An event question's follow-up fields in the checker (the day a notice was mailed, the last day printed on a
notice of deficiency, the date a disaster postponement moved deadlines to): entered by mouse and by keyboard,
they give the dates `python -m calculator assess` gives; Save and Load keep them; their errors show by them."""

import json

import pytest
from checker_helpers import BY_ID, cli_assess, dom_id, expected, fill, link, settled, shown, shows, step, wait_until_ready
from playwright.sync_api import expect

AS_OF = "2026-11-29"
AUDIT = {"as_of": AS_OF, "tax_year": 2023, "joint_return": True, "problems": ["understatement"]}


def notice(**fields) -> dict:
    return {**AUDIT, "events": [{"type": "deficiency_notice", "date": "2026-10-01", **fields}]}


def open_checker(context, origin, facts=None):
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + (link(facts) if facts else ""))
    wait_until_ready(page)
    return page


def detail(page, key: str):
    return page.locator(f"#{dom_id(key)}")


def tab_out(page) -> str:
    """Press Tab until the focus leaves the current control (a date field may hold it for its picker); the new id."""
    here = page.evaluate("document.activeElement.id")
    for _ in range(4):
        page.keyboard.press("Tab")
        if (now := page.evaluate("document.activeElement.id")) != here:
            return now
    return here


# IRC § 6213(a): a petition "within 90 days ... after the notice of deficiency ... is mailed", and one "filed on or
# before the last date specified for filing such petition by the Secretary in the notice of deficiency shall be
# treated as timely filed".  Worked by hand (one input changed at a time):
# - dated 2026-10-01, mailing unknown: Oct 2..31 is 30 days, Nov 60, Dec 30 is day 90 -> Wed 2026-12-30;
# - mailed 2026-10-05: Oct 6..31 is 26, Nov 56, Dec 87, Jan 3 2027 is day 90, a Sunday -> Mon 2027-01-04 (§ 7503);
# - and the notice prints 2027-01-08 as the last day: later, so that printed day -> Fri 2027-01-08.
NOTICES = [
    (notice(), "2026-12-30"),
    (notice(mailed="2026-10-05"), "2027-01-04"),
    (notice(mailed="2026-10-05", last_day="2027-01-08"), "2027-01-08"),
]


@pytest.mark.parametrize("facts, due", NOTICES, ids=["printed-date", "mailed", "mailed-and-last-day"])
def test_mailing_date_and_printed_last_day_by_mouse(context, origin, facts, due, tmp_path):
    page = open_checker(context, origin)
    mailed = detail(page, "deficiency_notice.mailed")
    fill(page, facts)
    expect(mailed).to_be_visible()  # asked once the notice's date is given
    want = expected(cli_assess(facts, tmp_path))
    assert want["deadlines"]["tax_court_deficiency"] == due  # the oracle agrees with the working above
    assert shown(page) == want


def test_details_wait_for_the_date_and_follow_it_in_keyboard_order(context, origin, tmp_path):
    page = open_checker(context, origin, AUDIT)
    settled(page)
    date = page.locator(f"#{dom_id('deficiency_notice')}-input")
    expect(date).to_be_visible()
    expect(detail(page, "deficiency_notice.mailed")).to_be_hidden()  # nothing to ask before the notice's date
    date.focus()
    page.keyboard.type("10012026")  # MMDDYYYY, as a keyboard user types into a date field
    settled(page)
    assert tab_out(page) == f"{dom_id('deficiency_notice.mailed')}-input"  # the next stop, right after the date
    page.keyboard.type("10052026")
    settled(page)
    assert tab_out(page) == f"{dom_id('deficiency_notice.last_day')}-input"
    page.keyboard.type("01082027")
    settled(page)
    facts = NOTICES[2][0]
    assert shown(page)["deadlines"]["tax_court_deficiency"] == "2027-01-08"
    assert shown(page) == expected(cli_assess(facts, tmp_path))
    for key in ("deficiency_notice.mailed", "deficiency_notice.last_day"):  # each with its "why we ask" and "I don't know"
        expect(detail(page, key).locator(".jointly-why")).to_contain_text("Leave it blank if you don't know.")


def test_a_disaster_postponement_entered_in_the_checker_moves_the_date(context, origin, tmp_path):
    # Dated 2026-09-01: Sep 2..30 is 29 days, Oct 60, Nov 30 is day 90 (a Monday).  A postponement for deadlines
    # from 2026-11-01 until 2027-01-15 covers that day, so the petition is due on Friday 2027-01-15 (§ 7508A).
    plain = {**AUDIT, "events": [{"type": "deficiency_notice", "date": "2026-09-01"}]}
    postponed = {**plain, "events": [*plain["events"], {"type": "disaster_postponement", "date": "2026-11-01", "end": "2027-01-15"}]}
    page = open_checker(context, origin)
    fill(page, plain)
    assert shown(page)["deadlines"]["tax_court_deficiency"] == "2026-11-30"
    page.locator(f"#{dom_id('disaster_postponement')}-input").fill("2026-11-01")
    settled(page)
    assert shown(page)["deadlines"]["tax_court_deficiency"] == "2026-11-30"  # no postponed-to date yet: nothing moves
    end = detail(page, "disaster_postponement.end").locator("input")
    end.click()
    end.fill("2027-01-15")
    settled(page)
    want = expected(cli_assess(postponed, tmp_path))
    assert want["deadlines"]["tax_court_deficiency"] == "2027-01-15"
    assert shown(page) == want


def test_a_cdp_determination_mailed_before_its_date_starts_the_thirty_days_sooner(context, origin, tmp_path):
    # IRC § 6330(d)(1): petition "within 30 days of a determination".  Dated 2026-11-02: day 30 is Wed 2026-12-02.
    # Mailed 2026-10-30: Oct 31 is day 1, Nov 29 day 30, a Sunday -> Mon 2026-11-30, the earlier date that could apply.
    facts = {**AUDIT, "problems": ["underpayment"], "events": [
        {"type": "levy_notice", "date": "2026-06-01"}, {"type": "cdp_hearing", "date": "2026-06-20"},
        {"type": "cdp_determination", "date": "2026-11-02", "mailed": "2026-10-30"}]}  # fmt: skip
    page = open_checker(context, origin)
    fill(page, facts)
    want = expected(cli_assess(facts, tmp_path))
    assert want["deadlines"]["tax_court_cdp"] == "2026-11-30"
    assert shown(page) == want


def save(page, tmp_path) -> tuple[dict, str]:
    with page.expect_download() as info:
        page.click("#checker-save")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    return json.loads(saved.read_text()), str(saved)


def test_save_and_load_keep_the_details(context, origin, tmp_path):
    facts = NOTICES[2][0]
    page = open_checker(context, origin)
    fill(page, facts)
    want = expected(cli_assess(facts, tmp_path))
    assert shown(page) == want
    kept, saved = save(page, tmp_path)
    assert kept["events"] == facts["events"]  # the mailing day and the printed last day, in the notice's event

    fresh = open_checker(context, origin)
    settled(fresh)
    fresh.set_input_files("#checker-load", saved)
    expect(detail(fresh, "deficiency_notice.mailed").locator("input")).to_have_value("2026-10-05")
    expect(detail(fresh, "deficiency_notice.last_day").locator("input")).to_have_value("2027-01-08")
    assert shows(fresh, want) == want


def test_an_error_on_a_detail_shows_by_that_field(context, origin):
    # A printed last day before the notice's own date cannot be right (facts.py refuses it, naming events[0].last_day).
    page = open_checker(context, origin, notice(last_day="2026-09-01"))
    settled(page, "errors")
    field = detail(page, "deficiency_notice.last_day")
    expect(field.locator(".jointly-error")).to_be_visible()
    expect(field.locator(".jointly-error")).to_contain_text("before the notice's date")
    expect(field.locator("input")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{dom_id('deficiency_notice')}-input")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#checker-form-errors")).to_be_hidden()
    field.locator("input").fill("2027-01-08")
    settled(page)
    expect(field.locator(".jointly-error")).to_be_hidden()


@pytest.mark.parametrize("width", [390, 1366])
def test_screenshots_of_the_details(browser, origin, width, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900}, has_touch=width < 600)
    page = open_checker(context, origin, NOTICES[2][0])
    settled(page)
    if width < 600:  # a phone shows one step of questions at a time
        step(page, BY_ID["deficiency_notice"]["step"])
    box = page.locator(f"#{dom_id('deficiency_notice')}")
    box.scroll_into_view_if_needed()
    box.screenshot(path=str(tmp_path / f"details-{width}.png"))
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")  # no sideways scrolling on a phone
    context.close()


def test_save_keeps_the_details_of_a_question_hidden_now(context, origin, tmp_path):
    facts = NOTICES[2][0]
    page = open_checker(context, origin, facts)
    settled(page)
    page.locator(f"#{dom_id('problems')} input[value='1']").check()  # unpaid tax instead of an audit:
    settled(page)
    page.locator(f"#{dom_id('problems')} input[value='0']").uncheck()
    settled(page)
    expect(page.locator(f"#{dom_id('deficiency_notice')}")).to_be_hidden()  # the notice's question hides
    kept, saved = save(page, tmp_path)
    assert kept["events"] == facts["events"]  # its answers, the details too, are saved all the same

    fresh = open_checker(context, origin)
    settled(fresh)
    fresh.set_input_files("#checker-load", saved)
    fresh.locator(f"#{dom_id('problems')} input[value='0']").check()  # the audit again: the notice comes back
    settled(fresh)
    expect(detail(fresh, "deficiency_notice.mailed").locator("input")).to_have_value("2026-10-05")
    expect(detail(fresh, "deficiency_notice.last_day").locator("input")).to_have_value("2027-01-08")
    want = expected(cli_assess({**kept, "problems": ["understatement", "underpayment"]}, tmp_path))
    assert want["deadlines"]["tax_court_deficiency"] == "2027-01-08"
    assert shows(fresh, want) == want


def test_T5_a_follow_up_date_that_is_not_real_gets_a_message_by_that_field(context, origin):
    """As T5 for the questions' own dates: 02/30/2025 typed into the mailing day gives the browser no
    value (badInput), which was silently taken as "I don't know" (the 90 days then ran from the
    printed date).  It must be marked by that follow-up field, and no result given meanwhile."""
    page = open_checker(context, origin, notice())
    settled(page)
    field = detail(page, "deficiency_notice.mailed")
    field.locator("input").click()
    page.keyboard.type("02302025")
    settled(page, "errors")
    expect(field.locator(".jointly-error")).to_be_visible()
    expect(field.locator(".jointly-error")).to_contain_text("not a real date")
    expect(field.locator("input")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{dom_id('deficiency_notice')}-input")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#checker-form-errors")).to_be_hidden()
    field.locator("input").fill("2026-10-05")  # a real mailing day: the message goes, the check runs
    settled(page)
    expect(field.locator(".jointly-error")).to_be_hidden()

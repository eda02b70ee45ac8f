"""Keeping and sharing the checker's answers: print, calendar file, save and load, deep links, errors by the field."""

import json
from datetime import date

import icalendar
from checker_helpers import cli_assess, dom_id, example, expected, link, plain_words, settled, shown, shows, wait_until_ready
from playwright.sync_api import expect

import calculator
from calculator.ics import calendar


def open_checker(context, origin, facts=None):
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + (link(facts) if facts else ""))
    wait_until_ready(page)
    return page


def test_print_view_is_one_plan_with_its_facts_and_dates(context, origin, tmp_path):
    facts = example("abuse-underpayment-levy.json")
    page = open_checker(context, origin, facts)
    settled(page)
    page.emulate_media(media="print")
    for hidden in ("#checker-form", "#checker-tools", ".jointly-exit-bar", "#checker-status", ".md-header", ".md-sidebar--primary"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".jointly-disclaimer")).to_be_visible()
    expect(page.locator("[data-relief='equitable_relief']")).to_be_visible()
    expect(page.locator("[data-deadline='cdp_hearing']")).to_be_visible()
    # The worked-out reasons print even though they are folded on screen.
    reason = cli_assess(facts, tmp_path)["deadlines"][0]["reasons"][0]["text"]
    expect(page.locator("[data-deadline='cdp_hearing']").get_by_text(reason)).to_be_visible()
    basis = page.locator(".jointly-basis")
    expect(basis).to_be_visible()
    expect(basis).to_contain_text("Checked as of Friday, November 27, 2026")
    expect(basis).to_contain_text("rules current as of")
    expect(basis).to_contain_text("Did your spouse abuse you")  # the facts the plan rests on
    pdf = page.pdf()
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000


def test_calendar_file_of_the_deadlines(context, origin, tmp_path):
    facts = example("abuse-underpayment-levy.json")
    page = open_checker(context, origin, facts)
    settled(page)
    with page.expect_download() as info:
        page.click("#checker-ics")
    download = info.value
    assert download.suggested_filename == "jointly-deadlines-2026-11-27.ics"
    download.save_as(tmp_path / "d.ics")
    text = (tmp_path / "d.ics").read_bytes()
    result = cli_assess(facts, tmp_path)
    assert text.decode("utf-8") == calendar(result)  # made in Pyodide, same bytes as the native module
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    starts = {e.decoded("DTSTART") for e in events}
    open_general = {date.fromisoformat(d["due"]) for d in result["deadlines"] if d["days_left"] >= 0}
    assert open_general <= starts
    assert date(2026, 12, 16) in starts  # the urgent 30-day hearing deadline


def test_save_reload_and_load_the_answers(context, origin, tmp_path):
    facts = example("harry-sally-injured-spouse.json")
    page = open_checker(context, origin, facts)
    settled(page)
    want = expected(cli_assess(facts, tmp_path))
    assert shown(page) == want
    with page.expect_download() as info:
        page.click("#checker-save")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "jointly-facts-2026-11-27.json"
    assert json.loads(saved.read_text()) == facts  # nothing lost, including the fields no question asks

    page.goto(f"{origin}/checker.html")  # a fresh page: nothing was kept
    page.reload()
    wait_until_ready(page)
    settled(page)
    expect(page.locator(f"#{dom_id('offset.debt_owner')}")).to_be_hidden()
    assert shown(page) != want
    page.set_input_files("#checker-load", str(saved))
    assert shows(page, want) == want  # reading the file is asynchronous
    settled(page)
    expect(page.locator("#checker-tools-status")).to_contain_text(saved.name)


def test_errors_show_next_to_their_field_in_the_calculators_words(context, origin, tmp_path):
    page = open_checker(context, origin)
    settled(page)
    page.locator(f"#{dom_id('problems')} input[value='1']").check()  # underpayment
    settled(page)
    page.locator(f"#{dom_id('tax_year')} input").fill("twenty23")
    page.locator(f"#{dom_id('household.size')} input").fill("0")
    settled(page, "errors")
    checked = calculator.check({"tax_year": "twenty23", "problems": ["underpayment"], "household": {"size": 0}})
    messages = {e["field"]: e["message"] for e in checked["errors"]}
    expect(page.locator(f"#{dom_id('tax_year')}-error")).to_contain_text(messages["tax_year"])
    expect(page.locator(f"#{dom_id('household.size')}-error")).to_contain_text(messages["household.size"])
    expect(page.locator(f"#{dom_id('tax_year')} input")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{dom_id('tax_year')} input")).to_have_value("twenty23")  # nothing typed is lost
    page.locator(f"#{dom_id('tax_year')} input").fill("2023")
    page.locator(f"#{dom_id('household.size')} input").fill("2")
    settled(page)
    expect(page.locator(f"#{dom_id('tax_year')}-error")).to_be_hidden()


def test_a_loaded_file_with_bad_values_marks_each_field(context, origin, tmp_path):
    bad = {"as_of": "2026-11-27", "problems": ["underpayment"], "joint_return": "yes", "knowledge": "some",
           "events": [{"type": "levy_notice", "date": "2026-02-30"}], "colour": "blue"}  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    page = open_checker(context, origin)
    page.set_input_files("#checker-load", str(path))
    settled(page, "errors")
    messages = {e["field"]: e["message"] for e in calculator.check(bad)["errors"]}
    expect(page.locator(f"#{dom_id('joint_return')}-error")).to_contain_text(messages["joint_return"])
    expect(page.locator(f"#{dom_id('knowledge')}-error")).to_contain_text(messages["knowledge"])
    expect(page.locator(f"#{dom_id('levy_notice')}-error")).to_contain_text(messages["events[0].date"])
    # No question asks "colour" and the format has no such key: it is ignored, and the page says so.
    assert "colour" in messages
    expect(page.locator("#checker-message")).to_contain_text("were left out: colour")
    # Choosing an answer replaces the bad value; the rest stay marked.
    page.locator(f"#{dom_id('joint_return')} input[value='0']").check()
    settled(page, "errors")
    expect(page.locator(f"#{dom_id('joint_return')}-error")).to_be_hidden()


def test_a_malformed_link_or_file_says_so_and_the_page_still_works(context, origin, tmp_path):
    page = context.new_page()
    page.goto(f"{origin}/checker.html#facts=%7B%22tax_year%22%3A")
    message = page.locator("#checker-message")
    expect(message).to_be_visible()
    # In plain words: the link, that it could not be read, what is allowed, and that nothing was
    # changed; the parser's words only for someone fixing the link.
    expect(message).to_contain_text("The link could not be read")
    expect(message).to_contain_text("answers saved by this checker")
    expect(message).to_contain_text("the answers already on this page are unchanged")
    expect(message).to_contain_text("(Technical detail: not valid JSON")
    plain_words(message.text_content())
    wait_until_ready(page)
    page.locator(f"#{dom_id('joint_return')} input[value='0']").check()
    settled(page)
    expect(page.locator("[data-relief]")).to_have_count(5)
    page.evaluate("location.hash = '#facts=%E0%A4%A'")
    expect(message).to_contain_text("The link was cut short or garbled")
    expect(message).to_contain_text("copy the whole link again")
    expect(message).to_contain_text("(Technical detail: not valid URL encoding")
    plain_words(message.text_content())
    path = tmp_path / "list.json"
    path.write_text("[1, 2]")
    page.set_input_files("#checker-load", str(path))
    expect(message).to_contain_text("list.json does not hold answers saved by this checker")
    expect(message).to_contain_text("(Technical detail: it must hold one JSON object")
    plain_words(message.text_content())
    expect(page.locator(f"#{dom_id('joint_return')} input[value='0']")).to_be_checked()  # answers kept


def test_a_link_nested_far_too_deep_is_refused_before_it_reaches_python(context, origin):
    # Facts nest three levels at most; ten thousand would crash Python's JSON reader in the worker.
    deep = "%7B%22household%22%3A" + "%5B" * 10_000 + "%5D" * 10_000 + "%7D"
    page = context.new_page()
    page.goto(f"{origin}/checker.html#facts={deep}")
    message = page.locator("#checker-message")
    expect(message).to_contain_text("arranged far more deeply than saved answers ever are")
    expect(message).to_contain_text("(Technical detail: values nested more than 8 levels deep")
    plain_words(message.text_content())
    wait_until_ready(page)  # the worker is still alive
    page.locator(f"#{dom_id('joint_return')} input[value='0']").check()
    settled(page)
    expect(page.locator("[data-relief]")).to_have_count(5)


def test_no_calendar_file_while_answers_need_fixing_says_so_in_plain_words(context, origin):
    """The calculator's reason, without Python's name for the error (it said "ValueError: ...")."""
    page = context.new_page()
    page.goto(f"{origin}/checker.html{link({'as_of': '2026-11-29', 'joint_return': 'yes'})}")
    wait_until_ready(page)
    settled(page, "errors")
    page.locator("#checker-ics").click()
    status = page.locator("#checker-tools-status")
    expect(status).to_have_text("The calendar file could not be made: some answers are marked as needing a fix; fix them first. Your answers are unchanged.")
    plain_words(status.text_content())

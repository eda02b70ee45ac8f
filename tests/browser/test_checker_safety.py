"""The checker's safety and trust: quick exit, no network while answering, nothing parsed as HTML, and the fallbacks."""

from checker_helpers import dom_id, example, link, plain_words, settled, wait_until_ready
from playwright.sync_api import expect


def test_quick_exit_clears_and_leaves_without_a_way_back(context, origin):
    page = context.new_page()
    page.goto(f"{origin}/checker.html" + link(example("abuse-underpayment-levy.json")))
    wait_until_ready(page)
    settled(page)
    page.focus("#quick-exit")  # reachable and usable by keyboard
    page.keyboard.press("Enter")
    page.wait_for_url("about:blank")
    assert page.evaluate("history.length") <= 2  # the checker's entry was replaced, not added to
    page.go_back()
    assert "checker" not in page.url


def test_quick_exit_works_without_javascript(browser, origin):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    page.click("#quick-exit")
    page.wait_for_url("about:blank")
    context.close()


def test_the_page_recognises_abuse(context, origin):
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    warning = page.locator(".admonition", has_text="afraid of your spouse")
    expect(warning).to_contain_text("does not give them your")
    expect(warning).to_contain_text("new name, address")
    expect(warning).to_contain_text("Quick exit")


def test_no_request_at_all_while_answers_are_entered(context, origin):
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    settled(page)
    requests = []
    context.on("request", lambda request: requests.append(request.url))  # the worker's requests too
    page.locator(f"#{dom_id('joint_return')} input[value='0']").check()
    page.locator(f"#{dom_id('tax_year')} input").fill("2023")
    page.locator(f"#{dom_id('problems')} input[value='1']").check()
    settled(page)
    page.locator(f"#{dom_id('knowledge')} input[value='0']").check()
    page.locator(f"#{dom_id('levy_notice')} input").first.fill("2026-11-16")
    page.locator(f"#{dom_id('household.annual_income')} input").fill("24,000")
    settled(page)
    expect(page.locator("[data-deadline='cdp_hearing']")).to_have_attribute("data-due", "2026-12-16")
    assert requests == []


def test_nothing_from_the_input_is_rendered_as_html(context, origin):
    page = context.new_page()
    hostile = {
        "tax_year": '<img src=x onerror="window.__pwned=1">',
        "<b>field</b>": "<script>window.__pwned=2</script>",
        "offset": {"debt": '"><svg onload="window.__pwned=3">'},
    }
    page.goto(f"{origin}/checker.html" + link(hostile))
    wait_until_ready(page)
    settled(page, "errors")
    expect(page.locator(f"#{dom_id('tax_year')}-error")).to_contain_text("<img src=x")
    # An unknown key is ignored, and the message naming it shows it as text (issue 11).
    expect(page.locator("#checker-message")).to_contain_text("<b>field</b>")
    assert page.locator("#checker-form img, #checker-form svg, #checker-form b, #checker-form script").count() == 0
    assert page.locator("#checker-message b, #checker-message script").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_without_javascript_the_page_explains_and_links_the_decision_tables(browser, origin):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    fallback = page.locator("#checker-fallback")
    expect(fallback).to_be_visible()
    expect(fallback).to_contain_text("needs JavaScript and WebAssembly")
    links = fallback.locator("a[data-guide]")
    expect(links).to_have_count(5)
    for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert href.startswith("relief/") and href.endswith(".html#decision-table")
    expect(page.locator("#checker-form")).to_be_hidden()
    context.close()


def test_without_webassembly_the_page_says_so_and_offers_the_guides(context, origin):
    context.add_init_script("delete globalThis.WebAssembly")
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    status = page.locator("#checker-status")
    expect(status).to_have_attribute("data-state", "error")
    expect(status).to_contain_text("This browser cannot run the checker: try again in another, up-to-date browser, or use the decision tables below")
    expect(status).to_contain_text("(Technical detail: the checker needs WebAssembly")
    plain_words(status.text_content())
    expect(page.locator("#checker-fallback")).to_be_visible()

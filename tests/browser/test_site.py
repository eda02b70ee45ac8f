"""The built site in Chromium: no request leaves the origin, and the checker runs Python."""

from urllib.parse import urlsplit

from checker_helpers import plain_words
from playwright.sync_api import expect

#: Pyodide's first start (about 13 MB from a local server, then compiling) on a 2-core machine.
START_TIMEOUT_MS = 120_000


def wait_until_ready(page):
    expect(page.locator("#checker-status")).to_have_attribute("data-state", "ready", timeout=START_TIMEOUT_MS)


def test_every_page_makes_requests_only_to_its_own_origin(site, origin, context):
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert "index.html" in pages and "checker.html" in pages
    requested, errors = [], []
    context.on("request", lambda request: requested.append(request.url))  # also sees worker requests
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(error))
    for path in pages:
        page.goto(f"{origin}/{path}", wait_until="networkidle")
        if path == "checker.html":
            wait_until_ready(page)
    assert any(url.endswith("/pyodide/pyodide.asm.wasm") for url in requested)
    # The calculator comes inside the library zip: no package is fetched or installed.
    assert any(url.endswith("/pyodide/python_stdlib.cut.zip") for url in requested)
    assert not any(url.endswith(".whl") for url in requested)
    outside = [url for url in requested if urlsplit(url.removeprefix("blob:")).netloc != urlsplit(origin).netloc]
    assert outside == []
    assert errors == []


def test_checker_round_trip_runs_the_calculator(origin, context):
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    wait_until_ready(page)
    page.check("#q-joint-return-0")  # "Yes": the worker screens the answers in Python
    results = page.locator("#checker-results")
    expect(results).to_have_attribute("data-state", "ok")
    expect(page.locator("[data-relief='innocent_spouse']")).to_have_attribute("data-verdict", "needs_info")


def test_checker_reports_a_runtime_that_fails_to_load(origin, context):
    context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    status = page.locator("#checker-status")
    expect(status).to_have_attribute("data-state", "error", timeout=START_TIMEOUT_MS)
    expect(status).to_contain_text("could not start")
    expect(page.locator("#checker-fallback a[data-guide]")).to_have_count(5)  # the decision tables instead
    expect(page.locator("#checker-ics")).to_be_disabled()


def test_checker_reports_a_worker_script_that_is_missing(origin, context):
    context.route("**/worker.js", lambda route: route.fulfill(status=404, body="not found"))
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    status = page.locator("#checker-status")
    expect(status).to_have_attribute("data-state", "error", timeout=START_TIMEOUT_MS)
    expect(status).to_contain_text("could not start")


def test_checker_opened_from_disk_says_it_needs_http(site, context):
    page = context.new_page()
    page.goto((site / "checker.html").as_uri())
    status = page.locator("#checker-status")
    expect(status).to_contain_text("works when the site is opened from its web address")
    expect(status).to_contain_text("The guides and search still work here")
    expect(status).to_contain_text("For the site's administrator: browsers do not run the checker from file:// pages")
    plain_words(status.text_content())

"""Privacy in Chromium: nothing leaves the origin, nothing is requested while answers are typed,
nothing is written to the browser (cookies, Web Storage, IndexedDB, Cache Storage) unless the
reader saves, and the quick exit leaves no answers behind.

mkdocs-material would remember some states in localStorage and sessionStorage (``__md_*`` keys);
overrides/assets/jointly/theme.js turns those writes off, and these tests hold it to that.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from jointly_pages import (
    EXAMPLE_FACTS,
    answer_a_few,
    facts_link,
    pages,
    storage,
    wait_until_checked,
    wait_until_ready,
    wait_until_settled,
)
from playwright.sync_api import expect


def assert_nothing_kept(page, context, site) -> None:
    kept = storage(page)
    assert kept["localStorage"] == [] and kept["sessionStorage"] == [] and kept["cookie"] == ""
    assert kept["indexedDB"] == []
    assert context.cookies() == []
    # A cache of the site's own static files (a future offline cache) holds no answers; anything else would.
    origin = urlsplit(page.url)
    for name, urls in kept["caches"]:
        for url in urls:
            parts = urlsplit(url)
            assert parts.netloc == origin.netloc and not parts.query and not parts.fragment, (name, url)
            assert (site / parts.path.lstrip("/")).is_file(), (name, url)


def test_visiting_every_page_keeps_nothing_and_asks_only_the_origin(site, origin, context):
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    for path in pages(site):
        page.goto(f"{origin}/{path}", wait_until="networkidle")
        if path == "checker.html":
            wait_until_ready(page)
        assert_nothing_kept(page, context, site)
    outside = [url for url in requested if urlsplit(url.removeprefix("blob:")).netloc != urlsplit(origin).netloc]
    assert outside == []


def test_using_the_checker_without_saving_keeps_nothing(site, origin, context):
    page = context.new_page()
    page.goto(f"{origin}/{facts_link(EXAMPLE_FACTS)}")
    wait_until_checked(page)
    answer_a_few(page)
    wait_until_settled(page)
    page.locator("#checker-reset").click()
    wait_until_checked(page)
    assert_nothing_kept(page, context, site)
    page.reload()
    wait_until_ready(page)
    assert_nothing_kept(page, context, site)


def test_typing_answers_makes_no_request(origin, context):
    page = context.new_page()
    page.goto(f"{origin}/checker.html", wait_until="networkidle")
    wait_until_ready(page)
    wait_until_checked(page)
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    answer_a_few(page)
    wait_until_settled(page)
    page.wait_for_timeout(500)  # let anything late show itself; no timing is asserted
    assert requested == []


def test_quick_exit_leaves_no_answers_behind(site, origin, context):
    page = context.new_page()
    page.goto(f"{origin}/index.html")
    page.goto(f"{origin}/{facts_link(EXAMPLE_FACTS)}")
    wait_until_checked(page)
    answer_a_few(page)
    page.locator("#quick-exit").click()
    expect(page).to_have_url("about:blank")
    assert page.content().count("<") < 10 and EXAMPLE_FACTS["return_filed"] not in page.content()
    # The checker's history entry (which held the answers in its #facts= link) was replaced: Back goes
    # to the page before it, and nothing was written anywhere.
    page.go_back()
    expect(page).to_have_url(f"{origin}/index.html")
    assert "#facts=" not in page.url
    assert_nothing_kept(page, context, site)

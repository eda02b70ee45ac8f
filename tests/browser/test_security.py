"""Security in Chromium: the Content-Security-Policy holds on every page with zero violations (the
theme, search and the checker all work under it), every response carries the security headers,
and a tampered library (the calculator is in it) is refused with a visible message.

The test server sends the same headers the shipped server configurations send (conftest.py), and
the same tests run against nginx serving the release bundle (tests/deploy).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from jointly_pages import EXAMPLE_FACTS, START_TIMEOUT_MS, facts_link, pages, wait_until_checked, wait_until_ready
from playwright.sync_api import expect

WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`));
"""

TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html",
         ".css": "text/css", ".json": "application/json"}  # fmt: skip


def test_every_page_works_under_the_csp_with_no_violation(site, origin, context):
    context.add_init_script(WATCH_VIOLATIONS)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    for path in pages(site):
        page.goto(f"{origin}/{path}", wait_until="networkidle")
        if path == "checker.html":
            wait_until_ready(page)  # Pyodide and the calculator loaded inside the worker under the policy
        problems += [f"{path}: {v}" for v in page.evaluate("window.__violations")]
    # The checker's round trip, and the theme's search worker, under the policy.
    page.goto(f"{origin}/{facts_link(EXAMPLE_FACTS)}")
    wait_until_checked(page)
    expect(page.locator("[data-relief]").first).to_be_visible()
    page.goto(f"{origin}/index.html")
    search_works(page)
    problems += page.evaluate("window.__violations")
    assert problems == []


def search_works(page) -> None:
    """Type into the theme's search box until its worker, which loads the index after the page, answers."""
    box, hits = page.locator(".md-search__input"), page.locator(".md-search-result__item")
    for _ in range(10):
        box.fill("")
        box.fill("injured spouse")
        try:
            expect(hits.first).to_be_visible(timeout=3_000)
            return
        except AssertionError:
            continue
    expect(hits.first).to_be_visible()


def test_the_pages_run_no_inline_script_and_no_inline_style(site):
    """The markup itself: scripts only from files (JSON data blocks are not run), no style or
    event-handler attributes, so the policy needs neither 'unsafe-inline' for scripts nor styles."""
    import re

    inline = []
    for path in pages(site):
        html = (site / path).read_text(encoding="utf-8")
        for attrs in re.findall(r"<script\b([^>]*)>", html):
            if "src=" not in attrs and 'type="application/json"' not in attrs:
                inline.append(f"{path}: <script{attrs}>")
        inline += [f"{path}: {m}" for m in re.findall(r'<[^>]+\s(?:style|on[a-z]+)="[^"]*"', html)]
    assert inline == []


def test_every_response_carries_the_security_headers(site, origin, context, security_headers):
    responses = []
    context.on("response", lambda response: responses.append(response))  # also sees the workers' requests
    page = context.new_page()
    for path in ("index.html", "relief/innocent-spouse.html", "404.html", "checker.html"):
        page.goto(f"{origin}/{path}", wait_until="networkidle")
    wait_until_ready(page)
    served = [r for r in responses if urlsplit(r.url).netloc == urlsplit(origin).netloc]
    names = {urlsplit(r.url).path.rsplit("/", 1)[-1] for r in served}
    assert {"index.html", "pyodide.asm.wasm", "pyodide.mjs", "worker.js"} <= names
    wrong, typed = [], set()
    for response in served:
        headers = response.all_headers()
        for name, value in security_headers.items():
            if headers.get(name.lower()) != value:
                wrong.append(f"{response.url}: {name}: {headers.get(name.lower())!r}")
        suffix = "." + urlsplit(response.url).path.rsplit(".", 1)[-1]
        # A copy revalidated with a 304 shows as 200 with the 304's headers, which carry no type.
        if suffix in TYPES and response.status == 200 and "content-type" in headers:
            typed.add(suffix)
            media_type = headers["content-type"].split(";")[0].strip()
            if media_type != TYPES[suffix]:
                wrong.append(f"{response.url}: Content-Type {media_type!r}, expected {TYPES[suffix]!r}")
    assert wrong == []
    assert {".html", ".mjs", ".wasm", ".js", ".css"} <= typed


def test_the_meta_tags_repeat_the_header_policy(origin, context, security_headers):
    """Where no header can be set (a file share, `python -m http.server`), the meta tags carry the policy,
    less the directives a meta tag cannot carry."""
    page = context.new_page()
    page.goto(f"{origin}/index.html")
    meta = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    header = [d.strip() for d in security_headers["Content-Security-Policy"].split(";")]
    assert meta.split("; ") == [d for d in header if not d.startswith("frame-ancestors")]
    assert page.locator('meta[name="referrer"]').get_attribute("content") == security_headers["Referrer-Policy"]


@pytest.mark.parametrize("name", ["python_stdlib.cut.zip", "pyodide-lock.json"])  # the calculator is in the zip
def test_a_tampered_runtime_file_is_refused_with_a_visible_message(origin, context, name):
    """The worker fetches each file integrity.json lists with its SHA-256; one changed byte fails it."""
    tampered = []

    def tamper(route):
        response = route.fetch()
        body = bytearray(response.body())
        body[len(body) // 2] ^= 0xFF
        tampered.append(route.request.url)
        route.fulfill(response=response, body=bytes(body))

    context.route(f"**/pyodide/{name}", tamper)
    page = context.new_page()
    page.goto(f"{origin}/checker.html")
    status = page.locator("#checker-status")
    expect(status).to_have_attribute("data-state", "error", timeout=START_TIMEOUT_MS)
    expect(status).to_be_visible()
    expect(status).to_contain_text("could not start")
    expect(status).to_contain_text("is not the file this site was built with")
    assert len(tampered) == 1

"""A firm's build: the sample branding file (branding/example.yml) changes every place it should,
on every page and in print, and nothing else; a malformed file stops the build with a message
that names the key."""

from __future__ import annotations

import functools
import html
import json
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

SAMPLE = ROOT / "branding" / "example.yml"
BRAND = yaml.safe_load(SAMPLE.read_text())
NAME = html.escape(BRAND["name"], quote=False)


def build(out: Path, branding: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "JOINTLY_BRANDING"}
    if branding is not None:
        env["JOINTLY_BRANDING"] = str(branding)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    if (ROOT / "branding.yml").exists():
        pytest.skip("a branding.yml is in force here; the unbranded comparison needs none")
    plain, branded = tmp_path_factory.mktemp("plain"), tmp_path_factory.mktemp("branded")
    for out, branding in ((plain, None), (branded, SAMPLE)):
        done = build(out, branding)
        assert done.returncode == 0, done.stderr[-3000:]
    return plain, branded


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


#: The branded parts of a page, each removed from both builds before they are compared.
BRANDED_PARTS = [
    re.compile(r'\s*<meta name="jointly-branding" content="[^"]*">'),
    re.compile(r'\s*<link rel="stylesheet" href="[^"]*assets/jointly/brand\.css">'),
    re.compile(r'<aside class="md-banner">.*?</aside>', re.S),  # the line above the header
    re.compile(r'\s*<address class="jointly-contact[^"]*">.*?</address>', re.S),  # footer and print
    re.compile(r'<h2 id="talk-to-us">.*?(?=<h2 )', re.S),  # the section in "When to hire help"
    re.compile(r'\s*<li class="md-nav__item">\s*<a href="#talk-to-us".*?</li>', re.S),  # its table-of-contents entry
]
LOGO = re.compile(r'(class="[^"]*md-logo"[^>]*>).*?(</a>)', re.S)  # the header and drawer logo


def unbranded(text: str) -> str:
    for part in BRANDED_PARTS:
        text = part.sub("", text)
    text = LOGO.sub(r"\1\2", text)
    return re.sub(r"\s+", " ", text)


def search_docs(site: Path) -> list:
    docs = json.loads((site / "search" / "search_index.json").read_text())["docs"]
    return [d for d in docs if not d["location"].endswith("#talk-to-us")]


def test_the_branding_changes_nothing_else(builds):
    plain, branded = builds
    added = files(branded) - files(plain)
    assert added == {"assets/jointly/brand.css", "assets/jointly/logo.svg"}
    assert files(plain) <= files(branded)
    differ = []
    for name in sorted(files(plain)):
        a, b = (plain / name).read_bytes(), (branded / name).read_bytes()
        if a == b:
            continue
        if name.endswith(".html") and unbranded(a.decode()) == unbranded(b.decode()):
            continue
        if name in ("search/search_index.json", "search/search_index.js", "search/search_index.json.gz"):
            continue  # compared below, without the "Talk to us" section
        differ.append(name)
    assert differ == []
    assert search_docs(plain) == search_docs(branded)


def test_the_branding_shows_on_every_page_in_every_place(builds):
    _, branded = builds
    contact_lines = [html.escape(line.strip(), quote=False) for line in BRAND["contact"]["address"].splitlines()]
    contact_lines += [BRAND["contact"]["phone"], BRAND["contact"]["email"], html.escape(BRAND["contact"]["hours"], quote=False)]
    pages = sorted(branded.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        where = page.relative_to(branded).as_posix()
        assert 'name="jointly-branding"' in text, where
        assert f"Provided by <strong>{NAME}</strong>" in text, where  # the line above the header
        assert re.search(r'class="[^"]*md-logo"[^>]*>\s*<img src="[^"]*assets/jointly/logo\.svg" alt="">', text), where
        assert "assets/jointly/brand.css" in text, where
        footer = re.search(r'<footer class="md-footer">.*</footer>', text, re.S)[0]
        printed = re.search(r'<address class="jointly-contact jointly-contact--print">.*?</address>', text, re.S)
        assert printed or where == "404.html", where  # the theme's 404 page replaces the content block
        for block in (footer, printed[0]) if printed else (footer,):
            assert NAME in block, where
            for line in contact_lines:
                assert line in block, (where, line)
    meta = re.search(r'name="jointly-branding" content="([^"]*)"', (branded / "checker.html").read_text())[1]
    data = json.loads(html.unescape(meta))
    assert data["name"] == BRAND["name"] and {"kind": "email", "text": BRAND["contact"]["email"],
                                              "href": f"mailto:{BRAND['contact']['email']}"} in data["contact"]  # fmt: skip
    css = (branded / "assets/jointly/brand.css").read_text()
    assert f"--md-primary-fg-color: {BRAND['colors']['primary']};" in css
    assert f"--md-accent-fg-color: {BRAND['colors']['accent']};" in css
    help_page = (branded / "help" / "when-to-hire-help.html").read_text()
    section = re.search(r'<h2 id="talk-to-us">(.*?)</h2>(.*?)<h2 ', help_page, re.S)
    assert section and NAME in section[1] and "first conversation is free" in section[2]


def test_the_unbranded_build_has_no_trace_of_a_firm(builds):
    plain, _ = builds
    for page in plain.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "jointly-branding" not in text and "jointly-contact" not in text and 'id="talk-to-us"' not in text
        assert '<aside class="md-banner">' not in text


def test_printed_pages_carry_the_firm_and_screens_do_not_repeat_it(builds, browser):
    """In print the theme hides the header and footer; the contact block at the top takes their place."""
    _, branded = builds
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=branded))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_port}/checker.html")
        printed = page.locator("address.jointly-contact--print")
        assert not printed.is_visible()
        page.emulate_media(media="print")
        assert printed.is_visible() and BRAND["name"] in printed.inner_text()
        assert printed.evaluate("e => getComputedStyle(e).color") == "rgb(0, 0, 0)"
        assert not page.locator("footer.md-footer").is_visible()
        page.close()
    finally:
        server.shutdown()
        server.server_close()


class _Quiet(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        yield browser
        browser.close()


MALFORMED = {
    "unknown key": ("name: X\ncolours: {primary: '#1f5f4a'}\n", "unknown key 'colours' (allowed: name, logo, colors, contact, talk_to_us)"),
    "no name": ("contact: {phone: '+1 555 0100'}\n", "`name` is required"),
    "not a colour": ("name: X\ncolors: {primary: 'green'}\n", "colors.primary: 'green' is not a colour"),
    "unquoted colour": ("name: X\ncolors:\n  primary: #1f5f4a\n", 'colors.primary: is empty; quote the colour ("#1f5f4a")'),
    "low contrast": ("name: X\ncolors: {accent: '#ffcc00'}\n", "colors.accent: #ffcc00 has a contrast of 1.51:1 with white"),
    "missing logo": ("name: X\nlogo: branding/nope.svg\n", "logo: branding/nope.svg does not exist"),
    "logo outside": ("name: X\nlogo: ../etc/passwd.png\n", "must be a path inside the repository"),
    "bad e-mail": ("name: X\ncontact: {email: 'not an address'}\n", "contact.email: 'not an address' is not an e-mail address"),
    "bad website": ("name: X\ncontact: {website: 'javascript:alert(1)'}\n", "is not a web address starting with https://"),
    "unknown contact": ("name: X\ncontact: {fax: '1'}\n", "contact: unknown key 'fax'"),
    "two-line name": ("name: |\n  A\n  B\n", "name: must be one line"),
    "not a mapping": ("- name: X\n", "must be a mapping"),
    "not YAML": ("name: [X\n", "not valid YAML"),
}


@pytest.mark.parametrize("text, message", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_branding_file_is_refused_with_the_key(text, message, tmp_path):
    """Checked by the hook's loader; one case below runs the whole build."""
    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        import branding
    finally:
        sys.path.pop(0)
    path = tmp_path / "branding.yml"
    path.write_text(text)
    with pytest.raises(branding.BrandingError) as refused:
        branding.load(path)
    assert message in str(refused.value)


def test_the_build_fails_on_a_malformed_branding_file(tmp_path):
    path = tmp_path / "branding.yml"
    path.write_text("name: X\ncolors: {primary: '#ffcc00'}\n")
    done = build(tmp_path / "site", path)
    assert done.returncode != 0
    assert "colors.primary: #ffcc00 has a contrast of 1.51:1 with white" in done.stderr + done.stdout

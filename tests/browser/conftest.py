"""Fixtures for the browser tests: the built site, a local server for it, and Debian's Chromium.

The local server sends the security headers the shipped server configurations send
(``extra.security_headers`` in mkdocs.yml). To run this suite against another server instead,
such as nginx serving the release bundle (tests/deploy does this), set ``JOINTLY_ORIGIN`` to its
origin and ``JOINTLY_SITE`` to the folder it serves.
"""

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
#: Header name -> value, exactly as deploy/ ships them.
SECURITY_HEADERS = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["extra"]["security_headers"]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built the one way it is always built: `mkdocs build --strict` (or $JOINTLY_SITE)."""
    if os.environ.get("JOINTLY_SITE"):
        return Path(os.environ["JOINTLY_SITE"])
    out = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", out], cwd=ROOT, check=True)
    return out


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files with the types a module worker and WebAssembly need, and no request log."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="session")
def origin(site) -> str:
    """Serve the built site on 127.0.0.1 at a free port; yields e.g. ``http://127.0.0.1:41234``
    (or $JOINTLY_ORIGIN, a server someone else started for $JOINTLY_SITE)."""
    if os.environ.get("JOINTLY_ORIGIN"):
        yield os.environ["JOINTLY_ORIGIN"].rstrip("/")
        return
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context()
    yield context
    context.unroute_all(behavior="ignoreErrors")  # a route still fetching when the test ends must not fail it
    context.close()


@pytest.fixture(scope="session")
def security_headers() -> dict[str, str]:
    """The security headers every response must carry (from mkdocs.yml ``extra.security_headers``)."""
    return dict(SECURITY_HEADERS)

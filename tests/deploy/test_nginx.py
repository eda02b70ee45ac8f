"""The release bundle on a real web server: Debian's nginx with the shipped deploy/nginx/jointly.conf
(see conftest.py), checked over HTTP, and then the whole browser suite run against it."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import urllib.error
import urllib.request

import brotli
import yaml
from conftest import ROOT

HEADERS = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["extra"]["security_headers"]
HASHED = "public, max-age=31536000, immutable"


def get(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_types_security_and_cache_headers(nginx, bundle):
    site = bundle / "site"
    bundle_js = next((site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    expected = {
        "/": ("text/html", "no-cache"),
        "/checker.html": ("text/html", "no-cache"),
        "/pyodide/pyodide.mjs": ("text/javascript", "no-cache"),
        "/pyodide/pyodide.asm.wasm": ("application/wasm", "no-cache"),
        "/pyodide/python_stdlib.cut.zip": ("application/zip", "no-cache"),
        "/pyodide/pyodide-lock.json": ("application/json", "no-cache"),
        "/assets/checker/bridge.py": ("text/x-python", "no-cache"),
        f"/assets/javascripts/{bundle_js}": ("text/javascript", HASHED),
    }
    wheel = next((site / "pyodide").glob("calculator-*.whl")).name
    expected[f"/pyodide/{wheel}"] = ("application/zip", "no-cache")
    for path, (media_type, cache) in expected.items():
        status, headers, _ = get(nginx + path)
        assert status == 200, path
        assert headers.get_content_type() == media_type, path
        assert headers["Cache-Control"] == cache, path
        for name, value in HEADERS.items():
            assert headers[name] == value, (path, name)
        assert "nginx/" not in headers.get("Server", ""), "server_tokens off"


def test_missing_pages_get_the_site_404_with_the_headers(nginx):
    status, headers, body = get(nginx + "/no/such/page.html")
    assert status == 404 and b"md-content" in body
    assert headers["Content-Security-Policy"] == HEADERS["Content-Security-Policy"]


PRECOMPRESSED = ("/index.html", "/pyodide/pyodide.asm.wasm", "/pyodide/pyodide.asm.mjs", "/pyodide/python_stdlib.cut.zip")


def test_gzip_static_sends_the_precompressed_copy(nginx, bundle):
    site = bundle / "site"
    for path in PRECOMPRESSED:
        status, headers, body = get(nginx + path, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers["Content-Encoding"] == "gzip", path
        assert body == (site / (path.lstrip("/") + ".gz")).read_bytes(), path  # the file itself, not recompressed
        assert gzip.decompress(body) == (site / path.lstrip("/")).read_bytes(), path
        assert "Accept-Encoding" in headers.get("Vary", ""), path
        status, headers, body = get(nginx + path)
        assert headers.get("Content-Encoding") is None and body == (site / path.lstrip("/")).read_bytes(), path


def test_the_shipped_configuration_sends_no_brotli_without_the_module(nginx):
    status, headers, _ = get(nginx + "/pyodide/pyodide.asm.wasm", **{"Accept-Encoding": "br, gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"


def test_brotli_static_sends_the_br_copy_and_gzip_to_the_others(nginx_brotli, bundle):
    """With the brotli line uncommented (Debian's libnginx-mod-http-brotli-static loaded)."""
    site = bundle / "site"
    for path in PRECOMPRESSED:
        local = site / path.lstrip("/")
        status, headers, body = get(nginx_brotli + path, **{"Accept-Encoding": "gzip, deflate, br, zstd"})
        assert status == 200 and headers["Content-Encoding"] == "br", path
        assert body == local.with_name(local.name + ".br").read_bytes(), path
        assert brotli.decompress(body) == local.read_bytes(), path
        assert "Accept-Encoding" in headers.get("Vary", ""), path
        status, headers, body = get(nginx_brotli + path, **{"Accept-Encoding": "gzip"})
        assert headers["Content-Encoding"] == "gzip" and body == local.with_name(local.name + ".gz").read_bytes(), path
        status, headers, body = get(nginx_brotli + path)
        assert headers.get("Content-Encoding") is None and body == local.read_bytes(), path


def test_the_whole_browser_suite_passes_against_nginx(nginx, bundle, request):
    """Every browser test (checker round trips, zero external requests, CSP, privacy, axe, ...) with the
    release bundle served by nginx instead of the Python test server."""
    env = {**os.environ, "JOINTLY_ORIGIN": nginx, "JOINTLY_SITE": str(bundle / "site")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/browser", "-q", "-p", "no:cacheprovider", "-o", "addopts="],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nbrowser suite against nginx: {summary}")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in summary and "skipped" not in summary

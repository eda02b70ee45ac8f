"""The release bundle: checksums, the server configurations, precompressed copies, and nothing
that would load from the internet."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import brotli
import yaml
from conftest import ROOT

HEADERS = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["extra"]["security_headers"]


def test_the_archive_is_named_by_version_and_commit_with_its_sum(release_archive):
    about_version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)[1]
    assert re.fullmatch(rf"jointly-{re.escape(about_version)}-[0-9a-f]{{12}}(-dirty)?\.tar\.gz", release_archive.name)
    digest, name = release_archive.with_name(release_archive.name + ".sha256").read_text().split()
    assert name == release_archive.name
    assert digest == hashlib.sha256(release_archive.read_bytes()).hexdigest()
    with tarfile.open(release_archive) as tar:
        tops = {member.name.split("/")[0] for member in tar.getmembers()}
        assert tops == {release_archive.name.removesuffix(".tar.gz")}
        assert all(member.uid == 0 and member.gid == 0 and not member.uname for member in tar.getmembers())


def test_every_file_is_in_sha256sums_with_its_digest(bundle):
    listed = {}
    for line in (bundle / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split("  ", 1)
        listed[path] = digest
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == files
    for path, digest in listed.items():
        assert hashlib.sha256((bundle / path).read_bytes()).hexdigest() == digest, path


def test_the_bundle_holds_the_site_the_deploy_folder_and_build_info(bundle):
    for path in ("site/index.html", "site/checker.html", "site/404.html", "site/pyodide/pyodide.asm.wasm",
                 "site/pyodide/pyodide-lock.json", "site/pyodide/integrity.json", "deploy/README.md",
                 "deploy/nginx/jointly.conf", "deploy/apache/jointly.conf", "deploy/iis/web.config"):  # fmt: skip
        assert (bundle / path).is_file(), path
    info = json.loads((bundle / "BUILD-INFO.json").read_text())
    assert info["pyodide"] == json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    assert bundle.name == f"jointly-{info['version']}-{info['commit']}"


LARGE = ("index.html", "pyodide/pyodide.asm.wasm", "pyodide/pyodide.asm.mjs", "pyodide/python_stdlib.cut.zip",
         "search/search_index.json")  # fmt: skip


def test_large_files_have_a_gzip_copy_with_the_same_content(bundle):
    site = bundle / "site"
    copies = sorted(site.rglob("*.gz"))
    by_name = {p.relative_to(site).as_posix() for p in copies}
    assert {f"{name}.gz" for name in LARGE} <= by_name
    assert any(name.startswith("pyodide/calculator-") and name.endswith(".whl.gz") for name in by_name)
    for copy in copies:
        if copy.name == "sitemap.xml.gz":
            continue  # mkdocs' own
        original = copy.with_name(copy.name.removesuffix(".gz"))
        raw = copy.read_bytes()
        assert raw[4:8] == b"\0\0\0\0" and raw[3] & 0x08 == 0, f"{copy}: gzip header has a date or a name"
        assert gzip.decompress(raw) == original.read_bytes(), copy
        assert len(raw) < original.stat().st_size


def test_every_gzip_copy_has_a_smaller_brotli_copy_with_the_same_content(bundle):
    site = bundle / "site"
    gzipped = {p.with_name(p.name.removesuffix(".gz")) for p in site.rglob("*.gz") if p.name != "sitemap.xml.gz"}
    brotlied = {p.with_name(p.name.removesuffix(".br")) for p in site.rglob("*.br")}
    assert gzipped == brotlied
    for original in brotlied:
        raw = original.with_name(original.name + ".br").read_bytes()
        assert brotli.decompress(raw) == original.read_bytes(), original
        assert len(raw) < original.with_name(original.name + ".gz").stat().st_size, original


def test_the_pages_load_nothing_from_another_host(bundle):
    """No script, stylesheet, image, font, preload or import from an absolute URL; links to official
    texts are fine (a reader follows them by choice)."""
    loads = re.compile(r"<(?:script|img|source|iframe)\b[^>]*\ssrc=\"(?:https?:)?//|<link\b(?![^>]*rel=\"(?:canonical|alternate)\")[^>]*\shref=\"(?:https?:)?//", re.I)  # fmt: skip
    found = []
    for page in (bundle / "site").rglob("*.html"):
        found += [f"{page.name}: {m[0]}" for m in loads.finditer(page.read_text(encoding="utf-8"))]
    css_urls = re.compile(r"url\(\s*[\"']?(?:https?:)?//", re.I)
    for sheet in (bundle / "site").rglob("*.css"):
        found += [f"{sheet.name}: {m[0]}" for m in css_urls.finditer(sheet.read_text(encoding="utf-8"))]
    assert found == []


def test_every_server_configuration_sends_the_same_security_headers():
    nginx = (ROOT / "deploy/nginx/jointly.conf").read_text()
    apache = (ROOT / "deploy/apache/jointly.conf").read_text()
    iis = ET.parse(ROOT / "deploy/iis/web.config").getroot()
    iis_headers = {h.get("name"): h.get("value") for h in iis.iter("add") if h.get("name")}
    for name, value in HEADERS.items():
        assert f'add_header {name} "{value}" always;' in nginx, name
        assert f'Header always set {name} "{value}"' in apache, name
        assert iis_headers.get(name) == value, name


def test_every_file_type_in_the_site_has_a_type_in_each_configuration(bundle):
    suffixes = {p.suffix.lower() for p in (bundle / "site").rglob("*") if p.is_file()}
    nginx = (ROOT / "deploy/nginx/jointly.conf").read_text()
    block = re.search(r"types \{(.*?)\}", nginx, re.S)[1]
    nginx_types = {ext: line.split()[0] for line in block.strip().splitlines() for ext in line.rstrip(";").split()[1:]}
    assert {s.lstrip(".") for s in suffixes} <= set(nginx_types)
    assert nginx_types["mjs"] == "text/javascript" and nginx_types["wasm"] == "application/wasm"
    iis = ET.parse(ROOT / "deploy/iis/web.config").getroot()
    iis_types = {m.get("fileExtension"): m.get("mimeType") for m in iis.iter("mimeMap")}
    assert iis_types[".mjs"] == "text/javascript" and iis_types[".wasm"] == "application/wasm"
    assert {".py", ".whl", ".json", ".map"} <= set(iis_types)  # IIS refuses extensions it has no type for
    apache = (ROOT / "deploy/apache/jointly.conf").read_text()
    assert "AddType text/javascript .js .mjs" in apache and "AddType application/wasm .wasm" in apache

"""Reproducible builds: the release command run twice on the same commit gives the same archive,
byte for byte, and the calculator wheel built twice from scratch is the same file.

What would otherwise differ, and why it does not:
- the sitemap's <lastmod> dates and sitemap.xml.gz's header date: mkdocs takes them from
  SOURCE_DATE_EPOCH, which the release sets to the commit's date;
- the wheel's file dates and permissions: hooks/pyodide.py builds it with a fixed
  SOURCE_DATE_EPOCH (1980-01-01) from 0644 copies under umask 022, and so the lock file's
  sha256 of it and integrity.json are stable too;
- the order, dates, owners and permissions in the tar archive, and the gzip headers' dates and
  names: tools/release.py fixes all of them;
- the search index: built in navigation order, no dates.
"""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import tarfile

import pytest

from conftest import ROOT, run_release


def load_hook():
    spec = importlib.util.spec_from_file_location("pyodide_hook", ROOT / "hooks" / "pyodide.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return hook


def tree_state() -> str:
    """A digest of the working tree's changes against HEAD, tracked and untracked."""
    git = lambda *args: subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=True).stdout  # noqa: E731
    return hashlib.sha256(git("diff", "HEAD", "--binary") + git("ls-files", "--others", "--exclude-standard")).hexdigest()


def skip_if_edited_during(before: str) -> None:
    if tree_state() != before:
        pytest.skip("the working tree changed between the builds (someone is editing it); nothing to compare")


def members(archive):
    with tarfile.open(archive) as tar:
        return {m.name: (tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()}


def test_two_releases_of_the_same_commit_are_byte_identical(tmp_path):
    before = tree_state()
    release_archive = run_release(tmp_path / "first")
    again = run_release(tmp_path / "again")
    skip_if_edited_during(before)
    assert again.name == release_archive.name
    if again.read_bytes() != release_archive.read_bytes():
        first, second = members(release_archive), members(again)
        differ = sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))
        raise AssertionError(f"the two archives differ in: {differ}")


def test_the_release_date_comes_from_the_commit_not_the_clock(tmp_path):
    """A different SOURCE_DATE_EPOCH changes only what carries the date: BUILD-INFO.json, the header
    of mkdocs' sitemap.xml.gz, and the sums over them (and the tar entries' dates, so the archives are
    compared file by file). The sitemap itself lists no page and so no date: the site has no site_url."""
    before = tree_state()
    early = members(run_release(tmp_path / "early", SOURCE_DATE_EPOCH="1700000000"))
    late = members(run_release(tmp_path / "late", SOURCE_DATE_EPOCH="1800000000"))
    skip_if_edited_during(before)
    assert early.keys() == late.keys()
    differ = {name.split("/", 1)[1] for name in early if early[name] != late[name]}
    assert {"BUILD-INFO.json", "SHA256SUMS"} <= differ
    assert differ <= {"site/sitemap.xml", "site/sitemap.xml.gz", "BUILD-INFO.json", "SHA256SUMS"}


def test_the_wheel_built_twice_from_scratch_is_the_same_file(tmp_path, monkeypatch):
    """Built with no cache, at different times and under different SOURCE_DATE_EPOCH values."""
    built = []
    for run, epoch in enumerate(("1600000000", "1900000000")):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)  # the caller's date must not reach the wheel
        hook = load_hook()
        out = tmp_path / str(run)
        out.mkdir()
        hook.build_wheel_and_lock(hook.npm_package("pyodide"), out)
        built.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert built[0].keys() == built[1].keys() and any(name.endswith(".whl") for name in built[0])
    assert built[0] == built[1]

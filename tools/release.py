"""Build the release bundle: ``dist/jointly-<version>-<commit>.tar.gz`` and its ``.sha256``.

    python tools/release.py [--out DIR]        (or: make release)

The archive holds one folder, ``jointly-<version>-<commit>/``, with ``site/`` (the site built with
``mkdocs build --strict``, plus precompressed ``.gz`` and ``.br`` copies beside each large text
file, the WebAssembly, the standard library zip and the wheel), ``deploy/`` (server configurations and notes), ``BUILD-INFO.json`` and
``SHA256SUMS``.

It is reproducible: two runs on the same commit give the same bytes. The build's date is the
commit's (``SOURCE_DATE_EPOCH``, which mkdocs uses for the sitemap); the calculator wheel is built
with fixed dates (hooks/pyodide.py); the archive lists files in sorted order with the commit's
date, owner 0 and fixed permissions; and every gzip stream has no name and a zero date. A working
tree with uncommitted changes gets ``-dirty`` after the commit in its name.

Brotli at its best level takes about half a minute for the WebAssembly alone, so each ``.br`` is
kept in ``.cache/brotli/`` by the SHA-256 of the file it compresses (brotli's output depends only on
its input and the settings, so a cached copy is the same bytes).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from datetime import datetime, timezone
from pathlib import Path

try:
    import brotli
except ModuleNotFoundError:  # a build-time dependency, pinned in requirements/toolchain.txt
    sys.exit("tools/release.py needs the brotli package: .venv/bin/pip install -r requirements/toolchain.txt")

ROOT = Path(__file__).resolve().parent.parent
#: Files worth .gz and .br copies (served by nginx's gzip_static and brotli_static and the Apache
#: rules): text, the WebAssembly, and the standard library zip and the wheel (their members are stored).
COMPRESS = {".html", ".css", ".js", ".mjs", ".json", ".map", ".svg", ".xml", ".py", ".txt", ".wasm", ".zip", ".whl"}
COMPRESS_MIN_BYTES = 1024
BROTLI_CACHE = ROOT / ".cache" / "brotli"
#: Brotli's best level, and a 16 MB window so the 9.6 MB WebAssembly is one window.
BROTLI = {"quality": 11, "lgwin": 24}


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def identity() -> dict:
    """Version (pyproject.toml), commit (12 hex digits, ``-dirty`` if the tree has changes) and its date."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    commit = git("rev-parse", "--short=12", "HEAD")
    if git("status", "--porcelain", "--untracked-files=normal"):
        commit += "-dirty"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or git("log", "-1", "--format=%ct", "HEAD"))
    pyodide = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    return {"version": version, "commit": commit, "source_date_epoch": epoch, "pyodide": pyodide}


def build_site(target: Path, epoch: int) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"mkdocs build failed:\n{done.stdout}{done.stderr}")


def gzip_bytes(data: bytes) -> bytes:
    """gzip with no file name and a zero date in the header, so the same input gives the same bytes."""
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as stream:
        stream.write(data)
    return out.getvalue()


def brotli_bytes(data: bytes) -> bytes:
    """Brotli at ``BROTLI``'s settings, from ``.cache/brotli/`` when this input was compressed before."""
    cached = BROTLI_CACHE / f"{hashlib.sha256(data).hexdigest()}-q{BROTLI['quality']}-w{BROTLI['lgwin']}.br"
    if cached.is_file():
        return cached.read_bytes()
    packed = brotli.compress(data, **BROTLI)
    BROTLI_CACHE.mkdir(parents=True, exist_ok=True)
    staging = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
    staging.write_bytes(packed)
    staging.replace(cached)  # atomic: a concurrent release reads a whole file or none
    return packed


def precompress(site: Path) -> int:
    """Write ``<file>.gz`` and ``<file>.br`` beside each large file of a ``COMPRESS`` type, each
    where it is smaller than the file; returns how many copies."""
    made = 0
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix in COMPRESS and path.stat().st_size >= COMPRESS_MIN_BYTES:
            data = path.read_bytes()
            for suffix, pack in ((".gz", gzip_bytes), (".br", brotli_bytes)):
                packed = pack(data)
                if len(packed) < len(data):
                    path.with_name(path.name + suffix).write_bytes(packed)
                    made += 1
    return made


def checksums(folder: Path) -> str:
    """``sha256sum``-format lines for every file under ``folder``, sorted by path."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def archive(folder: Path, target: Path, epoch: int) -> None:
    """A .tar.gz of ``folder`` (as its top-level folder) that depends only on the files' contents."""

    def entry(path: Path) -> tarfile.TarInfo:
        info = tarfile.TarInfo(path.relative_to(folder.parent).as_posix())
        info.mtime = epoch
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if path.is_dir():
            info.type, info.mode = tarfile.DIRTYPE, 0o755
        else:
            info.size, info.mode = path.stat().st_size, 0o644
        return info

    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in [folder, *sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())]:
            info = entry(path)
            if info.isdir():
                tar.addfile(info)
            else:
                with path.open("rb") as data:
                    tar.addfile(info, data)
    target.write_bytes(gzip_bytes(raw.getvalue()))


def release(out: Path) -> Path:
    """Build the bundle into ``out``; returns the archive's path."""
    about = identity()
    name = f"jointly-{about['version']}-{about['commit']}"
    with tempfile.TemporaryDirectory(prefix="jointly-release-") as tmp:
        bundle = Path(tmp, name)
        build_site(bundle / "site", about["source_date_epoch"])
        compressed = precompress(bundle / "site")
        shutil.copytree(ROOT / "deploy", bundle / "deploy")
        about["built_from"] = datetime.fromtimestamp(about["source_date_epoch"], timezone.utc).isoformat()
        (bundle / "BUILD-INFO.json").write_text(json.dumps(about, indent=2, sort_keys=True) + "\n")
        (bundle / "SHA256SUMS").write_text(checksums(bundle))
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{name}.tar.gz"
        archive(bundle, target, about["source_date_epoch"])
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    target.with_name(target.name + ".sha256").write_text(f"{digest}  {target.name}\n")
    files = sum(1 for line in checksums_of(target) if line)
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {files} files, "
          f"{compressed} precompressed, {target.stat().st_size / 1e6:.1f} MB, sha256 {digest}")  # fmt: skip
    return target


def checksums_of(target: Path) -> list[str]:
    with tarfile.open(target) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/SHA256SUMS"))
        return tar.extractfile(member).read().decode().splitlines()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the archive (default: dist/)")
    args = parser.parse_args(argv)
    release(args.out.resolve())


if __name__ == "__main__":
    main()

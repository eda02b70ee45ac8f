"""Fixtures for the deployment tests: the release bundle (built once by tools/release.py) and
Debian's nginx serving it with the shipped configuration.

nginx and its brotli module are installed by .ci/run (apt-get install nginx
libnginx-mod-http-brotli-static), never by a test. Where /usr/sbin/nginx or the module is missing the
tests that need them are skipped with the reason, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = Path("/usr/sbin/nginx")
#: Debian's libnginx-mod-http-brotli-static.
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
#: The line of deploy/nginx/jointly.conf that a server with the brotli module uncomments.
BROTLI_LINE = "#brotli_static on;"
sys.path.insert(0, str(ROOT / "tools"))


def run_release(out: Path, **env: str) -> Path:
    """Run the release command (as `make release` does) into ``out``; returns the archive."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "release.py"), "--out", str(out)],
        cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    (archive,) = out.glob("jointly-*.tar.gz")
    return archive


@pytest.fixture(scope="session")
def release_archive(tmp_path_factory) -> Path:
    return run_release(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def bundle(release_archive):
    """The unpacked bundle (its top folder), readable by nginx's unprivileged worker processes."""
    folder = Path(tempfile.mkdtemp(prefix="jointly-bundle-"))
    folder.chmod(0o755)
    with tarfile.open(release_archive) as tar:
        tar.extractall(folder, filter="data")
    (top,) = folder.iterdir()
    yield top
    shutil.rmtree(folder, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_config(prefix: Path, site: Path, port: int, brotli: bool = False) -> Path:
    """The shipped deploy/nginx/jointly.conf with only `listen` and `root` changed (and, with
    ``brotli``, its brotli line uncommented and the module loaded), inside a minimal main
    configuration whose every path (pid, logs, temp folders) is under ``prefix``."""
    shipped = (ROOT / "deploy" / "nginx" / "jointly.conf").read_text()
    changes = [("listen 80;", f"listen 127.0.0.1:{port};"), ("root /srv/jointly/site;", f"root {site};")]
    if brotli:
        changes.append((BROTLI_LINE, BROTLI_LINE.lstrip("#")))
    for old, new in changes:
        assert shipped.count(old) == 1, f"deploy/nginx/jointly.conf should have `{old}` once"
        shipped = shipped.replace(old, new)
    (prefix / "jointly.conf").write_text(shipped)
    temp = " ".join(f"{kind}_temp_path {prefix}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    main = prefix / "nginx.conf"
    main.write_text(
        (f"load_module {BROTLI_MODULE};\n" if brotli else "") + f"worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n"
        f"events {{ worker_connections 64; }}\n"
        f"http {{\n  access_log {prefix}/access.log;\n  sendfile on;\n  {temp}\n  include {prefix}/jointly.conf;\n}}\n"
    )
    return main


def _missing(path: Path, package: str) -> None:
    if not path.is_file():
        reason = f"{path} is missing: install Debian's {package} (apt-get install {package}; .ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def nginx(bundle, tmp_path_factory):
    """nginx with the shipped configuration (gzip) serving ``bundle/site``; yields its origin."""
    _missing(NGINX, "nginx")
    with serving(bundle / "site", tmp_path_factory.mktemp("nginx")) as origin:
        yield origin


@pytest.fixture(scope="session")
def nginx_brotli(bundle, tmp_path_factory):
    """nginx with the shipped configuration's brotli line uncommented; yields its origin."""
    _missing(NGINX, "nginx")
    _missing(BROTLI_MODULE, "libnginx-mod-http-brotli-static")
    with serving(bundle / "site", tmp_path_factory.mktemp("nginx-brotli"), brotli=True) as origin:
        yield origin


@contextlib.contextmanager
def serving(site: Path, prefix: Path, brotli: bool = False):
    """nginx on a free loopback port serving ``site`` (the benchmark uses it too): its origin;
    stopped by its PID on leaving."""
    port = free_port()
    config = nginx_config(prefix, site, port, brotli)
    command = [str(NGINX), "-p", str(prefix), "-c", str(config)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if checked.returncode:
        raise RuntimeError(f"nginx -t: {checked.stderr}")
    server = subprocess.Popen([*command, "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
    try:
        pid_file = prefix / "nginx.pid"
        for _ in range(400):  # until it has written its PID and accepts connections (readiness, not a timed check)
            if server.poll() is not None:
                raise RuntimeError(f"nginx exited: {server.stderr.read()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                if pid_file.is_file() and pid_file.read_text().strip():
                    break
            except OSError:
                pass
            time.sleep(0.05)
        assert int(pid_file.read_text()) == server.pid
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(server.pid, signal.SIGQUIT)  # graceful stop of the master, by its PID
        server.wait(timeout=60)
        errors = (prefix / "error.log").read_text() if (prefix / "error.log").exists() else ""
        print(f"nginx error log:\n{errors}")

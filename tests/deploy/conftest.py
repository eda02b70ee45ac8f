"""Fixtures for the deployment tests: the release bundle (built once by tools/release.py) and
Debian's nginx serving it with the shipped configuration.

nginx is installed by .ci/run (apt-get install nginx), never by a test. Where /usr/sbin/nginx is
missing the nginx tests are skipped with the reason, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

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


def nginx_config(prefix: Path, site: Path, port: int) -> Path:
    """The shipped deploy/nginx/jointly.conf with only `listen` and `root` changed, inside a minimal
    main configuration whose every path (pid, logs, temp folders) is under ``prefix``."""
    shipped = (ROOT / "deploy" / "nginx" / "jointly.conf").read_text()
    for old, new in (("listen 80;", f"listen 127.0.0.1:{port};"), ("root /srv/jointly/site;", f"root {site};")):
        assert shipped.count(old) == 1, f"deploy/nginx/jointly.conf should have `{old}` once"
        shipped = shipped.replace(old, new)
    (prefix / "jointly.conf").write_text(shipped)
    temp = " ".join(f"{kind}_temp_path {prefix}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    main = prefix / "nginx.conf"
    main.write_text(
        f"worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n"
        f"events {{ worker_connections 64; }}\n"
        f"http {{\n  access_log {prefix}/access.log;\n  sendfile on;\n  {temp}\n  include {prefix}/jointly.conf;\n}}\n"
    )
    return main


@pytest.fixture(scope="session")
def nginx(bundle, tmp_path_factory):
    """Start nginx on a free loopback port serving ``bundle/site``; yields its origin; stops it by PID."""
    if not NGINX.is_file():
        reason = f"{NGINX} is missing: install Debian's nginx (apt-get install nginx; .ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    config = nginx_config(prefix, bundle / "site", port)
    command = [str(NGINX), "-p", str(prefix), "-c", str(config)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    server = subprocess.Popen([*command, "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
    try:
        pid_file = prefix / "nginx.pid"
        for _ in range(400):  # until it has written its PID and accepts connections (readiness, not a timed check)
            if server.poll() is not None:
                pytest.fail(f"nginx exited: {server.stderr.read()}")
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

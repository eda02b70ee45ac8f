"""Jointly's benchmark (issue 6): ``make bench``, or ``.venv/bin/python bench/run.py``.

It builds the site with ``mkdocs build --strict`` into a temporary folder, adds the "usual
way" baseline page (``bench/baseline/``) with Pyodide's stock standard library and lock file to
that copy only, serves it on 127.0.0.1, drives Debian's Chromium through Playwright, runs
each measurement several times, prints a table (min, median, max) with PASS/MISS for each
target, and writes ``bench/results/<date-time>.json`` and ``bench/results/latest.json``.

The slow-link run (issue 15) precompresses that copy as the release does (``tools/release.py``),
serves it with Debian's nginx and the shipped configuration (``tests/deploy/conftest.py``), once
with gzip only and once with brotli where nginx's brotli module is installed, and visits the
checker and the usual way cold (a new profile each time, interleaved) through Chromium's network
emulation: 4 Mbit/s down, 1 Mbit/s up, 100 ms round trip. Bytes on the wire are the body bytes
nginx logged for each request.

Nothing here asserts: a missed target is reported, not raised. The bench fails (exit 1)
only when it cannot measure, e.g. when no result ever appears on the checker page: it
never reports a number it did not measure.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
sys.path.insert(0, str(ROOT / "tests" / "browser"))
sys.path.insert(0, str(ROOT / "tests" / "deploy"))
sys.path.insert(0, str(ROOT / "tools"))
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (one launch recipe for tests and bench)

# --- What "first result on screen" means: written here once --------------------------------
#: The checker's result elements (issue 4's test hooks); the baseline page renders one too.
RESULT_SELECTOR = "[data-relief][data-verdict]"
#: Until the full checker lands: the phase-1 page's round trip (fill a date, read the deadline).
FALLBACK = {
    "input": "#checker-date",
    "button": "#checker-form button[type=submit]",
    "result": "#checker-result time",
    "value": "2022-04-15",
}
#: Any element in an error state stops the measurement (reported as a failure, not a time).
ERROR_SELECTOR = '[data-state="error"]'
#: The facts of the deep link (`#facts=`), the same for the checker and the baseline.
FACTS_FILE = ROOT / "tests" / "examples" / "abuse-underpayment-levy.json"
#: Where the checker page exposes its own round-trip time, once it does (issue 4's page).
ROUNDTRIP_ATTRIBUTE = "data-last-roundtrip-ms"

START_TIMEOUT_MS = 180_000
#: The slow link (issue 15), as Chromium's network emulation takes it: bytes per second, ms.
SLOW_LINK = {"offline": False, "latency": 100, "downloadThroughput": 4_000_000 / 8, "uploadThroughput": 1_000_000 / 8}

TARGETS = {
    "guide_bytes_kb": 400,  # at most, before compression
    "slow_cold_ratio": 0.6,  # issue 15: checker ready cold on the slow link, against the usual way
    "slow_gzip_mb": 5,  # bytes on the wire, a cold checker visit, gzip server
    "slow_brotli_mb": 4,  # the same, brotli server
    "cold_ratio": 0.6,
    "warm_ratio": 0.35,
    "warm_ms": 1000,  # "about a second or less"
    "roundtrip_ms": 50,
    "batch_cases_per_s": 10_000,
}


class BenchFailure(RuntimeError):
    """The bench could not measure something it must report."""


# --- Figures: min, median, max -----------------------------------------------------------


def stats(samples: list[float]) -> dict:
    samples = [s for s in samples if s is not None]
    if not samples:
        return {"n": 0}
    return {"n": len(samples), "min": min(samples), "median": statistics.median(samples), "max": max(samples), "samples": samples}


# --- The machine ---------------------------------------------------------------------------


def machine(chromium_version: str, rev: str | None = None) -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    describe = ["git", "describe", "--always", rev] if rev else ["git", "describe", "--always", "--dirty"]
    git = subprocess.run(describe, cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "chromium": chromium_version,
        "pyodide": json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"],
        "git": git,
        "load_average_at_start": os.getloadavg(),
    }


# --- Build ---------------------------------------------------------------------------------


def source_tree(rev: str | None, tmp: Path) -> Path:
    """The tree to build: the working tree, or a clean export of a git revision (so other
    people's uncommitted edits in a shared working tree cannot break or skew the bench)."""
    if not rev:
        return ROOT
    tree = tmp / "tree"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (tree / "node_modules").symlink_to(ROOT / "node_modules")
    if (ROOT / ".cache" / "pyodide-site").is_dir():  # the hook rebuilds it if its inputs differ
        shutil.copytree(ROOT / ".cache" / "pyodide-site", tree / ".cache" / "pyodide-site")
    return tree


def build_site(runs: int, keep: Path, tree: Path = ROOT) -> dict:
    """``mkdocs build --strict``, ``runs`` times; the last build goes to ``keep``."""
    times = []
    for i in range(runs):
        out = keep if i == runs - 1 else Path(tempfile.mkdtemp(prefix="jointly-bench-build-"))
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
            cwd=tree, capture_output=True, text=True,
        )  # fmt: skip
        times.append((time.perf_counter() - start) * 1000)
        if done.returncode:
            raise BenchFailure(f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}")
        if out != keep:
            shutil.rmtree(out, ignore_errors=True)
    return {"unit": "ms", **stats(times), "note": "wheel and lock file cached in .cache/pyodide-site/ after the first build"}


def add_bench_files(site: Path) -> None:
    """The baseline page, and the stock standard library and lock file it loads (Pyodide's, with the
    calculator wheel added), into the served copy only (never site/)."""
    shutil.copytree(BENCH / "baseline", site / "_bench" / "baseline")
    files = site / "_bench" / "files"
    files.mkdir(parents=True)
    stock = ROOT / "node_modules" / "pyodide"
    shutil.copy2(stock / "python_stdlib.zip", files)
    lock = json.loads((stock / "pyodide-lock.json").read_text())
    lock["packages"]["calculator"] = json.loads((site / "pyodide" / "pyodide-lock.json").read_text())["packages"]["calculator"]
    (files / "pyodide-lock.json").write_text(json.dumps(lock))


# --- Server --------------------------------------------------------------------------------


class Handler(SimpleHTTPRequestHandler):
    """Static files with the types a module worker and WebAssembly need; logs what it serves."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def log_request(self, code="-", size="-"):
        self.server.served.append((urlsplit(self.path).path, int(getattr(code, "value", code))))

    def log_message(self, format, *args):
        pass


class Server:
    def __init__(self, site: Path):
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
        self.httpd.served = []
        self.origin = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def served(self) -> list[tuple[str, int]]:
        return self.httpd.served

    def mark(self) -> int:
        return len(self.served)

    def transferred(self, mark: int) -> dict:
        return transferred(self, self.served[mark:])

    def file(self, path: str) -> Path:
        local = self.site / unquote(path).lstrip("/")
        return local / "index.html" if local.is_dir() else local

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@functools.lru_cache(maxsize=None)
def _sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


def transferred(server: Server, served: list[tuple[str, int]]) -> dict:
    """Bytes of the bodies the server sent with 200, raw and gzip -6 (what a gzip server would send)."""
    files, raw, packed, not_modified = [], 0, 0, 0
    for path, code in served:
        if code == 304:
            not_modified += 1
        if code != 200:
            continue
        size, gz = _sizes(server.file(path))
        raw, packed = raw + size, packed + gz
        files.append({"path": path, "bytes": size, "gzip": gz})
    revalidated = [path for path, code in served if code == 304]
    return {"requests": len(served), "200": len(files), "304": not_modified, "bytes": raw, "gzip_bytes": packed, "files": files, "revalidated": revalidated}


# --- Browser visits ------------------------------------------------------------------------

PROBE = (BENCH / "probe.js").read_text().replace(
    "__BENCH_CONFIG__", json.dumps({"result": RESULT_SELECTOR, "fallback": FALLBACK, "error": ERROR_SELECTOR})
)

READ_PAGE = """() => ({
  result: __bench.result, error: __bench.error, messages: __bench.messages,
  workers: __bench.workers.map((w) => ({url: w.url, t: w.t})),
  origin: performance.timeOrigin,
  marks: Object.fromEntries(performance.getEntriesByType("mark")
    .filter((m) => m.name.startsWith("bench:")).map((m) => [m.name.slice(6), m.startTime])),
  resources: performance.getEntriesByType("resource").map((r) => ({
    name: r.name, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, body: r.encodedBodySize})),
  status: document.querySelector("#checker-status, #status")?.textContent?.trim() ?? null,
})"""


def launch(playwright, user_data_dir: Path):
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )


def visit(playwright, server, user_data_dir: Path, url: str, label: str, link: dict | None = None) -> dict:
    """One visit in a (new or reused) on-disk profile: navigation to the first result on screen.
    ``server`` is the Python ``Server`` or an ``Nginx``; ``link`` is a network emulation (CDP)."""
    context = launch(playwright, user_data_dir)
    try:
        context.add_init_script(PROBE)
        requests = []
        context.on("request", lambda request: requests.append((request, time.time() * 1000)))
        page = context.pages[0] if context.pages else context.new_page()
        if link:
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", link)
        first = server.mark()
        page.goto(url, wait_until="commit")
        try:
            page.wait_for_function(
                "() => window.__bench && (window.__bench.error || (window.__bench.result && window.__bench.result.t_frame !== null))",
                timeout=START_TIMEOUT_MS, polling=50,
            )  # fmt: skip
        except Exception as error:  # Playwright's TimeoutError
            status = page.evaluate("() => document.querySelector('#checker-status, #status')?.textContent ?? null")
            raise BenchFailure(
                f"{label}: neither {RESULT_SELECTOR!r} nor the fallback {FALLBACK['result']!r} appeared on {url} "
                f"within {START_TIMEOUT_MS / 1000:.0f} s (status: {status!r}): {error}"
            ) from None
        seen = page.evaluate(READ_PAGE)
        if seen["error"]:
            raise BenchFailure(f"{label}: the page reported an error on {url}: {seen['error']}")
        page.wait_for_timeout(200)  # let late requests (search index, source maps) reach the log
        seen["requests"] = _timeline(requests, seen["origin"])
        seen["served"] = server.transferred(first)
        seen["ms"] = seen["result"]["t_frame"]
        return seen
    finally:
        context.close()


def _timeline(requests, origin: float) -> list[dict]:
    out = []
    for request, seen_at in requests:
        timing = request.timing
        start = timing.get("startTime", -1)
        end = timing.get("responseEnd", -1)
        start = start if start and start > 0 else seen_at
        out.append({
            "url": request.url,
            "start": round(start - origin, 1),
            "end": round(start + end - origin, 1) if end is not None and end >= 0 else None,
        })  # fmt: skip
    return out


def _request(seen: dict, suffix: str, which: str = "start"):
    for r in seen["requests"]:
        if urlsplit(r["url"]).path.endswith(suffix) and r.get(which) is not None:
            return r[which]
    return None


def checker_phases(seen: dict) -> dict:
    """The checker's phases as seen from outside (ms): the request timeline and the worker's
    own start-up messages ({status: "progress"} when loadPyodide resolves, then "ready")."""
    worker = _request(seen, "/assets/checker/worker.js")
    ends = [_request(seen, f"/pyodide/{n}", "end") for n in ("pyodide.asm.wasm", "python_stdlib.cut.zip")]
    runtime_end = max(ends) if all(v is not None for v in ends) else None
    messages = seen.get("messages") or []
    ready = next((m["t"] for m in messages if m["data"].get("status") == "ready"), None)
    progress = [m["t"] for m in messages if m["data"].get("status") == "progress" and (ready is None or m["t"] <= ready)]
    loaded = progress[-1] if len(progress) > 1 else None  # the worker reports after loadPyodide
    phases = {
        "page_to_worker": worker,
        "runtime_download": _minus(runtime_end, worker),
        "compile_and_interpreter_start": _minus(loaded, runtime_end),
        "bridge_and_import": _minus(ready, loaded),
        "first_call_and_render": _minus(seen["ms"], ready),
    }
    if messages:
        phases["worker_messages"] = [{"t": round(m["t"], 1), **m["data"]} for m in messages]
    return phases


def baseline_phases(seen: dict) -> dict:
    """The baseline's phases from its performance marks (ms)."""
    m = seen["marks"]
    wasm_start = next((v for k, v in m.items() if k.startswith("wasm-") and k.endswith("-start")), None)
    stdlib_end = next((r["end"] for r in seen["resources"] if "python_stdlib" in r["name"]), None)
    wasm_end = next((r["end"] for r in seen["resources"] if r["name"].endswith(".wasm")), None)
    return {
        "page_to_script": m.get("start"),
        "pyodide_mjs": _minus(m.get("pyodide-mjs"), m.get("start")),
        "wasm_download": _minus(wasm_end, wasm_start),
        "wasm_compile_total": _minus(m.get("wasm-compiled"), wasm_start),
        "stdlib_download_end": stdlib_end,
        "interpreter_start": _minus(m.get("interpreter-ready"), m.get("wasm-compiled")),
        "package_load": _minus(m.get("package-loaded"), m.get("interpreter-ready")),
        "import_calculator": _minus(m.get("imported"), m.get("package-loaded")),
        "first_call": _minus(m.get("first-call"), m.get("imported")),
        "render": _minus(m.get("rendered"), m.get("first-call")),
    }


def _minus(a, b):
    return None if a is None or b is None else round(a - b, 1)


def cold_and_warm(playwright, server: Server, pages: list[tuple[str, str, object]], runs: int) -> dict:
    """Each page's cold and warm visits, the pages interleaved in every run so that a change
    in the machine's load during the run falls on all of them alike. ``pages`` holds
    (label, url, phases); an experiment's failure is recorded, a headline page's is raised."""
    visits = {label: {"cold": [], "warm": []} for label, _, _ in pages}
    failed: dict[str, str] = {}
    for i in range(runs):
        for label, url, _ in pages:
            if label in failed:
                continue
            try:
                with tempfile.TemporaryDirectory(prefix="jointly-bench-profile-") as profile:
                    first = visit(playwright, server, Path(profile), url, f"{label} cold #{i + 1}")
                    second = visit(playwright, server, Path(profile), url, f"{label} warm #{i + 1}")
            except BenchFailure as error:
                if not label.startswith("usual:"):
                    raise
                failed[label] = str(error)
                print(f"  {label:<24} failed: {str(error)[-160:]}", flush=True)
                continue
            visits[label]["cold"].append(first)
            visits[label]["warm"].append(second)
            print(f"  {label:<24} run {i + 1}: cold {first['ms']:7.0f} ms   warm {second['ms']:7.0f} ms", flush=True)
    out = {}
    for label, _, phases in pages:
        if label in failed:
            out[label] = {"error": failed[label]}
        else:
            out[label] = {k: _summary(v, phases) for k, v in visits[label].items()}
    return out


def _summary(visits: list[dict], phases) -> dict:
    per_phase = [phases(v) for v in visits]
    names = [k for k in per_phase[0] if k != "worker_messages"]
    return {
        "ms": stats([v["ms"] for v in visits]),
        "mode": sorted({v["result"]["mode"] for v in visits}),
        "phases_ms": {name: stats([p.get(name) for p in per_phase]) for name in names},
        "worker_messages": per_phase[0].get("worker_messages"),
        "served": {k: visits[0]["served"][k] for k in ("requests", "200", "304", "bytes", "gzip_bytes")},
        "served_files": visits[0]["served"]["files"],
        "revalidated": visits[0]["served"]["revalidated"],
    }


# --- Guide pages ---------------------------------------------------------------------------


def guide_pages(playwright, server: Server) -> dict:
    """Every page but the checker, each with an empty cache: bytes and any Pyodide request."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    pages = sorted(
        p.relative_to(server.site).as_posix()
        for p in server.site.rglob("*.html")
        if not p.relative_to(server.site).as_posix().startswith("_bench/") and p.name not in ("checker.html", "404.html")
    )
    rows = []
    try:
        for path in pages:
            context = browser.new_context()
            urls = []
            context.on("request", lambda request: urls.append(request.url))
            page = context.new_page()
            first = server.mark()
            page.goto(f"{server.origin}/{path}", wait_until="networkidle")
            page.wait_for_timeout(300)
            served = server.transferred(first)
            pyodide = [u for u in urls if "/pyodide/" in urlsplit(u).path or "pyodide" in urlsplit(u).path.rsplit("/", 1)[-1]]
            rows.append({"page": path, "bytes": served["bytes"], "gzip_bytes": served["gzip_bytes"], "requests": len(urls),
                         "pyodide_requests": pyodide, "files": served["files"]})
            context.close()
    finally:
        browser.close()
    heaviest = max(rows, key=lambda r: r["bytes"])
    return {
        "pages": len(rows),
        "heaviest": heaviest,
        "bytes": stats([r["bytes"] for r in rows]),
        "gzip_bytes": stats([r["gzip_bytes"] for r in rows]),
        "any_pyodide_request": any(r["pyodide_requests"] for r in rows),
        "rows": rows,
    }


# --- The slow link (issue 15): the release's files behind nginx, cold visits -----------------------

#: A request in nginx's default ("combined") access log: path, status, body bytes sent.
LOG_LINE = re.compile(r'"GET (\S+) HTTP/[\d.]+" (\d{3}) (\d+)')


class Nginx:
    """One nginx (tests/deploy/conftest.py's ``serving``): its origin, and the body bytes it logged."""

    def __init__(self, origin: str, log: Path):
        self.origin, self.log = origin, log

    def mark(self) -> int:
        return self.log.stat().st_size if self.log.exists() else 0

    def transferred(self, mark: int) -> dict:
        with self.log.open("rb") as log:
            log.seek(mark)
            lines = log.read().decode()
        files = [{"path": urlsplit(m[1]).path, "status": int(m[2]), "bytes": int(m[3])} for m in LOG_LINE.finditer(lines)]
        return {"requests": len(files), "wire_bytes": sum(f["bytes"] for f in files), "files": files}


def slow_link(playwright, site: Path, runs: int, fragment: str) -> dict:
    """Cold visits to the checker and the usual way on ``SLOW_LINK``, behind nginx with gzip and (where
    its module is installed) brotli, all interleaved in each run; medians, and bytes per file."""
    from conftest import BROTLI_MODULE, NGINX, serving  # tests/deploy: the shipped configuration
    from release import precompress

    if not NGINX.is_file():
        raise BenchFailure(f"the slow-link run needs Debian's nginx ({NGINX}): apt-get install nginx")
    precompress(site)  # the release's .gz and .br copies
    for folder in (site.parent, *(p for p in site.rglob("*") if p.is_dir())):
        folder.chmod(0o755)  # nginx's workers run as nobody
    encodings = ["gzip"] + (["brotli"] if BROTLI_MODULE.is_file() else [])
    pages = [(page, encoding) for encoding in encodings for page in ("checker", "usual")]
    paths = {"checker": "/checker.html", "usual": "/_bench/baseline/index.html"}
    phases = {"checker": checker_phases, "usual": baseline_phases}
    visits: dict = {pair: [] for pair in pages}
    with contextlib.ExitStack() as stack:
        servers = {}
        for encoding in encodings:
            prefix = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"jointly-bench-nginx-{encoding}-")))
            origin = stack.enter_context(serving(site, prefix, brotli=encoding == "brotli"))
            servers[encoding] = Nginx(origin, prefix / "access.log")
        for i in range(runs):
            for page, encoding in pages:
                server = servers[encoding]
                with tempfile.TemporaryDirectory(prefix="jointly-bench-profile-") as profile:
                    seen = visit(playwright, server, Path(profile), f"{server.origin}{paths[page]}{fragment}",
                                 f"{page} slow {encoding} #{i + 1}", SLOW_LINK)  # fmt: skip
                visits[(page, encoding)].append(seen)
                print(f"  {page:<8} {encoding:<7} slow run {i + 1}: cold {seen['ms']:7.0f} ms  "
                      f"{seen['served']['wire_bytes'] / 1e6:5.2f} MB on the wire", flush=True)  # fmt: skip
    out = {"link": SLOW_LINK, "server": "Debian's nginx, deploy/nginx/jointly.conf", "encodings": encodings}
    for (page, encoding), seen in visits.items():
        per_phase = [phases[page](v) for v in seen]
        out[f"{page} {encoding}"] = {
            "ms": stats([v["ms"] for v in seen]),
            "wire_bytes": stats([v["served"]["wire_bytes"] for v in seen]),
            "phases_ms": {k: stats([p.get(k) for p in per_phase]) for k in per_phase[0] if k != "worker_messages"},
            "worker_messages": per_phase[0].get("worker_messages"),
            "files": seen[0]["served"]["files"],
        }
    return out


def slow_table(slow: dict) -> str:
    """The slow-link figures against issue 15's targets."""
    lines = ["| Slow link, cold (4 Mbit/s down, 1 up, 100 ms) | min | median | max | vs. | Target | |",
             "| --- | ---: | ---: | ---: | --- | --- | --- |"]  # fmt: skip
    for encoding in slow["encodings"]:
        checker, usual = slow[f"checker {encoding}"], slow[f"usual {encoding}"]
        ratio = checker["ms"]["median"] / usual["ms"]["median"]
        limit = TARGETS["slow_gzip_mb"] if encoding == "gzip" else TARGETS["slow_brotli_mb"]
        mb = checker["wire_bytes"]["median"] / 1e6
        lines += [
            f"| Checker ready, {encoding} server (ms) | {' | '.join(_fmt(checker['ms']))} | {ratio:.2f}× usual | "
            f"≤ {TARGETS['slow_cold_ratio']}× usual | {_verdict(ratio <= TARGETS['slow_cold_ratio'])} |",
            f"| Usual way, {encoding} server (ms) | {' | '.join(_fmt(usual['ms']))} | 1.00 | baseline |  |",
            f"| Checker, bytes on the wire, {encoding} (MB) | {' | '.join(_fmt(checker['wire_bytes'], 1e-6, 2))} | "
            f"usual way {usual['wire_bytes']['median'] / 1e6:.2f} MB | ≤ {limit} MB | {_verdict(mb <= limit)} |",
        ]
    files = ["", "| Bytes on the wire, first cold visit (KB) |" + "".join(f" {k} |" for k in slow if " " in k),
             "| --- |" + " ---: |" * sum(" " in k for k in slow)]  # fmt: skip
    names = sorted({f["path"] for k, v in slow.items() if " " in k for f in v["files"]})
    for name in names:
        row = f"| {name} |"
        for k, v in slow.items():
            if " " in k:
                sent = sum(f["bytes"] for f in v["files"] if f["path"] == name)
                row += f" {sent / 1000:,.1f} |" if any(f["path"] == name for f in v["files"]) else " – |"
        files.append(row)
    phase = ["", "| Phase, slow link (median ms) |" + "".join(f" {k} |" for k in slow if " " in k),
             "| --- |" + " ---: |" * sum(" " in k for k in slow)]  # fmt: skip
    for page in ("checker", "usual"):
        for name in slow[f"{page} gzip"]["phases_ms"]:
            row = f"| {page}: {name} |"
            for k, v in slow.items():
                if " " in k:
                    row += f" {_median(v['phases_ms'][name])} |" if k.startswith(page) else " |"
            phase.append(row)
    return "\n".join(lines + files + phase)


# --- Round trip after a changed answer ------------------------------------------------------

UI_ROUNDTRIP = """async (day) => {
  const result = document.querySelector(%(result)s);
  const before = result.querySelector("time")?.dateTime ?? null;
  const input = document.querySelector(%(input)s);
  const button = document.querySelector(%(button)s);
  const t0 = performance.now();
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const time = result.querySelector("time");
      if (time && time.dateTime !== before) { observer.disconnect(); resolve(); }
    });
    observer.observe(result, {subtree: true, childList: true, attributes: true});
  });
  input.value = day;
  button.click();
  await changed;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - t0;
}"""

WORKER_ROUNDTRIP = """async ([call, args]) => {
  const entry = __bench.workers.find((w) => w.url.includes("/assets/checker/worker.js"));
  if (!entry) return {error: "no checker worker"};
  const id = "bench-" + Math.random();
  const t0 = performance.now();
  const answer = await new Promise((resolve) => {
    const listen = ({data}) => {
      if (data && data.id === id) { entry.worker.removeEventListener("message", listen); resolve(data); }
    };
    entry.worker.addEventListener("message", listen);
    entry.worker.postMessage({id, call, args});
  });
  return {ms: performance.now() - t0, error: answer.error ?? null};
}"""

HASH_ROUNDTRIP = """async ([hash, attribute, selector]) => {
  // A new #facts= link is a changed answer the page handles (hashchange); the time runs to
  // the first change of the result elements, then the next frame.
  const old = document.querySelector(selector);
  const before = document.querySelector(`[${attribute}]`)?.getAttribute(attribute) ?? null;
  const t0 = performance.now();
  const rendered = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = document.querySelector(selector);
      if (now && (now !== old || !old.isConnected)) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(document.body, {subtree: true, childList: true});
    setTimeout(() => { observer.disconnect(); resolve(null); }, 10000);
  });
  location.hash = hash;
  const t1 = await rendered;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const after = document.querySelector(`[${attribute}]`)?.getAttribute(attribute) ?? null;
  return {outside: t1 === null ? null : performance.now() - t0, reported: after !== null && after !== before ? Number(after) : null};
}"""


def _day(i: int) -> str:
    from datetime import date, timedelta

    return (date(2022, 4, 15) + timedelta(days=i)).isoformat()


def roundtrip(playwright, server: Server, url: str, facts: dict, changes: int) -> dict:
    """Changed answers once the checker is ready: the page's own figure if it reports one,
    else the UI round trip (event, worker, render), and the bare worker round trip."""
    from native import cases  # deterministic variations of the example facts

    with tempfile.TemporaryDirectory(prefix="jointly-bench-profile-") as profile:
        context = launch(playwright, Path(profile))
        try:
            context.add_init_script(PROBE)
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(url, wait_until="commit")
            page.wait_for_function("() => window.__bench && (window.__bench.error || window.__bench.result)", timeout=START_TIMEOUT_MS)
            seen = page.evaluate(READ_PAGE)
            if seen["error"]:
                raise BenchFailure(f"round trip: the checker reported an error: {seen['error']}")
            out: dict = {"mode": seen["result"]["mode"]}
            variants = [f for f in cases(changes + 5)[5:]]
            if seen["result"]["mode"] == "result":
                reported, outside = [], []
                for f in variants:
                    r = page.evaluate(HASH_ROUNDTRIP, ["#facts=" + quote(json.dumps(f)), ROUNDTRIP_ATTRIBUTE, RESULT_SELECTOR])
                    reported.append(r["reported"])
                    outside.append(r["outside"] if r["reported"] is not None else None)
                if any(v is not None for v in reported):
                    out["page_reported"] = {"unit": "ms", "how": f"the page's {ROUNDTRIP_ATTRIBUTE}", **stats(reported)}
                if any(v is not None for v in outside):
                    out["ui"] = {"unit": "ms", "how": "new #facts= link to new results on screen (next frame)", **stats(outside)}
                else:
                    raise BenchFailure("round trip: the results never changed after a new #facts= link")
            else:
                samples = [page.evaluate(UI_ROUNDTRIP % {k: json.dumps(v) for k, v in {**FALLBACK, "result": "#checker-result"}.items()}, _day(i + 1)) for i in range(changes)]
                out["ui"] = {"unit": "ms", "how": "phase-1 form: click to the new deadline on screen (next frame)", **stats(samples)}
            # The bare worker round trip: postMessage to the answer, with the whole assessment if
            # the worker has such a call, else the phase-1 call.
            for call, make_args in (("screen", lambda i: [variants[i]]), ("check", lambda i: [variants[i]]), ("assess", lambda i: [variants[i]]), ("next_business_day", lambda i: [_day(i)])):
                first = page.evaluate(WORKER_ROUNDTRIP, [call, make_args(0)])
                if first.get("error") is None:
                    samples = [page.evaluate(WORKER_ROUNDTRIP, [call, make_args(i)])["ms"] for i in range(changes)]
                    out["worker"] = {"unit": "ms", "call": call, "how": "postMessage to the answer", **stats(samples)}
                    break
            return out
        finally:
            context.close()


def case_roundtrip(playwright, server, runs: int, changes: int) -> dict:
    """Issue 12: a change to one year of a three-year case (bench/case_roundtrip.py), ``runs`` page loads."""
    from case_roundtrip import DOCUMENTS, measure

    page, screen = [], []
    for _ in range(runs):
        reported, _worker, drawn = measure(playwright, server.origin, DOCUMENTS["three years"], changes)
        page += reported
        screen += drawn
    return {"page_reported": {"unit": "ms", **stats(page)}, "to_screen": {"unit": "ms", **stats(screen)}}


# --- Native ----------------------------------------------------------------------------------


def native(cases: int, repeat: int) -> dict:
    done = subprocess.run(
        [sys.executable, str(BENCH / "native.py"), "--cases", str(cases), "--repeat", str(repeat)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        raise BenchFailure(f"bench/native.py failed:\n{done.stderr}")
    return json.loads(done.stdout)


# --- Report ------------------------------------------------------------------------------------


def _fmt(s: dict, scale: float = 1, digits: int = 0) -> list[str]:
    if not s or not s.get("n"):
        return ["–", "–", "–"]
    return [f"{s[k] * scale:,.{digits}f}" for k in ("min", "median", "max")]


def _verdict(ok) -> str:
    return "–" if ok is None else ("PASS" if ok else "MISS")


def table(report: dict) -> str:
    m, r = report["machine"], report
    checker, usual = r["checker"], r["usual"]
    cold_ratio = checker["cold"]["ms"]["median"] / usual["cold"]["ms"]["median"]
    warm_ratio = checker["warm"]["ms"]["median"] / usual["warm"]["ms"]["median"]
    guides, nat = r["guides"], r["native"]
    rt = r["roundtrip"].get("page_reported") or r["roundtrip"].get("ui") or r["roundtrip"].get("worker")
    batch = stats(nat["batch"]["samples"])
    in_process = stats(nat["in_process"]["samples"])
    heaviest_kb = guides["heaviest"]["bytes"] / 1000
    rows = [
        ("Checker ready, cold (ms)", _fmt(checker["cold"]["ms"]), f"{cold_ratio:.2f}× usual", _verdict(cold_ratio <= TARGETS["cold_ratio"]), "≤ 0.6× usual"),
        ("Checker ready, warm (ms)", _fmt(checker["warm"]["ms"]), f"{warm_ratio:.2f}× usual",
         _verdict(warm_ratio <= TARGETS["warm_ratio"] and checker["warm"]["ms"]["median"] <= TARGETS["warm_ms"] * 1.1), "≤ 0.35× usual, ≈ ≤ 1 s"),
        ("Usual way, cold (ms)", _fmt(usual["cold"]["ms"]), "1.00", "", "baseline"),
        ("Usual way, warm (ms)", _fmt(usual["warm"]["ms"]), "1.00", "", "baseline"),
        ("Round trip after a change (ms)", _fmt(rt, digits=1), rt.get("how", "") if rt else "", _verdict(rt["median"] < TARGETS["roundtrip_ms"]) if rt else "MISS", "< 50 ms"),
        ("Guide page, heaviest (KB raw / gzip)", ["", f"{heaviest_kb:,.0f} / {guides['heaviest']['gzip_bytes'] / 1000:,.0f}", ""],
         f"{guides['pages']} pages, Pyodide requested: {'yes' if guides['any_pyodide_request'] else 'no'}",
         _verdict(heaviest_kb <= TARGETS["guide_bytes_kb"] and not guides["any_pyodide_request"]), "≤ 400 KB, no Pyodide"),
        ("Checker page, cold (KB raw / gzip)", ["", f"{checker['cold']['served']['bytes'] / 1000:,.0f} / {checker['cold']['served']['gzip_bytes'] / 1000:,.0f}", ""], "", "", ""),
        ("assess natively (µs per call)", _fmt(stats(nat["per_call"]["samples"])), f"{nat['cases']} cases", "", ""),
        ("Throughput in-process (cases/s, 1 core)", _fmt(in_process), "wall clock", _verdict(in_process["median"] >= TARGETS["batch_cases_per_s"]), "≥ 10,000"),
        ("Throughput in-process, CPU time (cases/s)", _fmt(stats(nat["in_process_cpu"]["samples"])), "shared machine: CPU time", "", ""),
        ("`python -m calculator batch` (cases/s, 1 core)", _fmt(batch), "incl. start-up, JSON", _verdict(batch["median"] >= TARGETS["batch_cases_per_s"]), "≥ 10,000"),
        ("Site build, `mkdocs build --strict` (ms)", _fmt(r["build"]), "", "", ""),
    ]
    if "case_roundtrip" in r:  # issue 12: the round trip of a three-year case
        case = r["case_roundtrip"]
        rows.append(("Round trip after a change, three-year case (ms)", _fmt(case["page_reported"], digits=1), f"the page's {ROUNDTRIP_ATTRIBUTE}",
                     _verdict(case["page_reported"]["median"] < TARGETS["roundtrip_ms"]), "< 50 ms"))  # fmt: skip
        rows.append(("The same, click to the results painted (ms)", _fmt(case["to_screen"], digits=1), "input event to the next frame", "", ""))
    if "five_years" in nat:  # issue 12: a five-year case costs no more than five one-year checks
        five = nat["five_years"]
        rows.append(("Five-year case vs five one-year checks (µs CPU)", _fmt(stats(five["case_samples"])),
                     f"{five['ratio']:.2f}× five checks ({five['cases']} cases)", _verdict(five["ratio"] <= 1.0), "≤ 1× five checks"))  # fmt: skip
    head = (
        f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['chromium']}, "
        f"Pyodide {m['pyodide']}, Python {m['python']}; {r['runs']} runs each, {r.get('slow_runs', 0)} on the slow link "
        f"(commit {m['git']}); load average {_load(m.get('load_average_at_start'))} at the start, "
        f"{_load(r.get('load_average_at_end'))} at the end.\n\n"
    )
    lines = ["| Figure | min | median | max | vs. | Target | |", "| --- | ---: | ---: | ---: | --- | --- | --- |"]
    for name, (lo, mid, hi), versus, verdict, target in rows:
        lines.append(f"| {name} | {lo} | {mid} | {hi} | {versus} | {target} | {verdict} |")
    return head + "\n".join(lines)


def _load(averages) -> str:
    return " / ".join(f"{a:.1f}" for a in averages) if averages else "–"


def _median(s: dict) -> str:
    return f"{s['median']:,.0f}" if s.get("n") else "–"


def phase_table(report: dict) -> str:
    lines = ["| Phase (median ms) | checker cold | checker warm |", "| --- | ---: | ---: |"]
    for name, cold in report["checker"]["cold"]["phases_ms"].items():
        warm = report["checker"]["warm"]["phases_ms"][name]
        lines.append(f"| {name} | {_median(cold)} | {_median(warm)} |")
    lines += ["", "| Phase (median ms) | usual cold | usual warm |", "| --- | ---: | ---: |"]
    for name, cold in report["usual"]["cold"]["phases_ms"].items():
        lines.append(f"| {name} | {_median(cold)} | {_median(report['usual']['warm']['phases_ms'][name])} |")
    return "\n".join(lines)


# --- Main ----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="cold+warm pairs per page (default 5)")
    parser.add_argument("--changes", type=int, default=25, help="answer changes for the round trip (default 25)")
    parser.add_argument("--cases", type=int, default=3000, help="fact sets for the native figures (default 3000)")
    parser.add_argument("--tree", metavar="REV", help="build a clean export of this git revision (default: the working tree)")
    parser.add_argument("--slow-runs", type=int, default=3, help="cold visits per page and server on the slow link (default 3)")
    parser.add_argument("--slow-only", action="store_true",
                        help="only the slow-link run (written to bench/results/<date-time>-slow.json, not latest.json)")  # fmt: skip
    parser.add_argument("--reprint", metavar="JSON", help="only print the tables of an earlier run's JSON")
    args = parser.parse_args()
    if args.reprint:
        earlier = json.loads(Path(args.reprint).read_text())
        print(*(f(earlier) for f in (table, phase_table) if "checker" in earlier), *([slow_table(earlier["slow"])] if "slow" in earlier else []), sep="\n\n")
        return 0
    sys.path.insert(0, str(BENCH))
    from playwright.sync_api import sync_playwright

    facts = json.loads(FACTS_FILE.read_text())
    fragment = "#facts=" + quote(json.dumps(facts, separators=(",", ":")))
    report: dict = {"runs": args.runs, "slow_runs": args.slow_runs, "facts": FACTS_FILE.relative_to(ROOT).as_posix(), "targets": TARGETS}
    with tempfile.TemporaryDirectory(prefix="jointly-bench-site-") as tmp:
        site = Path(tmp, "site")
        print(f"Building the site {1 if args.slow_only else args.runs} times…", flush=True)
        report["tree"] = args.tree or "working tree"
        report["build"] = build_site(1 if args.slow_only else args.runs, site, source_tree(args.tree, Path(tmp)))
        add_bench_files(site)
        server = Server(site)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                report["machine"] = machine(f"Chromium {browser.version}", args.tree)
                browser.close()
                if args.slow_only:
                    server.close()
                    return slow_only(playwright, site, args.slow_runs, fragment, report)
                print("Guide pages…", flush=True)
                report["guides"] = guide_pages(playwright, server)
                print("Checker and the usual way, cold and warm…", flush=True)
                checker_url = f"{server.origin}/checker.html{fragment}"
                usual_url = f"{server.origin}/_bench/baseline/index.html{fragment}"
                pages = [("checker", checker_url, checker_phases), ("usual", usual_url, baseline_phases)]
                measured = cold_and_warm(playwright, server, pages, args.runs)
                report["checker"], report["usual"] = measured["checker"], measured["usual"]
                print("Round trip…", flush=True)
                report["roundtrip"] = roundtrip(playwright, server, checker_url, facts, args.changes)
                print("Round trip, a case of three years…", flush=True)
                report["case_roundtrip"] = case_roundtrip(playwright, server, args.runs, args.changes)
                server.close()
                if args.slow_runs:
                    print("The slow link: the release's files behind nginx, cold…", flush=True)
                    report["slow"] = slow_link(playwright, site, args.slow_runs, fragment)
        finally:
            server.close()
    print("assess natively…", flush=True)
    report["native"] = native(args.cases, args.runs)
    report["load_average_at_end"] = os.getloadavg()
    report["table"] = table(report)
    report["phase_table"] = phase_table(report)
    report["slow_table"] = slow_table(report["slow"]) if "slow" in report else None
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    text = json.dumps(report, indent=1, ensure_ascii=False)
    (RESULTS / f"{stamp}.json").write_text(text)
    (RESULTS / "latest.json").write_text(text)
    print()
    print(report["table"])
    print()
    print(report["phase_table"])
    if report["slow_table"]:
        print()
        print(report["slow_table"])
    print(f"\nWritten: bench/results/{stamp}.json and bench/results/latest.json")
    return 0


def slow_only(playwright, site: Path, runs: int, fragment: str, report: dict) -> int:
    """``--slow-only``: the slow-link run alone, for working on it; not written to latest.json."""
    print("The slow link: the release's files behind nginx, cold…", flush=True)
    report["slow"] = slow_link(playwright, site, runs, fragment)
    report["load_average_at_end"] = os.getloadavg()
    report["slow_table"] = slow_table(report["slow"])
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    (RESULTS / f"{stamp}-slow.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"\nLoad average {_load(report['machine']['load_average_at_start'])} at the start, "
          f"{_load(report['load_average_at_end'])} at the end.\n\n{report['slow_table']}\n\nWritten: bench/results/{stamp}-slow.json")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchFailure as error:
        print(f"\nbench: FAILED, no figures reported: {error}", file=sys.stderr)
        sys.exit(1)

"""Issue 12: the checker's round trip after a change to one year of a three-year case.

Opens the checker on a built site with a ``#facts=`` link to a three-year case (the one of
``tests/browser/test_checker_years.py``), then changes one answer of the year on screen
(``item_owner``, back and forth) and reads the page's own ``data-last-roundtrip-ms`` after each
change: the answers to Python, the case checked, its JSON back, and the results drawn.  It also
times what the reader waits for: from the click's first ``input`` event to the frame after the
results are drawn (``to_screen``: the page's figure plus style, layout and paint).  A one-year
document is measured the same way for comparison.

Several sites (``--site before=/tmp/a --site after=/tmp/b``, each a ``mkdocs build`` output) are
measured in alternation, ``--rounds`` times, so a change in the machine's load falls on all alike;
the load average is recorded with every round.  Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, START_TIMEOUT_MS, Server, launch, stats  # noqa: E402  (run.py puts tests/browser on the path)

sys.path.insert(0, str(ROOT))  # the calculator, which the browser test imports
from test_checker_years import PERSON_FACTS as PERSON, YEARS  # noqa: E402  (the browser test's three years)

DOCUMENTS = {"three years": {"version": 2, **PERSON, "years": YEARS}, "one year": {**PERSON, **YEARS[0]}}
#: The ``item_owner`` question's radio buttons (checker_helpers.dom_id).
OWNER = "#q-item-owner input[value='%s']"

#: Times each worker call from the page's postMessage to its answer's arrival (window.__calls).
PROBE = """(() => {
  window.__calls = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!this.__timed) {
      this.__timed = new Map();
      this.addEventListener("message", (event) => {
        const started = this.__timed.get(event.data?.id);
        if (started) window.__calls.push([started[0], performance.now() - started[1]]);
      });
    }
    if (message && message.id !== undefined) this.__timed.set(message.id, [message.call, performance.now()]);
    return post.call(this, message, ...rest);
  };
  // From the first input event of a change to the frame after the results are drawn (busy false).
  window.__screen = [];
  addEventListener("input", () => { window.__inputAt ??= performance.now(); }, true);
  addEventListener("DOMContentLoaded", () => {
    const results = document.querySelector("#checker-results");
    new MutationObserver(() => {
      if (results.dataset.busy !== "false" || window.__inputAt == null) return;
      const at = window.__inputAt;
      window.__inputAt = null;
      requestAnimationFrame(() => setTimeout(() => window.__screen.push(performance.now() - at)));
    }).observe(results, { attributes: true, attributeFilter: ["data-busy"] });
  });
})();"""

SETTLED = """() => { const r = document.querySelector('#checker-results');
  return r && r.dataset.busy === 'false' && r.dataset.state === 'ok'; }"""


def measure(playwright, origin: str, document: dict, changes: int) -> tuple[list[float], list[float], list[float]]:
    """After each change: the page's round trip, the worker's share of it (the last screen call), and
    the time from the click's first input event to the frame after the results were drawn."""
    with tempfile.TemporaryDirectory(prefix="jointly-bench-case-") as profile:
        context = launch(playwright, Path(profile))
        try:
            context.add_init_script(PROBE)
            page = context.pages[0] if context.pages else context.new_page()
            link = quote(json.dumps(document, separators=(",", ":")), safe="")
            page.goto(f"{origin}/checker.html#facts={link}")
            page.wait_for_function(SETTLED, timeout=START_TIMEOUT_MS, polling=50)
            out, worker, screen = [], [], []
            for i in range(changes):
                page.evaluate("window.__calls = []; window.__screen = []")
                page.locator(OWNER % ("1" if i % 2 == 0 else "0")).check()
                page.wait_for_function(SETTLED, timeout=30_000, polling=20)
                page.wait_for_function("() => window.__screen.length > 0", timeout=30_000, polling=20)
                out.append(float(page.get_attribute("#checker-results", "data-last-roundtrip-ms")))
                calls = [ms for call, ms in page.evaluate("window.__calls") if call.startswith("screen")]
                worker.append(calls[-1] if calls else None)
                screen.append(page.evaluate("window.__screen[0]"))
            return out, worker, screen
        finally:
            context.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--site", action="append", required=True, help="label=path of a built site")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--changes", type=int, default=10)
    args = parser.parse_args()
    sites = dict(s.split("=", 1) for s in args.site)
    servers = {label: Server(Path(path)) for label, path in sites.items()}
    samples: dict = {label: {kind: [] for kind in DOCUMENTS} for label in sites}
    workers: dict = {label: {kind: [] for kind in DOCUMENTS} for label in sites}
    screens: dict = {label: {kind: [] for kind in DOCUMENTS} for label in sites}
    loads = []
    try:
        with sync_playwright() as playwright:
            for _ in range(args.rounds):
                for label, server in servers.items():
                    for kind, document in DOCUMENTS.items():
                        before = os.getloadavg()[0]
                        page, worker, screen = measure(playwright, server.origin, document, args.changes)
                        samples[label][kind] += page
                        workers[label][kind] += worker
                        screens[label][kind] += screen
                        loads.append(round((before + os.getloadavg()[0]) / 2, 1))
    finally:
        for server in servers.values():
            server.close()
    def brief(s: list) -> dict:
        return {k: round(v, 1) if isinstance(v, float) else v for k, v in stats(s).items() if k != "samples"}

    report = {label: {kind: {"page": brief(s), "worker": brief(workers[label][kind]), "to_screen": brief(screens[label][kind])} for kind, s in by.items()} for label, by in samples.items()}
    json.dump({"unit": "ms, the page's data-last-roundtrip-ms", "load_average_1min": {"min": min(loads), "max": max(loads)}, **report}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

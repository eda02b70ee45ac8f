// The benchmark's instrumentation, injected by bench/run.py into every page before the
// page's own scripts (Playwright's add_init_script). It changes nothing the page does:
// - it records when the first result is on screen (the selectors come from run.py,
//   written there once), and for the checker page of phase 1, which has no deep link
//   yet, it fills the old round-trip form as soon as its button is enabled;
// - it keeps a handle on each Worker the page starts and records the worker's
//   {status: …} start-up messages with their time, so the bench can read phase timings
//   and send a call straight to the checker's worker.
(() => {
  const CONFIG = __BENCH_CONFIG__;
  const bench = (window.__bench = { result: null, error: null, messages: [], workers: [] });

  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        bench.workers.push({ url: String(url), worker: this, t: performance.now() });
        this.addEventListener("message", ({ data }) => {
          if (data && typeof data === "object" && "status" in data) {
            bench.messages.push({ t: performance.now(), data: JSON.parse(JSON.stringify(data)) });
          }
        });
      }
    };
  }

  const shown = (element) => element !== null && element.getClientRects().length > 0;
  let fallbackClicked = false;

  function done(mode) {
    bench.result = { mode, t_dom: performance.now(), t_frame: null, clicked: bench.fallback_clicked ?? null };
    // The next frame after the DOM change: when the result can first be painted.
    requestAnimationFrame(() => (bench.result.t_frame = performance.now()));
  }

  function check() {
    if (bench.result || bench.error) return;
    if (shown(document.querySelector(CONFIG.result))) return done("result");
    const error = document.querySelector(CONFIG.error);
    if (error !== null) {
      bench.error = error.textContent.trim();
      return;
    }
    const fb = CONFIG.fallback;
    const input = document.querySelector(fb.input);
    const button = document.querySelector(fb.button);
    if (!fallbackClicked && input !== null && button !== null && !button.disabled) {
      fallbackClicked = true;
      bench.fallback_clicked = performance.now();
      input.value = fb.value;
      button.click();
    }
    if (fallbackClicked && shown(document.querySelector(fb.result))) done("fallback");
  }

  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
})();

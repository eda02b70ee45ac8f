// Talks to worker.js. Requests are {id, call, args}; answers are {id, result} or {id, error};
// while it starts, the worker sends {status: "progress" | "ready" | "failed", message}.

/** A last resort against an endless spinner: a start slower than this is reported as failed. */
const START_DEADLINE_MS = 180_000;

export class PythonWorker {
  #worker;
  #pending = new Map();
  #nextId = 0;
  #failure = null;
  #onFailed;
  #deadline;

  /** Start the worker at `url`; `progress(message)`, `ready()` and `failed(message, file)` report its
   * state (`file`: the address of the file that failed, when known). */
  constructor(url, { progress, ready, failed }) {
    this.#onFailed = failed;
    this.#deadline = setTimeout(() => this.#fail("it took more than three minutes to load"), START_DEADLINE_MS);
    const handle = (event) => {
      // A worker script that cannot be loaded or run: which one, and why, is asked of the server.
      if (event.type === "error") return this.#fail(event.message || "worker.js did not load or could not run", new URL(url).href);
      const { data } = event;
      if ("id" in data) return this.#settle(data);
      switch (data.status) {
        case "progress":
          return progress(data.message);
        case "ready":
          clearTimeout(this.#deadline);
          return ready();
        case "failed":
          return this.#fail(data.message, data.file);
      }
    };
    // start.js may have started this worker already, from the page's <head>.
    const early = globalThis.jointlyEarlyWorker;
    if (early && early.url === new URL(url).href) {
      this.#worker = early.worker;
      // Its messages so far, in order, once the caller has finished constructing (the handlers
      // may use what the caller defines after this call); messages meanwhile queue behind them.
      let queue = [];
      const kept = early.adopt((event) => (queue ? queue.push(event) : handle(event)));
      queue.push(...kept);
      setTimeout(() => {
        const pending = queue;
        queue = null;
        for (const event of pending) handle(event);
      });
      return;
    }
    this.#worker = new Worker(url, { type: "module" });
    this.#worker.addEventListener("message", handle);
    // A worker script that cannot be loaded or run reports here, often without a message.
    this.#worker.addEventListener("error", handle);
  }

  /** Run the Python function `name` with JSON-able `args`; resolves to its JSON-able result. */
  call(name, args) {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      const id = ++this.#nextId;
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, call: name, args });
    });
  }

  /** Stop the worker at once (the quick exit). */
  terminate() {
    this.#onFailed = () => {};
    this.#fail("it was stopped");
  }

  #settle({ id, result, error }) {
    const request = this.#pending.get(id);
    this.#pending.delete(id);
    if (error === undefined) request.resolve(result);
    else request.reject(new Error(error));
  }

  #fail(message, file) {
    if (this.#failure) return;
    clearTimeout(this.#deadline);
    this.#failure = new Error(message);
    this.#worker.terminate();
    for (const request of this.#pending.values()) request.reject(this.#failure);
    this.#pending.clear();
    this.#onFailed(message, file);
  }
}

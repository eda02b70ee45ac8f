// The checker page: builds the form from the questions in the page, starts the Python worker,
// and after each change asks it which questions to show and what the answers give.
import { PythonWorker } from "./client.js";
import { download, el } from "./dom.js";
import { QuestionForm } from "./form.js";
import { factsFromFile, factsFromHash, fileName } from "./keep.js";
import { renderResults, summarize } from "./results.js";
import { Steps, toAnswer } from "./steps.js";
import { Years, renderCase, summarizeCase } from "./years.js";

const $ = (id) => document.getElementById(id);
const status = $("checker-status");
const message = $("checker-message");
const formElement = $("checker-form");
const tools = $("checker-tools");
const toolsStatus = $("checker-tools-status");
const results = $("checker-results");
const resultsBody = $("checker-results-body");
const summary = $("checker-summary");
const fallback = $("checker-fallback");
const TYPING_PAUSE_MS = 120; // a light debounce while typing numbers; choices update at once
const LISTED = 50; // keys named in a message at most (the calculator's MAX_PROBLEMS), then "and N more"

function show(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

function say(text) {
  message.hidden = !text;
  message.textContent = text ?? "";
}

let ready = false;
let busy = false;
let again = false;
let timer;
let last = null; // {facts, check} of the latest round trip
let drawn = null; // the request (call, arguments, typing errors) whose answer is on screen

/** The checker cannot run: the decision tables instead of results. */
function stop() {
  ready = false;
  fallback.hidden = false;
  results.hidden = true;
  $("checker-skip").hidden = true; // no answer to go to
  for (const button of tools.querySelectorAll("#checker-ics, #checker-print")) button.disabled = true;
}

/** The checker could not start: the page's plain sentence for the reader (data-failed), then `text`,
 * the technical detail, for a site administrator. `file`, when known, is the address of the file
 * that failed: start.js asks the server about it and says why, in words an administrator can act on. */
async function failed(text, file) {
  const tell = (why) => show("error", `${status.dataset.failed} Your answers are still on this page. For the site's administrator: ${String(why).replace(/\.$/, "")}.`);
  stop();
  tell(text);
  if (file && globalThis.jointlyExplain) tell(await globalThis.jointlyExplain(file, text));
}

const python =
  typeof WebAssembly === "object"
    ? new PythonWorker(new URL("worker.js", import.meta.url), {
        progress: (text) => show("loading", `${text} You can start answering now.`),
        ready: () => {
          ready = true;
          show("ready", "Ready. The results below update as you answer.");
          update();
        },
        failed,
      })
    : null;

const questions = JSON.parse($("checker-questions").textContent);
const form = new QuestionForm(formElement, $("checker-questions-list"), questions, { onChange: schedule });
const years = new Years($("checker-years"), form, python, { onChange: schedule });
new Steps($("checker-questions-list")); // on a phone, the questions in short steps
formElement.hidden = false;
toAnswer($("checker-skip"), results); // on a phone, shown while the answer is below
tools.hidden = false;
results.hidden = false;
fallback.hidden = true;
resultsBody.replaceChildren(el("p", {}, "Results appear here as soon as the checker has loaded; the first time takes a few seconds."));
if (!python) {
  stop();
  show("error", "This browser cannot run the checker: try again in another, up-to-date browser, or use the decision tables below, which hold the same rules. (Technical detail: the checker needs WebAssembly, which this browser does not offer or has turned off.)");
} else show("loading", "Loading the checker… You can start answering now.");

function schedule(immediate) {
  clearTimeout(timer);
  timer = null;
  if (ready) results.dataset.busy = "true"; // until the answers are checked (a hook for the tests)
  if (immediate) update();
  else
    timer = setTimeout(() => {
      timer = null;
      update();
    }, TYPING_PAUSE_MS);
}

/** One round trip: answers in; shown questions, errors or results out. Timed for the benchmarks. */
async function update() {
  if (!ready) return;
  if (busy) {
    again = true;
    return;
  }
  busy = true;
  results.dataset.busy = "true";
  const started = performance.now();
  try {
    // One click fires both `input` and `change`: the second asks what is already on screen.
    const [call, args] = request();
    const typing = form.typingErrors();
    const key = JSON.stringify([call, args, typing]);
    if (key === drawn) return;
    drawn = null; // until this answer is drawn
    const round = await python.call(call, args);
    const { visible, facts, check, ignored } = round;
    form.show(visible);
    if (ignored?.length) {
      form.forget(ignored);
      const listed = ignored.slice(0, LISTED).map((key) => key.slice(0, 80)).join(", ");
      const more = ignored.length > LISTED ? ` and ${(ignored.length - LISTED).toLocaleString("en-US")} more` : "";
      say(`Some entries in the file or link are not answers this checker asks for, so they were left out: ${listed}${more}. Everything else was filled in.`);
    }
    last = { facts, check };
    years.learn(round.years ?? [facts]); // one year too: its label names the tax year once it is known
    const shown = round.years ? round.years[years.current] : facts; // the facts of the year on screen
    // The consistency findings of the year on screen (calculator/consistency.py).
    const found = check.ok ? (round.years ? check.result.years?.[years.current] : check.result)?.consistency : undefined;
    if (check.ok && !typing.length) {
      form.showErrors([], shown, found);
      if (round.years) renderCase(resultsBody, check.result, form, round.years, years.current);
      else renderResults(resultsBody, check.result, form, facts);
      const held = found?.held ?? [];
      resultsBody.querySelector(":scope > .jointly-held")?.remove(); // a case's years may redraw one section only
      if (held.length) {
        resultsBody.prepend(el("div", { class: "jointly-held", role: "note" },
          el("strong", {}, "Check the marked answers first. "),
          "An answer cannot be right as it stands, so until it is fixed the checker does not give: ",
          held.map((h) => h.title).join("; "), "."));
      }
      const checking = (found?.impossible.length ?? 0) + (found?.unlikely.length ?? 0);
      summary.textContent = (checking ? `${checking === 1 ? "One answer needs" : `${checking} answers need`} checking. ` : "") +
        (round.years ? summarizeCase(check.result) : summarize(check.result));
      results.dataset.state = "ok";
    } else {
      const errors = check.ok ? [] : round.years ? years.localErrors(check.errors) : check.errors;
      const n = form.showErrors([...typing, ...errors], shown, found);
      resultsBody.replaceChildren(el("p", { class: "jointly-stale" },
        `The results come back once the marked ${n === 1 ? "answer is" : "answers are"} fixed. Nothing you entered has been lost.`));
      summary.textContent = `${n === 1 ? "One answer needs" : `${n} answers need`} fixing before the results can update.`;
      results.dataset.state = "errors";
    }
    drawn = key;
    results.dataset.lastRoundtripMs = (performance.now() - started).toFixed(1);
  } catch (error) {
    say(`The results could not be worked out just now, so the ones shown may be out of date. Your answers are all still here: change one, or reload the page (save your answers first). (Technical detail: ${error.message})`);
  } finally {
    busy = false;
    if (again) {
      again = false;
      update();
    } else if (!timer) {
      results.dataset.busy = "false";
    }
  }
}

/** The call and arguments of the round trip for the answers on screen: one year, or every year of
 * a case (years.js). */
function request() {
  return years.active() ? ["screen_case", years.payload(form.answers())] : ["screen", [form.answers()]];
}

/** That round trip. */
function screen() {
  return python.call(...request());
}

async function loadFacts(found, source) {
  if (!found) return;
  if (found.error) {
    say(`${found.error}. Nothing was loaded from it, and the answers already on this page are unchanged.${found.detail ? ` (Technical detail: ${found.detail}.)` : ""}`);
    return;
  }
  say(found.example ? "This is an example, not your case: its answers and dates come from a guide. Change them to your own, or press Start over." : null);
  years.reset();
  drawn = null; // the same answers again still say what was ignored
  if (found.facts.version === 2) years.load(await python.call("split_case", [found.facts]));
  else form.load(found.facts);
  toolsStatus.textContent = source ? `Loaded ${source}.` : "";
  update();
}

loadFacts(factsFromHash(location.hash));
addEventListener("hashchange", () => loadFacts(factsFromHash(location.hash)));

/** The facts as checked (hidden questions' answers left out), or every answer before Python is ready. */
async function currentFacts() {
  if (!ready && !years.active()) return form.answers(); // several years exist only once Python has answered
  return (await screen()).facts;
}

// Save keeps every answer, also those to questions hidden now (they come back with their
// question), in each year of a case too (years.js).
$("checker-save").addEventListener("click", async () => {
  let answers = form.answers();
  if (years.active()) {
    const [list, , reference] = years.payload(answers);
    answers = await python.call("case_document", [list, reference]);
  }
  download(`${JSON.stringify(answers, null, 2)}\n`, fileName("facts", answers.as_of, "json"), "application/json");
  toolsStatus.textContent = "Your answers were saved as a file in your downloads. Keep it somewhere private.";
});

$("checker-load").addEventListener("change", async (event) => {
  const [file] = event.target.files;
  event.target.value = "";
  if (file) loadFacts(await factsFromFile(file), file.name);
});

$("checker-ics").addEventListener("click", async () => {
  if (!ready) return (toolsStatus.textContent = "The calendar file can be made once the checker has loaded.");
  try {
    const facts = await currentFacts();
    const text = await python.call("ics", [facts, $("checker-ics-neutral").checked]);
    download(text, fileName("deadlines", facts.as_of, "ics"), "text/calendar");
    toolsStatus.textContent = "The deadlines were saved as a calendar file; open it to add them to your calendar.";
  } catch (error) {
    toolsStatus.textContent = `The calendar file could not be made: ${error.message.replace(/\.$/, "")}. Your answers are unchanged.`;
  }
});

$("checker-print").addEventListener("click", () => print());

// Printing shows every "how it was worked out" section; they close again afterwards.
let closed = [];
addEventListener("beforeprint", () => {
  closed = [...resultsBody.querySelectorAll("details:not([open])")];
  for (const details of closed) details.open = true;
});
addEventListener("afterprint", () => {
  for (const details of closed) details.open = false;
  closed = [];
});

$("checker-reset").addEventListener("click", () => {
  form.clear();
  years.reset();
  say(null);
  toolsStatus.textContent = "Every answer was cleared.";
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  update();
});

// Quick exit. It empties the form and every answer held in this page, stops the worker, and
// replaces this page's history entry with about:blank, so Back does not return to the checker
// and a glance at the screen shows nothing. about:blank, not another website: it needs no
// network (this site promises no request to any other server) and cannot fail to load. It
// cannot remove the other pages of this site from the browser's history, and the page says so.
$("quick-exit").addEventListener("click", (event) => {
  event.preventDefault();
  forget();
  history.replaceState(null, "", location.pathname);
  location.replace("about:blank");
});

function forget() {
  drawn = null;
  form.clear();
  years.reset();
  resultsBody.replaceChildren();
  python?.terminate();
}

// The site-wide Leave now control (and Esc twice) asks the page to forget before it leaves.
document.addEventListener("jointly:leave", forget);

// Several tax years in one check (facts format version 2). The form shows one year at a time;
// this module keeps the other years' answers, switches between them, and shows the case's
// results: the plan across the years first, then each year in its own section. Which answers
// are the person's (asked once, with the first year) and how a case is built are Python's
// (bridge.py: screen_case, with_person, split_case); nothing here decides a rule.
import { days, el, longDate, longDateText } from "./dom.js";
import { renderResults } from "./results.js";
import { sheets } from "./sheets.js";

const MAX_YEARS = 10; // a page for a person, not a firm's batch: the command line takes more

// Each year's section of the last results shown, with what it was drawn from. A change to one
// year redraws that year's section only: drawing every year again made a change to a three-year
// case several times slower than to one year. Emptied with the answers (Years.reset).
let drawn = [];

export class Years {
  /** `bar` is the element to draw the year switcher in; `python` the worker client; `onChange()` runs after a switch. */
  constructor(bar, form, python, { onChange }) {
    this.bar = bar;
    this.form = form;
    this.python = python;
    this.onChange = onChange;
    this.reset();
  }

  /** Back to one year, with nothing held for others. */
  reset() {
    drawn = [];
    this.list = [null]; // each year's answers; the year on screen is kept by the form until a switch
    this.labels = [null]; // each year's tax year, once known
    this.current = 0;
    this.reference = "";
    this.draw();
  }

  /** Whether the check covers more than one year (a case), or has a reference (kept as a case). */
  active() {
    return this.list.length > 1 || this.reference !== "";
  }

  /** The arguments of bridge.screen_case for the answers on screen now. */
  payload(answers) {
    this.list[this.current] = answers;
    return [this.list.map((a) => a ?? {}), this.current, this.reference || null];
  }

  /** Note each year's tax year after a round trip (the labels of the switcher). */
  learn(yearFacts) {
    const before = this.labels.join();
    this.labels = yearFacts.map((facts) => (Number.isInteger(facts?.tax_year) ? facts.tax_year : null));
    if (this.labels.join() !== before) this.draw();
  }

  label(index) {
    const year = this.labels[index];
    return year ? `Tax year ${year}` : `Year ${index + 1} (tax year not given yet)`;
  }

  /** Show year `index`, its answers joined by the person's answers from `from` (the form's, by default). */
  async #select(index, { store = true, from = this.form.answers() } = {}) {
    const answers = await this.python.call("with_person", [this.list[index] ?? {}, from]);
    if (store) this.list[this.current] = from;
    this.current = index;
    this.form.load(answers);
    this.draw();
    this.bar.querySelector(`[data-year-index="${index}"]`)?.focus();
    this.onChange(true);
  }

  async add() {
    if (this.list.length >= MAX_YEARS) return;
    this.list.push(null);
    this.labels.push(null);
    await this.#select(this.list.length - 1);
  }

  async remove() {
    if (this.list.length < 2) return;
    const from = this.form.answers(); // the person's answers on screen go to the year shown next
    this.list.splice(this.current, 1);
    this.labels.splice(this.current, 1);
    await this.#select(Math.max(0, this.current - 1), { store: false, from });
  }

  /** Fill from a saved case or a link's: {reference, years: [answers with the person's copied in]}. */
  load(split) {
    this.list = split.years.length ? split.years : [{}];
    this.labels = this.list.map((a) => (Number.isInteger(a?.tax_year) ? a.tax_year : null));
    this.current = 0;
    this.reference = typeof split.reference === "string" ? split.reference : "";
    this.form.load(this.list[0]);
    this.draw();
  }

  /** Errors named in the case (years[1].return_filed) as the form on screen names them. */
  localErrors(errors) {
    const mine = `years[${this.current}].`;
    return errors.map(({ field, message }) => {
      if (field.startsWith(mine)) return { field: field.slice(mine.length), message };
      const other = /^years\[(\d+)\]\.?(.*)$/.exec(field);
      return other ? { field: `${this.label(Number(other[1]))}: ${other[2] || "this year"}`, message } : { field, message };
    });
  }

  draw() {
    const count = this.list.length;
    const buttons = this.list.map((_, i) =>
      el("li", {}, el("button", { type: "button", class: "md-button jointly-year", dataset: { yearIndex: String(i) },
        "aria-current": i === this.current ? "true" : null, onclick: () => i !== this.current && this.#select(i) }, this.label(i))));
    const reference = el("input", { type: "text", id: "checker-reference", maxlength: "120", value: this.reference, autocomplete: "off",
      oninput: (event) => { this.reference = event.target.value.trim(); } }); // the form's own listener then checks again
    // replaceChildren would write a null as the text "null": leave absent parts out.
    const parts = [
      el("p", { id: "checker-years-title", class: "jointly-years__title" }, count > 1 ? `This check covers ${count} tax years. You are answering for:` : "This check covers one tax year."),
      el("ul", { class: "jointly-years__list", "aria-labelledby": "checker-years-title" }, buttons),
      el("p", { class: "jointly-years__actions" },
        el("button", { type: "button", id: "checker-add-year", class: "md-button", disabled: count >= MAX_YEARS, onclick: () => this.add() }, "Add another year"),
        " ",
        count > 1 ? el("button", { type: "button", id: "checker-remove-year", class: "md-button", onclick: () => this.remove() }, `Remove ${this.label(this.current).replace(/^Tax year|^Year/, (w) => w.toLowerCase())}`) : null),
      this.current > 0
        ? el("p", { class: "jointly-why", id: "checker-years-note" }, "The questions about you (marital status, living apart, abuse, your household) are asked once, with the first year; they count for every year. Change them there.")
        : null,
      el("p", { class: "jointly-years__reference" }, el("label", { for: "checker-reference" }, "Your own reference for this case (optional, for advisers)"), " ", reference),
    ];
    this.bar.replaceChildren(...parts.filter((part) => part !== null));
  }
}

function yearWords(years) {
  const named = years.map((y) => y ?? "year not given");
  return named.length === 1 ? `tax year ${named[0]}` : `tax years ${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}

function dueText(due, asOf) {
  const left = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
  return left < 0 ? `passed ${days(-left)} ago` : left === 0 ? "due today" : `${days(left)} left`;
}

/** The case's plan: every deadline of every year by date, the forms with the years each covers, the evidence. */
function casePlan(result) {
  const plan = result.plan;
  const deadlines = plan.deadlines.map((d) =>
    el("li", { class: `jointly-deadline jointly-deadline--${d.status}`, dataset: { caseDeadline: d.id, year: String(d.tax_year ?? ""), due: d.due, state: d.status } },
      el("strong", {}, d.kind === "relief" ? `Last day to ask for ${d.title}` : d.title), ` (${yearWords([d.tax_year])}): `,
      longDate(d.due), ` (${dueText(d.due, result.as_of)})`));
  const forms = plan.forms.map((f) =>
    el("li", { dataset: { caseForm: f.number, years: f.years.join(" ") } },
      el("strong", {}, `Form ${f.number}`), `, ${f.name}: for ${yearWords(f.years)}`,
      f.due ? [", by ", longDate(f.due)] : null, "."));
  const evidence = plan.evidence.map((e) => el("li", {}, e.text, ` (${yearWords(e.years)})`));
  return el("section", { class: "jointly-block jointly-case-plan", "aria-labelledby": "checker-case-plan-title" },
    el("h3", { id: "checker-case-plan-title" }, "Your plan across the years"),
    result.reference ? el("p", {}, "Reference: ", el("strong", {}, result.reference)) : null,
    el("h4", {}, "Every deadline, by date"),
    deadlines.length ? el("ul", { class: "jointly-deadlines" }, deadlines) : el("p", {}, "Nothing in your answers starts a deadline yet."),
    el("h4", {}, "Forms to send"),
    el("ul", {}, forms),
    el("h4", {}, "Evidence to gather"),
    el("ul", {}, evidence));
}

/** Replace `container`'s content with a case's results: the plan across the years, then each year.
 * `current` is the year on screen (its questions are what each year's "based on" list reads). */
export function renderCase(container, result, form, yearFacts, current) {
  const keys = result.years.map((year, i) => `${current}\n${result.as_of}\n${JSON.stringify(year)}\n${JSON.stringify(yearFacts[i])}`);
  const sections = result.years.map((year, i) => {
    if (drawn[i]?.key === keys[i]) return drawn[i].section;
    const body = el("div", {});
    // A year of a case has no Form 8857 sheet: one form covers every year, and its sheet is the case's (below the plan).
    renderResults(body, year, form, yearFacts[i]);
    const title = year.facts.tax_year ? `Tax year ${year.facts.tax_year}` : `Year ${i + 1}`;
    return el("section", { class: "jointly-year-results", dataset: { yearResults: String(year.facts.tax_year ?? "") }, "aria-label": title },
      el("h3", {}, title), body);
  });
  drawn = sections.map((section, i) => ({ key: keys[i], section }));
  keepInPlace(container, [
    el("p", { class: "jointly-dates" }, "Checked as of ", longDate(result.as_of), ". Rules current as of ", longDate(result.rules_current_as_of), "."),
    el("div", { class: "jointly-disclaimer", role: "note" }, el("strong", {}, "Screening, not advice. "), result.disclaimer),
    casePlan(result),
    ...sheets({ sheets: { 8857: result.sheets?.["8857"] } }),
    ...sections,
  ]);
}

/** `container`'s children become `nodes`, leaving in place those already there: a year's section
 * that did not change is neither moved nor styled and laid out again (replaceChildren would do both). */
function keepInPlace(container, nodes) {
  const kept = new Set(nodes);
  for (const node of [...container.childNodes]) if (!kept.has(node)) node.remove();
  let at = container.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else container.insertBefore(node, at);
  }
}

/** One sentence for screen readers about a case. */
export function summarizeCase(result) {
  const open = result.plan.deadlines.find((d) => d.status === "open");
  const next = open ? ` Nearest deadline: ${longDateText(open.due)} (${yearWords([open.tax_year])}), ${days(open.days_left)} left.` : "";
  return `Results updated for ${result.years.length} tax years.${next}`;
}

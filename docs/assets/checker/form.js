// The questions form: built from the calculator's own question data (rendered into the page
// at build time), read back as facts, filled from facts, and marked with the calculator's errors.
// Which questions show is decided from the questions' own conditions: by conditions.js in the page
// (so every question can be answered before Python starts) and by Python (questions.visible).
import { visible } from "./conditions.js";
import { el, longDateText, today } from "./dom.js";

const RADIO_LIMIT = 6; // more options than this become a drop-down list
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNKNOWN = "I don't know";

const domId = (qid) => `q-${qid.replace(/[^a-z0-9]+/gi, "-")}`;
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

function getPath(facts, path) {
  let value = facts;
  for (const part of path.split(".")) {
    if (!isObject(value) || !(part in value)) return undefined;
    value = value[part];
  }
  return value;
}

function setPath(facts, path, value) {
  const parts = path.split(".");
  let target = facts;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(target[part])) target[part] = {};
    target = target[part];
  }
  target[parts.at(-1)] = value;
}

function deletePath(facts, path) {
  const parts = path.split(".");
  const parent = parts.length > 1 ? getPath(facts, parts.slice(0, -1).join(".")) : facts;
  if (isObject(parent)) delete parent[parts.at(-1)];
  if (parts.length > 1 && isObject(parent) && Object.keys(parent).length === 0) delete facts[parts[0]];
}

/** What a typed number means: a number when it reads as one, else the text as typed (the calculator says what is wrong). */
function readNumber(text, kind) {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const plain = kind === "money" ? trimmed.replace(/^\$/, "").replace(/,/g, "") : trimmed;
  if (kind === "int" ? /^-?\d+$/.test(plain) : /^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  return trimmed;
}

export class QuestionForm {
  /** `doc` is the questions document ({questions, ...}); `onChange(immediate)` runs after every change. */
  constructor(form, list, doc, { onChange }) {
    this.form = form;
    this.list = list;
    this.questions = doc.questions;
    this.byId = new Map(this.questions.map((q) => [q.id, q]));
    this.onChange = onChange;
    this.asOf = form.elements.as_of;
    this.generalErrors = form.querySelector("#checker-form-errors");
    this.extras = {}; // facts no question on the page asks (kept exactly as given)
    this.ticked = null; // the problem the chosen letter ticked (untick it if the letter changes)
    this.eventExtra = {}; // event type -> the other fields (amount, ...) of the event its question answers
    this.overrides = {}; // question id -> a given value no control can show (sent as given until changed)
    this.eventTypes = new Set(doc.event_types ?? []);
    for (const q of this.questions) this.list.append(this.#question(q));
    this.show(visible(this.questions, this.answers(), this.eventTypes));
    this.asOf.value = today();
    form.addEventListener("input", (event) => this.#changed(event, event.target.type === "text"));
    form.addEventListener("change", (event) => this.#changed(event, false));
    // A date typed that is not real (02/30/2025) leaves the value empty, so no input event may
    // come: keys and leaving the field check it too (see typingErrors).
    for (const type of ["keyup", "focusout"])
      form.addEventListener(type, (event) => event.target.type === "date" && this.onChange(type === "focusout"));
    form.addEventListener("submit", (event) => event.preventDefault());
  }

  #changed(event, typing) {
    const box = event.target.closest("[data-question]");
    if (box) {
      delete this.overrides[event.target.closest("[data-detail]")?.dataset.detail ?? box.dataset.question];
      if (box.dataset.question === "problems") this.ticked = null; // the reader's own choice now
      this.#knockouts(this.byId.get(box.dataset.question));
      this.#details(this.byId.get(box.dataset.question));
      this.#sets(this.byId.get(box.dataset.question));
    }
    this.show(visible(this.questions, this.answers(), this.eventTypes));
    this.onChange(!typing);
  }

  #question(q) {
    const id = domId(q.id);
    const why = el("p", { class: "jointly-why", id: `${id}-why` }, el("span", { class: "jointly-why__label" }, "Why we ask: "), q.why);
    const error = el("p", { class: "jointly-error", id: `${id}-error`, hidden: true });
    const caution = el("p", { class: "jointly-caution", id: `${id}-caution`, hidden: true });
    const knockout = el("p", { class: "jointly-knockout", id: `${id}-note`, hidden: true });
    const described = `${id}-why ${id}-note ${id}-error ${id}-caution`;
    const box = el("div", { class: "jointly-q", id, dataset: { question: q.id, kind: q.kind, step: q.step ?? "" } });
    const choices = q.kind === "bool" || q.kind === "enum" || q.kind === "enum_list";
    if (choices && (q.kind === "enum_list" || q.options.length <= RADIO_LIMIT)) {
      const multiple = q.kind === "enum_list";
      const legend = el("legend", {}, q.label);
      const fieldset = el("fieldset", { "aria-describedby": described }, legend);
      const options = q.options.map((option, i) => [String(i), option.label]);
      if (!multiple) options.push(["", UNKNOWN]);
      for (const [value, label] of options) {
        const input = el("input", { type: multiple ? "checkbox" : "radio", name: q.id, value, id: `${id}-${value || "unknown"}` });
        if (value === "" && !multiple) input.defaultChecked = true;
        fieldset.append(el("label", { class: "jointly-choice" }, input, " ", label));
      }
      if (multiple) why.append(" Leave them all unticked if you don't know.");
      box.append(fieldset);
    } else if (choices) {
      const select = el("select", { id: `${id}-input`, name: q.id, "aria-describedby": described },
        el("option", { value: "" }, UNKNOWN), q.options.map((o, i) => el("option", { value: String(i) }, o.label)));
      box.append(el("label", { for: `${id}-input`, class: "jointly-label" }, q.label), select);
    } else {
      const attrs = { id: `${id}-input`, name: q.id, "aria-describedby": described, autocomplete: "off" };
      const input =
        q.kind === "date"
          ? el("input", { type: "date", ...attrs })
          : el("input", { type: "text", inputmode: q.kind === "int" ? "numeric" : "decimal", size: 12, ...attrs });
      why.append(" Leave it blank if you don't know.");
      box.append(el("label", { for: attrs.id, class: "jointly-label" }, q.label), input);
    }
    box.append(why, knockout, error, caution);
    if (q.details?.length) box.append(el("div", { class: "jointly-details", id: `${id}-details`, hidden: true }, q.details.map((d) => this.#detail(q, d))));
    return box;
  }

  /** One follow-up field of an event question (`mailed`, `last_day`, `end`): asked once the event's date is given. */
  #detail(q, d) {
    const key = `${q.id}.${d.field}`;
    const id = domId(key);
    const input = el("input", { type: "date", id: `${id}-input`, name: key, "aria-describedby": `${id}-why ${id}-error`, autocomplete: "off" });
    return el("div", { class: "jointly-detail", id, dataset: { detail: key, kind: d.kind } },
      el("label", { for: `${id}-input`, class: "jointly-label" }, d.label), input,
      el("p", { class: "jointly-why", id: `${id}-why` }, el("span", { class: "jointly-why__label" }, "Why we ask: "), d.why, " Leave it blank if you don't know."),
      el("p", { class: "jointly-error", id: `${id}-error`, hidden: true }));
  }

  /** The given follow-up fields of an event question, as that event's fields ({mailed: "2025-03-03"}). */
  #detailValues(q) {
    const out = {};
    for (const d of q.details ?? []) {
      const key = `${q.id}.${d.field}`;
      const value = key in this.overrides ? this.overrides[key] : this.form.elements[key].value || null;
      if (value !== null && value !== undefined) out[d.field] = value;
    }
    return out;
  }

  /** Show an event question's follow-up fields once its date is given (or one of them already is). */
  #details(q) {
    const box = q.details?.length && this.list.querySelector(`#${domId(q.id)}-details`);
    if (box) box.hidden = this.value(q) === null && Object.keys(this.#detailValues(q)).length === 0;
  }

  /** The follow-up field an error on `events[i].<field>` of question `q` belongs to, if it has one. */
  #detailBox(q, field) {
    const name = /^events\[\d+\]\.(\w+)$/.exec(field)?.[1];
    return q.details?.some((d) => d.field === name) ? this.list.querySelector(`#${domId(`${q.id}.${name}`)}`) : null;
  }

  #controls(q) {
    return [...this.form.elements].filter((control) => control.name === q.id);
  }

  /** The answer to one question as the facts format has it; null for "I don't know". */
  value(q) {
    if (q.id in this.overrides) return this.overrides[q.id];
    const controls = this.#controls(q);
    const first = controls[0];
    if (first.type === "checkbox") {
      const picked = controls.filter((c) => c.checked).map((c) => q.options[Number(c.value)].value);
      return picked.length ? picked : null;
    }
    if (first.type === "radio") {
      const checked = controls.find((c) => c.checked);
      return checked && checked.value !== "" ? q.options[Number(checked.value)].value : null;
    }
    if (first.tagName === "SELECT") return first.value === "" ? null : q.options[Number(first.value)].value;
    if (first.type === "date") return first.value || null;
    return readNumber(first.value, q.kind);
  }

  /** Put `value` into the controls of `q`; false if they cannot show it exactly. */
  #put(q, value) {
    const controls = this.#controls(q);
    const first = controls[0];
    if (value === null) return true;
    const index = (v) => q.options.findIndex((o) => o.value === v);
    if (first.type === "checkbox") {
      if (!Array.isArray(value) || new Set(value).size !== value.length || value.some((v) => index(v) < 0)) return false;
      for (const c of controls) c.checked = value.includes(q.options[Number(c.value)].value);
      return true;
    }
    if (first.type === "radio" || first.tagName === "SELECT") {
      const i = index(value);
      if (i < 0) return false;
      if (first.tagName === "SELECT") first.value = String(i);
      else for (const c of controls) c.checked = c.value === String(i);
      return true;
    }
    if (first.type === "date") {
      if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
      first.value = value;
      return first.value === value;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
    first.value = String(value);
    return readNumber(first.value, q.kind) === value;
  }

  /** Every answer on the page, shown or hidden, with the facts no question asks: facts-shaped. */
  answers() {
    const facts = {};
    if ("version" in this.extras) facts.version = this.extras.version;
    facts.as_of = "as_of" in this.overrides ? this.overrides.as_of : this.asOf.value || today();
    const events = Array.isArray(this.extras.events) ? [...this.extras.events] : [];
    for (const q of this.questions) {
      const value = this.value(q);
      const details = q.event ? this.#detailValues(q) : {};
      if ((value === null || value === undefined) && Object.keys(details).length === 0) continue;
      // A follow-up field given without the event's date is sent as it is: the check then asks for the date.
      if (q.event) events.push({ ...this.eventExtra[q.id], type: q.id, ...(value === null ? {} : { date: value }), ...details });
      else setPath(facts, q.id, value);
    }
    for (const [key, value] of Object.entries(this.extras)) {
      if (key === "events" || key === "version") continue;
      if (isObject(value) && isObject(facts[key])) facts[key] = { ...value, ...facts[key] };
      else if (!(key in facts)) facts[key] = value;
    }
    if (events.length || "events" in this.extras) facts.events = "events" in this.extras && !Array.isArray(this.extras.events) ? this.extras.events : events;
    return facts;
  }

  /** Empty every answer and forget everything loaded. */
  clear() {
    this.form.reset();
    this.ticked = null;
    this.extras = {};
    this.eventExtra = {};
    this.overrides = {};
    this.asOf.value = today();
    this.showErrors([], {});
    for (const q of this.questions) {
      this.#knockouts(q);
      this.#details(q);
    }
  }

  /** Fill the form from facts (a saved file or a link). What no question asks is kept as given. */
  load(facts) {
    this.clear();
    const rest = structuredClone(facts);
    if ("as_of" in rest) {
      if (typeof rest.as_of === "string" && ISO_DATE.test(rest.as_of)) this.asOf.value = rest.as_of;
      if (this.asOf.value !== rest.as_of) this.overrides.as_of = rest.as_of;
      delete rest.as_of;
    }
    for (const q of this.questions.filter((q) => !q.event)) {
      const value = getPath(rest, q.id);
      if (value === undefined) continue;
      deletePath(rest, q.id);
      if (!this.#put(q, value)) this.overrides[q.id] = value;
    }
    if (Array.isArray(rest.events)) {
      for (const q of this.questions.filter((q) => q.event)) {
        const mine = rest.events
          .filter((e) => isObject(e) && e.type === q.id)
          .sort((a, b) => String(a.date).localeCompare(String(b.date)))[0];
        if (!mine) continue;
        rest.events.splice(rest.events.indexOf(mine), 1);
        const { type, date, ...other } = mine;
        for (const d of q.details ?? []) {
          if (!(d.field in other)) continue;
          const key = `${q.id}.${d.field}`;
          const value = other[d.field];
          delete other[d.field];
          const input = this.form.elements[key];
          if (typeof value === "string" && ISO_DATE.test(value)) input.value = value;
          if (value !== null && input.value !== value) this.overrides[key] = value;
        }
        this.eventExtra[q.id] = other;
        if (!this.#put(q, date ?? null)) this.overrides[q.id] = date;
      }
      if (rest.events.length === 0) delete rest.events;
    }
    this.extras = rest;
    for (const q of this.questions) {
      this.#knockouts(q);
      this.#details(q);
      this.#sets(q, false); // a loaded letter puts its date question next to it, and ticks nothing
    }
    this.show(visible(this.questions, this.answers(), this.eventTypes));
  }

  /** Forget keys the facts format does not have (paths as the worker names them: "note",
   * "household.note", "events[3].note"), once the page has said they were ignored. */
  forget(paths) {
    for (const path of paths) {
      const event = /^events\[\d+\]\.(.+)$/.exec(path);
      if (event) {
        for (const e of [...(Array.isArray(this.extras.events) ? this.extras.events : []), ...Object.values(this.eventExtra)])
          if (isObject(e)) delete e[event[1]];
      } else if (path.includes(".")) deletePath(this.extras, path);
      else delete this.extras[path];
    }
  }

  /** Show only the questions with these ids. */
  show(ids) {
    this.shown = ids;
    const keep = new Set(ids);
    for (const box of this.list.children) box.hidden = !keep.has(box.dataset.question);
  }

  /** A choice that points elsewhere (the letter question): tick its problem, and put its date question next. */
  #sets(q, tick = true) {
    if (!q.sets) return;
    const hit = q.sets.find((s) => s.answer === this.value(q));
    const problems = this.byId.get("problems");
    const box = (value) => this.#controls(problems).find((c) => c.value === String(problems.options.findIndex((o) => o.value === value)));
    // A problem ticked for an earlier choice of letter (one the reader had not ticked) is unticked again.
    if (tick && this.ticked && box(this.ticked)) box(this.ticked).checked = false;
    this.ticked = null;
    if (!hit) return;
    const control = tick && problems && hit.problem ? box(hit.problem) : null;
    if (control && !control.checked) {
      control.checked = true;
      this.ticked = hit.problem;
    }
    const asked = hit.asks && this.list.querySelector(`#${domId(hit.asks)}`);
    if (!asked) return;
    const here = this.list.querySelector(`#${domId(q.id)}`);
    for (const box of this.list.children) box.dataset.step = this.byId.get(box.dataset.question).step ?? "";
    here.after(asked);
    asked.dataset.step = here.dataset.step; // on a phone, the date is asked in the letter's step
  }

  #knockouts(q) {
    const note = this.list.querySelector(`#${domId(q.id)}-note`);
    const value = this.value(q);
    const hit = (q.knockouts ?? []).find((k) => k.answer === value);
    note.hidden = !hit;
    note.textContent = hit ? hit.text : "";
  }

  /** The question an error's field belongs to, given the facts that were checked. */
  #questionFor(field, facts) {
    const event = /^events\[(\d+)\]/.exec(field);
    if (event) {
      const type = facts.events?.[Number(event[1])]?.type;
      const q = this.byId.get(type);
      return q?.event && (field.endsWith(".date") || this.#detailBox(q, field)) ? q : null;
    }
    const q = this.byId.get(field.replace(/\[\d+\]$/, ""));
    return q && !q.event ? q : null;
  }

  /** Dates typed that are not real dates (02/30/2025): the browser gives no value for them, so
   * without this they would silently count as "I don't know". As errors, by their questions. */
  typingErrors() {
    const message = "this is not a real date. Check the day and the month (February has 28 or 29 days, and April, June, September and November 30).";
    const out = [];
    for (const q of this.questions.filter((q) => this.shown.includes(q.id))) {
      if (q.kind === "date" && this.#controls(q)[0].validity.badInput) out.push({ question: q.id, field: q.id, message });
      // An event's follow-up dates too; the field is named as an error on that event would be (see #detailBox).
      for (const d of q.details ?? [])
        if (this.form.elements[`${q.id}.${d.field}`].validity.badInput) out.push({ question: q.id, field: `events[0].${d.field}`, message });
    }
    return out;
  }

  /** Mark each error next to its question, in the calculator's words, and each consistency
   * finding ({impossible, unlikely}) too: an impossible one as an error, an unlikely one as a
   * caution. What belongs to no question shown goes in one list. Returns the number of errors. */
  showErrors(errors, facts, findings = { impossible: [], unlikely: [] }) {
    for (const box of this.list.children) {
      for (const note of box.querySelectorAll(".jointly-error, .jointly-caution")) {
        note.hidden = true;
        note.textContent = "";
      }
      for (const c of box.querySelectorAll("input, select")) c.removeAttribute("aria-invalid");
    }
    this.asOf.removeAttribute("aria-invalid");
    const general = [];
    let fromElsewhere = false;
    const mark = ({ field, message, question }, kind) => {
      const q = question ? this.byId.get(question) : this.#questionFor(field, facts);
      const own = q && this.shown.includes(q.id) ? this.list.querySelector(`#${domId(q.id)}`) : null;
      const box = own && (this.#detailBox(q, field) ?? own); // an event's follow-up field has its own place
      const lead = kind === "caution" ? "Please check this answer: " : "Check this answer: ";
      if (box) {
        const note = kind === "caution" ? own.querySelector(".jointly-caution") : box.querySelector(".jointly-error");
        note.hidden = false;
        note.append(note.textContent ? " " : lead, message);
        if (kind !== "caution") for (const c of box.dataset.detail ? box.querySelectorAll("input") : this.#controls(q)) c.setAttribute("aria-invalid", "true");
        return;
      }
      if (field === "as_of" && kind !== "caution") this.asOf.setAttribute("aria-invalid", "true");
      // An answer no question on the page asks can only have come from a saved file or a link.
      const asked = q || field === "as_of";
      fromElsewhere ||= !asked;
      general.push(el("li", { class: kind === "caution" ? "jointly-caution" : null },
        q ? el("strong", {}, q.label) : field === "as_of" ? el("strong", {}, "Date of this check") : el("code", {}, field || "facts"), ": ", message));
    };
    for (const error of errors) mark(error, "error");
    for (const finding of findings.impossible ?? []) mark(finding, "error");
    for (const finding of findings.unlikely ?? []) mark(finding, "caution");
    this.generalErrors.hidden = general.length === 0;
    const head = fromElsewhere ? "These answers, some from a saved file or a link, need checking:" : "These answers need checking:";
    this.generalErrors.replaceChildren(...(general.length ? [el("p", {}, head), el("ul", {}, general)] : []));
    return errors.length;
  }

  /** Move the keyboard focus to a question (for "answer this to say more" links). */
  focus(qid) {
    const box = this.list.querySelector(`#${domId(qid)}`);
    if (!box || box.hidden) return false;
    box.scrollIntoView({ block: "center" });
    box.querySelector("input, select").focus();
    return true;
  }

  /** The shown questions' answers in words, and the given facts no question asks: what a plan is based on. */
  describe(facts) {
    const lines = [];
    for (const qid of this.shown) {
      const q = this.byId.get(qid);
      const value = q.event ? facts.events?.find((e) => e.type === qid)?.date : getPath(facts, qid);
      if (value === undefined || value === null) continue;
      const word = (v) => q.options.find((o) => o.value === v)?.label ?? JSON.stringify(v);
      let text;
      if (q.kind === "date" && ISO_DATE.test(String(value))) text = longDateText(value);
      else if (Array.isArray(value)) text = value.map(word).join("; ");
      else if (q.options.length) text = word(value);
      else text = q.kind === "money" && typeof value === "number" ? `$${value.toLocaleString("en-US")}` : String(value);
      const amount = q.event ? facts.events?.find((e) => e.type === qid)?.amount : undefined;
      if (typeof amount === "number") text += ` (amount: $${amount.toLocaleString("en-US")})`;
      lines.push([q.label, text]);
      const event = q.event ? facts.events?.find((e) => e.type === qid) : undefined;
      for (const d of q.details ?? []) {
        const given = event?.[d.field];
        if (given !== undefined && given !== null) lines.push([d.label, ISO_DATE.test(String(given)) ? longDateText(given) : String(given)]);
      }
    }
    const asked = new Set(this.questions.map((q) => q.id));
    for (const [key, value] of Object.entries(this.extras)) {
      if (key === "events" && Array.isArray(value)) {
        for (const e of value) {
          const when = [e?.date, e?.end ? `to ${e.end}` : null, e?.amount != null ? `$${e.amount}` : null];
          lines.push([`Also in your file: ${e?.type ?? "an event"}`, when.filter(Boolean).join(", ")]);
        }
      } else if (isObject(value)) {
        for (const [sub, v] of Object.entries(value)) if (!asked.has(`${key}.${sub}`)) lines.push([`${key}.${sub}`, JSON.stringify(v)]);
      } else if (key !== "version") lines.push([key, JSON.stringify(value)]);
    }
    return lines;
  }
}

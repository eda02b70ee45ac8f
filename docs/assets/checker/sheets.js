// The two paper helpers, from result.sheets (calculator/forms): the Form 8379 allocation worksheet
// and the Form 8857 answer sheet with its statement outline. Each can be printed on its own.
// Every figure and sentence comes from Python; this file only lays them out.
import { el } from "./dom.js";

const BLANK = "\u00a0"; // an empty cell prints as a line to write on (see sheets.css)

const dollars = (n) => `$${Math.round(n).toLocaleString("en-US")}`;

/** A citation as its short name only: sheets are for paper, and print no addresses. */
function source(reason) {
  return el("span", { class: "jointly-sheet__source" }, ` (${reason.cite})`);
}

function steps(list) {
  return el("ol", {}, list.map((r) => el("li", {}, r.text, source(r))));
}

function printButton(form) {
  return el("button", {
    type: "button", class: "md-button jointly-sheet__print",
    onclick: () => {
      document.body.dataset.printSheet = form;
      addEventListener("afterprint", () => delete document.body.dataset.printSheet, { once: true });
      print();
    },
  }, "Print this sheet");
}

function cell(value, column) {
  return el("td", { class: value === null ? "jointly-sheet__blank" : "jointly-sheet__amount", "data-label": column },
    value === null ? BLANK : dollars(value));
}

function worksheet(sheet) {
  const year = sheet.tax_year ? ` for ${sheet.tax_year}` : "";
  const estimate = sheet.estimate === null
    ? el("p", { class: "jointly-sheet__estimate" }, sheet.estimate_text)
    : el("p", { class: "jointly-sheet__estimate", dataset: { refundEstimate: String(sheet.estimate) } }, el("strong", {}, sheet.estimate_text));
  return el("section", { class: "jointly-block jointly-sheet", dataset: { form: "8379-worksheet" } },
    el("h3", {}, `${sheet.title}${year} (Form ${sheet.form}, Part III)`),
    estimate,
    el("table", { class: "jointly-sheet__table" },
      el("caption", {}, "Allocation between spouses of items on the joint return"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Line"), el("th", { scope: "col" }, "Item"),
        sheet.columns.map((c) => el("th", { scope: "col" }, c)))),
      el("tbody", {}, sheet.rows.map((r) => el("tr", {},
        el("th", { scope: "row" }, r.line),
        el("td", {}, r.label, el("span", { class: "jointly-sheet__how" }, r.how)),
        cell(r.joint, sheet.columns[0]), cell(r.injured, sheet.columns[1]), cell(r.other, sheet.columns[2]))))),
    el("p", { class: "jointly-sheet__note" }, sheet.lines_note.text, source(sheet.lines_note)),
    el("h4", {}, "What to do next"),
    steps(sheet.next_steps),
    printButton("8379-worksheet"));
}

function answers(sheet) {
  const several = sheet.years.length > 1;
  return el("section", { class: "jointly-block jointly-sheet", dataset: { form: "8857-answers" } },
    el("h3", {}, `${sheet.title} (Form ${sheet.form}, ${sheet.revision})`),
    el("p", {}, `Tax ${several ? "years" : "year"}: ${sheet.years.join(", ")}. ${sheet.derived}`),
    el("p", { class: "jointly-sheet__note" }, sheet.unconfirmed.text, source(sheet.unconfirmed)),
    el("ol", { class: "jointly-sheet__questions" }, sheet.questions.map((q) => el("li", { dataset: { question: q.key } },
      el("p", { class: "jointly-sheet__line" }, el("strong", {}, q.line ? `Line ${q.line}` : "Line number not confirmed"), ` · ${q.part}`),
      el("p", {}, q.asks),
      q.answers.map((a) => {
        const years = several ? `${a.years.join(", ")}: ` : "";
        return a.text
          ? el("p", { class: "jointly-sheet__answer" }, years, a.text)
          : el("p", { class: "jointly-sheet__answer jointly-sheet__answer--blank" }, years, `To fill in: ${q.instruction}`);
      })))),
    el("h4", {}, "Your statement: an outline"),
    el("p", {}, sheet.statement.note),
    el("ol", { class: "jointly-sheet__statement" }, sheet.statement.parts.map((p) => el("li", { dataset: { part: p.key } },
      el("p", {}, el("strong", {}, p.title), ". ", p.prompt),
      p.known.length ? el("p", {}, "What you told the checker: ", p.known.join(" ")) : null,
      p.evidence.length ? el("ul", {}, p.evidence.map((e) => el("li", {}, "Evidence: ", e))) : null))),
    printButton("8857-answers"));
}

/** The sheets for this result, as nodes to append to the results (none when no form applies; a year of a case has only its Form 8379 sheet). */
export function sheets(result) {
  const s = result.sheets ?? {};
  return [s["8379"] ? worksheet(s["8379"]) : null, s["8857"] ? answers(s["8857"]) : null].filter(Boolean);
}

// The results: five relief paths, deadlines, collection alternatives and the plan, built with
// DOM calls only (see dom.js). Every conclusion shows its reasons and links to the official text.
import { cited, days, el, link, longDate, longDateText } from "./dom.js";
import { sheets } from "./sheets.js";

const URGENT_DAYS = 30; // the "urgent": fewer than 30 days left

/** Each relief path's guide: the page's own link (the build resolves it), as {href, name}. */
function guideFor(id) {
  const a = document.querySelector(`[data-guide="${id}"]`);
  return a ? { href: a.getAttribute("href").replace(/#.*$/, ""), name: a.textContent.trim() } : null;
}

/** "19 days left", "Due today", "Passed 3 days ago", and whether it is urgent or passed. */
function timing(due, asOf) {
  const left = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
  if (left < 0) return { state: "passed", badge: "Passed", text: `Passed ${days(-left)} ago` };
  const text = left === 0 ? "Due today" : `${days(left)} left`;
  return left < URGENT_DAYS ? { state: "urgent", badge: "Urgent", text } : { state: "open", badge: null, text };
}

function when(due, asOf) {
  const t = timing(due, asOf);
  return el("span", { class: `jointly-when jointly-when--${t.state}` },
    t.badge ? el("strong", { class: "jointly-badge" }, t.badge, ": ") : null, longDate(due), ` (${t.text})`);
}

const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function section(title, ...body) {
  return el("section", { class: "jointly-block" }, el("h3", {}, title), ...body);
}

function reasonsList(reasons, summary) {
  if (!reasons?.length) return null;
  const list = el("ul", { class: "jointly-reasons" }, reasons.map(cited));
  return summary ? el("details", { class: "jointly-more" }, el("summary", {}, summary), list) : list;
}

/** The deadlines still open, then the passed ones folded under "Passed", each naming the route still open. */
function deadlines(result) {
  const items = [...result.deadlines].sort((a, b) => a.due.localeCompare(b.due));
  if (!items.length) return section("Deadlines", el("p", {}, "Nothing in your answers starts a deadline yet. The kinds of relief above say what would."));
  const instead = new Map(result.plan.passed.map((p) => [p.id, p.instead]));
  const item = (d) => {
    const t = timing(d.due, result.as_of);
    return el("li", { class: `jointly-deadline jointly-deadline--${t.state}`, dataset: { deadline: d.id, due: d.due, state: t.state } },
      el("p", { class: "jointly-deadline__title" }, el("strong", {}, d.title)),
      el("p", {}, when(d.due, result.as_of)),
      t.state === "passed" && instead.get(d.id) ? el("p", { class: "jointly-instead" }, instead.get(d.id)) : null,
      el("p", {}, d.rule, d.can_extend === false && !/extend/i.test(d.rule) ? " You cannot get more time for this." : ""),
      reasonsList(d.reasons, "How this date was worked out"));
  };
  const open = items.filter((d) => d.days_left >= 0);
  const passed = items.filter((d) => d.days_left < 0);
  return section("Deadlines",
    open.length ? el("ul", { class: "jointly-deadlines" }, open.map(item)) : el("p", {}, "No deadline in your answers is still open."),
    passed.length ? el("details", { class: "jointly-fold", dataset: { fold: "passed" } },
      el("summary", {}, `Passed (${passed.length})`),
      el("p", {}, "These dates have gone by. Each one says what is still open instead."),
      el("ul", { class: "jointly-deadlines" }, passed.map(item))) : null);
}

const VERDICT_ICON = { likely: "✓", possible: "◐", check: "!", needs_info: "?", not_available: "–" };

function reliefCard(r, result, form, formsByNumber) {
  const guide = guideFor(r.id);
  const formInfo = formsByNumber.get(r.form);
  const missing = r.missing.map((path) => {
    const qid = path.startsWith("events.") ? path.slice(7) : path;
    const q = form.byId.get(qid);
    if (!q) return el("li", {}, el("code", {}, path));
    return el("li", {}, el("a", { href: `#${"q-" + qid.replace(/[^a-z0-9]+/gi, "-")}`, onclick: (e) => form.focus(qid) && e.preventDefault() }, q.label));
  });
  return el("article", { class: `jointly-relief jointly-relief--${r.verdict}`, dataset: { relief: r.id, verdict: r.verdict, ...(r.deadline ? { deadlineDue: r.deadline } : {}) } },
    el("h4", {}, r.title),
    el("p", { class: "jointly-verdict" }, el("span", { class: "jointly-verdict__icon", "aria-hidden": "true" }, VERDICT_ICON[r.verdict] ?? ""), " ", el("strong", {}, r.headline), "."),
    // A path that does not appear available still shows its date, but not as a call to act.
    r.deadline ? el("p", {}, r.verdict === "not_available" ? "If it applied, the last day to ask would be " : "Last day to ask: ", when(r.deadline, result.as_of)) : null,
    reasonsList(r.reasons, r.verdict === "not_available" ? null : "Why"),
    missing.length ? el("div", { class: "jointly-missing" }, el("p", {}, "To say more, the checker needs:"), el("ul", {}, missing)) : null,
    reasonsList(r.deadline_reasons, "How the last day was worked out"),
    el("p", { class: "jointly-links" },
      r.form ? el("span", {}, "Form: ", formInfo ? link(`Form ${r.form}, ${formInfo.name}`, formInfo.url) : `Form ${r.form}`, ". ") : null,
      guide ? el("a", { href: guide.href }, `Read the guide: ${guide.name}`) : null));
}

/** The kinds of relief that fit, strongest first; the others folded under one heading, each keeping its "why not". */
function relief(result, form, formsByNumber) {
  const byId = new Map(result.relief.map((r) => [r.id, r]));
  const fits = result.plan.relief_fits.map((id) => byId.get(id));
  const others = result.plan.relief_others.map((id) => byId.get(id));
  return section("Kinds of relief that fit",
    el("p", {}, "Strongest first. One Form 8857 asks for the first four kinds at once; the IRS decides."),
    fits.length ? fits.map((r) => reliefCard(r, result, form, formsByNumber)) : el("p", {}, "None appears to fit these answers."),
    others.length ? el("details", { class: "jointly-fold", dataset: { fold: "other-relief" } },
      el("summary", {}, `Other kinds of relief (${others.length}): do not fit your answers`),
      others.map((r) => reliefCard(r, result, form, formsByNumber))) : null);
}

function address(value) {
  return el("dl", { class: "jointly-address" },
    el("dt", {}, "By U.S. mail"), el("dd", {}, value.usps),
    el("dt", {}, "By private delivery service"), el("dd", {}, value.private_delivery),
    el("dt", {}, "By fax"), el("dd", {}, value.fax));
}

/** What to do now: the actions Python chose, in its order, each with form, where, date and one line of why. */
function actions(result, formsByNumber, sfx = "") {
  return el("section", { class: "jointly-now", "aria-labelledby": `jointly-now-title${sfx}` },
    el("h3", { id: `jointly-now-title${sfx}` }, "What to do now"),
    el("ol", { class: "jointly-actions" }, result.plan.actions.map((a) => {
      const f = a.form ? formsByNumber.get(a.form) : null;
      return el("li", { class: `jointly-action${a.now ? " jointly-action--now" : ""}`, dataset: { nextStep: a.id, ...(a.due ? { due: a.due } : {}) } },
        el("p", { class: "jointly-action__title" }, el("strong", {}, a.title)),
        a.due ? el("p", {}, a.now ? "Last day: " : "By: ", when(a.due, result.as_of)) : null,
        el("p", {}, a.why.text, " ", el("span", { class: "jointly-cite" }, "(", link(a.why.cite, a.why.url), ")")),
        f ? el("p", {}, "Form: ", link(`Form ${f.number}, ${f.name}`, f.url), ". Where: ", a.where ?? f.where) : a.where ? el("p", {}, "Where: ", a.where) : null,
        a.address ? address(a.address) : null);
    })));
}

/** Talk to someone: phone numbers as plain text, so they work on paper and without the network. */
export function talk(contacts, sfx = "") {
  return el("section", { class: "jointly-talk", "aria-labelledby": `jointly-talk-title${sfx}` },
    el("h3", { id: `jointly-talk-title${sfx}` }, "Talk to someone"),
    el("ul", {}, contacts.map((c) => el("li", { dataset: { contact: c.key } },
      el("strong", {}, c.name), ": ", el("span", { class: "jointly-phone" }, c.phone),
      c.tty ? ` (TTY ${c.tty})` : "", c.text ? `; ${c.text}` : "", ". ", c.when, " ",
      el("span", { class: "jointly-cite" }, "(", link(c.cite, c.url), ")")))));
}

function alternatives(result) {
  const shown = result.collection_alternatives.filter((a) => a.applies);
  if (!shown.length) return null;
  return section("Ways to pay or pause collection",
    el("p", {}, "These deal with the debt; they are not relief from it."),
    shown.map((a) => el("article", { class: "jointly-alternative", dataset: { alternative: a.id } },
      el("h4", {}, a.title),
      el("p", {}, a.summary),
      a.warnings.map((w) => el("p", { class: "jointly-warning", role: "note" }, el("strong", {}, "Warning. "), sentence(w.text.replace(/^Warning:\s*/, "")), " ", el("span", { class: "jointly-cite" }, "(", link(w.cite, w.url), ")"))),
      reasonsList([...a.reasons, ...a.options, ...a.costs, ...a.consequences], "Options, costs and consequences"))));
}

function plan(result) {
  const p = result.plan;
  return section("Your plan in full",
    el("h4", {}, "Forms to send"),
    el("ol", { class: "jointly-forms" }, p.forms.map((f) => el("li", { dataset: { form: f.number } },
      el("p", {}, el("strong", {}, link(`Form ${f.number}, ${f.name}`, f.url)), `: ${f.purpose}`),
      f.why ? el("p", {}, f.why.text) : null,
      f.due ? el("p", {}, "Send by: ", when(f.due, result.as_of)) : null,
      el("p", {}, "Where: ", f.where),
      f.address ? address(f.address) : null,
      f.address_rule ? el("p", { class: "jointly-cite" }, "Addresses change; check them first: ", link(f.address_rule.cite, f.address_rule.url),
        ...(f.address_rule.also || []).flatMap((c) => ["; ", link(c.cite, c.url)]), ".",
        f.address_rule.verified === "unconfirmed" ? el("strong", { class: "jointly-unconfirmed" }, " We could not confirm this address in the IRS's current text.") : null) : null,
      f.errors?.length ? el("details", { class: "jointly-more" }, el("summary", {}, "Mistakes to avoid"), el("ul", {}, f.errors.map((e) => el("li", {}, e)))) : null))),
    p.next_steps.length ? [el("h4", {}, "What happens next"), el("ol", { class: "jointly-reasons" }, p.next_steps.map(cited))] : null,
    el("h4", {}, "People who can help"),
    el("ul", { class: "jointly-referrals" }, p.referrals.map((r) => el("li", { dataset: { referral: r.id } },
      el("p", {}, el("strong", {}, r.link ? link(r.title, r.link) : r.title), ". ", r.text, " ", el("span", { class: "jointly-cite" }, "(", link(r.cite, r.url), ")")),
      r.why ? el("p", {}, r.why.text) : null,
      r.caution ? el("p", { class: "jointly-warning", role: "note" }, el("strong", {}, "Note. "), r.caution.text, " ", el("span", { class: "jointly-cite" }, "(", link(r.caution.cite, r.caution.url), ")")) : null))));
}

function basis(result, form, facts) {
  const lines = form.describe(facts);
  return el("section", { class: "jointly-block jointly-basis" },
    el("h3", {}, "What this is based on"),
    el("p", {}, "Checked as of ", longDate(result.as_of), "; rules current as of ", longDate(result.rules_current_as_of), "."),
    lines.length ? el("dl", { class: "jointly-facts" }, lines.flatMap(([label, text]) => [el("dt", {}, label), el("dd", {}, text)]))
      : el("p", {}, "No answers yet: every question was left as \"I don't know\"."));
}

/** One sentence for screen readers: the verdicts and the nearest open deadline. */
export function summarize(result) {
  const count = (verdict) => result.relief.filter((r) => r.verdict === verdict).length;
  const parts = [];
  for (const [verdict, words] of [["likely", "appear to fit"], ["possible", "may fit"], ["needs_info", "need more answers"]]) {
    const n = count(verdict);
    if (n) parts.push(`${n} ${n === 1 ? "kind of relief" : "kinds of relief"} ${n === 1 ? words.replace("appear ", "appears ").replace("need ", "needs ") : words}`);
  }
  if (!parts.length) parts.push("no kind of relief appears to fit on these answers");
  const open = result.deadlines.filter((d) => d.days_left >= 0).sort((a, b) => a.due.localeCompare(b.due))[0];
  const next = open ? ` Nearest deadline: ${longDateText(open.due)}, ${days(open.days_left)} left.` : "";
  return `Results updated: ${parts.join(", ")}.${next}`;
}

/** Figures that may be out of date on the check's date, and unconfirmed rules the result rests on. */
function ruleNotes(result) {
  const stale = (result.stale || []).map((s) => el("li", {}, "Expected to change by ", longDate(s.expected_by), ": ", s.label, " ", el("span", { class: "jointly-cite" }, "(", link(s.cite, s.url), ")")));
  const unsure = (result.unconfirmed || []).map((u) => el("li", {}, u.label, " What we saw: ", u.seen, ". ", el("span", { class: "jointly-cite" }, "(", link(u.cite, u.url), ")")));
  return !stale.length && !unsure.length ? [] : [el("div", { class: "jointly-warning jointly-rule-notes", role: "note" },
    stale.length ? [el("p", {}, el("strong", {}, "These figures may be out of date. "), "A newer version was expected before the date of this check; compare them with the official text."), el("ul", {}, stale)] : null,
    unsure.length ? [el("p", {}, el("strong", {}, "Unconfirmed rules. "), "Part of this result rests on rules we could not confirm in official text."), el("ul", {}, unsure)] : null)];
}

function evidence(result, sfx = "") {
  return el("section", { class: "jointly-evidence", "aria-labelledby": `jointly-evidence-title${sfx}` },
    el("h3", { id: `jointly-evidence-title${sfx}` }, "Evidence to gather"),
    el("ul", { class: "jointly-checklist" }, result.plan.evidence.map((r) => {
      const item = cited(r);
      item.prepend(el("span", { class: "jointly-box", "aria-hidden": "true" }, "☐ "));
      return item;
    })));
}

/** The tax year and date of the check, as the printed action sheet's title. */
function sheetTitle(result) {
  const year = result.facts.tax_year;
  return el("p", { class: "jointly-plan-sheet__title" },
    el("strong", {}, year ? `Plan for tax year ${year}` : "Plan"), ", checked as of ", longDate(result.as_of),
    ". Rules current as of ", longDate(result.rules_current_as_of), ".");
}

/** Replace `container`'s content with the whole result: the action sheet first, the reasons after it. */
let renders = 0; // ids stay unique when a case renders one result per tax year

export function renderResults(container, result, form, facts) {
  const formsByNumber = new Map(result.plan.forms.map((f) => [f.number, f]));
  const sfx = container.id === "checker-results-body" ? "" : `-${++renders}`;
  const parts = [
    el("div", { class: "jointly-plan-sheet" },
      sheetTitle(result),
      actions(result, formsByNumber, sfx),
      evidence(result, sfx),
      talk(result.plan.talk, sfx),
      el("p", { class: "jointly-disclaimer", role: "note" }, el("strong", {}, "Screening, not advice. "), result.disclaimer)),
    el("div", { class: "jointly-appendix" },
      el("h3", { class: "jointly-appendix__title" }, "Why: the reasons and the law"),
      ...ruleNotes(result),
      relief(result, form, formsByNumber),
      deadlines(result),
      alternatives(result),
      plan(result),
      basis(result, form, facts)),
    // The Form 8379 and 8857 sheets stay direct children, so each can be printed on its own (sheets.css).
    ...sheets(result),
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

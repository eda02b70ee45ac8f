// Which questions show, worked out in the page from the questions' own `show_if` data, so every
// question can be answered before Python has started. It interprets the condition language of
// calculator/questions.py (`holds`, `visible`) and holds no rule of its own; a test runs both
// over many answer sets and requires the same answer.

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** The answer at a field path, or an event's date for an event type; null when unknown. */
function lookup(answers, path, eventTypes) {
  if (!isObject(answers)) return null;
  if (eventTypes.has(path)) {
    const events = answers.events;
    if (Array.isArray(events)) for (const e of events) if (isObject(e) && e.type === path) return e.date ?? null;
    return null;
  }
  let value = answers;
  for (const part of path.split(".")) {
    if (!isObject(value)) return null;
    value = value[part] ?? null;
  }
  return value;
}

/** Equality as JSON means it: true is not 1. */
function same(a, b) {
  if (typeof a === "boolean" || typeof b === "boolean") return a === b;
  return typeof a === typeof b && a === b;
}

/** Evaluate a `show_if` condition against facts-shaped answers (questions.holds). */
export function holds(condition, answers, eventTypes) {
  if (condition === null || condition === undefined) return true;
  if ("all" in condition) return condition.all.every((c) => holds(c, answers, eventTypes));
  if ("any" in condition) return condition.any.some((c) => holds(c, answers, eventTypes));
  if ("not" in condition) return !holds(condition.not, answers, eventTypes);
  const value = lookup(answers, condition.field, eventTypes);
  if ("contains" in condition) return Array.isArray(value) && value.some((v) => same(v, condition.contains));
  if ("equals" in condition) return same(value, condition.equals);
  if ("in" in condition) return condition.in.some((option) => same(value, option));
  if ("known" in condition) return (value !== null) === Boolean(condition.known);
  throw new Error(`unknown condition ${JSON.stringify(condition)}`);
}

/** The ids of the questions to show for these answers, in order (questions.visible). `eventTypes`
 *  are the facts format's event types (the questions document's `event_types`). */
export function visible(questions, answers, eventTypes) {
  eventTypes = eventTypes instanceof Set ? eventTypes : new Set(eventTypes ?? questions.filter((q) => q.event).map((q) => q.id));
  return questions.filter((q) => holds(q.show_if, isObject(answers) ? answers : {}, eventTypes)).map((q) => q.id);
}

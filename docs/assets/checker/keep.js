// Keeping and sharing: facts from a deep link (#facts=<URL-encoded JSON>), an example from a
// guide (#example=<…>), or a saved file. A fragment never reaches the server, and nothing is
// stored unless the reader saves a file.

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
// What a file or link must be, in the reader's words; each refusal adds a technical detail.
const NOT_SAVED = "does not hold answers saved by this checker (the file that Save my answers makes, or a link to this page with answers in it)";

// Facts nest three levels at most (facts → events → one event). Anything far deeper or larger is
// not a facts file, and is refused here: Python's JSON reader in the worker would crash on it.
// MAX_CHARS is the calculator's MAX_INPUT (calculator/facts.py), the limit of the command line too,
// written into the page's questions block at build time (macros/render.py: checker_questions).
const MAX_DEPTH = 8;
const MAX_CHARS = Number(document.getElementById("checker-questions")?.dataset.maxInput);
if (!(MAX_CHARS > 0)) throw new Error("the checker page carries no size limit for facts (data-max-input)");
// The facts format has a few dozen fields; an object with far more keys is not facts (audit B15:
// 90,000 unknown keys in a link), and is refused at once rather than worked through.
const MAX_KEYS = 200;
// Only a number this long can overflow to Infinity (1e400, or 309 digits and more).
const HUGE_NUMBER = /\d[eE][+]?\d{3}|\d{309}/;

/** How deeply `value` nests arrays and objects, and the most keys one object has, counted without recursion. */
function shape(value) {
  let deepest = 0;
  let widest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, level] = stack.pop();
    deepest = Math.max(deepest, level);
    if (deepest > MAX_DEPTH) break;
    const children = Object.values(item);
    if (!Array.isArray(item)) widest = Math.max(widest, children.length);
    if (widest > MAX_KEYS) break;
    for (const child of children) if (child !== null && typeof child === "object") stack.push([child, level + 1]);
  }
  return { deepest, widest };
}

/** The first key given twice in one object of JSON `text` (which JSON.parse accepted), or null. */
function repeatedKey(text) {
  const open = []; // one Set of keys per open object; null for an array
  let expectKey = false;
  const escapes = text.includes("\\"); // keys are read as JSON only when some text has escapes
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (expectKey) {
        const key = escapes ? JSON.parse(text.slice(i, j + 1)) : text.slice(i + 1, j);
        if (open.at(-1).has(key)) return key;
        open.at(-1).add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === "{") {
      open.push(new Set());
      expectKey = true;
    } else if (c === "[") open.push(null);
    else if (c === "}" || c === "]") open.pop();
    else if (c === ",") expectKey = open.at(-1) instanceof Set;
  }
  return null;
}

/** `{facts}`, or `{error, detail}`: `error` for the reader, naming `what`; `detail` for someone fixing the file. */
function parse(text, what) {
  if (text.length > MAX_CHARS) return tooLarge(what);
  let facts;
  try {
    // A number too large for JavaScript (1e400) would become Infinity, and then null ("I don't
    // know") on its way to Python: it is kept as its text, so the checker says what is wrong.
    facts = HUGE_NUMBER.test(text)
      ? JSON.parse(text, (key, value, context) =>
          typeof value === "number" && !Number.isFinite(value) ? (context?.source ?? String(value)) : value)
      : JSON.parse(text);
  } catch (error) {
    return { error: `${what} could not be read: it is damaged or cut short, or it ${NOT_SAVED}`, detail: `not valid JSON: ${error.message}` };
  }
  if (!isObject(facts)) return { error: `${what} ${NOT_SAVED}`, detail: `it must hold one JSON object of facts, such as {"tax_year": 2023}` };
  const { deepest, widest } = shape(facts);
  if (deepest > MAX_DEPTH) return { error: `${what} ${NOT_SAVED}: its contents are arranged far more deeply than saved answers ever are`, detail: `values nested more than ${MAX_DEPTH} levels deep` };
  if (widest > MAX_KEYS) return { error: `${what} ${NOT_SAVED}: it holds far more entries than saved answers ever have`, detail: `more than ${MAX_KEYS} keys in one object` };
  const twice = repeatedKey(text);
  if (twice !== null) return { error: `${what} gives "${twice.slice(0, 80)}" twice, so it is unclear which answer is meant` };
  return { facts };
}

function tooLarge(what) {
  return { error: `${what} is far too large to hold answers saved by this checker`, detail: `more than ${MAX_CHARS.toLocaleString("en-US")} characters` };
}

/** `{facts, example}` from a `#facts=` or `#example=` fragment, `{error, detail}` if it cannot be read, or null when there is none. */
export function factsFromHash(hash) {
  const kind = ["#facts=", "#example="].find((prefix) => hash.startsWith(prefix));
  if (!kind) return null;
  const what = kind === "#example=" ? "The example link" : "The link";
  // Refused before decoding: a fragment this long cannot decode to a facts file (B15).
  if (hash.length > 3 * MAX_CHARS + kind.length) return tooLarge(what);
  let text;
  try {
    text = decodeURIComponent(hash.slice(kind.length));
  } catch {
    return { error: `${what} was cut short or garbled, perhaps when it was copied: copy the whole link again`, detail: "not valid URL encoding" };
  }
  const found = parse(text, what);
  return found.facts ? { ...found, example: kind === "#example=" } : found;
}

/** `{facts}` or `{error, detail}` from a file the reader picked. */
export async function factsFromFile(file) {
  if (file.size > MAX_CHARS) return tooLarge(file.name);
  return parse(await file.text(), file.name);
}

/** A file name with the date of the check: jointly-facts-2026-11-27.json. */
export function fileName(kind, asOf, extension) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? "") ? asOf : "undated";
  return `jointly-${kind}-${day}.${extension}`;
}

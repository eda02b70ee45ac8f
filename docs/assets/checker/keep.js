// Keeping and sharing: facts from a deep link (#facts=<URL-encoded JSON>) or a saved file.
// A fragment never reaches the server, and nothing is stored unless the reader saves a file.

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

// Facts nest three levels at most (facts → events → one event). Anything far deeper or larger is
// not a facts file, and is refused here: Python's JSON reader in the worker would crash on it.
const MAX_DEPTH = 8;
const MAX_CHARS = 1_000_000;

/** How deeply `value` nests arrays and objects, counted without recursion. */
function depth(value) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, level] = stack.pop();
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, level);
    if (deepest > MAX_DEPTH) break;
    for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return deepest;
}

function parse(text, what) {
  if (text.length > MAX_CHARS) return { error: `${what} is too large to be a facts file` };
  let facts;
  try {
    facts = JSON.parse(text);
  } catch (error) {
    return { error: `${what} is not valid JSON (${error.message})` };
  }
  if (!isObject(facts)) return { error: `${what} must hold one JSON object of facts, such as {"tax_year": 2023}` };
  if (depth(facts) > MAX_DEPTH) return { error: `${what} nests values far deeper than facts ever do, so it was not read` };
  return { facts };
}

/** `{facts}` from a `#facts=` fragment, `{error}` if it cannot be read, or null when there is none. */
export function factsFromHash(hash) {
  if (!hash.startsWith("#facts=")) return null;
  let text;
  try {
    text = decodeURIComponent(hash.slice("#facts=".length));
  } catch {
    return { error: "The link's facts are cut short or garbled (not valid URL encoding)" };
  }
  return parse(text, "The link's facts");
}

/** `{facts}` or `{error}` from a file the reader picked. */
export async function factsFromFile(file) {
  if (file.size > MAX_CHARS) return { error: `${file.name} is too large to be a facts file` };
  return parse(await file.text(), file.name);
}

/** A file name with the date of the check: jointly-facts-2026-11-27.json. */
export function fileName(kind, asOf, extension) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? "") ? asOf : "undated";
  return `jointly-${kind}-${day}.${extension}`;
}

// Keeping and sharing: facts from a deep link (#facts=<URL-encoded JSON>) or a saved file.
// A fragment never reaches the server, and nothing is stored unless the reader saves a file.

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

function parse(text, what) {
  let facts;
  try {
    facts = JSON.parse(text);
  } catch (error) {
    return { error: `${what} is not valid JSON (${error.message})` };
  }
  if (!isObject(facts)) return { error: `${what} must hold one JSON object of facts, such as {"tax_year": 2023}` };
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
  if (file.size > 1_000_000) return { error: `${file.name} is too large to be a facts file` };
  return parse(await file.text(), file.name);
}

/** A file name with the date of the check: jointly-facts-2026-11-27.json. */
export function fileName(kind, asOf, extension) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? "") ? asOf : "undated";
  return `jointly-${kind}-${day}.${extension}`;
}

// Small DOM helpers. Everything that shows data goes through textContent or attributes set
// one by one: nothing the user enters, and nothing the calculator returns, is parsed as HTML.

/** `el("p", {class: "x", dataset: {a: "1"}}, "text", child)`: an element with attributes and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "dataset") Object.assign(node.dataset, value);
    else if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name === "hidden") node.hidden = Boolean(value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** An official-text link only if the address is http(s); otherwise plain text. */
export function link(text, url, attrs = {}) {
  let ok = false;
  try {
    ok = ["https:", "http:"].includes(new URL(url).protocol);
  } catch {}
  return ok ? el("a", { href: url, rel: "noopener noreferrer", ...attrs }, text) : el("span", {}, text);
}

const LONG = { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };

/** "Wednesday, December 16, 2026" for an ISO date (no time zone shifts). */
export function longDateText(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", LONG);
}

/** A <time> element for an ISO date. */
export function longDate(iso) {
  return el("time", { datetime: iso }, longDateText(iso));
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 day" / "3 days". */
export function days(n) {
  return `${n} ${Math.abs(n) === 1 ? "day" : "days"}`;
}

/** A reason line: its text, then its citation as a link to the official text. */
export function cited(reason) {
  const unconfirmed = reason.verified === "unconfirmed" ? el("strong", { class: "jointly-unconfirmed" }, " Unconfirmed rule: we could not confirm it in official text.") : null;
  return el("li", {}, reason.text, " ", el("span", { class: "jointly-cite" }, "(", link(reason.cite, reason.url), ")"), unconfirmed);
}

/** Start a download of `text` as a file, from a Blob made in the page (no request leaves it). */
export function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The checker page: starts the Python worker, shows its progress or failure, and shows
// the deadline for the date the reader enters.
import { PythonWorker } from "./client.js";

const form = document.getElementById("checker-form");
const status = document.getElementById("checker-status");
const result = document.getElementById("checker-result");
const button = form.querySelector("button");

function show(state, message) {
  status.dataset.state = state;
  status.textContent = message;
}

const python = new PythonWorker(new URL("worker.js", import.meta.url), {
  progress: (message) => show("loading", message),
  ready: () => {
    show("ready", "Ready.");
    button.disabled = false;
  },
  failed: (message) => {
    show("error", `The checker could not start: ${message}. Reload the page to try again.`);
    button.disabled = true;
  },
});

function longDate(iso) {
  const time = document.createElement("time");
  time.dateTime = iso;
  time.textContent = new Date(`${iso}T00:00:00`).toLocaleDateString("en-US", {
    weekday: "long", year: "numeric", month: "long", day: "numeric",
  });
  return time;
}

function paragraph(...content) {
  const p = document.createElement("p");
  p.append(...content);
  return p;
}

function render({ day, explanation }) {
  result.dataset.state = "ok";
  result.replaceChildren(
    paragraph("Deadline: ", longDate(day)),
    paragraph(explanation ?? "That day is a business day, so the deadline stays on it."),
  );
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const day = form.elements.day.value;
  if (!day) {
    result.dataset.state = "error";
    result.replaceChildren(paragraph("Enter a date first."));
    return;
  }
  button.disabled = true;
  try {
    render(await python.call("next_business_day", [day]));
  } catch (error) {
    result.dataset.state = "error";
    result.replaceChildren(paragraph(`Could not work that out: ${error.message}`));
  } finally {
    button.disabled = status.dataset.state !== "ready";
  }
});

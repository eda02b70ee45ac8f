// On a phone, the questions in short steps ("Your letter", "Your return", "Your marriage", …) with
// the progress shown, Back and Next, and the answer one tap away (the "See my answer" button, which
// steps aside once any of the answer is on screen, so it never covers it or the page's end). Each
// question's step comes from the questions' data (`step`); which questions show is still decided by
// their conditions. On wider screens every question shows at once. On every screen, a polite live
// region says when answers bring new questions into view, so no one tabs past them unawares.
import { el } from "./dom.js";

const PHONE = "(max-width: 59.9999em)";

export class Steps {
  constructor(list) {
    this.list = list;
    this.index = 0;
    this.media = matchMedia(PHONE);
    this.label = el("p", { class: "jointly-steps__label", id: "jointly-steps-label", "aria-live": "polite" });
    this.bar = el("progress", { class: "jointly-steps__bar", "aria-labelledby": "jointly-steps-label" });
    this.back = el("button", { type: "button", class: "md-button", onclick: () => this.go(-1) }, "Back");
    this.next = el("button", { type: "button", class: "md-button md-button--primary", onclick: () => this.go(1) }, "Next");
    this.top = el("div", { class: "jointly-steps", hidden: true }, this.label, this.bar);
    this.news = el("p", { class: "jointly-visually-hidden", "aria-live": "polite" });
    this.count = null;
    list.after(this.news);
    this.bottom = el("div", { class: "jointly-steps jointly-steps__nav", hidden: true }, this.back, this.next);
    list.before(this.top);
    list.after(this.bottom);
    new MutationObserver(() => this.render()).observe(list, { subtree: true, attributes: true, attributeFilter: ["hidden"], childList: true });
    this.media.addEventListener("change", () => this.render());
    this.render();
  }

  /** The steps that have a question showing, in page order. */
  steps() {
    const names = [];
    for (const box of this.list.children) if (!box.hidden && !names.includes(box.dataset.step)) names.push(box.dataset.step);
    return names;
  }

  go(by) {
    this.index += by;
    this.render();
    this.top.scrollIntoView({ block: "start" });
    this.list.querySelector(".jointly-q:not([hidden]):not(.jointly-q--elsewhere) input, .jointly-q:not([hidden]):not(.jointly-q--elsewhere) select")?.focus({ preventScroll: true });
  }

  render() {
    const phone = this.media.matches;
    const steps = this.steps();
    const count = [...this.list.children].filter((box) => !box.hidden).length;
    if (this.count !== null && count > this.count) {
      const n = count - this.count;
      this.news.textContent = `${n === 1 ? "One more question" : `${n} more questions`} now ${n === 1 ? "shows" : "show"}.`;
    }
    this.count = count;
    this.top.hidden = this.bottom.hidden = !phone || steps.length < 2;
    this.index = Math.max(0, Math.min(this.index, steps.length - 1));
    const current = steps[this.index];
    for (const box of this.list.children) box.classList.toggle("jointly-q--elsewhere", phone && box.dataset.step !== current);
    if (!phone) return;
    this.label.textContent = `Step ${this.index + 1} of ${steps.length}: ${current}`;
    this.bar.max = steps.length;
    this.bar.value = this.index + 1;
    this.back.hidden = this.index === 0;
    const last = this.index === steps.length - 1;
    this.next.hidden = last;
    this.next.textContent = last ? "" : `Next: ${steps[this.index + 1]}`;
  }
}

/** The phone's "See my answer" button: shown while the answer is still below, hidden once any of
 * it is on screen or scrolled past (or it is not shown at all). Following it moves focus to the
 * answer's heading, as the button hides under the reader's finger or keyboard. */
export function toAnswer(button, results) {
  const link = button.querySelector("a");
  const heading = document.getElementById(link.hash.slice(1));
  new IntersectionObserver(([seen]) => {
    button.hidden = results.hidden || seen.isIntersecting || seen.boundingClientRect.top < 0;
  }).observe(results);
  link.addEventListener("click", () => heading.focus({ preventScroll: true }));
}

"""The phone's floating "See my answer" button never covers what a reader needs (UX follow-up,
2026-11-29: at 390 px it sat over a line of the results and over the page's last lines).

It shows while the answer is still below, and steps aside once any of the answer is on screen or
scrolled past; the questions' last controls can rest clear of it; a control reached by Tab never
sits under it; following it puts focus on the answer's heading."""

from checker_helpers import link, settled, wait_until_ready
from playwright.sync_api import expect

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
FACTS = {"as_of": "2026-11-29", "letter": "cp90", "tax_year": 2022, "joint_return": True, "problems": ["underpayment"],
         "item_owner": "spouse", "knowledge": "none", "marital_status": "divorced", "abuse": True,
         "events": [{"type": "levy_notice", "date": "2026-10-15"}]}  # fmt: skip

#: The text (and form controls) drawn under a rectangle: visible text nodes whose boxes overlap it.
UNDER = """box => {
  const skip = document.getElementById("checker-skip"), hits = [];
  const overlaps = r => r.width > 1 && r.height > 1 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim() || skip.contains(n) || !n.parentElement.checkVisibility({visibilityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    if ([...range.getClientRects()].some(overlaps)) hits.push(n.textContent.trim().slice(0, 60));
  }
  for (const c of document.querySelectorAll("input, select, textarea, button"))
    if (!skip.contains(c) && c.checkVisibility({visibilityProperty: true}) && overlaps(c.getBoundingClientRect())) hits.push(c.outerHTML.slice(0, 60));
  return hits;
}"""


def button_box(page) -> dict | None:
    """The visible button's rectangle in the viewport, or None while it is hidden."""
    return page.evaluate("""() => { const b = document.querySelector("#checker-skip a");
        if (!b.checkVisibility()) return null; const r = b.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; }""")


def open_checker(browser, origin):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{origin}/checker.html{link(FACTS)}")
    wait_until_ready(page)
    settled(page)
    return context, page


def test_the_button_steps_aside_from_the_answer_and_the_page_end(browser, origin):
    context, page = open_checker(browser, origin)
    skip = page.locator("#checker-skip")
    expect(skip).to_be_visible()  # at the top, the answer is far below: the button helps
    box = button_box(page)
    assert box["height"] >= 44 and box["width"] >= 44  # a finger-sized target
    # The last controls above the answer can rest clear of the button: with the answer's top just
    # below the screen (the button still showing), nothing is drawn under it.
    page.evaluate("() => scrollBy(0, document.getElementById('checker-results').getBoundingClientRect().top - innerHeight - 2)")
    expect(skip).to_be_visible()
    assert page.evaluate(UNDER, button_box(page)) == []
    # Any of the answer on screen, or the page's end: the button is gone, so it covers neither.
    page.evaluate("() => scrollBy(0, 40)")
    expect(skip).to_be_hidden()
    page.evaluate("() => scrollTo(0, document.documentElement.scrollHeight)")
    expect(skip).to_be_hidden()
    page.evaluate("() => scrollTo(0, 0)")
    expect(skip).to_be_visible()
    # Following it: the answer's heading in view and focused, the button gone.
    skip.locator("a").tap()
    expect(page.locator("#checker-results-title")).to_be_in_viewport()
    expect(page.locator("#checker-results-title")).to_be_focused()
    expect(skip).to_be_hidden()
    context.close()


#: The focused control's description and rectangle, or None for no control drawn on screen (the
#: page itself, the button, or the theme's search panel, which is focusable while transparent).
FOCUSED = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
  if (e === document.body || e.closest("#checker-skip") || !e.checkVisibility({opacityProperty: true, visibilityProperty: true})) return null;
  return {name: e.outerHTML.slice(0, 80), left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }"""


def test_no_control_reached_by_tab_sits_under_the_button(browser, origin):
    context, page = open_checker(browser, origin)
    covered, stops = [], 0
    while not page.evaluate("() => document.getElementById('checker-results').contains(document.activeElement)"):
        page.keyboard.press("Tab")
        stops += 1
        assert stops < 200, "Tab never reached the answer"
        box, focused = button_box(page), page.evaluate(FOCUSED)
        if box and focused and focused["left"] < box["right"] and focused["right"] > box["left"] and focused["top"] < box["bottom"] and focused["bottom"] > box["top"]:
            covered.append(focused["name"])
    assert stops > 10  # the walk went through the questions and tools
    assert covered == []
    context.close()

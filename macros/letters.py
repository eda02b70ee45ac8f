"""The IRS letters by number (``calculator.law.notices``), for the home page's picker and the guides.

The picker's links open the checker with the letter chosen and its problem ticked, and never with
a date: the reader gives the date printed on their own letter.
"""

from __future__ import annotations

from html import escape

from calculator.law.notices import NOTICES


def _facts(notice) -> dict:
    facts = {"letter": notice.value["key"]}
    if notice.value["problem"]:
        facts["problems"] = [notice.value["problem"]]
    return facts


def letter_picker(checker_href: str, fragment) -> str:
    """"Which letter did you get?": one link per notice, to the checker with that letter chosen."""
    items = "".join(
        f'<li><a class="md-button jointly-letter" href="{escape(checker_href)}#{escape(fragment(_facts(n)))}">'
        f'{escape(n.value["number"])}</a> <span>{escape(n.value["name"])}</span></li>'
        for n in NOTICES
    )
    return (
        '<nav class="jointly-letters" aria-labelledby="jointly-letters-title">'
        '<h2 id="jointly-letters-title">Which letter did you get?</h2>'
        "<p>Its number is at the top right of the first page. Pick it, and the checker asks for the date "
        "printed on it.</p>"
        f'<ul class="jointly-letters__list">{items}</ul>'
        f'<p>No letter, or not sure? <a href="{escape(checker_href)}">Start the checker</a> and answer what you can.</p>'
        "</nav>"
    )


def letters_table() -> str:
    """A Markdown table of the letters: what each one is, where its date is, and what it starts."""
    rows = ["| Letter | What it is | Where its date is | What it starts, and what it does not |", "| --- | --- | --- | --- |"]
    for n in NOTICES:
        v = n.value
        rows.append(f"| **{v['number']}** | {v['name']} | {v['date_where']} | {v['effect']} ([{n.cite.title}]({n.cite.url})) |")
    return "\n".join(rows)

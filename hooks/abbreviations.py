"""mkdocs hook: each glossary term's tooltip once per page, on its first use.

The ``abbr`` extension (its glossary is ``includes/abbreviations.md``) wraps every use of a term
in ``<abbr title="definition">``. On a page that names the same terms in every row of a table
the definitions repeat dozens of times (33 KB of ``reference/sources.html``, which weighed 433 KB
against the 400 KB a guide page may weigh: issue 15). Here the first use of each term on a page
keeps its ``<abbr>`` and tooltip, as WCAG technique H28 asks, and later uses are plain text; the
glossary page defines every term, and the tooltip is one scroll up.
"""

from __future__ import annotations

import re

ABBR = re.compile(r'<abbr title="[^"]*">(?P<term>[^<]*)</abbr>')


def first_uses_only(html: str) -> str:
    """``html`` with the ``<abbr>`` of each term kept on its first use and removed from the others."""
    seen: set[str] = set()

    def once(match: re.Match) -> str:
        if match["term"] in seen:
            return match["term"]
        seen.add(match["term"])
        return match[0]

    return ABBR.sub(once, html)


def on_page_content(html, page, config, files):
    return first_uses_only(html)

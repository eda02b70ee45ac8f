"""mkdocs hook: accessibility fixes to HTML the Markdown extensions write.

pymdownx.tasklist renders each ``- [ ]`` item of the guides' requirement checklists as a
disabled checkbox inside an empty ``<label>``, so the box has no accessible name (axe-core rule
``label``, WCAG 4.1.2). The boxes cannot be ticked; they only draw the list. This hides them
from assistive technology, which then reads each item as plain list text, and adds a hidden
"Done:" before an item written ``- [x]``, so nothing the box showed is lost.
"""

from __future__ import annotations

import re

TASK_BOX = re.compile(
    r'<label class="task-list-control"><input type="checkbox" disabled(?P<checked> checked)?/>'
    r'<span class="task-list-indicator"></span></label>'
)


def _hidden_box(match: re.Match) -> str:
    checked = match["checked"] or ""
    box = (
        f'<label class="task-list-control" aria-hidden="true"><input type="checkbox" disabled{checked}/>'
        '<span class="task-list-indicator"></span></label>'
    )
    return box + ('<span class="jointly-visually-hidden">Done: </span>' if checked else "")


def on_page_content(html, page, config, files):
    return TASK_BOX.sub(_hidden_box, html)

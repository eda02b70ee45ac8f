"""mkdocs hook: each page's HTML without the theme template's indentation and blank lines (issue 15).

The theme's templates indent every line and leave runs of blank lines: about 8 KB of each page, on
every page, before the 400 KB a guide page may weigh. In HTML a run of whitespace between tags or
words shows as one space (or none), so dropping a line's indentation and the blank lines changes
nothing a reader sees. ``<pre>``, ``<textarea>``, ``<script>`` and ``<style>`` keep theirs: there
whitespace is content.
"""

from __future__ import annotations

import re

#: Elements whose whitespace is content, kept as they are.
VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
#: A line break followed by indentation and any blank lines: one line break is enough.
INDENTED_BREAKS = re.compile(r"\n[ \t\r\n]*")


def lean(html: str) -> str:
    """``html`` with line indentation and blank lines removed outside verbatim elements."""
    parts = VERBATIM.split(html)
    # split() returns text, then (element, tag name) for each match: keep elements, skip tag names.
    out = []
    for i, part in enumerate(parts):
        kind = i % 3
        if kind == 0:
            out.append(INDENTED_BREAKS.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)


def on_post_page(output: str, page, config) -> str:
    return lean(output)

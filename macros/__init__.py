"""mkdocs-macros module: the macros the guides use to show the law, all read from ``calculator.law``.

The guides never type a legal figure, form number or citation.  They call these macros, which
render from ``calculator.law.RULES`` (see ``macros/render.py``).  A guide that names a rule the
data does not hold fails the strict build.  Every page also gets a footer with the date the rules
are current as of (``on_post_page_macros``).
"""

from __future__ import annotations

import posixpath
import sys
from pathlib import Path

# The project root holds the calculator package; mkdocs may run from elsewhere.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import letters, render  # noqa: E402


def _page_url(env) -> str:
    page = env.page
    return page.url if page is not None else ""


def _checker_url(env) -> str:
    return render.CHECKER_URL if env.conf.get("use_directory_urls", True) else "checker.html"


def _about_url(env) -> str:
    return "about/" if env.conf.get("use_directory_urls", True) else "about.html"


def _renewals_url(env) -> str:
    return "reference/rule-renewals/" if env.conf.get("use_directory_urls", True) else "reference/rule-renewals.html"


def define_env(env):
    """Register the macros (called by mkdocs-macros once per build)."""
    for name in (
        "cite",
        "cites",
        "value",
        "label",
        "current_as_of",
        "sources_list",
        "form",
        "rules_table",
        "decision_table",
        "sources_page",
        "money",
        "long_date",
        "checker_questions",
        "status_counts",
        "rule_status_table",
        "renewals_table",
        "unconfirmed_note",
    ):
        env.macro(getattr(render, name), name)
    env.macro(render.get, "rule")
    env.variables["rules_current_as_of"] = render.current_as_of()

    for name in render.TABLES:
        env.macro(getattr(render, name), name)

    @env.macro
    def checker_example(facts, expect, text="Try this example in the checker"):
        """A "try it in the checker" link with the verdicts the guide states for it."""
        from mkdocs.utils import get_relative_url

        href_base = get_relative_url(_checker_url(env), _page_url(env))
        return render.checker_example(facts, expect, _page_url(env), text=text, base=href_base)

    @env.macro
    def allocation_example(facts, estimate, text="Try this example in the checker"):
        """A worked Form 8379 share with the figure the guide states (checked by the site test)."""
        from mkdocs.utils import get_relative_url

        href_base = get_relative_url(_checker_url(env), _page_url(env))
        return render.allocation_example(facts, estimate, _page_url(env), text=text, base=href_base)

    @env.macro
    def checker_link(text="Open the checker", facts=None):
        """A plain link to the checker, optionally preloaded with facts."""
        from mkdocs.utils import get_relative_url

        href = get_relative_url(_checker_url(env), _page_url(env))
        if facts:
            href += "#" + render.facts_fragment(facts)
        return f'<a class="checker-link" href="{href}">{text}</a>'

    @env.macro
    def letter_picker():
        """The home page's "Which letter did you get?" picker (links never carry a date)."""
        from mkdocs.utils import get_relative_url

        return letters.letter_picker(get_relative_url(_checker_url(env), _page_url(env)), render.facts_fragment)

    env.macro(letters.letters_table, "letters_table")

    @env.macro
    def glossary():
        """The glossary page, from the abbreviations file that also drives the hover tooltips."""
        return render.glossary(Path(_ROOT) / "includes" / "abbreviations.md")


def on_post_page_macros(env):
    """Append the "rules current as of" footer to every page."""
    from mkdocs.utils import get_relative_url

    about = get_relative_url(_about_url(env), _page_url(env))
    renewals = get_relative_url(_renewals_url(env), _page_url(env))
    env.markdown += render.as_of_footer(about, renewals)


__all__ = ["define_env", "on_post_page_macros", "posixpath"]

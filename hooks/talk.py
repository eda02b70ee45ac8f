"""mkdocs hook: the "Talk to someone" phone numbers, from the contact rules, for every page's template.

The numbers live once, in ``calculator/law/contacts.py``; ``overrides/partials/jointly-talk.html``
renders them as plain text (a phone number needs no link and no network).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calculator.law.contacts import CONTACTS  # noqa: E402


def on_env(env, config, files):
    env.globals["jointly_talk"] = [{**c.value, "cite": c.cite.title} for c in CONTACTS]
    return env

"""Every rule, figure and citation the calculator uses, recorded once as data.

``RULES`` maps a rule id to its :class:`~calculator.law.model.Rule`.  The guides
render these through ``macros/``; the relief and deadline modules read them by
id.  ``CURRENT_AS_OF`` is the date the whole set was last reviewed.
"""

from __future__ import annotations

from datetime import date

from . import calendar, collection, contacts, court, form_8857, forms, notices, partners, procedure, records, relief, injured_spouse, poverty
from .model import STATUS_KINDS, Cite, Renewal, Rule, Status, check_rule

CURRENT_AS_OF = date(2026, 11, 29)

_MODULES = (calendar, collection, contacts, court, form_8857, forms, notices, partners, procedure, records, relief, injured_spouse, poverty)

RULES: dict[str, Rule] = {}
for _module in _MODULES:
    for _rule in _module.RULES:
        if _rule.id in RULES:
            raise ValueError(f"rule id {_rule.id!r} is defined twice")
        RULES[_rule.id] = _rule


def rule(rule_id: str) -> Rule:
    """The rule with this id; a KeyError names a missing one."""
    return RULES[rule_id]


def schema_problems() -> list[str]:
    """Every schema problem across all rules: the test suite requires an empty list."""
    return [p for r in RULES.values() for p in check_rule(r, CURRENT_AS_OF)]


__all__ = ["CURRENT_AS_OF", "STATUS_KINDS", "Cite", "RULES", "Renewal", "Rule", "Status", "rule", "schema_problems"]

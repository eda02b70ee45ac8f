"""What a result rests on: the rules it cites that are unconfirmed, and figures that may be out of date.

Every rule records how it was verified (:class:`~calculator.law.model.Status`) and, for a
figure that changes on a schedule, the date by which a newer one is expected
(:class:`~calculator.law.model.Renewal`).  A check reads only the rules it cites: the
``rule`` (or ``…_rule``) ids anywhere in its output.  A check dated after a cited rule's
renewal date says that the figure may be out of date, and since when; it cannot know the
newer figure, because the calculator reads no clock and fetches nothing.
"""

from __future__ import annotations

from datetime import date

from .law import RULES, Rule

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any


def rules_cited(output: Any) -> list[Rule]:
    """The rules an output names (values of ``rule`` or ``…_rule`` keys), in first-seen order."""
    found: dict[str, Rule] = {}
    stack = [output]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if isinstance(value, str) and (key == "rule" or key.endswith("_rule")) and value in RULES:
                    found.setdefault(value, RULES[value])
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return sorted(found.values(), key=lambda r: r.id)


def stale(rules: list[Rule], as_of: date) -> list[dict[str, str]]:
    """The cited figures a newer version of which was expected before ``as_of``, oldest first."""
    late = [r for r in rules if r.renews is not None and r.renews.expected_by < as_of]
    late.sort(key=lambda r: (r.renews.expected_by, r.id))
    return [
        {
            "rule": r.id,
            "label": r.label,
            "expected_by": r.renews.expected_by.isoformat(),
            "why": r.renews.why,
            **r.cite.as_dict(),
        }
        for r in late
    ]


def unconfirmed(rules: list[Rule]) -> list[dict[str, str]]:
    """The cited rules that could not be confirmed, each with what was seen."""
    return [
        {"rule": r.id, "label": r.label, "seen": r.status.source, "on": r.status.on.isoformat(), **r.cite.as_dict()}
        for r in rules
        if r.status is not None and r.status.kind == "unconfirmed"
    ]

"""The shapes of what the calculator returns: reasons, relief results and deadlines.

Every conclusion carries at least one :class:`Reason`, and every reason points
at a registered :class:`~calculator.law.model.Rule`, so a citation can only be
one the law data knows (and the schema check has vetted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .law import RULES, Rule, rule

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Verdicts, with the plain words the page and the guides use for each.
#: Screening, not advice: never "you qualify"; the IRS decides.
VERDICTS = {
    "likely": "Appears to qualify",
    "possible": "May qualify",
    "not_available": "Does not appear to be available",
    "needs_info": "More information needed",
}


@dataclass(frozen=True)
class Reason:
    """One step of reasoning, in plain words, and the rule it rests on."""

    text: str
    rule: Rule

    @classmethod
    def of(cls, text: str, rule_id: str) -> "Reason":
        # Reasons are immutable, so equal ones are shared: most texts recur from case to case.
        key = (text, rule_id)
        found = _REASONS.get(key)
        if found is None or cls is not Reason:
            found = cls(text, rule(rule_id))
            if cls is Reason:
                if len(_REASONS) >= _REASONS_MAX:
                    _REASONS.clear()
                _REASONS[key] = found
        return found

    def as_dict(self) -> dict[str, str]:
        """The reason with its citation, its rule id and how that rule was verified (``verified``: seen, secondary or unconfirmed)."""
        rule_ = self.rule
        cite = rule_.cite
        return {"text": self.text, "cite": cite.title, "url": cite.url, "rule": rule_.id, "verified": rule_.status.kind}


#: Reason.of's shared reasons, by (text, rule id); emptied when it reaches its bound.
_REASONS: dict[tuple[str, str], Reason] = {}
_REASONS_MAX = 4096


def cited(text: str, rule_id: str) -> dict[str, str]:
    """``Reason.of(text, rule_id).as_dict()``, without building the Reason."""
    rule_ = RULES[rule_id]
    cite = rule_.cite
    return {"text": text, "cite": cite.title, "url": cite.url, "rule": rule_.id, "verified": rule_.status.kind}


@dataclass(frozen=True)
class ReliefResult:
    """The screening result for one relief path."""

    id: str
    title: str
    verdict: str
    form: str
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()
    deadline: date | None = None
    deadline_reasons: tuple[Reason, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")
        if not self.reasons:
            raise ValueError(f"{self.id}: every verdict needs at least one cited reason")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "verdict": self.verdict,
            "headline": VERDICTS[self.verdict],
            "form": self.form,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_reasons": [r.as_dict() for r in self.deadline_reasons],
            "reasons": [r.as_dict() for r in self.reasons],
            "missing": list(self.missing),
            "details": self.details,
        }


@dataclass(frozen=True)
class Deadline:
    """One calendar deadline: what must be done by when, and the rule that sets the date."""

    id: str
    title: str
    due: date
    rule_text: str
    reasons: tuple[Reason, ...]
    can_extend: bool = True

    def as_dict(self, as_of: date) -> dict[str, Any]:
        days_left = (self.due - as_of).days
        return {
            "id": self.id,
            "title": self.title,
            "due": self.due.isoformat(),
            "status": "open" if days_left >= 0 else "passed",
            "days_left": days_left,
            "rule": self.rule_text,
            "can_extend": self.can_extend,
            "reasons": [r.as_dict() for r in self.reasons],
        }


@dataclass(frozen=True)
class Window:
    """The last day to do something, with the reasoning behind it.

    ``due`` is None while the clock has not started (and then ``reasons`` say
    why) or when a needed fact is unknown (and then ``missing`` names it).

    Every ``missing`` entry, here and in :class:`ReliefResult`, is a facts path: a
    field (``tax_year``, ``household.size``, ``offset.debt``) or ``events.<type>``
    for an event whose date is needed (``events.assessment``).
    """

    due: date | None
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()

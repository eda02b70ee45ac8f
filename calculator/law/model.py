"""The shape of every legal fact the calculator relies on.

Modelled on OpenFisca/PolicyEngine parameters: each rule is recorded once, as
data, with a plain-language label, its unit and value (if it has a figure), a
pinpoint citation to official text, the date it took effect, the date we
last checked it, and its verification :class:`Status` (the words seen in
official text, seen only in a secondary source, or unconfirmed).  A figure that
changes on a schedule also carries a :class:`Renewal`: the date by which a
newer figure is expected.  ``check_rule`` is the schema check; the test suite
runs it over every registered rule, so an entry without its authority,
effective date, verification date or status cannot ship.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Hosts whose text we treat as official.  A citation must point to one of them.
OFFICIAL_HOSTS = frozenset(
    {
        "uscode.house.gov",  # the Internal Revenue Code, as codified by the House
        "www.ecfr.gov",  # Treasury regulations and 31 C.F.R.
        "www.irs.gov",  # forms, instructions, publications, the IRM, revenue procedures
        "www.taxpayeradvocate.irs.gov",  # the Taxpayer Advocate Service's pages on IRS notices and letters
        "www.thehotline.org",  # the National Domestic Violence Hotline's own site (a federally funded hotline)
        "www.federalregister.gov",  # HHS poverty guidelines, Treasury decisions
        "www.govinfo.gov",  # public laws and the printed Federal Register
        "aspe.hhs.gov",  # HHS poverty guidelines tables
        "code.dccouncil.gov",  # D.C. Code (legal holidays for IRC 7503)
        "fiscal.treasury.gov",  # Treasury Offset Program
        "www.ustaxcourt.gov",  # Tax Court rules and opinions
        "www.supremecourt.gov",  # Supreme Court opinions
        "www.congress.gov",  # public laws
    }
)

#: Units a rule's value may carry.  "" means the rule states a principle, not a figure.
UNITS = frozenset(
    {"", "days", "months", "years", "business_days", "usd", "percent", "ratio", "list", "address", "table"}
)


@dataclass(frozen=True)
class Cite:
    """A pinpoint citation: how a lawyer would write it, and a link to the official text."""

    title: str
    url: str

    def as_dict(self) -> dict[str, str]:
        return {"cite": self.title, "url": self.url}


#: How a rule was verified, strongest first, with the plain words the sources page uses.
STATUS_KINDS = {
    "seen": "Words seen in official text",
    "secondary": "Seen only in a secondary source",
    "unconfirmed": "Unconfirmed",
}


@dataclass(frozen=True)
class Status:
    """How a rule was verified, and when.

    ``source`` depends on ``kind``: for ``seen``, the official text read and its
    revision or edition; for ``secondary``, the secondary source (a court's
    quotation, a practitioner's copy); for ``unconfirmed``, what was seen and what
    was not.  ``on`` is the date it was seen.  Where parts of a rule rest on
    different evidence, the kind is that of its weakest part, and ``source`` says
    which part.
    """

    kind: str
    source: str
    on: date

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "words": STATUS_KINDS.get(self.kind, ""), "source": self.source, "on": self.on.isoformat()}


def seen(source: str, on: date) -> Status:
    """The rule's words were read in official text: ``source`` names it and its revision."""
    return Status("seen", source, on)


def secondary(source: str, on: date) -> Status:
    """The rule was seen only in a secondary source, which ``source`` names."""
    return Status("secondary", source, on)


def unconfirmed(what_was_seen: str, on: date) -> Status:
    """No text confirming the rule was found; ``what_was_seen`` says what was."""
    return Status("unconfirmed", what_was_seen, on)


@dataclass(frozen=True)
class Renewal:
    """A figure that changes on a schedule: a newer one is expected by ``expected_by``, because ``why``."""

    expected_by: date
    why: str

    def as_dict(self) -> dict[str, str]:
        return {"expected_by": self.expected_by.isoformat(), "why": self.why}


@dataclass(frozen=True)
class Rule:
    """One rule of law, threshold or figure, recorded once.

    ``value`` holds the figure a computation uses (a number of days, a dollar
    amount, a list of states, a mapping for a table); ``unit`` says what it is.
    ``note`` records what is deliberately not formalised, or a caveat about the
    source, in the way Catala marks an unformalised paragraph.  ``status`` says
    how the rule was verified (required: ``check_rule`` refuses a rule without
    one); ``renews`` is set on figures that change on a schedule.
    """

    id: str
    label: str
    cite: Cite
    effective: date
    verified: date
    value: Any = None
    unit: str = ""
    note: str = ""
    also: tuple[Cite, ...] = field(default=())
    status: Status | None = None
    renews: Renewal | None = None

    def cites(self) -> tuple[Cite, ...]:
        return (self.cite, *self.also)


def check_rule(rule: Rule, current_as_of: date) -> list[str]:
    """Return the schema problems of one rule (an empty list when it is sound)."""
    from urllib.parse import urlparse  # the schema check runs in tests and builds, not when checking facts

    problems = []
    where = rule.id or "<rule without id>"
    if not rule.id or rule.id != rule.id.strip() or " " in rule.id:
        problems.append(f"{where}: id must be a non-empty token without spaces")
    if not rule.label.strip():
        problems.append(f"{where}: label is empty")
    for cite in rule.cites():
        if not isinstance(cite, Cite) or not cite.title.strip():
            problems.append(f"{where}: every citation needs a title")
            continue
        url = urlparse(cite.url)
        if url.scheme != "https" or url.netloc not in OFFICIAL_HOSTS:
            problems.append(f"{where}: {cite.title} must link to official text over https, not {cite.url!r}")
    if not isinstance(rule.effective, date):
        problems.append(f"{where}: effective must be a date")
    if not isinstance(rule.verified, date):
        problems.append(f"{where}: verified must be a date")
    elif rule.verified > current_as_of:
        problems.append(f"{where}: verified {rule.verified} is after the rules' current-as-of date {current_as_of}")
    status = rule.status
    if not isinstance(status, Status):
        problems.append(f"{where}: status is missing: say how the rule was verified (seen, secondary or unconfirmed)")
    else:
        if status.kind not in STATUS_KINDS:
            problems.append(f"{where}: status {status.kind!r} is not one of {sorted(STATUS_KINDS)}")
        if not status.source.strip():
            problems.append(f"{where}: status must say what was seen")
        if not isinstance(status.on, date):
            problems.append(f"{where}: status date must be a date")
        elif status.on > current_as_of:
            problems.append(f"{where}: status date {status.on} is after the rules' current-as-of date {current_as_of}")
    renews = rule.renews
    if renews is not None and (
        not isinstance(renews, Renewal) or not isinstance(renews.expected_by, date) or not renews.why.strip()
    ):
        problems.append(f"{where}: renews needs the date a newer figure is expected and why")
    elif renews is not None and isinstance(rule.effective, date) and renews.expected_by <= rule.effective:
        problems.append(f"{where}: a newer figure cannot be expected by {renews.expected_by}, before the rule took effect")
    if rule.unit not in UNITS:
        problems.append(f"{where}: unit {rule.unit!r} is not one of {sorted(UNITS)}")
    if rule.unit and rule.value is None:
        problems.append(f"{where}: a rule with unit {rule.unit!r} needs a value")
    if not rule.unit and rule.value is not None:
        problems.append(f"{where}: a rule with a value needs a unit")
    return problems

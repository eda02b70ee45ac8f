"""The shape of every legal fact the calculator relies on.

Modelled on OpenFisca/PolicyEngine parameters: each rule is recorded once, as
data, with a plain-language label, its unit and value (if it has a figure), a
pinpoint citation to official text, the date it took effect, and the date we
last checked it against that text.  ``check_rule`` is the schema check; the
test suite runs it over every registered rule, so an entry without its
authority, effective date or verification date cannot ship.
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


@dataclass(frozen=True)
class Rule:
    """One rule of law, threshold or figure, recorded once.

    ``value`` holds the figure a computation uses (a number of days, a dollar
    amount, a list of states, a mapping for a table); ``unit`` says what it is.
    ``note`` records what is deliberately not formalised, or a caveat about the
    source, in the way Catala marks an unformalised paragraph.
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
    if rule.unit not in UNITS:
        problems.append(f"{where}: unit {rule.unit!r} is not one of {sorted(UNITS)}")
    if rule.unit and rule.value is None:
        problems.append(f"{where}: a rule with unit {rule.unit!r} needs a value")
    if not rule.unit and rule.value is not None:
        problems.append(f"{where}: a rule with a value needs a unit")
    return problems

"""Deadlines: when each clock starts, stops and runs out, as calendar dates.

Pure functions of the facts (and, for the general list, of ``as_of``).  Every
figure comes from the rules in :mod:`calculator.law.procedure`; every date that
is the last day for an act is moved under IRC § 7503 (``next_business_day``),
and the move is explained.  Where a fact is missing or a source is unsettled,
the date given is the earliest that could apply, and the reasons say so.

One module per clock, named for the law it holds:

- :mod:`.election_window`: the § 6015(b)/(c) two-year election window;
- :mod:`.collection_statute`: the § 6502 collection period (CSED) and its suspensions;
- :mod:`.refund_window`: the § 6511 refund-claim period, with § 6513;
- :mod:`.hearings`: CDP and equivalent hearings, and the Form 12509 appeal;
- :mod:`.tax_court`: Tax Court petitions (§ 6015(e), § 6213(a), § 6330(d)(1));
- :mod:`.common`: what they share (event words, § 7503, the choice among rights).

The names below are the package's interface.  Note that ``collection_statute`` and
``refund_window`` here are the functions, not the modules of the same name.
"""

from __future__ import annotations

from .collection_statute import collection_statute, collection_statute_deadline
from .election_window import COLLECTION_ACTIVITY, NOT_COLLECTION_ACTIVITY, bc_election_window
from .hearings import appeal_deadline, cdp_hearing_deadline, equivalent_hearing_deadline
from .refund_window import refund_claim_deadline, refund_window
from .tax_court import tax_court_cdp_deadline, tax_court_deficiency_deadline, tax_court_relief_deadline, tax_court_relief_window

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from datetime import date
    from typing import Any

    from ..results import Deadline


def general_deadlines(facts: Any, as_of: date) -> tuple[Deadline, ...]:
    """Every calendar deadline the facts start, in a fixed order.

    ``cdp_hearing``, ``equivalent_hearing``, ``appeal``, ``tax_court_relief``,
    ``tax_court_deficiency``, ``tax_court_cdp``, ``collection_statute``, ``refund_claim``; each is
    present only when the facts start it.  ``as_of`` chooses, among separate
    rights of one kind, the earliest still open, and feeds the 6-month rule.
    """
    out = (
        cdp_hearing_deadline(facts, as_of),
        equivalent_hearing_deadline(facts, as_of),
        appeal_deadline(facts, as_of),
        tax_court_relief_deadline(facts, as_of),
        tax_court_deficiency_deadline(facts, as_of),
        tax_court_cdp_deadline(facts, as_of),
        collection_statute_deadline(facts),
        refund_claim_deadline(facts),
    )
    return tuple(d for d in out if d is not None)


__all__ = [
    "COLLECTION_ACTIVITY",
    "NOT_COLLECTION_ACTIVITY",
    "bc_election_window",
    "collection_statute",
    "general_deadlines",
    "refund_window",
    "tax_court_relief_window",
]

"""Separation of liability, IRC § 6015(c).

Eligibility on the election date (§ 6015(c)(3)(A)(i); Treas. Reg. § 1.6015-3(a)-(b)):
divorced, widowed, legally separated, or not a member of the same household during the
household period ending on that date (its length is the value of ``irc-6015-c``).  The election is invalid for items the IRS shows the requesting
spouse actually knew of (§ 6015(c)(3)(C); § 1.6015-3(c)(2)), unless abuse kept him or her
from challenging them (§ 1.6015-3(c)(2)(v)).  Disqualified assets raise the allocated share
(§ 6015(c)(4)); no refund is allowed (§ 6015(g)(3)).  The election date is the recorded
``relief_requested`` event, or the date of the check.
"""

from __future__ import annotations

from datetime import date

from ..dates import add_months
from ..law import rule
from ..results import ReliefResult
from .common import (
    Screen,
    by_item_owner,
    deadlines,
    household_conflict,
    household_period_months,
    in_community_property_state,
    no_longer_married,
    open_6015,
    own_payments,
    paid_in_full,
    request_date,
    window_closed,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

ID = "separation_of_liability"
TITLE = "Separation of liability (IRC § 6015(c))"
FORM = rule("form-8857").value["number"]


def screen(facts: Any, as_of: date) -> ReliefResult:
    s, kinds = open_6015(ID, TITLE, FORM, facts, allow_underpayment=False)
    if kinds is None:
        return s.result()
    requested = request_date(facts, as_of)
    _eligibility(s, facts, requested)
    _item_owner(s, facts)
    _actual_knowledge(s, facts)
    presumed = rule("irc-6015-c-disqualified-assets").value
    s.ok(
        "If your spouse transferred property to you mainly to avoid tax, its value is added to your share, "
        f"up to the whole deficiency. The checker cannot value transfers; transfers in the {presumed} months before "
        "the first letter proposing the deficiency was mailed, or after it, are presumed to count unless made under "
        "a decree of divorce or separate maintenance, or a written agreement that goes with such a decree.",
        "irc-6015-c-disqualified-assets",
    )
    if in_community_property_state(facts.state):
        s.ok(
            "Community property law is ignored here: each item goes to the spouse it belongs to, whatever "
            "state law says.",
            "irc-6015-a",
        )
    if paid_in_full(facts):
        s.fail(
            "The tax for this year is fully paid. Separation of liability only limits what is still owed and gives "
            "no refund (§ 6015(g)(3)), so it cannot help here; innocent spouse or equitable relief can lead to a "
            "refund of payments you made yourself.",
            "irc-6015-g",
        )
    elif "offset" in facts.problems or own_payments(facts):
        s.ok(
            "Separation of liability limits what you still owe; it never refunds what was already paid or "
            "offset. Innocent spouse or equitable relief can lead to a refund.",
            "irc-6015-g",
        )

    window = deadlines().bc_election_window(facts)
    for path in window.missing:
        s.need(path, "This fact is needed to date the two-year election period.", "irc-6015-c", required=False)
    if window_closed(window, requested):
        s.fail(
            f"The two-year period for electing § 6015(c) ended on {window.due.isoformat()}, before "
            f"{requested.isoformat()}. Equitable relief under § 6015(f) has a longer deadline.",
            "irc-6015-c",
        )
    return s.result(window)


def _eligibility(s: Screen, facts: Any, requested: date) -> None:
    status = facts.marital_status
    months = household_period_months()
    ok = no_longer_married(facts, requested)
    if ok and status in ("divorced", "legally_separated", "widowed"):
        word = {"divorced": "divorced", "legally_separated": "legally separated", "widowed": "widowed"}[status]
        s.ok(f"You are {word}, so you may elect separation of liability.", "irc-6015-c")
    elif ok:
        s.ok(
            f"You have not lived in the same household as your spouse since {facts.apart_since.isoformat()}, "
            f"which covers the {months} months ending on {requested.isoformat()}.",
            "irc-6015-c",
        )
        s.ok(
            "Living apart counts only if you were estranged, not merely away for a time (for work, illness, "
            "military service, study or incarceration).",
            "reg-1.6015-3-b-3",
        )
    elif household_conflict(facts):
        s.need(
            "living_together",
            f"You said you still live together and also that you have lived apart since {facts.apart_since.isoformat()}; "
            "say which is right.",
            "irc-6015-c",
        )
    elif ok is False and facts.living_together:
        s.fail(
            "You are still married and live in the same household as your spouse, so you cannot elect separation of "
            f"liability now. It could open once you have not lived in the same household for {months} months, or as "
            "soon as you are divorced or legally separated.",
            "irc-6015-c",
        )
        s.details["eligible_when"] = "divorce, legal separation, or the household period after you stop living together"
    elif ok is None and status is None:
        s.need("marital_status", "Eligibility depends on your marital status when you make the election.", "irc-6015-c")
    elif ok is None:
        s.need(
            "apart_since",
            f"While you are still married, you can elect only after {months} months of not living in the same "
            "household; say since when you have lived apart.",
            "irc-6015-c",
        )
    else:
        eligible_from = add_months(facts.apart_since, months)
        s.fail(
            f"You are still married and have lived apart only since {facts.apart_since.isoformat()}, less "
            f"than the {months} months ending on {requested.isoformat()}. On the facts given you could elect from "
            f"{eligible_from.isoformat()}, or earlier if you divorce or legally separate.",
            "irc-6015-c",
        )
        s.details["eligible_from"] = eligible_from.isoformat()


def _item_owner(s: Screen, facts: Any) -> None:
    by_item_owner(
        s,
        facts,
        spouse=("The items are your spouse's, so the deficiency they caused is allocated to your spouse.", "irc-6015-c"),
        both=(
            "Items are allocated as if you had filed separately: your own items stay your share; only your "
            "spouse's are taken off you.",
            "irc-6015-c",
        ),
        me=(
            "The items are yours, and separation of liability allocates each item to the spouse it belongs "
            "to, so it would leave this deficiency with you.",
            "irc-6015-c",
        ),
        unknown=("Say whose items caused the understatement.", "irc-6015-c"),
    )


def _actual_knowledge(s: Screen, facts: Any) -> None:
    knowledge = facts.knowledge
    knew = knowledge == "actual" or bool(facts.fraudulent_return)
    if knew:
        if facts.abuse:
            s.limit(
                "possible",
                "Actual knowledge would normally make the election invalid, but not if abuse before you "
                "signed kept you from challenging the items for fear of retaliation. The IRS decides whether "
                "that was so; records of the abuse help.",
                "reg-1.6015-3-c-2-v",
            )
        else:
            s.fail(
                "If the IRS shows that you actually knew of the items when you signed, the election is invalid "
                "for them (the IRS must prove it). This bar does not apply if abuse kept you from challenging "
                "the items for fear of retaliation.",
                "irc-6015-c-actual-knowledge",
            )
    elif knowledge == "partial":
        s.limit(
            "possible",
            "Actual knowledge of part of an item makes the election invalid only for that part; the rest can "
            "still be allocated to your spouse.",
            "irc-6015-c-actual-knowledge",
        )
    elif knowledge in ("none", "unsure", "reason_to_know"):
        s.ok(
            "Only actual knowledge bars this relief; having had reason to know does not, and the IRS bears the "
            "burden of proving actual knowledge.",
            "irc-6015-c-actual-knowledge",
        )
    else:
        s.need(
            "knowledge",
            "The IRS may try to show you actually knew of the items; say what you knew when you signed.",
            "irc-6015-c-actual-knowledge",
            required=False,
        )
        s.limit("possible", "Without that answer the actual-knowledge bar cannot be ruled out.", "irc-6015-c-actual-knowledge")

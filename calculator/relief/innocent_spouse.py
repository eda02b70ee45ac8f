"""Innocent spouse relief, IRC § 6015(b), including partial (apportioned) relief.

Requirements (§ 6015(b)(1)(A)-(E); Treas. Reg. § 1.6015-2): a joint return; an understatement
from erroneous items of the other spouse; no knowledge and no reason to know of it when
signing (§ 1.6015-2(c)), or, for apportioned relief, of its extent (§ 6015(b)(2),
§ 1.6015-2(e)); inequity (§ 1.6015-2(d)); and an election within two years after collection
activity against the requesting spouse began (§ 1.6015-5(b)).  The bars of § 1.6015-1(c)-(e)
apply first.
"""

from __future__ import annotations

from datetime import date

from ..law import rule
from ..results import ReliefResult, Window
from .common import (
    Screen,
    by_item_owner,
    deadlines,
    no_longer_married,
    open_6015,
    own_payments,
    paid_in_full,
    refund_of_own_payments,
    request_date,
    window_closed,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

ID = "innocent_spouse"
TITLE = "Innocent spouse relief (IRC § 6015(b))"
FORM = rule("form-8857").value["number"]


def screen(facts: Any, as_of: date) -> ReliefResult:
    s, kinds = open_6015(
        ID,
        TITLE,
        FORM,
        facts,
        allow_underpayment=False,
        fraudulent_return=(
            "Knowingly taking part in filing a fraudulent return means knowing of the understatement, "
            "so the knowledge requirement of § 6015(b) cannot be met.",
            "irc-6015-b",
        ),
    )
    if kinds is None:
        return s.result()
    _item_owner(s, facts)
    _knowledge(s, facts)
    _inequity(s, facts, request_date(facts, as_of))

    window = deadlines().bc_election_window(facts)
    requested = request_date(facts, as_of)
    for path in window.missing:
        s.need(path, "This fact is needed to date the two-year election period.", "irc-6015-b", required=False)
    if window_closed(window, requested):
        s.fail(
            f"The two-year period for electing § 6015(b) ended on {window.due.isoformat()}, before "
            f"{requested.isoformat()}. Equitable relief under § 6015(f) has a longer deadline.",
            "irc-6015-b",
        )
    elif window.due is None and not window.missing:
        s.ok(
            "The two-year election period has not started: no collection activity against you that "
            "counts has happened yet. You may still ask now.",
            "irc-6015-b",
        )
    if paid_in_full(facts):
        refund = refund_of_own_payments(s, facts, requested, "irc-6015-g")
        if refund is not None:
            window = _earlier(window, refund)
    elif own_payments(facts):
        s.ok(
            "If relief is granted, payments you made yourself may be refunded within the § 6511 limits.",
            "irc-6015-g",
        )
    s.details["see_also"] = ["reg-1.6013-4-d", "reg-1.6015-1-a-3"]
    return s.result(window)


def _earlier(election: Window, refund: Window) -> Window:
    """Both must be met for a paid tax: the election period and the refund period; the earlier day is shown."""
    dues = [w.due for w in (election, refund) if w.due is not None]
    missing = election.missing + tuple(m for m in refund.missing if m not in election.missing)
    return Window(min(dues) if dues else None, election.reasons + refund.reasons, missing)


def _item_owner(s: Screen, facts: Any) -> None:
    by_item_owner(
        s,
        facts,
        spouse=("The understatement comes from your spouse's items, as § 6015(b)(1)(B) requires.", "irc-6015-b"),
        both=(
            "Some of the items are yours: relief can reach only the part of the understatement that comes "
            "from your spouse's items.",
            "irc-6015-b",
        ),
        me=(
            "The understatement comes from your own items; § 6015(b) relieves only tax on the other "
            "spouse's erroneous items.",
            "irc-6015-b",
        ),
        unknown=("Say whose items caused the understatement.", "irc-6015-b"),
    )


def _knowledge(s: Screen, facts: Any) -> None:
    knowledge = facts.knowledge
    if knowledge == "none":
        s.ok(
            "You say you did not know, and had no reason to know, of the understatement when you signed.",
            "irc-6015-b",
        )
    elif knowledge == "unsure":
        s.limit(
            "possible",
            "You are not sure whether a reasonable person in your place would have known of the understatement. "
            "§ 6015(b) needs that you had no reason to know; the IRS weighs this on all the facts (the size of "
            "the item, your finances, your education and part in the family's money, and earlier years' returns).",
            "reg-1.6015-2-c",
        )
    elif knowledge == "reason_to_know":
        s.fail(
            "§ 6015(b)(1)(C) requires that you did not know and had no reason to know of the understatement. If a "
            "reasonable person in your place would have known of it, innocent spouse relief is not available for "
            "it. Separation of liability is barred only by actual knowledge, and equitable relief weighs knowledge "
            "as one factor; both may still be open. If you had reason to know of only part of it, answer 'part of "
            "it' instead: relief may then be apportioned.",
            "reg-1.6015-2-c",
        )
    elif knowledge == "partial":
        s.limit(
            "possible",
            "You knew of part of the understatement but not its full extent: relief may be apportioned to "
            "the part you did not know and had no reason to know of, not the part you knew of.",
            "reg-1.6015-2-e",
        )
        s.details["partial_relief"] = (
            "Apportioned relief: for example, a spouse who knew of $5,000 of $25,000 of unreported "
            "winnings may be relieved only of the tax on the other $20,000."
        )
    elif knowledge == "actual":
        s.fail(
            "You knew of the understatement when you signed, so § 6015(b)(1)(C) is not met. Equitable "
            "relief under § 6015(f) weighs knowledge as one factor and may still be open.",
            "irc-6015-b",
        )
    else:
        s.need("knowledge", "Say what you knew about the understatement when you signed the return.", "irc-6015-b")


def _inequity(s: Screen, facts: Any, requested: date) -> None:
    benefit = facts.significant_benefit
    if benefit is True:
        s.limit(
            "possible",
            "A benefit beyond normal support from the understated tax weighs against finding it "
            "inequitable to hold you liable.",
            "reg-1.6015-2-d",
        )
    elif benefit is None:
        s.need(
            "significant_benefit",
            "Whether you benefited beyond normal support from the understated tax is a main part of "
            "the inequity test.",
            "reg-1.6015-2-d",
            required=False,
        )
        s.limit("possible", "Without that answer, inequity is a judgment the IRS makes.", "reg-1.6015-2-d")
    else:
        s.ok("You say you received no benefit beyond normal support, which favours relief.", "reg-1.6015-2-d")
    apart = no_longer_married(facts, requested)
    if apart:
        if benefit is False:
            s.ok(
                "You are no longer married to, or living with, that spouse, which the regulation names "
                "as pointing toward inequity.",
                "reg-1.6015-2-d",
            )
    else:
        s.limit(
            "possible",
            "Whether it is inequitable to hold you liable is weighed on all the facts by the IRS; being "
            "deserted, divorced or separated would count in your favour.",
            "reg-1.6015-2-d",
        )

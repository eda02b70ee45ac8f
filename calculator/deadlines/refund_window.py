"""The refund window: IRC § 6511(a), with the § 6513(a)-(b) deemed dates."""

from __future__ import annotations

from datetime import date

from ..dates import add_years
from ..results import Deadline, Reason, Window
from .common import _d, _due, _per_facts, _value

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

def _statutory_due(tax_year: int | None) -> date | None:
    """IRC § 6513(a)-(b): April 15 after a calendar tax year, without extensions or § 7503."""
    if tax_year is None:
        return None
    md = _value("irc-6513-deemed-date")
    return date(tax_year + 1, md["month"], md["day"])


@_per_facts
def refund_window(facts: Any) -> Window:
    """Last day to claim a refund (IRC § 6511(a), with § 6513(a)-(b)).

    3 years from the return's filing, or 2 years from payment, whichever ends
    later.  An early return counts as filed on the statutory April 15 (not the
    § 7503 date), and withholding and estimated tax count as paid on it.  With
    no filing date, the earliest date that could apply is given (3 years from
    that April 15) and ``missing`` names the fact.  § 7503 applies to the last day.
    """
    statutory = _statutory_due(facts.tax_year)
    three = _value("irc-6511-a-filing")
    two = _value("irc-6511-a-payment")
    reasons: list[Reason] = []
    missing: list[str] = []
    ends: list[date] = []

    if facts.return_filed is not None:
        filed = facts.return_filed
        if statutory is not None and filed <= statutory:
            deemed = statutory
            reasons.append(
                Reason.of(
                    f"The return was filed on {_d(filed)}, on or before its due date, so it counts as filed on "
                    f"{_d(statutory)} (April 15, not moved for weekends, holidays or extensions).",
                    "irc-6513-deemed-date",
                )
            )
        else:
            deemed = filed
            if statutory is None:
                missing.append("tax_year")
                reasons.append(
                    Reason.of(
                        "The tax year is not known, so the actual filing date is used. If the return was "
                        "filed early, the period may end later.",
                        "irc-6513-deemed-date",
                    )
                )
        end = add_years(deemed, three)
        ends.append(end)
        reasons.append(
            Reason.of(
                f"A refund claim is on time within {three} years of filing: by {_d(end)}.",
                "irc-6511-a-filing",
            )
        )
    elif statutory is not None:
        missing.append("return_filed")
        end = add_years(statutory, three)
        ends.append(end)
        reasons.append(
            Reason.of(
                f"The filing date of the return is not known. A return counts as filed no earlier than "
                f"{_d(statutory)}, so the {three}-year period ends no earlier than {_d(end)}; a later "
                "filing date gives a later end. This is the earliest date that could apply.",
                "irc-6511-a-filing",
            )
        )
    else:
        missing += ["return_filed", "tax_year"]

    payments = facts.events_of("payment")
    if payments:
        latest = max((max(p.date, statutory) if statutory else p.date) for p in payments)
        end = add_years(latest, two)
        ends.append(end)
        early = statutory is not None and any(p.date < statutory for p in payments)
        reasons.append(
            Reason.of(
                f"The latest payment counts as made on {_d(latest)}, so a claim is also on time within {two} "
                f"years of it: by {_d(end)}."
                + (f" Withholding and payments made before the due date count as paid on {_d(statutory)}." if early else ""),
                "irc-6511-a-payment" if not early else "irc-6513-deemed-date",
            )
        )

    if not ends:
        reasons.append(
            Reason.of(
                "The refund-claim period cannot be worked out without the tax year or the date the "
                "return was filed.",
                "irc-6511-a-filing",
            )
        )
        return Window(None, tuple(reasons), tuple(missing))
    last_day = max(ends)
    if len(ends) > 1:
        reasons.append(
            Reason.of(f"The later of the two periods applies: {_d(last_day)}.", "irc-6511-a-payment")
        )
    reasons.append(
        Reason.of(
            f"The amount is limited to tax paid in the {three} years (plus any filing extension) before the claim, "
            f"or in the {two} years before it if the claim is filed only within the {two}-year period.",
            "irc-6511-b-2-lookback",
        )
    )
    postponed = _value("notice-2023-21").get(facts.tax_year)
    if postponed is not None:
        reasons.append(
            Reason.of(
                f"For {facts.tax_year} returns the IRS disregards {_d(postponed[0])} to {_d(postponed[1])} (the "
                f"COVID-19 postponement) in finding where the {three} years look back to, so withholding deemed "
                f"paid on {_d(postponed[0])} can still be refunded by a claim filed within {three} years of a "
                "return filed in that time.",
                "notice-2023-21",
            )
        )
    due, more = _due(facts, last_day, "refund_claim")
    reasons.extend(more)
    return Window(due, tuple(reasons), tuple(missing))


def refund_claim_deadline(facts: Any) -> Deadline | None:
    """The refund window as a deadline (Form 8379, a relief refund, any refund claim)."""
    refund = refund_window(facts)
    if refund.due is None:
        return None
    return Deadline(
        id="refund_claim",
        title="Last day to claim a refund (including Form 8379 or a relief refund)",
        due=refund.due,
        rule_text=(
            f"A refund must be claimed within {_value('irc-6511-a-filing')} years after the return was filed "
            f"or {_value('irc-6511-a-payment')} years after the tax was paid, whichever is later."
        ),
        reasons=refund.reasons,
        can_extend=False,
    )

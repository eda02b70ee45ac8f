"""Screening of the collection alternatives: installment agreement, offer in compromise, currently not collectible.

These are ways to deal with a balance that is owed, not relief from it.  Each
entry says whether it applies (only when a balance is owed: the problems
include an understatement or an underpayment), what it costs, what follows
from it, and the rules behind every statement.  An accepted offer in
compromise bars later IRC § 6015 relief for that year (Treas. Reg.
§ 1.6015-1(c)), so when any relief path looks open the offer entry leads with
that warning.

Pure functions of their arguments: no I/O, no clock.
"""

from __future__ import annotations

from datetime import date

from .law import rule
from .results import Reason, ReliefResult, cited

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any, Iterable

#: Verdicts under which a spouse may still get relief, so an offer must not be suggested lightly.
#: A path held back for an impossible answer (``check``, :func:`calculator.consistency.withhold`)
#: may be open once the answer is fixed: an accepted offer would bar it for good, so it counts.
OPEN_VERDICTS = ("likely", "possible", "check")

#: The rule that an accepted offer bars § 6015 relief (Treas. Reg. § 1.6015-1(c)), recorded with the relief rules.
OIC_BAR_RULE = "reg-1.6015-1-c"


def _r(text: str, rule_id: str) -> dict[str, str]:
    return cited(text, rule_id)


def balance_due(facts: Any) -> bool | None:
    """True when the facts show tax owed (an understatement or an underpayment), False when they show
    only an offset, None when the problems are unknown."""
    problems = set(facts.problems or ())
    if problems & {"understatement", "underpayment"}:
        return True
    if problems:
        return False
    return None


def known_balance(facts: Any) -> float | None:
    """Assessed amounts less payments, when the events give assessment amounts; otherwise None."""
    assessed = [e.amount for e in facts.events_of("assessment") if e.amount is not None]
    if not assessed:
        return None
    paid = sum(e.amount for e in facts.events_of("payment") if e.amount is not None)
    return max(0.0, float(sum(assessed)) - float(paid))


def low_income(facts: Any, as_of: date) -> tuple[bool | None, int | None, str | None]:
    """Whether household income is at or below 250% of the HHS poverty guideline in effect on ``as_of``.

    Returns (answer, threshold in dollars, poverty rule id).  The fee rules speak of adjusted gross
    income; household income is the closest fact the format has, so this is an approximation and the
    reasons say so.  Unknown size, area or income gives None.
    """
    from .poverty import guideline_in_effect

    household = facts.household
    income = household.annual_income
    if income is None and household.monthly_income is not None:
        income = household.monthly_income * 12
    if household.size is None or income is None:
        return None, None, None
    area = household.area or "contiguous"
    try:
        base, table = guideline_in_effect(as_of, area, household.size)
    except ValueError:
        return None, None, None
    percent = rule("ia-fee-low-income").value
    threshold = base * percent // 100
    return income <= threshold, threshold, table.id


def _relief_open(relief_results: Iterable[ReliefResult | dict]) -> list[str]:
    """Titles of the relief paths whose verdict is likely or possible."""
    out = []
    for result in relief_results:
        verdict = result["verdict"] if isinstance(result, dict) else result.verdict
        if verdict in OPEN_VERDICTS and (result["id"] if isinstance(result, dict) else result.id) != "injured_spouse":
            out.append(result["title"] if isinstance(result, dict) else result.title)
    return out


def _not_applicable(alt_id: str, title: str, owed: bool | None) -> dict[str, Any]:
    rid = {"installment_agreement": "ia-simple-payment-plan", "offer_in_compromise": "oic-fee", "currently_not_collectible": "cnc"}[alt_id]
    if owed is False:
        text = "You did not report tax owed (only a refund offset), so there is no balance to pay in installments, settle or put on hold."
        missing: list[str] = []
    else:
        text = "Whether this applies depends on whether you owe tax for the year: tell us what went wrong (problems)."
        missing = ["problems"]
    return {
        "id": alt_id,
        "title": title,
        "applies": owed,
        "summary": text,
        "warnings": [],
        "costs": [],
        "consequences": [],
        "reasons": [_r(text, rid)],
        "forms": [],
        "missing": missing,
    }


def _installment(facts: Any, as_of: date, balance: float | None, low: bool | None, threshold: int | None) -> dict[str, Any]:
    """IRC § 6159; the IRS payment-plan page; Treas. Reg. § 300.1; IRC § 6159(f) for low-income fees."""
    short = rule("ia-short-term").value
    simple = rule("ia-simple-payment-plan").value
    guaranteed = rule("ia-guaranteed").value
    fees = rule("ia-user-fees").value
    reasons = []
    options = []
    missing = []
    if balance is None:
        missing.append("events.assessment")
        reasons.append(_r("The balance owed is not given, so every kind of payment plan is listed with its limit.", "ia-simple-payment-plan"))
    fits = lambda limit, strict=False: balance is None or (balance < limit if strict else balance <= limit)  # noqa: E731
    if fits(short["max_balance_below"], strict=True):
        options.append(_r(
            f"Short-term plan: pay in full within {short['days']} days if you owe less than ${short['max_balance_below']:,}; no setup fee.",
            "ia-short-term",
        ))
    if fits(simple):
        options.append(_r(
            f"Simple Payment Plan: if you owe ${simple:,} or less in tax, penalties and interest and have filed all returns, "
            "pay monthly up to the collection statute date (generally 10 years after assessment), with no financial statement.",
            "ia-simple-payment-plan",
        ))
    if fits(guaranteed["max_tax"]):
        options.append(_r(
            f"Guaranteed agreement: if the tax itself is ${guaranteed['max_tax']:,} or less, you can pay it within "
            f"{guaranteed['pay_within_years']} years, and in the last {guaranteed['lookback_years']} years you filed and paid on time "
            "with no other agreement, the IRS must accept.",
            "ia-guaranteed",
        ))
    if balance is not None and balance > simple:
        options.append(_r(
            f"Above ${simple:,} the IRS usually asks for a financial statement (Form 433-F or 433-A) before agreeing to a plan.",
            "ia-streamlined",
        ))
    dd, other = fees["direct_debit"], fees["other"]
    costs = [
        _r(f"Setup fee paying by direct debit: ${dd['online']} online, ${dd['phone_mail_in_person']} by phone, mail or in person "
           f"(fees confirmed for {fees['covers'][0]}-{fees['covers'][-1]}; check irs.gov before you apply).", "ia-user-fees"),
        _r(f"Setup fee paying another way: ${other['online']} online, ${other['phone_mail_in_person']} by phone, mail or in person.", "ia-user-fees"),
    ]
    if low is True:
        costs.insert(0, _r(
            f"Your household income (${threshold:,} is 250% of the poverty guideline for your household) looks low enough "
            "for the low-income rule: no fee with direct debit, otherwise the fee is paid back when the plan is completed. "
            "The IRS uses adjusted gross income, which may differ.",
            "ia-fee-low-income",
        ))
    elif low is None:
        costs.append(_r("Low-income taxpayers (about 250% of the poverty guidelines) pay no fee with direct debit.", "ia-fee-low-income"))
        missing.append("household.annual_income")
    consequences = [
        _r("Interest and penalties keep running on the unpaid balance until it is paid.", "ia-short-term"),
        _r("A plan is a way to pay the joint debt, not relief from it: if you may qualify for relief, ask for relief first or at the same time.", "form-8857"),
    ]
    reasons.insert(0, _r("You owe tax for the year, so a payment plan is one way to deal with what remains owed.", "ia-simple-payment-plan"))
    return {
        "id": "installment_agreement",
        "title": "Installment agreement (payment plan)",
        "applies": True,
        "summary": "Pay what you owe over time.",
        "warnings": [],
        "options": options,
        "costs": costs,
        "consequences": consequences,
        "reasons": reasons,
        "forms": ["form-9465", "form-433-f"],
        "missing": missing,
    }


def _offer(facts: Any, open_paths: list[str], low: bool | None, threshold: int | None) -> dict[str, Any]:
    """IRC § 7122; Treas. Reg. § 300.3; Form 656-B; Treas. Reg. § 1.6015-1(c)."""
    warnings = []
    if open_paths:
        warnings.append(_r(
            "Warning: an accepted offer in compromise bars innocent spouse relief (IRC § 6015) for that whole year. "
            f"The screening shows relief may be open ({', '.join(open_paths)}): ask for relief with Form 8857 first, "
            "and do not make an offer for that year without advice.",
            OIC_BAR_RULE,
        ))
    if facts.offer_in_compromise:
        warnings.append(_r(
            "You said an offer in compromise was already accepted for this year, which is why § 6015 relief is barred for it.",
            OIC_BAR_RULE,
        ))
    fee = rule("oic-fee").value
    costs = [
        _r(f"Application fee: ${fee}, not refunded (confirmed for 2020-2026).", "oic-fee"),
        _r(f"Lump-sum offer (5 or fewer payments): send {rule('oic-lump-sum-payment').value}% of the amount offered with the offer; it is not refunded.", "oic-lump-sum-payment"),
        _r("Periodic-payment offer (6 or more payments): send the first payment with the offer and keep paying while it is considered.", "oic-periodic-payment"),
    ]
    if low is True:
        costs.insert(0, _r(
            f"Your household income looks at or below 250% of the poverty guidelines (${threshold:,}): with low-income "
            "certification there is no application fee and no initial payment.",
            "oic-low-income",
        ))
    else:
        costs.append(_r("Low-income certification (250% of the poverty guidelines) waives the fee and the initial payment.", "oic-low-income"))
    consequences = [
        _r("The IRS generally accepts an offer only if it equals what it could collect from your assets and future income.", "oic-reasonable-collection-potential"),
        _r(f"An offer the IRS has not rejected within {rule('oic-deemed-acceptance').value} months of submission is treated as accepted.", "oic-deemed-acceptance"),
    ]
    reasons = [_r("You owe tax for the year, so an offer to settle for less is one option if you cannot pay in full.", "oic-fee")]
    return {
        "id": "offer_in_compromise",
        "title": "Offer in compromise",
        "applies": True,
        "summary": "Settle the debt for less than the full amount, if you cannot pay it.",
        "warnings": warnings,
        "options": [],
        "costs": costs,
        "consequences": consequences,
        "reasons": reasons,
        "forms": ["form-656", "form-433-a"],
        "missing": [],
    }


def _cnc(facts: Any) -> dict[str, Any]:
    """IRM 5.16.1 (currently not collectible, hardship)."""
    h = facts.household
    reasons = [_r("You owe tax for the year; if paying would leave you unable to meet basic living expenses, the IRS may pause collection.", "cnc")]
    missing = []
    if h.monthly_income is not None and h.monthly_expenses is not None:
        if h.monthly_income <= h.monthly_expenses:
            reasons.append(_r("Your monthly income does not exceed your basic living expenses, which is the kind of case this status is for.", "cnc"))
        else:
            reasons.append(_r("Your monthly income is above your basic living expenses, so the IRS would more likely expect a payment plan.", "cnc"))
    else:
        missing += ["household.monthly_income", "household.monthly_expenses"]
    consequences = [
        _r("The debt does not go away, and penalties and interest keep growing.", "cnc"),
        _r("Refunds can still be applied to the debt, and a lien may still be filed.", "cnc"),
        _r("The 10-year collection period keeps running, and the IRS looks again if your income rises.", "cnc"),
    ]
    return {
        "id": "currently_not_collectible",
        "title": "Currently not collectible (hardship)",
        "applies": True,
        "summary": "Ask the IRS to stop collecting for now because you cannot pay basic living expenses.",
        "warnings": [],
        "options": [],
        "costs": [_r("No fee; the IRS usually asks for a financial statement (Form 433-F or 433-A).", "cnc")],
        "consequences": consequences,
        "reasons": reasons,
        "forms": ["form-433-f", "form-433-a"],
        "missing": missing,
    }


def screen_alternatives(facts: Any, as_of: date, relief_results: Iterable[ReliefResult | dict]) -> list[dict[str, Any]]:
    """Screen the three collection alternatives for the requesting spouse.

    Order: installment agreement, offer in compromise, currently not collectible.  Each entry has
    ``id``, ``title``, ``applies`` (true, false, or null when unknown), ``summary``, ``warnings``,
    ``options``, ``costs``, ``consequences``, ``reasons`` (each a cited reason), ``forms`` (form rule
    ids) and ``missing``.  When any relief verdict is likely or possible, the offer entry's first
    warning is that an accepted offer bars later § 6015 relief for that year (Treas. Reg. § 1.6015-1(c)).
    """
    results = list(relief_results)
    owed = balance_due(facts)
    titles = {
        "installment_agreement": "Installment agreement (payment plan)",
        "offer_in_compromise": "Offer in compromise",
        "currently_not_collectible": "Currently not collectible (hardship)",
    }
    if owed is not True:
        out = [_not_applicable(alt, title, owed) for alt, title in titles.items()]
        open_paths = _relief_open(results)
        if open_paths or facts.offer_in_compromise:
            out[1]["warnings"] = _offer(facts, open_paths, None, None)["warnings"]
        return out
    low, threshold, _ = low_income(facts, as_of)
    balance = known_balance(facts)
    return [
        _installment(facts, as_of, balance, low, threshold),
        _offer(facts, _relief_open(results), low, threshold),
        _cnc(facts),
    ]

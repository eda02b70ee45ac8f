"""Equitable relief, IRC § 6015(f), under Rev. Proc. 2013-34.

Order of the screen: the bars of Treas. Reg. § 1.6015-1(c)-(e); the threshold conditions of
§ 4.01 (with the attribution exceptions of § 4.01(7)); timeliness under § 6015(f)(2) (the
collection period for unpaid tax, the refund period for payments); then either the
streamlined determination of § 4.02 (no longer married, economic hardship, no knowledge, with
abuse or financial control standing in for the knowledge element) or the factors of § 4.03.
The economic-hardship test (§ 4.03(2)(b)) compares income with 250% of the HHS poverty
guideline in effect on the date of the check, and otherwise looks at the monthly margin.
"""

from __future__ import annotations

from datetime import date

from ..law import rule
from ..poverty import guideline_in_effect
from ..results import Reason, ReliefResult, Window
from .common import (
    Screen,
    deadlines,
    household_conflict,
    household_period_months,
    money,
    no_longer_married,
    open_6015,
    own_payments,
    own_payments_only,
    paid_in_full,
    refund_of_own_payments,
    request_date,
    window_closed,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

ID = "equitable_relief"
TITLE = "Equitable relief (IRC § 6015(f))"
FORM = rule("form-8857").value["number"]


def screen(facts: Any, as_of: date) -> ReliefResult:
    s, kinds = open_6015(
        ID,
        TITLE,
        FORM,
        facts,
        allow_underpayment=True,
        fraudulent_return=(
            "Knowingly taking part in filing a fraudulent joint return fails a threshold condition for "
            "equitable relief.",
            "rp-2013-34-4.01",
        ),
    )
    if kinds is None:
        return s.result()
    under, unpaid = kinds
    s.ok(
        "Equitable relief is considered for whatever innocent spouse relief or separation of liability do "
        "not relieve; it also covers tax shown on the return but not paid.",
        "irc-6015-f",
    )
    attribution(s, facts)
    s.ok(
        "If your spouse transferred property to you to avoid tax, relief is available only for the part of "
        "the liability above its value; the checker cannot value transfers.",
        "rp-2013-34-4.01",
    )
    window = equitable_window(s, facts, as_of)
    _streamlined_or_factors(s, facts, as_of, unpaid)
    return s.result(window)


def attribution(s: Screen, facts: Any) -> None:
    """Rev. Proc. 2013-34 § 4.01(7) with its exceptions (shared with equitable § 66(c))."""
    owner = facts.item_owner
    if owner == "spouse":
        s.ok("The liability comes from your spouse's items or unpaid tax, as the threshold conditions require.", "rp-2013-34-4.01")
    elif owner == "both":
        s.limit(
            "possible",
            "Only the part of the liability that comes from your spouse's items or income can be relieved.",
            "rp-2013-34-4.01",
        )
    elif owner == "me":
        if facts.abuse:
            s.limit(
                "possible",
                "The items are yours, but abuse before the return was filed that kept you from challenging "
                "them, or from asking whether the tax was paid, can excuse the attribution condition.",
                "rp-2013-34-4.01-7",
            )
        else:
            s.fail(
                "The liability comes from your own items, which fails the attribution condition unless an "
                "exception applies: the item is yours only because of community property law, your ownership "
                "is only nominal, your spouse misappropriated money meant for the tax, abuse kept you from "
                "challenging it, or your spouse's fraud caused it. Tell the IRS if one of these applies.",
                "rp-2013-34-4.01-7",
            )
    else:
        s.need("item_owner", "Say whose items or income caused the tax.", "rp-2013-34-4.01")


def equitable_window(s: Screen, facts: Any, as_of: date) -> Window:
    """§ 6015(f)(2): the collection period for unpaid tax, the § 6511 period for refunds.

    The earliest applicable due date is reported (conservative); relief is unavailable only
    when every applicable period has ended before the request.  A tax the facts say is paid in
    full has only the refund period (:func:`~calculator.relief.common.refund_of_own_payments`).
    """
    engine = deadlines()
    requested = request_date(facts, as_of)
    if paid_in_full(facts):
        refund = refund_of_own_payments(s, facts, requested, "rp-2013-34-4.04")
        due = refund.due if refund is not None else None
        s.details["deadline_parts"] = [{"part": "refund of your payments (§ 6511)", "due": due.isoformat() if due else None}]
        return refund if refund is not None else Window(None, ())
    # Unless the tax is paid, some of it is unpaid, so the collection period always applies; a refund
    # period is added for payments of the requesting spouse's own.
    refund_side = own_payments(facts)
    windows: list[tuple[str, Window]] = [("unpaid tax (collection statute)", engine.collection_statute(facts))]
    if refund_side:
        windows.append(("refund of your payments (§ 6511)", engine.refund_window(own_payments_only(facts))))
        s.ok(
            "A refund under equitable relief can cover only payments you made from your own money, and only within "
            "the § 6511 period counted from them. Joint payments, your spouse's payments, and withholding and "
            "estimated tax (counted as paid with the joint return) are not refunded; an offset of your own later "
            "refund to this debt is.",
            "rp-2013-34-4.04",
        )
    reasons: list[Reason] = []
    missing: list[str] = []
    dues = []
    open_any = False
    for _, w in windows:
        reasons.extend(w.reasons)
        missing.extend(m for m in w.missing if m not in missing)
        if w.due is not None:
            dues.append(w.due)
        if not window_closed(w, requested):
            open_any = True
    for path in missing:
        s.need(path, "This fact is needed to date the deadline for equitable relief.", "irc-6015-f-2", required=False)
    if not open_any:
        s.fail(
            "Every period for asking has ended: the collection period for unpaid tax and the refund period "
            "for payments.",
            "irc-6015-f-2",
        )
    else:
        s.ok(
            "Equitable relief can be asked for while the IRS can still collect the tax, and for a refund "
            "within the § 6511 period; the two-year rule for § 6015(b) and (c) does not apply.",
            "irc-6015-f-2",
        )
        closed = [label for label, w in windows if window_closed(w, requested)]
        if closed:
            s.ok(f"One period has ended: {', '.join(closed)}.", "irc-6015-f-2")
    s.details["deadline_parts"] = [
        {"part": label, "due": w.due.isoformat() if w.due else None} for label, w in windows
    ]
    return Window(min(dues) if dues else None, tuple(reasons), tuple(missing))


NEUTRAL = "the IRS treats the factor as neutral, though the Tax Court has at times weighed it against relief"


def economic_hardship(facts: Any, as_of: date) -> tuple[str, list[tuple[str, str]], list[str], dict[str, Any]]:
    """Rev. Proc. 2013-34 § 4.03(2)(b), as far as the facts allow.

    Returns (status, reasons as (text, rule id), missing paths, figures), where status is
    ``yes`` (income below 250% of the guideline and no assets to pay), ``margin`` (income at or
    above 250% but monthly income exceeds basic expenses by no more than the margin, no assets),
    ``no`` (neutral factor), or ``unknown``.
    """
    h = facts.household
    reasons: list[tuple[str, str]] = []
    missing: list[str] = []
    figures: dict[str, Any] = {}
    if h.assets_can_pay is True:
        reasons.append((
            "You have assets that could pay the tax while still meeting basic living expenses, so the IRS "
            f"would not find economic hardship; {NEUTRAL}.",
            "rp-2013-34-hardship-250",
        ))
        return "no", reasons, missing, figures
    # § 4.03(2)(b) compares "the Requesting Spouse's income"; the household's is used only when the
    # user's own is not given: it is never lower, so it can only make hardship harder to show.
    income, whose = h.own_annual_income, "Your own"
    if income is None:
        income, whose = h.annual_income, "Your household"
    if income is None and h.monthly_income is not None:
        income = h.monthly_income * 12
        figures["annual_income_from_monthly"] = True
    figures["income_is_own"] = whose == "Your own"
    for path, value in (("household.size", h.size), ("household.area", h.area), ("household.annual_income", income)):
        if value is None:
            missing.append(path)
    if missing:
        reasons.append((
            "The economic-hardship test compares your household income with the poverty guideline for your "
            "household size and area; those facts are missing.",
            "rp-2013-34-hardship-250",
        ))
        return "unknown", reasons, missing, figures
    try:
        line, table = guideline_in_effect(as_of, h.area, h.size)
    except ValueError:
        reasons.append((
            "No poverty guidelines are recorded for the date of this check, so the hardship test was not run.",
            "rp-2013-34-hardship-250",
        ))
        return "unknown", reasons, missing, figures
    percent = rule("rp-2013-34-hardship-250").value
    threshold = line * percent / 100
    figures.update(
        guideline=line,
        guideline_rule=table.id,
        percent=percent,
        threshold=threshold,
        annual_income=income,
        household_size=h.size,
        area=h.area,
    )
    if income < threshold:
        text = (
            f"{whose} income of {money(income)} is below {percent}% of the {table.effective.year} "
            f"poverty guideline for {h.size} in your area ({money(line)} x {percent}% = {money(threshold)})"
        )
        if h.assets_can_pay is False:
            reasons.append((text + ", and you have no assets to pay the tax: this points to economic hardship.", "rp-2013-34-hardship-250"))
            return "yes", reasons, missing, figures
        reasons.append((text + "; hardship also depends on whether you have assets that could pay the tax.", "rp-2013-34-hardship-250"))
        missing.append("household.assets_can_pay")
        return "unknown", reasons, missing, figures
    reasons.append((
        f"{whose} income of {money(income)} is not below {percent}% of the {table.effective.year} "
        f"poverty guideline for {h.size} in your area ({money(threshold)}).",
        "rp-2013-34-hardship-250",
    ))
    margin = rule("rp-2013-34-hardship-margin").value
    if h.monthly_income is None or h.monthly_expenses is None:
        missing.extend(p for p, v in (("household.monthly_income", h.monthly_income), ("household.monthly_expenses", h.monthly_expenses)) if v is None)
        reasons.append((
            f"Hardship can still be found if your monthly income exceeds your basic living expenses by "
            f"{money(margin)} or less; give both monthly figures to check.",
            "rp-2013-34-hardship-margin",
        ))
        return "unknown", reasons, missing, figures
    surplus = h.monthly_income - h.monthly_expenses
    figures.update(monthly_surplus=surplus, margin=margin)
    if surplus <= margin:
        if h.assets_can_pay is False:
            reasons.append((
                f"Your monthly income exceeds your basic expenses by {money(max(surplus, 0))}, no more than "
                f"{money(margin)}, and you have no assets to pay: this may count as economic hardship.",
                "rp-2013-34-hardship-margin",
            ))
            return "margin", reasons, missing, figures
        missing.append("household.assets_can_pay")
        reasons.append((
            f"Your monthly margin of {money(max(surplus, 0))} is within {money(margin)}; hardship also depends "
            "on whether you have assets that could pay the tax.",
            "rp-2013-34-hardship-margin",
        ))
        return "unknown", reasons, missing, figures
    reasons.append((
        f"Your monthly income exceeds your basic expenses by {money(surplus)}, more than {money(margin)}, so "
        f"there is likely no economic hardship; {NEUTRAL}.",
        "rp-2013-34-hardship-margin",
    ))
    return "no", reasons, missing, figures


def _streamlined_or_factors(s: Screen, facts: Any, as_of: date, unpaid: bool) -> None:
    requested = request_date(facts, as_of)
    apart = no_longer_married(facts, requested)
    hardship, h_reasons, h_missing, figures = economic_hardship(facts, as_of)
    for text, rule_id in h_reasons:
        s.ok(text, rule_id)
    for path in h_missing:
        s.need(path, "Needed for the economic-hardship test.", "rp-2013-34-hardship-250", required=False)
    s.details["economic_hardship"] = {"status": hardship, **figures}
    knowledge = facts.knowledge
    knowledge_ok = knowledge == "none" or bool(facts.abuse)
    if apart is None:
        s.need(
            "marital_status" if facts.marital_status is None else "living_together" if household_conflict(facts) else "apart_since",
            "Whether you are still married to (or living with) your spouse is an element of the streamlined "
            "determination and a factor otherwise.",
            "rp-2013-34-4.02",
            required=False,
        )
    if knowledge is None and not facts.abuse:
        s.need("knowledge", "What you knew when you signed is an element of the streamlined determination.", "rp-2013-34-4.02", required=False)
    if facts.abuse:
        s.ok(
            "Abuse, or your spouse's control of the household finances, can satisfy the knowledge element and "
            "can outweigh a significant benefit. Keep whatever shows it: protective orders, police or medical "
            "records, statements from people who knew.",
            "rp-2013-34-4.02",
        )
    if unpaid and knowledge == "none":
        s.ok(
            "For unpaid tax, the question is whether you knew or had reason to know that your spouse would "
            "not or could not pay it.",
            "rp-2013-34-4.02",
        )
    _marital_status_caveats(s, facts, requested, apart)
    if facts.household.others_pay_expenses and hardship in ("yes", "margin"):
        s.limit(
            "possible",
            "Someone else shares or pays some of your basic living expenses. The IRS takes that into account when it "
            "decides whether paying would leave you unable to meet them, so hardship is its judgment.",
            "rp-2013-34-hardship-250",
        )
    if apart and knowledge_ok and hardship == "yes":
        s.ok(
            "No longer married, economic hardship, and no knowledge (or abuse standing in for it): these are "
            "the three elements on which the IRS will ordinarily grant equitable relief.",
            "rp-2013-34-4.02",
        )
        s.details["streamlined"] = True
        return
    s.details["streamlined"] = False
    if apart and knowledge_ok and hardship == "margin":
        s.limit(
            "possible",
            "The streamlined elements appear met only through the monthly-margin test, whose exact wording the "
            "checker could not confirm, so this is a judgment for the IRS.",
            "rp-2013-34-hardship-margin",
        )
        return
    notes = []
    if apart is False:
        notes.append("you are still married and living together (neutral)")
    elif apart:
        notes.append("you are no longer married (favours relief)")
    if hardship in ("yes", "margin"):
        notes.append("economic hardship (favours relief)")
    elif hardship == "no":
        notes.append("no economic hardship (neutral for the IRS; the Tax Court has at times weighed it against relief)")
    if knowledge in ("actual", "partial", "reason_to_know") and not facts.abuse:
        notes.append("knowledge or reason to know (weighs against relief, but does not decide it)")
    elif knowledge == "unsure" and not facts.abuse:
        notes.append("whether you had reason to know, which the IRS weighs")
    if facts.significant_benefit is True and not facts.abuse:
        notes.append("a significant benefit (weighs against relief)")
    elif facts.significant_benefit is False:
        notes.append("no significant benefit (favours relief)")
    listed = "; ".join(notes) if notes else "the facts given"
    s.limit(
        "possible",
        "The streamlined determination does not apply on these facts, so the IRS weighs the factors, none "
        f"deciding alone. From your answers: {listed}. Also weighed: any divorce decree making your spouse "
        "pay, your later tax compliance, and your health.",
        "rp-2013-34-4.03",
    )


def _marital_status_caveats(s: Screen, facts: Any, requested: date, apart: bool | None) -> None:
    """Rev. Proc. 2013-34 § 4.03(2)(a), which the streamlined determination borrows, as far as it is known.

    Not confirmed against its text (legal audit #11): a widow(er) counts as no longer married only if
    not an heir to the other spouse's estate with enough assets to pay the tax, and the household
    period may end on the day the IRS decides.  The checker caps a widow(er) at "possible" and
    measures the period to the request date, the earlier of the two.
    """
    if facts.marital_status == "widowed":
        s.limit(
            "possible",
            "A widow or widower counts as no longer married only if not an heir to the other spouse's estate with "
            "enough assets to pay the tax (Rev. Proc. 2013-34 § 4.03(2)(a), as secondary sources describe it; its "
            "text was not confirmed). The IRS decides.",
            "rp-2013-34-4.02",
        )
    elif apart and facts.marital_status == "married":
        s.ok(
            f"Living apart is measured here over the {household_period_months()} months ending on the day you ask "
            f"({requested.isoformat()}). The IRS may measure them to the day it decides (not confirmed), which can only "
            "help you.",
            "rp-2013-34-4.02",
        )

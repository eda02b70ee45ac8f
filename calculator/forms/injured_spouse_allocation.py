"""Form 8379: the injured spouse's share of a joint refund, the Part III worksheet, and next steps.

The IRS's method (IRM 25.18.5, rule ``form-8379-allocation``): the joint tax is divided in
proportion to the tax each spouse would owe on a separate return; the injured spouse's share of
the overpayment is his or her withholding, estimated tax payments and share of refundable credits
(the earned income credit allocated by the IRS, rule ``form-8379-eic``), less that share of the
tax, and no more than the amount taken.  Separate taxes are not computed here: the joint tax is
divided by each spouse's income less adjustments, which is exactly the IRS's split only when one
spouse had all the income.  Every estimate says so.
"""

from __future__ import annotations

from ..law import rule
from ..results import cited

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Figures the estimate cannot do without, with the words a person would recognise.
LABELS = {
    "offset.offset_amount": "the amount taken from the refund",
    "offset.joint_tax": "the total tax on the joint return",
    "offset.my_wages": "your wages",
    "offset.my_other_income": "your other income",
    "offset.spouse_wages": "your spouse's wages",
    "offset.spouse_other_income": "your spouse's other income",
    "offset.my_withholding": "the federal tax withheld from your income",
    "offset.my_estimated_payments": "your estimated tax payments",
    "offset.my_adjustments": "your adjustments to income",
    "offset.spouse_adjustments": "your spouse's adjustments to income",
    "offset.my_refundable_credits": "your share of the refundable credits",
    "offset.joint_eic": "the earned income credit on the joint return",
}

#: Figures that refine the estimate; when not given they count as $0 and the result says so.
OPTIONAL = (
    "offset.my_estimated_payments",
    "offset.my_adjustments",
    "offset.spouse_adjustments",
    "offset.my_refundable_credits",
    "offset.joint_eic",
)


def _income(o: Any, who: str) -> tuple[float | None, list[str]]:
    """A spouse's income (wages plus other income, or the one figure of older files), and what is missing."""
    wages, other = getattr(o, f"{who}_wages"), getattr(o, f"{who}_other_income")
    if wages is not None and other is not None:
        return wages + other, []
    total = getattr(o, f"{who}_income")
    if total is not None:
        return total, []
    return None, [f"offset.{who}_{name}" for name, value in (("wages", wages), ("other_income", other)) if value is None]


def _payments(o: Any) -> tuple[float | None, list[str]]:
    """The injured spouse's withholding plus estimated tax payments, and what is missing."""
    if o.my_withholding is not None:
        return o.my_withholding + (o.my_estimated_payments or 0), []
    if o.my_withholding_and_payments is not None:
        return o.my_withholding_and_payments, []
    return None, ["offset.my_withholding"]


def estimate(facts: Any) -> dict[str, Any]:
    """The injured spouse's share of the joint refund, or what is missing for it.

    Returns ``{"status": "estimated", "estimate": whole dollars, "raw": …, "steps": {…},
    "assumed_zero": [paths], "offset_amount": …}`` or ``{"status": "missing", "missing": [paths]}``
    or ``{"status": "no_income", …}`` when the income cannot divide the tax.
    """
    o = facts.offset
    missing = [p for p, v in (("offset.offset_amount", o.offset_amount), ("offset.joint_tax", o.joint_tax)) if v is None]
    mine, lack = _income(o, "my")
    missing += lack
    theirs, lack = _income(o, "spouse")
    missing += lack
    paid, lack = _payments(o)
    missing += lack
    if missing:
        return {"status": "missing", "missing": missing}
    old_payments = o.my_withholding is None  # an older file's single payments figure
    said_none = {"offset.my_refundable_credits", "offset.joint_eic"} if o.refundable_credit is False else set()
    if old_payments:
        said_none.add("offset.my_estimated_payments")  # inside the older single payments figure
    assumed = [p for p in OPTIONAL if getattr(o, p.split(".")[1]) is None and p not in said_none]
    mine -= o.my_adjustments or 0
    theirs -= o.spouse_adjustments or 0
    base = max(mine, 0) + max(theirs, 0)
    if base <= 0:
        return {"status": "no_income", "missing": []}
    ratio = max(mine, 0) / base
    tax_share = o.joint_tax * ratio
    eic_share = (o.joint_eic or 0) * ratio
    credits = o.my_refundable_credits or 0
    raw = paid + credits + eic_share - tax_share
    share = min(max(raw, 0), o.offset_amount)
    return {
        "status": "estimated",
        "estimate": int(round(share)),
        "raw": round(raw, 2),
        "capped": raw > o.offset_amount,
        "offset_amount": o.offset_amount,
        "assumed_zero": assumed,
        "steps": {
            "my_income": round(mine, 2),
            "spouse_income": round(theirs, 2),
            "my_ratio": round(ratio, 6),
            "my_tax_share": round(tax_share, 2),
            "my_payments": paid,
            "my_refundable_credits": credits,
            "my_eic_share": round(eic_share, 2),
        },
        "method": "joint tax divided by income less adjustments (the IRS divides it by separate taxes)",
    }


def joint_refund(o: Any) -> float | None:
    """The joint overpayment the figures give, when every one of them is known."""
    parts = (o.my_withholding, o.spouse_withholding, o.my_estimated_payments, o.spouse_estimated_payments,
             o.joint_refundable_credits, o.joint_eic, o.joint_tax)
    if any(v is None for v in parts):
        return None
    return sum(parts[:6]) - o.joint_tax


def words(facts: Any, found: dict[str, Any]) -> str:
    """The estimate in plain words: "about $X", never a promise; or which figures are missing."""
    from ..relief.common import money  # at call time: relief imports this module

    if found["status"] == "missing":
        return ("To estimate your share, the checker needs " + _join([LABELS[p] for p in found["missing"]])
                + ". Without them it gives no figure; the IRS works out the share itself.")
    if found["status"] == "no_income":
        return ("With no income on the return for either of you, the joint tax cannot be divided by income, so the "
                "checker gives no figure; the IRS works out the share itself.")
    st = found["steps"]
    percent = f"{st['my_ratio'] * 100:.0f}%"
    text = (f"Your share of the refund: about {money(found['estimate'])}. Your income less adjustments is {percent} of "
            f"the couple's, so about {money(round(st['my_tax_share']))} of the joint tax is yours; your withholding and "
            f"payments ({money(st['my_payments'])})")
    if st["my_refundable_credits"]:
        text += f", your refundable credits ({money(st['my_refundable_credits'])})"
    if st["my_eic_share"]:
        text += f", your part of the earned income credit (about {money(round(st['my_eic_share']))})"
    text += " go toward it"
    if found["estimate"] == 0:
        text += (". That leaves nothing of the refund that is yours: your share of the tax is at least as large as "
                 "what you paid and your credits. You can still file; the IRS makes the actual split")
    elif found["capped"]:
        text += f", and the share is limited to the {money(found['offset_amount'])} that was taken"
    text += "."
    if found["assumed_zero"]:
        text += " Counted as $0 because not given: " + _join([LABELS[p] for p in found["assumed_zero"]]) + "."
    if st["spouse_income"] > 0 and st["my_income"] > 0:
        text += (" The IRS divides the tax by the tax each of you would owe on a separate return, not by income, so "
                 "its figure can differ; the checker could not apply that method.")
    o = facts.offset
    refund = joint_refund(o)
    if refund is not None and o.offset_amount > refund + 0.5:
        text += (f" Check the figures: the amount taken ({money(o.offset_amount)}) is more than the refund they give "
                 f"({money(round(refund))}).")
    return text


COMMUNITY_PROPERTY_TEXT = (
    "In a community property state the IRS divides the refund under that state's law (joint amounts generally split "
    "equally), so the checker does not estimate your share."
)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- the Part III worksheet --------------------------------------------------------------------


def _row(line: str, label: str, joint: Any, mine: Any, theirs: Any, how: str) -> dict[str, Any]:
    if joint is None and mine is not None and theirs is not None:
        joint = mine + theirs
    if joint is not None and mine is not None and theirs is None:
        theirs = joint - mine
    return {"line": line, "label": label, "joint": joint, "injured": mine, "other": theirs, "how": how}


def worksheet(facts: Any) -> list[dict[str, Any]]:
    """Form 8379 Part III, line by line: (a) joint return, (b) injured spouse, (c) other spouse.

    A figure not given is None (a blank line on the sheet); column (a) is filled only where it is
    the sum of (b) and (c), or was given.
    """
    o = facts.offset
    lines = dict(rule("form-8379-part-3").value)

    rows = [
        _row("13a", lines["13a"], None, o.my_wages, o.spouse_wages, "Each spouse's own wages, as on the Forms W-2."),
        _row("13b", lines["13b"], None, o.my_other_income, o.spouse_other_income,
             "Each spouse's own income; joint income (such as interest on a joint account) as you decide."),
        _row("14", lines["14"], None, o.my_adjustments, o.spouse_adjustments,
             "To the spouse who would have claimed it on a separate return."),
        _row("15", lines["15"], None, None, None,
             "Half of the basic standard deduction to each of you, or itemized deductions to the spouse who paid them (the checker does not ask)."),
        _row("16", lines["16"], None, None, None,
             "To the spouse who would have claimed the credit on a separate return (the checker does not ask)."),
        _row("17", lines["17"], o.joint_refundable_credits, o.my_refundable_credits, None,
             "A child's credit to the spouse who would claim the child; the earned income credit is left out: the IRS allocates it."),
        _row("18", lines["18"], None, None, None,
             "Self-employment tax to the spouse who had the self-employment income (the checker does not ask)."),
        _row("19", lines["19"], None, o.my_withholding, o.spouse_withholding,
             "As shown on each spouse's Forms W-2, W-2G and 1099."),
        _row("20", lines["20"], None, o.my_estimated_payments, o.spouse_estimated_payments,
             "Joint estimated payments as you both agree; otherwise the IRS splits them by separate tax."),
    ]
    return rows


# --- next steps ----------------------------------------------------------------------------------


def next_steps(facts: Any) -> list[dict[str, str]]:
    """What to do about Form 8379 and what happens after, each with its citation."""
    weeks = rule("form-8379-processing").value
    top = rule("offset-top-call-center").value
    filed = facts.return_filed is not None or facts.first("joint_refund_offset") is not None
    steps = []
    if filed:
        steps.append(cited(
            "Send Form 8379 on its own to the IRS service center where you filed the joint return (the chart in its "
            "instructions gives the address), with copies of both spouses' Forms W-2 and W-2G and any Form 1099 showing "
            "withholding. Show both social security numbers in the same order as on the return, and sign it yourself.",
            "form-8379-filed-alone"))
    steps += [
        cited(
            "For a future joint return while your spouse still owes the debt, attach Form 8379 to that return and write "
            "'Injured Spouse' at the top left of its first page, so your share is protected before any offset.",
            "form-8379-each-year"),
        cited(
            "If you amend the joint return to claim a refund (Form 1040-X), send a new Form 8379 with it.",
            "form-8379-amended-return"),
        cited(
            f"The IRS says to expect about {weeks['filed_alone']} weeks when the form is sent on its own, about "
            f"{weeks['with_e_filed_return']} weeks with an e-filed joint return and about {weeks['with_paper_return']} "
            "weeks with a paper one. These are its estimates, not deadlines.",
            "form-8379-processing"),
        cited(
            "Whose names the refund check is made out in could not be confirmed in current official text; if you are "
            "divorced or separated, ask the IRS about it, and give your current address on the form.",
            "form-8379-refund-names"),
        cited(
            "To dispute the debt itself, contact the agency named on the offset notice, not the IRS. If no notice came, "
            f"the Treasury Offset Program call center ({top['phone']}, TTY {top['tty']}) gives that agency's address and "
            "phone number.",
            "offset-top-call-center"),
    ]
    return steps


def sheet(facts: Any, relief: list) -> dict[str, Any] | None:
    """The Form 8379 sheet when the injured spouse screen leaves filing open; None otherwise."""
    result = next((r for r in relief if _get(r, "id") == "injured_spouse"), None)
    if result is None or _get(result, "verdict") == "not_available":
        return None
    details = _get(result, "details")
    cp = details.get("community_property")
    found = estimate(facts)
    part3 = rule("form-8379-part-3")
    return {
        "form": rule("form-8379").value["number"],
        "title": "Injured spouse allocation worksheet",
        "tax_year": facts.tax_year,
        "columns": ["(a) Amount shown on joint return", "(b) Allocated to injured spouse", "(c) Allocated to other spouse"],
        "rows": worksheet(facts),
        "estimate": found["estimate"] if found["status"] == "estimated" and not cp else None,
        "estimate_text": COMMUNITY_PROPERTY_TEXT if cp else words(facts, found),
        "lines_note": cited(
            "Line numbers follow Form 8379 (Rev. November 2023) as transcribed by a third party: check them against the "
            "form you file. A blank line is a figure you did not give.", part3.id),
        "next_steps": next_steps(facts),
    }


def _get(result: Any, key: str) -> Any:
    return result[key] if isinstance(result, dict) else getattr(result, key)

"""Injured spouse claim, Form 8379 (not innocent spouse relief).

Part I of Form 8379: a joint return; the joint overpayment applied (or to be applied) to a
legally enforceable past-due debt owed only by the other spouse (IRC § 6402(a), (c)-(f);
31 U.S.C. § 3720A); the injured spouse not legally obligated for it; and, outside community
property states, the injured spouse's own payments or refundable credit.  Timing: the § 6511
refund period (``calculator.deadlines.refund_window``).  The share estimate comes from
``calculator.forms.injured_spouse_allocation`` and says where it departs from the IRS's method.
"""

from __future__ import annotations

from datetime import date

from ..law import rule
from ..results import ReliefResult
from ..forms import injured_spouse_allocation as allocation
from .common import Screen, deadlines, in_community_property_state

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

ID = "injured_spouse"
TITLE = "Injured spouse claim (Form 8379)"
FORM = rule("form-8379").value["number"]

DEBT_WORDS = {
    "federal_tax": "past-due federal tax",
    "state_tax": "past-due state income tax",
    "child_support": "past-due child support",
    "spousal_support": "past-due spousal support",
    "federal_nontax": "a federal non-tax debt (such as a student loan)",
    "unemployment": "a state unemployment compensation debt",
}


def screen(facts: Any, as_of: date) -> ReliefResult:
    s = Screen(ID, TITLE, FORM)
    o = facts.offset
    if facts.joint_return is False:
        s.fail("Form 8379 is only for a joint return; without one there is no joint refund to divide.", "form-8379-part-1")
    elif facts.joint_return is None:
        s.need("joint_return", "Form 8379 applies only to a joint return; say whether you filed one.", "form-8379-part-1")
    described = "offset" in facts.problems or o.debt is not None or o.debt_owner is not None or facts.first("joint_refund_offset")
    if not described:
        if facts.problems:
            s.fail(
                "No joint refund was or will be taken for a debt, and Form 8379 exists only to get back your "
                "share of such a refund.",
                "form-8379-part-1",
            )
        else:
            s.need("problems", "Form 8379 applies when a joint refund was or will be applied to a debt; say whether that happened.", "form-8379-part-1")
        return s.result()
    _debt(s, facts)
    if o.legally_obligated is True:
        s.fail("You are legally obligated to pay that debt too, so you are not an injured spouse for it.", "form-8379-part-1")
    elif o.legally_obligated is None:
        s.need("offset.legally_obligated", "Say whether you are legally obligated to pay that debt.", "form-8379-part-1")
    else:
        s.ok("You are not legally obligated to pay that debt.", "form-8379-part-1")
    cp = in_community_property_state(facts.state)
    _own_contribution(s, facts, cp)

    window = deadlines().refund_window(facts)
    for path in window.missing:
        s.need(path, "Needed to date the refund-claim period.", "form-8379-part-1", required=False)
    if window.due is not None and as_of > window.due:
        s.fail(
            f"The period for claiming the refund ended on {window.due.isoformat()}, and Form 8379 is a refund "
            "claim limited by § 6511.",
            "form-8379-part-1",
        )
    s.ok(
        "You can file Form 8379 with the joint return, with an amended joint return that claims a refund, or on "
        "its own later; you need one for each year.",
        "form-8379-each-year",
    )
    if not s.blocked:
        _estimate(s, facts, cp)
    s.details["processing_weeks"] = dict(rule("form-8379-processing").value)
    s.details["offset_order"] = list(rule("offset-order").value)
    return s.result(window)


def _debt(s: Screen, facts: Any) -> None:
    o = facts.offset
    owner, debt = o.debt_owner, o.debt
    if owner == "both" and debt == "federal_tax":
        s.fail(
            "A refund applied to a joint federal tax debt is not an injured spouse case. If you believe only "
            "your spouse should pay that tax, ask for innocent spouse relief on Form 8857.",
            "form-8379-not-for-joint-tax",
        )
    elif owner == "both":
        s.fail("The debt is owed by both of you; Form 8379 covers only a debt owed by your spouse alone.", "form-8379-part-1")
    elif owner == "me":
        s.fail("The debt is your own; Form 8379 covers only a debt owed by your spouse alone.", "form-8379-part-1")
    elif owner == "spouse":
        words = DEBT_WORDS.get(debt, "a past-due debt")
        s.ok(f"The joint refund was or will be applied to {words} owed only by your spouse.", "form-8379-part-1")
    else:
        s.need("offset.debt_owner", "Say whose debt the refund was (or will be) applied to.", "form-8379-part-1")
    if debt is None:
        s.need("offset.debt", "Say what kind of debt it is; it decides who sends the offset notice.", "irc-6402-offsets", required=False)
        return
    subsection = rule("irc-6402-offsets").value[debt]
    sender = rule("offset-notice-sender").value[debt]
    s.ok(
        f"The offset rests on IRC § 6402{subsection}; the notice of offset comes from the {sender}.",
        "irc-6402-offsets",
    )
    s.details["offset_authority"] = f"IRC § 6402{subsection}" + (" and 31 U.S.C. § 3720A" if debt == "federal_nontax" else "")
    s.details["notice_from"] = sender


def _own_contribution(s: Screen, facts: Any, cp: bool | None) -> None:
    o = facts.offset
    if cp:
        s.ok(
            f"You lived in {facts.state}, a community property state: only the not-legally-obligated test applies, "
            "and the IRS divides the refund under that state's law.",
            "form-8379-community-property",
        )
        return
    own = o.my_payments is True or o.refundable_credit is True
    if own:
        s.ok("You made tax payments or claimed a refundable credit on the joint return.", "form-8379-part-1")
        return
    if o.my_payments is False and o.refundable_credit is False:
        if cp is False:
            s.fail(
                "Outside community property states you must have had withholding or other payments, or a "
                "refundable credit, on the joint return; you had neither, so none of the refund is yours.",
                "form-8379-part-1",
            )
        elif facts.state is None:
            s.need("state", "Without your own payments or credits, it matters whether you lived in a community property state.", "form-8379-community-property")
        else:
            s.limit(
                "possible",
                f"Whether community property rules applied in {facts.state} decides whether you need payments of your own; the IRS decides.",
                "form-8379-community-property",
            )
        return
    for path, value in (("offset.my_payments", o.my_payments), ("offset.refundable_credit", o.refundable_credit)):
        if value is None:
            s.need(path, "Outside community property states, you need your own payments or a refundable credit on the joint return.", "form-8379-part-1")


def _estimate(s: Screen, facts: Any, cp: bool | None) -> None:
    """The share estimate of ``calculator.forms.injured_spouse_allocation``, in words, with what it lacks."""
    s.details["community_property"] = cp
    if cp:
        s.ok(allocation.COMMUNITY_PROPERTY_TEXT, "form-8379-community-property")
        return
    found = allocation.estimate(facts)
    for path in found.get("missing", ()):
        if path not in s.missing:
            s.missing.append(path)  # not required: the verdict does not wait for the amounts
    if found["status"] == "estimated":
        s.details["share_estimate"] = found
    s.ok(allocation.words(facts, found), "form-8379-allocation")

"""Relief from community property law, IRC § 66(c), for SEPARATE returns.

Traditional relief (§ 66(c)(1)-(4); Treas. Reg. § 1.66-4(a)): no joint return; an item of
community income, the other spouse's under § 879(a), left out of the requesting spouse's
income; no knowledge or reason to know of it; inequity.  Equitable relief (last sentence of
§ 66(c); § 1.66-4(b); Rev. Proc. 2013-34) for what traditional relief does not cover,
including unpaid tax.  Timing: traditional relief no later than 6 months before the period for
assessing the OTHER spouse's tax ends (§ 1.66-4(j)(2)(i), computed conservatively); equitable
relief on the § 6015(f) timing.
Joint returns are screened under § 6015 instead, where community property law is ignored.
"""

from __future__ import annotations

from datetime import date

from ..dates import add_months, add_years, explain_roll, next_business_day
from ..law import rule
from ..results import Reason, ReliefResult, Window
from .common import Screen, in_community_property_state, liability_kinds, paid_before_relief_existed, request_date, window_closed
from .equitable_relief import attribution, equitable_window

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

ID = "community_property"
TITLE = "Relief from community property law (IRC § 66(c))"
FORM = rule("form-8857").value["number"]


def screen(facts: Any, as_of: date) -> ReliefResult:
    s = Screen(ID, TITLE, FORM)
    if facts.joint_return is True:
        s.fail(
            "You filed a joint return. § 66(c) is for spouses in community property states who filed "
            "separate returns; for a joint return, relief comes under § 6015, which ignores community "
            "property law.",
            "irc-66-c",
        )
    elif facts.joint_return is None:
        s.need("joint_return", "§ 66(c) applies only if you filed a separate return; say whether the return was joint.", "irc-66-c")
    if s.blocked:  # a joint return settles it: the state no longer matters
        return s.result()
    _state(s, facts)
    if s.blocked:
        return s.result()
    if facts.fraudulent_return:
        s.fail(
            "Knowingly taking part in a fraudulent return fails both the knowledge test of traditional relief "
            "and a threshold condition of equitable relief.",
            "rp-2013-34-4.01",
        )
    _bars(s, facts)
    under, _ = liability_kinds(s, facts, allow_underpayment=True)
    traditional = _traditional(s, facts, under)
    if not traditional:
        paid_before_relief_existed(s, facts, "equitable relief under § 66(c)")
    if not traditional and facts.item_owner is not None:
        attribution(s, facts)
    window = _deadline(s, facts, as_of, traditional)
    s.details["traditional_relief_possible"] = traditional
    s.details["see_also"] = ["irc-66-a-b"]
    return s.result(window)


def _bars(s: Screen, facts: Any) -> None:
    """The bars of Treas. Reg. § 1.66-4(f) and (h): they close traditional and equitable relief alike."""
    if facts.fraud_scheme:
        s.fail(
            "Assets moved between you and your spouse as part of a fraudulent scheme bar all relief under § 66, "
            "traditional and equitable.",
            "reg-1.66-4-f",
        )
    if facts.offer_in_compromise:
        s.fail("An accepted offer in compromise for this year bars relief under § 66 for that year.", "reg-1.66-4-h")
    if facts.closing_agreement:
        s.fail("A closing agreement you signed that settled this liability bars relief under § 66 for it.", "reg-1.66-4-h")
    if facts.court_decision:
        s.limit(
            "possible",
            "A final court decision for the year may limit relief; the checker does not decide how it affects "
            "§ 66(c), the IRS does.",
            "irc-66-c-equitable",
        )


def _state(s: Screen, facts: Any) -> None:
    cp = in_community_property_state(facts.state)
    if cp:
        s.ok(f"{facts.state} is a community property state.", "community-property-states")
    elif cp is None and facts.state is None:
        s.need("state", "§ 66(c) applies only in community property states; say where you lived that year.", "community-property-states")
    elif cp is None:
        s.limit(
            "possible",
            f"Whether community property law applied to you in {facts.state} depends on facts the checker "
            "cannot weigh; the IRS decides.",
            "community-property-territories",
        )
    else:
        s.fail(
            f"{facts.state} is not a community property state, so there is no community income for § 66(c) "
            "to relieve.",
            "community-property-states",
        )


def _traditional(s: Screen, facts: Any, under: bool) -> bool:
    """Whether traditional relief stays open on the facts; limits the verdict where it does not."""
    owner, knowledge = facts.item_owner, facts.knowledge
    if owner is None:
        s.need("item_owner", "Say whose income or items caused the tax.", "irc-66-c")
    if knowledge is None:
        s.need("knowledge", "Say what you knew of the item when the return was filed.", "irc-66-c")
    open_ = under and owner == "spouse" and knowledge in ("none", "unsure")
    if open_:
        knew = "did not know and had no reason to know" if knowledge == "none" else "did not know"
        s.ok(
            f"Traditional relief: your spouse's community income was left out of your return and you {knew} of "
            "it; the item can be taxed to your spouse alone if it would be inequitable to tax it to you.",
            "irc-66-c",
        )
        if knowledge == "unsure":
            s.limit(
                "possible",
                "You are not sure whether a reasonable person in your place would have known of the item; "
                "traditional relief needs that you had no reason to know, which the IRS weighs on all the facts.",
                "irc-66-c",
            )
        if facts.significant_benefit is not False:
            s.limit("possible", "Whether it is inequitable to tax the item to you is weighed by the IRS on all the facts.", "irc-66-c")
        return True
    if owner is not None and knowledge is not None and facts.problems:
        s.limit(
            "possible",
            "Traditional relief needs unreported community income of your spouse that you did not know of; "
            "equitable relief under § 66(c) may still cover the tax, including unpaid tax, weighed under "
            "Rev. Proc. 2013-34.",
            "irc-66-c-equitable",
        )
    return False


def traditional_deadline(facts: Any) -> tuple[date | None, list[Reason], list[str]]:
    """Treas. Reg. § 1.66-4(j)(2)(i): the last day to ask for traditional relief.

    "6 months before the expiration of the period of limitations on assessment, including
    extensions, against the nonrequesting spouse": the § 6501(a) period runs from the OTHER
    spouse's filing.  A return filed early or on time counts as filed on the due date
    (§ 6501(b)(1)); with the other spouse's filing date unknown, that earliest date is used and
    ``spouse_return_filed`` is reported missing.  § 7503 applies to the last day.  The months,
    the years and the due date are read from ``reg-1.66-4-j``, ``irc-6501-a`` and
    ``irc-6513-deemed-date``.
    """
    if facts.tax_year is None:
        text = "The tax year is needed to date the request for traditional § 66(c) relief."
        return None, [Reason.of(text, "reg-1.66-4-j")], ["tax_year"]
    months = rule("reg-1.66-4-j").value
    years = rule("irc-6501-a").value
    md = rule("irc-6513-deemed-date").value
    due = date(facts.tax_year + 1, md["month"], md["day"])
    filed = facts.spouse_return_filed
    missing: list[str] = []
    if filed is None:
        deemed = due
        missing.append("spouse_return_filed")
        start = (
            f"The date your spouse filed a return for {facts.tax_year} is not known, so the earliest date that "
            f"could apply is used: a return filed on time counts as filed on {due.isoformat()}. A later filing "
            "would give a later date."
        )
    elif filed <= next_business_day(due):
        deemed = due
        start = f"Your spouse's return was filed on {filed.isoformat()}, on time, so it counts as filed on {due.isoformat()}."
    else:
        deemed = filed
        start = f"Your spouse's return was filed late, on {filed.isoformat()}, so the period runs from that day."
    end = add_years(deemed, years)
    last = add_months(end, -months)
    exam_days = rule("reg-1.66-4-j-exam").value
    text = (
        f"{start} The IRS's time to assess your spouse's tax is taken to end {end.isoformat()} ({years} years; "
        "an extension your spouse agreed to, or a longer period the law sets, would make it later). Traditional "
        f"relief must be asked no later than {months} months before that: {last.isoformat()}. If the IRS begins "
        f"examining your own return within those last {months} months, you have until {exam_days} days after the "
        "examination begins."
    )
    reasons = [Reason.of(text, "reg-1.66-4-j")]
    roll = explain_roll(last)
    if roll:
        reasons.append(Reason.of(roll, "irc-7503"))
    return next_business_day(last), reasons, missing


def _deadline(s: Screen, facts: Any, as_of: date, traditional: bool) -> Window:
    equitable = equitable_window(s, facts, as_of)
    if not traditional:
        return equitable
    due, reasons, missing = traditional_deadline(facts)
    for path in missing:
        s.need(path, "Needed to date the request for traditional relief.", "reg-1.66-4-j", required=False)
    window = Window(due, tuple(reasons) + equitable.reasons, tuple(missing) + equitable.missing)
    if window_closed(window, request_date(facts, as_of)):
        s.limit(
            "possible",
            f"The date for asking for traditional relief ({due.isoformat()}) has passed; equitable relief under "
            "§ 66(c) follows the longer § 6015(f) timing.",
            "reg-1.66-4-j",
        )
        return Window(equitable.due, window.reasons, equitable.missing)
    return Window(due if due is not None else equitable.due, window.reasons, window.missing)

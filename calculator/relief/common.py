"""What the five relief screens share: the bars, the verdict ladder, and small date helpers.

A screen collects findings in a :class:`Screen` and turns them into a
:class:`~calculator.results.ReliefResult`.  The verdict follows one ladder:

* any failed requirement or bar      -> ``not_available``
* otherwise, a required fact missing -> ``needs_info``
* otherwise the weakest cap recorded -> ``possible`` or ``likely``

``RANK`` orders the verdicts for comparisons (tests state properties with it):
``likely`` > ``possible`` > ``needs_info`` > ``not_available``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from ..dates import add_months
from ..law import rule
from ..results import Reason, ReliefResult, Window

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

RANK = {"not_available": 0, "needs_info": 1, "possible": 2, "likely": 3}

NO_LONGER_MARRIED = ("divorced", "legally_separated", "widowed")


@dataclass
class Screen:
    """Findings for one relief path, in the order they were made."""

    id: str
    title: str
    form: str
    reasons: list[Reason] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    blocked: bool = False
    incomplete: bool = False
    cap: str = "likely"
    details: dict[str, Any] = field(default_factory=dict)

    def ok(self, text: str, rule_id: str) -> None:
        """A requirement met, or context that does not change the verdict."""
        self.reasons.append(Reason.of(text, rule_id))

    def fail(self, text: str, rule_id: str) -> None:
        """A requirement fails or a bar applies."""
        self.blocked = True
        self.reasons.append(Reason.of(text, rule_id))

    def need(self, path: str, text: str, rule_id: str, *, required: bool = True) -> None:
        """A fact is missing; ``required`` ones make the verdict ``needs_info``."""
        if path not in self.missing:
            self.missing.append(path)
        if required:
            self.incomplete = True
        self.reasons.append(Reason.of(text, rule_id))

    def limit(self, verdict: str, text: str, rule_id: str) -> None:
        """The result can be no better than ``verdict`` (a judgment the IRS makes)."""
        if RANK[verdict] < RANK[self.cap]:
            self.cap = verdict
        self.reasons.append(Reason.of(text, rule_id))

    @property
    def verdict(self) -> str:
        if self.blocked:
            return "not_available"
        if self.incomplete:
            return "needs_info"
        return self.cap

    def result(self, window: Window | None = None) -> ReliefResult:
        return ReliefResult(
            id=self.id,
            title=self.title,
            verdict=self.verdict,
            form=self.form,
            reasons=tuple(self.reasons),
            missing=tuple(self.missing),
            deadline=window.due if window else None,
            deadline_reasons=tuple(window.reasons) if window else (),
            details=self.details,
        )


# --- bars shared by § 6015(b), (c) and (f) -------------------------------------------------


def common_6015_bars(s: Screen, facts: Any) -> None:
    """Apply the bars of Treas. Reg. § 1.6015-1(c), (d) and (e), and the joint-return requirement.

    * § 1.6015-1(c)(1): a closing agreement disposing of the liability, or an accepted
      offer in compromise for the year, bars relief;
    * § 1.6015-1(d): a fraudulent transfer of assets between the spouses bars all relief;
    * § 1.6015-1(e) and § 6015(g)(2): res judicata after a final court decision;
    * § 6015(b)(1)(A), (c)(1), (f): relief is only for a joint return.
    """
    if facts.joint_return is False:
        s.fail(
            "You did not file a joint return for this year, and relief under § 6015 exists only for "
            "joint returns. If you lived in a community property state, see relief under § 66(c).",
            "irc-6015-joint-return",
        )
    elif facts.joint_return is None:
        s.need("joint_return", "Relief under § 6015 needs a joint return; say whether you filed one.", "irc-6015-joint-return")
    if facts.offer_in_compromise:
        s.fail(
            "An accepted offer in compromise for this year bars relief under § 6015 for that year.",
            "reg-1.6015-1-c",
        )
    if facts.closing_agreement:
        s.fail(
            "A closing agreement you signed that settled this liability bars relief under § 6015 for it.",
            "reg-1.6015-1-c",
        )
    if facts.court_decision:
        s.fail(
            "A final court decision for this year, in which relief was at issue or in which you took "
            "part meaningfully, bars a new request for relief under § 6015.",
            "reg-1.6015-1-e",
        )
    if facts.fraud_scheme:
        s.fail(
            "Assets moved between you and your spouse as part of a fraudulent scheme bar every form "
            "of relief under § 6015.",
            "reg-1.6015-1-d",
        )
    paid_before_relief_existed(s, facts, "relief under § 6015")


def paid_in_full(facts: Any) -> bool:
    """Whether the facts say the year's tax is fully paid (``paid_in_full``, or a date in ``paid_in_full_on``)."""
    return facts.paid_in_full is True or facts.paid_in_full_on is not None


def paid_before_relief_existed(s: Screen, facts: Any, what: str) -> None:
    """Pub. L. 105-206 § 3201(g)(1): relief reaches liabilities arising after July 22, 1998, and older
    ones "remaining unpaid as of such date"; an older liability fully paid by then gets none.

    A tax year before the cut-off's year counts as arising before it; a later year after it.
    """
    if not paid_in_full(facts) or facts.tax_year is None:
        return
    cutoff = rule("rra98-3201-g-1").value["paid_by"]
    if facts.tax_year >= cutoff.year:
        return
    on = facts.paid_in_full_on
    if on is None:
        s.need(
            "paid_in_full_on",
            f"A tax for {facts.tax_year} that was fully paid on or before {cutoff.isoformat()} gets no {what}; say "
            "when it was fully paid.",
            "rra98-3201-g-1",
        )
    elif on <= cutoff:
        s.fail(
            f"The tax for {facts.tax_year} was fully paid on {on.isoformat()}, on or before {cutoff.isoformat()}, when "
            f"§ 6015 was enacted; {what} reaches only liabilities arising after that day or still unpaid on it.",
            "rra98-3201-g-1",
        )


def liability_kinds(s: Screen, facts: Any, *, allow_underpayment: bool) -> tuple[bool, bool]:
    """Which liabilities the facts describe: (understatement, underpayment).

    § 6015(b) and (c) reach understatements only (Treas. Reg. § 1.6015-3(c)(1)); § 6015(f)
    reaches both.  With neither listed the screen asks for ``problems``.
    """
    under = "understatement" in facts.problems
    unpaid = "underpayment" in facts.problems
    if not under and not unpaid:
        s.need(
            "problems",
            "Say whether the tax comes from unreported income or disallowed items (an understatement) "
            "or from tax shown on the return but not paid (an underpayment).",
            "irc-6015-bc-understatement-only" if not allow_underpayment else "irc-6015-f",
        )
    elif not under and not allow_underpayment:
        s.fail(
            "This relief covers only understatements (unreported income or disallowed items), not tax "
            "shown on the return and left unpaid. Equitable relief under § 6015(f) can cover unpaid tax.",
            "irc-6015-bc-understatement-only",
        )
    elif under and unpaid and not allow_underpayment:
        s.ok(
            "Only the understatement can be relieved this way; the unpaid tax shown on the return can "
            "be considered only under equitable relief, § 6015(f).",
            "irc-6015-bc-understatement-only",
        )
    return under, unpaid


def open_6015(
    screen_id: str,
    title: str,
    form: str,
    facts: Any,
    *,
    allow_underpayment: bool,
    fraudulent_return: tuple[str, str] | None = None,
) -> tuple[Screen, tuple[bool, bool] | None]:
    """Start a § 6015(b), (c) or (f) screen the same way every time.

    The bars of :func:`common_6015_bars`; then, where the path has one, the finding for a
    fraudulent return (``fraudulent_return`` is its (text, rule id)); then the liability kinds of
    :func:`joint_liability_6015`, whose None tells the caller to stop.
    """
    s = Screen(screen_id, title, form)
    common_6015_bars(s, facts)
    if fraudulent_return and facts.fraudulent_return:
        s.fail(*fraudulent_return)
    return s, joint_liability_6015(s, facts, allow_underpayment=allow_underpayment)


def by_item_owner(
    s: Screen,
    facts: Any,
    *,
    spouse: tuple[str, str],
    both: tuple[str, str],
    me: tuple[str, str],
    unknown: tuple[str, str],
) -> None:
    """Whose items caused the liability: the spouse's (met), both (at best ``possible``), mine
    (fails) or unknown (asked for).  Each argument is the (text, rule id) for that answer."""
    owner = facts.item_owner
    if owner == "spouse":
        s.ok(*spouse)
    elif owner == "both":
        s.limit("possible", *both)
    elif owner == "me":
        s.fail(*me)
    else:
        s.need("item_owner", *unknown)


def own_payments(facts: Any) -> bool:
    """Whether the facts show money of the requesting spouse's own applied to the tax: an offset of
    his or her own refund, or a payment he or she made (what a § 6015 refund could return)."""
    return bool(facts.events_of("my_refund_offset")) or any(e.by == "me" for e in facts.events_of("payment"))


def own_payments_only(facts: Any) -> Any:
    """The facts keeping only payments the requesting spouse made (``by: me``).

    A refund after relief can return only those: Rev. Proc. 2013-34 § 4.04; Pub. 971 ("you are
    not eligible for refunds of payments made with the joint return, joint payments, or payments
    that your spouse (or former spouse) made").  The § 6511 period is counted from them.
    """
    return dataclasses.replace(facts, events=tuple(e for e in facts.events if e.type != "payment" or e.by == "me"))


def refund_of_own_payments(s: Screen, facts: Any, requested: date, rule_id: str) -> Window | None:
    """For a year whose tax is fully paid, under § 6015(b) or (f): relief can only give money back.

    That is possible only for the requesting spouse's own payments (or an offset of his or her own
    refund), within the § 6511 period counted from them (:func:`own_payments_only`).  Returns the
    refund window, or None when there is nothing to count from (then the screen fails or asks).
    """
    if not own_payments(facts):
        payers = {e.by for e in facts.events_of("payment")}
        if None in payers or not payers:
            s.need(
                "events.payment",
                "The tax is paid, so relief could only give back payments you made yourself, from your own money. "
                "Record your payments (date, amount, and who paid).",
                rule_id,
            )
        else:
            s.fail(
                "The tax is paid, and none of the payments recorded were yours alone. Relief can give back only "
                "payments you made from your own money, not joint payments, payments made with the joint return "
                "(withholding and estimated tax) or your spouse's payments, so there is nothing it could return.",
                rule_id,
            )
        return None
    window = deadlines().refund_window(own_payments_only(facts))
    if window_closed(window, requested):
        s.fail(
            f"The period for claiming a refund of your payments ended on {window.due.isoformat()}, before "
            f"{requested.isoformat()}; for a tax already paid, relief could give nothing back.",
            rule_id,
        )
    elif window.due is not None:
        s.ok(
            f"The tax is paid, so relief would give back payments you made yourself; ask by {window.due.isoformat()}, "
            "the end of the § 6511 period counted from them.",
            rule_id,
        )
    return window


def joint_liability_6015(s: Screen, facts: Any, *, allow_underpayment: bool) -> tuple[bool, bool] | None:
    """:func:`liability_kinds` for § 6015(b), (c) and (f), reading an offset-only case first.

    When ``problems`` lists only ``offset`` (a joint refund was or will be taken), § 6015 can
    help only if the refund paid a joint federal income tax debt (``offset.debt`` is
    ``federal_tax`` and ``offset.debt_owner`` is ``both``); the screen then asks whether that
    debt came from an understatement or an underpayment.  A refund applied to any other debt
    leaves no joint tax to relieve: the screen fails, pointing to Form 8379, and returns None
    so that the caller stops.  Unknown debt facts are asked for.
    """
    problems = set(facts.problems)
    if "offset" not in problems or problems & {"understatement", "underpayment"}:
        return liability_kinds(s, facts, allow_underpayment=allow_underpayment)
    o = facts.offset
    rule_id = "irc-6015-not-for-separate-debts"
    if o.debt_owner == "both" and o.debt == "federal_tax":
        s.need(
            "problems",
            "The joint refund was applied to a joint federal tax debt, which § 6015 may relieve for the "
            "year the debt arose. Say whether that debt came from unreported income or disallowed items "
            "(an understatement) or from tax shown on the return but not paid (an underpayment).",
            rule_id,
        )
        return False, False
    if o.debt_owner in ("spouse", "me") or (o.debt is not None and o.debt != "federal_tax"):
        if o.debt_owner == "spouse":
            where = (
                "To get back your share of the refund, file Form 8379 (injured spouse allocation), "
                "not Form 8857."
            )
        else:
            where = "Form 8379 can return your share only when the debt is your spouse's alone."
        s.fail(
            "The refund was applied to a debt that is not a joint federal income tax liability, so there "
            f"is no joint tax for § 6015 to relieve. {where}",
            rule_id,
        )
        return None
    for path, value in (("offset.debt_owner", o.debt_owner), ("offset.debt", o.debt)):
        if value is None:
            s.need(
                path,
                "§ 6015 can help after a refund offset only if the refund paid a joint federal income tax "
                "debt; say whose debt it was and what kind.",
                rule_id,
            )
    return False, False


# --- dates ---------------------------------------------------------------------------------


def request_date(facts: Any, as_of: date) -> date:
    """The day relief is (or was) requested: a recorded ``relief_requested`` event, else ``as_of``."""
    event = facts.first("relief_requested")
    return event.date if event else as_of


def household_period_months() -> int:
    """The household period of § 6015(c)(3)(A)(i)(II), in months (the value of ``irc-6015-c``)."""
    return rule("irc-6015-c").value


def apart_long_enough(apart_since: date, on: date) -> bool:
    """Not a member of the same household at any time in the household period ending on ``on``.

    § 6015(c)(3)(A)(i)(II), read conservatively: the day the spouses began to live apart must be
    no later than the same calendar day the period's length (``irc-6015-c``) before ``on``.
    """
    return apart_since <= add_months(on, -household_period_months())


def no_longer_married(facts: Any, on: date) -> bool | None:
    """Divorced, widowed, legally separated, or apart for the household period ending on ``on``.

    False for a spouse still married who says they live together (``living_together``).  None
    when the facts cannot tell: marital status unknown, married with neither answer, or the
    two answers disagree (see :func:`household_conflict`).  Treas. Reg. § 1.6015-3(a)-(b).
    """
    status = facts.marital_status
    if status in NO_LONGER_MARRIED:
        return True
    if status is None or household_conflict(facts):
        return None
    if facts.living_together:
        return False
    if facts.apart_since is None:
        return None
    return apart_long_enough(facts.apart_since, on)


def household_conflict(facts: Any) -> bool:
    """A married spouse who says both that they live together and that they have lived apart since a date."""
    return facts.marital_status == "married" and facts.living_together is True and facts.apart_since is not None


def window_closed(window: Window, requested: date) -> bool:
    """Whether a request on ``requested`` comes after the window's last day."""
    return window.due is not None and requested > window.due


def in_community_property_state(state: str | None) -> bool | None:
    """True for the nine community property states, None for PR/GU/AK (depends), False otherwise."""
    if state is None:
        return None
    if state in rule("community-property-states").value:
        return True
    if state in rule("community-property-territories").value:
        return None
    return False


def deadlines():
    """The deadlines engine (``calculator.deadlines``), imported when first needed."""
    from .. import deadlines as module

    return module


def money(amount: float) -> str:
    return f"${amount:,.0f}" if float(amount).is_integer() else f"${amount:,.2f}"

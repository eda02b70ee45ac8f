"""A year whose tax is already paid, and whose payments a refund can return.

Base scenario: ``tests/test_relief.py`` (2021 joint return filed early, so counted as filed
2022-04-15; divorced; levy notice 2025-03-10; assessed 2024-06-03; checked 2026-11-27).  Dates are
worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import date

import pytest

from calculator.relief import equitable_relief, innocent_spouse, separation_of_liability

from test_relief import BASE, BC_DUE, CSED, run

PUB_971 = (
    "Pub. 971 (Refunds under equitable relief): 'you are not eligible for refunds of payments made with the "
    "joint return, joint payments, or payments that your spouse (or former spouse) made. For example, "
    "withholding tax and estimated tax payments cannot be refunded because they are considered made with the "
    "joint return.' Rev. Proc. 2013-34 § 4.04: refunds only of payments made from the requesting spouse's own funds."
)


def paid(*payments, **changes):
    events = BASE["events"] + [dict(type="payment", amount=5_000, **p) for p in payments]
    return dict(paid_in_full=True, events=events, **changes)


def rules_of(result):
    return {r.rule.id for r in result.reasons}


# --- § 6015(g): what each kind of relief can give back ------------------------------------------

# Own payment 2025-01-10: 3 years from 2022-04-15 = Tue 2025-04-15; 2 years from the payment = Sat
# 2027-01-09; the later, moved by § 7503 to Mon 2027-01-11.
REFUND_DUE = date(2027, 1, 11)


def test_paid_in_full_c_gives_nothing_back():
    """§ 6015(g)(3): 'No credit or refund shall be allowed as a result of an election under subsection (c).'"""
    result = run(separation_of_liability, **paid({"date": "2025-01-10", "by": "me"}))
    assert result.verdict == "not_available"
    assert "irc-6015-g" in rules_of(result)
    assert run(separation_of_liability).verdict == "likely"  # the same facts, tax unpaid


def test_paid_in_full_b_and_f_become_refund_routes_within_the_6511_window():
    """§ 6015(g)(1): a credit or refund is allowed 'to the extent attributable to the application of this
    section', subject to §§ 6511 ('within 3 years from the time the return was filed or 2 years from the
    time the tax was paid, whichever of such periods expires the later')."""
    b = run(innocent_spouse, **paid({"date": "2025-01-10", "by": "me"}))
    f = run(equitable_relief, **paid({"date": "2025-01-10", "by": "me"}))
    assert b.verdict == f.verdict == "likely"
    assert b.deadline == REFUND_DUE  # earlier than the (b) election period, Wed 2027-03-10
    assert BC_DUE > REFUND_DUE
    assert f.deadline == REFUND_DUE  # no unpaid side: the collection statute no longer applies
    assert f.details["deadline_parts"] == [{"part": "refund of your payments (§ 6511)", "due": "2027-01-11"}]


def test_paid_in_full_refund_window_already_over():
    """Own payment 2023-05-01: the later of Tue 2025-04-15 and Thu 2025-05-01 is 2025-05-01, long before
    the request on 2026-11-27; for a paid tax relief could give nothing back."""
    for module in (innocent_spouse, equitable_relief):
        result = run(module, **paid({"date": "2023-05-01", "by": "me"}))
        assert result.verdict == "not_available", module.ID


@pytest.mark.parametrize("by", ["both", "spouse"])
def test_paid_in_full_by_others_leaves_nothing_to_refund(by):
    """Pub. 971: 'you are not eligible for refunds of payments made with the joint return, joint payments, or
    payments that your spouse (or former spouse) made' (PUB_971).  A paid tax with no payment of one's own
    leaves relief nothing to give back."""
    for module in (innocent_spouse, equitable_relief):
        assert run(module, **paid({"date": "2025-01-10", "by": by})).verdict == "not_available", (module.ID, by)


def test_paid_in_full_without_payments_asks_for_them():
    for module in (innocent_spouse, equitable_relief):
        result = run(module, paid_in_full=True)
        assert result.verdict == "needs_info"
        assert "events.payment" in result.missing
    unknown_payer = run(equitable_relief, **paid({"date": "2025-01-10"}))
    assert unknown_payer.verdict == "needs_info"


def test_a_date_alone_says_paid_in_full():
    result = run(separation_of_liability, paid_in_full_on="2025-01-10", events=BASE["events"])
    assert result.verdict == "not_available"


# --- RRA 98 § 3201(g)(1) -----------------------------------------------------------------------

OLD_YEAR = {"tax_year": 1997, "return_filed": "1998-04-15", "events": [{"type": "payment", "date": "1998-07-01", "by": "me"}]}


@pytest.mark.parametrize(
    "paid_on, barred",
    [("1998-07-22", True), ("1998-07-23", False)],
)
@pytest.mark.parametrize("module", [innocent_spouse, separation_of_liability, equitable_relief])
def test_a_liability_paid_by_july_22_1998_gets_no_6015_relief(module, paid_on, barred):
    """Pub. L. 105-206 § 3201(g)(1), as the U.S. Code note states it: the amendments apply 'to any liability
    for tax arising after July 22, 1998, and any liability for tax arising on or before such date but
    remaining unpaid as of such date'.  A 1997 liability paid off on July 22, 1998 was not unpaid 'as of
    such date'; one paid off a day later was."""
    result = run(module, as_of=date(1999, 6, 1), paid_in_full_on=paid_on, **OLD_YEAR)
    assert ("rra98-3201-g-1" in rules_of(result) and result.verdict == "not_available") is barred


def test_an_old_paid_year_without_a_date_is_asked_about():
    result = run(equitable_relief, as_of=date(1999, 6, 1), paid_in_full=True, **OLD_YEAR)
    assert "paid_in_full_on" in result.missing


def test_a_1998_liability_arose_after_enactment():
    result = run(equitable_relief, as_of=date(1999, 6, 1), paid_in_full_on="1998-07-01", tax_year=1998, return_filed="1999-04-15")
    assert "rra98-3201-g-1" not in rules_of(result)


# --- whose payments a refund can return (mutation R32) ------------------------------------------


@pytest.mark.parametrize("by", ["both", "spouse"])
def test_joint_and_spouse_payments_give_no_refund_side(by):
    """Rev. Proc. 2013-34 § 4.04 and Pub. 971 (see PUB_971): only the requesting spouse's own payments can be
    refunded, so a payment by both or by the other spouse leaves (f) on the collection statute alone (the
    CSED, Mon 2034-06-05) and gives (b) no refund note."""
    events = BASE["events"] + [{"type": "payment", "date": "2023-05-01", "amount": 500, "by": by}]
    f = run(equitable_relief, events=events)
    assert f.deadline == CSED
    assert [p["part"] for p in f.details["deadline_parts"]] == ["unpaid tax (collection statute)"]
    b = run(innocent_spouse, events=events)
    assert "irc-6015-g" not in rules_of(b)
    mine = run(innocent_spouse, events=BASE["events"] + [{"type": "payment", "date": "2023-05-01", "amount": 500, "by": "me"}])
    assert "irc-6015-g" in rules_of(mine)


def test_refund_window_counts_from_own_payments_only():
    """Own payment 2023-05-01 and a joint one 2024-09-01: the § 6511 period for what can be refunded runs from
    the own payment: later of Tue 2025-04-15 and Thu 2025-05-01 = 2025-05-01, not 2 years from the joint
    payment (Tue 2026-09-01)."""
    events = BASE["events"] + [
        {"type": "payment", "date": "2023-05-01", "amount": 500, "by": "me"},
        {"type": "payment", "date": "2024-09-01", "amount": 500, "by": "both"},
    ]
    f = run(equitable_relief, events=events)
    assert {"part": "refund of your payments (§ 6511)", "due": "2025-05-01"} in f.details["deadline_parts"]


def test_a_closed_refund_period_does_not_close_f_while_the_kind_of_liability_is_unknown():
    """§ 6015(f)(2): a request is timely for unpaid tax while the collection period runs.  A joint refund taken
    for a joint federal tax debt leaves the kind of liability to be asked; an own payment of 2021-08-29 whose
    refund period ended (2020 return counted as filed 2021-04-15: + 3 years = Mon 2024-04-15) must not make
    (f) 'not available' while the tax assessed 2020-05-21 can be collected until 2030."""
    raw = dict(
        problems=["offset"],
        offset={"debt_owner": "both", "debt": "federal_tax"},
        tax_year=2020,
        return_filed=...,
        events=[{"type": "assessment", "date": "2020-05-21"}, {"type": "payment", "date": "2021-08-29", "by": "me"}],
    )
    result = run(equitable_relief, as_of=date(2026, 8, 3), **raw)
    assert result.verdict == "needs_info"
    assert [p["part"] for p in result.details["deadline_parts"]] == ["unpaid tax (collection statute)", "refund of your payments (§ 6511)"]

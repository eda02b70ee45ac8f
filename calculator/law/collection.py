"""Collection alternatives: installment agreements, offers in compromise, currently not collectible.

These are not relief from joint liability: each one is a way of paying (or
not yet paying) a balance the requesting spouse still owes.  They matter to a
spouse who may qualify for relief because one of them, an accepted offer in
compromise, closes the door on IRC § 6015 relief for that year.

Figures that change (fees, dollar limits) carry in ``value`` the years they were
confirmed for (``covers``), and ``note`` says how each was checked.  Everything
here was checked on 2026-11-27; where only a secondary copy of the IRS text was
reachable, the note says so.
"""

from __future__ import annotations

from datetime import date

from .model import Renewal, Rule, secondary, seen, unconfirmed
from .sources import USC_COPY, irc, irs, reg

VERIFIED = date(2026, 11, 27)
REVIEWED = date(2026, 11, 29)  # the second review, after the legal audit

_PAYMENT_PLANS = irs("IRS, Payment plans; installment agreements", "payments/payment-plans-installment-agreements")

IA_GUARANTEED = Rule(
    id="ia-guaranteed",
    label=(
        "Guaranteed installment agreement: the IRS must accept an individual's request to pay income tax "
        "in installments when the tax (not counting interest and penalties) is $10,000 or less; the IRS finds "
        "that the individual cannot pay it in full now; it will be paid in full within 3 years; and in the "
        "preceding 5 years neither the individual nor, where a joint return was filed, the individual's "
        "spouse failed to file or pay on time, and the individual had no other installment agreement."
    ),
    cite=irc("6159", "(c)"),
    effective=date(1998, 7, 22),
    verified=VERIFIED,
    status=secondary("The opening words of IRC § 6159(c) in copies of the Code (govregs.com, irc.bloombergtax.com), read 2026-11-29; the conditions from the IRS definition as reproduced in H&R Block's tax dictionary ('cannot pay the tax immediately') and the legal audit's reading of (c)(2)-(3) (item 18: the spouse on a joint return; financially unable to pay)", REVIEWED),
    unit="table",
    value={"max_tax": 10000, "pay_within_years": 3, "lookback_years": 5},
    note=(
        "Checked against the IRS definition reproduced by H&R Block's tax dictionary and Tax Court opinions "
        "citing § 6159(c); the full text of (c)(1)-(5) was not reached (copies cut off after the opening "
        "words). Not formalised: the 5-year compliance history (the spouse's too, after a joint return) and "
        "the IRS's finding that the individual cannot pay in full, which the facts format does not ask about."
    ),
)

IA_SIMPLE = Rule(
    id="ia-simple-payment-plan",
    label=(
        "Simple Payment Plan: an individual who owes $50,000 or less in assessed tax, penalties and interest "
        "and is current with all filing and payment requirements can pay monthly up to the collection statute "
        "expiration date (generally 10 years after assessment), with no financial statement and no lien "
        "determination."
    ),
    cite=irs("IRS, Simple Payment Plans for individual taxpayers", "payments/simple-payment-plans-for-individual-taxpayers"),
    also=(_PAYMENT_PLANS,),
    effective=date(2025, 1, 1),
    verified=VERIFIED,
    status=seen("irs.gov, Simple Payment Plans for individual taxpayers, in a stored copy of the page (legal audit of 2026-11-27, items 19 and 58: 'All applicants ... must be current with all filing and payment requirements')", VERIFIED),
    renews=Renewal(date(2027, 11, 27), "the IRS set these terms in 2025 and can change them; re-check the irs.gov page each year"),
    unit="usd",
    value=50000,
    note=(
        "Limit seen on the irs.gov Simple Payment Plans page ('$50,000 or less in assessed taxes, penalties, "
        "and interest'; 'up to 10 years'). Covers 2025-2026. The launch date in 2025 was not confirmed; "
        "1 January 2025 is recorded as the earliest possible date. It replaces the older 72-month streamlined "
        "term for individuals, so the calculator never states a 72-month limit."
    ),
)

IA_STREAMLINED = Rule(
    id="ia-streamlined",
    label=(
        "Streamlined installment agreement: balances of $50,000 or less can be paid in installments without "
        "a full financial statement; for individuals the IRS now offers this as the Simple Payment Plan."
    ),
    cite=irs("IRM 5.14.5, Streamlined, Guaranteed and In-Business Trust Fund Express Installment Agreements", "irm/part5/irm_05-014-005"),
    effective=date(2016, 1, 1),
    verified=VERIFIED,
    status=secondary("A summary of IRM 5.14.5; the IRM text itself was not read", VERIFIED),
    unit="usd",
    value=50000,
    note=(
        "Verified-secondary only (an IRM 5.14.5 summary). The historical 72-month term is deliberately not "
        "encoded: for individuals the Simple Payment Plan allows payment up to the "
        "collection statute date."
    ),
)

IA_SHORT_TERM = Rule(
    id="ia-short-term",
    label=(
        "Short-term payment plan: an individual who owes less than $100,000 in tax, penalties and interest "
        "can take up to 180 days to pay, with no setup fee; interest and penalties keep running."
    ),
    cite=_PAYMENT_PLANS,
    effective=date(2022, 1, 1),
    verified=VERIFIED,
    status=secondary("Copies of the irs.gov payment-plans page (updated Aug. 25, 2022) on other sites, and 2025 practitioner summaries", VERIFIED),
    renews=Renewal(date(2027, 11, 27), "the IRS has changed these terms before (120 days, then 180); re-check the irs.gov page each year"),
    unit="table",
    value={"max_balance_below": 100000, "days": 180, "fee": 0, "covers": [2022, 2023, 2024, 2025, 2026]},
    note=(
        "Seen in copies of the irs.gov payment-plans page (updated 25 Aug 2022: 'Pay amount owed in 180 days "
        "or less', '$0 setup fee') and 2025 summaries; older IRS material said 120 days, which is outdated. "
        "The date the 180-day term began was not confirmed; 2022 is the earliest year seen."
    ),
)

IA_USER_FEES = Rule(
    id="ia-user-fees",
    label=(
        "Setup fees for an individual's long-term payment plan: by direct debit $22 online or $107 by phone, "
        "mail or in person; otherwise $69 online or $178 by phone, mail or in person. Low-income taxpayers "
        "pay nothing with direct debit, and otherwise $43, which is paid back when the plan is completed."
    ),
    cite=_PAYMENT_PLANS,
    effective=date(2025, 1, 1),
    verified=REVIEWED,
    status=unconfirmed("Seen only in 2025 copies of the irs.gov payment-plans page on practitioner sites (trifectataxrelief.com, jhandco.com); searched again 2026-11-29 and found only older copies (Aug. 25, 2022: $31 / $107 / $130 / $225, $43 low-income). Treas. Reg. § 300.1 (2017 text) states other amounts ($31 / $107 / $149 / $225), so it is not cited for these", REVIEWED),
    renews=Renewal(date(2027, 11, 27), "the IRS reviews its user fees every two years and has changed these several times; re-check the irs.gov payment-plans page each year"),
    unit="table",
    value={
        "covers": [2025, 2026],
        "direct_debit": {"online": 22, "phone_mail_in_person": 107},
        "other": {"online": 69, "phone_mail_in_person": 178},
        "low_income": {"direct_debit": 0, "other": 43, "other_reimbursed_on_completion": True},
        "reinstate_or_restructure": {"online": 10, "phone_mail_in_person": 89, "low_income": 43},
    },
    note=(
        "Legal audit item 24 (UNVERIFIED): not confirmed on irs.gov. 2025 copies of the irs.gov page "
        "(trifectataxrelief.com, jhandco.com) give these amounts. The 2017 "
        "schedule in Treas. Reg. § 300.1 (T.D. 9798) was $225 / $107 / $149 / $31; the 2022 page showed "
        "$225 / $107 / $130 / $31. Fees change: check the irs.gov page before relying on a figure. Covers "
        "2025-2026; the day the current schedule began was not confirmed."
    ),
)

IA_LOW_INCOME = Rule(
    id="ia-fee-low-income",
    label=(
        "Low-income taxpayers (adjusted gross income at or below 250% of the HHS poverty guidelines) pay no "
        "installment-agreement fee when they pay by direct debit; otherwise the fee is paid back to them when "
        "the agreement is completed."
    ),
    cite=irc("6159", "(f)"),
    also=(reg("300.1", "(b)"),),
    effective=date(2018, 4, 10),
    verified=VERIFIED,
    status=secondary("A research copy of the enacted amendment of IRC § 6159(f)(2) (Bipartisan Budget Act of 2018)", VERIFIED),
    unit="percent",
    value=250,
    note=(
        "Statute wording checked in a research copy of the enacted amendment (§ 6159(f)(2): adjusted gross "
        "income 'does not exceed 250 percent of the applicable poverty level'), applying to agreements on or "
        "after 10 April 2018. The calculator compares household income to the threshold, which is only an "
        "approximation of adjusted gross income; it says so in its reasons."
    ),
)

OIC_FEE = Rule(
    id="oic-fee",
    label=(
        "An offer in compromise costs a $205 application fee, waived for low-income taxpayers and for offers "
        "based only on doubt as to liability."
    ),
    cite=reg("300.3", "(b)"),
    also=(irs("Form 656-B, Offer in Compromise Booklet", "forms-pubs/about-form-656-b"),),
    effective=date(2020, 4, 27),
    verified=VERIFIED,
    status=secondary("IRS News Release IR-2020-55 as reported, and 2025 summaries of the Form 656-B booklet", VERIFIED),
    renews=Renewal(date(2027, 11, 27), "the IRS reviews its user fees every two years; re-check the Form 656-B booklet each year"),
    unit="usd",
    value=205,
    note=(
        "Verified-secondary: IR-2020-55 as reported (fee raised from $186 to $205 for offers submitted on or "
        "after 27 April 2020) and 2025 summaries of Form 656-B. Covers 2020-2026."
    ),
)

OIC_LOW_INCOME = Rule(
    id="oic-low-income",
    label=(
        "Low-income certification for an offer in compromise: an individual whose adjusted gross income, or "
        "household gross monthly income times 12, is at or below 250% of the HHS poverty guidelines pays no "
        "application fee and no initial payment."
    ),
    cite=irs("Form 656-B, Offer in Compromise Booklet", "forms-pubs/about-form-656-b"),
    also=(reg("300.3", "(b)"),),
    effective=date(2020, 4, 27),
    verified=VERIFIED,
    status=secondary("IRS Tax Topic 204 as quoted, and summaries of the Form 656-B booklet", VERIFIED),
    unit="percent",
    value=250,
    note="Verified-secondary (IRS Tax Topic 204 as quoted; Form 656-B summaries).",
)

OIC_LUMP_SUM = Rule(
    id="oic-lump-sum-payment",
    label=(
        "A lump-sum offer (paid in 5 or fewer installments) must be sent with 20% of the amount offered, "
        "which is not refunded."
    ),
    cite=irc("7122", "(c)(1)(A)"),
    effective=date(2006, 7, 16),
    verified=REVIEWED,
    status=seen(f"IRC § 7122(c)(1)(A) in {USC_COPY}, read 2026-11-29: an offer 'shall be accompanied by the payment of 20 percent of the amount of such offer', a lump-sum offer being 'any offer of payments made in 5 or fewer installments'; (c)(3), an exception for low-income taxpayers. That the payment is not refunded: IRS News Release IR-2006-106 (2006), 'The payment is nonrefundable'", REVIEWED),
    unit="percent",
    value=20,
    note="Low-income filers are exempt (§ 7122(c)(3)).",
)

OIC_PERIODIC = Rule(
    id="oic-periodic-payment",
    label=(
        "A periodic-payment offer (6 or more installments) must be sent with the first proposed installment, "
        "and the later installments must be paid while the IRS considers the offer."
    ),
    cite=irc("7122", "(c)(1)(B)"),
    effective=date(2006, 7, 16),
    verified=REVIEWED,
    status=seen(f"IRC § 7122(c)(1)(B) in {USC_COPY}, read 2026-11-29: an offer 'shall be accompanied by the payment of the amount of the first proposed installment', and a later installment missed while the offer is evaluated 'may be treated by the Secretary as a withdrawal'", REVIEWED),
    note="Checked against IR-2006-106 and an IRS Form 656 revision summary; low-income filers are exempt.",
)

OIC_DEEMED = Rule(
    id="oic-deemed-acceptance",
    label=(
        "An offer in compromise that the IRS has not rejected within 24 months after it was submitted is deemed "
        "accepted; periods during which the tax liability is disputed in a court proceeding do not count."
    ),
    cite=irc("7122", "(f)"),
    effective=date(2006, 7, 16),
    verified=VERIFIED,
    status=secondary("IRC § 7122(f) as quoted in Brown v. Commissioner, 158 T.C. No. 9 (2022)", VERIFIED),
    unit="months",
    value=24,
    note=(
        "Statute wording seen as quoted in Brown v. Commissioner, 158 T.C. No. 9 (2022): the offer is deemed "
        "accepted if 'not rejected' before 24 months after submission; the court-dispute exclusion is from the "
        "legal audit's reading of § 7122(f) (item 21)."
    ),
)

OIC_RCP = Rule(
    id="oic-reasonable-collection-potential",
    label=(
        "The IRS generally accepts an offer only if it at least equals the reasonable collection potential: "
        "the net equity in assets plus the income left over after allowable living expenses for a number of "
        "future months."
    ),
    cite=irs("IRM 5.8.4, Offer in Compromise: Investigation", "irm/part5/irm_05-008-004"),
    also=(irs("Form 656-B, Offer in Compromise Booklet", "forms-pubs/about-form-656-b"),),
    effective=date(2016, 1, 1),
    verified=VERIFIED,
    status=secondary("Practitioner summaries of IRM 5.8.4; the multipliers and the quick-sale value were not found in official text and are not encoded", VERIFIED),
    note=(
        "Not formalised: the calculator does not compute an offer amount. The multipliers (12 months for a "
        "lump-sum offer, 24 for a periodic offer) and the 80% quick-sale value could not be checked against "
        "official text and are not encoded."
    ),
)

CNC = Rule(
    id="cnc",
    label=(
        "Currently not collectible: if the IRS finds that paying would leave someone unable to meet basic "
        "living expenses, it may stop collecting for now. The debt remains, penalties and interest keep "
        "growing, refunds can still be applied to it, a lien may still be filed, the collection statute "
        "keeps running, and the IRS reviews the case again if income rises."
    ),
    cite=irs("IRM 5.16.1, Currently Not Collectible", "irm/part5/irm_05-016-001"),
    also=(
        irs("IRS, Temporarily delay the collection process", "businesses/small-businesses-self-employed/temporarily-delay-the-collection-process"),
    ),
    effective=date(2014, 4, 29),
    verified=VERIFIED,
    status=secondary("irs.gov 'Temporarily delay the collection process' page (penalties, interest and the lien); the refund offset while collection is delayed only in H&R Block's reproduction of the IRS definition", VERIFIED),
    note=(
        "Seen on irs.gov ('penalties and interest are charged until you pay the full amount', 'We may also "
        "file a Notice of Federal Tax Lien'). Refund offset while CNC: verified-secondary (the IRS definition "
        "as reproduced by H&R Block). The collection statute is not among the suspensions of IRC §§ 6331(k) "
        "and 6503, so it keeps running; that reading is ours."
    ),
)


CAP = Rule(
    id="cap-appeal",
    label=(
        "Collection Appeals Program: a rejected, changed or ended payment plan can be appealed to the IRS "
        "Independent Office of Appeals within 30 days after the date of the IRS letter; liens, levies and "
        "seizures can be appealed after a conference with the collection manager, within the short time "
        "Publication 1660 and the IRS letter give. The decision is final: it cannot be taken to court."
    ),
    cite=irs("Publication 1660, Collection Appeal Rights", "pub/irs-pdf/p1660.pdf"),
    also=(irs("IRM 8.24.1, Collection Appeals Program", "irm/part8/irm_08-024-001"), irs("Form 9423, Collection Appeal Request", "forms-pubs/about-form-9423")),
    effective=date(2016, 1, 1),
    verified=REVIEWED,
    status=secondary("Pub. 1660 as quoted by a practitioner (rampacpa.com, 2019: the request 'must be made on or before the 30th day after the date of the rejection letter'); the Taxpayer Advocate Service's CAP page (taxpayeradvocate.irs.gov, 2024) for 'you cannot go to court'; the lien, levy and seizure periods of Pub. 1660 were not found", REVIEWED),
    renews=Renewal(date(2027, 11, 29), "the IRS revises Publication 1660 from time to time; re-check each year"),
    unit="days",
    value=30,
    note=(
        "Only the payment-plan period is encoded. For liens, levies and seizures the periods are a few business "
        "days after the conference with the manager (from memory; not confirmed), so the guides send the reader "
        "to the letter and Pub. 1660 instead of giving a number."
    ),
)

RULES = (
    IA_GUARANTEED,
    IA_SIMPLE,
    IA_STREAMLINED,
    IA_SHORT_TERM,
    IA_USER_FEES,
    IA_LOW_INCOME,
    OIC_FEE,
    OIC_LOW_INCOME,
    OIC_LUMP_SUM,
    OIC_PERIODIC,
    OIC_DEEMED,
    OIC_RCP,
    CNC,
    CAP,
)

"""Procedure and time limits: the clocks that start, stop and end a spouse's options.

Each rule is recorded once, with the text it rests on.  ``calculator/deadlines/``
applies them; it reads every figure from here (``rule(id).value``).

Verification: rules with ``verified=VERIFIED`` were checked on 2026-11-27 against
the statute or regulation text as printed in official sources or quoted verbatim
in Tax Court opinions and regulation reprints (the note says which).  Where only
a secondary source was seen, the note says so and the rule is encoded the
conservative way (the earlier date).
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, secondary, seen
from .sources import irc, irs, reg

VERIFIED = date(2026, 11, 27)
RRA98 = date(1998, 7, 22)  # Internal Revenue Service Restructuring and Reform Act of 1998, Pub. L. 105-206

#: The event types that Treas. Reg. § 1.6015-5(b)(2)(i) counts as collection activity.
COLLECTION_ACTIVITY_TYPES = ("levy_notice", "my_refund_offset", "collection_suit", "court_claim")
#: Event types the same paragraph says are *not* collection activity.
NOT_COLLECTION_ACTIVITY_TYPES = ("deficiency_notice", "lien_filed", "bill")

PUB_L_105_206 = Cite(
    "Pub. L. 105-206, § 3201(g)(2), 112 Stat. 740 (July 22, 1998)",
    "https://www.govinfo.gov/app/details/STATUTE-112/STATUTE-112-Pg685",
)

# --- IRC 6015(b) and (c): the two-year election -------------------------------

BC_ELECTION = Rule(
    id="irc-6015-bc-two-years",
    label=(
        "A spouse must elect innocent spouse relief (§ 6015(b)) or separation of liability "
        "(§ 6015(c)) no later than 2 years after the IRS began collection activities against "
        "that spouse."
    ),
    cite=irc("6015", "(b)(1)(E)"),
    also=(irc("6015", "(c)(3)(B)"), reg("1.6015-5", "(b)(1)")),
    effective=RRA98,
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-5(b)(1), 2015 annual CFR edition (legal audit item 1); § 6015(b)(1)(E) on a public reprint of the Code", VERIFIED),
    value=2,
    unit="years",
    note=(
        "Checked: the § 6015(b)(1)(E) wording (\"not later than the date which is 2 years after the "
        "date the Secretary has begun collection activities with respect to the individual making "
        "the election\") on a public reprint of the Code, and the (c)(3)(B) wording as quoted in "
        "Hopkins v. Commissioner (T.C. 2003). The 2002 regulation also applies the 2-year rule to "
        "§ 6015(f); that part is no longer applied (Notice 2011-70; § 6015(f)(2)) and is not "
        "encoded. Applying IRC § 7503 to the last day of this period is standard practice but no "
        "text specific to this election was found. A period ending on a February 29 anniversary "
        "ends on February 28 (the earlier reading). Premature claims (Treas. Reg. § 1.6015-5(b)(5)) "
        "are not screened here."
    ),
)

COLLECTION_ACTIVITY = Rule(
    id="reg-1.6015-5-collection-activity",
    label=(
        "What starts the two-year clock: a § 6330 notice of intent to levy, an offset of the "
        "requesting spouse's own overpayment, a U.S. suit against the requesting spouse to collect "
        "the joint tax, or a U.S. claim in a court case the requesting spouse is in or that involves "
        "that spouse's property (such as a proof of claim in bankruptcy)."
    ),
    cite=reg("1.6015-5", "(b)(2)(i)"),
    also=(reg("1.6015-5", "(b)(2)(ii)"), reg("1.6015-5", "(b)(4)")),
    effective=RRA98,
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-5(b)(2)(i)-(ii), 2015 annual CFR edition (legal audit item 2)", VERIFIED),
    value=COLLECTION_ACTIVITY_TYPES,
    unit="list",
    note=(
        "Text as quoted verbatim in FACTS.md A.5 from the 2015 CFR; the regulation has not been "
        "re-finalised since. Mailing the § 6330 notice starts the clock even if it is never "
        "received (Mannella v. Commissioner, 631 F.3d 115 (3d Cir. 2011)); not separately modelled "
        "because the facts give the notice's date. An offset of a joint refund (event "
        "joint_refund_offset) is not on the list as such; the calculator treats it as possibly "
        "starting the clock (the conservative reading), because the requesting spouse's share of a "
        "joint overpayment may be 'an overpayment of the requesting spouse'."
    ),
)

NOT_COLLECTION_ACTIVITY = Rule(
    id="reg-1.6015-5-not-collection-activity",
    label=(
        "What does not start the two-year clock: a notice of deficiency, the filing of a Notice of "
        "Federal Tax Lien, or a demand for payment (a bill or balance-due notice)."
    ),
    cite=reg("1.6015-5", "(b)(2)(i)"),
    effective=RRA98,
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-5(b)(2)(i), 2015 annual CFR edition (legal audit item 3)", VERIFIED),
    value=NOT_COLLECTION_ACTIVITY_TYPES,
    unit="list",
    note="Text as quoted verbatim in FACTS.md A.5 (\"Collection activity does not include ...\").",
)

COLLECTION_ACTIVITY_START = Rule(
    id="rra98-collection-activity-start",
    label=(
        "Only collection activity after July 22, 1998 counts: the two-year period does not end "
        "before 2 years after the first collection activity taken after that date."
    ),
    cite=reg("1.6015-5", "(b)(1)"),
    also=(PUB_L_105_206,),
    effective=RRA98,
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-5(b)(1) and (b)(4) Examples 1-3, 2015 annual CFR edition (legal audit item 4)", VERIFIED),
    value={"after": RRA98},
    unit="table",
    note=(
        "Checked: the transition rule of Pub. L. 105-206 § 3201(g)(2) as quoted in Hopkins v. "
        "Commissioner (T.C. 2003), and the regulation's 'after July 22, 1998' (FACTS.md A.5). "
        "Treas. Reg. § 1.6015-5(b)(4) Examples 2 and 3 confirm that an offset on January 12, 1998 "
        "does not start the clock."
    ),
)

# --- IRC 6015(e): Tax Court review and the suspension of the collection statute ----

TAX_COURT_RELIEF = Rule(
    id="irc-6015-e-petition",
    label=(
        "A requesting spouse may petition the Tax Court no later than the 90th day after the IRS "
        "mails its final determination. The deadline is jurisdictional: it cannot be extended or "
        "excused, and a wrong date in an IRS letter does not change it."
    ),
    cite=irc("6015", "(e)(1)(A)"),
    also=(
        reg("1.6015-7", "(b)"),
        irs("Appeal an innocent spouse determination", "appeals/innocent-spouse"),
        Cite("Frutiger v. Commissioner, 162 T.C. No. 5 (2024)", "https://www.ustaxcourt.gov/"),
    ),
    effective=date(2006, 12, 20),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-7(b), 2015 annual CFR edition, and irs.gov 'Appeal an innocent spouse determination' (legal audit items 24-25)", VERIFIED),
    value=90,
    unit="days",
    note=(
        "Checked: Treas. Reg. § 1.6015-7(b) ('within 90 days after the date notice of the "
        "Service's final determination is mailed'), the IRS page 'Appeal an innocent spouse "
        "determination' ('within 90 days from the date of our final determination letter'), the "
        "post-2006 structure of § 6015(e)(1)(A)(ii) as quoted in Beery v. Commissioner, and Frutiger "
        "(jurisdictional, no equitable tolling). Rubel v. Commissioner, 856 F.3d 301 (3d Cir. 2017): "
        "a later date printed by the IRS does not extend it. Not formalised: § 7502 timely mailing "
        "(a petition postmarked in time counts as filed in time), which can only help; a "
        "determination not mailed to the last known address (Ewing, 118 T.C. 494)."
    ),
)

TAX_COURT_RELIEF_EARLY = Rule(
    id="irc-6015-e-six-months",
    label=(
        "If the IRS has not mailed a final determination within 6 months after the request was "
        "filed, the requesting spouse may petition the Tax Court at any time after those 6 months."
    ),
    cite=irc("6015", "(e)(1)(A)"),
    also=(reg("1.6015-7", "(b)"), irs("Appeal an innocent spouse determination", "appeals/innocent-spouse")),
    effective=date(2006, 12, 20),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-7(b), 2015 annual CFR edition (legal audit item 24)", VERIFIED),
    value=6,
    unit="months",
    note="Checked on the IRS page and in Treas. Reg. § 1.6015-7(b) ('at any time after the expiration of the 6-month period').",
)

RELIEF_SUSPENSION = Rule(
    id="irc-6015-e-suspension",
    label=(
        "While a relief request is pending, the IRS may not levy or sue to collect from the "
        "requesting spouse until the 90-day petition period ends (or, if a petition is filed, until "
        "the Tax Court's decision is final). The collection period is suspended for that time and "
        "for 60 days after it."
    ),
    cite=irc("6015", "(e)(2)"),
    also=(irc("6015", "(e)(1)(B)"), reg("1.6015-7", "(c)(3)(i)")),
    effective=date(2006, 12, 20),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 1.6015-7(c)(1), (c)(3)(i), 2015 annual CFR edition (legal audit item 27); IRM 25.15.8.6.1 for requests under (f) (item 28)", VERIFIED),
    value=60,
    unit="days",
    note=(
        "Relies on the regulation text quoted verbatim in FACTS.md E.3 ('for 60 days thereafter') "
        "and on IRM 25.15.3.2 for the 2006 extension to § 6015(f) requests; the statute's own text "
        "was not re-read. The suspension applies only to the requesting spouse's collection period. "
        "Not formalised: a waiver of the collection restrictions (suspension then ends 60 days after "
        "the waiver), and collection resuming on appeal from the Tax Court without a bond."
    ),
)

APPEAL_12509 = Rule(
    id="form-12509-appeal",
    label=(
        "After a preliminary determination, either spouse may appeal within 30 days of the letter's "
        "date by sending Form 12509, Statement of Disagreement, to the office that sent the letter "
        "(not to an Appeals office)."
    ),
    cite=irs("Appeal an innocent spouse determination", "appeals/innocent-spouse"),
    also=(irs("Form 12509", "pub/irs-pdf/f12509.pdf"),),
    effective=date(2003, 1, 1),
    verified=VERIFIED,
    status=seen("irs.gov, Appeal an innocent spouse determination (legal audit item 30)", VERIFIED),
    value=30,
    unit="days",
    note=(
        "Checked on irs.gov ('within 30 days from the date of the letter'; 'Don't send your "
        "completed form to an Appeals office'). The 30 days are counted from the letter's date; "
        "the letter itself states the timeframe and governs if it is earlier. Missing this appeal "
        "does not by itself end the right to petition the Tax Court after the final determination."
    ),
)

# --- Deficiency and collection due process ------------------------------------

TAX_COURT_DEFICIENCY = Rule(
    id="irc-6213-a-petition",
    label=(
        "A petition to the Tax Court about a notice of deficiency must be filed within 90 days after "
        "the notice is mailed (150 days if it is addressed to a person outside the United States). "
        "The period cannot be extended."
    ),
    cite=irc("6213", "(a)"),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=secondary("IRC § 6213(a) as quoted in Johnson v. Commissioner, T.C. Summ. Op. 2001; Culp v. Commissioner, 75 F.4th 196 (3d Cir. 2023) seen by the legal audit (item 7)", VERIFIED),
    value=90,
    unit="days",
    note=(
        "Checked as quoted in Johnson v. Commissioner, T.C. Summ. Op. 2001 ('within 90 days (or 150 "
        "days if the notice is addressed to a person outside the United States) ... jurisdictional "
        "and cannot be extended'). The calculator always uses 90 days, the earlier date; where the "
        "facts show the spouse abroad when the notice was mailed it adds a reason about the 150 "
        "days. The 90 days run from mailing, not receipt."
    ),
)

TAX_COURT_DEFICIENCY_ABROAD = Rule(
    id="irc-6213-a-abroad",
    label="If the notice of deficiency is addressed to a person outside the United States, the period is 150 days.",
    cite=irc("6213", "(a)"),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=secondary("IRC § 6213(a) as quoted in Johnson v. Commissioner, T.C. Summ. Op. 2001", VERIFIED),
    value=150,
    unit="days",
    note="Reported as a reason only; the conservative deadline stays at 90 days.",
)

CDP_LEVY = Rule(
    id="irc-6330-cdp-levy",
    label=(
        "After a notice of intent to levy (§ 6330), a collection due process hearing may be "
        "requested during the 30-day period that starts the day after the notice's date."
    ),
    cite=irc("6330", "(a)(3)(B)"),
    also=(irc("6330", "(a)(2)"), reg("301.6330-1", "(c)(2)")),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6330-1(b)(1) and Q&A-A9, 2015 annual CFR edition (legal audit items 37-38)", VERIFIED),
    value=30,
    unit="days",
    note=(
        "Checked: § 6330(a)(2)-(3)(B) as reprinted in Craig v. Commissioner (T.C. 2002) and "
        "Offiler v. Commissioner (T.C. 2000); the period 'commencing the day after the date of the "
        "pre-levy notice' per Downing v. Commissioner (T.C. Memo. 2007) citing Treas. Reg. "
        "§ 301.6330-1(b)(1). The IRS cannot waive the 30 days (Kennedy v. Commissioner, 116 T.C. "
        "255). Not formalised: a notice dated earlier than it was mailed (the period then runs from "
        "mailing, Weiss v. Commissioner (T.C.)), which can only make the deadline later; § 7502 "
        "timely mailing (reg. Q&A-C4)."
    ),
)

CDP_LIEN_NOTICE = Rule(
    id="irc-6320-lien-notice-period",
    label="The IRS must send the lien notice (§ 6320) within 5 business days after it files the Notice of Federal Tax Lien.",
    cite=irc("6320", "(a)(2)"),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=secondary("Statute reprints (openjurist, govregs) and Newsome v. Commissioner, T.C. Memo. 2007", VERIFIED),
    value=5,
    unit="business_days",
    note="Checked on statute reprints (openjurist, govregs) and in Newsome v. Commissioner, T.C. Memo. 2007.",
)

CDP_LIEN = Rule(
    id="irc-6320-cdp-lien",
    label=(
        "After a Notice of Federal Tax Lien is filed, a collection due process hearing may be "
        "requested during the 30-day period that starts the day after the 5-business-day period "
        "following the filing. The lien notice states the last day."
    ),
    cite=irc("6320", "(a)(3)(B)"),
    also=(reg("301.6320-1", "(c)(2)"),),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=secondary("IRC § 6320(a)(3)(B) as reprinted, and the worked dates in Newsome v. Commissioner, T.C. Memo. 2007", VERIFIED),
    value=30,
    unit="days",
    note=(
        "Checked: § 6320(a)(3)(B) ('during the 30-day period beginning on the day after the 5-day "
        "period described in paragraph (2)') and the worked dates in Newsome v. Commissioner, "
        "T.C. Memo. 2007 (NFTL filed 2004-11-04; 5th business day 2004-11-12; period ended "
        "2004-12-12, a Sunday, so 2004-12-13). When only the lien notice's date is known, the "
        "calculator counts 30 days from that date: the notice is sent within the 5 business days, "
        "so that date can never be later than the true one."
    ),
)

EQUIVALENT_HEARING_LEVY = Rule(
    id="equivalent-hearing-levy",
    label=(
        "A spouse who missed the 30 days after a levy notice may still ask for an equivalent "
        "hearing with Appeals within one year, counted from the day after the notice's date. There "
        "is no Tax Court review, and neither collection nor the collection period is suspended."
    ),
    cite=reg("301.6330-1", "(i)(2)"),
    also=(reg("301.6330-1", "(i)(1)"),),
    effective=date(2006, 11, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6330-1(i)(2) Q&A-I7 and I8, 2015 annual CFR edition (legal audit items 39, 41)", VERIFIED),
    value=1,
    unit="years",
    note=(
        "Seen only in secondary text: a summary of Ruhaak v. Commissioner, 157 T.C. No. 9, quoting "
        "reg. Q&A-I7 ('within the one-year period commencing on the day after the date of the levy "
        "notice'), and the Taxpayer Advocate Service's Letter 3172 page ('within one year from the "
        "date of the CDP notice'). An older reading ran the year from the end of the 30-day period, "
        "which gives a later date; the calculator uses the earlier. Decision letters after an "
        "equivalent hearing are not reviewable (Severo, 129 T.C. No. 17). Whether IRC § 7503 moves "
        "this regulatory deadline was not confirmed; the calculator applies it as for other periods."
    ),
)

EQUIVALENT_HEARING_LIEN = Rule(
    id="equivalent-hearing-lien",
    label=(
        "For a lien, an equivalent hearing may be requested within one year after the end of the "
        "5-business-day period following the lien filing."
    ),
    cite=reg("301.6320-1", "(i)(2)"),
    also=(reg("301.6320-1", "(i)(1)"),),
    effective=date(2006, 11, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6320-1(i)(2) Q&A-I7, 2015 annual CFR edition (legal audit item 40)", VERIFIED),
    value=1,
    unit="years",
    note=(
        "Seen only in secondary text: the Taxpayer Advocate Service's Form 668(Y)(c) page ('within "
        "one year of the day after the five-business-day period following the NFTL filing') and its "
        "Letter 3172 page ('within one year from the date of the CDP notice'). When only the lien "
        "notice's date is known the calculator counts one year from that date, the earlier reading."
    ),
)

# --- IRC 6502 and the suspensions of the collection period -----------------------

CSED = Rule(
    id="irc-6502-csed",
    label="The IRS may collect a tax by levy or court proceeding for 10 years after it is assessed (the collection statute expiration date, CSED).",
    cite=irc("6502", "(a)(1)"),
    also=(reg("301.6502-1", "(a)"), irs("IRM 5.1.19, Collection Statute Expiration", "irm/part5/irm_05-001-019")),
    effective=date(1990, 11, 5),
    verified=VERIFIED,
    status=secondary("IRC § 6502(a) on a reprint; the 10 years as the IRS states them, quoted by a practitioner (our fact base G.3)", VERIFIED),
    value=10,
    unit="years",
    note=(
        "Checked on a reprint of § 6502(a) ('within 10 years after the assessment of the tax'). "
        "Day count used by the calculator (no IRM counting rule was found): the CSED is the same "
        "calendar date 10 years after assessment (February 29 -> February 28); a suspension that "
        "starts on day S and whose suspended time runs up to day E adds E - S days, so the start "
        "day counts as a running day. That reading gives the earlier date, and reproduces the "
        "331 days of FACTS.md J.12(c). A suspension that begins on or after the CSED adds nothing. "
        "With several assessments the earliest is used. IRC § 7503 is applied to the CSED like any "
        "last day (Treas. Reg. § 301.7503-1(a) covers acts of the IRS, including collection); when it "
        "moves the date, the reasons also give the unmoved date as the safe one. "
        "Not formalised: CSED waivers with installment agreements (§ 6502(a)(2)), suits reducing the "
        "tax to judgment, wrongful levy or lien (§ 6503(f)), Taxpayer Assistance Orders (§ 7811(d)), "
        "combat zones (§ 7508), disaster postponements (§ 7508A), military deferment. Each can only "
        "make the CSED later."
    ),
)

CONCURRENT_SUSPENSIONS = Rule(
    id="irm-5.1.19-concurrent",
    label="Suspensions of the collection period that overlap run at the same time: overlapping days are counted once.",
    cite=irs("IRM 5.1.19, Collection Statute Expiration", "irm/part5/irm_05-001-019"),
    effective=date(2023, 12, 18),
    verified=VERIFIED,
    status=seen("IRM 5.1.19 (Dec. 18, 2023), material changes, quoted in our fact base G.3", VERIFIED),
    note="Per the IRM 5.1.19 (Dec. 18, 2023) material change quoted in FACTS.md G.3 ('overlapping suspensions run concurrently and they are not cumulative').",
)

OFFER_SUSPENSION = Rule(
    id="irc-6331-k-offer",
    label=(
        "While an offer in compromise is pending the IRS may not levy, and the collection period is "
        "suspended; if the offer is rejected, also for 30 days after and while a timely appeal is "
        "pending."
    ),
    cite=irc("6331", "(k)(1)"),
    also=(irc("6331", "(k)(3)"), irc("6331", "(i)(5)")),
    effective=date(1999, 12, 31),
    verified=VERIFIED,
    status=secondary("Practitioner summaries of IRC § 6331(k)(1) and (i)(5); the statute was not read", VERIFIED),
    value=30,
    unit="days",
    note=(
        "Seen only in secondary text (practitioner summaries of § 6331(k)(1) and (i)(5)); the "
        "statute itself was not read. The facts give when the offer was received and when it "
        "ended, but not whether it was rejected; the calculator therefore adds only the pending "
        "time, not the 30 days after a rejection or any appeal time (the earlier CSED), and says "
        "so. An offer is pending from acceptance for processing; the receipt date is used."
    ),
)

INSTALLMENT_SUSPENSION = Rule(
    id="irc-6331-k-installment",
    label=(
        "While an installment agreement request is pending the IRS may not levy, and the collection "
        "period is suspended; if the request is rejected, also for 30 days after and while a timely "
        "appeal is pending."
    ),
    cite=irc("6331", "(k)(2)"),
    also=(irc("6331", "(k)(3)"), reg("301.6331-4", "(a)(1)")),
    effective=date(1999, 12, 31),
    verified=VERIFIED,
    status=secondary("Treas. Reg. § 301.6331-4(a)(1) for the levy bar; the suspension of the collection period only in a 2017 Chief Counsel email summary", VERIFIED),
    value=30,
    unit="days",
    note=(
        "Checked: Treas. Reg. § 301.6331-4(a)(1) (no levy while pending, for 30 days after a "
        "rejection, and while a timely appeal is considered). The suspension of the CSED was seen "
        "only in a 2017 Chief Counsel email summary. As with offers, only the pending time is added "
        "because the facts do not say whether the request was rejected. An agreement in effect "
        "does not suspend the CSED and is not modelled."
    ),
)

CDP_SUSPENSION = Rule(
    id="irc-6330-e-suspension",
    label=(
        "A timely collection due process hearing suspends the collection period while the hearing "
        "and any appeals are pending, and the period does not end before the 90th day after the "
        "determination becomes final."
    ),
    cite=irc("6330", "(e)(1)"),
    also=(irc("6320", "(c)"),),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6330-1(g), 2015 annual CFR edition (legal audit item 43); IRC § 6330(e)(1) as quoted in Burke v. Commissioner (T.C. 2005)", VERIFIED),
    value=90,
    unit="days",
    note=(
        "Checked as quoted in Burke v. Commissioner (T.C. 2005): 'In no event shall any such period "
        "expire before the 90th day after the day on which there is a final determination'. An "
        "equivalent hearing does not suspend the period (not confirmed in official text; the "
        "facts only record timely CDP hearings)."
    ),
)

BANKRUPTCY_SUSPENSION = Rule(
    id="irc-6503-h-bankruptcy",
    label=(
        "A bankruptcy case suspends the collection period while the IRS is barred from collecting "
        "because of the case, and for 6 months after."
    ),
    cite=irc("6503", "(h)"),
    also=(reg("301.6502-1"),),
    effective=date(1980, 10, 1),
    verified=VERIFIED,
    status=seen("The example in Treas. Reg. § 301.6502-1 (our fact base G.3); IRC § 6503(h)(2) on a statute reprint", VERIFIED),
    value=6,
    unit="months",
    note=(
        "Checked: § 6503(h)(2) ('for collection, 6 months thereafter') on a statute reprint, and "
        "the Treas. Reg. § 301.6502-1 example. The facts give the case's filing and closing dates; "
        "the automatic stay can end earlier (for example, relief from stay), which the calculator "
        "cannot see. Only a bankruptcy of the requesting spouse matters for that spouse's CSED."
    ),
)

OUTSIDE_US_SUSPENSION = Rule(
    id="irc-6503-c-outside-us",
    label=(
        "The collection period is suspended while the taxpayer is outside the United States, if "
        "the absence lasts at least 6 months without a break."
    ),
    cite=irc("6503", "(c)"),
    also=(irs("IRM 5.1.19, Collection Statute Expiration", "irm/part5/irm_05-001-019"),),
    effective=date(1966, 11, 2),
    verified=VERIFIED,
    status=secondary("The first sentence of IRC § 6503(c) as summarised in a Chief Counsel Advice", VERIFIED),
    value=6,
    unit="months",
    note=(
        "Checked the first sentence only, as summarised in a Chief Counsel Advice ('suspended for "
        "the period of time during which the taxpayer is outside the united states if such period "
        "of absence is for a continuous period of at least 6 months'). Not formalised: the rule "
        "that the period does not end within 6 months after the return to the U.S. (not seen in "
        "text; leaving it out can only make the CSED earlier), and casual visits that do not "
        "break an absence (Treas. Reg. § 301.6503(c)-1)."
    ),
)

# --- IRC 6511 and 6513: refund claims ---------------------------------------------

REFUND_FROM_FILING = Rule(
    id="irc-6511-a-filing",
    label="A refund claim is on time if filed within 3 years from the time the return was filed.",
    cite=irc("6511", "(a)"),
    also=(reg("301.6511(a)-1", "(a)"),),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6511(a)-1(a)(1), in a copy (edition not recorded)", VERIFIED),
    value=3,
    unit="years",
    note=(
        "Checked: Treas. Reg. § 301.6511(a)-1(a)(1) ('within 3 years from the time the return was "
        "filed or within 2 years from the time the tax was paid, whichever of such periods expires "
        "the later'). Disaster postponements (§ 7508A), combat zones (§ 7508) and financial "
        "disability (§ 6511(h)) can lengthen the period and are not formalised."
    ),
)

REFUND_FROM_PAYMENT = Rule(
    id="irc-6511-a-payment",
    label="A refund claim is also on time if filed within 2 years from the time the tax was paid, if that ends later.",
    cite=irc("6511", "(a)"),
    also=(reg("301.6511(a)-1", "(a)"),),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6511(a)-1(a)(1), in a copy (edition not recorded)", VERIFIED),
    value=2,
    unit="years",
    note=(
        "Only payment events count as payments here. Offsets of later refunds applied to the tax "
        "are payments too, but the calculator does not count them, which can only make the "
        "window end earlier."
    ),
)

REFUND_LOOKBACK = Rule(
    id="irc-6511-b-2-lookback",
    label=(
        "How much can come back: a claim filed within the 3-year period can recover tax paid in "
        "the 3 years (plus any filing extension) before the claim; a claim filed only within the "
        "2-year period can recover tax paid in the 2 years before it."
    ),
    cite=irc("6511", "(b)(2)"),
    also=(reg("301.6511(b)-1", "(b)(1)"),),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.6511(b)-1(b)(1), in a copy (edition not recorded)", VERIFIED),
    note="Checked on Treas. Reg. § 301.6511(b)-1(b)(1). Stated as a reason; amounts are not computed here.",
)

DEEMED_FILED_AND_PAID = Rule(
    id="irc-6513-deemed-date",
    label=(
        "For the refund period, a return filed early counts as filed on its statutory due date, "
        "and withholding and estimated tax count as paid on that date: April 15 after a calendar "
        "tax year, without extensions and without moving it for a weekend or holiday."
    ),
    cite=irc("6513", "(a)"),
    also=(irc("6513", "(b)"), reg("301.6513-1", "(a)")),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=secondary("Statute reprints of IRC § 6513(a)-(b); IR-2025-46 in a secondary summary", VERIFIED),
    value={"month": 4, "day": 15},
    unit="table",
    note=(
        "Checked on statute reprints of § 6513(a)-(b) ('determined without regard to any extension "
        "of time'; withholding 'deemed to have been paid by him on the 15th day of the fourth "
        "month following the close of his taxable year'). The IRS's April 2025 reminder IR-2025-46 "
        "(seen in a secondary summary) gave April 15, 2025 as the last day for 2021 refunds, though "
        "2021 returns were due April 18, 2022. Calendar-year individuals only."
    ),
)

TIMELY_MAILING = Rule(
    id="irc-7502-timely-mailing",
    label=(
        "A document mailed by U.S. mail (or a designated private delivery service) to the right "
        "address, with postage paid, counts as filed on the postmark date."
    ),
    cite=irc("7502", "(a)"),
    also=(reg("301.7502-1", "(c)"),),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=secondary("As applied in Treas. Reg. § 301.6330-1 Q&A-C4, quoted in Kim v. Commissioner, T.C. Memo. 2005", VERIFIED),
    note=(
        "Stated as advice only; deadlines are computed as the last day to file, not to receive. "
        "Checked only as applied in the CDP regulation (Q&A-C4, quoted in Kim v. Commissioner, "
        "T.C. Memo. 2005). Keep proof of mailing (certified mail receipt)."
    ),
)

RULES = (
    BC_ELECTION,
    COLLECTION_ACTIVITY,
    NOT_COLLECTION_ACTIVITY,
    COLLECTION_ACTIVITY_START,
    TAX_COURT_RELIEF,
    TAX_COURT_RELIEF_EARLY,
    RELIEF_SUSPENSION,
    APPEAL_12509,
    TAX_COURT_DEFICIENCY,
    TAX_COURT_DEFICIENCY_ABROAD,
    CDP_LEVY,
    CDP_LIEN_NOTICE,
    CDP_LIEN,
    EQUIVALENT_HEARING_LEVY,
    EQUIVALENT_HEARING_LIEN,
    CSED,
    CONCURRENT_SUSPENSIONS,
    OFFER_SUSPENSION,
    INSTALLMENT_SUSPENSION,
    CDP_SUSPENSION,
    BANKRUPTCY_SUSPENSION,
    OUTSIDE_US_SUSPENSION,
    REFUND_FROM_FILING,
    REFUND_FROM_PAYMENT,
    REFUND_LOOKBACK,
    DEEMED_FILED_AND_PAID,
    TIMELY_MAILING,
)

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

from .model import Cite, Rule, secondary, seen, unconfirmed
from .sources import USC_COPY, irc, irs, reg

VERIFIED = date(2026, 11, 27)
SEEN = date(2026, 11, 29)  # re-read in official text
RRA98 = date(1998, 7, 22)
#: Where the texts read on 2026-11-29 came from (named in the rules' status).
CODE = "the U.S. Code in the codexstanford/markdonw-chunck-of-the-usa-code copy, read 2026-11-29"
REG2015 = "2015 annual CFR edition (18F/allregs copy), read 2026-11-29"  # Internal Revenue Service Restructuring and Reform Act of 1998, Pub. L. 105-206

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
        "joint overpayment may be 'an overpayment of the requesting spouse'. Pub. 971 (as quoted by a "
        "practitioner, legal audit item 14) counts an offset only when 'the IRS informed you about your right "
        "to file Form 8857'; the regulation has no such condition, and the calculator keeps the earlier "
        "reading and states the IRS's narrower one as a reason."
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
        "A petition filed by the last day the notice itself states is on time. Treat the date as one "
        "that cannot be moved: the Tax Court holds the period jurisdictional, although one court of "
        "appeals (Culp, 3d Cir. 2023) has held that it is not."
    ),
    cite=irc("6213", "(a)"),
    also=(
        Cite("Culp v. Commissioner, 75 F.4th 196 (3d Cir. 2023)", "https://www.ustaxcourt.gov/"),
        Cite("Hallmark Research Collective v. Commissioner, 159 T.C. No. 6 (2022)", "https://www.ustaxcourt.gov/"),
    ),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=secondary(f"IRC § 6213(a), all of its text, seen in {CODE}; Culp (3d Cir. 2023) and Hallmark (159 T.C. No. 6) as described by the legal audit (item 7), not re-read", VERIFIED),
    value=90,
    unit="days",
    note=(
        "§ 6213(a): 'Within 90 days, or 150 days if the notice is addressed to a person outside the "
        "United States, after the notice of deficiency authorized in section 6212 is mailed (not "
        "counting Saturday, Sunday, or a legal holiday in the District of Columbia as the last day)'; "
        "last sentence: 'Any petition filed with the Tax Court on or before the last date specified for "
        "filing such petition by the Secretary in the notice of deficiency shall be treated as timely "
        "filed.' Culp v. Commissioner, 75 F.4th 196 (3d Cir. 2023) held the deadline non-jurisdictional "
        "and presumptively subject to equitable tolling; the Tax Court holds it jurisdictional "
        "(Hallmark Research Collective, 159 T.C. No. 6 (2022)) outside the Third Circuit. The advice "
        "stays: treat the date as unmovable. The calculator counts 90 days from the mailing date when "
        "the facts give one (event field 'mailed'), else from the date on the notice; a later last day "
        "printed on the notice (event field 'last_day') is used when given, and an earlier one is shown "
        "as the safer date. Where the facts show the spouse abroad when the notice was mailed, a reason "
        "names the 150 days; the date stays at 90 days, the earlier."
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
        "hearing with Appeals within one year, counted from the day after the notice's date. Neither "
        "collection nor the collection period is suspended, and the decision letter cannot be taken "
        "to the Tax Court under § 6330; but if Appeals decides a request for innocent spouse relief "
        "(§ 6015) at the hearing, that decision can go to the Tax Court within 90 days under § 6015(e)."
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
        "which gives a later date; the calculator uses the earlier. Q&A-I8: 'The rules and regulations "
        "under section 7502 and section 7503 will apply'. Q&A-I6: 'Section 6330 does not authorize a "
        "taxpayer to appeal the decision of Appeals with respect to an equivalent hearing. A taxpayer "
        "may under certain circumstances be able to seek Tax Court review of Appeals' denial of relief "
        "under section 6015. Such review must be sought within 90 days of the issuance of Appeals' "
        "determination on those issues, as provided by section 6015(e).' (Severo, 129 T.C. No. 17, "
        "holds decision letters not reviewable under § 6330 only.) The calculator asks the user to "
        "record such a decision on relief as a final determination, which starts the 90 days."
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

CDP_PETITION = Rule(
    id="irc-6330-d-petition",
    label=(
        "After a collection due process hearing, a petition to the Tax Court about Appeals' notice "
        "of determination must be filed within 30 days, counted from the day after the notice's "
        "date. Treat the date as firm: since Boechler (2022) the Tax Court can excuse a late "
        "petition in rare cases (equitable tolling), but nobody should count on it."
    ),
    cite=irc("6330", "(d)(1)"),
    also=(
        reg("301.6330-1", "(f)"),
        Cite("Boechler, P.C. v. Commissioner, 596 U.S. 199 (2022)", "https://www.supremecourt.gov/opinions/21pdf/20-1472_4g15.pdf"),
    ),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=secondary(f"The 30 days seen: IRC § 6330(d)(1) in {CODE}; Treas. Reg. § 301.6330-1(f), {REG2015}. Boechler's holding only in the Court's syllabus as copied by cetient.com", VERIFIED),
    value=30,
    unit="days",
    note=(
        "§ 6330(d)(1): 'The person may, within 30 days of a determination under this section, "
        "petition the Tax Court for review of such determination (and the Tax Court shall have "
        "jurisdiction with respect to such matter).' Treas. Reg. § 301.6330-1(f)(1): 'within the "
        "30-day period commencing the day after the date of the Notice of Determination'. Boechler, "
        "P.C. v. Commissioner, 596 U.S. 199 (2022) (syllabus): the 30-day limit 'is a nonjurisdictional "
        "deadline subject to equitable tolling'. What it did not change: the deadline is still 30 "
        "days, tolling is decided case by case and rarely granted, so the calculator shows the 30th "
        "day (moved only under IRC § 7503) and says to treat it as firm. A-F2: if only the denial of "
        "§ 6015 relief is to be reviewed, the petition may be filed within 90 days under § 6015(e); "
        "a petition after the 30 days reaches only the § 6015 issue, so the 30 days are shown. "
        "Not formalised: the bankruptcy suspension of § 6330(d)(2)."
    ),
)

ONE_FINAL_DETERMINATION = Rule(
    id="reg-1.6015-5-c-one-determination",
    label=(
        "A requesting spouse gets only one final administrative determination on relief for a given "
        "assessment, unless a second request is allowed (for example, a separation-of-liability "
        "election after the marital status changed)."
    ),
    cite=reg("1.6015-5", "(c)(1)"),
    also=(reg("1.6015-1", "(h)(5)"),),
    effective=date(2002, 7, 18),
    verified=VERIFIED,
    status=seen(f"Treas. Reg. § 1.6015-5(c)(1), {REG2015}", VERIFIED),
    note=(
        "§ 1.6015-5(c)(1): 'A requesting spouse is entitled to only one final administrative "
        "determination of relief under § 1.6015-1 for a given assessment, unless the requesting "
        "spouse properly submits a second request for relief that is described in § 1.6015-1(h)(5).' "
        "So when the facts list two final determinations after one request, the first governs both "
        "the Tax Court period and the end of the collection suspension (the earlier dates); a later "
        "letter is treated as answering a new request only when a relief request is recorded between "
        "the two. Not formalised: which second requests § 1.6015-1(h)(5) allows."
    ),
)

# --- IRC 6502 and the suspensions of the collection period -----------------------

CSED = Rule(
    id="irc-6502-csed",
    label="The IRS may collect a tax by levy or court proceeding for 10 years after it is assessed (the collection statute expiration date, CSED).",
    cite=irc("6502", "(a)(1)"),
    also=(reg("301.6502-1", "(a)"), irs("IRM 5.1.19, Collection Statute Expiration", "irm/part5/irm_05-001-019")),
    effective=date(1990, 11, 5),
    verified=SEEN,
    status=seen(f"IRC § 6502(a)(1) in {USC_COPY}, read 2026-11-29: a levy or court proceeding 'within 10 years after the assessment of the tax'", SEEN),
    value=10,
    unit="years",
    note=(
        "Checked against § 6502(a)(1) as quoted in the status. "
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
    status=seen("IRM 5.1.19 (Dec. 18, 2023), its list of material changes: 'overlapping suspensions run concurrently and they are not cumulative'. Not found again in the copies searched on 2026-11-29", VERIFIED),
    note="Per the IRM 5.1.19 (Dec. 18, 2023) material change quoted in the status.",
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
        "A timely collection due process hearing suspends the collection period from the day the IRS "
        "receives the request until the notice of determination becomes final (when the time to "
        "petition the Tax Court runs out, or after any court review), and the period does not end "
        "before the 90th day after the determination becomes final."
    ),
    cite=irc("6330", "(e)(1)"),
    also=(irc("6320", "(c)"), reg("301.6330-1", "(g)")),
    effective=date(1999, 1, 19),
    verified=VERIFIED,
    status=seen(f"IRC § 6330(e)(1) in {CODE}; Treas. Reg. § 301.6330-1(g)(1)-(3), {REG2015}", VERIFIED),
    value=90,
    unit="days",
    note=(
        "IRC § 6330(e)(1): suspended 'for the period during which such hearing, and appeals therein, "
        "are pending. In no event shall any such period expire before the 90th day after the day on "
        "which there is a final determination in such hearing.' Treas. Reg. § 301.6330-1(g)(2) A-G1: "
        "the suspension 'continues until ... the Notice of Determination resulting from the CDP hearing "
        "becomes final upon either the expiration of the time for seeking judicial review or upon "
        "exhaustion of any rights to appeals following judicial review'; Example 2 (determination "
        "June 15, 1999, no petition: final July 15, 1999; period extended to October 13, 1999). The "
        "calculator takes the event cdp_hearing (date: the IRS received the request). With a "
        "notice of determination (event cdp_determination) and no petition, the determination is "
        "taken as final on the 30th day after its date (the last day to petition, not moved for a "
        "weekend: the earlier reading); with a petition (event cdp_petition) the end is not known "
        "and only the time up to the later of that day and the petition is added. An 'end' given on "
        "the cdp_hearing event keeps its old meaning: the day the determination became final. An "
        "equivalent hearing does not suspend the period (A-I3). Not formalised: a withdrawal of the "
        "request (the suspension then ends when the IRS receives it), a levy on appeal under "
        "§ 6330(e)(2), and equitable tolling of a late petition (Boechler), which could only make the "
        "end later."
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
    verified=SEEN,
    status=seen(f"IRC § 6503(h) in {USC_COPY}, read 2026-11-29: suspended 'for the period during which the Secretary is prohibited by reason of such case from ... collecting' and '(2) for collection, 6 months thereafter'", SEEN),
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
        "the absence lasts at least 6 months without a break; and it does not end before 6 months "
        "after the taxpayer's return."
    ),
    cite=irc("6503", "(c)"),
    also=(irs("IRM 5.1.19, Collection Statute Expiration", "irm/part5/irm_05-001-019"),),
    effective=date(1966, 11, 2),
    verified=VERIFIED,
    status=seen(f"IRC § 6503(c), both sentences, in {CODE}", VERIFIED),
    value=6,
    unit="months",
    note=(
        "§ 6503(c): 'suspended for the period during which the taxpayer is outside the United States "
        "if such period of absence is for a continuous period of at least 6 months. If the preceding "
        "sentence applies and at the time of the taxpayer's return to the United States the period "
        "of limitations on collection after assessment prescribed in section 6502 would expire "
        "before the expiration of 6 months from the date of his return, such period shall not "
        "expire before the expiration of such 6 months.' Both sentences are applied: the absence is "
        "added, and the period cannot end before 6 months after the return (the event's end). Not "
        "formalised: casual visits that do not break an absence (Treas. Reg. § 301.6503(c)-1); an "
        "absence with no end date adds nothing, which gives the earlier date."
    ),
)

# --- IRC 7508A: postponements for federally declared disasters -----------------------

POSTPONEMENT = Rule(
    id="irc-7508a-postponement",
    label=(
        "For a federally declared disaster the IRS can postpone, for taxpayers in the area, the time "
        "to do listed acts, including filing a Tax Court petition and claiming a refund. Its notice or "
        "news release for the area gives the period covered and the new date."
    ),
    cite=irc("7508A", "(a)"),
    also=(
        reg("301.7508A-1", "(c)(1)"),
        irs("Rev. Proc. 2018-58 (time-sensitive acts that may be postponed)", "irb/2018-50_IRB"),
        irc("7508", "(a)"),
    ),
    effective=date(1997, 8, 5),
    verified=VERIFIED,
    status=unconfirmed(
        "Seen: Rev. Proc. 2018-58 § 1 (purpose) and the list of Treas. Reg. § 301.7508A-1(c)(1)(iv)-(vi) "
        "(Tax Court petitions, refund claims, refund suits) as quoted by Procedurally Taxing and KPMG. "
        "Not seen: the full list of Rev. Proc. 2018-58, so whether a § 6015(b)/(c) election, a hearing "
        "request or a Form 12509 appeal is a postponed act is unconfirmed",
        VERIFIED,
    ),
    note=(
        "The user may record a postponement from an IRS notice or news release for their area (event "
        "disaster_postponement: date, the first day it covers; end, the postponed date). A last day "
        "on or after the first day and before the postponed date moves to the postponed date, for "
        "the acts Treas. Reg. § 301.7508A-1(c)(1)(iv)-(v) names: Tax Court petitions and refund "
        "claims. For other acts (a § 6015(b)/(c) election, a hearing request, a Form 12509 appeal) "
        "whether the postponement covers them was not confirmed, so the earlier date is kept and the "
        "reason says why. Combat-zone service (§ 7508: the time in the zone plus 180 days is "
        "disregarded) is not formalised; it can only make dates later. The collection period (an IRS "
        "act) is not moved."
    ),
)

COVID_2020 = Rule(
    id="notice-2020-23",
    label=(
        "COVID-19 (nationwide): Tax Court petitions and refund claims due on or after April 1, 2020 "
        "and before July 15, 2020 were postponed to July 15, 2020."
    ),
    cite=irs("Notice 2020-23, 2020-18 I.R.B. 742", "pub/irs-drop/n-20-23.pdf"),
    also=(reg("301.7508A-1", "(c)(1)"),),
    effective=date(2020, 4, 9),
    verified=VERIFIED,
    status=secondary(
        "Notice 2020-23 § III.A as quoted by Procedurally Taxing (Apr. 10 and 14, 2020) and summarised by "
        "KPMG and RSM ('due to be performed on or after April 1, 2020, and before July 15, 2020'); the "
        "notice itself was not read",
        VERIFIED,
    ),
    value={"from": date(2020, 4, 1), "before": date(2020, 7, 15), "to": date(2020, 7, 15), "acts": ("tax_court", "refund_claim")},
    unit="table",
    note=(
        "Applies to 'Specified Time-Sensitive Actions': the acts of Treas. Reg. § 301.7508A-1(c)(1)(iv)-(vi) "
        "(Tax Court petitions, refund claims and suits) and those of Rev. Proc. 2018-58. Whether it also "
        "moved the 30 days to ask for a collection due process hearing was debated (Procedurally Taxing, "
        "Apr. 14, 2020) and is not applied: the earlier date is kept and the reason says so."
    ),
)

COVID_2021 = Rule(
    id="notice-2021-21",
    label=(
        "COVID-19 (nationwide): individual refund claims (Form 1040 series or 1040-X) due on or after "
        "April 15, 2021 and before May 17, 2021 were postponed to May 17, 2021."
    ),
    cite=irs("Notice 2021-21, 2021-15 I.R.B. 986", "pub/irs-drop/n-21-21.pdf"),
    also=(irs("IR-2021-67", "newsroom/irs-extends-additional-tax-deadlines-for-individuals-to-may-17"),),
    effective=date(2021, 3, 29),
    verified=VERIFIED,
    status=secondary(
        "IR-2021-67 as republished (southernmarylandchronicle.com, KPMG): 'For tax year 2017 Federal income "
        "tax returns, the normal April 15 deadline to claim a refund has also been extended to May 17, 2021'; "
        "the notice itself was not read",
        VERIFIED,
    ),
    value={"from": date(2021, 4, 15), "before": date(2021, 5, 17), "to": date(2021, 5, 17), "acts": ("refund_claim",)},
    unit="table",
    note="Tax Court petitions were not postponed by this notice; only refund claims are moved.",
)

COVID_LOOKBACK = Rule(
    id="notice-2023-21",
    label=(
        "For 2019 and 2020 returns whose due dates were postponed (to July 15, 2020 and May 17, 2021), "
        "the postponement period is disregarded in finding the start of the 3-year look-back, so "
        "withholding and estimated tax deemed paid on April 15 can still be refunded by a claim filed "
        "within 3 years of a return filed in the postponement period."
    ),
    cite=irs("Notice 2023-21, 2023-11 I.R.B. 563", "pub/irs-drop/n-23-21.pdf"),
    effective=date(2023, 2, 27),
    verified=VERIFIED,
    status=secondary("Notice 2023-21 §§ 1-2 as copied by Tax Notes; the relief as summarised by EY, KPMG and PwC", VERIFIED),
    value={2019: (date(2020, 4, 15), date(2020, 7, 15)), 2020: (date(2021, 4, 15), date(2021, 5, 17))},
    unit="table",
    note="Affects how much can be refunded, not the last day to claim; stated as a reason only.",
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
    CDP_PETITION,
    ONE_FINAL_DETERMINATION,
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
    POSTPONEMENT,
    COVID_2020,
    COVID_2021,
    COVID_LOOKBACK,
)

"""Injured spouse claims (Form 8379): who may file, which debts trigger offsets, and timing.

An injured spouse asks for his or her share of a joint overpayment that was (or will be)
applied to the other spouse's separate past-due debt.  This is not innocent spouse relief:
for relief from a joint tax liability the form is 8857.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, secondary, seen, unconfirmed
from .sources import USC_COPY, irc, irs, usc

CHECKED = date(2026, 11, 27)
SEEN = date(2026, 11, 29)  # re-read in official text

I8379 = irs("Instructions for Form 8379", "instructions/i8379")
F8379 = irs("Form 8379, Injured Spouse Allocation", "forms-pubs/about-form-8379")

PART_I = Rule(
    id="form-8379-part-1",
    label=(
        "You may be an injured spouse if you filed (or will file) a joint return, the joint "
        "overpayment was (or will be) applied to a legally enforceable past-due debt owed only by "
        "your spouse, and you are not legally obligated to pay that debt; outside community "
        "property states you must also have made and reported tax payments (withholding or "
        "estimated tax) or claimed a refundable credit."
    ),
    cite=F8379,
    also=(I8379,),
    effective=date(2007, 12, 1),
    verified=CHECKED,
    status=seen("Form 8379 (Rev. Jan. 2009), Part I lines 2-5, a public copy of the IRS PDF (legal audit item 44)", CHECKED),
    note=(
        "Checked: Form 8379 (Rev. Jan. 2009) Part I lines 2-5 in a public copy of the IRS PDF. "
        "Reporting income is no longer required (dropped in the Dec. 2007 revision, FACTS.md F.2)."
    ),
)

COMMUNITY_PROPERTY = Rule(
    id="form-8379-community-property",
    label=(
        "If you lived in a community property state at any time in the year, only the "
        "not-legally-obligated test applies, and the IRS divides the joint overpayment under "
        "that state's law; overpayments are generally joint property there and may be applied "
        "to either spouse's past-due obligations, with exceptions under state law."
    ),
    cite=I8379,
    also=(irs("IRS Publication 555, Community Property", "publications/p555"),),
    effective=date(2007, 12, 1),
    verified=CHECKED,
    status=seen("The Instructions for Form 8379 in a public copy (legal audit item 44)", CHECKED),
    note=(
        "Checked: a public copy of the Form 8379 instructions ('In community property states, "
        "overpayments are considered joint property and are generally applied (offset) to legally "
        "owed past-due obligations of either spouse. However, there are exceptions. The IRS will "
        "use each state's rules...'). Not formalised: each state's rules; the checker does not "
        "estimate a share in those states."
    ),
)

JOINT_FEDERAL_TAX = Rule(
    id="form-8379-not-for-joint-tax",
    label=(
        "Form 8379 is not for a joint federal tax debt, nor a claim for innocent spouse relief: "
        "if the overpayment went to tax owed on a joint return, the route is Form 8857."
    ),
    cite=I8379,
    also=(F8379,),
    effective=date(2007, 12, 1),
    verified=CHECKED,
    status=seen("Form 8379 (Rev. Jan. 2009), line 3 note, and its instructions (legal audit item 45)", CHECKED),
    note="Checked: Form 8379 (Rev. Jan. 2009) line 3 note and the instructions' 'Do not file Form 8379 if you are claiming innocent spouse relief' (FACTS.md F.1).",
)

OFFSET_AUTHORITY = Rule(
    id="irc-6402-offsets",
    label=(
        "The IRS may apply an overpayment to the taxpayer's federal tax (§ 6402(a)), and must apply "
        "it to past-due child or spousal support (§ 6402(c)), debts owed to federal agencies "
        "(§ 6402(d), with 31 U.S.C. § 3720A), state income tax debts (§ 6402(e)) and state "
        "unemployment compensation debts (§ 6402(f))."
    ),
    cite=irc("6402"),
    also=(usc(31, "3720A"),),
    effective=date(2010, 11, 30),
    verified=SEEN,
    status=seen(f"IRC § 6402(a), (c), (d), (e) and (f) in {USC_COPY}, read 2026-11-29: under (a) the Secretary 'may credit' an overpayment against the person's internal revenue tax; under (c) it 'shall be reduced' by past-due support, and under (d), (e) and (f) the Secretary 'shall' reduce it for debts owed to federal agencies, State income tax and unemployment compensation debts", SEEN),
    unit="table",
    value={
        "federal_tax": "(a)",
        "child_support": "(c)",
        "spousal_support": "(c)",
        "federal_nontax": "(d)",
        "state_tax": "(e)",
        "unemployment": "(f)",
    },
    note=(
        "Subsections (a), (c), (d), (e) and (f) checked as named in the status. Disputes about a "
        "non-tax debt go to the agency that certified it (§ 6402(g), not read: written from "
        "memory); not formalised."
    ),
)

OFFSET_ORDER = Rule(
    id="offset-order",
    label=(
        "Order in which an overpayment is applied since October 1, 2008: federal tax, then "
        "past-due support, then debts owed to federal agencies, then state income tax and state "
        "unemployment compensation debts together, as one group, in the order in which those "
        "debts arose."
    ),
    cite=irc("6402", "(d)(2)"),
    also=(irc("6402", "(e)(3)"), irc("6402", "(f)(2)")),
    effective=date(2008, 10, 1),
    verified=CHECKED,
    status=unconfirmed(f"Pub. L. 110-328 § 3 (122 Stat. 3570, 2008), seen on 2026-11-29 in the Statutes at Large (wikisource): unemployment debts come after offsets under subsections (a), (c) and (d). In the current Code ({USC_COPY}), read 2026-11-29: the priority paragraphs are § 6402(d)(2), (e)(3) and (f)(2), each placing its debts after offsets under (a), (c) and (d) as the label orders them, and (f)(2) applies State income tax and unemployment debts 'in the order in which such' debts accrued (the copy's excerpt ends there). Not confirmed: how § 6402(c)'s 'first ... before any other reductions allowed by law' for support ranks against federal tax, which the label puts first from HHS/OCSE FPLS Release 08-02", SEEN),
    unit="list",
    value=("federal_tax", "child_support", "federal_nontax", ("state_tax", "unemployment")),
    note=(
        "The hierarchy is checked against HHS/OCSE FPLS Release 08-02 as quoted in FACTS.md F.4 "
        "(secondary to the statute). The last entry is a group: state income tax and unemployment "
        "debts are applied among themselves by the date each accrued (legal audit item 12). The "
        "2008 act enacted the unemployment priorities as § 6402(f)(2), and the current Code has them "
        "there still (read 2026-11-29; this rule cited (f)(3) before). Shown for information only."
    ),
)

NOTICE_SENDER = Rule(
    id="offset-notice-sender",
    label=(
        "The IRS sends the notice of offset for federal tax debts; the Treasury's Bureau of the "
        "Fiscal Service (Treasury Offset Program) sends it for state tax, unemployment, support "
        "and federal non-tax debts."
    ),
    cite=I8379,
    also=(Cite("Bureau of the Fiscal Service, Treasury Offset Program", "https://fiscal.treasury.gov/top/"),),
    effective=date(2012, 10, 7),
    verified=CHECKED,
    status=seen("Instructions for Form 8379 (Rev. Nov. 2020), the paragraph on notices of offset: 'A Notice of Offset for federal tax debts is issued by the IRS. A Notice of Offset for past-due state income tax, state unemployment compensation debt, child support, or federal nontax debts (such as a student loan) is issued by the U.S. Treasury Department's Bureau of the Fiscal Service.' Not found again in the copies searched on 2026-11-29", CHECKED),
    unit="table",
    value={
        "federal_tax": "IRS",
        "state_tax": "Bureau of the Fiscal Service",
        "unemployment": "Bureau of the Fiscal Service",
        "child_support": "Bureau of the Fiscal Service",
        "spousal_support": "Bureau of the Fiscal Service",
        "federal_nontax": "Bureau of the Fiscal Service",
    },
    note="Checked against the passage of the Form 8379 instructions (Rev. Nov. 2020) quoted in the status.",
)

TOPIC_203 = irs("IRS Tax Topic 203, Reduced refund", "taxtopics/tc203")
IRM_25_18_5 = irs("IRM 25.18.5, Community Property, Injured Spouse", "irm/part25/irm_25-018-005")

PROCESSING = Rule(
    id="form-8379-processing",
    label="Typical processing time for Form 8379, in weeks, by how it is filed",
    cite=TOPIC_203,
    also=(I8379,),
    effective=date(2016, 11, 1),
    verified=SEEN,
    status=secondary("IRS Tax Topic 203 as reproduced in copies of the IRS page", SEEN),
    unit="table",
    value={"with_paper_return": 14, "with_e_filed_return": 11, "filed_alone": 8},
    note=(
        "Tax Topic 203 as reproduced on 2026-11-29 in copies of the IRS page (IRS wording, secondary "
        "copies): 'If you file Form 8379 with your original return, it may take 11 weeks to process an "
        "electronically-filed return or 14 weeks if you filed a paper return. If you file the Form 8379 "
        "by itself after a joint return has been processed, then processing will take about 8 weeks.' "
        "The irs.gov page itself was not in the store. Shown as a rough guide, never as a deadline."
    ),
)

EACH_YEAR = Rule(
    id="form-8379-each-year",
    label=(
        "Form 8379 may be filed with the joint return, with an amended joint return claiming a "
        "joint refund, or later by itself, and a separate form is needed for each year."
    ),
    cite=I8379,
    effective=date(2016, 11, 1),
    verified=CHECKED,
    status=seen("Instructions for Form 8379 (Rev. Nov. 2016): 'You can file Form 8379 with your joint tax return or amended joint tax return (Form 1040X), or you can file it afterwards by itself'; for each year, the IRS page on injured spouse relief in a copy: 'You need to file Form 8379 for each year you're an injured spouse'. Not found again in the copies searched on 2026-11-29", CHECKED),
    note="Checked against the two passages quoted in the status.",
)

FILED_ALONE = Rule(
    id="form-8379-filed-alone",
    label=(
        "Filed by itself, Form 8379 goes to the IRS service center where the joint return was filed, with "
        "both spouses' social security numbers in the same order as on the joint return, signed by the "
        "injured spouse, with copies of all Forms W-2 and W-2G for both spouses and any Form 1099 showing "
        "federal income tax withheld, and without a copy of the joint return."
    ),
    cite=TOPIC_203,
    also=(I8379,),
    effective=date(2016, 11, 1),
    verified=SEEN,
    status=secondary("IRS Tax Topic 203 as reproduced in copies of the IRS page; the Instructions for Form 8379 (Rev. Nov. 2016), on filing the form by itself: 'If you file Form 8379 separately, please be sure to attach a copy of all Forms W-2 and W-2G for both spouses'", SEEN),
    note=(
        "Tax Topic 203 as reproduced (IRS wording, secondary copies seen 2026-11-29): 'Send Form 8379 to the "
        "Service Center where you filed your original return'; 'you must show both spouses' social security "
        "numbers in the same order'; 'You, the injured spouse, must sign the form'; 'Don't attach the "
        "previously filed joint tax return.' The attachments are from the Form 8379 instructions "
        "(Rev. Nov. 2016), FACTS.md F.5. The service-center chart is in the instructions; not formalised."
    ),
)

AMENDED_RETURN = Rule(
    id="form-8379-amended-return",
    label=(
        "An amended joint return (Form 1040-X) that claims a joint refund needs its own Form 8379 if you "
        "want your share of that refund protected; write 'Injured Spouse' at the top left of page 1."
    ),
    cite=I8379,
    also=(TOPIC_203,),
    effective=date(2016, 11, 1),
    verified=SEEN,
    status=secondary("Instructions for Form 8379 (Rev. Nov. 2016): 'File Form 8379 with Form 1040X only if you are amending your original return to claim a joint refund', and Tax Topic 203 copies; that a new form is needed is our reading, also given by a tax software help page", SEEN),
    note=(
        "Form 8379 instructions (Rev. Nov. 2016, FACTS.md F.5): 'File Form 8379 with Form 1040X only if you "
        "are amending your original return to claim a joint refund.' Tax Topic 203 (copies): 'When filing a "
        "Form 8379 with your joint return by mail or with an amended return, write \u201cInjured Spouse\u201d "
        "in the top left corner of the first page of the joint return.' That a form filed with the original "
        "return does not carry over to the amended one is our reading (a tax software help page, TaxSlayer, "
        "says to file another Form 8379 with the amended return)."
    ),
)

REFUND_NAMES = Rule(
    id="form-8379-refund-names",
    label=(
        "Whose names the injured spouse's refund is issued in could not be confirmed in current official "
        "text. Form 8379 asks (Part II) whether the refund should go to an address other than the one on "
        "the joint return."
    ),
    cite=F8379,
    also=(IRM_25_18_5,),
    effective=date(2007, 12, 1),
    verified=SEEN,
    status=unconfirmed("Form 8379 (Rev. Jan. 2006) line 5, in a copy; no current text on whose names the refund is issued in", SEEN),
    note=(
        "Not confirmed. Form 8379 (Rev. Jan. 2006), line 5, let a divorced or separated injured spouse ask "
        "for the refund in his or her name only (FACTS.md F.7); later revisions were not read on this point. "
        "An IRM 21.4.6 excerpt in a secondary copy speaks of injured spouse refunds 'issued in both names' "
        "in some cases. The instructions' Part II line on a different mailing address was seen only in "
        "secondary text. The checker says this is unconfirmed and suggests asking the IRS."
    ),
)

TOP_CALL_CENTER = Rule(
    id="offset-top-call-center",
    label=(
        "If no offset notice arrived, the Bureau of the Fiscal Service's Treasury Offset Program call "
        "center (800-304-3107) gives the name, address and phone number of the agency that took the "
        "refund; dispute the debt itself with that agency, not with the IRS."
    ),
    cite=Cite("Bureau of the Fiscal Service, Treasury Offset Program: FAQs on federal withholdings and offsets", "https://fiscal.treasury.gov/top/faqs-federal-withholdings-and-offsets.html"),
    also=(TOPIC_203,),
    effective=date(2012, 10, 7),
    verified=SEEN,
    status=seen("Bureau of the Fiscal Service, Treasury Offset Program FAQ (copy of fiscal.treasury.gov); Tax Topic 203 copies for the TTY number", SEEN),
    unit="table",
    value={"phone": "800-304-3107", "tty": "800-877-8339"},
    note=(
        "Seen 2026-11-29: the Fiscal Service FAQ page (a copy of fiscal.treasury.gov/top/...): 'Individuals "
        "may call the TOP Interactive Voice Response (IVR) at 800-304-3107 to determine the contact "
        "information for the agency or state they owe'; 'Contact the federal or state agency collecting the "
        "debt, which is listed in the notice you received.' Tax Topic 203 as reproduced: 'If you don't "
        "receive a notice, contact the BFS's TOP call center at 800-304-3107 (or TTY/TDD 800-877-8339), "
        "Monday through Friday 7:30 a.m. to 5 p.m. CST'; an older copy gave TDD 866-297-0517. Hours not "
        "formalised."
    ),
)

PART_III = Rule(
    id="form-8379-part-3",
    label=(
        "Form 8379 Part III, 'Allocation Between Spouses of Items on the Joint Return', has three columns: "
        "(a) the amount shown on the joint return, (b) the amount allocated to the injured spouse and (c) the "
        "amount allocated to the other spouse; column (a) must equal (b) plus (c). Wages and withholding go "
        "to the spouse who earned them, each adjustment to the spouse who would have claimed it on a "
        "separate return, and joint income as the spouses decide."
    ),
    cite=F8379,
    also=(I8379,),
    effective=date(2023, 11, 1),
    verified=SEEN,
    status=secondary("Columns and lines 13a-15, 18-20: IRS e-file rendering of Form 8379 (Rev. Dec. 2012); lines 16-17 of Rev. Nov. 2023 from a third-party transcription", SEEN),
    unit="list",
    value=(
        ("13a", "Income reported on Form(s) W-2"),
        ("13b", "All other income"),
        ("14", "Adjustments to income"),
        ("15", "Standard deduction or itemized deductions"),
        ("16", "Nonrefundable credits"),
        ("17", "Refundable credits (do not include any earned income credit)"),
        ("18", "Other taxes"),
        ("19", "Federal income tax withheld"),
        ("20", "Payments"),
    ),
    note=(
        "The column headings and lines 13a-15 and 18-20 were seen in the IRS e-file rendering of Form 8379 "
        "(Rev. Dec. 2012) in a public repository. Lines 16 and 17 as listed here are from a third-party "
        "transcription of Form 8379 (Rev. Nov. 2023) seen 2026-11-29 (the 2012 revision had 16 'Number of "
        "exemptions' and 17 'Credits (do not include any earned income credit)'); the current PDF was not "
        "read, so the sheet says the line numbers must be checked against the form. The allocation rules are "
        "from the instructions (Rev. Nov. 2016 and 2010 copies: 'Line 13a... Enter the separate income that "
        "each spouse earned'; 'Allocate joint income... as you determine'; 'Line 14. Allocate each "
        "adjustment to the spouse who would have claimed it if a separate return had been filed')."
    ),
)

EIC_ALLOCATION = Rule(
    id="form-8379-eic",
    label=(
        "The earned income credit is not entered in Part III: the IRS allocates it between the spouses "
        "itself, based on each spouse's income."
    ),
    cite=I8379,
    also=(IRM_25_18_5,),
    effective=date(2016, 11, 1),
    verified=SEEN,
    status=seen("Instructions for Form 8379 (2016 copy of the IRS PDF), line 17", SEEN),
    note=(
        "Form 8379 instructions (2016 copy of the IRS PDF, line 17): 'Do not include any earned income "
        "credit here; the IRS will allocate it based on each spouse's income.' IRM 25.18.5 (Sept. 6, 2023) "
        "has a 'Spouse's Contribution to Earned Income Credit' formula (seen named in the transmittal on "
        "irs.gov; its text was not read). The checker prorates the credit by each spouse's income, a stated "
        "approximation."
    ),
)

ALLOCATION = Rule(
    id="form-8379-allocation",
    label=(
        "The IRS works out the injured spouse's share: it divides the joint tax between the spouses in "
        "proportion to the tax each would owe on a separate return (the injured spouse's separate tax, "
        "divided by both separate taxes, times the joint tax), then gives the injured spouse his or her own "
        "withholding, estimated tax payments and share of refundable credits, less that share of the tax, "
        "up to the amount taken."
    ),
    cite=IRM_25_18_5,
    also=(I8379,),
    effective=date(2011, 3, 4),
    verified=SEEN,
    status=secondary(
        "The formula quoted from IRM 25.18.5 in a secondary copy; the IRM 25.18.5 transmittal (Sept. 6, 2023) on "
        "irs.gov, seen, names the formulas but their text was not read", SEEN),
    note=(
        "The formula 'Injured Spouse's Separate Tax Liability / Total of Spouses' Separate Tax Liabilities x "
        "Joint Tax Liability Shown on Return = Injured Spouse's Share of Tax Liability' is quoted from IRM "
        "25.18.5 in a secondary copy (a tax software community answer, seen 2026-11-29); the irs.gov "
        "transmittal of IRM 25.18.5 (Sept. 6, 2023), seen, names the 'Injured Spouse's Share of Tax "
        "Liability formula', the 'Spouse's Share of Payments formula' and the 'Spouse's Contribution to "
        "Earned Income Credit formula', but their text and the IRM's own worked examples (25.18.5, 'Injured "
        "Spouse Examples') were not read. The instructions use the same separate-tax ratio to split joint "
        "estimated tax payments when the spouses do not agree (line 20, 2016 copy). Not formalised: each "
        "spouse's separate tax. The checker's estimate divides the joint tax by each spouse's income less "
        "adjustments instead, which equals the IRS's split when one spouse had all the income and otherwise "
        "is only an approximation (progressive rates usually put a larger part of the tax on the higher "
        "earner); the estimate says so."
    ),
)

RULES = (
    PART_I,
    COMMUNITY_PROPERTY,
    JOINT_FEDERAL_TAX,
    OFFSET_AUTHORITY,
    OFFSET_ORDER,
    NOTICE_SENDER,
    PROCESSING,
    EACH_YEAR,
    FILED_ALONE,
    AMENDED_RETURN,
    REFUND_NAMES,
    TOP_CALL_CENTER,
    PART_III,
    EIC_ALLOCATION,
    ALLOCATION,
)

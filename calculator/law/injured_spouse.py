"""Injured spouse claims (Form 8379): who may file, which debts trigger offsets, and timing.

An injured spouse asks for his or her share of a joint overpayment that was (or will be)
applied to the other spouse's separate past-due debt.  This is not innocent spouse relief:
for relief from a joint tax liability the form is 8857.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, secondary, seen, unconfirmed
from .sources import irc, irs, usc

CHECKED = date(2026, 11, 27)

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
        "The IRS must apply an overpayment to the taxpayer's past-due federal tax (§ 6402(a)), "
        "past-due child or spousal support (§ 6402(c)), debts owed to federal agencies "
        "(§ 6402(d), with 31 U.S.C. § 3720A), state income tax debts (§ 6402(e)) and state "
        "unemployment compensation debts (§ 6402(f))."
    ),
    cite=irc("6402"),
    also=(usc(31, "3720A"),),
    effective=date(2010, 11, 30),
    verified=CHECKED,
    status=secondary("IRC § 6402(a), (c), (d), (e) as quoted in IRM 21.4.6.2; (f) from the U.S. Code amendment notes (our fact base F.3)", CHECKED),
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
        "Subsections (a), (c), (d), (e) checked against the IRM 21.4.6.2 quotation and (f) "
        "against the amendment notes (FACTS.md F.3). Disputes about a non-tax debt go to the "
        "agency that certified it ([from memory], § 6402(g)); not formalised."
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
    also=(irc("6402", "(e)(3)"), irc("6402", "(f)(3)")),
    effective=date(2008, 10, 1),
    verified=CHECKED,
    status=unconfirmed("Pub. L. 110-328 § 3 (122 Stat. 3570, 2008), seen on 2026-11-29 in the Statutes at Large (wikisource): unemployment debts come after offsets under subsections (a), (c) and (d). The sentence applying state income tax and unemployment debts 'in the order in which such debts accrued' and the current numbering of the priority paragraphs ((e)(3), (f)(3)) were not read in the current Code; 31 C.F.R. § 285.8 (in a copy) cites the unemployment definition as § 6402(f)(4), which fits the current numbering", date(2026, 11, 29)),
    unit="list",
    value=("federal_tax", "child_support", "federal_nontax", ("state_tax", "unemployment")),
    note=(
        "The hierarchy is checked against HHS/OCSE FPLS Release 08-02 as quoted in FACTS.md F.4 "
        "(secondary to the statute). The last entry is a group: state income tax and unemployment "
        "debts are applied among themselves by the date each accrued (legal audit item 12). The "
        "2008 act enacted the unemployment priorities as § 6402(f)(2); the 2010 Claims Resolution "
        "Act rewrote subsection (f), and the current paragraph numbers are not confirmed. Shown for "
        "information only."
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
    status=seen("Instructions for Form 8379 (Rev. Nov. 2020), quoted in our fact base F.3", CHECKED),
    unit="table",
    value={
        "federal_tax": "IRS",
        "state_tax": "Bureau of the Fiscal Service",
        "unemployment": "Bureau of the Fiscal Service",
        "child_support": "Bureau of the Fiscal Service",
        "spousal_support": "Bureau of the Fiscal Service",
        "federal_nontax": "Bureau of the Fiscal Service",
    },
    note="Checked against the Form 8379 instructions (Rev. Nov. 2020) as quoted in FACTS.md F.3.",
)

PROCESSING = Rule(
    id="form-8379-processing",
    label="Typical processing time for Form 8379, in weeks, by how it is filed",
    cite=I8379,
    effective=date(2016, 11, 1),
    verified=CHECKED,
    status=secondary("Practitioner pages and a quotation of Pub. 504 (our fact base F.6)", CHECKED),
    unit="table",
    value={"with_paper_return": 14, "with_e_filed_return": 11, "filed_alone": 8},
    note=(
        "verified-secondary only (FACTS.md F.6: practitioner pages and a quotation of Pub. 504); "
        "not confirmed against the current instructions. Shown as a rough guide, never as a deadline."
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
    status=seen("Instructions for Form 8379 (Rev. Nov. 2016), quoted in our fact base F.5", CHECKED),
    note="Checked against the Form 8379 instructions (Rev. Nov. 2016) as quoted in FACTS.md F.5.",
)

ALLOCATION = Rule(
    id="form-8379-allocation",
    label=(
        "The IRS works out the injured spouse's share on its allocation worksheet: each spouse's "
        "items as if separate returns were filed, the joint tax prorated between them, and the "
        "injured spouse's own withholding, payments and refundable credits less his or her share "
        "of the tax, up to the amount offset."
    ),
    cite=I8379,
    effective=date(2016, 11, 1),
    verified=CHECKED,
    status=unconfirmed("The allocation worksheet in an excerpt of IRM 21.4.6 (secondary); the method is from our fact base F.7 [from memory]", CHECKED),
    note=(
        "The use of an allocation worksheet is verified-secondary (IRM 21.4.6 excerpt); the "
        "method is [from memory] (FACTS.md F.7). The checker's estimate is a stated "
        "simplification: it prorates the joint tax by each spouse's share of income rather than "
        "by separately computed taxes, and the IRS's figure governs."
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
    ALLOCATION,
)

"""Relief from joint and several liability: IRC § 6015(b), (c), (f) and § 66(c), as data.

Each rule names the text it rests on.  ``note`` says what is not formalised or what could
not be confirmed against official text on the date in ``verified``.  Sources seen on
2026-11-27 are named in the notes ("Checked: ..."); where a rule rests only on a quotation
in FACTS.md that was itself checked against the source, the note says so.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, secondary, seen, unconfirmed
from .sources import USC_COPY, irc, irs, reg

CHECKED = date(2026, 11, 27)
SEEN = date(2026, 11, 29)  # official text read again for the 2026-11-29 audit fixes
RRA98 = date(1998, 7, 22)  # IRC § 6015 added by the IRS Restructuring and Reform Act of 1998


def _rp(pinpoint: str) -> Cite:
    return irs(f"Rev. Proc. 2013-34 {pinpoint}, 2013-43 I.R.B. 397", "irb/2013-43_IRB")


P971 = irs("IRS Publication 971, Innocent Spouse Relief", "publications/p971")
I8857 = irs("Instructions for Form 8857", "instructions/i8857")

# --- IRC § 6015: scope and bars common to (b), (c) and (f) -------------------------------

ELECTION = Rule(
    id="irc-6015-a",
    label=(
        "A spouse who made a joint return may ask to be relieved of joint and several liability "
        "under § 6015(b), (c) or (f); every determination is made without regard to community "
        "property laws."
    ),
    cite=irc("6015", "(a)"),
    also=(reg("1.6015-1", "(f)"),),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(f)(1), 2015 annual CFR edition (legal audit item 22)", CHECKED),
    note="Checked against the § 6015(a) flush language and Treas. Reg. § 1.6015-1(f)(1) as quoted in FACTS.md B.5.",
)

JOINT_RETURN = Rule(
    id="irc-6015-joint-return",
    label="Relief under § 6015 is only for a year in which a joint return was made.",
    cite=irc("6015", "(b)(1)(A)"),
    also=(reg("1.6015-1", "(a)"), I8857),
    effective=RRA98,
    verified=SEEN,
    status=seen(f"IRC § 6015(b)(1)(A) in {USC_COPY}, read 2026-11-29: 'a joint return has been made for a taxable year' (seen first on irc.bloombergtax.com)", SEEN),
    note="Checked against the words of § 6015(b)(1)(A) quoted in the status.",
)

INCOME_TAX_ONLY = Rule(
    id="reg-1.6015-1-a-3",
    label=(
        "Relief reaches only income tax (Subtitle A), not other taxes reported on the joint "
        "return, such as household employment taxes under § 3510."
    ),
    cite=reg("1.6015-1", "(a)(3)"),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(a)(3), 2015 annual CFR edition (legal audit item 20)", CHECKED),
    note="Checked against the regulation text quoted in FACTS.md A.1. The facts format has no field for the kind of tax, so this is stated, not tested.",
)

ONE_REQUEST = Rule(
    id="reg-1.6015-1-a-2",
    label=(
        "One request covers every kind of relief: the IRS considers innocent spouse relief and "
        "separation of liability first, and equitable relief only for what they do not relieve."
    ),
    cite=reg("1.6015-1", "(a)(2)"),
    also=(I8857,),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(a)(2), 2015 annual CFR edition (legal audit items 16(c) and 23)", CHECKED),
    note="Checked by the legal audit in the 2015 CFR. Not formalised: the checker screens every path at once.",
)

CLOSING_AGREEMENT_OIC = Rule(
    id="reg-1.6015-1-c",
    label=(
        "No § 6015 relief for a liability disposed of by a closing agreement the requesting "
        "spouse signed, nor for any liability of a year for which the requesting spouse entered "
        "into an accepted offer in compromise."
    ),
    cite=reg("1.6015-1", "(c)(1)"),
    also=(irc("7121"), irc("7122"), I8857),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(c)(1), 2015 annual CFR edition (legal audit item 17)", CHECKED),
    note=(
        "Checked against § 1.6015-1(c)(1) as quoted in FACTS.md E.7. Not formalised: the "
        "exception for agreements about TEFRA partnership proceedings (§ 1.6015-1(c)(2))."
    ),
)

FRAUD_SCHEME = Rule(
    id="reg-1.6015-1-d",
    label=(
        "If the IRS shows that the spouses moved assets between them as part of a fraudulent "
        "scheme, no relief under § 6015 is available."
    ),
    cite=reg("1.6015-1", "(d)"),
    also=(irc("6015", "(c)(3)(A)(ii)"),),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(d), 2015 annual CFR edition (legal audit item 18)", CHECKED),
    note="Checked against § 1.6015-1(d) as quoted in FACTS.md A.1 (the scheme may be aimed at the IRS or at third parties).",
)

RES_JUDICATA = Rule(
    id="reg-1.6015-1-e",
    label=(
        "A final court decision on the year bars later § 6015 relief if relief was at issue in "
        "that case, or if the requesting spouse took part meaningfully and could have raised it."
    ),
    cite=reg("1.6015-1", "(e)"),
    also=(irc("6015", "(g)(2)"),),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(e), 2015 annual CFR edition (legal audit item 19)", CHECKED),
    note="Checked against § 1.6015-1(e) as quoted in FACTS.md E.6.",
)

DURESS = Rule(
    id="reg-1.6013-4-d",
    label=(
        "A return signed under duress is not a joint return of the spouse who was coerced; "
        "that spouse is not jointly liable on it at all."
    ),
    cite=reg("1.6013-4", "(d)"),
    also=(reg("1.6015-1", "(b)"),),
    effective=date(1960, 1, 1),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-1(b), 2015 annual CFR edition, which sends duress to § 1.6013-4(d) (legal audit item 21)", CHECKED),
    note="Not formalised: the facts format has no duress field. Stated so that a spouse who signed under threat knows the route exists.",
)

UNDERSTATEMENT_ONLY = Rule(
    id="irc-6015-bc-understatement-only",
    label=(
        "Relief under § 6015(b) and (c) covers understatements and deficiencies only; tax "
        "correctly shown on the return but not paid (an underpayment) can be relieved only "
        "under § 6015(f) or § 66(c)."
    ),
    cite=irc("6015", "(b)(1)(B)"),
    also=(reg("1.6015-3", "(c)(1)"), _rp("§ 1")),
    effective=RRA98,
    verified=CHECKED,
    status=seen("IRC § 6015(b)(1)(B) on irc.bloombergtax.com; Treas. Reg. § 1.6015-3(c)(1), 2015 annual CFR edition (legal audit item 15)", CHECKED),
    note="Checked against § 6015(b)(1)(B) and § 1.6015-3(c)(1) as quoted in FACTS.md A.1 and B.1.",
)

NOT_FOR_SEPARATE_DEBTS = Rule(
    id="irc-6015-not-for-separate-debts",
    label=(
        "Relief under § 6015 is relief from a joint federal income tax liability. A joint refund "
        "applied to a debt that is not joint federal income tax (one spouse's own past-due federal "
        "tax, state income tax, state unemployment compensation, child or spousal support, or a "
        "federal non-tax debt such as a student loan) leaves no joint tax to relieve; the spouse who "
        "does not owe that debt asks for his or her share of the refund as an injured spouse, on "
        "Form 8379, which Form 8857 cannot do."
    ),
    cite=irs("Instructions for Form 8857, Part I, lines 1 and 2", "instructions/i8857"),
    also=(irc("6015", "(a)"), P971),
    effective=RRA98,
    verified=CHECKED,
    status=seen("The irs.gov HTML Instructions for Form 8857, Part I lines 1 and 2", CHECKED),
    note=(
        "Checked: the irs.gov HTML copy of the Form 8857 instructions (line 1: injured spouse relief "
        "'is different from innocent spouse relief and you cannot request it by filing Form 8857'; "
        "line 2: a joint refund offset to the other spouse's past-due federal tax, state income tax, "
        "state unemployment compensation, support or federal non-tax debt is a Form 8379 matter), "
        "Form 8857 (Rev. June 2021) Part I line 2 as reproduced, and Pub. 971's note that it does "
        "not cover injured spouse claims. Where a joint refund paid a joint federal tax debt, the "
        "debt itself may be relieved under § 6015 for the year it arose (Form 8857 asks for that "
        "year, not the refund year); the checker then asks what kind of liability it was."
    ),
)

REFUNDS = Rule(
    id="irc-6015-g",
    label=(
        "A credit or refund may follow from relief under § 6015(b) or (f), within the limits of "
        "§ 6511; none is allowed under § 6015(c)."
    ),
    cite=irc("6015", "(g)"),
    also=(reg("1.6015-3", "(c)(1)"), reg("1.6015-4", "(b)")),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Treas. Reg. §§ 1.6015-3(c)(1) and 1.6015-4(b), 2015 annual CFR edition (legal audit item 15); the wording of § 6015(g) itself was not read", CHECKED),
    note=(
        "The no-refund rule for (c) is checked against § 1.6015-3(c)(1) and § 1.6015-4(b) as "
        "quoted in FACTS.md A.6; the wording of § 6015(g)(1) was not read."
    ),
)

PAID_BY_JULY_1998 = Rule(
    id="rra98-3201-g-1",
    label=(
        "§ 6015, and the equitable relief sentence added to § 66(c), apply to any liability for tax "
        "arising after July 22, 1998, and to any liability arising on or before that date but "
        "remaining unpaid on it; a liability fully paid by July 22, 1998 gets no relief under them."
    ),
    cite=Cite(
        "Pub. L. 105-206, § 3201(g)(1), 112 Stat. 740 (July 22, 1998)",
        "https://www.govinfo.gov/app/details/STATUTE-112/STATUTE-112-Pg685",
    ),
    also=(reg("1.66-4", "(c)"),),
    effective=RRA98,
    verified=SEEN,
    status=secondary(
        "the U.S. Code note under 26 U.S.C. § 66 (a public reprint of the LII page): amendment by Pub. L. "
        "105-206 'applicable to any liability for tax arising after July 22, 1998, and any liability for tax "
        "arising on or before such date but remaining unpaid as of such date, see section 3201(g)(1)'; and "
        "Treas. Reg. § 1.66-4(c), 2015 CFR: 'Equitable relief is available only for the portion of "
        "liabilities that were unpaid as of July 22, 1998, and for liabilities that arise after July 22, 1998.' "
        "The Statutes at Large page itself was not read",
        SEEN,
    ),
    unit="table",
    value={"paid_by": RRA98},
    note=(
        "Encoded: a tax year before 1998 whose tax was fully paid on or before the date above gets no "
        "§ 6015 relief (and no equitable § 66(c) relief). Not formalised: a liability paid only in part by "
        "then, which stays open for the part unpaid; the checker does not split amounts."
    ),
)

# --- § 6015(b): innocent spouse relief ------------------------------------------------------

INNOCENT_SPOUSE = Rule(
    id="irc-6015-b",
    label=(
        "Innocent spouse relief: a joint return; an understatement from erroneous items of the "
        "other spouse; when signing, the requesting spouse did not know and had no reason to know "
        "of it; it is inequitable to hold the requesting spouse liable; and the election is made "
        "within two years after collection activity against the requesting spouse began."
    ),
    cite=irc("6015", "(b)(1)"),
    also=(reg("1.6015-2", "(a)"), P971),
    effective=RRA98,
    verified=SEEN,
    status=seen(f"IRC § 6015(b)(1)(A)-(E) in {USC_COPY}, read 2026-11-29, including (E): 'not later than the date which is 2 years after the date the Secretary has begun collection activities with respect to the individual making the election' (seen first on irc.bloombergtax.com)", SEEN),
    note=(
        "Checked against § 6015(b)(1)(A)-(E) as named in the status. The timing "
        "(subparagraph (E)) is computed by calculator.deadlines.bc_election_window."
    ),
)

REASON_TO_KNOW = Rule(
    id="reg-1.6015-2-c",
    label=(
        "A requesting spouse had reason to know of an understatement if a reasonable person in "
        "similar circumstances would have known of it, weighing the item's nature and size, the "
        "couple's finances, the spouse's education and business experience, involvement in the "
        "activity, failure to ask about items a reasonable person would question, and any "
        "departure from earlier years' returns."
    ),
    cite=reg("1.6015-2", "(c)"),
    effective=date(2002, 7, 18),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.6015-2(c), 2015 annual CFR edition (18F/allregs copy), read 2026-11-29: 'if a reasonable person in similar circumstances would have known of the understatement', then the facts and circumstances it lists", SEEN),
    note=(
        "Not formalised: the reasonable-person weighing. The checker takes the user's own answer: "
        "'reason_to_know' (of the whole understatement) means § 6015(b)(1)(C) is not met, as the statute "
        "requires that the spouse 'did not know, and had no reason to know'; 'unsure' leaves the weighing "
        "to the IRS ('May qualify'); reason to know of part only is the 'partial' answer (§ 1.6015-2(e))."
    ),
)

SIGNIFICANT_BENEFIT = Rule(
    id="reg-1.6015-2-d",
    label=(
        "Whether it is inequitable to hold the requesting spouse liable turns on all the facts, "
        "chiefly whether he or she significantly benefited (beyond normal support) from the "
        "understatement, and whether he or she was later deserted, divorced or separated."
    ),
    cite=reg("1.6015-2", "(d)"),
    also=(P971,),
    effective=date(2002, 7, 18),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.6015-2(d), 2015 annual CFR edition (18F/allregs copy), read 2026-11-29: 'A significant benefit is any benefit in excess of normal support', with desertion, divorce or separation as other factors", SEEN),
    note=(
        "Checked against § 1.6015-2(d) as quoted in the status. Not formalised: the weighing "
        "itself. The checker treats 'no significant benefit and no longer married' as pointing "
        "toward inequity and anything else as a judgment for the IRS."
    ),
)

PARTIAL_RELIEF = Rule(
    id="reg-1.6015-2-e",
    label=(
        "Partial (apportioned) relief: a spouse who knew, or had reason to know, of only part of "
        "an understatement may be relieved of the tax on the part he or she did not know and had "
        "no reason to know of."
    ),
    cite=reg("1.6015-2", "(e)"),
    also=(irc("6015", "(b)(2)"),),
    effective=date(2002, 7, 18),
    verified=SEEN,
    status=seen(f"Treas. Reg. § 1.6015-2(e)(1), 2015 annual CFR edition (18F/allregs copy), read 2026-11-29: 'may be relieved of the liability attributable to that portion of that item'; and IRC § 6015(b)(2) in {USC_COPY}, read the same day: relief 'to the extent that such liability is attributable to the portion of such understatement of which such individual did not know and had no reason to know'", SEEN),
    note=(
        "Checked against § 1.6015-2(e)(1) and § 6015(b)(2) as quoted in the status. The checker "
        "cannot size the portion: it says relief may be partial."
    ),
)

# --- § 6015(c): separation of liability -----------------------------------------------------

#: The household period of § 6015(c)(3)(A)(i)(II), in months: typed here once, as the value of irc-6015-c.
_APART_MONTHS = 12

SEPARATION = Rule(
    id="irc-6015-c",
    label=(
        "Separation of liability: a requesting spouse who, when electing, is divorced, widowed "
        "or legally separated, or was not a member of the same household as the other spouse at "
        f"any time in the {_APART_MONTHS} months ending on the election date, may limit liability for a "
        "deficiency to the portion allocable to him or her."
    ),
    cite=irc("6015", "(c)(3)(A)(i)"),
    also=(reg("1.6015-3", "(a)"), reg("1.6015-3", "(b)")),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-3(a)-(b), 2015 annual CFR edition (legal audit items 10-11)", CHECKED),
    unit="months",
    value=_APART_MONTHS,
    note=(
        "The value is the household period: not a member of the same household at any time in "
        "this many months ending on the election date (§ 6015(c)(3)(A)(i)(II)). "
        "Checked: the statute's eligibility test as restated in Hopkins v. Commissioner, 121 "
        "T.C. 73 (2003); widowhood and the election-date test from § 1.6015-3(a)-(b) as quoted in "
        "FACTS.md B.1. Conservative reading: the period must end on the day the request is "
        "made, counting the day the spouses began to live apart as the first day apart."
    ),
)

SAME_HOUSEHOLD = Rule(
    id="reg-1.6015-3-b-3",
    label=(
        "Spouses in one dwelling are members of the same household; spouses living apart are too "
        "unless they are estranged, and a temporary absence (illness, business, military service, "
        "education, incarceration, vacation) does not end membership."
    ),
    cite=reg("1.6015-3", "(b)(3)"),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-3(b)(3), 2015 annual CFR edition (legal audit item 12)", CHECKED),
    note="Not formalised: estrangement and temporary absence. The checker takes `apart_since` as the day the user stopped being a member of the same household in this sense.",
)

ACTUAL_KNOWLEDGE = Rule(
    id="irc-6015-c-actual-knowledge",
    label=(
        "An election under § 6015(c) is invalid for any item the IRS shows, by a preponderance "
        "of the evidence, that the requesting spouse actually knew of when signing; reason to "
        "know is not enough, and knowing part of an item bars relief only for that part."
    ),
    cite=irc("6015", "(c)(3)(C)"),
    also=(reg("1.6015-3", "(c)(2)"),),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-3(c)(2)(i)-(iii), 2015 annual CFR edition (legal audit item 13)", CHECKED),
    note="Checked against § 1.6015-3(c)(2)(i)-(iii) as quoted in FACTS.md B.2; the statute's wording of (c)(3)(C) was not read.",
)

ABUSE_EXCEPTION = Rule(
    id="reg-1.6015-3-c-2-v",
    label=(
        "The actual-knowledge bar does not apply if the requesting spouse was abused before the "
        "return was signed and, because of that abuse, did not challenge the items for fear of "
        "the other spouse's retaliation."
    ),
    cite=reg("1.6015-3", "(c)(2)(v)"),
    effective=date(2002, 7, 18),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-3(c)(2)(v), 2015 annual CFR edition (legal audit item 14)", CHECKED),
    note="Checked against § 1.6015-3(c)(2)(v) as quoted in FACTS.md B.2. Whether the abuse caused the silence is for the IRS to decide, so the checker says 'may'.",
)

DISQUALIFIED_ASSETS = Rule(
    id="irc-6015-c-disqualified-assets",
    label=(
        "The portion allocated to the requesting spouse grows, up to the whole deficiency, by the "
        "value of any disqualified asset: property the other spouse transferred to him or her "
        "mainly to avoid tax; transfers in this many months before the mailing date of the first "
        "letter of proposed deficiency, or after it, are presumed disqualified unless made under a "
        "decree of divorce or separate maintenance or a written instrument incident to such a decree."
    ),
    cite=irc("6015", "(c)(4)"),
    also=(reg("1.6015-3", "(c)(3)(iii)"),),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.6015-3(c)(3), 2015 annual CFR edition (legal audit items 15-16)", CHECKED),
    unit="months",
    value=12,
    note=(
        "The value is the presumption period of § 1.6015-3(c)(3)(iii): 'during the 12-month period before "
        "the mailing date of the first letter of proposed deficiency' (legal audit #15). Not formalised: "
        "the checker has no facts to value transfers, so it only warns."
    ),
)

# --- § 6015(f) and Rev. Proc. 2013-34 -------------------------------------------------------

EQUITABLE = Rule(
    id="irc-6015-f",
    label=(
        "Equitable relief: where relief is not available under § 6015(b) or (c), the IRS may "
        "relieve a requesting spouse of an unpaid tax or a deficiency if, on all the facts, it "
        "would be inequitable to hold him or her liable; it reaches underpayments as well as "
        "understatements."
    ),
    cite=irc("6015", "(f)(1)"),
    also=(reg("1.6015-4", "(a)"), _rp("§ 1.01")),
    effective=RRA98,
    verified=CHECKED,
    status=seen("Rev. Proc. 2013-34 § 1.01 in a public copy (legal audit item 55); Treas. Reg. § 1.6015-4(a), 2015 annual CFR edition", CHECKED),
    note="Checked: Rev. Proc. 2013-34 § 1.01 (purpose: equitable relief under § 66(c) and § 6015(f)) in a public copy of the revenue procedure; § 1.6015-4(a) as quoted in FACTS.md C.1.",
)

EQUITABLE_TIMING = Rule(
    id="irc-6015-f-2",
    label=(
        "A request for equitable relief is timely for an unpaid liability until the collection "
        "period of § 6502 ends, and for a refund within the period of § 6511; the two-year rule "
        "of the 2002 regulation does not apply to § 6015(f)."
    ),
    cite=irc("6015", "(f)(2)"),
    also=(_rp("§ 4.01(3)"), irs("Notice 2011-70", "irb/2011-32_IRB")),
    effective=date(2019, 7, 1),
    verified=CHECKED,
    status=secondary("The U.S. Code amendment notes for the Taxpayer First Act § 1203, Procedurally Taxing and Tax Notes (legal audit item 8); the statute's text was not read", CHECKED),
    note=(
        "Not seen in official statute text: the Taxpayer First Act § 1203(a)(2) amendment of "
        "§ 6015(f) is confirmed by the U.S. Code amendment notes, and its substance by Notice "
        "2011-70 as quoted in Chief Counsel Notice CC-2011-017 and a Thomson Reuters summary "
        "(FACTS.md C.6, verified-secondary). Encoded as: unpaid tax -> the collection statute "
        "expiration date; refund -> the § 6511 window (calculator.deadlines.collection_statute "
        "and refund_window). Effective for requests filed or pending on or after July 1, 2019."
    ),
)

RP_THRESHOLDS = Rule(
    id="rp-2013-34-4.01",
    label=(
        "Threshold conditions for equitable relief: a joint return; relief not available under "
        "§ 6015(b) or (c); a timely request; no fraudulent transfer of assets between the "
        "spouses; no disqualified assets transferred to the requesting spouse (else relief only "
        "beyond their value); the requesting spouse did not knowingly take part in filing a "
        "fraudulent return; and the liability is attributable, at least in part, to the other "
        "spouse's item or unpaid tax."
    ),
    cite=_rp("§ 4.01"),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=secondary("The text of Rev. Proc. 2013-34 § 4.01 was not seen. Seen instead: carakerlawfirm.com's summary of Minton v. Commissioner, T.C. Memo. 2018-15, for the five attribution exceptions (legal audit item 56); rogermauricecpa.com's list of the threshold conditions; and, on 2026-11-29, the predecessor list of Rev. Proc. 2003-61 § 4.01 as quoted by the Tax Court (Gilmer v. Commissioner, T.C. Summ. Op. 2007, on law.onecle.com)", SEEN),
    unit="list",
    value=(
        "joint_return",
        "not_available_under_b_or_c",
        "timely",
        "no_fraudulent_transfer",
        "no_disqualified_assets",
        "no_fraudulent_return",
        "attributable_to_other_spouse",
    ),
    note=(
        "NOT confirmed against the text of § 4.01 itself: the list follows FACTS.md C.2 and the "
        "verified seven-condition structure of Rev. Proc. 2000-15 § 4.01 (quoted in George v. "
        "Commissioner, T.C. Memo. 2004-261), with the timeliness condition updated to § 6015(f)(2). "
        "Effective for requests filed or pending on or after Sept. 16, 2013 (checked, The Tax Adviser, Nov. 2014)."
    ),
)

RP_ATTRIBUTION_EXCEPTIONS = Rule(
    id="rp-2013-34-4.01-7",
    label=(
        "The attribution condition is excused where the item is the requesting spouse's only "
        "because of community property law, where his or her ownership is only nominal, where "
        "the other spouse misappropriated money meant for the tax, where abuse before the return "
        "was filed kept the requesting spouse from challenging it or from asking whether the tax "
        "was paid, or where the other spouse's fraud caused the erroneous item."
    ),
    cite=_rp("§ 4.01(7)"),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=secondary("A law firm's summary of Minton v. Commissioner, T.C. Memo. 2018-15 (legal audit item 56)", CHECKED),
    unit="list",
    value=("community_property_law", "nominal_ownership", "misappropriation", "abuse", "fraud_by_other_spouse"),
    note=(
        "The five exceptions are verified-secondary (FACTS.md C.2, a law firm's summary of "
        "Minton v. Commissioner, T.C. Memo. 2018-15). Only the abuse exception can be read from "
        "the facts format; the others are named in the reasons so the user can raise them."
    ),
)

RP_STREAMLINED = Rule(
    id="rp-2013-34-4.02",
    label=(
        "Streamlined determination: once the threshold conditions are met, the IRS will "
        "ordinarily grant equitable relief if the requesting spouse is no longer married to the "
        "other spouse, would suffer economic hardship without relief, and did not know or have "
        "reason to know of the understatement (or, for an underpayment, that the other spouse "
        "would not or could not pay); abuse or the other spouse's control of the finances can "
        "take the place of the knowledge element."
    ),
    cite=_rp("§ 4.02"),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=unconfirmed("The three elements in secondary copies (legal audit item 57); the definition of 'no longer married' in § 4.03(2)(a), which the checker applies, was not read (legal audit item 11)", CHECKED),
    note=(
        "The three elements are verified-secondary (FACTS.md C.3). NOT confirmed: the full "
        "definition of 'no longer married' in § 4.03(2)(a); the checker uses the § 6015(c) test "
        "(divorced, widowed, legally separated, or not in the same household for the period the "
        "§ 6015(c) rule holds, ending on the request date), the earlier of the possible reference "
        "dates. No second copy of that period is kept here."
    ),
)

RP_FACTORS = Rule(
    id="rp-2013-34-4.03",
    label=(
        "When the streamlined determination is not available, the IRS weighs, with no single "
        "factor deciding: marital status; economic hardship; knowledge or reason to know (abuse "
        "or financial control can outweigh it); a legal obligation to pay under a divorce decree "
        "or agreement; significant benefit; later compliance with the tax laws; and mental or "
        "physical health."
    ),
    cite=_rp("§ 4.03(2)"),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=unconfirmed("The factor list of Rev. Proc. 2013-34 § 4.03(2) was not seen in any copy: it was written from memory. Seen: the older list of Rev. Proc. 2003-61 as quoted in Packer v. Commissioner (T.C. Summ. Op., on law.onecle.com), and Hale v. Commissioner, T.C. Memo. 2018-93 (on ecases.us), which applies § 4.03(2)(b)", CHECKED),
    note=(
        "The factor list is from FACTS.md C.4 [from memory for Rev. Proc. 2013-34; the 2003-61 "
        "list is verified-secondary]. Not formalised: the weighing. The checker reports "
        "'May qualify' and lists the factors the facts touch."
    ),
)

RP_HARDSHIP = Rule(
    id="rp-2013-34-hardship-250",
    label=(
        "Economic hardship favours relief if the requesting spouse's income is below 250% of the "
        "HHS poverty guideline for his or her household size, unless he or she has assets from "
        "which the tax could be paid while still meeting reasonable basic living expenses. "
        "Without hardship the IRS treats the factor as neutral; the Tax Court has at times weighed "
        "it against relief."
    ),
    cite=_rp("§ 4.03(2)(b)"),
    also=(reg("301.6343-1", "(b)(4)"),),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=secondary("A practitioner's close paraphrase of Rev. Proc. 2013-34 § 4.03(2)(b) (legal audit item 57)", CHECKED),
    unit="percent",
    value=250,
    note=(
        "The 250% sentence and the assets proviso are verified-secondary (a practitioner's "
        "close paraphrase of § 4.03(2)(b); FACTS.md C.5), which compares 'the Requesting Spouse's "
        "income' and 'will consider whether the Requesting Spouse shares expenses or has expenses "
        "paid by another individual (such as a family member, including a current spouse)'. The "
        "checker compares the requesting spouse's own yearly income when given (household.own_annual_income), "
        "else the household's (never lower, so never a hardship the own figure would not show); "
        "expenses paid by others make hardship a judgment for the IRS. Which year's guidelines apply "
        "is not stated: the checker uses the table in effect on the date of the check. Hale v. "
        "Commissioner, T.C. Memo. 2018-93 (Tax Notes copy, seen by the legal audit): the lack of "
        "hardship 'weighs against granting relief notwithstanding Rev. Proc. 2013-34, sec. 4.03(2)(b)'."
    ),
)

RP_HARDSHIP_MARGIN = Rule(
    id="rp-2013-34-hardship-margin",
    label=(
        "If income is at or above 250% of the poverty guideline, economic hardship may still be "
        "found where monthly income exceeds reasonable basic monthly living expenses by no more "
        "than this amount, again unless assets could pay the tax."
    ),
    cite=_rp("§ 4.03(2)(b)"),
    also=(P971,),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=unconfirmed("Searched for the sentence of § 4.03(2)(b) and Pub. 971 and did not find it (again on 2026-11-29, in stored copies of the revenue procedure, Pub. 971 and Tax Court opinions); the figure was written from memory and is in no source seen (legal audit item 25). Seen: innocentwife.com's paraphrase of § 4.03(2)(b) (secondary), which says only that the IRS weighs by how much monthly income exceeds reasonable basic monthly living expenses", SEEN),
    unit="usd",
    value=300,
    note=(
        "NOT confirmed against official text: searched on 2026-11-27 for the exact sentence of "
        "§ 4.03(2)(b) and Pub. 971 and did not find it; the figure is from FACTS.md C.5 [from "
        "memory]. Conservative use: a hardship shown only by this margin never makes the "
        "equitable-relief result stronger than 'May qualify'."
    ),
)

RP_REFUNDS = Rule(
    id="rp-2013-34-4.04",
    label=(
        "Refunds under equitable relief are available for understatements and underpayments, "
        "but only of payments the requesting spouse made from his or her own funds, and only "
        "within the § 6511 period: not joint payments, payments made with the joint return "
        "(withholding and estimated tax count as made with it) or the other spouse's payments; an "
        "offset of the requesting spouse's own later refund counts as his or her payment."
    ),
    cite=_rp("§ 4.04"),
    also=(reg("1.6015-4", "(b)"), irc("6511")),
    effective=date(2013, 9, 16),
    verified=CHECKED,
    status=secondary("The text of Rev. Proc. 2013-34 § 4.04 was not seen. Seen: klasing-associates.com (refunds for understatements and underpayments alike) and Pub. 971 in a 2008 copy (legal audit item 10); which payments qualify was written from memory", CHECKED),
    note=(
        "The general rule is verified-secondary (FACTS.md C.7). Which payments qualify: Pub. 971 "
        "(2008 taxmap copy, read again on 2026-11-29): 'you are not eligible for refunds of payments "
        "made with the joint return, joint payments, or payments that your spouse (or former spouse) "
        "made. For example, withholding tax and estimated tax payments cannot be refunded because they "
        "are considered made with the joint return'; and 'No proof is required if your individual "
        "refund was used by the IRS to pay a tax you owed on a joint tax return for another year.' "
        "The current edition was not seen for these passages. Computed: only payments 'by: me' and "
        "offsets of the user's own refund give a refund side."
    ),
)

# --- § 66: community property ---------------------------------------------------------------

CP_STATES = Rule(
    id="community-property-states",
    label="Community property states for federal tax purposes",
    cite=irs("Form 8379, Injured Spouse Allocation, Part I", "forms-pubs/about-form-8379"),
    also=(irs("IRS Publication 555, Community Property", "publications/p555"), P971),
    effective=date(1980, 12, 24),
    verified=CHECKED,
    status=seen("Form 8379 (Rev. Jan. 2009), Part I line 5, and Pub. 555 (2013 copy) (legal audit item 51)", CHECKED),
    unit="list",
    value=("AZ", "CA", "ID", "LA", "NV", "NM", "TX", "WA", "WI"),
    note=(
        "Checked: Form 8379 (Rev. Jan. 2009) Part I line 5 lists Arizona, California, Idaho, "
        "Louisiana, Nevada, New Mexico, Texas, Washington and Wisconsin. Not formalised: Puerto "
        "Rico and Guam (treated as community property jurisdictions in IRS account procedures, "
        "verified-secondary) and the opt-in systems of Alaska and some other states; for those "
        "the checker says the answer depends on facts it cannot weigh."
    ),
)

CP_TERRITORIES = Rule(
    id="community-property-territories",
    label="Jurisdictions where community property rules may apply but are not on the IRS list of nine states",
    cite=irs("IRM 21.4.6, Refund Offset", "irm/part21/irm_21-004-006"),
    also=(irs("IRS Publication 555, Community Property (the Alaska election)", "publications/p555"),),
    effective=date(1980, 12, 24),
    verified=CHECKED,
    status=secondary("Puerto Rico and Guam in an excerpt of IRM 21.4.6; Pub. 555 (2013 copy) names only the Alaska election, which it does not address (legal audit item 17)", CHECKED),
    unit="list",
    value=("PR", "GU", "AK"),
    note=(
        "Puerto Rico and Guam: verified-secondary (an excerpt of IRM 21.4.6, the injured spouse "
        "procedures). Alaska: Pub. 555 says only that it 'does not address the federal tax treatment of "
        "income or property subject to the \"community property\" election under Alaska state laws'. "
        "Results for these say the IRS decides whether community property law applied."
    ),
)

SECTION_66_C = Rule(
    id="irc-66-c",
    label=(
        "Relief from community property law (traditional): a spouse who did not file a joint "
        "return and did not report an item of community income that § 879(a) treats as the other "
        "spouse's, who shows he or she did not know and had no reason to know of it, and for whom "
        "it would be inequitable to include it, is taxed as if the item were the other spouse's."
    ),
    cite=irc("66", "(c)"),
    also=(reg("1.66-4", "(a)"), P971),
    effective=date(1998, 7, 22),
    verified=CHECKED,
    status=seen("Treas. Reg. § 1.66-4(a)(1), 2015 annual CFR edition (legal audit item 52); IRC § 66(c) as quoted in Bernal v. Commissioner, 120 T.C. 102 (2003)", CHECKED),
    note="Checked: the text of § 66(c)(1)-(4) as quoted in Bernal v. Commissioner, 120 T.C. 102 (2003) and other Tax Court opinions.",
)

SECTION_66_C_EQUITABLE = Rule(
    id="irc-66-c-equitable",
    label=(
        "Equitable relief under the last sentence of § 66(c): where traditional relief is not "
        "available, the IRS may relieve the spouse of an unpaid tax or deficiency if holding him "
        "or her liable would be inequitable; Rev. Proc. 2013-34 governs the request."
    ),
    cite=irc("66", "(c)"),
    also=(reg("1.66-4", "(b)"), _rp("§ 1.01")),
    effective=date(1998, 7, 22),
    verified=CHECKED,
    status=seen("Rev. Proc. 2013-34 § 1.01 in a public copy and the Instructions for Form 8857 (Jan. 2014 copy) (legal audit items 53, 55)", CHECKED),
    note="Checked: the last sentence of § 66(c) as quoted in Bernal v. Commissioner, 120 T.C. 102 (2003); Rev. Proc. 2013-34 § 1.01.",
)

SECTION_66_FRAUD_SCHEME = Rule(
    id="reg-1.66-4-f",
    label=(
        "If the IRS shows that a spouse transferred assets to the other as part of a fraudulent scheme "
        "(against the IRS or another third party, such as a creditor, former spouse or business "
        "partner), no relief under § 66 is available: neither traditional nor equitable."
    ),
    cite=reg("1.66-4", "(f)"),
    effective=date(2003, 7, 10),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.66-4(f), 2015 annual CFR edition (18F/allregs copy)", SEEN),
    note=(
        "Checked on 2026-11-29 against the 2015 annual CFR edition (18F/allregs): 'If the Secretary "
        "establishes that a spouse transferred assets to his or her spouse as part of a fraudulent "
        "scheme, relief is not available under this section. For purposes of this section, a "
        "fraudulent scheme includes a scheme to defraud the Secretary or another third party, such as "
        "a creditor, ex-spouse, or business partner.'"
    ),
)

SECTION_66_AGREEMENTS = Rule(
    id="reg-1.66-4-h",
    label=(
        "No § 66 relief for a year for which the requesting spouse entered into an offer in "
        "compromise, nor for a liability disposed of by a closing agreement the requesting spouse "
        "entered into."
    ),
    cite=reg("1.66-4", "(h)"),
    also=(irc("7121"), irc("7122")),
    effective=date(2003, 7, 10),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.66-4(h), 2015 annual CFR edition (18F/allregs copy)", SEEN),
    note=(
        "Checked on 2026-11-29 against the 2015 annual CFR edition (18F/allregs): 'A requesting spouse "
        "is not entitled to relief ... under section 66 for any taxable year for which the requesting "
        "spouse has entered into a closing agreement (other than an agreement pursuant to section "
        "6224(c) relating to partnership items) with the Secretary that disposes of the same liability "
        "that is the subject of the request for relief. In addition, a requesting spouse is not "
        "entitled to relief ... under section 66 for any taxable year for which the requesting spouse "
        "has entered into an offer in compromise with the Secretary.' Not formalised: the partnership "
        "exception. The facts field offer_in_compromise asks about an accepted offer."
    ),
)

SECTION_66_A_B = Rule(
    id="irc-66-a-b",
    label=(
        "§ 66(a): spouses who lived apart all year, did not file a joint return with each other and "
        "did not transfer earned income between them are each taxed on the earned income from their "
        "own work (by the rules of § 879(a)); § 66(b): the IRS may deny the benefits "
        "of community property law to a spouse who treated community income as his or her own "
        "and did not tell the other spouse."
    ),
    cite=irc("66", "(a)"),
    also=(irc("66", "(b)"),),
    effective=date(1980, 12, 24),
    verified=SEEN,
    status=seen(f"IRC § 66(a) and (b) in {USC_COPY}, read 2026-11-29. (a): spouses who 'live apart at all times during the calendar year', file no joint return with each other and transfer no earned income between them are taxed by the rules of § 879(a), read the same day (earned income other than trade or business income is 'the income of the spouse who rendered the personal services'). (b): the benefits of community property law may be disallowed to a spouse who 'acted as if solely entitled to such income and failed to notify' the other", SEEN),
    note="Not formalised. § 66(b) is a power of the IRS, not a form of relief (Bennett v. Commissioner, T.C. Summ. Op. 2005, checked).",
)

SECTION_66_TIMING = Rule(
    id="reg-1.66-4-j",
    label=(
        "A request for traditional § 66(c) relief must be made no later than 6 months before the "
        "period for assessing the tax of the other (nonrequesting) spouse for the year ends, "
        "including extensions; equitable § 66(c) relief follows the § 6015(f) timing."
    ),
    cite=reg("1.66-4", "(j)(2)(i)"),
    also=(irc("6501", "(a)"), I8857),
    effective=date(2003, 7, 10),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.66-4(j)(2)(i), 2015 annual CFR edition (18F/allregs copy): the period is the one for assessing the other (nonrequesting) spouse", SEEN),
    unit="months",
    value=6,
    note=(
        "Checked on 2026-11-29 against the 2015 annual CFR edition of Treas. Reg. § 1.66-4(j)(2)(i) "
        "(public copy, 18F/allregs, T.D. 9074, 68 FR 41070, July 10, 2003): 'The latest time for "
        "requesting relief under paragraph (a) of this section is 6 months before the expiration of "
        "the period of limitations on assessment, including extensions, against the nonrequesting "
        "spouse for the taxable year that is the subject of the request for relief, unless the "
        "examination of the requesting spouse's return commences during that 6-month period.' "
        "Amendments after 2015 were not seen. Conservative use: the other spouse's assessment period is "
        "taken as the § 6501(a) period from that spouse's filing (a return filed early, or on time, "
        "counted as filed on the due date); with no filing date, the earliest date that could apply "
        "(a return filed on time). Extensions by consent, longer assessment periods and the 30-day "
        "rule after an examination can only make the true date later. § 7503 is "
        "applied to the last day."
    ),
)

SECTION_66_TIMING_EXAM = Rule(
    id="reg-1.66-4-j-exam",
    label=(
        "If the IRS begins examining the requesting spouse's return within the last 6 months of the "
        "other spouse's assessment period, traditional § 66(c) relief may be requested until this "
        "many days after the examination begins."
    ),
    cite=reg("1.66-4", "(j)(2)(i)"),
    effective=date(2003, 7, 10),
    verified=SEEN,
    status=seen("Treas. Reg. § 1.66-4(j)(2)(i), last sentence, 2015 annual CFR edition (18F/allregs copy)", SEEN),
    unit="days",
    value=30,
    note=(
        "Checked on 2026-11-29 against the 2015 annual CFR edition (18F/allregs): 'If the examination "
        "of the requesting spouse's return commences during that 6-month period, the latest time for "
        "requesting relief under paragraph (a) of this section is 30 days after the commencement of "
        "the examination.' Not formalised: the facts format has no examination date, so the checker "
        "names this later date but never relies on it."
    ),
)

ASSESSMENT_PERIOD = Rule(
    id="irc-6501-a",
    label=(
        "The IRS must assess income tax within 3 years after the return was filed; a return filed "
        "before its due date counts as filed on the due date."
    ),
    cite=irc("6501", "(a)"),
    also=(irc("6501", "(b)(1)"), irc("6072", "(a)")),
    effective=date(1954, 8, 16),
    verified=SEEN,
    status=seen("IRC § 6501(a) and (b)(1), in a public reprint of Title 26 (markdown copy of the U.S. Code)", SEEN),
    unit="years",
    value=3,
    note=(
        "Checked on 2026-11-29 in a public reprint of Title 26: § 6501(a) 'the amount of any tax "
        "imposed by this title shall be assessed within 3 years after the return was filed (whether or "
        "not such return was filed on or after the date prescribed)'; § 6501(b)(1) a return 'filed "
        "before the last day prescribed by law ... shall be considered as filed on such last day'. "
        "The due date (April 15 after a calendar tax year, § 6072(a)) is read from the § 6513 due-date "
        "rule, not typed again. Not formalised: the longer periods of § 6501(c)-(e) and extensions by "
        "agreement (§ 6501(c)(4)); both only make the period longer. Used only for the § 66(c) "
        "deadline, where the earliest end is the safe reading."
    ),
)

RULES = (
    ELECTION,
    JOINT_RETURN,
    INCOME_TAX_ONLY,
    ONE_REQUEST,
    CLOSING_AGREEMENT_OIC,
    FRAUD_SCHEME,
    RES_JUDICATA,
    DURESS,
    UNDERSTATEMENT_ONLY,
    NOT_FOR_SEPARATE_DEBTS,
    REFUNDS,
    PAID_BY_JULY_1998,
    INNOCENT_SPOUSE,
    REASON_TO_KNOW,
    SIGNIFICANT_BENEFIT,
    PARTIAL_RELIEF,
    SEPARATION,
    SAME_HOUSEHOLD,
    ACTUAL_KNOWLEDGE,
    ABUSE_EXCEPTION,
    DISQUALIFIED_ASSETS,
    EQUITABLE,
    EQUITABLE_TIMING,
    RP_THRESHOLDS,
    RP_ATTRIBUTION_EXCEPTIONS,
    RP_STREAMLINED,
    RP_FACTORS,
    RP_HARDSHIP,
    RP_HARDSHIP_MARGIN,
    RP_REFUNDS,
    CP_STATES,
    CP_TERRITORIES,
    SECTION_66_C,
    SECTION_66_C_EQUITABLE,
    SECTION_66_FRAUD_SCHEME,
    SECTION_66_AGREEMENTS,
    SECTION_66_A_B,
    SECTION_66_TIMING,
    SECTION_66_TIMING_EXAM,
    ASSESSMENT_PERIOD,
)

"""The forms a spouse may file, where each one goes, the common mistakes, and where to get help.

Each form is one rule whose ``value`` is a small table: ``number``, ``name``,
``purpose`` (what it is for, in plain words), ``where`` (where it goes) and
``errors`` (common mistakes).  The plan (``calculator.plan``) reads these; the
guides render them.  Addresses live here once.

Also here: what happens after Form 8857 is filed (notice to the other spouse,
the protection of the requesting spouse's contact details, the review record
for the Tax Court) and the referral rules (Low Income Taxpayer Clinics, the
Taxpayer Advocate Service, paid professionals).
"""

from __future__ import annotations

from datetime import date

from .model import Renewal, Rule, Status, secondary, seen, unconfirmed
from .procedure import APPEAL_12509, CDP_LEVY, TAX_COURT_RELIEF
from .sources import irc, irs, reg

VERIFIED = date(2026, 11, 27)
REVIEWED = date(2026, 11, 29)  # the second review, after the legal audit


def _form(
    number: str,
    name: str,
    purpose: str,
    where: str,
    errors: tuple[str, ...],
    path: str,
    effective: date,
    note: str,
    also: tuple = (),
    see_also: tuple[str, ...] = (),
    status: Status | None = None,
) -> Rule:
    """One form as a rule.  ``see_also`` lists the ids of rules that hold more about the form
    (such as its addresses); prose fields never name a rule id."""
    value = {"number": number, "name": name, "purpose": purpose, "where": where, "errors": list(errors)}
    if see_also:
        value["see_also"] = list(see_also)
    return Rule(
        id=f"form-{number.lower()}",
        label=f"Form {number}, {name}: {purpose}",
        cite=irs(f"Form {number}, {name}", path),
        also=also,
        effective=effective,
        verified=VERIFIED,
        unit="table",
        value=value,
        note=note,
        status=status,
    )


FORM_8857_ADDRESS = Rule(
    id="form-8857-where",
    label=(
        "Send Form 8857 by U.S. Postal Service to Internal Revenue Service, P.O. Box 120053, Covington, KY 41012; "
        "by private delivery service to Internal Revenue Service, 7940 Kentucky Drive, Stop 840F, Florence, KY "
        "41042; or fax it to 855-233-8558. Do not attach it to a tax return or send it to the Tax Court."
    ),
    cite=irs("Instructions for Form 8857 (Rev. June 2021), Where To File", "instructions/i8857"),
    also=(
        irs("IRS, Where to file: forms beginning with the number 8", "filing/where-to-file-forms-beginning-with-the-number-8"),
        irs("IRS, About Form 8857 (recent developments)", "forms-pubs/about-form-8857"),
    ),
    effective=date(2021, 6, 1),
    verified=REVIEWED,
    status=unconfirmed("Seen only in a summary of the June 2021 instructions (coconote.app). A proof copy of the June 2021 instructions was found but its Where To File page was not reachable; the Jan. 2014 instructions had the same P.O. box with another private-delivery address (201 W. Rivercenter Blvd., Stop 840F, Covington). Whether a revision later than June 2021 exists is unknown", REVIEWED),
    renews=Renewal(date(2027, 11, 27), "the IRS revises the Form 8857 instructions from time to time and has moved this address before; re-check each year"),
    unit="address",
    value={
        "usps": "Internal Revenue Service, P.O. Box 120053, Covington, KY 41012",
        "private_delivery": "Internal Revenue Service, 7940 Kentucky Drive, Stop 840F, Florence, KY 41042",
        "fax": "855-233-8558",
    },
    note=(
        "Searched again on 2026-11-29 (legal audit item 26): a summary of the June 2021 instructions "
        "(coconote.app) gives these three lines, and a proof copy of those instructions (Rev. June 2021) was "
        "found, but not its Where To File text. The 2014 instructions (seen) had the same P.O. box with a "
        "different private-delivery street address, so addresses do change. The guides show the revision next "
        "to the address and link the IRS's own where-to-file page and the Form 8857 page: check them before "
        "mailing. "
        "Not formalised: handing the form to an IRS examiner or revenue officer already working the case."
    ),
)

FORM_8857 = _form(
    "8857",
    "Request for Innocent Spouse Relief",
    "asks the IRS to relieve you of tax on a joint return (IRC § 6015(b), (c) or (f)), or of tax on community income (IRC § 66(c)). One form can cover several years.",
    "On its own, never with a tax return: by mail, private delivery service or fax to the IRS address in the Form 8857 instructions.",
    (
        "Attaching it to a tax return instead of sending it on its own.",
        "Leaving out documents because they are not at hand: file on time and send documents later.",
        "Sending it for a year covered by an accepted offer in compromise, a closing agreement on the same liability, or a final court decision where relief was or could have been raised.",
        "Using it to recover a refund taken for your spouse's own debt: that is Form 8379.",
        "Holding back evidence: the Tax Court mostly sees only what the IRS had (IRC § 6015(e)(7)).",
    ),
    "forms-pubs/about-form-8857",
    date(2021, 6, 1),
    "Purpose and the do-not-file list checked against the Form 8857 instructions (Rev. June 2021) as reproduced; 'one form for several years' is verified-secondary (Pub. 971).",
    also=(reg("1.6015-5", "(a)"),),
    see_also=(FORM_8857_ADDRESS.id,),
    status=secondary("Instructions for Form 8857 (Rev. June 2021), proof copy, for the do-not-file list (legal audit item 36); 'one form for several years' only in a secondary copy of Pub. 971", VERIFIED),
)

FORM_8379 = _form(
    "8379",
    "Injured Spouse Allocation",
    "claims your share of a joint refund that was, or will be, applied to a debt that only your spouse owes. It is not innocent spouse relief.",
    "With the joint return (write 'Injured Spouse' at the top left of page 1), or with Form 1040-X only when amending to claim a joint refund, or on its own to the IRS service center where the joint return was filed, with copies of all Forms W-2 and W-2G for both spouses and any Form 1099 showing withholding.",
    (
        "Filing Form 8857 instead: a refund taken for your spouse's own debt calls for Form 8379.",
        "Filing once for several years: file a separate Form 8379 for each year.",
        "Leaving out the W-2, W-2G and 1099 copies when filing it on its own.",
        "Believing there is a one-year limit: the refund-claim period of IRC § 6511 applies.",
    ),
    "forms-pubs/about-form-8379",
    date(2016, 11, 1),
    "Checked against the Instructions for Form 8379 (Rev. Nov. 2016) as reproduced and the irs.gov instructions page; the separate-year rule is from the IRS 'Injured Spouse' page as copied.",
    status=seen("Instructions for Form 8379 (Rev. Nov. 2016), as reproduced, and the irs.gov instructions page", VERIFIED),
)

FORM_12509 = _form(
    "12509",
    "Innocent Spouse Statement of Disagreement",
    f"appeals the IRS's preliminary determination on a Form 8857 request, within {APPEAL_12509.value} days of the letter.",
    "To the IRS office that sent the preliminary determination letter, at the address on the letter; not to an Appeals office.",
    (
        "Sending it to an Appeals office, which delays the case.",
        f"Missing the {APPEAL_12509.value} days on the letter.",
        "Not adding facts and documents: this is the time to complete the record.",
    ),
    "forms-pubs/about-form-12509",
    date(2016, 1, 1),
    "Checked on irs.gov/appeals/innocent-spouse. The appeal period is read from the procedure rule for the Form 12509 appeal, where it is recorded and cited.",
    also=(irs("IRS, Appeal an innocent spouse determination", "appeals/innocent-spouse"),),
    status=seen("irs.gov, Appeal an innocent spouse determination (legal audit item 30)", VERIFIED),
)

FORM_12153 = _form(
    "12153",
    "Request for a Collection Due Process or Equivalent Hearing",
    "asks for a hearing with the IRS Independent Office of Appeals after a levy notice or a lien notice; spousal relief can be raised there (IRC § 6330(c)(2)(A)(i)).",
    "To the address on the levy or lien notice, by the date the notice gives.",
    (
        "Confusing it with Form 911, which asks the Taxpayer Advocate for help and is not a hearing request.",
        f"Missing the {CDP_LEVY.value}-day date on the notice: a later request gets only an equivalent hearing, whose decision "
        f"cannot go to the Tax Court under the hearing rules; but if Appeals decides a request for spousal relief there, that "
        f"decision can go to the Tax Court within {TAX_COURT_RELIEF.value} days under IRC § 6015(e).",
    ),
    "forms-pubs/about-form-12153",
    date(2006, 11, 16),
    "The hearing deadlines are the procedure rules' (CDP and equivalent hearings), not encoded here.",
    also=(irc("6330", "(c)(2)(A)(i)"), reg("301.6330-1", "(i)(2)")),
    status=secondary("What the form is for: Form 12153 (Rev. 12-2013) in a copy (fill.io), seen 2026-11-29: 'Use this form to request a Collection Due Process (CDP) or equivalent hearing with the IRS Office of Appeals if you have been issued one of the following lien or levy notices', and the Taxpayer Advocate Service page on Form 12153 (taxpayeradvocate.irs.gov, updated Oct. 8, 2024). That spousal relief can be raised at the hearing: IRC § 6330(c)(2)(A)(i) only as cited in a footnote of Beery v. Commissioner (the statute was not read). Tax Court review of a spousal-relief decision made at an equivalent hearing: Treas. Reg. § 301.6330-1(i)(2) Q&A-I6 (2015 annual CFR edition, legal audit item 5)", REVIEWED),
)

FORM_9465 = _form(
    "9465",
    "Installment Agreement Request",
    "asks to pay a balance in monthly installments when you cannot apply online.",
    "By mail to the address in its instructions, or with a return; online applications do not need it.",
    ("Proposing a payment that does not pay the balance within the plan's term.", "Not choosing direct debit, which costs more in fees."),
    "forms-pubs/about-form-9465",
    date(2020, 1, 1),
    "Purpose checked in copies of the Form 9465 instructions; the fee figures are recorded once, with the installment agreement user fees.",
    status=seen("Instructions for Form 9465, in public copies (revision not recorded)", VERIFIED),
)

FORM_433A = _form(
    "433-A",
    "Collection Information Statement for Wage Earners and Self-Employed Individuals",
    "a full financial statement (income, expenses, assets) that the IRS may ask for before an installment agreement above the simple limits, currently-not-collectible status, or (as Form 433-A (OIC)) an offer in compromise.",
    "To the IRS employee or office that asked for it, or with Form 656 in its OIC version.",
    ("Using the plain Form 433-A with an offer in compromise instead of Form 433-A (OIC).", "Leaving out supporting statements."),
    "forms-pubs/about-form-433-a",
    date(2022, 1, 1),
    "Purpose from the Form 656-B booklet summaries and IRS collection pages (verified-secondary).",
    status=secondary("Summaries of the Form 656-B booklet and IRS collection pages", VERIFIED),
)

FORM_433F = _form(
    "433-F",
    "Collection Information Statement",
    "a shorter financial statement the IRS often asks individuals for before it agrees to a payment plan or to report an account currently not collectible.",
    "To the IRS office or employee that asked for it.",
    ("Not keeping copies of the income and expense records it summarises.",),
    "forms-pubs/about-form-433-f",
    date(2019, 1, 1),
    "Seen named on irs.gov-derived pages as the individual Collection Information Statement for a temporary delay of collection (verified-secondary).",
    status=secondary("Pages derived from irs.gov naming it as the individual Collection Information Statement", VERIFIED),
)

FORM_656 = _form(
    "656",
    "Offer in Compromise",
    "offers to settle a tax debt for less than the full amount; part of the Form 656-B booklet, filed with Form 433-A (OIC), the $205 fee and the initial payment unless low-income.",
    "To the address in the current Form 656-B booklet for your state.",
    (
        "Making an offer for a year you may get § 6015 relief for: an accepted offer bars that relief for the whole year (Treas. Reg. § 1.6015-1(c)).",
        "Leaving out the fee or initial payment without checking the low-income certification.",
        "Offering less than the reasonable collection potential without special circumstances.",
    ),
    "forms-pubs/about-form-656-b",
    date(2020, 4, 27),
    "Checked in 2025 summaries of Form 656-B (verified-secondary).",
    status=secondary("2025 summaries of the Form 656-B booklet", VERIFIED),
)

FORM_911 = _form(
    "911",
    "Request for Taxpayer Advocate Service Assistance (And Application for Taxpayer Assistance Order)",
    "asks the Taxpayer Advocate Service for help when an IRS problem causes hardship or the normal channels have failed. It is not a hearing request or an appeal, and it does not replace Form 8857, Form 12509, a hearing request or a Tax Court petition, or extend their deadlines.",
    "To the Taxpayer Advocate Service office for your area (the form's instructions list them), by fax or mail.",
    (
        "Using it as a hearing request: for a levy or lien notice that is Form 12153.",
        "Relying on it for more time: it does not extend your deadlines, so file the hearing request, appeal or petition on time as well.",
    ),
    "forms-pubs/about-form-911",
    date(2019, 1, 1),
    "What the form is: checked against IRC § 7811(a)(2) as summarised and IRM 13.1.7. That it suspends nothing except under § 7811(d) and replaces no hearing request or petition is our reading of the statute, written from memory: § 7811(d) was not read.",
    also=(irc("7811", "(a)"),),
    status=secondary("IRC § 7811(a)(2) as summarised in a practitioner article and IRM 13.1.7.2 as quoted; on deadlines, the 2015 National Taxpayer Advocate report (legal audit item 22)", VERIFIED),
)

FORM_2848 = _form(
    "2848",
    "Power of Attorney and Declaration of Representative",
    "lets an attorney, CPA or enrolled agent represent you before the IRS for the tax matters and years listed. Each spouse files a separate Form 2848, even for a joint return.",
    "To the IRS office handling the matter, or to the CAF unit listed in its instructions (fax, mail or online).",
    (
        "One Form 2848 for both spouses: joint filers each need their own.",
        "The same representative for both spouses in a relief case, where their interests conflict.",
        "Leaving out the tax form (1040) and each year in question.",
    ),
    "forms-pubs/about-form-2848",
    date(2012, 3, 1),
    "Separate forms for joint filers checked in the Instructions for Form 2848 (Rev. March 2012, 'Joint filers must now complete and submit separate Forms 2848'). The conflict-of-interest point is our advice, not a rule of any text seen.",
    status=seen("Instructions for Form 2848 (Rev. March 2012), as reproduced ('Joint filers must now complete and submit separate Forms 2848'); the one-representative caution is our advice, not a rule of that text", VERIFIED),
)

FORM_8821 = _form(
    "8821",
    "Tax Information Authorization",
    "lets a person or organisation see your tax information; it does not let them represent you (that is Form 2848).",
    "To the CAF unit listed in its instructions.",
    ("Using it where representation is needed.",),
    "forms-pubs/about-form-8821",
    date(2021, 9, 1),
    "Checked in the Instructions for Form 8821 (Rev. Sept. 2021) as reproduced ('does not authorize your designee to … represent you').",
    status=seen("Instructions for Form 8821 (Rev. Sept. 2021), as reproduced", VERIFIED),
)

FORM_1040X = _form(
    "1040-X",
    "Amended U.S. Individual Income Tax Return",
    "corrects a filed return; Form 8379 goes with it only when the amendment claims a joint refund.",
    "As its instructions say for where you live, or electronically.",
    ("Attaching Form 8379 to an amended return that does not claim a joint refund.",),
    "forms-pubs/about-form-1040x",
    date(2016, 11, 1),
    "The Form 8379 rule is from the Form 8379 instructions (Rev. Nov. 2016) as reproduced.",
    status=seen("Instructions for Form 8379 (Rev. Nov. 2016), as reproduced", VERIFIED),
)

FORM_9423 = _form(
    "9423",
    "Collection Appeal Request",
    "appeals a lien, levy or seizure, or a rejected, changed or ended installment agreement, through the Collection Appeals Program. Decisions are final, with no Tax Court review.",
    "To the collection office that took the action, after talking with the collection manager.",
    (
        "Choosing it when a Collection Due Process hearing (with Tax Court review) is still available.",
        "Waiting: the appeal periods are short, and they are counted from the letter or from the talk with the collection manager.",
    ),
    "forms-pubs/about-form-9423",
    date(2016, 1, 1),
    "The CAP deadline for a rejected or ended payment plan is recorded with the Collection Appeals Program rule; the short lien, levy and seizure periods of Pub. 1660 were not confirmed and are not encoded.",
    see_also=("cap-appeal",),
    status=seen("The Taxpayer Advocate Service's page 'Taxpayer Requests Collection Appeals Program' (taxpayeradvocate.irs.gov, updated Aug. 27, 2024): the actions CAP covers, and 'you cannot go to court if you disagree with the CAP decision'", REVIEWED),
)

NOTICE_TO_OTHER_SPOUSE = Rule(
    id="next-notice-to-other-spouse",
    label=(
        "After Form 8857 arrives, the IRS must tell the other spouse (or former spouse) about the request and "
        "let them take part; there is no exception for abuse. It does not give them your new name, address, "
        "employer or phone number."
    ),
    cite=irc("6015", "(h)(2)"),
    also=(reg("1.6015-6", "(a)"), irs("Form 8857, Request for Innocent Spouse Relief", "forms-pubs/about-form-8857")),
    effective=date(2001, 2, 20),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-6(a)(1), 2015 annual CFR edition, read 2026-11-29 ('must send a notice to the nonrequesting spouse's last known address'); Form 8857 (Rev. June 2007) for 'no exceptions, even for victims of spousal abuse'; § 6015(h)(2) as quoted in Van Arsdalen v. Commissioner, 123 T.C. No. 7 (2004)", REVIEWED),
    note=(
        "Checked against Form 8857 (Rev. June 2007: 'By law, the IRS must contact the person who was your "
        "spouse … There are no exceptions, even for victims of spousal abuse or domestic violence. Your personal "
        "information (such as your current name, address, and employer) will be protected') and IR-2001-23. "
        "Both say information may come out if the case goes to the Tax Court unless the court is asked to "
        "withhold it. The pinpoint § 6015(h)(2) is confirmed by its quotation in Van Arsdalen v. Commissioner, "
        "123 T.C. No. 7 (2004) ('notice of, and an opportunity to participate in, any administrative proceeding')."
    ),
)

ABUSE_MARKING = Rule(
    id="next-potential-abuse-case",
    label=(
        "In 2001 the IRS advised (News Release IR-2001-23) that a requesting spouse who fears retaliation write "
        "'Potential Domestic Abuse Case' at the top of Form 8857 and explain the concern in an attached statement, "
        "so that the case is handled with extra care. The current Form 8857 instructions and Pub. 971 do not repeat "
        "this advice; it does no harm to follow it."
    ),
    cite=irs("IRM 25.15.3.4.1, Notification to NRS in Cases of Alleged Abuse", "irm/part25/irm_25-015-003"),
    also=(irs("IRM 8.7.12.6.1, Potentially Abusive NRS", "irm/part8/irm_08-007-012"),),
    effective=date(2001, 2, 20),
    verified=REVIEWED,
    status=secondary("IRS News Release IR-2001-23 (Feb. 20, 2001), in an archived copy (unclefed.com), read again 2026-11-29, and CCH's report of it (accountingweb.com); no irs.gov copy was found. The titles of IRM 25.15.3.4.1 and 8.7.12.6.1 were seen, their text was not; the advice is not in the current Form 8857 instructions or Pub. 971", REVIEWED),
    note=(
        "The IRS's own procedures for telling the other spouse (the non-requesting spouse, NRS) when abuse is "
        "alleged are IRM 25.15.3.4.1 and, for Appeals, IRM 8.7.12.6.1; both section titles were seen in the "
        "irs.gov contents of those IRM parts on 2026-11-27, their text was not. The advice to write 'Potential "
        "Domestic Abuse Case' at the top of Form 8857 and attach a statement is from IRS News Release IR-2001-23 "
        "(Feb. 20, 2001, 'IRS Takes Steps to Protect Victims of Domestic Violence'), read in an archived copy "
        "(unclefed.com) because no irs.gov copy was found, and in an IRS brochure for survivors of domestic "
        "abuse. Not confirmed in the current Form 8857 instructions or Pub. 971, which were searched for it."
    ),
)

RECORD_FOR_TAX_COURT = Rule(
    id="next-administrative-record",
    label=(
        "The Tax Court reviews a relief determination on the administrative record as it stood when the IRS "
        "decided, plus evidence that is newly discovered or was not available before. Put every fact and "
        "document in front of the IRS first."
    ),
    cite=irc("6015", "(e)(7)"),
    also=(irs("Publication 971, Innocent Spouse Relief", "publications/p971"),),
    effective=date(2019, 7, 1),
    verified=VERIFIED,
    status=seen("Publication 971 (Rev. Dec. 2021), Reminders, proof copy (legal audit item 31); IRC § 6015(e)(7) as quoted in Thomas v. Commissioner, 160 T.C. No. 4 (2023)", VERIFIED),
    note=(
        "Statute wording seen as quoted in Thomas v. Commissioner, 160 T.C. No. 4 (2023); Pub. 971 (Rev. Dec. "
        "2021) Reminders say the same. Applies to petitions filed or pending on or after 1 July 2019."
    ),
)

DECREE_NOT_BINDING = Rule(
    id="next-divorce-decree",
    label=(
        "A divorce decree that makes the former spouse pay the tax does not bind the IRS: both spouses stay "
        "liable unless relief is granted. The decree is still useful evidence."
    ),
    cite=irs("Publication 971, Innocent Spouse Relief", "publications/p971"),
    effective=date(2014, 1, 1),
    verified=VERIFIED,
    status=seen("Instructions for Form 8857 (Rev. Jan. 2014), copy (legal audit item 32)", VERIFIED),
    note="Checked in the Form 8857 instructions (Rev. Jan. 2014) as reproduced ('even if you later divorce and the divorce decree states that your former spouse will be solely responsible').",
)

EVIDENCE = Rule(
    id="evidence-document-request",
    label=(
        "Support each statement on Form 8857 with documents, and send what you have without waiting for the "
        "rest. The IRS decides on what is in its file, and the Tax Court mostly sees only that file."
    ),
    cite=irs("Form 8857, Request for Innocent Spouse Relief", "forms-pubs/about-form-8857"),
    also=(irc("6015", "(e)(7)"),),
    effective=date(2007, 6, 1),
    verified=VERIFIED,
    status=seen("Form 8857 (Rev. June 2007): 'Do not delay filing this form because of missing documentation'; the checklist items are our suggestions", VERIFIED),
    note=(
        "Form 8857 (Rev. June 2007, seen): 'attach any necessary documentation … Do not delay filing this form "
        "because of missing documentation.' The checklist items the plan suggests for each fact (protective "
        "orders, bank records, a divorce decree, income and expense records) are our practical suggestions, "
        "not a list the IRS publishes."
    ),
)

LITC = Rule(
    id="referral-litc",
    label=(
        "Low Income Taxpayer Clinics represent people in disputes with the IRS for free or a small fee; a "
        "clinic generally serves people whose income is at or below 250% of the HHS poverty guidelines, and "
        "each clinic decides whom it takes. They are independent of the IRS."
    ),
    cite=irs("IRS, Low Income Taxpayer Clinics", "advocate/low-income-taxpayer-clinics"),
    also=(irc("7526"),),
    effective=date(1999, 1, 1),
    verified=VERIFIED,
    status=seen("Archived irs.gov LITC income-eligibility pages (2013, 2020: 'Income Ceiling (250% of Poverty Guidelines)')", VERIFIED),
    unit="percent",
    value=250,
    note=(
        "Checked against archived irs.gov LITC income-eligibility pages (2013, 2020: 'Income Ceiling (250% of "
        "Poverty Guidelines)'; 'Each clinic will decide'). The clinic map is at irs.gov/litc."
    ),
)

TAS = Rule(
    id="referral-tas",
    label=(
        "The Taxpayer Advocate Service, an independent office inside the IRS, helps for free when an IRS "
        "problem causes financial hardship, an immediate threat of adverse action, or a delay of more than "
        "30 days, or when normal channels have failed. Ask with Form 911."
    ),
    cite=irc("7811", "(a)"),
    also=(irs("IRM 13.1.7, Taxpayer Advocate Service case criteria", "irm/part13/irm_13-001-007"),),
    effective=date(1998, 7, 22),
    verified=VERIFIED,
    status=secondary("IRC § 7811(a)(2) as summarised in a practitioner article; IRM 13.1.7.2 as quoted", VERIFIED),
    note="Significant hardship (IRC § 7811(a)(2)) checked as summarised in a practitioner article; case criteria 1-9 checked in IRM 13.1.7.2 as quoted.",
)

PROFESSIONAL = Rule(
    id="referral-professional",
    label=(
        "An attorney, certified public accountant or enrolled agent may represent you before the IRS (with "
        "Form 2848). In a relief case your representative should act for you alone, not for both spouses."
    ),
    cite=irs("Instructions for Form 2848", "instructions/i2848"),
    effective=date(2012, 3, 1),
    verified=VERIFIED,
    status=seen("Instructions for Form 2848 (Rev. March 2012), as reproduced; the one-representative caution is our advice", VERIFIED),
    note="Who may practise: Form 2848 instructions as reproduced. The one-representative caution is our advice, not a rule of any text seen.",
)


EARLY_REQUEST = Rule(
    id="reg-1.6015-5-b-3",
    label=(
        "A request for relief may be made before any collection activity: during an audit of the joint return, "
        "after a demand for payment, or at a collection due process hearing about a lien."
    ),
    cite=reg("1.6015-5", "(b)(3)"),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-5(b)(3), 2015 annual CFR edition, read 2026-11-29 ('An election or request for relief may be made before collection activity has commenced ... in connection with an audit or examination of the joint return or a demand for payment')", REVIEWED),
)

PREMATURE_REQUEST = Rule(
    id="reg-1.6015-5-b-5",
    label=(
        "The IRS does not consider a premature request: one made for a year before any notice of an audit, or any "
        "letter or notice saying that there may be tax owed for that year."
    ),
    cite=reg("1.6015-5", "(b)(5)"),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-5(b)(5), 2015 annual CFR edition, read 2026-11-29 ('A premature claim is a claim for relief that is filed for a tax year prior to the receipt of a notification of an audit or a letter or notice from the IRS indicating that there may be an outstanding liability with regard to that year')", REVIEWED),
    note="A premature claim is also not an 'election or request' under § 1.6015-1(h)(5), so it does not use up the one final determination.",
)


PENDING_COLLECTION = Rule(
    id="next-pending-collection",
    label=(
        "While a request for relief is pending, the IRS may not levy or sue to collect the tax from the requesting "
        "spouse. It may still apply the spouse's refunds to the debt and file a Notice of Federal Tax Lien. If the "
        "spouse appeals the Tax Court's decision, collection may resume from the day the notice of appeal is filed, "
        "unless an appeal bond is filed. A spouse who waives the restrictions ends the pause of the collection "
        "period 60 days after the waiver is filed."
    ),
    cite=reg("1.6015-7", "(c)"),
    also=(irc("6015", "(e)(1)(B)"),),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-7(c)(1)-(4), 2015 annual CFR edition, read 2026-11-29 ('no levy or proceeding in court'; 'may resume collection ... on the date the requesting spouse files the notice of appeal, unless ... an appeal bond'; 'proceedings in court means suits filed by the United States for the collection of Federal tax'; suspension ends '60 days after the date the waiver is filed')", REVIEWED),
    note=(
        "Offsets and lien filings are not barred because the bar reaches only a levy (an administrative levy "
        "or seizure under § 6331) and a suit by the United States to collect (§ 1.6015-7(c)(4)); Treas. Reg. "
        "§ 1.6015-5(b)(2)(i) separately treats an offset as collection activity. The 60 days after a waiver "
        "are those of the rule for the pause of the collection period, which holds the same "
        "60 days. Requests under § 6015(f) alone: the 2015 regulation says the restrictions do not apply, but "
        "the 2006 amendment of § 6015(e) extended them (IRM 25.15.8.6.1, legal audit item 28)."
    ),
)

OTHER_SPOUSE = Rule(
    id="next-other-spouse",
    label=(
        "The other (nonrequesting) spouse is sent notice of the request and may send the IRS any information "
        "that bears on it, and is told of the IRS's preliminary and final determinations. Either spouse may "
        "appeal a preliminary determination to the IRS Independent Office of Appeals. In the Tax Court, the other "
        "spouse may join the case (intervene) to oppose or to support relief, but cannot bring a case of their "
        "own to undo relief the IRS granted. What the other spouse sends also counts if that spouse later asks "
        "for relief for the same year."
    ),
    cite=reg("1.6015-6"),
    also=(irc("6015", "(e)(4)"), irs("Appeal an innocent spouse determination", "appeals/innocent-spouse")),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-6(a)-(c), 2015 annual CFR edition, read 2026-11-29; irs.gov 'Appeal an innocent spouse determination' (legal audit item 30: either spouse may appeal); Van Arsdalen v. Commissioner, 123 T.C. No. 7 (2004), and Maier v. Commissioner, 119 T.C. 267 (2002), in copies of the opinions (intervention to support relief; no separate case by the other spouse)", REVIEWED),
    note=(
        "§ 6015(e)(4) as quoted in Ewing v. Commissioner (T.C. 2004): 'The Tax Court shall establish rules "
        "which provide the individual ... not making the election ... with adequate notice and an opportunity "
        "to become a party to a proceeding'; Tax Court Rule 325 implements it. Maier: intervention 'presumes "
        "an existing proceeding ... brought by an electing spouse'."
    ),
)

DECEASED_SPOUSE = Rule(
    id="next-deceased-spouse",
    label=(
        "When a spouse has died, the executor or administrator of the estate can ask for relief on the estate's "
        "behalf, and can join a Tax Court case to oppose relief asked for by the surviving spouse."
    ),
    cite=irc("6903"),
    also=(irc("7701", "(a)(6)"), irc("6015", "(e)(4)")),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=secondary("Fain v. Commissioner, 129 T.C. 89 (2007), in a copy of the opinion (law.onecle.com), read 2026-11-29: 'We have already applied these sections to allow executors and administrators to seek innocent-spouse relief, e.g., Jonson v. Commissioner, 118 T.C. 106 (2002) ... and the Commissioner himself has ruled likewise, Rev. Rul. 2003-36'; the statute and the revenue ruling were not read", REVIEWED),
    note=(
        "Not formalised: the facts format has no field for a death other than the 'widowed' marital status. "
        "Rev. Rul. 2003-36 was not read. For the surviving spouse who inherits, see the transferee rule of "
        "Treas. Reg. § 1.6015-1(j)."
    ),
)

TRANSFEREE = Rule(
    id="reg-1.6015-1-j",
    label=(
        "Relief does not undo liability under other laws: a spouse relieved of the joint tax can still be made to "
        "pay it as a transferee, for example a widow or widower who received the estate's assets, to the extent "
        "federal or state transferee or property law allows."
    ),
    cite=reg("1.6015-1", "(j)"),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-1(j)(1)-(2) and its example (H dies; the executor transfers the estate's assets to W; W is relieved, yet the IRS 'may seek to collect the deficiency from W to the extent permitted under Federal or state transferee liability or property laws'), 2015 annual CFR edition, read 2026-11-29", REVIEWED),
    note="Not formalised: the checker has no facts about inheritances; the guides state the rule.",
)


ONE_FORM_SEVERAL_YEARS = Rule(
    id="forms-one-for-several-years",
    label=(
        "One Form 8857 can ask for relief for several tax years, and one Form 2848 lists every year in question. "
        "Every other form in the plan is listed once for each tax year: Form 8379, for one, needs a separate form "
        "for each year."
    ),
    cite=irs("Publication 971, Innocent Spouse Relief", "publications/p971"),
    also=(irs("Instructions for Form 2848", "instructions/i2848"), FORM_8379.cite),
    effective=date(2021, 6, 1),
    verified=VERIFIED,
    unit="list",
    value=(FORM_8857.value["number"], FORM_2848.value["number"]),
    status=secondary(
        "Form 8857 for several years: only in a secondary copy of Pub. 971, as recorded with Form 8857; Form 2848's "
        "'each year in question' and Form 8379's separate form per year: as recorded with those forms",
        VERIFIED,
    ),
    note=(
        "The case plan reads this list to merge a form across the years of a case. Form 8857 covering several "
        "years is verified-secondary (Pub. 971, as recorded with Form 8857); Form 2848 listing each year is its "
        "instructions' 'each year in question', as recorded with Form 2848; the separate Form 8379 per year is "
        "recorded with Form 8379. Not formalised: whether one Form 12153 or 12509 can cover several years; the "
        "plan lists those once per year, which is never too few."
    ),
)

FORMS = (
    FORM_8857,
    FORM_8379,
    FORM_12509,
    FORM_12153,
    FORM_9465,
    FORM_433A,
    FORM_433F,
    FORM_656,
    FORM_911,
    FORM_2848,
    FORM_8821,
    FORM_1040X,
    FORM_9423,
)

RULES = (
    *FORMS,
    FORM_8857_ADDRESS,
    NOTICE_TO_OTHER_SPOUSE,
    ABUSE_MARKING,
    RECORD_FOR_TAX_COURT,
    DECREE_NOT_BINDING,
    EARLY_REQUEST,
    PREMATURE_REQUEST,
    PENDING_COLLECTION,
    OTHER_SPOUSE,
    DECEASED_SPOUSE,
    TRANSFEREE,
    EVIDENCE,
    LITC,
    TAS,
    PROFESSIONAL,
    ONE_FORM_SEVERAL_YEARS,
)

"""The IRS and Treasury letters a spouse may hold, and what each one legally is.

Each notice is one rule whose ``value`` says what the checker does with it:
``event`` (the facts event type its date is, or None when the letter starts no
clock the calculator counts), ``problem`` (the facts problem it points to),
``date_where`` (where on the letter its date is printed) and ``effect`` (what
it starts and what it does not, in plain words).  The checker's first question
("Which letter did you get?") and the guides read these; nothing else types a
notice number.

A letter whose legal effect is unclear says so in ``effect``: it never starts a
clock here.  Seen 2026-11-29 in the search tool's stored copies; where only a
secondary text was seen, the note says so.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, Status, secondary, seen, unconfirmed
from .sources import irc, irs, reg

VERIFIED = date(2026, 11, 29)


def _notice(nid: str, number: str, name: str, event: str | None, problem: str | None,
            date_where: str, effect: str, cite: Cite, note: str, status: Status, also: tuple = ()) -> Rule:
    return Rule(
        id=f"notice-{nid}",
        label=f"{number}: {name}. {effect}",
        cite=cite,
        also=also,
        effective=date(1999, 1, 19),
        verified=VERIFIED,
        unit="table",
        value={"key": nid, "number": number, "name": name, "event": event, "problem": problem,
               "date_where": date_where, "effect": effect},
        note=note,
        status=status,
    )


CDP_LEVY_NOTICE_EFFECT = (
    "It is the final notice of intent to levy under IRC § 6330: it starts the 30-day period to ask for a "
    "collection due process hearing on Form 12153, and a levy is collection activity that can start the "
    "two-year limit for innocent spouse relief and separation of liability."
)

NOTICES = (
    _notice(
        "cp90", "CP90", "Final Notice: Notice of Intent to Levy and Notice of Your Right to a Hearing",
        "levy_notice", "underpayment",
        "In the box at the top right of the first page, as the notice date.",
        CDP_LEVY_NOTICE_EFFECT,
        irs("IRS, Understanding your CP90 notice", "individuals/understanding-your-cp90-notice"),
        "Seen: the irs.gov page ('our intent to levy certain assets ... You have the right to a Collection Due "
        "Process hearing'; 'Request a Collection Due Process hearing on Form 12153'; 'the toll-free number on "
        "the top right corner of your notice'). Where the notice date is printed comes from a help page of tax software "
        "('Header - This area contains the Notice Number, the notice date').",
        also=(irc("6330", "(a)"),),
        status=seen("irs.gov, Understanding your CP90 notice; where the date is printed from a help page of tax software", VERIFIED),
    ),
    _notice(
        "lt11", "LT11 or Letter 1058", "Final Notice of Intent to Levy and Notice of Your Right to a Hearing",
        "levy_notice", "underpayment",
        "At the top right of the first page, with the letter's other reference details.",
        CDP_LEVY_NOTICE_EFFECT,
        irs("IRS, Understanding your LT11 notice or Letter 1058", "individuals/understanding-your-lt11-notice-or-letter-1058"),
        "The irs.gov address is assumed from the page's title. Seen only in secondary texts (practitioner pages quoting the IRS page 'Understanding your LT11 notice or "
        "Letter 1058': the § 6330 final notice, 30 days from the date on the letter to request a CDP hearing). "
        "The date's position on the letter is not confirmed from an IRS sample.",
        also=(irc("6330", "(a)"),),
        status=secondary("Practitioner pages quoting the IRS page on LT11 and Letter 1058", VERIFIED),
    ),
    _notice(
        "cp504", "CP504", "Notice of intent to levy (a balance-due notice)",
        None, "underpayment",
        "In the box at the top right of the first page.",
        "It is the notice of intent to levy under IRC § 6331(d), not the § 6330 final notice: it starts neither "
        "the 30-day hearing period nor, on its own, the two-year limit. Whether a later levy on a state tax "
        "refund counts as collection activity depends on that levy, not on this notice. Watch for a CP90, LT11 "
        "or Letter 1058: its date is the one that counts.",
        irc("6331", "(d)"),
        "Seen only in secondary texts: the notice's own wording as reprinted ('This is your notice of intent to "
        "levy as required by Internal Revenue Code section 6331(d) ... we may send you a notice giving you a "
        "right to a hearing before the IRS Office of Appeals'), and Procedurally Taxing ('not a \"real\" notice of "
        "intent to levy for IRC § 6330 purposes'). A notice and demand is not collection activity "
        "(Treas. Reg. § 1.6015-5(b)(2)(ii)).",
        also=(reg("1.6015-5", "(b)(2)(ii)"),),
        status=secondary("The notice's wording as reprinted by a practitioner; Procedurally Taxing on § 6331(d) and § 6330", VERIFIED),
    ),
    _notice(
        "letter3172", "Letter 3172", "Notice of Federal Tax Lien Filing and Your Right to a Hearing under IRC 6320",
        "lien_notice", "underpayment",
        "At the top right of the first page; the letter also states the last day to ask for a hearing.",
        "It tells you a Notice of Federal Tax Lien was filed and starts the 30-day period to ask for a collection "
        "due process hearing on Form 12153 (the letter states the last day). A lien filing is not a levy.",
        irc("6320", "(a)"),
        "Seen: the Taxpayer Advocate Service page on Letter 3172 (taxpayeradvocate.irs.gov, updated 2023-09-12: "
        "'request a CDP or Equivalent Hearing using the Form 12153'; 'You'll have 30 days (the date will be shown "
        "in the notice)'). The date's position is from a practitioner's annotated copy ('At the top right of the "
        "Letter 3172 you will see ... The date of the letter'). Whether a lien filing starts the two-year limit "
        "is left to the deadline rules.",
        also=(Cite("Taxpayer Advocate Service, Letter 3172", "https://www.taxpayeradvocate.irs.gov/notices/letter-3172/"),),
        status=seen("Taxpayer Advocate Service page on Letter 3172 (updated 2023-09-12); where the date is printed from a practitioner's annotated copy", VERIFIED),
    ),
    _notice(
        "cp2000", "CP2000", "Proposed changes to your tax return (underreported income)",
        None, "understatement",
        "At the top right of the first page; the response date is printed on it too.",
        "It proposes more tax; it is not a bill and not a notice of deficiency. It starts no Tax Court period and "
        "is not collection activity, so it does not start the two-year limit. Answer it by the date it gives.",
        irs("IRS, Topic no. 652, Notice of underreported income – CP2000", "taxtopics/tc652"),
        "Seen: IRS Topic 652 ('The CP2000 isn't a bill, it's a proposal to adjust your income, payments, credits, "
        "and/or deductions'), and the IRS CP2000 sample page 1 ('You Must Return the Response Form by {response "
        "date}'). A notice proposing a deficiency is not collection activity (Treas. Reg. § 1.6015-5(b)(2)(ii)).",
        also=(reg("1.6015-5", "(b)(2)(ii)"),),
        status=seen("IRS Topic no. 652 and the IRS CP2000 sample page 1", VERIFIED),
    ),
    _notice(
        "deficiency", "Notice of deficiency (CP3219A, CP3219N and other 90-day letters)",
        "Notice of deficiency, the 90-day letter",
        "deficiency_notice", "understatement",
        "At the top right of the first page; the letter also states the last day to petition the Tax Court.",
        "It starts the 90-day period (150 days if addressed outside the United States) to petition the Tax Court "
        "before the tax is assessed. It is not collection activity.",
        irc("6213", "(a)"),
        "Seen: the irs.gov page on CP3219N ('a Notice of Deficiency (90-day letter) ... 90 days (150 days if the "
        "notice is addressed to a person who is outside the country) from the date of the notice'; 'The last day "
        "to file a petition is stated in your CP3219N'). CP3219A as a statutory notice of deficiency: secondary "
        "texts only.",
        also=(irs("IRS, Understanding your CP3219N notice", "individuals/understanding-your-cp3219n-notice"),),
        status=seen("irs.gov, Understanding your CP3219N notice; CP3219A in secondary texts only", VERIFIED),
    ),
    _notice(
        "offset", "Offset notice from the Bureau of the Fiscal Service", "Your refund was applied to a debt",
        "joint_refund_offset", "offset",
        "At the top of the letter; it also names the agency that asked for the offset.",
        "It tells you a refund was taken for a debt such as child support, a student loan or a state tax debt. "
        "If the debt is only your spouse's, Form 8379 asks for your share back. It starts no hearing period.",
        Cite("Bureau of the Fiscal Service, Treasury Offset Program", "https://fiscal.treasury.gov/top/"),
        "Who sends it: the Form 8379 instructions (Rev. Nov. 2020). Where the date is printed was not "
        "seen on a sample letter.",
        status=unconfirmed("Who sends it: Instructions for Form 8379 (Rev. Nov. 2020), the paragraph on notices of offset (the Bureau of the Fiscal Service for every debt but federal tax). Not seen: a sample offset notice, for where its date is printed", VERIFIED),
    ),
    _notice(
        "preliminary", "Preliminary determination letter", "The IRS's first answer to your Form 8857",
        "preliminary_determination", None,
        "At the top right of the first page.",
        "It gives the IRS's proposed answer to your request and the time to appeal it with Form 12509.",
        irs("IRS, Appeal an innocent spouse determination", "appeals/innocent-spouse"),
        "The letter number varies and is not given here; the appeal period is the Form 12509 rule.",
        status=unconfirmed("No sample letter seen; the appeal period is the Form 12509 rule", VERIFIED),
    ),
    _notice(
        "final", "Final determination on your Form 8857 (for example Letter 3288 from Appeals)",
        "Final determination on your request for relief",
        "final_determination", None,
        "At the top right of the first page.",
        "It starts the 90-day period to petition the Tax Court about your request for relief; that period "
        "cannot be extended.",
        irc("6015", "(e)(1)(A)"),
        "Seen: the Taxpayer Advocate Service page on Letter 3288 ('Final Appeals Determination to Requesting "
        "Spouse ... the final determination made on your request for innocent spouse relief under IRC Section "
        "6015 or IRC Section 66(c)'). Final determinations sent before an appeal carry other numbers, not "
        "listed here.",
        also=(Cite("Taxpayer Advocate Service, Letter 3288", "https://www.taxpayeradvocate.irs.gov/notices/letter-3288/"),),
        status=seen("Taxpayer Advocate Service page on Letter 3288 (updated 2024-01-26)", VERIFIED),
    ),
    _notice(
        "cdp_determination", "Notice of Determination after a collection due process hearing",
        "Appeals' determination after your hearing",
        None, "underpayment",
        "At the top right of the first page.",
        "It ends a collection due process hearing and gives a short period to petition the Tax Court. The "
        "checker does not count that period from this answer yet: read the last day on the letter and act "
        "before it.",
        irc("6330", "(d)(1)"),
        "Unclear here: the petition period after a CDP determination is counted by the deadline rules when that "
        "event is given; this letter choice does not start it.",
        status=unconfirmed("No sample letter seen; the petition period is left to the deadline rules", VERIFIED),
    ),
)

RULES = NOTICES

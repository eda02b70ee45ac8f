"""Form 8857 (Rev. June 2021), Request for Innocent Spouse Relief: its questions, in the form's order.

The answer sheet (``calculator.forms.form_8857``) lists these questions with what the checker
already knows.  Only some line numbers of the June 2021 revision could be confirmed in official
text; the others carry ``line: None`` and the sheet says the number was not confirmed.
"""

from __future__ import annotations

from datetime import date

from .model import Rule, secondary
from .sources import irs

SEEN = date(2026, 11, 29)

REVISION = "Rev. June 2021"

#: (key, line or None, part, what the form asks, what to put there).  ``line`` is given only
#: where official text names it; the wording of each question is ours, not the form's.
QUESTIONS = (
    ("situation", "1", "Part I. Should you file this form?",
     "Whether you filed a joint return for the years on line 3 and believe the person on line 6 should "
     "be responsible for an erroneous item or an underpayment (or, without a joint return, for community "
     "income).",
     "Check Yes or No for your situation."),
    ("refund_taken", "2", "Part I. Should you file this form?",
     "Whether the IRS took your share of a joint refund, from any year, to pay a past-due debt owed only "
     "by the person on line 6 (then Form 8379 is the form for that refund).",
     "Check Yes or No."),
    ("tax_years", "3", "Part I. Should you file this form?",
     "Each tax year you want innocent spouse relief for (the year of the joint return, not the year a "
     "refund was taken).",
     "Enter every year; one form covers several years."),
    ("about_you", None, "Part II. About you and the person on line 6",
     "Your current name, social security number, address and the best phone number to reach you.",
     "The IRS does not give your current name, address, phone numbers or employer to the other person."),
    ("other_spouse", "6", "Part II. About you and the person on line 6",
     "The name, social security number and last known address of the person you filed the joint return "
     "with. The IRS must tell this person about your request.",
     "Enter what you know; the checker never asks for names or numbers."),
    ("marital_status", None, "Your marriage and circumstances (part not confirmed)",
     "Your marital status now with the person on line 6, and since when (married and living together, "
     "living apart, legally separated, divorced or widowed).",
     "Check the box and write the date; attach the decree, order or death certificate it asks for."),
    ("education", None, "Your marriage and circumstances (part not confirmed)",
     "Your education when the returns were signed, including any business or tax courses.",
     "Not asked by the checker."),
    ("abuse", None, "Your marriage and circumstances (part not confirmed)",
     "Whether the person on line 6 abused you or kept control of the money, so that you could not "
     "question the return or the payment for fear of retaliation.",
     "Answer Yes or No and describe it; attach what supports it."),
    ("health", None, "Your marriage and circumstances (part not confirmed)",
     "Whether you had a mental or physical health problem when the returns were signed or later.",
     "Not asked by the checker."),
    ("return_preparation", None, "Your part in the finances and the returns (part not confirmed)",
     "How you were involved in preparing the returns, and whether you were made to sign them.",
     "Not asked by the checker: describe what you did and did not do."),
    ("knowledge", None, "Your part in the finances and the returns (part not confirmed)",
     "What you knew, when the returns were signed, about the income, deductions or credits in question, "
     "and whether you knew the tax shown would not be paid.",
     "Explain what you knew and why you did not know more."),
    ("finances", None, "Your part in the finances and the returns (part not confirmed)",
     "How you were involved with the household's money: accounts, bills, and any assets the person on "
     "line 6 transferred to you.",
     "Describe it; list any transfers with their dates and values."),
    ("benefit", None, "Your part in the finances and the returns (part not confirmed)",
     "Whether you benefited, beyond normal support, from the unpaid or unreported tax.",
     "Describe how the money was spent."),
    ("household", None, "Your current financial situation (part not confirmed)",
     "How many people are in your household now, and its monthly income and expenses.",
     "Enter the figures; attach what supports them."),
    ("statement", None, "Anything else (part not confirmed)",
     "Anything else you want the IRS to consider in deciding whether it would be unfair to hold you "
     "liable: the place for your own statement of why you should not be held liable.",
     "Write it in your own words; attach more pages if needed."),
    ("signature", None, "Signature",
     "Your signature and the date, under penalties of perjury.",
     "Sign and date it yourself."),
)

FORM_8857_QUESTIONS = Rule(
    id="form-8857-questions",
    label=(
        f"Form 8857 ({REVISION}) asks which years you want relief for (line 3) and who the other spouse is "
        "(line 6), then about your marriage, abuse, your part in the returns and the finances, your current "
        "finances, and anything else that would make it unfair to hold you liable."
    ),
    cite=irs("Form 8857, Request for Innocent Spouse Relief", "forms-pubs/about-form-8857"),
    also=(irs("Instructions for Form 8857", "instructions/i8857"),),
    effective=date(2021, 6, 1),
    verified=SEEN,
    status=secondary(
        "Lines 1, 3 and 6 seen on the first page of Form 8857 (Rev. June 2021) and of its instructions; line 2 from a "
        "third-party guide; the later questions' numbers and order unconfirmed", SEEN),
    unit="list",
    value=tuple({"key": k, "line": line, "part": part, "asks": asks, "instruction": how} for k, line, part, asks, how in QUESTIONS),
    note=(
        "Seen 2026-11-29: the first page of Form 8857 (Rev. June 2021) in a public copy of the IRS PDF "
        "('The IRS is required by law to notify the person listed on line 6 ... about the tax years you enter "
        "on line 3 (the years for which you want innocent spouse relief)'; 'The IRS will not disclose ... "
        "your current name, address, phone numbers, or employer(s)'), and the first page of its instructions "
        "('the person whose name you enter on line 6'; 'even if you checked \"Yes\" on line 1'). Line 2 (a "
        "refund taken for a debt owed only by the person on line 6, then Form 8379) is from a third-party "
        "guide to the June 2021 form. The later questions, their numbers and their exact order were not "
        "confirmed: they follow the topics the form and Pub. 971 describe (marital status, education, "
        "abuse, health, involvement in the returns and finances, knowledge, current household finances, "
        "other information), and the sheet tells the reader to match them to the form by their words."
    ),
)

RULES = (FORM_8857_QUESTIONS,)

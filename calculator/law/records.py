"""Getting your own IRS records: the account transcript, which shows the dates the checker asks for."""

from __future__ import annotations

from datetime import date

from .model import Rule, secondary
from .sources import irs

REVIEWED = date(2026, 11, 29)

ACCOUNT_TRANSCRIPT = Rule(
    id="irs-account-transcript",
    label=(
        "An account transcript lists, for one tax year, what the IRS recorded on the account, each with a date: "
        "the return filed and the tax assessed, later assessments after an audit, payments and withholding, "
        "refunds, offsets, and notices sent. Get it free from your IRS online account (Get Transcript) or by "
        "mail, or with Form 4506-T."
    ),
    cite=irs("IRS, Get Transcript", "individuals/get-transcript"),
    also=(
        irs("IRM 21.2.3, Transcripts", "irm/part21/irm_21-002-003"),
        irs("Form 4506-T, Request for Transcript of Tax Return", "forms-pubs/about-form-4506-t"),
    ),
    effective=date(2014, 1, 1),
    verified=REVIEWED,
    status=secondary("IRM 21.2.3 (irs.gov, Aug. 31, 2023 transmittal; its contents list Get Transcript Online and by Mail), read 2026-11-29; what the transcript shows and the transaction codes from practitioner guides (finhelp.io, taxclearanceguide.com, legalclarity.org)", REVIEWED),
    unit="table",
    value={
        "assessment": "150 (return filed, tax assessed) or 290 / 300 (additional tax assessed)",
        "payment": "610, 670 (payments), 806 (withholding)",
        "offset": "826 (overpayment applied to another debt), 898 (applied to a non-IRS debt)",
        "notice": "971 (notice issued; the line says which)",
    },
    note=(
        "The codes are those practitioners' guides describe; the IRS's own code list (Document 6209) was not "
        "read, so the guides present them as what to look for, not as definitions. Not formalised: reading a "
        "transcript is the user's task; the checker asks for the dates."
    ),
)

RULES = (ACCOUNT_TRANSCRIPT,)

"""People to talk to, with phone numbers written as plain text (no link needs the network).

Each contact is one rule whose ``value`` holds ``name``, ``phone`` (as the
source prints it), optional ``tty`` and ``text``, and ``when`` (who it is for, in
plain words).  The checker's "Talk to someone" box and every guide render these.
Numbers change: each note says where the number was seen, on 2026-11-29.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Rule, secondary
from .sources import irc, irs

VERIFIED = date(2026, 11, 29)

I1040 = irs("Instructions for Form 1040 (2025), General Information", "instructions/i1040gi")


def _contact(cid: str, name: str, when: str, phone: str, cite: Cite, note: str, source: str, *, tty: str | None = None,
             text: str | None = None, also: tuple = ()) -> Rule:
    value = {"key": cid, "name": name, "when": when, "phone": phone, "tty": tty, "text": text}
    return Rule(
        id=f"contact-{cid}",
        label=f"{name}: {phone}. {when}",
        cite=cite,
        also=also,
        effective=date(2025, 1, 1),
        verified=VERIFIED,
        unit="table",
        value=value,
        note=note,
        status=secondary(source, VERIFIED),
    )


CONTACTS = (
    _contact(
        "tas", "Taxpayer Advocate Service",
        "Free help inside the IRS when a levy or other IRS action threatens rent, food or other basic needs, or "
        "your case is stuck.",
        "877-777-4778", I1040,
        "Seen in the 2025 Instructions for Form 1040, page 82, as transcribed in a public repository: 'You can "
        "reach TAS by calling the National Taxpayer Advocate helpline at 877-777-4778. People who are deaf, hard "
        "of hearing, or have a speech disability and who have access to TTY/TDD equipment can call "
        "800-829-4059.' Many secondary pages give the same number.",
        "The 2025 Instructions for Form 1040 as transcribed in a public repository (not the irs.gov PDF itself)",
        tty="800-829-4059",
        also=(irc("7811", "(a)"),),
    ),
    _contact(
        "innocent_spouse", "IRS Innocent Spouse office",
        "Questions about Form 8857 and innocent spouse relief.",
        "855-851-2009", I1040,
        "Seen in the 2025 Instructions for Form 1040, page 81 ('Innocent Spouse Relief'), as transcribed in a "
        "public repository: 'you can call the Innocent Spouse office toll free at 855-851-2009.'",
        "The 2025 Instructions for Form 1040 as transcribed in a public repository (not the irs.gov PDF itself)",
    ),
    _contact(
        "litc", "Low Income Taxpayer Clinics",
        "Free or low-cost representation if your income is modest. IRS Publication 4134 lists every clinic with "
        "its phone number; the Taxpayer Advocate Service can also tell you the nearest one.",
        "877-777-4778",
        irs("IRS, Low Income Taxpayer Clinics", "advocate/low-income-taxpayer-clinics"),
        "There is no single clinic number: clinics are independent. The number given is the Taxpayer Advocate "
        "Service's; the clinic list is IRS Publication 4134 (irs.gov/litc).",
        "The Taxpayer Advocate Service's number, from the same transcription of the 2025 Form 1040 instructions",
        also=(irs("Publication 4134, Low Income Taxpayer Clinic List", "pub/irs-pdf/p4134.pdf"),),
    ),
    _contact(
        "dv_hotline", "National Domestic Violence Hotline",
        "Free, confidential, at any hour: safety planning before you file, and local advocates.",
        "800-799-7233",
        Cite("National Domestic Violence Hotline, Get help", "https://www.thehotline.org/get-help/"),
        "Seen only in secondary text: many public pages quoting the hotline's own site ('call 1-800-799-SAFE "
        "(7233)', 'text START to 88788'). The hotline's page itself was not in the search tool's store on "
        "2026-11-29: check it before relying on the text option. The hotline is funded under the Family "
        "Violence Prevention and Services Act.",
        "Public pages quoting the hotline's own site; the hotline's page itself not seen",
        text="Text START to 88788",
    ),
)

RULES = CONTACTS

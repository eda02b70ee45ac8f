"""HHS poverty guidelines (the 100% figures), as published each January in the Federal Register.

Each table gives, for the 48 contiguous states and D.C., for Alaska and for Hawaii, the
guideline for a household of one and the amount added for each further person.  The
guideline for a household of n persons is ``base + (n - 1) * increment`` (the tables print
sizes 1 to 8 and give the increment for larger households; the printed rows follow the
same formula).  Rev. Proc. 2013-34 § 4.03(2)(b) compares a requesting spouse's income with
250% of these figures (see ``rp-2013-34-hardship-250`` in :mod:`calculator.law.relief`).
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Renewal, Rule, secondary, seen, unconfirmed

CHECKED = date(2026, 11, 27)

ASPE = Cite(
    "HHS/ASPE, Poverty Guidelines",
    "https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines",
)

AREAS = ("contiguous", "alaska", "hawaii")

HHS_2024 = Rule(
    id="hhs-poverty-2024",
    label="2024 HHS poverty guidelines: one person, and the amount for each additional person",
    cite=Cite(
        "Annual Update of the HHS Poverty Guidelines, 89 FR 2961 (Jan. 17, 2024), FR Doc. 2024-00796",
        "https://www.govinfo.gov/content/pkg/FR-2024-01-17/html/2024-00796.htm",
    ),
    also=(ASPE,),
    effective=date(2024, 1, 11),
    verified=CHECKED,
    status=secondary("Derived from a published 150% table (compansol.com) and factually.co; the Federal Register notice itself was not read", CHECKED),
    unit="table",
    value={"contiguous": (15_060, 5_380), "alaska": (18_810, 6_730), "hawaii": (17_310, 6_190)},
    note=(
        "Figures match FACTS.md I (derived there from the published 150% table) and a second "
        "independent public copy of the HHS series; the Federal Register page itself was not "
        "read, and the effective date of January 11, 2024 comes from a secondary copy of the "
        "table, not from the notice's DATES line."
    ),
)

HHS_2025 = Rule(
    id="hhs-poverty-2025",
    label="2025 HHS poverty guidelines: one person, and the amount for each additional person",
    cite=Cite(
        "Annual Update of the HHS Poverty Guidelines, 90 FR 5917 (Jan. 17, 2025), FR Doc. 2025-01377",
        "https://www.govinfo.gov/content/pkg/FR-2025-01-17/html/2025-01377.htm",
    ),
    also=(ASPE,),
    effective=date(2025, 1, 15),
    verified=CHECKED,
    status=unconfirmed("Searched again on 2026-11-29 (legal audit item 29): the govinfo page of 90 FR 5917 was found but only its heading and DATES line (January 15, 2025) were reachable, not its tables; secondary pages confirm the one-person figures ($15,650; Alaska $19,550; Hawaii $17,990) and the contiguous increment ($5,500). The Alaska and Hawaii increments ($6,880 and $6,330) were not found in any copy of the table", date(2026, 11, 29)),
    unit="table",
    value={"contiguous": (15_650, 5_500), "alaska": (19_550, 6_880), "hawaii": (17_990, 6_330)},
    note=(
        "Checked: the notice's citation and its effective date (DATES: January 15, 2025) on "
        "govinfo; the one-person figures (Alaska $19,550 quoted from the notice's PDF). NOT "
        "confirmed against the notice: the Alaska and Hawaii increments ($6,880 and $6,330), "
        "which are carried from FACTS.md I [from memory]. They matter only for checks dated "
        "January 15, 2025 to January 12, 2026, for households of two or more in Alaska or "
        "Hawaii; re-check them against the notice before relying on such a result."
    ),
)

HHS_2026 = Rule(
    id="hhs-poverty-2026",
    label="2026 HHS poverty guidelines: one person, and the amount for each additional person",
    cite=Cite(
        "Annual Update of the HHS Poverty Guidelines, 91 FR 1797 (Jan. 15, 2026), FR Doc. 2026-00755",
        "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm",
    ),
    also=(ASPE,),
    effective=date(2026, 1, 13),
    verified=CHECKED,
    status=seen("The ASPE 2026 poverty guidelines table and 91 FR 1797 on govinfo (legal audit item 50)", CHECKED),
    renews=Renewal(date(2027, 1, 15), "HHS publishes new poverty guidelines each January (the 2024 to 2026 tables took effect January 11 to 15)"),
    unit="table",
    value={"contiguous": (15_960, 5_680), "alaska": (19_950, 7_100), "hawaii": (18_360, 6_530)},
    note=(
        "All nine figures and the effective date are as quoted from the ASPE table and the "
        "govinfo notice in FACTS.md I; the printed 8-person row ($55,720 for the 48 states) "
        "agrees with base + 7 x increment."
    ),
)

#: Newest last.  ``calculator.poverty`` picks the newest table in effect on a date.
TABLES = (HHS_2024, HHS_2025, HHS_2026)

RULES = TABLES

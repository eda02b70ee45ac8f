"""Calendar rules: when a last day falls on a weekend or a legal holiday (IRC § 7503)."""

from __future__ import annotations

from datetime import date

from .model import Renewal, Rule, seen, unconfirmed
from .sources import dc_code, irc, irs, reg

VERIFIED = date(2026, 11, 27)
SEEN = date(2026, 11, 29)  # re-read in official text

NEXT_BUSINESS_DAY = Rule(
    id="irc-7503",
    label=(
        "When the last day for an act falls on a Saturday, Sunday or legal holiday, "
        "the act is on time if done on the next day that is none of these."
    ),
    cite=irc("7503"),
    also=(reg("301.7503-1", "(a)"),),
    effective=date(1954, 8, 16),
    verified=SEEN,
    status=seen("Treas. Reg. § 301.7503-1(a), 2015 annual CFR edition (18F/allregs copy), read 2026-11-29: 'such act shall be considered performed timely if performed on the next succeeding day which is not a Saturday, Sunday, or legal holiday'; the Code's own § 7503 text was not re-read", SEEN),
)

LEGAL_HOLIDAY_MEANING = Rule(
    id="legal-holiday-meaning",
    label=(
        "A legal holiday for IRC § 7503 is a legal holiday in the District of Columbia; for an act "
        "that must be done at an office outside D.C., a statewide holiday of that state also counts."
    ),
    cite=reg("301.7503-1", "(b)"),
    effective=date(1960, 1, 1),
    verified=SEEN,
    status=seen("Treas. Reg. § 301.7503-1(b), 2015 annual CFR edition (18F/allregs copy), read 2026-11-29: 'the term legal holiday includes the legal holidays in the District of Columbia as found in D.C. Code Ann. 28-2701', and for an act at an office outside D.C. 'any statewide legal holiday of the state where the act is required to be performed'", SEEN),
    note=(
        "Not formalised: statewide holidays of the state where an act must be done. Leaving them "
        "out can only make a deadline earlier, never later."
    ),
)

#: Each row: (name, rule, first year it counts). Rules: ("fixed", month, day),
#: ("nth", month, weekday, n) with Monday = 0, ("last", month, weekday), ("inauguration",).
DC_HOLIDAYS = Rule(
    id="dc-legal-holidays",
    label="Legal holidays in the District of Columbia, with the Saturday and Sunday observance rules",
    cite=dc_code("28-2701"),
    effective=date(2022, 7, 12),
    verified=VERIFIED,
    status=unconfirmed("No text of D.C. Code § 28-2701, nor of the D.C. Laws that added Emancipation Day and Juneteenth, was seen in any copy: the list was written from memory. Treas. Reg. § 301.7503-1(b) (2015 annual CFR edition, 18F/allregs copy, read 2026-11-29) was seen and points to that section without listing the days", VERIFIED),
    renews=Renewal(date(2027, 11, 27), "the District of Columbia adds legal holidays by law (Emancipation Day in 2006, Juneteenth in 2022); re-check each year"),
    unit="table",
    value=(
        ("New Year's Day", ("fixed", 1, 1), 1900),
        ("Inauguration Day", ("inauguration",), 1965),
        ("Dr. Martin Luther King, Jr.'s Birthday", ("nth", 1, 0, 3), 1986),
        ("Washington's Birthday", ("nth", 2, 0, 3), 1971),
        ("District of Columbia Emancipation Day", ("fixed", 4, 16), 2007),
        ("Memorial Day", ("last", 5, 0), 1971),
        ("Juneteenth National Independence Day", ("fixed", 6, 19), 2023),
        ("Independence Day", ("fixed", 7, 4), 1900),
        ("Labor Day", ("nth", 9, 0, 1), 1900),
        ("Indigenous Peoples' Day", ("nth", 10, 0, 2), 1971),
        ("Veterans Day", ("fixed", 11, 11), 1978),
        ("Thanksgiving Day", ("nth", 11, 3, 4), 1942),
        ("Christmas Day", ("fixed", 12, 25), 1900),
    ),
    note=(
        "A holiday on a Saturday is observed the Friday before (except Inauguration Day); one on a "
        "Sunday, the Monday after. Emancipation Day counts from 2007, the first year the IRS's own "
        "due dates treated it as a holiday (IR-2007-15, Announcement 2007-16); D.C. Law 16-91 made it "
        "a holiday from April 7, 2006, but the IRS's 2006 due date was Monday April 17, 2006, the "
        "day D.C. observed it (Notice 2006-23), so 2006 is counted the IRS's way, the earlier. "
        "Juneteenth counts from 2023: D.C. Law 24-147 added it to § 28-2701 effective July 12, 2022; "
        "the IRS counted it from 2021 (Pub. 509 for 2022), so 2021 and 2022 are treated as ordinary "
        "days, the earlier date. The rule on the IRS's calendar lists each day where the two disagree. "
        "Not formalised: a day the "
        "President appoints for public feasting or thanksgiving, which cannot be known in advance; "
        "leaving such days out can only make a deadline earlier."
    ),
)

#: Days one source treats as a legal holiday and the other does not; the calculator treats each as
#: an ordinary day (the earlier deadline) and says so when a deadline lands on one.
IRS_HOLIDAY_CALENDAR = Rule(
    id="irs-holiday-calendar",
    label=(
        "Where D.C. law and the IRS's own published due dates disagree about a holiday, the "
        "calculator uses the earlier date: the day is treated as an ordinary business day."
    ),
    cite=reg("301.7503-1", "(b)"),
    also=(
        irs("IR-2007-15 and Announcement 2007-16 (Emancipation Day, April 17, 2007)", "newsroom/questions-and-answers-april-17-deadline"),
        irs("Notice 2006-23 (the April 17, 2006 due date)", "pub/irs-irbs/irb06-11.pdf"),
        irs("Publication 509 (2022), What's New: Juneteenth", "pub/irs-prior/p509--2022.pdf"),
    ),
    effective=date(2005, 1, 1),
    verified=VERIFIED,
    status=seen(
        "Copies of IRS text read 2026-11-29: Announcement 2007-16 (IRB 2007-8) and the irs.gov archived "
        "'Questions and Answers - April 17 Deadline' (2007: Emancipation Day moved the due date; forms "
        "printed earlier said April 16); Notice 2006-23 (IRB 2006-11: due date 'April 17, 2006'); "
        "Pub. 509 (2022) 'What's New' (Juneteenth observed June 18, 2021 and June 20, 2022). The 2005 "
        "due date of April 15, 2005 only in a news report (AP, Apr. 15, 2005)",
        VERIFIED,
    ),
    unit="table",
    value={
        date(2005, 4, 15): (
            "District of Columbia Emancipation Day",
            "D.C. first observed Emancipation Day in 2005 (on Friday, April 15), but the IRS's due date "
            "that year was April 15, 2005",
        ),
        date(2006, 4, 17): (
            "District of Columbia Emancipation Day",
            "D.C. law made April 17, 2006 a holiday (Emancipation Day, observed), but the IRS's due date "
            "that year was Monday, April 17, 2006 (Notice 2006-23); the IRS first moved its due date "
            "for it in 2007",
        ),
        date(2021, 6, 18): (
            "Juneteenth National Independence Day",
            "the IRS treated June 18, 2021 as a legal holiday (Juneteenth, observed), but D.C. law "
            "listed Juneteenth only from July 12, 2022",
        ),
        date(2022, 6, 20): (
            "Juneteenth National Independence Day",
            "the IRS treated June 20, 2022 as a legal holiday (Juneteenth, observed), but D.C. law "
            "listed Juneteenth only from July 12, 2022",
        ),
    },
    note="Each listed day is an ordinary business day in the calculator's calendar.",
)

RULES = (NEXT_BUSINESS_DAY, LEGAL_HOLIDAY_MEANING, DC_HOLIDAYS, IRS_HOLIDAY_CALENDAR)

"""Calendar rules: when a last day falls on a weekend or a legal holiday (IRC § 7503)."""

from __future__ import annotations

from datetime import date

from .model import Renewal, Rule, seen, unconfirmed
from .sources import dc_code, irc, reg

VERIFIED = date(2026, 11, 27)

NEXT_BUSINESS_DAY = Rule(
    id="irc-7503",
    label=(
        "When the last day for an act falls on a Saturday, Sunday or legal holiday, "
        "the act is on time if done on the next day that is none of these."
    ),
    cite=irc("7503"),
    also=(reg("301.7503-1", "(a)"),),
    effective=date(1954, 8, 16),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.7503-1(a), 2015 annual CFR edition (quoted in our fact base G.1); the Code's own § 7503 text was not re-read", VERIFIED),
)

LEGAL_HOLIDAY_MEANING = Rule(
    id="legal-holiday-meaning",
    label=(
        "A legal holiday for IRC § 7503 is a legal holiday in the District of Columbia; for an act "
        "that must be done at an office outside D.C., a statewide holiday of that state also counts."
    ),
    cite=reg("301.7503-1", "(b)"),
    effective=date(1960, 1, 1),
    verified=VERIFIED,
    status=seen("Treas. Reg. § 301.7503-1(b), 2015 annual CFR edition (quoted in our fact base G.1)", VERIFIED),
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
    status=unconfirmed("The list follows our fact base G.1, marked [from memory]; the text of D.C. Code § 28-2701 and the D.C. Laws that added Emancipation Day and Juneteenth were not read in an official copy", VERIFIED),
    renews=Renewal(date(2027, 11, 27), "the District of Columbia adds legal holidays by law (Emancipation Day in 2006, Juneteenth in 2022); re-check each year"),
    unit="table",
    value=(
        ("New Year's Day", ("fixed", 1, 1), 1900),
        ("Inauguration Day", ("inauguration",), 1965),
        ("Dr. Martin Luther King, Jr.'s Birthday", ("nth", 1, 0, 3), 1986),
        ("Washington's Birthday", ("nth", 2, 0, 3), 1971),
        ("District of Columbia Emancipation Day", ("fixed", 4, 16), 2006),
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
        "Sunday, the Monday after. Emancipation Day counts from 2006 (D.C. Law 16-91, effective "
        "April 7, 2006). Juneteenth counts from 2023: D.C. Law 24-147 added it to § 28-2701 "
        "effective July 12, 2022, after the 2022 observance, so treating 2021 and 2022 as "
        "ordinary days keeps those deadlines at the earlier date. Not formalised: a day the "
        "President appoints for public feasting or thanksgiving, which cannot be known in advance; "
        "leaving such days out can only make a deadline earlier."
    ),
)

RULES = (NEXT_BUSINESS_DAY, LEGAL_HOLIDAY_MEANING, DC_HOLIDAYS)

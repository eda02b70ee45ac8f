"""Date arithmetic for tax deadlines: periods, D.C. legal holidays and IRC § 7503.

Pure functions of their arguments; nothing here reads the clock.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from functools import lru_cache

from .law import rule

SATURDAY, SUNDAY = 5, 6


def add_days(start: date, days: int) -> date:
    """The day ``days`` after ``start`` (a notice dated the 1st plus 30 days ends on the 31st)."""
    return start + timedelta(days=days)


def add_months(start: date, months: int) -> date:
    """Same day of the month ``months`` later; a day the month lacks becomes its last day.

    Clamping to the end of the month is the earlier of the possible readings.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, _cal.monthrange(year, month)[1]))


def add_years(start: date, years: int) -> date:
    """Same month and day ``years`` later; February 29 becomes February 28 (the earlier reading)."""
    return add_months(start, 12 * years)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date, *, shift_saturday: bool = True) -> date:
    """D.C. Code § 28-2701: Saturday holidays move to Friday, Sunday holidays to Monday."""
    if day.weekday() == SATURDAY and shift_saturday:
        return day - timedelta(days=1)
    if day.weekday() == SUNDAY:
        return day + timedelta(days=1)
    return day


def _holidays_of_year(year: int) -> dict[date, str]:
    """Observed D.C. legal holidays for the holidays *of* ``year`` (some may fall in year - 1)."""
    out: dict[date, str] = {}
    for name, spec, first_year in rule("dc-legal-holidays").value:
        if year < first_year:
            continue
        kind = spec[0]
        if kind == "fixed":
            out[_observed(date(year, spec[1], spec[2]))] = name
        elif kind == "nth":
            out[_nth_weekday(year, spec[1], spec[2], spec[3])] = name
        elif kind == "last":
            out[_last_weekday(year, spec[1], spec[2])] = name
        elif kind == "inauguration":
            if (year - first_year) % 4 == 0:
                out[_observed(date(year, 1, 20), shift_saturday=False)] = name
        else:  # pragma: no cover - guarded by the law data's own tests
            raise ValueError(f"unknown holiday rule {spec!r}")
    return out


@lru_cache(maxsize=256)
def dc_legal_holidays(year: int) -> dict[date, str]:
    """Every observed D.C. legal holiday that falls within calendar ``year``, by date."""
    out: dict[date, str] = {}
    for source_year in (year, year + 1):  # New Year's Day on a Saturday is observed on December 31
        for day, name in _holidays_of_year(source_year).items():
            if day.year == year:
                out[day] = name
    return dict(sorted(out.items()))


def non_business_reason(day: date) -> str | None:
    """Why ``day`` is not a business day for IRC § 7503, or None if it is one."""
    if day.weekday() == SATURDAY:
        return "a Saturday"
    if day.weekday() == SUNDAY:
        return "a Sunday"
    name = dc_legal_holidays(day.year).get(day)
    return f"a D.C. legal holiday ({name})" if name else None


def calendar_disagreement(day: date) -> str | None:
    """Why ``day`` counts as an ordinary day although one source made it a holiday, or None.

    Where D.C. law and the IRS's published due dates disagree, the earlier date is used
    (rule ``irs-holiday-calendar``)."""
    found = rule("irs-holiday-calendar").value.get(day)
    if found is None:
        return None
    return (
        f"{day.isoformat()} is treated as an ordinary business day: {found[1]}. Where the two disagree, "
        "the earlier date is used."
    )


def next_business_day(day: date) -> date:
    """IRC § 7503: ``day`` itself if it is a business day, else the next day that is one."""
    while non_business_reason(day):
        day += timedelta(days=1)
    return day


def add_business_days(start: date, days: int) -> date:
    """The ``days``-th business day after ``start`` (for periods such as IRC § 6320's five business days)."""
    day = start
    for _ in range(days):
        day = next_business_day(day + timedelta(days=1))
    return day


def explain_roll(last_day: date) -> str | None:
    """A sentence saying why § 7503 moves ``last_day``, or None when it stands."""
    reason = non_business_reason(last_day)
    if reason is None:
        return None
    moved = next_business_day(last_day)
    return (
        f"The period ends on {last_day.isoformat()}, which is {reason}, "
        f"so the deadline moves to the next business day, {moved.isoformat()}."
    )

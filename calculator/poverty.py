"""The HHS poverty guidelines as a function: household size and area to an annual dollar figure.

The figures live in :mod:`calculator.law.poverty`; this module only applies the published
formula (one person, plus the increment for each additional person).
"""

from __future__ import annotations

from datetime import date

from .law import Rule
from .law.poverty import AREAS, TABLES


def _table(year: int) -> Rule:
    for table in TABLES:
        if table.effective.year == year:
            return table
    known = ", ".join(str(t.effective.year) for t in TABLES)
    raise ValueError(f"no HHS poverty guidelines recorded for {year}; recorded years: {known}")


def _apply(table: Rule, area: str, size: int) -> int:
    if area not in AREAS:
        raise ValueError(f"area must be one of {', '.join(AREAS)}, not {area!r}")
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError(f"household size must be a whole number of at least 1, not {size!r}")
    base, increment = table.value[area]
    return base + (size - 1) * increment


def guideline(year: int, area: str, size: int) -> int:
    """The 100% HHS poverty guideline for ``year`` (the year of the January notice).

    Formula from the notices (HHS, "Annual Update of the HHS Poverty Guidelines"): the
    one-person figure plus the per-person increment for each further member.
    """
    return _apply(_table(year), area, size)


def guideline_in_effect(as_of: date, area: str, size: int) -> tuple[int, Rule]:
    """The guideline from the newest table whose effective date is on or before ``as_of``.

    Rev. Proc. 2013-34 § 4.03(2)(b) does not say which year's table applies; we use the one
    in effect on the date of the check (see the note on ``rp-2013-34-hardship-250``).  A date
    before the oldest recorded table raises ValueError.
    """
    in_effect = [t for t in TABLES if t.effective <= as_of]
    if not in_effect:
        raise ValueError(f"no HHS poverty guidelines recorded as in effect on {as_of.isoformat()}")
    table = max(in_effect, key=lambda t: t.effective)
    return _apply(table, area, size), table

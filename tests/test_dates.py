"""IRC § 7503 and D.C. legal holidays: hand-worked dates, and the `holidays` package as an oracle."""

from datetime import date

import holidays
import pytest

from calculator.dates import add_years, dc_legal_holidays, explain_roll, next_business_day


@pytest.mark.parametrize(
    ("last_day", "expected"),
    [
        # Emancipation Day (April 16) fell on a Saturday in 2011, observed Friday the 15th.
        (date(2011, 4, 15), date(2011, 4, 18)),
        # April 15, 2017 was a Saturday; Emancipation Day (Sunday the 16th) was observed Monday the 17th.
        (date(2017, 4, 15), date(2017, 4, 18)),
        # Emancipation Day 2022 fell on a Saturday, observed Friday April 15.
        (date(2022, 4, 15), date(2022, 4, 18)),
        # New Year's Day 2022 fell on a Saturday, observed Friday December 31, 2021.
        (date(2021, 12, 31), date(2022, 1, 3)),
        # An ordinary Friday stands.
        (date(2024, 3, 15), date(2024, 3, 15)),
        # Inauguration Day 2013 fell on a Sunday, observed Monday the 21st, which was also MLK Day.
        (date(2013, 1, 20), date(2013, 1, 22)),
        (date(2013, 1, 21), date(2013, 1, 22)),
    ],
)
def test_next_business_day_hand_worked(last_day, expected):
    assert next_business_day(last_day) == expected


def test_explain_roll_names_the_reason_and_the_new_day():
    text = explain_roll(date(2022, 4, 15))
    assert "Emancipation Day" in text and "2022-04-18" in text
    assert explain_roll(date(2024, 3, 15)) is None


def test_add_years_from_leap_day_takes_the_earlier_day():
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)


def _weekday_holidays_per_oracle(year: int) -> set[date]:
    # Observed days can cross a year boundary (New Year's Day on a Saturday), so ask for both neighbours.
    oracle = holidays.US(subdiv="DC", years=[year - 1, year, year + 1])
    return {day for day in oracle if day.year == year and day.weekday() < 5}


#: Weekday holidays the oracle has and we deliberately do not, each where D.C. law and the IRS's own
#: due dates disagree, so the earlier date is used:
#: - 2005-04-15 (Emancipation Day, Saturday April 16 observed Friday): the 2005 due date was April 15.
#: - 2006-04-17 (Emancipation Day, Sunday April 16 observed Monday; D.C. Law 16-91, effective April 7,
#:   2006): Notice 2006-23 gives "the April 17, 2006, due date"; the IRS first moved its due date for
#:   Emancipation Day in 2007 (Announcement 2007-16: "Taxpayers across the nation have until Tuesday,
#:   April 17, 2007 ... because ... Monday, April 16, is Emancipation Day").
#: - 2021-06-18 and 2022-06-20 (Juneteenth observed): D.C. Law 24-147 added it only from July 12, 2022,
#:   although Pub. 509 (2022) says "In 2021, the holiday was observed on Friday, June 18, 2021. In 2022,
#:   the holiday will be observed on Monday, June 20, 2022."
ORACLE_ONLY = {date(2005, 4, 15), date(2006, 4, 17), date(2021, 6, 18), date(2022, 6, 20)}


def test_dc_legal_holidays_match_the_oracle_except_documented_differences():
    ours_only, oracle_only = set(), set()
    for year in range(1999, 2061):
        ours = {day for day in dc_legal_holidays(year) if day.weekday() < 5}
        oracle = _weekday_holidays_per_oracle(year)
        ours_only |= ours - oracle
        oracle_only |= oracle - ours
    assert ours_only == set()
    assert oracle_only == ORACLE_ONLY

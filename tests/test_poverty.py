"""HHS poverty guidelines: the published figures (FACTS.md I) and the notices' formula."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.law import rule
from calculator.poverty import guideline, guideline_in_effect

# One-person figures and increments, typed from FACTS.md section I (not from the code).
TABLE_I = [
    (2024, "contiguous", 15_060, 5_380),
    (2024, "alaska", 18_810, 6_730),
    (2024, "hawaii", 17_310, 6_190),
    (2025, "contiguous", 15_650, 5_500),
    (2025, "alaska", 19_550, 6_880),
    (2025, "hawaii", 17_990, 6_330),
    (2026, "contiguous", 15_960, 5_680),
    (2026, "alaska", 19_950, 7_100),
    (2026, "hawaii", 18_360, 6_530),
]


@pytest.mark.parametrize("year, area, one, increment", TABLE_I)
def test_table_i_one_person_and_increment(year, area, one, increment):
    assert guideline(year, area, 1) == one
    assert guideline(year, area, 2) - guideline(year, area, 1) == increment


@pytest.mark.parametrize(
    "year, area, size, expected",
    [
        (2026, "contiguous", 8, 55_720),  # printed row of the 2026 table (FACTS.md I, verified)
        (2025, "contiguous", 4, 32_150),  # 2025 family of four, as published
        (2025, "contiguous", 8, 54_150),  # 2025 eight persons, as published
        (2024, "contiguous", 4, 31_200),  # 15,060 + 3 x 5,380
        (2026, "alaska", 3, 34_150),  # 19,950 + 2 x 7,100
        (2026, "hawaii", 10, 77_130),  # 18,360 + 9 x 6,530
    ],
)
def test_household_sizes(year, area, size, expected):
    assert guideline(year, area, size) == expected


@pytest.mark.parametrize(
    "area, two_fifty",
    [("contiguous", 39_900), ("alaska", 49_875), ("hawaii", 45_900)],
)
def test_250_percent_column_of_table_i_for_2026(area, two_fifty):
    assert guideline(2026, area, 1) * 250 / 100 == two_fifty


@pytest.mark.parametrize(
    "as_of, year",
    [
        (date(2024, 1, 11), 2024),
        (date(2025, 1, 14), 2024),
        (date(2025, 1, 15), 2025),
        (date(2026, 1, 12), 2025),
        (date(2026, 1, 13), 2026),
        (date(2026, 11, 27), 2026),
        (date(2031, 6, 1), 2026),
    ],
)
def test_guideline_in_effect_picks_the_newest_table_effective_on_the_date(as_of, year):
    amount, table = guideline_in_effect(as_of, "contiguous", 1)
    assert table.id == f"hhs-poverty-{year}"
    assert amount == guideline(year, "contiguous", 1)


def test_no_table_before_the_oldest_recorded():
    with pytest.raises(ValueError):
        guideline_in_effect(date(2024, 1, 10), "contiguous", 1)


@pytest.mark.parametrize("bad", [("guam", 1), ("contiguous", 0), ("contiguous", True), ("contiguous", 2.0)])
def test_invalid_area_or_size(bad):
    with pytest.raises(ValueError):
        guideline(2026, *bad)


def test_unknown_year():
    with pytest.raises(ValueError):
        guideline(2019, "contiguous", 1)


def test_tables_cite_the_federal_register():
    for year in (2024, 2025, 2026):
        cite = rule(f"hhs-poverty-{year}").cite
        assert "FR" in cite.title and cite.url.startswith("https://www.govinfo.gov/")


@settings(max_examples=100, deadline=None)
@given(
    year=st.sampled_from([2024, 2025, 2026]),
    area=st.sampled_from(["contiguous", "alaska", "hawaii"]),
    size=st.integers(min_value=1, max_value=49),
)
def test_each_extra_person_adds_the_same_amount(year, area, size):
    step = guideline(year, area, 2) - guideline(year, area, 1)
    assert step > 0
    assert guideline(year, area, size + 1) - guideline(year, area, size) == step
    assert guideline(year, area, size) == guideline(year, area, 1) + (size - 1) * step

"""The calendar file of deadlines (calculator.ics), read back with the icalendar library (tests only)."""

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import assess
from calculator.ics import calendar, fold

EXAMPLES = Path(__file__).parent / "examples"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def events(text: str) -> list:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


def by_start(text: str) -> dict[date, list]:
    out: dict[date, list] = {}
    for event in events(text):
        out.setdefault(event.decoded("DTSTART"), []).append(event)
    return out


def test_levy_case_dates_worked_out_by_hand():
    text = calendar(assess(example("abuse-underpayment-levy.json")))
    days = by_start(text)
    # Levy notice dated 2026-11-16: 30 days later is Wednesday 2026-12-16 (IRC § 6330(a)(3)(B)).
    assert any("hearing" in str(e["SUMMARY"]) for e in days[date(2026, 12, 16)])
    # Return filed on its due date 2024-04-15: 3 years later, Thursday 2027-04-15 (IRC § 6511(a)).
    assert any("refund" in str(e["SUMMARY"]) for e in days[date(2027, 4, 15)])
    # Assessed 2024-05-20: 10 years later is Saturday 2034-05-20, so Monday 2034-05-22 (IRC §§ 6502, 7503).
    summaries = [str(e["SUMMARY"]) for e in days[date(2034, 5, 22)]]
    assert any("Equitable relief" in s for s in summaries)  # the relief path's own last day
    assert any("CSED" in s for s in summaries)  # and the collection statute itself
    # Innocent spouse relief and separation of liability do not appear to be available here: no entry.
    assert not any("6015(b)" in str(e["SUMMARY"]) for e in events(text))


def test_every_event_is_all_day_with_alarms_at_30_7_and_1_days_and_the_check_date_as_stamp():
    facts = example("abuse-underpayment-levy.json")
    text = calendar(assess(facts))
    found = events(text)
    assert len(found) >= 4
    for event in found:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and end == start + timedelta(days=1)
        assert event.decoded("DTSTAMP") == datetime(2026, 11, 27, tzinfo=timezone.utc)
        alarms = event.walk("VALARM")
        assert all(alarm["ACTION"] == "DISPLAY" for alarm in alarms)
        assert [alarm.decoded("TRIGGER") for alarm in alarms] == [timedelta(days=-30), timedelta(days=-7), timedelta(days=-1)]
        assert "2023" in str(event["SUMMARY"])  # the tax year
        assert "not advice" in str(event["DESCRIPTION"])
    assert len({str(e["UID"]) for e in found}) == len(found)


def test_same_facts_same_file_and_uids_survive_a_later_check():
    facts = example("abuse-underpayment-levy.json")
    first = calendar(assess(facts))
    assert calendar(assess(facts)) == first
    later = calendar(assess({**facts, "as_of": "2026-12-01"}))
    uids = lambda text: {str(e["UID"]): e.decoded("DTSTART") for e in events(text)}  # noqa: E731
    assert uids(later) == uids(first)  # a re-import updates the same events
    assert "DTSTAMP:20261201T000000Z" in later


def test_passed_deadlines_are_left_out():
    facts = example("abuse-underpayment-levy.json")
    text = calendar(assess({**facts, "as_of": "2026-12-17"}))  # the day after the 30-day hearing window
    starts = by_start(text)
    assert date(2026, 12, 16) not in starts
    assert date(2027, 4, 15) in starts
    assert all(day >= date(2026, 12, 17) for day in starts)


def test_lines_are_crlf_and_at_most_75_octets():
    text = calendar(assess(example("harry-sally-injured-spouse.json")))
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")


def synthetic(title: str, rule: str) -> dict:
    return {
        "as_of": "2026-11-27",
        "facts": {"tax_year": 2024},
        "relief": [],
        "deadlines": [
            {"id": "appeal", "title": title, "due": "2027-01-04", "status": "open", "days_left": 38,
             "rule": rule, "can_extend": False,
             "reasons": [{"text": "r", "cite": "IRC § 1", "url": "https://example.invalid/a", "rule": "x"}]},
        ],
    }  # fmt: skip


def test_text_with_commas_semicolons_backslashes_and_newlines_reads_back_exactly():
    title = 'Appeal, then court; C:\\forms\\12509 "quoted"\nsecond line — § 6015(e)'
    rule = "Line one;\nline two, with a comma\\ and a backslash"
    (event,) = events(calendar(synthetic(title, rule)))
    assert str(event["SUMMARY"]) == title + " (tax year 2024)"
    assert str(event["DESCRIPTION"]).startswith(rule + "\n- r (IRC § 1)")
    assert "cannot be extended" in str(event["DESCRIPTION"])


@settings(max_examples=150)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_folding_keeps_every_line_within_75_octets_and_unfolds_to_the_same_text(text):
    folded = fold(text)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == text


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1, max_size=200))
def test_any_title_survives_the_round_trip(title):
    (event,) = events(calendar(synthetic(title, "rule")))
    assert str(event["SUMMARY"]) == title + " (tax year 2024)"


def test_one_event_per_day_and_no_line_twice():
    """The audit's paralegal file had the CSED and equitable relief as two events on 2034-05-15, and the
    (b)+(c) event listed its reasons twice: now one event per day, each description line once."""
    for name in ("abuse-underpayment-levy.json", "harry-sally-injured-spouse.json", "levy-missed-bc-window.json"):
        found = events(calendar(assess(example(name))))
        starts = [e.decoded("DTSTART") for e in found]
        assert len(starts) == len(set(starts)), name
        for event in found:
            lines = str(event["DESCRIPTION"]).split("\n")
            assert len(lines) == len(set(lines)), name
            assert "(Form 8379) (Form 8379)" not in str(event["SUMMARY"])


def test_neutral_titles_say_nothing_about_the_topic():
    facts = example("abuse-underpayment-levy.json")
    plain, neutral = calendar(assess(facts)), calendar(assess(facts), neutral=True)
    assert [e.decoded("DTSTART") for e in events(neutral)] == [e.decoded("DTSTART") for e in events(plain)]
    lowered = neutral.lower()
    for word in ("relief", "spouse", "irs", "tax", "levy", "hearing", "form", "jointly", "debt", "offset"):
        assert word not in lowered, word
    # Its UIDs are still stable from one check to the next, so a re-import updates the same events.
    later = calendar(assess({**facts, "as_of": "2026-12-01"}), neutral=True)
    assert {str(e["UID"]) for e in events(later)} == {str(e["UID"]) for e in events(neutral)}
    assert all(str(e["SUMMARY"]) == "Paperwork due" for e in events(neutral))


def test_a_case_gives_one_calendar_for_every_year_with_its_reference():
    # tests/cases/two-years-levy-understatement.json, worked by hand in tests/test_case.py: one levy
    # notice of 2026-11-02 for 2021 and 2022, so a hearing entry on Wednesday 2026-12-02 for each year,
    # and the § 6015(b)/(c) elections' last day, Thursday 2028-11-02, for each year.
    case = json.loads((Path(__file__).parent / "cases" / "two-years-levy-understatement.json").read_text(encoding="utf-8"))
    text = calendar(assess(case))
    found = events(text)
    assert len({str(e["UID"]) for e in found}) == len(found)  # each year's entry is its own event
    days = by_start(text)
    hearings = sorted(str(e["SUMMARY"]) for e in days[date(2026, 12, 2)])
    assert len(hearings) == 2 and "tax year 2021" in hearings[0] and "tax year 2022" in hearings[1]
    assert len(days[date(2028, 11, 2)]) == 2
    assert all("Client reference: A-2021-22" in str(e["DESCRIPTION"]) for e in found)
    assert "tax years 2021\\, 2022" in str(icalendar.Calendar.from_ical(text)["X-WR-CALNAME"])  # X- values stay escaped
    starts = [e.decoded("DTSTART") for e in found]
    assert starts == sorted(starts)


def test_a_case_with_one_year_gives_the_calendar_of_that_year():
    from calculator.case import lift

    facts = example("abuse-underpayment-levy.json")
    assert calendar(assess(lift(facts))) == calendar(assess(facts))

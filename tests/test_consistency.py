"""Facts that cannot be true, and facts that look like slips (calculator/consistency.py).

Named after the reliability audit's probes (../shared/audits/2026-11-29/reliability.md,
section 2, S1-S23, and the crashes C13/C14): each case of "semantic nonsense that passes
validation" must now be flagged, and an impossible fact must not carry a verdict or a date.
The expected flags are worked out from the facts by hand; the dates in comments show the
working.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calculator
from calculator.consistency import MAY_BE_FUTURE

EXAMPLES = Path(__file__).resolve().parent / "examples"
LEVY = json.loads((EXAMPLES / "abuse-underpayment-levy.json").read_text(encoding="utf-8"))
HARRY = json.loads((EXAMPLES / "harry-sally-injured-spouse.json").read_text(encoding="utf-8"))
MISSED = json.loads((EXAMPLES / "levy-missed-bc-window.json").read_text(encoding="utf-8"))
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def with_events(base: dict, *events: dict, **fields) -> dict:
    facts = copy.deepcopy(base)
    facts.update(fields)
    if events:
        facts["events"] = [*facts.get("events", []), *events]
    return facts


def flags(out: dict, kind: str) -> dict[str, str]:
    return {item["field"]: item["check"] for item in out["consistency"][kind]}


def shown_text(out: dict) -> str:
    """Everything the reader is told as a verdict, a deadline or a plan (not the consistency block)."""
    return json.dumps([out["relief"], out["deadlines"], out["plan"], out["collection_alternatives"]])


def assert_not_used(out: dict, value: str) -> None:
    """The impossible value starts no deadline, and no verdict, date or plan item quotes it,
    except the held-back paths, whose only reason is the message asking to check it."""
    shown = [r for r in out["relief"] if r["verdict"] != "check"]
    assert value not in json.dumps([shown, out["deadlines"], out["plan"]]), value
    for r in out["relief"]:
        if r["verdict"] == "check":
            assert r["deadline"] is None and r["headline"].startswith("Check")


# --- S rows that FAILED: each is now flagged -----------------------------------------------


def test_S1_levy_notice_after_as_of_is_impossible_and_starts_no_clock():
    # Levy notice dated 2030-01-10, as_of 2026-11-27: it cannot have been received yet. The
    # audit saw a CDP deadline of 2030-02-11 "open" and a two-year clock to 2032-01-12.
    facts = with_events(LEVY)
    facts["events"][2]["date"] = "2030-01-10"
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[2].date": "after_check_date"}
    assert not {"cdp_hearing", "equivalent_hearing"} & {d["id"] for d in out["deadlines"]}
    assert {h["id"] for h in out["consistency"]["held"]} >= {"cdp_hearing", "equivalent_hearing"}
    for bad in ("2030-01-10", "2030-02-11", "2032-01-12"):
        assert_not_used(out, bad)
    # What does not depend on the levy stays: the refund period from the 2024-04-15 filing
    # (2024-04-15 + 3 years = 2027-04-15, a Thursday) is still given.
    assert "2027-04-15" in {d["due"] for d in out["deadlines"]}


def test_S2_every_event_after_as_of_is_flagged():
    facts = with_events(LEVY, as_of="2020-01-01")
    out = calculator.assess(facts)
    impossible = flags(out, "impossible")
    # return_filed 2024-04-15 and all three events (2024-05-20, 2024-06-03, 2026-11-16) > 2020-01-01;
    # tax year 2023 is also after the check's year 2020.
    assert {"return_filed", "events[0].date", "events[1].date", "events[2].date", "tax_year"} <= set(impossible)
    assert out["deadlines"] == []
    assert all(r["verdict"] in ("check", "not_available", "needs_info") for r in out["relief"])


def test_S3_as_of_in_year_one_holds_everything_back():
    out = calculator.assess(with_events(LEVY, as_of="0001-01-01"))
    assert "as_of" in flags(out, "impossible")
    assert out["deadlines"] == [] and {r["verdict"] for r in out["relief"]} == {"check"}
    assert "739965" not in json.dumps(out) and "739,965" not in json.dumps(out)


def test_S4_tax_year_after_the_check_year():
    out = calculator.assess(with_events(LEVY, tax_year=2030))
    assert flags(out, "impossible").get("tax_year") == "tax_year_after_check"
    assert_not_used(out, "2034-04-18")  # the refund deadline the audit saw (2030 + 4 years)


def test_S5_return_filed_before_the_tax_year_ended():
    out = calculator.assess(with_events(LEVY, return_filed="2023-03-01"))  # tax year 2023 ends 2023-12-31
    assert flags(out, "impossible") == {"return_filed": "filed_before_year_end"}
    assert_not_used(out, "2023-03-01")


def test_S6_return_filed_after_as_of():
    out = calculator.assess(with_events(LEVY, return_filed="2027-06-01"))
    assert flags(out, "impossible") == {"return_filed": "after_check_date"}
    # 2027-06-01 + 3 years = 2030-06-01, a Saturday: § 7503 gives Monday 2030-06-03 (the audit's date).
    assert_not_used(out, "2030-06-03")
    assert "refund_claim" not in {d["id"] for d in out["deadlines"]}


def test_S7_joint_refund_offset_inside_the_tax_year():
    facts = copy.deepcopy(HARRY)
    facts["events"][0]["date"] = "2025-06-01"  # tax year 2025 has not ended; there is no return yet
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[0].date": "offset_before_year_end"}
    assert_not_used(out, "2025-06-01")
    # The verdict shown is the one the facts give without that offset: the refund period runs
    # from the return (due 2026-04-15, filed 2026-03-02), not from the offset, so it may stay.
    without = calculator.assess({**facts, "events": []})
    assert {r["id"]: (r["verdict"], r["deadline"]) for r in out["relief"] if r["verdict"] != "check"}.items() <= {
        r["id"]: (r["verdict"], r["deadline"]) for r in without["relief"]}.items()


def test_S8_joint_refund_offset_before_the_return_was_filed():
    facts = copy.deepcopy(HARRY)
    facts["events"][0]["date"] = "2026-02-01"  # return filed 2026-03-02
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[0].date": "before_return"}
    assert_not_used(out, "2026-02-01")


def test_S9_deficiency_notice_before_the_return_is_a_warning():
    # The IRS can issue a notice before a late return arrives, so this is unlikely, not impossible.
    out = calculator.assess(with_events(MISSED, {"type": "deficiency_notice", "date": "2019-06-01"}))
    assert flags(out, "unlikely") == {"events[3].date": "before_return"}
    assert out["consistency"]["impossible"] == []


def test_S10_assessment_before_the_tax_year_began():
    facts = copy.deepcopy(LEVY)
    facts["events"][0]["date"] = "2020-05-20"  # tax year 2023 began 2023-01-01
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[0].date": "before_tax_year"}
    # The audit saw the collection statute moved to 2030-05-20 (2020-05-20 + 10 years).
    assert "2030-05-20" not in {d["due"] for d in out["deadlines"]}
    assert_not_used(out, "2020-05-20")


def test_S11_final_determination_before_the_request():
    out = calculator.assess(with_events(MISSED, {"type": "final_determination", "date": "2023-01-01"}))
    assert flags(out, "impossible") == {"events[3].date": "answer_before_request"}
    # The audit saw a Tax Court deadline "passed 2023-04-03" (2023-01-01 + 90 days = 2023-04-01, a Saturday).
    assert_not_used(out, "2023-04-03")
    assert {r["id"]: r["verdict"] for r in out["relief"]}["separation_of_liability"] != "likely"


def test_S12_apart_since_in_the_future():
    out = calculator.assess(with_events(LEVY, apart_since="2029-01-01"))
    assert flags(out, "impossible") == {"apart_since": "after_check_date"}
    message = out["consistency"]["impossible"][0]["message"]
    assert "Since when have you lived in separate households?" in message and "2029-01-01" in message


@pytest.mark.parametrize("paid", [{"my_withholding": 1000}, {"my_withholding": None, "my_estimated_payments": None, "my_withholding_and_payments": 1000}],
                         ids=["withholding", "older single payments figure"])
def test_S15_offset_larger_than_any_refund_the_figures_allow(paid):
    facts = copy.deepcopy(HARRY)
    facts["offset"].update(paid)
    # Refund at most 1,000 payments + 0 credits - 15,000 tax < 0, so none; the spouse had no
    # income and so no withholding. A 6,000 offset cannot be.
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"offset.offset_amount": "offset_over_refund"}
    injured = next(r for r in out["relief"] if r["id"] == "injured_spouse")
    assert injured["verdict"] != "likely"


def test_S16_a_trillion_dollar_offset():
    facts = copy.deepcopy(HARRY)
    facts["offset"]["offset_amount"] = 10**12
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"offset.offset_amount": "offset_over_refund"}
    assert flags(out, "unlikely") == {"offset.offset_amount": "billions"}


def test_S17_payments_over_the_amount_assessed_are_a_warning():
    out = calculator.assess(with_events(LEVY, {"type": "payment", "date": "2025-01-10", "amount": 500_000}))
    assert flags(out, "unlikely") == {"events[3].amount": "paid_over_assessed"}


def test_S19_monthly_income_far_from_a_twelfth_of_the_yearly():
    facts = copy.deepcopy(LEVY)
    facts["household"].update(monthly_income=10_000, annual_income=1_000)  # 120,000 a year vs 1,000
    out = calculator.assess(facts)
    assert flags(out, "unlikely") == {"household.monthly_income": "income_mismatch"}
    assert out["consistency"]["impossible"] == []


def test_S21_relief_requested_before_the_return_was_filed():
    facts = copy.deepcopy(MISSED)
    facts["events"][2]["date"] = "2019-01-01"  # return filed 2020-07-15; tax year 2019 began 2019-01-01
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[2].date": "before_return"}
    assert {r["id"]: r["verdict"] for r in out["relief"]}["separation_of_liability"] != "likely"


def test_S22_relief_requested_after_as_of():
    facts = copy.deepcopy(MISSED)
    facts["events"][2]["date"] = "2030-01-01"
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"events[2].date": "after_check_date"}
    assert_not_used(out, "2030-01-01")
    # The audit's "equitable relief deadline 2031-09-15" is the collection statute from the
    # 2021-09-13 assessment (+10 years = 2031-09-13, a Saturday -> Monday 2031-09-15): it does
    # not depend on the request, so it stays.
    assert {r["id"]: r["deadline"] for r in out["relief"]}["equitable_relief"] == "2031-09-15"


def test_S23_a_bankruptcy_that_ended_in_the_future_extends_nothing():
    out = calculator.assess(with_events(LEVY, {"type": "bankruptcy", "date": "2025-01-01", "end": "2031-01-01"}))
    assert flags(out, "impossible") == {"events[3].end": "after_check_date"}
    assert "Leave the end out" in out["consistency"]["impossible"][0]["message"]
    assert_not_used(out, "2040-11-16")


# --- S rows that passed stay quiet ---------------------------------------------------------


def test_S13_long_separation_is_not_impossible():
    out = calculator.assess(with_events(LEVY, marital_status="married", apart_since="1950-01-01"))
    assert out["consistency"]["impossible"] == []
    assert flags(out, "unlikely") == {"apart_since": "before_first_year"}  # a warning, and the check runs
    assert all(r["verdict"] != "check" for r in out["relief"])


@pytest.mark.parametrize("name", ["abuse-underpayment-levy", "harry-sally-injured-spouse", "levy-missed-bc-window",
                                  "accepted-offer-in-compromise", "separate-return-community-property"])  # fmt: skip
def test_the_examples_are_consistent(name):
    out = calculator.assess(json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))
    assert out["consistency"] == {"impossible": [], "unlikely": [], "held": []}


# --- crashes: C13, C14 ---------------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [("return_filed", "9999-12-31"), ("levy", "9989-06-01"), ("levy", "9999-12-31")])
def test_C13_C14_dates_near_the_calendar_end_never_crash(field, value):
    facts = copy.deepcopy(LEVY)
    if field == "levy":
        facts["events"][2]["date"] = value
    else:
        facts[field] = value
    result = calculator.check(facts)
    assert result["ok"] is True, result
    assert result["result"]["consistency"]["impossible"]
    assert_not_used(result["result"], value)


def test_as_of_at_the_calendar_end_holds_everything():
    out = calculator.assess(with_events(LEVY, as_of="9999-12-31", return_filed="9999-12-30"))
    assert "as_of" in flags(out, "impossible")
    assert out["deadlines"] == []


# --- the ux audit's "obviously wrong answers" ---------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "check"),
    [
        ({"levy": "2027-03-01"}, "events[2].date", "after_check_date"),  # levy notice in the future
        ({"levy": "2021-05-01"}, "events[2].date", "before_tax_year"),  # before tax year 2023 began
        ({"levy": "0202-11-16"}, "events[2].date", "before_tax_year"),  # year typed as 0202
        ({"return_filed": "2023-03-01"}, "return_filed", "filed_before_year_end"),
        ({"tax_year": 2028}, "tax_year", "tax_year_after_check"),
        ({"deficiency": "2027-01-04"}, "events[3].date", "after_check_date"),  # notice of deficiency in the future
    ],
)
def test_ux_wrong_answers_are_caught(change, field, check):
    facts = copy.deepcopy(LEVY)
    for key, value in change.items():
        if key == "levy":
            facts["events"][2]["date"] = value
        elif key == "deficiency":
            facts["events"].append({"type": "deficiency_notice", "date": value})
        else:
            facts[key] = value
    out = calculator.assess(facts)
    assert flags(out, "impossible").get(field) == check


def test_a_levy_before_the_tax_year_does_not_flip_relief():
    """ux audit: a levy dated before the tax year turned two reliefs into "not available"."""
    facts = copy.deepcopy(LEVY)
    facts["events"][2]["date"] = "2021-05-01"
    out = calculator.assess(facts)
    assert_not_used(out, "2021-05-01")
    assert_not_used(out, "2023-05-01")  # the two-year period "ended on 2023-05-01"


# --- properties ------------------------------------------------------------------------------

DATE_KEYS = ("date", "end")


def input_dates(raw: dict):
    """(path, value) for every date in the facts but as_of: found by shape, not from the layer."""
    for key, value in raw.items():
        if key != "as_of" and isinstance(value, str) and ISO.fullmatch(value):
            yield key, value
        elif isinstance(value, dict):
            for sub, v in value.items():
                if isinstance(v, str) and ISO.fullmatch(v):
                    yield f"{key}.{sub}", v
    for i, event in enumerate(raw.get("events") or ()):
        for key in DATE_KEYS:
            if event.get(key):
                yield f"events[{i}].{key}", event[key]


def drop(raw: dict, paths: list[str]) -> dict:
    """The facts with these fields unknown (an event without its date is no event)."""
    out = copy.deepcopy(raw)
    gone = set()
    for path in paths:
        m = re.fullmatch(r"events\[(\d+)\]\.(\w+)", path)
        if m and m[2] == "date":
            gone.add(int(m[1]))
        elif m:
            out["events"][int(m[1])][m[2]] = None
        elif "." in path:
            head, tail = path.split(".")
            out[head][tail] = None
        else:
            out[path] = None
    if gone:
        out["events"] = [e for i, e in enumerate(out["events"]) if i not in gone]
    return out


from tests.test_properties import valid_facts  # noqa: E402  (the same generator of facts, with dates on both sides of as_of)


@settings(max_examples=150, deadline=None)
@given(valid_facts)
def test_no_deadline_from_a_future_date_and_no_verdict_on_a_flagged_fact(raw):
    """For any facts: (1) every date after as_of is flagged impossible (so facts that pass the
    layer hold no date later than as_of, and no deadline can be counted from one); (2) every
    verdict and deadline shown is the one the facts give without the flagged values, so none
    rests on them; (3) no shown verdict, deadline or plan quotes a flagged date."""
    out = calculator.assess(raw)
    as_of = raw["as_of"]
    impossible = [item["field"] for item in out["consistency"]["impossible"]]
    # Deadlines printed on a notice (a last day, a postponed date) are declared as such.
    future_ok = {m[2] for m in map(re.compile(r"events\.(\w+)\.(\w+)").fullmatch, MAY_BE_FUTURE)}
    events = raw.get("events") or []
    dates = [(p, v) for p, v in input_dates(raw)
             if not (p.startswith("events[") and f"events.{events[int(p[7:].split(']')[0])]['type']}.{p.split('.')[-1]}" in MAY_BE_FUTURE)]  # fmt: skip
    assert future_ok <= {"last_day", "end"}
    for path, value in dates:
        if value > as_of:
            assert path in impossible, (path, value, as_of)
    if not impossible:
        assert all(value <= as_of for _, value in dates)
        assert all(r["verdict"] != "check" for r in out["relief"])
        return
    if "as_of" in impossible:
        return
    without = calculator.assess(drop(raw, impossible))
    theirs = {r["id"]: r for r in without["relief"]}
    for r in out["relief"]:
        if r["verdict"] == "check":
            continue
        assert r["verdict"] == theirs[r["id"]]["verdict"], r["id"]
        assert r["deadline"] == theirs[r["id"]]["deadline"], r["id"]
    due = {d["id"]: d["due"] for d in without["deadlines"]}
    for d in out["deadlines"]:
        assert due.get(d["id"]) == d["due"], d["id"]
    flagged = {value for path, value in input_dates(raw) if path in impossible}
    shown = json.dumps([[r for r in out["relief"] if r["verdict"] != "check"], out["deadlines"]])
    for value in flagged:
        assert value not in shown or value in json.dumps([without["relief"], without["deadlines"]]), value


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([LEVY, HARRY, MISSED]), st.dates(date(2027, 1, 1), date(9999, 12, 31)))
def test_any_future_event_date_is_named_and_never_used(base, day):
    facts = copy.deepcopy(base)
    i = len(facts["events"]) - 1
    facts["events"][i]["date"] = day.isoformat()
    out = calculator.assess(facts)
    assert f"events[{i}].date" in flags(out, "impossible")
    assert_not_used(out, day.isoformat())


@pytest.mark.native  # jsonschema is compiled, so not in Pyodide
def test_the_schema_documents_the_consistency_block():
    jsonschema = pytest.importorskip("jsonschema")

    from calculator.schema import facts_schema

    schema = facts_schema()["$defs"]["consistency"]
    facts = copy.deepcopy(LEVY)
    facts["events"][2]["date"] = "2030-01-10"
    facts["apart_since"] = "1950-01-01"
    block = calculator.assess(facts)["consistency"]
    assert block["impossible"] and block["unlikely"] and block["held"]
    jsonschema.Draft202012Validator(schema).validate(block)


def test_dates_that_are_deadlines_may_lie_after_as_of():
    """A notice's printed last day to petition and a disaster postponement's postponed date are
    deadlines, not events: after as_of is normal for them. The mailing date is an event."""
    facts = with_events(MISSED, {"type": "deficiency_notice", "date": "2026-11-02", "last_day": "2027-02-01"},
                        {"type": "disaster_postponement", "date": "2026-09-01", "end": "2027-05-01"})  # fmt: skip
    assert calculator.assess(facts)["consistency"]["impossible"] == []
    facts["events"][3]["mailed"] = "2026-12-01"
    assert flags(calculator.assess(facts), "impossible") == {"events[3].mailed": "after_check_date"}


# --- Follow-ups to the audit's S rows: the same kinds of slip in fields added later ----------


def test_S5_spouse_own_return_filed_before_the_tax_year_ended():
    """As S5, for the other spouse's own return (§ 66(c): it starts the period the deadline is
    counted back from).  Tax year 2023 ends 2023-12-31, so a return filed 2023-06-01 cannot be."""
    facts = with_events(LEVY, joint_return=False, state="CA", spouse_return_filed="2023-06-01")
    out = calculator.assess(facts)
    assert flags(out, "impossible") == {"spouse_return_filed": "filed_before_year_end"}
    # 2023-06-01 + 3 years - 6 months = 2025-12-01: the date it would have given is not shown.
    assert_not_used(out, "2023-06-01")
    assert_not_used(out, "2025-12-01")
    # The last day of the year itself is still inside it; the next day is not flagged.
    assert flags(calculator.assess({**facts, "spouse_return_filed": "2023-12-31"}), "impossible") == {"spouse_return_filed": "filed_before_year_end"}
    assert flags(calculator.assess({**facts, "spouse_return_filed": "2024-01-01"}), "impossible") == {}


def test_S12_living_together_and_apart_since_is_flagged_as_unlikely():
    """Married, "still live together", and "separate households since 2024-01-01": both cannot
    describe today, but either may be the slip (or the date an earlier separation began), so the
    pair is flagged next to the date and the screens ask which is right instead of using either."""
    facts = with_events(LEVY, marital_status="married", living_together=True, apart_since="2024-01-01")
    out = calculator.assess(facts)
    assert flags(out, "unlikely") == {"apart_since": "together_and_apart"}
    assert out["consistency"]["impossible"] == []
    separation = next(r for r in out["relief"] if r["id"] == "separation_of_liability")
    assert separation["verdict"] != "likely" and "living_together" in separation["missing"]
    # One answer changed at a time: either alone is consistent.
    assert flags(calculator.assess({**facts, "living_together": False}), "unlikely") == {}
    assert flags(calculator.assess({**facts, "apart_since": None}), "unlikely") == {}


def test_S19_own_income_above_the_household_income_is_unlikely():
    """The household's income includes your own, so your own cannot well be larger."""
    facts = copy.deepcopy(LEVY)
    facts["household"].update(own_annual_income=30_000)  # household 24,000 a year
    out = calculator.assess(facts)
    assert flags(out, "unlikely") == {"household.own_annual_income": "own_over_household_income"}
    assert out["consistency"]["impossible"] == []
    facts["household"].update(own_annual_income=24_000)  # equal: all of it is yours, which is fine
    assert flags(calculator.assess(facts), "unlikely") == {}


@pytest.mark.parametrize(
    ("event", "named"),
    [
        ({"type": "deficiency_notice", "date": "2026-01-05", "mailed": "2030-01-02"}, "The day the deficiency notice was mailed (2030-01-02)"),
        ({"type": "bankruptcy", "date": "2025-01-01", "end": "2031-01-01"}, "The day the bankruptcy ended (2031-01-01)"),
        ({"type": "levy_notice", "date": "2030-01-10"}, "The levy notice date (2030-01-10)"),
    ],
)
def test_a_message_about_an_event_names_the_field_it_is_about(event, named):
    """A message about a notice's mailing day, or a span's end, named them "The … date" (the
    notice's own date) before; it must name the field the user typed into."""
    out = calculator.assess(with_events(LEVY, event))
    (item,) = out["consistency"]["impossible"]
    assert item["message"].startswith(named), item["message"]


def test_a_held_back_path_still_brings_the_warning_that_an_offer_bars_relief():
    """Treas. Reg. § 1.6015-1(c): an accepted offer in compromise bars § 6015 relief for the year.
    A path held back for an impossible answer (here the assessment dated after the check, which
    moves the collection period equitable relief's deadline rests on) may be open once the answer
    is fixed, so the offer must still carry the warning: before, only likely/possible counted."""
    facts = copy.deepcopy(LEVY)
    facts["events"][0]["date"] = "2030-01-10"
    out = calculator.assess(facts)
    verdicts = {r["id"]: r["verdict"] for r in out["relief"]}
    assert verdicts["equitable_relief"] == "check"
    assert not {"likely", "possible"} & set(verdicts.values())  # the held-back path is the only one open
    offer = next(a for a in out["collection_alternatives"] if a["id"] == "offer_in_compromise")
    assert any("bars innocent spouse relief" in w["text"] and "Equitable relief" in w["text"] for w in offer["warnings"])

"""Every registered rule passes the schema check, and a rule missing any piece of its authority is rejected."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from calculator.law import CURRENT_AS_OF, RULES, Cite, Rule, schema_problems
from calculator.law.model import STATUS_KINDS, Renewal, Status, check_rule, seen

GOOD = Rule(
    id="test-good",
    label="A well-formed rule used only by this test.",
    cite=Cite("IRC § 6015(b)", "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section6015"),
    effective=date(1998, 7, 22),
    verified=date(2026, 11, 27),
    value=30,
    unit="days",
    status=seen("IRC § 6015(b) as printed in the test", date(2026, 11, 27)),
)


def test_every_registered_rule_passes_the_schema():
    assert RULES, "no rules are registered"
    assert schema_problems() == []


def test_the_reference_rule_is_sound():
    assert check_rule(GOOD, CURRENT_AS_OF) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"label": "  "}, "label is empty"),
        ({"id": ""}, "id must be"),
        ({"id": "two words"}, "id must be"),
        ({"cite": Cite("", "https://www.irs.gov/x")}, "needs a title"),
        ({"cite": Cite("IRC § 6015", "https://www.law.cornell.edu/uscode/text/26/6015")}, "official text"),
        ({"cite": Cite("IRC § 6015", "http://uscode.house.gov/view.xhtml")}, "official text"),
        ({"also": (Cite("A blog", "https://example.com/post"),)}, "official text"),
        ({"effective": "1998-07-22"}, "effective must be a date"),
        ({"verified": None}, "verified must be a date"),
        ({"verified": date(2099, 1, 1)}, "after the rules' current-as-of date"),
        ({"unit": "days", "value": None}, "needs a value"),
        ({"unit": "", "value": 30}, "needs a unit"),
        ({"unit": "fortnights"}, "is not one of"),
        ({"status": None}, "status is missing"),
        ({"status": Status("remembered", "a blog", date(2026, 11, 27))}, "is not one of"),
        ({"status": Status("seen", "  ", date(2026, 11, 27))}, "must say what was seen"),
        ({"status": Status("seen", "the Code", date(2099, 1, 1))}, "after the rules' current-as-of date"),
        ({"renews": Renewal(date(1990, 1, 1), "every January")}, "before the rule took effect"),
        ({"renews": Renewal(date(2027, 1, 15), " ")}, "renews needs"),
    ],
)
def test_a_rule_missing_a_piece_is_rejected(change, expected):
    bad = dataclasses.replace(GOOD, **change)
    problems = check_rule(bad, CURRENT_AS_OF)
    assert any(expected in p for p in problems), problems


def test_interface_rules_exist_with_their_figures():
    # Figures checked by hand against the sources named in each rule's note.
    assert RULES["oic-fee"].value == 205
    assert RULES["oic-lump-sum-payment"].value == 20
    assert RULES["oic-deemed-acceptance"].value == 24 and RULES["oic-deemed-acceptance"].unit == "months"
    assert RULES["ia-simple-payment-plan"].value == 50000
    assert RULES["ia-short-term"].value["days"] == 180 and RULES["ia-short-term"].value["max_balance_below"] == 100000
    fees = RULES["ia-user-fees"].value
    assert fees["direct_debit"] == {"online": 22, "phone_mail_in_person": 107}
    assert fees["other"] == {"online": 69, "phone_mail_in_person": 178}
    assert fees["covers"] == [2025, 2026]
    assert RULES["ia-fee-low-income"].value == 250 == RULES["referral-litc"].value == RULES["oic-low-income"].value
    assert RULES["form-8857-where"].value["fax"] == "855-233-8558"


def test_no_rule_states_a_72_month_limit_for_individuals():
    # FACTS.md K.4: the Simple Payment Plan runs to the collection statute date, not 72 months.
    for rule in RULES.values():
        if rule.id.startswith("ia-"):
            assert "72 months" not in rule.label


#: Keys of a rule's value that hold rule ids on purpose (lists of ids, never shown as prose).
ID_LIST_KEYS = {"see_also"}


def _strings(value, key=None):
    """Every string inside a rule's value, leaving out the id-list fields."""
    if key in ID_LIST_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _rule_id_pattern():
    """A rule id as it would leak into prose: a lowercase prefix some registered id uses, a hyphen,
    and more of an id (form-8857-where, irc-6015-f-2, ia-user-fees ...)."""
    prefixes = sorted({rid.split("-")[0] for rid in RULES}, key=len, reverse=True)
    return re.compile(r"(?<![\w/.-])(?:%s)-[0-9a-z][\w.-]*" % "|".join(map(re.escape, prefixes)))


def test_no_rule_id_leaks_into_a_label_note_or_value_text():
    pattern = _rule_id_pattern()
    leaks = []
    for rule in RULES.values():
        texts = [("label", rule.label), ("note", rule.note)] + [("value", t) for t in _strings(rule.value)]
        for where, text in texts:
            leaks += [(rule.id, where, found) for found in pattern.findall(text)]
    assert leaks == []


def test_the_id_pattern_catches_what_it_should():
    pattern = _rule_id_pattern()
    assert pattern.findall("see form-8857-where for the address") == ["form-8857-where"]
    assert pattern.findall("the fees live in ia-user-fees.") == ["ia-user-fees."]
    assert pattern.findall("Form 8857 and irs.gov/appeals/innocent-spouse and IRC § 6015(f)") == []


def test_id_list_fields_name_registered_rules():
    for rule in RULES.values():
        if isinstance(rule.value, dict):
            for key in ID_LIST_KEYS & set(rule.value):
                assert all(rid in RULES for rid in rule.value[key]), (rule.id, key)


def test_every_rule_says_how_it_was_verified():
    """Issue 10: "A test fails if a rule has no status." Each rule names what was seen, and when."""
    for r in RULES.values():
        assert isinstance(r.status, Status) and r.status.kind in STATUS_KINDS, r.id
        assert r.status.source.strip() and r.status.on <= CURRENT_AS_OF, r.id


def test_figures_that_change_on_a_schedule_say_when_a_newer_one_is_expected():
    # HHS publishes the guidelines each January (91 FR 1797 took effect January 13, 2026), so the
    # newest table must carry a renewal date in the January after it took effect.
    newest = max((r for r in RULES.values() if r.id.startswith("hhs-poverty-")), key=lambda r: r.effective)
    assert newest.renews is not None
    assert newest.renews.expected_by.year == newest.effective.year + 1 and newest.renews.expected_by.month == 1
    for rule_id in ("ia-user-fees", "oic-fee", "form-8857-where"):
        assert RULES[rule_id].renews is not None, rule_id


def test_the_readme_states_the_rule_status_counts():
    """Issue 10: "The README states the rule status counts", and they must match the data."""
    from collections import Counter
    from pathlib import Path

    counts = Counter(r.status.kind for r in RULES.values())
    expected = (
        f"Rule status counts: {len(RULES)} rules; {counts['seen']} seen in official text, "
        f"{counts['secondary']} secondary, {counts['unconfirmed']} unconfirmed."
    )
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert expected in " ".join(readme.split()), f"update README.md to say: {expected}"

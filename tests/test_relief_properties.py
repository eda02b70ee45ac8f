"""Properties of the relief screens, stated from the law, over generated valid facts.

* more knowledge never improves § 6015(b) (none < unsure < partial < actual, and unsure < reason_to_know < actual);
* abuse never worsens § 6015(c) (§ 1.6015-3(c)(2)(v)) or § 6015(f) (Rev. Proc. 2013-34);
* an accepted offer in compromise bars § 6015(b), (c) and (f) (§ 1.6015-1(c)(1));
* every verdict has at least one reason citing a registered rule;
* screening never raises for valid facts.

Verdicts are compared on the ladder likely > possible > needs_info > not_available.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator.facts import STATE_CODES, parse
from calculator.law import RULES
from calculator.relief import equitable_relief, innocent_spouse, screen_all, separation_of_liability
from calculator.relief.common import RANK

SETTINGS = settings(max_examples=100, deadline=None)

days = st.dates(min_value=date(1995, 1, 1), max_value=date(2040, 12, 31))
maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
money = st.integers(min_value=0, max_value=500_000)

SIMPLE_EVENTS = (
    "levy_notice",
    "lien_notice",
    "collection_suit",
    "court_claim",
    "bill",
    "deficiency_notice",
    "lien_filed",
    "relief_requested",
    "preliminary_determination",
    "final_determination",
)


@st.composite
def events(draw):
    out = []
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        kind = draw(st.sampled_from(SIMPLE_EVENTS + ("assessment", "payment", "my_refund_offset", "joint_refund_offset", "bankruptcy", "offer_pending")))
        start = draw(days)
        event = {"type": kind, "date": start.isoformat()}
        if kind in ("assessment", "payment", "my_refund_offset", "joint_refund_offset") and draw(st.booleans()):
            event["amount"] = draw(money)
        if kind == "payment":
            event["by"] = draw(st.sampled_from(["me", "spouse", "both"]))
        if kind in ("bankruptcy", "offer_pending") and draw(st.booleans()):
            event["end"] = (start + timedelta(days=draw(st.integers(min_value=0, max_value=900)))).isoformat()
        out.append(event)
    return out


@st.composite
def raw_facts(draw):
    raw = {
        "tax_year": draw(maybe(st.integers(min_value=1996, max_value=2035))),
        "joint_return": draw(st.sampled_from([True, True, True, False, None])),
        "return_filed": draw(maybe(days.map(date.isoformat))),
        "problems": draw(st.lists(st.sampled_from(["understatement", "underpayment", "offset"]), unique=True)),
        "item_owner": draw(st.sampled_from(["spouse", "spouse", "spouse", "me", "both", None])),
        "knowledge": draw(maybe(st.sampled_from(["none", "unsure", "reason_to_know", "partial", "actual"]))),
        "marital_status": draw(maybe(st.sampled_from(["married", "divorced", "legally_separated", "widowed"]))),
        "apart_since": draw(maybe(days.map(date.isoformat))),
        "state": draw(maybe(st.sampled_from(STATE_CODES))),
        "household": {
            "size": draw(maybe(st.integers(min_value=1, max_value=12))),
            "annual_income": draw(maybe(money)),
            "monthly_income": draw(maybe(st.integers(min_value=0, max_value=20_000))),
            "monthly_expenses": draw(maybe(st.integers(min_value=0, max_value=20_000))),
            "area": draw(maybe(st.sampled_from(["contiguous", "alaska", "hawaii"]))),
            "assets_can_pay": draw(maybe(st.booleans())),
        },
        "offset": {
            "debt_owner": draw(maybe(st.sampled_from(["spouse", "me", "both"]))),
            "debt": draw(maybe(st.sampled_from(["federal_tax", "state_tax", "child_support", "spousal_support", "federal_nontax", "unemployment"]))),
            "my_payments": draw(maybe(st.booleans())),
            "refundable_credit": draw(maybe(st.booleans())),
            "legally_obligated": draw(maybe(st.booleans())),
            "offset_amount": draw(maybe(money)),
            "joint_tax": draw(maybe(money)),
            "my_withholding_and_payments": draw(maybe(money)),
            "my_refundable_credits": draw(maybe(money)),
            "my_income": draw(maybe(money)),
            "spouse_income": draw(maybe(money)),
        },
        "events": draw(events()),
    }
    for flag in ("abuse", "significant_benefit"):
        raw[flag] = draw(maybe(st.booleans()))
    # Bars are drawn rarely, so that most examples reach the substantive tests.
    for flag in ("fraud_scheme", "fraudulent_return", "offer_in_compromise", "closing_agreement", "court_decision"):
        raw[flag] = draw(st.sampled_from([None, False, False, False, False, True]))
    return raw


as_of_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2045, 12, 31))


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_screening_never_raises_and_every_verdict_is_cited(raw, as_of):
    results = screen_all(parse(raw), as_of)
    assert len(results) == 5
    for result in results:
        assert result.verdict in RANK
        assert result.reasons, result.id
        for reason in result.reasons + result.deadline_reasons:
            assert reason.text.strip()
            assert reason.rule.id in RULES
        if result.verdict == "needs_info":
            assert result.missing, result.id
        json.dumps(result.as_dict())  # JSON-shaped output never fails either


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_more_knowledge_never_improves_innocent_spouse_relief(raw, as_of):
    # Knowledge is ordered partially: "partial" (knew or had reason to know of part) and "reason_to_know" (of
    # the whole) are not comparable, but each lies between "unsure" and "actual".
    for chain in (("none", "unsure", "partial", "actual"), ("none", "unsure", "reason_to_know", "actual")):
        ranks = []
        for level in chain:
            raw["knowledge"] = level
            ranks.append(RANK[innocent_spouse.screen(parse(raw), as_of).verdict])
        assert ranks == sorted(ranks, reverse=True), (chain, ranks)


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_reason_to_know_never_leaves_innocent_spouse_relief_available(raw, as_of):
    """§ 6015(b)(1)(C): relief needs that the spouse 'did not know, and had no reason to know'."""
    raw["knowledge"] = "reason_to_know"
    assert innocent_spouse.screen(parse(raw), as_of).verdict == "not_available"


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_actual_knowledge_never_leaves_innocent_spouse_relief_available(raw, as_of):
    raw["knowledge"] = "actual"
    assert innocent_spouse.screen(parse(raw), as_of).verdict == "not_available"


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_abuse_never_worsens_separation_of_liability_or_equitable_relief(raw, as_of):
    for module in (separation_of_liability, equitable_relief):
        ranks = {}
        for abuse in (None, False, True):
            raw["abuse"] = abuse
            ranks[abuse] = RANK[module.screen(parse(raw), as_of).verdict]
        assert ranks[True] >= ranks[False], (module.ID, ranks)
        assert ranks[True] >= ranks[None], (module.ID, ranks)


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_an_accepted_offer_in_compromise_bars_6015_relief(raw, as_of):
    raw["offer_in_compromise"] = True
    f = parse(raw)
    for module in (innocent_spouse, separation_of_liability, equitable_relief):
        result = module.screen(f, as_of)
        assert result.verdict == "not_available"
        assert "reg-1.6015-1-c" in {r.rule.id for r in result.reasons}


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_underpayment_alone_is_never_relieved_under_b_or_c(raw, as_of):
    raw["problems"] = ["underpayment"]
    f = parse(raw)
    assert innocent_spouse.screen(f, as_of).verdict == "not_available"
    assert separation_of_liability.screen(f, as_of).verdict == "not_available"


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_66c_is_never_available_on_a_joint_return(raw, as_of):
    raw["joint_return"] = True
    from calculator.relief import community_property

    assert community_property.screen(parse(raw), as_of).verdict == "not_available"


@SETTINGS
@given(raw=raw_facts(), as_of=as_of_dates)
def test_injured_spouse_share_estimate_stays_within_the_offset(raw, as_of):
    from calculator.relief import injured_spouse

    result = injured_spouse.screen(parse(raw), as_of)
    estimate = result.details.get("share_estimate")
    if estimate is not None:
        assert 0 <= estimate["estimate"] <= estimate["offset_amount"]

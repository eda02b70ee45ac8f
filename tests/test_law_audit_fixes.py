"""Legal audit (2026-11-29) findings outside the relief guides, each with a test built from the
official text it was checked against (quoted in the docstring).  They read the rule data and the
macros that render it, so a wrong rule or a wrong guide sentence fails here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from calculator.law import RULES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros import render  # noqa: E402


def doc(path: str) -> str:
    return (DOCS / path).read_text(encoding="utf-8")


def test_8_a_pending_request_bars_only_levies_and_suits():
    """Treas. Reg. § 1.6015-7(c)(1): "no levy or proceeding in court shall be made, begun, or prosecuted
    against a requesting spouse ... Notwithstanding the above, if the requesting spouse appeals the Tax
    Court's decision, the Internal Revenue Service may resume collection of the liability from the
    requesting spouse on the date the requesting spouse files the notice of appeal, unless the requesting
    spouse files an appeal bond"; (c)(4)(ii): "proceedings in court means suits filed by the United States
    for the collection of Federal tax"; (c)(3)(i): a waiver ends the suspension "60 days after the date the
    waiver is filed"."""
    rule = RULES["next-pending-collection"]
    assert rule.cite.title == "Treas. Reg. § 1.6015-7(c)" and rule.status.kind == "seen"
    for words in ("may not levy or sue", "refunds", "Notice of Federal Tax Lien", "notice of appeal", "appeal bond", "waiver"):
        assert words in rule.label, words
    assert f"{RULES['irc-6015-e-suspension'].value} days after the waiver" in rule.label
    page = doc("process/after-you-ask.md")
    assert "Collection is held off." not in page  # the audited sentence
    assert "apply your refunds" in page and "Notice of Federal Tax Lien" in page and "appeal bond" in page


def test_5_an_equivalent_hearing_decision_on_spousal_relief_can_go_to_the_tax_court():
    """Treas. Reg. § 301.6330-1(i)(2) A-I6: "A taxpayer may under certain circumstances be able to seek
    Tax Court review of Appeals' denial of relief under section 6015. Such review must be sought within
    90 days ... as provided by section 6015(e)."""
    days = RULES["irc-6015-e-petition"].value
    errors = " ".join(RULES["form-12153"].value["errors"])
    assert "with no Tax Court review." not in errors
    assert f"within {days} days under IRC § 6015(e)" in errors
    when = render._form_when()["12153"]
    assert "spousal relief made at an equivalent hearing can still go to the Tax Court" in when
    page = doc("steps/what-to-do-now.md")
    assert "but without\n   Tax Court review" not in page and "**can** go to the Tax Court" in page


def test_16_the_levy_bar_and_early_requests_cite_their_own_paragraphs():
    """Treas. Reg. § 1.6015-5(b)(3): "An election or request for relief may be made before collection
    activity has commenced"; (b)(5): "The Internal Revenue Service will not consider premature claims for
    relief"; the levy bar is IRC § 6015(e)(1)(B) (§ 6015(e)(2) is the suspension of the period)."""
    assert RULES["reg-1.6015-5-b-3"].cite.title == "Treas. Reg. § 1.6015-5(b)(3)"
    assert RULES["reg-1.6015-5-b-5"].cite.title == "Treas. Reg. § 1.6015-5(b)(5)"
    assert "IRC § 6015(e)(1)(B)" in [c.title for c in RULES["next-pending-collection"].also]
    page = doc("steps/what-to-do-now.md")
    assert 'cite("reg-1.6015-5-b-3")' in page and 'cite("reg-1.6015-5-b-5")' in page
    # The levy sentence no longer cites the suspension rule, § 6015(e)(2).
    assert "not\nlevy to collect the tax from you. ({{ cite(\"irc-6015-e-suspension\") }})" not in page


def test_12_state_tax_and_unemployment_debts_share_one_tier_in_order_of_accrual():
    """Pub. L. 110-328 § 3 (2008), enacting § 6402(f): "Any overpayment by a person shall be reduced
    pursuant to this subsection— (A) after such overpayment is reduced pursuant to— (i) subsection (a) ...;
    (ii) subsection (c) with respect to past-due support; and (iii) subsection (d) ..."; state income tax
    and unemployment debts are applied "in the order in which such debts accrued" (legal audit item 12)."""
    order = RULES["offset-order"].value
    assert order[:3] == ("federal_tax", "child_support", "federal_nontax")
    assert set(order[3]) == {"state_tax", "unemployment"} and len(order) == 4
    text = render.offset_order()
    assert "4. State income tax debts and state unemployment compensation debts, together, in the order in which the debts arose" in text
    assert "5." not in text


def test_18_the_guaranteed_plan_needs_inability_to_pay_and_looks_at_the_spouse():
    """IRC § 6159(c) (legal audit item 18): the 5-year look-back covers the individual "(or, if the
    individual has filed a joint return, the individual's spouse)"; and the Secretary must determine that
    the individual "is financially unable to pay such liability in full when due"."""
    label = RULES["ia-guaranteed"].label
    assert "cannot pay it in full now" in label and "individual's spouse" in label
    page = doc("money/collection-alternatives.md")
    assert "cannot pay it in full now" in page and "**your spouse's** filing and\n  paying" in page


def test_19_the_simple_payment_plan_needs_payment_compliance_too():
    """irs.gov, Simple Payment Plans: "All applicants ... must be current with all filing and payment
    requirements"."""
    assert "current with all filing and payment requirements" in RULES["ia-simple-payment-plan"].label
    assert "filing **and payment** requirements" in doc("money/collection-alternatives.md")


def test_21_an_offer_is_deemed_accepted_only_if_not_rejected_and_court_time_does_not_count():
    """IRC § 7122(f): an offer is deemed accepted if "not rejected by the Secretary before the date which
    is 24 months after the date of the submission"; periods when the liability is disputed in a judicial
    proceeding are not counted (legal audit item 21)."""
    label = RULES["oic-deemed-acceptance"].label
    assert "not rejected" in label and "disputed in a court proceeding do not count" in label
    page = doc("money/collection-alternatives.md")
    assert "has not decided on your offer" not in page and "**rejected**" in page


def test_22_form_911_does_not_extend_deadlines():
    """Legal audit item 22: IRC § 7811(d) suspends periods for IRS acts while a TAO application is
    pending; the site should say only that Form 911 "does not extend your deadlines"."""
    assert render._form_when()["911"].endswith("It does not extend your deadlines.")
    assert "It stops no deadline" not in render._form_when()["911"]
    assert any("does not extend your deadlines" in e for e in RULES["form-911"].value["errors"])


def test_24_the_fee_table_is_not_cited_to_a_regulation_that_states_other_amounts():
    """Legal audit item 24: the 2017 text of Treas. Reg. § 300.1 lists other amounts; "Cite § 300.1 only
    for amounts it actually states." Unconfirmed figures say so, and what was seen."""
    fees = RULES["ia-user-fees"]
    assert all("300.1" not in c.title for c in fees.cites())
    assert fees.status.kind == "unconfirmed" and "practitioner sites" in fees.status.source
    note = render.unconfirmed_note("ia-user-fees")
    assert note.startswith("\n\n**Unconfirmed.**") and "practitioner sites" in note
    assert render.unconfirmed_note("hhs-poverty-2026") == ""  # seen rules get no note


def test_26_the_form_8857_address_shows_its_revision_and_the_irs_where_to_file_page():
    """Legal audit item 26: show the revision date next to the address, and link the IRS's own
    where-to-file page; where it cannot be confirmed, say so plainly."""
    text = render.where_to_send_8857()
    assert "(Rev. June 2021)" in text.split("\n")[0]
    assert "https://www.irs.gov/filing/where-to-file-forms-beginning-with-the-number-8" in text
    assert "**Unconfirmed.**" in text and "coconote.app" in text


def test_26_the_checker_marks_the_address_as_unconfirmed_and_links_the_irs_pages():
    import json

    import calculator

    facts = json.loads((ROOT / "tests" / "examples" / "abuse-underpayment-levy.json").read_text())
    out = calculator.assess(facts)
    (f8857,) = [f for f in out["plan"]["forms"] if f["number"] == "8857"]
    assert f8857["address_rule"]["verified"] == "unconfirmed"
    assert any("where-to-file" in c["url"] for c in f8857["address_rule"]["also"])
    assert "form-8857-where" in {u["rule"] for u in out["unconfirmed"]}


def test_27_the_abuse_marking_is_presented_as_the_irss_2001_advice():
    """IR-2001-23 (Feb. 20, 2001): "he or she should write the term 'Potential Domestic Abuse Case' at the
    top of Form 8857"; the advice is not in the current Form 8857 instructions or Pub. 971."""
    rule = RULES["next-potential-abuse-case"]
    assert rule.label.startswith("In 2001 the IRS advised (News Release IR-2001-23)")
    assert "do not repeat" in rule.label
    assert "In 2001 the IRS advised" in doc("process/after-you-ask.md")
    assert "mark the top of the form as a potential domestic abuse case and" not in doc("process/after-you-ask.md")


def test_29_the_2025_alaska_and_hawaii_increments_are_marked_unconfirmed():
    """Legal audit item 29: the increments were not found in 90 FR 5917; until they are, the rule says so."""
    rule = RULES["hhs-poverty-2025"]
    assert rule.status.kind == "unconfirmed" and "increments" in rule.status.source


@pytest.mark.parametrize(
    ("rule_id", "quote"),
    [
        # Treas. Reg. § 1.6015-1(j)(2) Example: W "is relieved of the liability under section 6015 ... The
        # Internal Revenue Service may seek to collect the deficiency from W to the extent permitted under
        # Federal or state transferee liability or property laws."
        ("reg-1.6015-1-j", "transferee"),
        # Treas. Reg. § 1.6015-7(b): "The Tax Court also may review a claim for relief if Tax Court jurisdiction
        # has been acquired under another section of the Internal Revenue Code such as section 6213(a) or 6330(d)."
        ("reg-1.6015-7-b-other-case", "already open"),
        # Treas. Reg. § 1.6015-6(a)(2): "The Internal Revenue Service must notify the nonrequesting spouse of the
        # Service's preliminary and final determinations"; Maier, 119 T.C. 267: intervention "presumes an
        # existing proceeding ... brought by an electing spouse".
        ("next-other-spouse", "cannot bring a case"),
    ],
)
def test_missing_topics_rest_on_the_words_seen(rule_id, quote):
    rule = RULES[rule_id]
    assert quote in rule.label and rule.status.kind == "seen"


def test_every_missing_topic_has_a_page_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page, needle in {
        "process/tax-court.md": "Application for Waiver of Filing Fee",
        "process/other-spouse.md": "intervene",
        "steps/special-situations.md": "Registered domestic partners",
        "steps/transcripts.md": "account transcript",
    }.items():
        assert page in nav
        assert needle in doc(page), page
    assert "## Asking again" in doc("process/after-you-ask.md")
    assert "Collection Appeals Program" in doc("money/collection-alternatives.md")

"""The relief guides say what the official text says, where the legal audit of 2026-11-29 found they did not.

Each test reads a guide's Markdown source (or a rule it renders) and quotes the official text it is
held to.  The macros render figures and citations from ``calculator.law``; these tests check the words.
"""

from __future__ import annotations

from pathlib import Path

from calculator.law import RULES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "relief"


def guide(name: str) -> str:
    return " ".join((DOCS / f"{name}.md").read_text(encoding="utf-8").split())


def test_equitable_refunds_name_withholding_and_own_offsets():
    """Legal audit #10. Pub. 971: 'you are not eligible for refunds of payments made with the joint return,
    joint payments, or payments that your spouse (or former spouse) made. For example, withholding tax and
    estimated tax payments cannot be refunded because they are considered made with the joint return.' And:
    'No proof is required if your individual refund was used by the IRS to pay a tax you owed on a joint tax
    return for another year.'"""
    text = guide("equitable-relief")
    assert "withheld" in text and "estimated tax" in text and "paid with the joint return" in text
    assert "your own refund from a later year" in text
    assert "your share of a joint refund the IRS kept" not in text  # not found in official text
    assert "withholding" in RULES["rp-2013-34-4.04"].label


def test_territories_cite_the_irm_and_pub_555_only_for_alaska():
    """Legal audit #17. Pub. 555 lists only the nine states and says it 'does not address the federal tax
    treatment of income or property subject to the "community property" election under Alaska state laws';
    Puerto Rico and Guam appear in IRM 21.4.6 (injured spouse), not in Pub. 555."""
    rule = RULES["community-property-territories"]
    assert rule.cite.title.startswith("IRM 21.4.6")
    assert [c.title for c in rule.also] == ["IRS Publication 555, Community Property (the Alaska election)"]


def test_order_of_consideration_cites_the_regulation():
    """Legal audit #16(c): the IRS considers (b) and (c) before (f) under Treas. Reg. § 1.6015-1(a)(2), not
    under IRC § 6015(f)(1)."""
    text = guide("index")
    section = text.split("## One form, every kind of relief")[1].split("##")[0]
    assert 'cite("reg-1.6015-1-a-2")' in section and 'cite("irc-6015-f")' not in section
    assert RULES["reg-1.6015-1-a-2"].cite.title == "Treas. Reg. § 1.6015-1(a)(2)"


def test_index_states_the_separation_of_liability_test_exactly():
    """Legal audit #20. Treas. Reg. § 1.6015-3(a): 'divorced or legally separated', widowed, or 'not a member of
    the same household ... at any time during the 12-month period ending on the date' of the election."""
    row = next(line for line in (DOCS / "index.md").read_text(encoding="utf-8").splitlines() if line.startswith("| [Separation of liability]"))
    assert "Divorced, legally separated, widowed, or not living together for the" in row
    assert 'value("irc-6015-c")' in row and "before you ask" in row
    assert "living apart" not in row


def test_offset_as_collection_activity_mentions_the_irs_narrower_reading():
    """Legal audit #14. Treas. Reg. § 1.6015-5(b)(2)(i): collection activity includes 'an offset of an
    overpayment of the requesting spouse'; Pub. 971, as quoted in a secondary copy, counts it when 'the IRS
    informed you about your right to file Form 8857'. The guide keeps the earlier (regulation) date."""
    text = guide("innocent-spouse")
    assert "told you of your right to ask for relief" in text and "count from the offset to be safe" in text


def test_the_two_year_clock_pitfall_names_postponements():
    """Legal audit #28. §§ 7508 (combat zone) and 7508A (federally declared disasters) postpone listed acts;
    whether a § 6015(b)/(c) election is among them was not confirmed, so the guide says 'possibly'."""
    text = guide("innocent-spouse")
    assert "Nothing you or the IRS does pauses it, except, possibly, a combat-zone or disaster postponement." in text
    assert "and nothing pauses it" not in text


def test_66c_time_limit_is_measured_against_the_other_spouse_everywhere():
    """Legal audit #1 (CONTRARY) and #2 (MISLEADING). Treas. Reg. § 1.66-4(j)(2)(i): 'The latest time for
    requesting relief under paragraph (a) of this section is 6 months before the expiration of the period of
    limitations on assessment, including extensions, against the nonrequesting spouse'."""
    from macros.render import deadline_table

    row = next(line for line in (DOCS / "index.md").read_text(encoding="utf-8").splitlines() if line.startswith("| [Community property relief]"))
    assert 'No later than {{ value("reg-1.66-4-j") }} before the IRS\'s time to assess your spouse\'s tax ends' in row
    table_row = next(line for line in deadline_table().splitlines() if "community property" in line)
    assert "assess your spouse's tax" in table_row and "your own tax" not in table_row
    text = guide("community-property")
    assert "assess your spouse's tax for that year runs out" in text and "assess your own tax" not in text
    assert "never shorter" not in text
    assert "nonrequesting" in RULES["reg-1.66-4-j"].label

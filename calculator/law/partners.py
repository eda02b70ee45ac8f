"""Registered domestic partners and opt-in community property: who the federal joint-return rules do
not reach."""

from __future__ import annotations

from datetime import date

from .model import Rule, seen
from .sources import irs

REVIEWED = date(2026, 11, 29)

DOMESTIC_PARTNERS = Rule(
    id="registered-domestic-partners",
    label=(
        "Registered domestic partners and people in civil unions are not married for federal tax purposes, so "
        "they cannot file a joint federal return, and relief from joint liability does not apply to them. "
        "Registered domestic partners domiciled in California, Nevada or Washington generally each report half "
        "of their combined community income. Publication 555 does not address the community property that some "
        "states let couples opt into (Alaska's election, for example)."
    ),
    cite=irs("Publication 555, Community Property", "publications/p555"),
    effective=date(2013, 9, 16),
    verified=REVIEWED,
    status=seen("Publication 555 in irs.gov copies: the 'What's New' of the 2013 edition ('individuals who have entered into a registered domestic partnership, civil union, or other similar relationship that is not called a marriage under state ... law are not married for federal tax purposes'), and the 2010 taxmap edition on Nevada, Washington and California RDPs and the Alaska election; read 2026-11-29", REVIEWED),
    value=("CA", "NV", "WA"),
    unit="list",
    note=(
        "Whether relief from community property law (IRC § 66(c)) reaches registered domestic partners was not "
        "confirmed; § 66 speaks of married individuals. A later Pub. 555 (seen only in an unofficial mirror) "
        "also names Tennessee and South Dakota as having elective community property laws it does not address. "
        "State innocent-spouse rules are outside this site."
    ),
)

RULES = (DOMESTIC_PARTNERS,)

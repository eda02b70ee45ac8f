"""Going to the Tax Court: the filing fee and its waiver, small tax cases, the petition form, and
raising relief in a case that is already open.

The petition deadlines themselves are clocks, recorded with the other procedure rules in
:mod:`calculator.law.procedure`; this module holds the practical points around them.
"""

from __future__ import annotations

from datetime import date

from .model import Cite, Renewal, Rule, secondary, seen
from .sources import irc, reg

REVIEWED = date(2026, 11, 29)

TAX_COURT_FORMS = Cite("United States Tax Court, Petition (Form 2) and filing information", "https://www.ustaxcourt.gov/")

PRACTICALITIES = Rule(
    id="tax-court-practicalities",
    label=(
        "Filing a Tax Court petition costs a $60 fee, which the court may waive for a person who cannot pay "
        "(Application for Waiver of Filing Fee). A case asking for spousal relief of $50,000 or less for all "
        "years together may be filed as a small tax case, heard under simpler rules, whose decision cannot be "
        "appealed by either side. The court's petition form is Form 2."
    ),
    cite=irc("7451"),
    also=(irc("7463", "(f)"), TAX_COURT_FORMS),
    effective=date(2006, 12, 20),
    verified=REVIEWED,
    status=secondary("The Tax Court's 'Information About Filing a Case' (petition kit) as reproduced (fill.io; scribd), read 2026-11-29 ('the amount of spousal relief sought cannot exceed $50,000 for all years combined'; small-case decisions 'cannot be appealed'; Form 2); the $60 fee and its waiver under IRC § 7451 from Procedurally Taxing (2013) and a law-school desk manual (Tax Court Rules 20(b), 173(a)(2)); the Tax Court's own site was not read", REVIEWED),
    renews=Renewal(date(2027, 11, 29), "the Tax Court sets its fee and forms and can change them; re-check ustaxcourt.gov each year"),
    unit="table",
    value={"fee": 60, "small_case_limit": 50_000, "petition_form": "Form 2"},
    note=(
        "The fee is paid when the petition is filed; a waiver must be asked for with the petition, because "
        "the court does not refund a fee once paid (order reported by taishofflaw.com, 2014). Small-case "
        "limits for other petitions: $50,000 of deficiency per year (notice of deficiency), $50,000 of unpaid "
        "tax in total (collection due process)."
    ),
)

OTHER_JURISDICTION = Rule(
    id="reg-1.6015-7-b-other-case",
    label=(
        "If a Tax Court case about the year is already open (for example over a notice of deficiency, or after "
        "a collection due process hearing), relief can be asked for in that case; the court can decide it there."
    ),
    cite=reg("1.6015-7", "(b)"),
    also=(reg("1.6015-1", "(e)"),),
    effective=date(2002, 7, 18),
    verified=REVIEWED,
    status=seen("Treas. Reg. § 1.6015-7(b), last sentence, 2015 annual CFR edition, read 2026-11-29: 'The Tax Court also may review a claim for relief if Tax Court jurisdiction has been acquired under another section of the Internal Revenue Code such as section 6213(a) or 6330(d)'", REVIEWED),
    note=(
        "The risk of not raising it is the res judicata bar of § 1.6015-1(e): a final "
        "decision in a case where the spouse meaningfully participated and could have asked for relief bars a "
        "later request for that year. Maier v. Commissioner, 119 T.C. 267 (2002) lists the proceedings in "
        "which relief can come up: 'a deficiency, stand-alone, or collection review proceeding'."
    ),
)

RULES = (PRACTICALITIES, OTHER_JURISDICTION)

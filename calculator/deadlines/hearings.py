"""Hearings and the administrative appeal: CDP hearings (IRC §§ 6320, 6330), equivalent hearings
(Treas. Reg. §§ 301.6320-1(i), 301.6330-1(i)) and the Form 12509 appeal of a preliminary determination."""

from __future__ import annotations

from datetime import date

from ..dates import add_business_days, add_days, add_years
from ..results import Deadline, Reason
from .common import _candidate, _d, _pick, _value, notice_date

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any


def _lien_candidates(facts: Any, period_rule: str, years: int | None = None) -> list[tuple[date, list[Reason]]]:
    """Lien deadlines from the lien notice's date (conservative) and/or from the lien filing date."""
    out = []
    notice = facts.first("lien_notice")
    filed = facts.first("lien_filed")
    bdays = _value("irc-6320-lien-notice-period")
    if notice is not None:
        start, mailing = notice_date(notice, period_rule)
        last = add_years(start, years) if years else add_days(start, _value(period_rule))
        span = f"{years} year" if years else f"{_value(period_rule)} days"
        out.append(
            _candidate(
                facts,
                last,
                [
                    Reason.of(
                        f"Counted {span} from the lien notice's date, {_d(notice.date)}. The true period runs "
                        f"from the end of the {bdays} business days after the lien was filed, which cannot be "
                        "earlier, so this is the earliest date that could apply. The notice itself states "
                        "the last day.",
                        period_rule,
                    ),
                    *mailing,
                ],
                "hearing",
            )
        )
    if filed is not None:
        end5 = add_business_days(filed.date, bdays)
        last = add_years(end5, years) if years else add_days(end5, _value(period_rule))
        span = f"{years} year" if years else f"{_value(period_rule)} days"
        out.append(
            _candidate(
                facts,
                last,
                [
                    Reason.of(
                        f"The lien was filed on {_d(filed.date)}; the {bdays} business days after it end on "
                        f"{_d(end5)}, and the period of {span} runs from the next day to {_d(last)}.",
                        period_rule,
                    )
                ],
                "hearing",
            )
        )
    if len(out) == 2:
        out.sort(key=lambda c: c[0])
        out = [(out[0][0], out[0][1] + [Reason.of("Both dates are known; the earlier deadline is used.", period_rule)])]
    return out


def cdp_hearing_deadline(facts: Any, as_of: date) -> Deadline | None:
    """IRC § 6330(a)(3)(B) (levy) and § 6320(a)(2)-(3)(B) (lien): request a hearing within 30 days."""
    days = _value("irc-6330-cdp-levy")
    candidates = []
    levy = facts.first("levy_notice")
    if levy is not None:
        start, mailing = notice_date(levy, "irc-6330-cdp-levy")
        due, reasons = _candidate(
            facts,
            add_days(start, days),
            [
                Reason.of(
                    f"A hearing about the levy notice of {_d(levy.date)} must be requested within {days} days "
                    "after the notice's date.",
                    "irc-6330-cdp-levy",
                ),
                *mailing,
            ],
            "hearing",
        )
        candidates.append((due, reasons, "levy hearing"))
    for due, reasons in _lien_candidates(facts, "irc-6320-cdp-lien"):
        candidates.append((due, reasons, "lien hearing"))
    if not candidates:
        return None
    due, reasons = _pick(candidates, as_of)
    reasons.append(
        Reason.of(
            "A timely request stops levies while the hearing is pending and keeps your right to go to the "
            "Tax Court. You can raise innocent spouse relief at the hearing. Mail it by certified mail "
            "and keep the receipt: a request postmarked in time counts as on time.",
            "irc-7502-timely-mailing",
        )
    )
    return Deadline(
        id="cdp_hearing",
        title="Request a collection due process hearing (Form 12153)",
        due=due,
        rule_text=(
            f"Ask for a collection due process hearing within {_value('irc-6330-cdp-levy')} days after a notice "
            "of intent to levy, or by the date stated on a lien notice. The IRS cannot extend this."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )


def equivalent_hearing_deadline(facts: Any, as_of: date) -> Deadline | None:
    """Treas. Reg. §§ 301.6330-1(i), 301.6320-1(i): an equivalent hearing within one year."""
    candidates = []
    levy = facts.first("levy_notice")
    if levy is not None:
        years = _value("equivalent-hearing-levy")
        start, mailing = notice_date(levy, "equivalent-hearing-levy")
        due, reasons = _candidate(
            facts,
            add_years(start, years),
            [
                Reason.of(
                    f"If the {_value('irc-6330-cdp-levy')} days after the levy notice of {_d(levy.date)} are missed, "
                    f"an equivalent hearing can still be requested within {years} year, counted from the day after "
                    "the notice's date.",
                    "equivalent-hearing-levy",
                ),
                *mailing,
            ],
            "hearing",
        )
        candidates.append((due, reasons, "equivalent levy hearing"))
    for due, reasons in _lien_candidates(facts, "equivalent-hearing-lien", years=_value("equivalent-hearing-lien")):
        candidates.append((due, reasons, "equivalent lien hearing"))
    if not candidates:
        return None
    due, reasons = _pick(candidates, as_of)
    reasons.append(
        Reason.of(
            "An equivalent hearing does not stop collection or pause the collection period, and its decision "
            "cannot be taken to the Tax Court under the hearing rules; so the "
            f"{_value('irc-6330-cdp-levy')}-day hearing is better if it is still open.",
            candidates[0][1][0].rule.id,
        )
    )
    reasons.append(
        Reason.of(
            "If you ask for innocent spouse relief at the equivalent hearing and Appeals decides it, that decision "
            f"can go to the Tax Court within {_value('irc-6015-e-petition')} days (§ 6015(e)). Record it as a final "
            "determination to see that deadline.",
            candidates[0][1][0].rule.id,
        )
    )
    return Deadline(
        id="equivalent_hearing",
        title="Request an equivalent hearing (late collection appeal, Form 12153)",
        due=due,
        rule_text=(
            f"If you missed the {_value('irc-6330-cdp-levy')}-day hearing deadline, you can still ask Appeals for "
            f"an equivalent hearing within {_value('equivalent-hearing-levy')} year. Its decision cannot be taken "
            "to the Tax Court, except a decision on innocent spouse relief, which can be, within "
            f"{_value('irc-6015-e-petition')} days."
        ),
        reasons=tuple(reasons),
        can_extend=False,
    )


def appeal_deadline(facts: Any, as_of: date) -> Deadline | None:
    """Form 12509: appeal a preliminary determination within 30 days of the letter's date.

    Each letter carries its own 30 days; with several, the earliest still open is shown (a later
    letter may replace an earlier one, but that cannot be known from the facts)."""
    letters = facts.events_of("preliminary_determination")
    if not letters:
        return None
    days = _value("form-12509-appeal")
    candidates = []
    for letter in letters:
        start, mailing = notice_date(letter, "form-12509-appeal")
        due, reasons = _candidate(
            facts,
            add_days(start, days),
            [
                Reason.of(
                    f"The preliminary determination is dated {_d(letter.date)}. To appeal, send Form 12509 to the "
                    f"office that sent the letter within {days} days; if the letter gives an earlier date, that date governs.",
                    "form-12509-appeal",
                ),
                *mailing,
            ],
            "appeal",
        )
        candidates.append((due, reasons, f"preliminary determination of {_d(letter.date)}"))
    due, reasons = _pick(candidates, as_of)
    return Deadline(
        id="appeal",
        title="Appeal the preliminary determination (Form 12509)",
        due=due,
        rule_text=f"Send Form 12509, Statement of Disagreement, within {days} days of the preliminary determination letter.",
        reasons=tuple(reasons),
        can_extend=False,
    )

"""The plan: which forms to file and where, the evidence to gather, what happens next, and who can help.

Every item cites a registered rule.  The plan is built from the facts and from
the screening results; it never decides anything the screening has not.  The
forms, addresses and procedure live in :mod:`calculator.law.forms`.

Pure functions of their arguments: no I/O, no clock.
"""

from __future__ import annotations

from datetime import date

from .collection import balance_due, low_income
from .law import rule
from .results import Deadline, Reason, ReliefResult, cited

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any, Iterable

#: Verdicts for which filing still makes sense.
FILE_VERDICTS = ("likely", "possible", "needs_info")
#: Verdicts from strongest to weakest: the order the relief paths are shown in. ``check`` is a
#: verdict held back because an answer it depends on cannot be right (calculator.consistency).
VERDICT_STRENGTH = ("likely", "possible", "check", "needs_info", "not_available")
#: Events that show collection has started: Form 8857 is then urgent, since a pending request stops levies.
COLLECTING = ("levy_notice", "lien_notice", "my_refund_offset", "collection_suit", "court_claim")


def _cited(text: str, rule_id: str) -> dict[str, str]:
    return cited(text, rule_id)


def _get(result: ReliefResult | dict, key: str) -> Any:
    return result[key] if isinstance(result, dict) else getattr(result, key)


def _as_date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _deadline_due(deadline: Deadline | dict) -> date | None:
    return _as_date(_get(deadline, "due"))


def _form_entry(form_id: str, why: str, why_rule: str, due: date | None = None, due_label: str | None = None) -> dict[str, Any]:
    form = rule(form_id)
    entry = {k: v for k, v in form.value.items() if k != "see_also"}
    entry.update(
        {
            "rule": form.id,
            **form.cite.as_dict(),
            "why": _cited(why, why_rule),
            "due": due.isoformat() if due else None,
            "due_label": due_label,
        }
    )
    for linked in map(rule, form.value.get("see_also", ())):
        if linked.unit == "address":  # where the form goes, recorded as its own rule
            entry["address"] = dict(linked.value)
            entry["address_rule"] = {
                "rule": linked.id,
                **linked.cite.as_dict(),
                "verified": linked.status.kind,
                "also": [c.as_dict() for c in linked.also],  # the IRS's own where-to-file pages
            }
    return entry


def _asks_relief(facts: Any, relief: list) -> list:
    """The liability-relief results (Form 8857) still worth filing for.

    Form 8857 asks for relief from tax owed, so it is not suggested when the facts show no
    tax owed (only a refund offset), whatever verdict a path gave for want of facts.
    """
    if balance_due(facts) is False:
        return []
    return [r for r in relief if "8857" in str(_get(r, "form")) and _get(r, "verdict") in FILE_VERDICTS]


def _forms(facts: Any, relief: list, deadlines: dict[str, date | None]) -> list[dict[str, Any]]:
    """The forms to file, in the order a person would file them."""
    forms = []
    liability = _asks_relief(facts, relief)
    if liability:
        dues = [_as_date(_get(r, "deadline")) for r in liability if _get(r, "deadline")]
        due = min(dues) if dues else None
        names = ", ".join(_get(r, "title") for r in liability)
        forms.append(
            _form_entry(
                "form-8857",
                f"The screening shows relief from the joint tax may be open ({names}). One Form 8857 asks for every kind at once.",
                "form-8857",
                due,
                "earliest relief deadline shown above" if due else None,
            )
        )
    injured = [r for r in relief if "8379" in str(_get(r, "form")) and _get(r, "verdict") in FILE_VERDICTS]
    if injured:
        forms.append(
            _form_entry(
                "form-8379",
                "A joint refund was or may be applied to a debt; Form 8379 asks for your share back.",
                "form-8379",
                _as_date(_get(injured[0], "deadline")),
                "refund-claim deadline" if _get(injured[0], "deadline") else None,
            )
        )
    if facts.first("preliminary_determination") and not facts.first("final_determination"):
        forms.append(
            _form_entry(
                "form-12509",
                f"You have a preliminary determination and no final one yet: to disagree, send Form 12509 within {rule('form-12509-appeal').value} days of the letter.",
                "form-12509-appeal",
                deadlines.get("appeal"),
                "appeal",
            )
        )
    if facts.first("levy_notice", "lien_notice"):
        forms.append(
            _form_entry(
                "form-12153",
                "You received a levy or lien notice: a timely hearing request gives you a hearing with Appeals, where relief can also be raised.",
                "form-12153",
                deadlines.get("cdp_hearing") or deadlines.get("equivalent_hearing"),
                "cdp_hearing" if deadlines.get("cdp_hearing") else ("equivalent_hearing" if deadlines.get("equivalent_hearing") else None),
            )
        )
    forms.append(
        _form_entry(
            "form-2848",
            "Only if someone will represent you: each spouse signs a separate Form 2848, and your representative should act for you alone.",
            "form-2848",
        )
    )
    return forms


def _evidence(facts: Any, relief: list, as_of: date) -> list[dict[str, str]]:
    """An evidence checklist tailored to the facts (practical suggestions, see ``evidence-document-request``)."""
    doc = "evidence-document-request"
    problems = set(facts.problems or ())
    files_8857 = bool(_asks_relief(facts, relief))
    items = []
    if files_8857:
        items += [
            _cited("A copy of the joint return for each year you ask about.", doc),
            _cited("Every IRS letter or notice about those years, with the date you received it.", doc),
            _cited("A short written account, in date order, of what happened and why you should not be held liable.", doc),
        ]
    if "understatement" in problems:
        items += [
            _cited("Who prepared the return and who handled the household finances, and how you were (or were not) involved.", doc),
            _cited("Bank and account records showing what you could see of the income or deduction the IRS changed.", doc),
        ]
    if "underpayment" in problems:
        items.append(_cited("Records showing why you believed the tax shown on the return would be paid (for example, money you gave your spouse for it).", doc))
    if facts.abuse:
        items += [
            _cited("Protective or restraining orders, police reports and medical records.", doc),
            _cited("Statements from people who knew of the abuse or of your spouse's control of the money (counsellors, shelter staff, family, friends).", doc),
            _cited("Anything showing you could not question the return for fear of retaliation, such as messages or records of financial control.", doc),
        ]
    if facts.marital_status in ("divorced", "legally_separated"):
        items.append(_cited("Your divorce decree or separation agreement, including any part about who pays the taxes.", "next-divorce-decree"))
    if facts.marital_status == "widowed":
        items.append(_cited("The death certificate of your spouse.", doc))
    if facts.apart_since:
        items.append(_cited("Proof of living apart since the date you gave (a lease, utility bills, mail at your address).", doc))
    if facts.significant_benefit is not None:
        items.append(_cited("Records of how any money from the unpaid or unreported tax was spent.", doc))
    h = facts.household
    hardship_relevant = files_8857 and any(_get(r, "id") == "equitable_relief" and _get(r, "verdict") in FILE_VERDICTS for r in relief)
    if hardship_relevant or any(v is not None for v in (h.annual_income, h.monthly_income, h.monthly_expenses)):
        items.append(_cited("Records of your current income and basic living expenses (pay stubs, benefit letters, rent or mortgage, utilities, medical costs).", doc))
    if "offset" in problems or facts.first("joint_refund_offset", "my_refund_offset"):
        items += [
            _cited("The offset notice showing how much of the refund was taken and for which debt.", "form-8379"),
            _cited("Copies of all Forms W-2 and W-2G for both spouses, and any Form 1099 showing withholding.", "form-8379"),
        ]
    if facts.events_of("payment"):
        items.append(_cited("Proof of the payments you made (cancelled checks, bank statements, IRS account transcript).", doc))
    if not items:
        items.append(_cited("Keep every IRS letter and a copy of the joint return; they start and prove your deadlines.", doc))
    return items


def _next_steps(facts: Any, relief: list) -> list[dict[str, str]]:
    """What happens after Form 8857 (IRC § 6015(e), (h); irs.gov/appeals/innocent-spouse), or after Form 8379."""
    if not _asks_relief(facts, relief):
        from .forms import injured_spouse_allocation  # the Form 8379 steps live with its worksheet

        injured = [r for r in relief if _get(r, "id") == "injured_spouse" and _get(r, "verdict") in FILE_VERDICTS]
        return injured_spouse_allocation.next_steps(facts) if injured else []
    steps = [
        _cited(
            "The IRS must tell your spouse or former spouse that you asked for relief and let them give information. "
            "It does not give them your new name, address, employer or phone number; in a Tax Court case, ask the court to keep them private.",
            "next-notice-to-other-spouse",
        ),
    ]
    if facts.abuse:
        steps.append(_cited(
            "If you fear retaliation, say so in a statement attached to Form 8857. In 2001 the IRS advised writing 'Potential Domestic Abuse Case' at the top of the form; its current instructions do not repeat that, but it does no harm.",
            "next-potential-abuse-case",
        ))
    steps += [
        _cited(
            "While your request is pending, the IRS may not levy or sue to collect the tax from you. It can still apply "
            "your refunds to the debt and file a Notice of Federal Tax Lien.",
            "next-pending-collection",
        ),
        _cited(
            f"The IRS sends a preliminary determination. If you disagree, send Form 12509 within {rule('form-12509-appeal').value} days of that letter, to the office that sent it.",
            "form-12509-appeal",
        ),
        _cited(
            f"Then comes the final determination. You may petition the Tax Court within {rule('irc-6015-e-petition').value} days after it is mailed; "
            "that deadline cannot be extended.",
            "irc-6015-e-petition",
        ),
        _cited(
            f"If no final determination arrives within {rule('irc-6015-e-six-months').value} months of your request, you may petition the Tax Court then.",
            "irc-6015-e-six-months",
        ),
        _cited(
            "The Tax Court reviews the IRS's file plus only evidence that is new or was not available before, so give the IRS everything now.",
            "next-administrative-record",
        ),
    ]
    return steps


def _referrals(facts: Any, as_of: date, has_levy: bool) -> list[dict[str, Any]]:
    low, threshold, _ = low_income(facts, as_of)
    litc = rule("referral-litc")
    if low is True:
        why = f"Your household income looks at or below 250% of the poverty guidelines (${threshold:,}), the clinics' usual limit."
    elif low is False:
        why = "Your income may be above the clinics' usual limit (250% of the poverty guidelines), but each clinic decides; ask."
    else:
        why = "Clinics generally serve households at or below 250% of the poverty guidelines; each clinic decides."
    tas_why = (
        "You have a levy or lien notice: if it threatens your basic living expenses, the Taxpayer Advocate can help quickly."
        if has_levy
        else "If an IRS action causes hardship, or your case is stuck, the Taxpayer Advocate Service can help."
    )
    return [
        {"id": "litc", "title": "Low Income Taxpayer Clinic", "link": "https://www.irs.gov/advocate/low-income-taxpayer-clinics",
         "text": litc.label, "why": _cited(why, "referral-litc"), **litc.cite.as_dict(), "rule": litc.id},
        {"id": "tas", "title": "Taxpayer Advocate Service (Form 911)", "link": "https://www.irs.gov/advocate",
         "text": rule("referral-tas").label, "why": _cited(tas_why, "referral-tas"),
         "caution": _cited("Form 911 is not a hearing request or an appeal and does not extend any deadline: file those separately and on time.", "form-911"),
         **rule("referral-tas").cite.as_dict(), "rule": "referral-tas"},
        {"id": "professional", "title": "Attorney, CPA or enrolled agent", "link": None,
         "text": rule("referral-professional").label,
         "why": _cited("A representative who acts for you alone can prepare Form 8857 and handle the appeal and Tax Court steps.", "referral-professional"),
         **rule("referral-professional").cite.as_dict(), "rule": "referral-professional"},
    ]


def _long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _action(aid: str, title: str, why: dict[str, str], *, form: str | None = None, due: date | None = None,
            now: bool = False, where: str | None = None, address: dict | None = None,
            phone: str | None = None) -> dict[str, Any]:
    return {"id": aid, "title": title, "why": why, "form": form, "due": due.isoformat() if due else None,
            "now": now, "where": where, "address": address, "phone": phone}


def _actions(facts: Any, as_of: date, relief: list, deadlines: list, forms: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What to do now: the actions in date order, each with its form, where it goes, its date and one line of why.

    An action marked ``now`` is due today in practice (it protects you from the day it is sent), and sorts
    before any dated one; its ``due`` is still the last legal day, where it has one.
    """
    open_ = {_get(d, "id"): _deadline_due(d) for d in deadlines if _deadline_due(d) >= as_of}
    by_form = {f["number"]: f for f in forms}
    actions = []
    collecting = facts.first(*COLLECTING)
    levy = facts.first("levy_notice")
    f8857 = by_form.get("8857")
    if f8857 and not facts.first("relief_requested"):
        due = _as_date(f8857["due"])
        if collecting:
            why = _cited(
                "While your request is pending, the IRS may not levy or sue to collect this tax from you (it may still take "
                "a refund or file a lien), and one form asks for every kind of relief.",
                "next-pending-collection",
            )
            title = "Send Form 8857 now"
        else:
            why = f8857["why"]
            title = f"Send Form 8857 by {_long(due)}" if due else "Send Form 8857"
        actions.append(_action("send-8857", title, why, form="8857", due=due, now=bool(collecting),
                               where=f8857["where"], address=f8857.get("address")))
    if "cdp_hearing" in open_:
        due = open_["cdp_hearing"]
        actions.append(_action(
            "hearing-cdp", f"Ask for a collection due process hearing on Form 12153 by {_long(due)}",
            _cited("A timely request stops levies while the hearing is pending, and you can raise relief there and go to the Tax Court after.",
                   "irc-6330-cdp-levy" if levy else "irc-6320-cdp-lien"),
            form="12153", due=due, where=by_form["12153"]["where"] if "12153" in by_form else None))
    elif "equivalent_hearing" in open_:
        due = open_["equivalent_hearing"]
        actions.append(_action(
            "hearing-equivalent", f"Ask for an equivalent hearing on Form 12153 by {_long(due)}",
            _cited("The 30-day hearing has passed, but Appeals can still hear you. It does not stop collection, and there is no Tax Court review after it.",
                   "equivalent-hearing-levy" if levy else "equivalent-hearing-lien"),
            form="12153", due=due, where=by_form["12153"]["where"] if "12153" in by_form else None))
    if "tax_court_deficiency" in open_:
        due = open_["tax_court_deficiency"]
        actions.append(_action(
            "petition-deficiency", f"If you disagree with the notice of deficiency, petition the Tax Court by {_long(due)}",
            _cited("It is the only way to dispute the extra tax before paying it, and the date cannot be extended.", "irc-6213-a-petition"),
            due=due, where="United States Tax Court (the notice says how)"))
    if "appeal" in open_:
        due = open_["appeal"]
        actions.append(_action(
            "appeal-12509", f"If you disagree with the preliminary determination, send Form 12509 by {_long(due)}",
            _cited("Appeals then looks at your request again before the final determination.", "form-12509-appeal"),
            form="12509", due=due, where=by_form["12509"]["where"] if "12509" in by_form else None))
    if "tax_court_relief" in open_:
        due = open_["tax_court_relief"]
        actions.append(_action(
            "petition-relief", f"If you disagree with the final determination, petition the Tax Court by {_long(due)}",
            _cited("The Tax Court can decide your request for relief afresh; the date cannot be extended.", "irc-6015-e-petition"),
            due=due, where="United States Tax Court"))
    f8379 = by_form.get("8379")
    if f8379:
        due = _as_date(f8379["due"])
        actions.append(_action(
            "send-8379", f"Send Form 8379 by {_long(due)}" if due and due >= as_of else "Send Form 8379",
            _cited("It asks for your share of a joint refund taken for a debt that is only your spouse's.", "form-8379"),
            form="8379", due=due if due and due >= as_of else None, where=f8379["where"], address=f8379.get("address")))
    if levy or facts.first("my_refund_offset"):
        tas = rule("contact-tas")
        actions.append(_action(
            "call-tas", f"Call the Taxpayer Advocate Service ({tas.value['phone']}) if the levy threatens rent or food",
            _cited("It can ask the IRS to release a levy that causes hardship; a call does not extend any deadline.", "referral-tas"),
            now=True, phone=tas.value["phone"]))
    notice = _letter(facts)
    if notice is not None and notice.value["event"] is None:
        actions.append(_action(f"letter-{notice.value['key']}", f"About your {notice.value['number']}",
                               _cited(notice.value["effect"], notice.id)))
    if not actions:
        actions.append(_action("keep-letters", "Keep every IRS letter, and give their dates here",
                               _cited("The dates on your letters start your deadlines.", "evidence-document-request")))
    order = {a["id"]: i for i, a in enumerate(actions)}
    return sorted(actions, key=lambda a: (0 if a["now"] else 1 if a["due"] else 2, "" if a["now"] else a["due"] or "", order[a["id"]]))


def _letter(facts: Any) -> Any:
    """The notice rule for the letter the person said they got, if any."""
    key = getattr(facts, "letter", None)
    return rule(f"notice-{key}") if key else None


def _passed(as_of: date, deadlines: list, actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Deadlines that have passed, each naming the route that is still open instead."""
    open_ids = {_get(d, "id") for d in deadlines if _deadline_due(d) >= as_of}
    still = [a["title"] for a in actions if a["form"] and (a["due"] or a["now"])]
    passed = []
    for d in deadlines:
        due = _deadline_due(d)
        if due >= as_of:
            continue
        did = _get(d, "id")
        if did == "cdp_hearing" and "equivalent_hearing" in open_ids:
            eq = next(x for x in actions if x["id"] == "hearing-equivalent")
            instead = f"Still open: {eq['title'][0].lower()}{eq['title'][1:]}."
        elif still:
            instead = "Still open: " + "; ".join(t[0].lower() + t[1:] for t in still[:2]) + "."
        else:
            instead = "Nothing else in your answers has an open date; a clinic or the Taxpayer Advocate can tell you what is left."
        passed.append({"id": did, "title": _get(d, "title"), "due": due.isoformat(), "instead": instead})
    return passed


def _relief_order(relief: list) -> tuple[list[str], list[str]]:
    """The relief paths that fit (strongest first) and the others (they keep their "why not")."""
    ranked = sorted(relief, key=lambda r: VERDICT_STRENGTH.index(_get(r, "verdict")))
    fits = [_get(r, "id") for r in ranked if _get(r, "verdict") != "not_available"]
    return fits, [_get(r, "id") for r in ranked if _get(r, "verdict") == "not_available"]


def _talk(facts: Any) -> list[dict[str, Any]]:
    """Talk to someone: phone numbers as plain text, each from a contact rule."""
    ids = ["contact-tas", "contact-innocent_spouse", "contact-litc", "contact-dv_hotline"]
    return [{**rule(i).value, "rule": i, **rule(i).cite.as_dict()} for i in ids]


def make_plan(
    facts: Any,
    as_of: date,
    relief_results: Iterable[ReliefResult | dict],
    deadlines: Iterable[Deadline | dict],
) -> dict[str, Any]:
    """Build the plan: ``actions`` (what to do now, in date order), ``passed`` (deadlines gone, each with
    the route still open), ``relief_fits`` and ``relief_others`` (relief ids, strongest first), ``talk``
    (people to call), ``forms`` (with where to send them and any due date), ``evidence``, ``next_steps``
    and ``referrals``.  Each item carries a citation (``cite``, ``url``, ``rule``)."""
    relief = list(relief_results)
    deadlines = list(deadlines)
    due_by_id = {_get(d, "id"): _deadline_due(d) for d in deadlines}
    forms = _forms(facts, relief, due_by_id)
    actions = _actions(facts, as_of, relief, deadlines, forms)
    fits, others = _relief_order(relief)
    return {
        "actions": actions,
        "passed": _passed(as_of, deadlines, actions),
        "relief_fits": fits,
        "relief_others": others,
        "talk": _talk(facts),
        "forms": forms,
        "evidence": _evidence(facts, relief, as_of),
        "next_steps": _next_steps(facts, relief),
        "referrals": _referrals(facts, as_of, bool(facts.first("levy_notice", "lien_notice"))),
    }

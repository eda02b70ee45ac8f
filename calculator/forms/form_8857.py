"""The Form 8857 answer sheet and the outline of the statement of why you should not be held liable.

The questions and their order come from the rule ``form-8857-questions`` (Form 8857, Rev. June
2021); the answers come only from the facts given, one column per tax year, and a question the
checker cannot answer is left blank with what to put there.  The statement outline gathers, for
each part (knowledge, abuse or financial control, benefit, the marriage's end, hardship), what the
person already said and the evidence items of the plan that support it.  It is a draft for the
person to finish in their own words; it never states a fact the person did not give.
"""

from __future__ import annotations

from ..law import rule
from ..questions import OPTION_LABELS
from ..results import cited

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Words that pick a plan evidence item for a part of the statement (lower case).
EVIDENCE_WORDS = {
    "knowledge": ("prepared the return", "account records", "believed the tax", "joint return for each year"),
    "abuse": ("protective", "knew of the abuse", "retaliation"),
    "benefit": ("how any money",),
    "marriage": ("divorce decree", "death certificate", "living apart"),
    "hardship": ("living expenses",),
}


def _item(facts: Any) -> str:
    problems = set(facts.problems)
    if problems == {"underpayment"}:
        return "the unpaid tax"
    if problems >= {"understatement", "underpayment"}:
        return "the unreported or wrong items and the unpaid tax"
    return "the unreported income or wrong deduction or credit"


def _situation(facts: Any) -> str | None:
    owner = facts.item_owner
    if not ({"understatement", "underpayment"} & set(facts.problems)) or owner is None:
        return None
    if facts.joint_return is False:
        return ("Yes, if the tax is on community income: you did not file a joint return, and the item was your spouse's."
                if owner == "spouse" else None)
    if facts.joint_return is not True:
        return None
    if owner == "spouse":
        return f"Yes: a joint return, and {_item(facts)} came from your spouse."
    if owner == "both":
        return f"Yes, for your spouse's part only: {_item(facts)} came from both of you."
    return "No: the item was yours, and relief covers only your spouse's items."


def _refund_taken(facts: Any) -> str | None:
    o = facts.offset
    if "offset" in facts.problems and o.debt_owner == "spouse":
        from ..relief.injured_spouse import DEBT_WORDS  # the words the injured spouse screen uses

        debt = DEBT_WORDS.get(o.debt, "a past-due debt")
        return f"Yes: a joint refund was taken for {debt} owed only by your spouse. Ask for your share on Form 8379, not here."
    return None


def _marital(facts: Any) -> str | None:
    status = facts.marital_status
    if status == "married":
        return f"Married, living apart since {facts.apart_since.isoformat()}." if facts.apart_since else "Married (say whether you live together or apart)."
    words = {"divorced": ("Divorced", "the date of the decree"), "legally_separated": ("Legally separated", "the date of the order"),
             "widowed": ("Widowed", "the date of death")}.get(status)
    return f"{words[0]} (write {words[1]})." if words else None


def _yes_no(value: Any, yes: str, no: str) -> str | None:
    return None if value is None else (yes if value else no)


def _household(facts: Any) -> str | None:
    h = facts.household
    parts = []
    if h.size is not None:
        parts.append(f"{h.size} {'person' if h.size == 1 else 'people'} in your household")
    if h.monthly_income is not None:
        parts.append(f"monthly income ${h.monthly_income:,.0f}")
    elif h.annual_income is not None:
        parts.append(f"yearly income ${h.annual_income:,.0f}")
    if h.monthly_expenses is not None:
        parts.append(f"basic living expenses ${h.monthly_expenses:,.0f} a month")
    return ("From your answers: " + "; ".join(parts) + ". Fill in every line the form asks.") if parts else None


def _answer(key: str, facts: Any) -> str | None:
    """The checker's answer to one question for one year, or None (a blank to fill in)."""
    if key == "situation":
        return _situation(facts)
    if key == "refund_taken":
        return _refund_taken(facts)
    if key == "tax_years":
        return str(facts.tax_year) if facts.tax_year else None
    if key == "marital_status":
        return _marital(facts)
    if key == "abuse":
        return _yes_no(facts.abuse, "Yes: describe it (see the statement outline below).", "No.")
    if key == "knowledge":
        return f"{OPTION_LABELS['knowledge'][facts.knowledge]}: explain (see the statement outline below)." if facts.knowledge else None
    if key == "benefit":
        return _yes_no(facts.significant_benefit, "Yes, beyond normal support: say what it was.", "No benefit beyond normal support.")
    if key == "household":
        return _household(facts)
    if key == "statement":
        return "Use the statement outline below as your draft."
    return None


def _evidence(plan: dict, part: str) -> list[str]:
    words = EVIDENCE_WORDS[part]
    return [e["text"] for e in plan.get("evidence", ()) if any(w in e["text"].lower() for w in words)]


def _by_text(years: list[Any], say) -> list[dict[str, Any]]:
    """One answer per distinct text, with the tax years it is the answer for, in year order."""
    groups: dict[str | None, list[Any]] = {}
    for facts in years:
        groups.setdefault(say(facts), []).append(facts.tax_year)
    return [{"years": ys, "text": text} for text, ys in groups.items()]


def _years(ys: list[Any]) -> str:
    named = [str(y) for y in ys if y]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1] if named else ""


def _known(years: list[Any], say) -> list[str]:
    """What the person said (a year label only when there are several years)."""
    return [f"{_years(g['years'])}: {g['text']}" if len(years) > 1 and _years(g["years"]) else g["text"]
            for g in _by_text(years, say) if g["text"]]


def _statement(years: list[Any], plan: dict) -> list[dict[str, Any]]:
    knowledge = OPTION_LABELS["knowledge"]
    parts = [
        ("knowledge", "What you knew, and why",
         "Say what you knew about the problem when you signed, who handled the return and the money, and why you did "
         "not know more, or why you believed the tax shown would be paid.",
         lambda f: f"You answered: \u201c{knowledge[f.knowledge]}\u201d." if f.knowledge else None),
        ("abuse", "Abuse or control of the money",
         "If your spouse abused you or controlled the money, describe what happened, when, and how it kept you from "
         "questioning the return or the payment. Leave this part out if it does not apply.",
         lambda f: _yes_no(f.abuse, "You answered that there was abuse or financial control.", "You answered that there was no abuse or financial control.")),
        ("benefit", "What you received",
         "Say how the money from the unpaid or unreported tax was spent, and that you got no more than normal support, "
         "if that is so.",
         lambda f: _yes_no(f.significant_benefit, "You answered that you got a benefit beyond normal support.", "You answered that you got no benefit beyond normal support.")),
        ("marriage", "The end of the marriage",
         "Say whether you are divorced, separated, widowed or living apart, and since when.",
         lambda f: {"married": f"Still married{', living apart since ' + f.apart_since.isoformat() if f.apart_since else ''}.",
                    "divorced": "Divorced.", "legally_separated": "Legally separated.", "widowed": "Widowed."}.get(f.marital_status)),
        ("hardship", "Paying would be a hardship",
         "If paying the tax would leave you unable to meet basic living expenses, say so and show your income and "
         "expenses.",
         lambda f: _household(f)[len("From your answers: "):].split(". Fill")[0] + "." if _household(f) else None),
    ]
    return [
        {"key": key, "title": title, "prompt": prompt, "known": _known(years, say), "evidence": _evidence(plan, key)}
        for key, title, prompt, say in parts
    ]


def in_plan(plan: dict) -> bool:
    """Whether a plan (a year's or a case's) asks for Form 8857."""
    number = rule("form-8857").value["number"]
    return any(f.get("number") == number for f in plan.get("forms", ()))


def sheet(years: list[tuple[Any, list]], plan: dict) -> dict[str, Any] | None:
    """The answer sheet for the years given as ``(facts, relief)``; None when Form 8857 is not in the plan."""
    if not in_plan(plan):
        return None
    form = rule("form-8857")
    questions = rule("form-8857-questions")
    facts_by_year = [facts for facts, _relief in years]
    confirmed = [q["line"] for q in questions.value if q["line"]]
    return {
        "form": form.value["number"],
        "title": "Form 8857 answer sheet",
        "revision": "Rev. June 2021",
        "years": [f.tax_year for f in facts_by_year],
        "questions": [
            {
                **q,
                "answers": _by_text(facts_by_year, lambda f, key=q["key"]: _answer(key, f)),
            }
            for q in questions.value
        ],
        "unconfirmed": cited(
            f"Only the numbers of lines {', '.join(confirmed[:-1])} and {confirmed[-1]} were confirmed in official text; "
            "for the other questions, find the one with the same words on the form; their order and parts after line 6 "
            "were not confirmed either. The wording here is ours.",
            questions.id,
        ),
        "statement": {
            "note": "A draft to finish in your own words. It holds only what you told the checker; add what is true, "
                    "leave out what is not, and attach the evidence listed.",
            "parts": _statement(facts_by_year, plan),
        },
        "derived": "This sheet is made from your answers each time; a saved file keeps the answers, and the sheet is "
                   "made again from them when the file is opened.",
    }

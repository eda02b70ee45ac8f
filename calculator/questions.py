"""The checker's questions, as declarative data, and the rule that decides which ones to show.

Each question has an ``id`` (a facts-format field path such as ``joint_return``
or ``household.size``, or an event type such as ``levy_notice`` whose answer is
that event's date), a ``label``, a plain-words ``why``, a ``kind`` and
``options`` taken from the facts declaration, a ``show_if`` condition, and
``allow_unknown`` (always true: every question can be answered "I don't know").
Some carry ``knockouts``: notes shown for an answer that points to another route.

``show_if`` is a small condition language, evaluated by :func:`visible` (through Pyodide) and,
before Python has started, by ``docs/assets/checker/conditions.js``, an interpreter of the same
data with no rule of its own (a test requires both to agree over many answer sets):

- ``{"field": "problems", "contains": "understatement"}``: a list answer contains a value;
- ``{"field": "joint_return", "equals": true}``; ``{"field": "marital_status", "in": [...]}``;
- ``{"field": "relief_requested", "known": true}``: answered with something other than "I don't know";
- ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": {...}}``.

A field path names a facts field; an event type looks the event up in ``events``.

The engines report what they still need as facts paths (``household.size``,
``events.assessment``); :func:`question_for` turns such a path into the id of the
question that asks it.
"""

from __future__ import annotations


from .facts import EVENT, EVENT_TYPES, FIELDS, HOUSEHOLD, OFFSET, Field
from .law import rule
from .law.notices import NOTICES

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

#: Plain labels for the choices of enum fields (value -> label), by field path.
OPTION_LABELS: dict[str, dict[str, str]] = {
    "problems": {
        "understatement": "The IRS says income was left off or a deduction or credit was wrong (an audit or a notice of more tax)",
        "underpayment": "Tax shown on the return was never paid",
        "offset": "A joint refund was, or will be, taken for a debt",
    },
    "item_owner": {"spouse": "My spouse or former spouse", "me": "Me", "both": "Both of us"},
    "knowledge": {
        "none": "I did not know, and a reasonable person in my place would not have known either",
        "unsure": "I did not know. Would a reasonable person in my place have known? I am not sure",
        "reason_to_know": "I did not know, but a reasonable person in my place would have known",
        "partial": "I knew, or should have known, about part of it, but not how large it was",
        "actual": "I knew about it",
    },
    "marital_status": {
        "married": "Still married",
        "divorced": "Divorced",
        "legally_separated": "Legally separated",
        "widowed": "Widowed",
    },
    "household.area": {"contiguous": "The 48 contiguous states or D.C.", "alaska": "Alaska", "hawaii": "Hawaii"},
    "offset.debt_owner": {"spouse": "Only my spouse", "me": "Only me", "both": "Both of us"},
    "offset.debt": {
        "federal_tax": "Federal tax",
        "state_tax": "State income tax",
        "child_support": "Past-due child support",
        "spousal_support": "Past-due spousal support",
        "federal_nontax": "A federal debt such as a student loan",
        "unemployment": "A state unemployment compensation debt",
    },
}

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "AS": "American Samoa", "GU": "Guam",
    "MP": "Northern Mariana Islands", "PR": "Puerto Rico", "VI": "U.S. Virgin Islands",
}
OPTION_LABELS["state"] = STATE_NAMES
OPTION_LABELS["letter"] = {n.value["key"]: f"{n.value['number']}: {n.value['name']}" for n in NOTICES}

OWED = {"any": [{"field": "problems", "contains": "understatement"}, {"field": "problems", "contains": "underpayment"}]}
AUDIT = {"field": "problems", "contains": "understatement"}
OFFSET_ = {"field": "problems", "contains": "offset"}
NOT_SEPARATE = {"not": {"field": "joint_return", "equals": False}}


def _n(rule_id: str) -> Any:
    """A rule's figure, for the plain-words "why" of a question (the figures live in calculator.law)."""
    return rule(rule_id).value


ALLOCATION_WHY = "Each spouse's income decides how much of the joint tax is theirs."
WORKSHEET_WHY = "For the allocation worksheet (Form 8379, Part III)."

BC_LIMIT = f"{_n('irc-6015-bc-two-years')}-year limit"
RRA98_CUTOFF = _n("rra98-3201-g-1")["paid_by"]


def _field(path: str) -> Field:
    spec: tuple[Field, ...] = FIELDS
    parts = path.split(".")
    for i, part in enumerate(parts):
        field = next(f for f in spec if f.name == part)
        if i < len(parts) - 1:
            spec = field.fields
    return field


def _detail(name: str, label: str, why: str) -> dict[str, Any]:
    """An optional field of an event question's event (``mailed``, ``last_day``, ``end``), asked after its date."""
    field = next(f for f in EVENT if f.name == name)
    return {"field": name, "label": label, "why": why, "kind": field.kind}


MAILED = _detail(
    "mailed",
    "If it was mailed on a different day than the date printed on it (see the postmark or tracking), when?",
    "Some periods run from the day a notice was mailed. Without it, the printed date is used, the earliest that could apply.",
)


def _q(qid: str, label: str, why: str, show_if: dict | None = None, **extra: Any) -> dict[str, Any]:
    if qid in EVENT_TYPES:
        kind, options, event = "date", [], True
    else:
        field = _field(qid)
        kind, event = field.kind, False
        labels = OPTION_LABELS.get(qid, {})
        options = [{"value": c, "label": labels.get(c, c)} for c in field.choices]
        if field.kind == "bool":
            options = [{"value": True, "label": "Yes"}, {"value": False, "label": "No"}]
        if field.minimum is not None:
            extra.setdefault("minimum", field.minimum)
            extra.setdefault("maximum", field.maximum)
    return {
        "id": qid,
        "label": label,
        "why": why,
        "kind": kind,
        "event": event,
        "options": options,
        "show_if": show_if,
        "allow_unknown": True,
        **extra,
    }


QUESTIONS: list[dict[str, Any]] = [
    _q("letter", "Which letter did you get?",
       "Its number is printed at the top right of the first page (for example CP90 or LT11). It tells the checker which date counts.",
       knockouts=[{"answer": n.value["key"], "text": f"{n.value['effect']} Where its date is: {n.value['date_where'][0].lower()}{n.value['date_where'][1:]}"}
                  for n in NOTICES],
       sets=[{"answer": n.value["key"], "problem": n.value["problem"], "asks": n.value["event"]} for n in NOTICES]),
    _q("joint_return", "Did you and your spouse file a joint return for the year in question?",
       "Relief under IRC § 6015 and injured spouse relief both need a joint return.",
       knockouts=[{"answer": False, "text": "Without a joint return, § 6015 relief does not apply. If you lived in a community property state and filed separately, relief from community property law (IRC § 66(c)) may; the results show it."}]),
    _q("tax_year", "Which tax year is it about?", "Each year is screened on its own; for several years, use \"Add another year\" at the top."),
    _q("problems", "What went wrong? Choose all that apply.",
       "Relief for unreported income or wrong deductions differs from relief for unpaid tax, and a taken refund is a separate claim (Form 8379)."),
    _q("state", "Which state did you live in during that year?",
       "Community property states have their own rules for separate returns and for dividing a taken refund.",
       {"any": [{"field": "joint_return", "equals": False}, OFFSET_]}),
    _q("return_filed", "When was the return filed?", "It starts the period for claiming a refund.",
       {"any": [OFFSET_, {"field": "joint_return", "equals": True}]}),
    _q("spouse_return_filed", "When did your spouse file his or her own return for that year?",
       f"Relief from community property law must be asked no later than {_n('reg-1.66-4-j')} months before the IRS's time "
       "to assess your spouse's tax runs out, and that time is counted from your spouse's filing. If you do not know, the "
       "checker uses the earliest date that could apply: a return filed on time.",
       {"field": "joint_return", "equals": False}),
    _q("extension", "Was an extension of time to file granted?", "An extension can change the refund-claim period.", OFFSET_),
    _q("item_owner", "Whose income, deduction or unpaid tax caused the problem?",
       "Relief generally covers only your spouse's items.", OWED),
    _q("knowledge", "When you signed the return, what did you know about the problem?",
       "Innocent spouse relief needs that you did not know and that a reasonable person in your place would not have "
       "known; separation of liability is barred only by what you actually knew; for equitable relief it is one factor.", OWED),
    _q("deficiency_notice", f"If you got a notice of deficiency (the {_n('irc-6213-a-petition')}-day letter), what date is on it?",
       f"It starts a {_n('irc-6213-a-petition')}-day deadline to go to the Tax Court.", AUDIT,
       details=[MAILED, _detail("last_day", "What last day to petition the Tax Court does the notice state?",
                                "A petition filed by the date printed on the notice is on time, even if it is later than the law's count.")]),
    _q("marital_status", "Are you still married to that spouse?",
       f"Separation of liability needs divorce, legal separation, widowhood or {_n('irc-6015-c')} months apart.", {"all": [OWED, NOT_SEPARATE]}),
    _q("living_together", "Do you and that spouse still live together?",
       f"While you are married and living together, separation of liability is closed; it opens after {_n('irc-6015-c')} "
       "months of not living in the same household, or on divorce or legal separation.",
       {"all": [OWED, {"field": "marital_status", "equals": "married"}]}),
    _q("apart_since", "Since when have you lived in separate households?",
       f"{_n('irc-6015-c')} months apart can open separation of liability.",
       {"all": [OWED, {"field": "marital_status", "equals": "married"}, {"not": {"field": "living_together", "equals": True}}]}),
    _q("abuse", "Did your spouse abuse you, or control the money, before the return was filed?",
       "Abuse or financial control can outweigh knowledge. Your answers stay in this browser.", OWED),
    _q("significant_benefit", "Did you get a benefit beyond normal support from the unpaid or unreported tax?",
       "A significant benefit weighs against relief.", OWED),
    _q("fraud_scheme", "Were assets moved between you and your spouse as part of a scheme to defraud?",
       "A fraudulent transfer of assets between you bars relief under § 6015 and § 66.", OWED),
    _q("fraudulent_return", "Did you knowingly take part in filing a fraudulent return?",
       "Relief is not available to a spouse who took part in a fraud.", OWED),
    _q("offer_in_compromise", "Has the IRS accepted an offer in compromise from you for that year?",
       "An accepted offer bars relief under § 6015 and § 66 for that year.", OWED),
    _q("closing_agreement", "Did you sign a closing agreement with the IRS about that tax?",
       "A closing agreement bars relief for the liability it settled.", OWED),
    _q("court_decision", "Did a court already decide that year's tax in a case where relief was raised or you took an active part?",
       "A final court decision can bar relief.", OWED),
    _q("paid_in_full", "Has the tax for that year now been fully paid?",
       "Once it is paid, relief can only give back payments you made yourself, within the time limit for refunds, "
       "and separation of liability can no longer help.", OWED),
    _q("paid_in_full_on", "When was the last payment that paid it off?",
       f"A tax paid off on or before {RRA98_CUTOFF:%B} {RRA98_CUTOFF.day}, {RRA98_CUTOFF.year}, when this relief was "
       "enacted, cannot be relieved.",
       {"all": [OWED, {"field": "paid_in_full", "equals": True}]}),
    _q("levy_notice", "If you got a notice of intent to levy, what date is on it?",
       f"It can start the {BC_LIMIT} for two kinds of relief and a {_n('irc-6330-cdp-levy')}-day window for a hearing.", OWED,
       details=[MAILED]),
    _q("lien_notice", "If you got a notice that a federal tax lien was filed, what date is on it?",
       f"It gives a {_n('irc-6320-cdp-lien')}-day window for a hearing.", OWED, details=[MAILED]),
    _q("cdp_hearing", "If you asked for a collection due process hearing in time, when did the IRS receive your request?",
       "A timely hearing request pauses the IRS's time to collect, which also extends the time to ask for equitable relief.",
       {"any": [{"field": "levy_notice", "known": True}, {"field": "lien_notice", "known": True}]}),
    _q("cdp_determination", "If Appeals sent a notice of determination after that hearing, what date is on it?",
       f"You have {_n('irc-6330-d-petition')} days from it to petition the Tax Court, and the pause on collection lasts until it is final.",
       {"field": "cdp_hearing", "known": True}, details=[MAILED]),
    _q("cdp_petition", "If you petitioned the Tax Court about that determination, when?",
       "Then the pause on collection lasts until the court's decision is final, which the checker cannot know.",
       {"field": "cdp_determination", "known": True}),
    _q("my_refund_offset", "If the IRS took your own refund for this joint debt, when?",
       f"Taking your refund is collection activity that starts the {BC_LIMIT}.", OWED),
    _q("collection_suit", "If the United States sued you to collect this tax, when?", f"A collection suit starts the {BC_LIMIT}.", OWED),
    _q("court_claim", "If the United States filed a claim for this tax in a court case such as your bankruptcy, when?",
       f"A claim in a court case starts the {BC_LIMIT}.", OWED),
    _q("bill", "When did you get the first bill for this tax?", f"A bill alone does not start the {BC_LIMIT}, but it shows when you learned of the debt.", OWED),
    _q("assessment", "If you know it, when did the IRS assess the tax?",
       f"The {_n('irc-6502-csed')}-year collection period, and the time left to ask for equitable relief, run from it.", OWED),
    _q("joint_refund_offset", "When was the joint refund taken?", "It dates the offset for your refund claim.", OFFSET_),
    _q("relief_requested", "Have you already sent Form 8857? If so, when did the IRS receive it?",
       "A pending request stops most collection and changes the deadlines.", OWED),
    _q("preliminary_determination", "If the IRS sent a preliminary determination, what date is on the letter?",
       f"You have {_n('form-12509-appeal')} days from it to appeal with Form 12509.", {"field": "relief_requested", "known": True},
       details=[MAILED]),
    _q("final_determination", "If the IRS (or Appeals, at a hearing) sent a final determination on your request for relief, what date is on the letter?",
       f"You have {_n('irc-6015-e-petition')} days from its mailing to petition the Tax Court; this cannot be extended.",
       {"any": [{"field": "relief_requested", "known": True}, {"field": "cdp_hearing", "known": True}]}, details=[MAILED]),
    _q("disaster_postponement", "If the IRS postponed tax deadlines in your area because of a disaster, from what date does the postponement apply?",
       "A postponement can move a Tax Court or refund deadline; where it is unclear whether it covers an act, the earlier date is kept.",
       details=[_detail("end", "To what date did the IRS postpone the deadlines?",
                        "Deadlines falling from the first date until this one move to it, for the acts the postponement covers.")]),
    _q("household.size", "How many people live in your household, you included?", "For the poverty guidelines used in the hardship test and fee waivers.", OWED),
    _q("household.area", "Where do you live now?", "Alaska and Hawaii have their own poverty guidelines.", OWED),
    _q("household.annual_income", "What is your household's total yearly income?", f"Compared with {_n('rp-2013-34-hardship-250')}% of the poverty guidelines.", OWED),
    _q("household.own_annual_income", "What is your own yearly income, not counting anyone else's?",
       f"The hardship test compares your own income with {_n('rp-2013-34-hardship-250')}% of the poverty guidelines; "
       "without it the checker uses your household's, which can only make hardship harder to show.", OWED),
    _q("household.others_pay_expenses", "Does someone else, such as a new spouse or family, share or pay some of your basic living expenses?",
       "The IRS considers expenses others share or pay when it decides whether paying would leave you unable to meet them.", OWED),
    _q("household.monthly_income", "What is your household's monthly income?", "Compared with your basic living expenses.", OWED),
    _q("household.monthly_expenses", "What are your reasonable basic living expenses each month?", "Paying the tax must not leave you unable to meet them.", OWED),
    _q("household.assets_can_pay", "Could you pay the tax from assets and still meet basic living expenses?", "Part of the economic-hardship test.", OWED),
    _q("offset.debt_owner", "Whose debt was the refund taken for?", "Injured spouse relief is for a debt that only your spouse owes.", OFFSET_,
       knockouts=[{"answer": "me", "text": "If the debt is yours alone, Form 8379 does not help; you may still have other options for the debt itself."}]),
    _q("offset.debt", "What kind of debt was it?", "Some debts count differently, and the agency that took it is the one to ask about the debt.", OFFSET_),
    _q("offset.legally_obligated", "Are you legally obligated to pay that debt too?", "If you are, you are not an injured spouse.", OFFSET_),
    _q("offset.my_payments", "Did you have tax withheld or make payments on the joint return?", "Your share of the refund comes from your payments and credits.", OFFSET_),
    _q("offset.refundable_credit", "Did you claim a refundable credit, such as the earned income credit?", "A refundable credit can give you a share of the refund.", OFFSET_),
    _q("offset.offset_amount", "How much of the refund was taken?", "The share given back can be no more than this.", OFFSET_),
    _q("offset.joint_tax", "What is the total tax on the joint return (the 'total tax' line of Form 1040)?",
       "The IRS divides this tax between you to work out your share.", OFFSET_),
    _q("offset.my_wages", "What were your wages on the joint return (your Forms W-2)?", ALLOCATION_WHY, OFFSET_),
    _q("offset.my_other_income", "What other income of yours was on the return? Count half of joint income, such as interest on a joint account; enter 0 if none.", ALLOCATION_WHY, OFFSET_),
    _q("offset.spouse_wages", "What were your spouse's wages on the joint return?", ALLOCATION_WHY, OFFSET_),
    _q("offset.spouse_other_income", "What other income of your spouse's was on the return? Enter 0 if none.", ALLOCATION_WHY, OFFSET_),
    _q("offset.my_adjustments", "Adjustments to income that would be yours on a separate return (such as your IRA deduction)? Enter 0 if none.",
       "Each adjustment goes to the spouse who would have claimed it.", OFFSET_),
    _q("offset.spouse_adjustments", "Adjustments to income that would be your spouse's? Enter 0 if none.",
       "Each adjustment goes to the spouse who would have claimed it.", OFFSET_),
    _q("offset.my_withholding", "How much federal income tax was withheld from your pay and other income (your Forms W-2 and 1099)?",
       "Your own withholding is the heart of your share.", OFFSET_),
    _q("offset.my_estimated_payments", "Estimated tax payments that were yours? Enter 0 if none.",
       "Joint estimated payments are split as you both agree.", OFFSET_),
    _q("offset.spouse_withholding", "How much federal income tax was withheld from your spouse's income?", WORKSHEET_WHY, OFFSET_),
    _q("offset.spouse_estimated_payments", "Estimated tax payments that were your spouse's? Enter 0 if none.", WORKSHEET_WHY, OFFSET_),
    _q("offset.joint_eic", "How much earned income credit was on the joint return? Enter 0 if none.",
       "The IRS splits it between you by income.", OFFSET_),
    _q("offset.joint_refundable_credits", "Other refundable credits on the joint return, such as the additional child tax credit? Enter 0 if none.",
       WORKSHEET_WHY, OFFSET_),
    _q("offset.my_refundable_credits", "How much of those other refundable credits would be yours on a separate return?",
       "A child's credit goes to the spouse who would claim the child.", OFFSET_),
]

#: The steps a phone shows one at a time, in order, and the questions each one groups (by id).
#: Questions not named here fall in "Letters and dates" (events), "Money" (household), "Refund
#: taken" (offset) or "Your return".
STEPS = (
    ("Your letter", ("letter",)),
    ("Your return", ()),
    ("Your marriage", ("marital_status", "living_together", "apart_since", "abuse", "significant_benefit",
                       "fraud_scheme", "fraudulent_return")),
    ("Letters and dates", ("offer_in_compromise", "closing_agreement", "court_decision", "paid_in_full", "paid_in_full_on")),
    ("Money", ()),
    ("Refund taken", ()),
)


def _step(q: dict[str, Any]) -> str:
    for name, ids in STEPS:
        if q["id"] in ids:
            return name
    if q["id"].startswith("household."):
        return "Money"
    if q["id"].startswith("offset."):
        return "Refund taken"
    return "Letters and dates" if q["event"] and q["id"] not in ("deficiency_notice",) else "Your return"


def _asked_by_letter(questions: list[dict[str, Any]]) -> None:
    """Each letter's date question shows once that letter is chosen, whatever else is answered."""
    for notice in NOTICES:
        event = notice.value["event"]
        q = next((q for q in questions if q["id"] == event), None) if event else None
        if q is None:
            continue
        chosen = {"field": "letter", "equals": notice.value["key"]}
        q["show_if"] = chosen if q["show_if"] is None else {"any": [q["show_if"], chosen]}


_asked_by_letter(QUESTIONS)
for _question in QUESTIONS:
    _question["step"] = _step(_question)
_QUESTION_IDS = frozenset(q["id"] for q in QUESTIONS)


#: The prefix of a ``missing`` path that names an event: ``events.<type>``.
EVENT_PATH = "events."


def question_for(path: str) -> str | None:
    """The id of the question that answers a ``missing`` facts path, or None if no question asks it.

    Plain field paths are question ids as they are (``tax_year``, ``household.size``); an
    event path ``events.<type>`` is answered by the question whose id is that event type.
    """
    if path.startswith(EVENT_PATH):
        qid = path[len(EVENT_PATH):]
        return qid if qid in EVENT_TYPES and qid in _QUESTION_IDS else None
    return path if path in _QUESTION_IDS and path not in EVENT_TYPES else None


def _lookup(answers: dict, path: str) -> Any:
    """The answer at a field path, or an event's date for an event type; None when unknown."""
    if not isinstance(answers, dict):
        return None
    if path in EVENT_TYPES:
        events = answers.get("events")
        if isinstance(events, list):
            for event in events:
                if isinstance(event, dict) and event.get("type") == path:
                    return event.get("date")
        return None
    value: Any = answers
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _same(a: Any, b: Any) -> bool:
    """Equality as JSON means it: true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return type(a) is type(b) and a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and a == b)


def holds(condition: dict | None, answers: dict) -> bool:
    """Evaluate a ``show_if`` condition against answers (a facts-shaped dict).  Never raises on odd answers."""
    if condition is None:
        return True
    if "all" in condition:
        return all(holds(c, answers) for c in condition["all"])
    if "any" in condition:
        return any(holds(c, answers) for c in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], answers)
    value = _lookup(answers, condition["field"])
    if "contains" in condition:
        return isinstance(value, list) and any(_same(v, condition["contains"]) for v in value)
    if "equals" in condition:
        return _same(value, condition["equals"])
    if "in" in condition:
        return any(_same(value, option) for option in condition["in"])
    if "known" in condition:
        return (value is not None) == bool(condition["known"])
    raise ValueError(f"unknown condition {condition!r}")


def visible(questions: list[dict[str, Any]] | None, answers: dict | None) -> list[str]:
    """The ids of the questions to show for these answers, in order."""
    qs = QUESTIONS if questions is None else questions
    return [q["id"] for q in qs if holds(q.get("show_if"), answers if isinstance(answers, dict) else {})]


def questions_document() -> dict[str, Any]:
    """The questions as one JSON-shaped document (what ``python -m calculator questions`` prints)."""
    return {"questions": QUESTIONS, "event_types": list(EVENT_TYPES), "event_fields": [f.name for f in EVENT], "household_fields": [f.name for f in HOUSEHOLD], "offset_fields": [f.name for f in OFFSET]}

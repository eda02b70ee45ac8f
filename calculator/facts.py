"""The facts format, version 1: the calculator's public input.

The format is declared once, as data (``FIELDS``, ``HOUSEHOLD``, ``OFFSET``,
``EVENT``, ``EVENT_TYPES``).  From that declaration come the validation in
:func:`parse`, the JSON Schema in :mod:`calculator.schema`, and the typed
:class:`Facts` object the rules read.  Every field is optional: a missing or
null value means "I don't know", and the rules list what they still need.
Unknown fields are errors, so a misspelt field is never silently ignored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, make_dataclass
from datetime import date

from .law.notices import NOTICES

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

FORMAT_VERSION = 1

#: USPS codes of the states, D.C. and the territories that file U.S. returns.
STATE_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI"
).split()

MAX_MONEY = 10**12  # a trillion dollars: larger figures are typing mistakes
MAX_EVENTS = 200
MAX_TEXT = 500
#: The largest facts document read, in bytes (the checker page refuses larger links and files too).
MAX_INPUT = 1_000_000
#: At most this many problems are listed; the rest are counted ("and N more").
MAX_PROBLEMS = 50
#: A value or key is echoed in a message cut to about this many characters.
MAX_SHOWN = 80


@dataclass(frozen=True)
class Field:
    """One field of the facts format.

    ``kind`` is one of: date, bool, int, money, enum, enum_list, object, events, text.
    """

    name: str
    kind: str
    doc: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    fields: tuple["Field", ...] = ()


def _f(name: str, kind: str, doc: str, **kw: Any) -> Field:
    if "choices" in kw:
        kw["choices"] = tuple(kw["choices"])
    return Field(name, kind, doc, **kw)


OWNERS = ("spouse", "me", "both")

EVENT_TYPES: dict[str, str] = {
    "levy_notice": "The IRS notice of intent to levy and of the right to a hearing (IRC § 6330).",
    "lien_notice": "The IRS notice that a federal tax lien was filed and of the right to a hearing (IRC § 6320); use the date on the notice.",
    "my_refund_offset": "The IRS applied my own refund (overpayment) to the joint debt (IRC § 6402).",
    "collection_suit": "The United States sued me to collect the joint tax.",
    "court_claim": "The United States filed a claim in a court case I am part of, or that involves my property (e.g. a proof of claim in bankruptcy).",
    "bill": "A bill or balance-due notice (a demand for payment).",
    "deficiency_notice": "A notice of deficiency (the 90-day letter).",
    "lien_filed": "A Notice of Federal Tax Lien was filed.",
    "assessment": "The IRS assessed the tax (recorded it as owed).",
    "relief_requested": "The IRS received my Form 8857 request for relief.",
    "preliminary_determination": "The IRS mailed its preliminary determination on my request.",
    "final_determination": "The IRS mailed its final determination on my request (this includes Appeals' decision on a relief request raised at a collection due process or equivalent hearing).",
    "joint_refund_offset": "A joint refund was applied to a debt.",
    "payment": "A payment of the tax.",
    "tax_court_petition": "A petition to the Tax Court was filed about my request for relief.",
    "bankruptcy": "A bankruptcy case (date: filed; end: closed, dismissed or discharged).",
    "offer_pending": "An offer in compromise was pending (date: received by the IRS; end: accepted, rejected, returned or withdrawn).",
    "installment_request": "An installment agreement request was pending (date: received; end: accepted or rejected).",
    "cdp_hearing": "A timely collection due process hearing (date: the IRS received the request; end: the day the determination became final, if known; if you have the notice of determination, give its date as cdp_determination instead).",
    "cdp_determination": "Appeals' notice of determination after my timely collection due process hearing (the date on the notice).",
    "cdp_petition": "A petition to the Tax Court was filed about the notice of determination after my collection due process hearing.",
    "disaster_postponement": "An IRS notice or news release for my area postponed tax deadlines for a federally declared disaster (date: the first day it covers; end: the postponed date it gives).",
    "outside_us": "I lived outside the United States continuously (date: left; end: returned).",
}

#: Event types that describe a span of time and so may carry ``end``.
SPAN_EVENTS = frozenset({"bankruptcy", "offer_pending", "installment_request", "cdp_hearing", "outside_us", "disaster_postponement"})
#: Event types that may carry ``amount``.
AMOUNT_EVENTS = frozenset({"assessment", "payment", "my_refund_offset", "joint_refund_offset"})
#: Notices and letters, which may carry ``mailed`` (a mailing date that differs from the printed one).
NOTICE_EVENTS = frozenset(
    {"levy_notice", "lien_notice", "deficiency_notice", "preliminary_determination", "final_determination", "cdp_determination"}
)
#: Notices that may state the last day to petition the Tax Court (``last_day``; IRC § 6213(a), last sentence).
LAST_DAY_EVENTS = frozenset({"deficiency_notice"})

EVENT = (
    _f("type", "enum", "What happened.", choices=EVENT_TYPES),
    _f("date", "date", "When it happened: the date on the notice, or the date it began."),
    _f("end", "date", "For a span of time: the day it ended. Leave it out while it is still going on."),
    _f("amount", "money", "The amount in U.S. dollars, where the event has one."),
    _f("by", "enum", "For a payment: who paid it.", choices=OWNERS),
    _f(
        "mailed",
        "date",
        "For a notice or letter: the day it was actually mailed, if that differs from the date printed on it "
        "(for example from the postmark or the certified-mail tracking).",
    ),
    _f("last_day", "date", "For a notice of deficiency: the last day to petition the Tax Court, as printed on the notice."),
)

HOUSEHOLD = (
    _f("size", "int", "How many people are in your household, you included.", minimum=1, maximum=50),
    _f("annual_income", "money", "Your household's total yearly income, in dollars."),
    _f("own_annual_income", "money", "Your own yearly income, not counting anyone else's, in dollars."),
    _f("monthly_income", "money", "Your household's monthly income, in dollars."),
    _f("monthly_expenses", "money", "Your reasonable basic living expenses each month, in dollars."),
    _f("area", "enum", "Where you live now, for the poverty guidelines.", choices=("contiguous", "alaska", "hawaii")),
    _f(
        "others_pay_expenses",
        "bool",
        "Whether someone else (such as a new spouse, a partner or family) shares or pays some of your basic living expenses.",
    ),
    _f("assets_can_pay", "bool", "Whether you have assets from which you could pay the tax and still meet basic living expenses."),
)

OFFSET = (
    _f("debt_owner", "enum", "Whose debt the refund was (or will be) applied to.", choices=OWNERS),
    _f(
        "debt",
        "enum",
        "What kind of debt it is.",
        choices=("federal_tax", "state_tax", "child_support", "spousal_support", "federal_nontax", "unemployment"),
    ),
    _f("my_payments", "bool", "Whether you had tax withheld, paid estimated tax, or made other payments on the joint return."),
    _f("refundable_credit", "bool", "Whether you claimed a refundable credit (such as the earned income credit) on the joint return."),
    _f("legally_obligated", "bool", "Whether you are legally obligated to pay that debt too."),
    _f("offset_amount", "money", "How much of the joint refund was (or will be) applied to the debt."),
    _f("joint_tax", "money", "The total tax on the joint return (the 'total tax' line of Form 1040)."),
    _f(
        "joint_refundable_credits",
        "money",
        "Refundable credits on the joint return other than the earned income credit (such as the additional child tax credit).",
    ),
    _f("joint_eic", "money", "The earned income credit on the joint return."),
    _f("my_wages", "money", "Your wages on the joint return (Forms W-2)."),
    _f("spouse_wages", "money", "Your spouse's wages on the joint return (Forms W-2)."),
    _f("my_other_income", "money", "Your other income on the joint return, with your half of joint income such as interest on a joint account."),
    _f("spouse_other_income", "money", "Your spouse's other income on the joint return, with his or her half of joint income."),
    _f("my_adjustments", "money", "Adjustments to income that would be yours on a separate return (such as your IRA deduction)."),
    _f("spouse_adjustments", "money", "Adjustments to income that would be your spouse's on a separate return."),
    _f("my_withholding", "money", "Federal income tax withheld from your pay and other income (Forms W-2, W-2G, 1099)."),
    _f("spouse_withholding", "money", "Federal income tax withheld from your spouse's pay and other income."),
    _f("my_estimated_payments", "money", "Estimated tax payments that were yours (joint ones as you and your spouse agree)."),
    _f("spouse_estimated_payments", "money", "Estimated tax payments that were your spouse's."),
    _f(
        "my_withholding_and_payments",
        "money",
        "Your own federal withholding and estimated tax payments together (older files; my_withholding and my_estimated_payments split it).",
    ),
    _f("my_refundable_credits", "money", "Your share of the refundable credits other than the earned income credit (a child's credit goes to the spouse who would claim the child)."),
    _f("my_income", "money", "All of your own income on the joint return (older files; my_wages and my_other_income split it)."),
    _f("spouse_income", "money", "All of your spouse's income on the joint return (older files; spouse_wages and spouse_other_income split it)."),
)

FIELDS = (
    _f("version", "int", "The facts format version. Only 1 exists.", minimum=1, maximum=FORMAT_VERSION),
    _f("as_of", "date", "The date of the check. The page and the command line fill in today's date."),
    _f(
        "letter",
        "enum",
        "The letter you got, by its key (see calculator/law/notices.py); it points the checker to the date that counts.",
        choices=[n.value["key"] for n in NOTICES],
    ),
    _f("tax_year", "int", "The tax year the joint return was for.", minimum=1990, maximum=2100),
    _f("joint_return", "bool", "Whether you and your spouse filed a joint return for that year."),
    _f("return_filed", "date", "When the return was filed."),
    _f("extension", "bool", "Whether an extension of time to file was granted for the return."),
    _f(
        "spouse_return_filed",
        "date",
        "For separate returns: when the other spouse filed his or her own return for that year "
        "(it starts the period for assessing that spouse's tax).",
    ),
    _f(
        "problems",
        "enum_list",
        "What went wrong: understatement (unreported income or disallowed items), underpayment "
        "(tax shown but not paid), offset (a joint refund was or will be taken).",
        choices=("understatement", "underpayment", "offset"),
    ),
    _f("item_owner", "enum", "Whose item caused the understatement or the unpaid tax.", choices=OWNERS),
    _f(
        "knowledge",
        "enum",
        "What you knew when you signed the return: none (did not know, and a reasonable person in your place "
        "would not have known); unsure (did not know, and cannot say whether a reasonable person would have); "
        "reason_to_know (did not know, but a reasonable person in your place would have known); partial (knew, "
        "or had reason to know, of part of it but not its extent); actual (knew).",
        choices=("none", "unsure", "reason_to_know", "partial", "actual"),
    ),
    _f(
        "marital_status",
        "enum",
        "Your marital status with that spouse today.",
        choices=("married", "divorced", "legally_separated", "widowed"),
    ),
    _f(
        "living_together",
        "bool",
        "While still married: whether you and that spouse still live together, as members of the same household.",
    ),
    _f("apart_since", "date", "Since when you and that spouse have not been members of the same household."),
    _f("abuse", "bool", "Whether your spouse abused you, or controlled the money, before the return was filed."),
    _f("significant_benefit", "bool", "Whether you got a benefit beyond normal support from the unpaid or unreported tax."),
    _f("fraud_scheme", "bool", "Whether assets were moved between you and your spouse as part of a fraudulent scheme."),
    _f("fraudulent_return", "bool", "Whether you knowingly took part in filing a fraudulent return."),
    _f("offer_in_compromise", "bool", "Whether you have an accepted offer in compromise for that year."),
    _f("closing_agreement", "bool", "Whether you signed a closing agreement with the IRS about that liability."),
    _f(
        "court_decision",
        "bool",
        "Whether a court made a final decision about that year's tax in which relief was at issue, "
        "or in which you took part meaningfully.",
    ),
    _f("paid_in_full", "bool", "Whether the tax for that year (as the IRS now figures it) has been fully paid."),
    _f("paid_in_full_on", "date", "The day the last payment made the tax for that year fully paid."),
    _f("state", "enum", "The state you lived in during the tax year (USPS code).", choices=STATE_CODES),
    _f("household", "object", "Your household today, for the economic-hardship test.", fields=HOUSEHOLD),
    _f("offset", "object", "About a refund that was or will be applied to a debt.", fields=OFFSET),
    _f("events", "events", "What has happened so far, each with its date.", fields=EVENT),
)


class FactsError(ValueError):
    """Invalid facts.  ``problems`` lists ``(path, message)`` pairs, one per problem, at most
    :data:`MAX_PROBLEMS` of them and then one ``("", "and N more problems")``."""

    def __init__(self, problems: list[tuple[str, str]], more: int = 0):
        more += max(len(problems) - MAX_PROBLEMS, 0)
        if more:
            problems = [*problems[:MAX_PROBLEMS], ("", f"and {more:,} more {'problem' if more == 1 else 'problems'} (only the first {MAX_PROBLEMS} are listed)")]
        self.problems = problems
        super().__init__("\n".join(f"{path}: {message}" for path, message in problems))

    def as_list(self) -> list[dict[str, str]]:
        return [{"field": path, "message": message} for path, message in self.problems]


# --- reading JSON text --------------------------------------------------------------

#: Byte-order marks, longest first: text with one is read in its encoding.
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
         (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))


def decode(data: bytes) -> str:
    """JSON bytes as text: UTF-8, or UTF-8, UTF-16 or UTF-32 with a byte-order mark.

    Raises :class:`FactsError` naming the encoding when it is not one of those."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise FactsError([("input", f"starts with a {name} byte-order mark but is not {name} text")]) from None
    zeros = data[:4].count(0)
    if zeros and len(data) >= 4:  # JSON starts with an ASCII character: zero bytes beside it mean UTF-16 or UTF-32
        name = "UTF-32" if zeros == 3 else "UTF-16"
        raise FactsError([("input", f"looks like {name} text without a byte-order mark; save it as UTF-8")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FactsError([("input", f"is not UTF-8 text (byte {err.start + 1} cannot be read); save it as UTF-8")]) from None


def read_json(text: str | bytes) -> Any:
    """JSON text (or bytes, see :func:`decode`) as Python data, strictly.

    Refuses, with a :class:`FactsError` on ``input``: more than :data:`MAX_INPUT` bytes, text
    that is not JSON, a key given twice in one object (naming it), ``NaN`` and ``Infinity``
    (not JSON) and numbers too large to hold (they would become infinity), integers too long
    to convert, and nesting too deep to read.  Nothing is silently dropped or replaced.
    """
    import json  # only where JSON text is read: the browser worker receives parsed values

    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT:
        raise FactsError([("input", f"is {size:,} bytes; a facts document is at most {MAX_INPUT:,} bytes")])
    if isinstance(text, bytes):
        text = decode(text)
    if text.startswith("\ufeff"):  # a byte-order mark left in decoded text
        text = text[1:]
    problems: list[tuple[str, str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict:
        out: dict = {}
        for key, value in items:
            if key in out and len(problems) <= MAX_PROBLEMS:
                problems.append(("input", f"the key {_show(key)} is given twice in one object; keep one"))
            out[key] = value
        return out

    def constant(name: str) -> None:
        problems.append(("input", f"{name} is not a number JSON allows; give a number, or null for \"I don't know\""))

    def number(text: str) -> float:
        value = float(text)
        if math.isinf(value):
            problems.append(("input", f"the number {_show(text)} is too large to read"))
        return value

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_constant=constant, parse_float=number)
    except json.JSONDecodeError as err:
        raise FactsError([("input", f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})")]) from None
    except RecursionError:
        raise FactsError([("input", "JSON nested too deeply")]) from None
    except ValueError:  # a number too long to convert (Python's integer string limit)
        raise FactsError([("input", "a number in the JSON is far too long to be an amount, a count or a year")]) from None
    if problems:
        raise FactsError(problems)
    return value


# --- the typed object the rules read ----------------------------------------


def _make_class(name: str, spec: tuple[Field, ...], doc: str, **namespace: Any) -> type:
    cls = make_dataclass(name, [(f.name, "Any", None) for f in spec], frozen=True, namespace=namespace)
    cls.__doc__ = doc
    return cls


Household = _make_class("Household", HOUSEHOLD, "The requesting spouse's household (facts field ``household``).")
Offset = _make_class("Offset", OFFSET, "A refund offset (facts field ``offset``).")
Event = _make_class("Event", EVENT, "One dated event (an item of facts field ``events``).")


def _events_of(self: Any, *types: str) -> tuple[Any, ...]:
    """Events of the given types, earliest first."""
    # The rules ask the same questions many times per check: each answer is kept on the
    # (immutable) facts object, outside its dataclass fields.
    try:
        found = self._events_by_types.get(types)
    except AttributeError:
        object.__setattr__(self, "_events_by_types", {})
        found = None
    if found is None:
        found = tuple([e for e in self.events if e.type in types])
        self._events_by_types[types] = found
    return found


def _first(self: Any, *types: str) -> Any:
    """The earliest event of the given types, or None."""
    found = _events_of(self, *types)
    return found[0] if found else None


Facts = _make_class(
    "Facts",
    FIELDS,
    "Validated facts.  Missing values are None; ``household`` and ``offset`` are always objects; "
    "``events`` is a tuple sorted by date; ``problems`` is a tuple.",
    events_of=_events_of,
    first=_first,
)


# --- validation ---------------------------------------------------------------


def _show(value: Any) -> str:
    """A short, safe rendering of a user's value for an error message."""
    if isinstance(value, (list, dict, tuple)):
        import reprlib  # only on this error path; its depth limit keeps a deeply nested value from overflowing repr

        shown = reprlib.Repr()
        shown.maxlevel = 4
        text = shown.repr(value)
    elif isinstance(value, str):
        text = f'"{value[:MAX_SHOWN]}"'
    elif isinstance(value, int) and value.bit_length() > 128:
        text = "a number far too long to show"  # repr could exceed Python's integer string limit
    else:
        text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def _unknown(path: str, key: Any, allowed: tuple[Field, ...], problems: list = ()) -> tuple[str, str]:
    names = [f.name for f in allowed]
    shown = str(key) if len(str(key)) <= MAX_SHOWN else str(key)[: MAX_SHOWN - 3] + "..."
    where = f"{path}.{shown}" if path else shown
    if len(problems) >= MAX_PROBLEMS:  # beyond the listed ones only the count is kept: no hint worked out
        return where, "is not a field of the facts format"
    import difflib  # only on this error path: difflib costs start-up time

    hint = difflib.get_close_matches(str(key)[:100], names, n=1)
    message = "is not a field of the facts format"
    if hint:
        message += f' (did you mean "{hint[0]}"?)'
    return where, message + ". Allowed here: " + ", ".join(names) + "."


def _parse_date(value: Any) -> date | str:
    if not isinstance(value, str):
        return f"must be a date written as year-month-day, like 2024-04-15; you entered {_show(value)}"
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return f"must be a date written as year-month-day, like 2024-04-15; you entered {_show(value)}"
    try:
        return date.fromisoformat(value)
    except ValueError:
        return f"{_show(value)} is not a real date: check the day and the month, written as year-month-day, like 2024-04-15"


def _check(field: Field, value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    """Validate one value against its field; append problems; return the parsed value (or None)."""
    kind = field.kind
    if value is None:
        return () if kind in ("enum_list", "events") else None
    if kind == "date":
        parsed = _parse_date(value)
        if isinstance(parsed, str):
            problems.append((path, parsed))
            return None
        return parsed
    if kind == "bool":
        if isinstance(value, bool):
            return value
        problems.append((path, f"must be true or false, or left out if you don't know; you entered {_show(value)}"))
        return None
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok or (isinstance(value, float) and math.isfinite(value) and value.is_integer())
        low, high = field.minimum, field.maximum
        if ok and low <= value <= high:
            return int(value)
        year = " (the full year, like 2022)" if field.name.endswith("year") else ""
        problems.append((path, f"must be a whole number from {low} to {high}{year}; you entered {_show(value)}"))
        return None
    if kind == "money":
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and math.isfinite(value))
        if ok and 0 <= value <= MAX_MONEY:  # ints are compared exactly: math.isfinite overflows on huge ones
            return value
        problems.append((path, f"must be a number of dollars, like 38000, without a minus sign and at most {MAX_MONEY:,}; you entered {_show(value)}"))
        return None
    if kind == "enum":
        if isinstance(value, str) and value in field.choices:
            return value
        problems.append((path, f"{_show(value)} is not allowed; use one of: {', '.join(field.choices)}"))
        return None
    if kind == "enum_list":
        if not isinstance(value, list):
            problems.append((path, f"must be a list drawn from: {', '.join(field.choices)}; you entered {_show(value)}"))
            return ()
        out = []
        for i, item in enumerate(value):
            if not (isinstance(item, str) and item in field.choices):
                problems.append((f"{path}[{i}]", f"{_show(item)} is not allowed; use one of: {', '.join(field.choices)}"))
            elif item in out:
                problems.append((f"{path}[{i}]", f"{_show(item)} is listed twice"))
            else:
                out.append(item)
        return tuple(out)
    if kind == "object":
        return _check_object(field.fields, value, path, problems)
    if kind == "events":
        return _check_events(field.fields, value, path, problems)
    raise ValueError(f"unknown field kind {kind!r}")  # pragma: no cover - the spec is fixed


def _check_object(spec: tuple[Field, ...], value: Any, path: str, problems: list[tuple[str, str]]) -> dict[str, Any]:
    if not isinstance(value, dict):
        problems.append((path or "facts", f"must be a group of answers in braces {{ }} with the fields: {', '.join(f.name for f in spec)}; got {_show(value)}"))
        return {}
    by_name = {f.name: f for f in spec}
    out: dict[str, Any] = {}
    for key, item in value.items():
        field = by_name.get(key)
        if field is None:
            problems.append(_unknown(path, key, spec, problems))
            continue
        out[key] = _check(field, item, f"{path}.{key}" if path else key, problems)
    return out


def _check_events(spec: tuple[Field, ...], value: Any, path: str, problems: list[tuple[str, str]]) -> tuple[Any, ...]:
    if not isinstance(value, list):
        problems.append((path, f"must be a list of events, each with a type and a date; got {_show(value)}"))
        return ()
    if len(value) > MAX_EVENTS:
        problems.append((path, f"lists {len(value)} events; at most {MAX_EVENTS} are allowed"))
        return ()
    events = []
    for i, raw in enumerate(value):
        where = f"{path}[{i}]"
        before = len(problems) + getattr(problems, "dropped", 0)
        item = _check_object(spec, raw, where, problems)
        kind, when = item.get("type"), item.get("date")
        if isinstance(raw, dict):
            if "type" not in raw or raw["type"] is None:
                problems.append((f"{where}.type", f"is required; use one of: {', '.join(EVENT_TYPES)}"))
            if "date" not in raw or raw["date"] is None:
                problems.append((f"{where}.date", "is required: the date of the event, as YYYY-MM-DD"))
        if kind and item.get("end") is not None and kind not in SPAN_EVENTS:
            problems.append((f"{where}.end", f'only spans of time have an end; "{kind}" does not. Spans: {", ".join(sorted(SPAN_EVENTS))}'))
        if kind and item.get("amount") is not None and kind not in AMOUNT_EVENTS:
            problems.append((f"{where}.amount", f'"{kind}" has no amount; amounts go with: {", ".join(sorted(AMOUNT_EVENTS))}'))
        if kind and item.get("by") is not None and kind != "payment":
            problems.append((f"{where}.by", f'only a payment says who paid; "{kind}" does not'))
        if kind and item.get("mailed") is not None and kind not in NOTICE_EVENTS:
            problems.append((f"{where}.mailed", f'only notices and letters have a mailing date; "{kind}" does not. Notices: {", ".join(sorted(NOTICE_EVENTS))}'))
        if kind and item.get("last_day") is not None and kind not in LAST_DAY_EVENTS:
            problems.append((f"{where}.last_day", f'only a notice of deficiency states a last day to petition; "{kind}" does not'))
        if when and item.get("last_day") and item["last_day"] < when:
            problems.append((f"{where}.last_day", f"is {item['last_day'].isoformat()}, before the notice's date {when.isoformat()}"))
        if when and item.get("end") and item["end"] < when:
            problems.append((f"{where}.end", f"is {item['end'].isoformat()}, before the event's date {when.isoformat()}"))
        if len(problems) + getattr(problems, "dropped", 0) == before:
            events.append(Event(**item))
    return tuple(sorted(events, key=lambda e: (e.date, e.type)))


class _Problems(list):
    """A problem list that keeps the first :data:`MAX_PROBLEMS` and only counts the rest, so a
    document with a million bad keys costs no more memory than one with fifty."""

    dropped = 0

    def append(self, item: tuple[str, str]) -> None:
        if len(self) < MAX_PROBLEMS:
            super().append(item)
        else:
            self.dropped += 1


def parse(raw: Any) -> Facts:
    """Validate JSON-shaped facts and return a :class:`Facts`; raise :class:`FactsError` listing the
    problems (the first :data:`MAX_PROBLEMS`, and how many more)."""
    problems = _Problems()
    values = _check_object(FIELDS, raw, "", problems)
    if problems:
        raise FactsError(problems, problems.dropped)
    values["household"] = Household(**(values.get("household") or {}))
    values["offset"] = Offset(**(values.get("offset") or {}))
    values.setdefault("problems", ())
    values.setdefault("events", ())
    return Facts(**values)


def dump(facts: Facts) -> dict[str, Any]:
    """The facts as JSON-shaped data again, leaving out what is unknown (the inverse of :func:`parse`)."""

    def plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(v) for k, v in vars(value).items() if v not in (None, ())} or None
        return value

    out = {}
    for field in FIELDS:
        value = plain(getattr(facts, field.name))
        if value not in (None, [], {}):
            out[field.name] = value
    return out

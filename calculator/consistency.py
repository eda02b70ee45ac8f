"""Facts that cannot be true, and facts that are probably typing slips.

The format check (:func:`calculator.facts.parse`) asks whether each value is well formed;
this layer asks whether the values fit together.  It runs in :func:`calculator.assess.assess`
after parsing and before the screens, and finds two kinds of problem:

- **impossible**: a letter dated after the date of the check, an event before the tax year
  began, a return filed before the year ended, a refund offset before the return was filed,
  a determination before the request, an offset larger than any refund the figures allow,
  a tax year after the year of the check.  Nothing that depends on such a fact is given as a
  verdict or a date: :func:`withhold` finds what depends on it by working the case out with
  and without the fact, and holds back every result that changes.
- **unlikely**: a date before 1990, a monthly income far from a twelfth of the yearly one,
  an amount in the billions, a notice before the return was filed.  The check runs, and the
  message is shown next to the field.

The date rules are generic, read from the facts declaration: every date field, every event
date and every span's end must be on or before ``as_of`` (unless listed in
:data:`MAY_BE_FUTURE`), and every event type not listed as allowed before the tax year must
fall in or after it.  A date field or event type added to :mod:`calculator.facts` is covered
without a change here.

Each finding is ``{"field": <facts path, as in format errors>, "message": <plain words>,
"check": <the rule's id>}``; the assessment carries them under ``"consistency"``.
"""

from __future__ import annotations

from datetime import date

from .facts import EVENT, FIELDS, LAST_DAY_EVENTS, Field

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any, Iterator

IMPOSSIBLE, UNLIKELY = "impossible", "unlikely"

#: The years the checker's rules cover: the facts format's own range of tax years.
_TAX_YEAR = next(f for f in FIELDS if f.name == "tax_year")
FIRST_YEAR, LAST_YEAR = _TAX_YEAR.minimum, _TAX_YEAR.maximum

#: Date fields (facts paths, events as ``events.<type>.date``/``.end``) that may lie after ``as_of``.
#: Everything else the facts record has already happened.
#: A notice's printed last day to petition, and the postponed date a disaster relief notice
#: gives, are deadlines, not events.
MAY_BE_FUTURE: frozenset[str] = frozenset({f"events.{t}.last_day" for t in LAST_DAY_EVENTS} | {"events.disaster_postponement.end"})

#: Events that may begin before the tax year they concern (a bankruptcy, a stay abroad or a
#: disaster period already going on); a payment before the year is only unlikely (an early deposit).
BEFORE_YEAR_POSSIBLE = frozenset({"bankruptcy", "outside_us", "disaster_postponement"})
BEFORE_YEAR_UNLIKELY = frozenset({"payment"})

#: Events that cannot come before the joint return was filed: a request for relief from a
#: joint liability, and what follows it, need the joint return (IRC § 6015(a)); a joint
#: refund is made from that return.  Other notices before the return are only unlikely (the
#: IRS can act on a year before a late return arrives); payments, bankruptcy and stays abroad
#: may come first.
AFTER_RETURN_ONLY = frozenset({"joint_refund_offset", "relief_requested", "preliminary_determination", "final_determination", "tax_court_petition"})
BEFORE_RETURN_POSSIBLE = frozenset({"payment", "bankruptcy", "outside_us", "disaster_postponement"})

#: Returns for the tax year (the joint one, and the other spouse's own for § 66(c)): filed after the year ended.
RETURNS = ("return_filed", "spouse_return_filed")

#: Refunds come from a filed return, so an offset of the joint refund comes after the year ended.
REFUND_OFFSETS = frozenset({"joint_refund_offset"})

#: Steps that answer a request for relief, so cannot come before it.
ANSWERS_TO_REQUEST = ("preliminary_determination", "final_determination", "tax_court_petition")

#: Amounts from here up are flagged as likely typing slips (the format's limit is far higher).
BILLIONS = 10**9
#: A monthly income more than this many times a twelfth of the yearly one (or less than its
#: inverse) is flagged: incomes change, but not usually by that much.
INCOME_RATIO = 3


def _label(path: str) -> str | None:
    from .questions import QUESTIONS  # the checker's question labels are the plain names of the fields

    for q in QUESTIONS:
        if q["id"] == path:
            return q["label"]
    return None


def _name(path: str, event_type: str | None = None, part: str = "date") -> str:
    """The field in plain words: the question that asks it, or its declaration."""
    if event_type:
        words = event_type.replace("_", " ")
        return {
            "end": f"The day the {words} ended",
            "mailed": f"The day the {words} was mailed",
            "last_day": f"The last day to petition printed on the {words}",
        }.get(part, f"The {words} date")
    if path == "as_of":
        return "The date of the check"
    label = _label(path)
    return f"Your answer to “{label}”" if label else f"The {path.replace('.', ' ').replace('_', ' ')}"


def _find(kind: str, field: str, message: str, check: str) -> dict[str, str]:
    return {"kind": kind, "field": field, "message": message, "check": check}


def _dates(raw: dict) -> Iterator[tuple[str, str, date, str | None, str]]:
    """Every date the facts hold except ``as_of``: (path, generic key, date, event type, part)."""

    def walk(spec: tuple[Field, ...], values: dict, prefix: str) -> Iterator[tuple[str, str, date, str | None, str]]:
        for field in spec:
            value = values.get(field.name)
            path = f"{prefix}{field.name}"
            if value is None or path == "as_of":
                continue
            if field.kind == "date":
                yield path, path, date.fromisoformat(value), None, "date"
            elif field.kind == "object":
                yield from walk(field.fields, value, f"{path}.")

    yield from walk(FIELDS, raw, "")
    for i, event in enumerate(raw.get("events") or ()):
        for field in EVENT:
            if field.kind == "date" and event.get(field.name) is not None:
                key = f"events.{event['type']}.{field.name}"
                yield f"events[{i}].{field.name}", key, date.fromisoformat(event[field.name]), event["type"], field.name


def _money(raw: dict) -> Iterator[tuple[str, Any]]:
    def walk(spec: tuple[Field, ...], values: dict, prefix: str) -> Iterator[tuple[str, Any]]:
        for field in spec:
            value = values.get(field.name)
            if value is None:
                continue
            if field.kind == "money":
                yield f"{prefix}{field.name}", value
            elif field.kind == "object":
                yield from walk(field.fields, value, f"{prefix}{field.name}.")

    yield from walk(FIELDS, raw, "")
    for i, event in enumerate(raw.get("events") or ()):
        yield from walk(EVENT, event, f"events[{i}].")


def _d(day: date) -> str:
    return day.isoformat()


def findings(raw: dict, facts: Any) -> list[dict[str, str]]:
    """Every impossible and unlikely fact in ``raw`` (facts that passed the format check).

    ``facts`` is the parsed :class:`~calculator.facts.Facts`; ``raw`` the JSON-shaped input,
    whose event order gives the paths (``events[2].date``) the format errors use too.
    """
    out: list[dict[str, str]] = []
    as_of, tax_year, filed = facts.as_of, facts.tax_year, facts.return_filed
    if as_of is not None and not FIRST_YEAR <= as_of.year <= LAST_YEAR:
        out.append(_find(IMPOSSIBLE, "as_of", f"The date of the check ({_d(as_of)}) is outside the years this checker covers ({FIRST_YEAR} to {LAST_YEAR}). Check it, or leave it blank for today.", "check_date_range"))
    if tax_year is not None and as_of is not None and tax_year > as_of.year:
        out.append(_find(IMPOSSIBLE, "tax_year", f"Tax year {tax_year} has not begun by the date of the check ({_d(as_of)}). Check the year on your return or letter.", "tax_year_after_check"))
        tax_year = None  # the rules below that compare with the tax year would only repeat this
    year_began = date(tax_year, 1, 1) if tax_year else None
    year_ended = date(tax_year, 12, 31) if tax_year else None
    first_request = facts.first("relief_requested")

    for path, key, day, event_type, part in _dates(raw):
        name = _name(path, event_type, part)
        flagged = False
        if as_of is not None and day > as_of and key not in MAY_BE_FUTURE:
            flagged = True
            if part == "end":
                hint = "Leave the end out while it is still going on."
            elif path == "apart_since":
                hint = "Give the day you started living apart, or leave it blank."
            else:
                hint = "Something that has happened cannot be dated in the future: check the date printed on your letter or record."
            out.append(_find(IMPOSSIBLE, path, f"{name} ({_d(day)}) is after the date of the check ({_d(as_of)}). {hint}", "after_check_date"))
        elif path in RETURNS and year_ended and day <= year_ended:
            flagged = True
            out.append(_find(IMPOSSIBLE, path, f"{name} ({_d(day)}) is before tax year {tax_year} ended: a return for a year is filed after the year is over. Check the date, or the tax year.", "filed_before_year_end"))
        elif event_type and part == "date" and year_began and day < year_began and event_type not in BEFORE_YEAR_POSSIBLE:
            flagged = True
            kind = UNLIKELY if event_type in BEFORE_YEAR_UNLIKELY else IMPOSSIBLE
            out.append(_find(kind, path, f"{name} ({_d(day)}) is before tax year {tax_year} began. Check the date on your letter, or the tax year.", "before_tax_year"))
        elif event_type in REFUND_OFFSETS and part == "date" and year_ended and day <= year_ended:
            flagged = True
            out.append(_find(IMPOSSIBLE, path, f"{name} ({_d(day)}) is before tax year {tax_year} ended: a refund for a year comes from its return, filed after the year is over. Check the date.", "offset_before_year_end"))
        elif event_type and part == "date" and filed and day < filed and event_type not in BEFORE_RETURN_POSSIBLE:
            flagged = True
            if event_type in AFTER_RETURN_ONLY:
                out.append(_find(IMPOSSIBLE, path, f"{name} ({_d(day)}) is before the return was filed ({_d(filed)}), and it can only come after the joint return. Check both dates.", "before_return"))
            else:
                out.append(_find(UNLIKELY, path, f"{name} ({_d(day)}) is before the return was filed ({_d(filed)}). That can happen, but is unusual: check both dates.", "before_return"))
        elif event_type in ANSWERS_TO_REQUEST and part == "date" and first_request and day < first_request.date:
            flagged = True
            out.append(_find(IMPOSSIBLE, path, f"{name} ({_d(day)}) is before the IRS received your request for relief ({_d(first_request.date)}): it answers that request, so it comes after it. Check both dates.", "answer_before_request"))
        if not flagged and day.year < FIRST_YEAR:
            out.append(_find(UNLIKELY, path, f"{name} ({_d(day)}) is before {FIRST_YEAR}. Check the year: a slip such as 0202 for 2022 is easy to make.", "before_first_year"))

    for path, amount in _money(raw):
        if amount >= BILLIONS:
            out.append(_find(UNLIKELY, path, f"{_name(path)} is {amount:,.0f} dollars, in the billions. Check the number of digits.", "billions"))

    h = facts.household
    if h.annual_income and h.monthly_income and not (1 / INCOME_RATIO <= h.monthly_income * 12 / h.annual_income <= INCOME_RATIO):
        out.append(_find(UNLIKELY, "household.monthly_income", f"The monthly income ({h.monthly_income:,.0f} dollars) is far from a twelfth of the yearly income ({h.annual_income:,.0f} dollars). Check both: one may be a yearly figure.", "income_mismatch"))

    if h.annual_income is not None and h.own_annual_income is not None and h.own_annual_income > h.annual_income:
        out.append(_find(UNLIKELY, "household.own_annual_income", f"Your own yearly income ({h.own_annual_income:,.0f} dollars) is more than your household's ({h.annual_income:,.0f} dollars), which includes it. Check both figures.", "own_over_household_income"))

    if facts.living_together is True and facts.apart_since is not None:
        out.append(_find(UNLIKELY, "apart_since", _together_and_apart(facts.apart_since), "together_and_apart"))

    o = facts.offset
    paid = o.my_withholding + (o.my_estimated_payments or 0) if o.my_withholding is not None else o.my_withholding_and_payments
    no_spouse_income = o.spouse_income == 0 or (o.spouse_wages == 0 and o.spouse_other_income == 0)
    if o.offset_amount and paid is not None and no_spouse_income:
        # With no income, the other spouse had no withholding: the refund can be no larger
        # than your payments and the refundable credits, less the tax (when the tax is known).
        credits = max(o.joint_refundable_credits or 0, o.my_refundable_credits or 0) + (o.joint_eic or 0)
        largest = max(paid + credits - (o.joint_tax or 0), 0)
        if o.offset_amount > largest:
            out.append(_find(IMPOSSIBLE, "offset.offset_amount", f"{_name('offset.offset_amount')} ({o.offset_amount:,.0f} dollars) is more than any refund your figures allow ({largest:,.0f} dollars: your payments and refundable credits, less the tax on the return). Check the amount on the offset notice, and the figures.", "offset_over_refund"))

    assessed = [e.amount for e in facts.events_of("assessment") if e.amount is not None]
    paid = [e.amount for e in facts.events_of("payment") if e.amount is not None]
    if assessed and paid and sum(paid) > sum(assessed):
        i = next(i for i, e in enumerate(raw["events"]) if e["type"] == "payment" and e.get("amount") is not None)
        out.append(_find(UNLIKELY, f"events[{i}].amount", f"The payments ({sum(paid):,.0f} dollars) are more than the tax assessed ({sum(assessed):,.0f} dollars). Check the amounts.", "paid_over_assessed"))
    return out


def _together_and_apart(apart_since: date) -> str:
    """Unlikely, not impossible: "still live together" and "apart since" contradict each other only
    if both describe today, and spouses who separated and then moved back in could give the day
    they first separated.  Which answer is the slip cannot be told, so neither is dropped: the
    screens already treat the pair as unknown (:func:`calculator.relief.common.household_conflict`)
    and ask which is right, and the household period of IRC § 6015(c)(3)(A)(i)(II) is counted
    from neither (Treas. Reg. § 1.6015-3(b)(3): a spouse living in the household is a member of it)."""
    return (f"You said you still live together, and also that you have lived in separate households since {_d(apart_since)}. "
            "If you live apart now, change the first answer; if you moved back in, leave the date blank.")


def without(raw: dict, impossible: list[dict[str, str]]) -> dict | None:
    """``raw`` with each impossible fact left out (as "I don't know"); None if ``as_of`` is one of them."""
    out = {**raw}
    drop_events: set[int] = set()
    for item in impossible:
        path = item["field"]
        if path == "as_of":
            return None
        if path.startswith("events["):
            index, _, part = path[len("events["):].partition("].")
            index = int(index)
            if part == "date":
                drop_events.add(index)
            else:
                out["events"] = [dict(e) for e in out["events"]] if out.get("events") is raw.get("events") else out["events"]
                out["events"][index][part] = None
            continue
        head, _, tail = path.partition(".")
        if tail:
            out[head] = {**out[head], tail: None}
        else:
            out[head] = None
    if drop_events:
        out["events"] = [e for i, e in enumerate(out["events"]) if i not in drop_events]
    return out


def _question_path(path: str, raw: dict) -> str:
    """A finding's field as the engines name what they need (``events.levy_notice``)."""
    if path.startswith("events["):
        index = int(path[len("events["):].partition("]")[0])
        return f"events.{raw['events'][index]['type']}"
    return path


def withhold(raw: dict, impossible: list[dict[str, str]], given: dict | None, clean: dict | None, skeleton: Any = None) -> dict[str, Any]:
    """Hold back every result that depends on an impossible fact.

    ``given`` is the assessment worked out on the facts as given (None if that failed),
    ``clean`` the one without the impossible facts (None if they cannot be left out), and
    ``skeleton()`` one on no facts at all, for the paths' names when both are None.  A
    relief path whose verdict, last day or details (such as an estimate), or a deadline or form
    date whose day, is not the same
    in both depends on an impossible fact: the path's verdict becomes ``check`` ("Check this
    date first"), and the deadline or date is left out and named in ``held``.  What is the same
    in both is shown as worked out without the impossible facts, so no reason quotes them.  Returns ``{"relief", "deadlines", "held"}``.
    """
    fields = [item["field"] for item in impossible]
    dated = all(f == "as_of" or f.endswith(("date", "end")) or f in (*RETURNS, "apart_since") for f in fields)
    headline = "Check this date first" if dated else "Check the marked answer first"
    why = "; ".join(item["message"] for item in impossible)
    same = given is not None and clean is not None
    relief, held = [], []
    given_relief = {r["id"]: r for r in (given or {}).get("relief", ())}
    for r in (clean or given or skeleton())["relief"]:
        mine = given_relief.get(r["id"])
        # A path not available either way does not rest on the fact; its "if it applied" date
        # is the one worked out without it.
        if same and mine and mine["verdict"] == r["verdict"] and (r["verdict"] == "not_available" or (mine["deadline"], mine["details"]) == (r["deadline"], r["details"])):
            relief.append(r)
            continue
        base = (r["reasons"] or [{}])[0]
        relief.append({
            **{k: r[k] for k in ("id", "title", "form")},
            "verdict": "check",
            "headline": headline,
            "deadline": None,
            "deadline_reasons": [],
            "reasons": [{**base, "text": f"Not worked out, because an answer it depends on cannot be right: {why}"}],
            "missing": sorted({_question_path(f, raw) for f in fields}),
            "details": {},
        })
        held.append({"kind": "relief", "id": r["id"], "title": r["title"]})
    given_deadlines = {d["id"]: d for d in (given or {}).get("deadlines", ())}
    clean_deadlines = {d["id"]: d for d in (clean or {}).get("deadlines", ())}
    deadlines = []
    for key in dict.fromkeys([*given_deadlines, *clean_deadlines]):
        if same and key in given_deadlines and key in clean_deadlines and given_deadlines[key]["due"] == clean_deadlines[key]["due"]:
            deadlines.append(clean_deadlines[key])
        else:
            held.append({"kind": "deadline", "id": key, "title": (given_deadlines.get(key) or clean_deadlines[key])["title"]})
    return {"relief": relief, "deadlines": deadlines, "held": held}


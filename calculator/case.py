"""The facts format, version 2: one case, several tax years.

A case holds the person once and a list of years::

    {"version": 2, "as_of": ..., "reference": ..., <person fields>,
     "years": [{<year fields>}, ...],
     "events": [{..., "years": [2021, 2022]}]}

The person fields (:data:`PERSON`) are those of :data:`calculator.facts.FIELDS`
that describe the person today or the check itself; every other field of the
facts format is said once per year, so a field added to ``facts.FIELDS`` is a
year field without an edit here.  An event may sit inside its year, or at the
case level naming the tax years it covers (one levy notice often lists several).

:func:`split` turns a case into one version-1 facts document per year (the
person fields, that year's fields and the events that cover it), which the
one-year engine checks exactly as it checks any version-1 document.  Its
problems are named by their place in the case (``years[1].return_filed``),
never by the place in the per-year document.  A version-1 document is a case
with one year, read unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from .facts import EVENT, FIELDS, MAX_EVENTS, Field, _show, _unknown

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

CASE_VERSION = 2

#: Fields said once per case: the date of the check and the person's situation today.
#: (``state`` is where the person lived during each tax year, so it is a year field.)
PERSON = ("as_of", "marital_status", "apart_since", "abuse", "household")
PERSON_FIELDS = tuple(f for f in FIELDS if f.name in PERSON)
#: Every other field of the facts format (less its ``version``) is said once per year.
YEAR_FIELDS = tuple(f for f in FIELDS if f.name not in PERSON and f.name != "version")
_YEAR_NAMES = frozenset(f.name for f in YEAR_FIELDS)

MAX_YEARS = 40
MAX_REFERENCE = 120
_TAX_YEAR = next(f for f in FIELDS if f.name == "tax_year")

VERSION = Field("version", "int", "The facts format version: 2, a case with one or more tax years.", minimum=CASE_VERSION, maximum=CASE_VERSION)
REFERENCE = Field(
    "reference",
    "text",
    "Your own reference for the case (a client or file number). It is shown on the printout, in saved files, "
    "in batch output and in calendar entries, and is never sent anywhere.",
    maximum=MAX_REFERENCE,
)
EVENT_YEARS = Field(
    "years",
    "year_list",
    "The tax years this event is about (a levy notice often lists several). Each must be a tax year of the case.",
    minimum=_TAX_YEAR.minimum,
    maximum=_TAX_YEAR.maximum,
)
#: An event at the case level: the event of the facts format, plus the years it covers.
CASE_EVENT = (*EVENT, EVENT_YEARS)
YEARS = Field("years", "years", "The tax years of the case, one object each, with the fields of that year.", fields=YEAR_FIELDS)
CASE_EVENTS = Field(
    "events", "events", "Events about several years at once, each naming the tax years it covers.", fields=CASE_EVENT
)
#: The fields of a case, in the order the schema lists them.
CASE_FIELDS = (VERSION, REFERENCE, *PERSON_FIELDS, YEARS, CASE_EVENTS)


def is_case(raw: Any) -> bool:
    """Whether ``raw`` is a version-2 document (a case); anything else is read as version 1."""
    return isinstance(raw, dict) and raw.get("version") == CASE_VERSION and not isinstance(raw.get("version"), bool)


@dataclass(frozen=True)
class Year:
    """One year of a case: its version-1 facts document, and where each of its events came from."""

    index: int | None  # its place in ``years``; None for a version-1 document
    document: dict[str, Any]
    event_paths: tuple[str, ...]

    def where(self, path: str) -> str:
        """The place in the case of a problem found at ``path`` in this year's document."""
        if self.index is None:
            return path
        head = path.split(".", 1)[0].split("[", 1)[0]
        if path in ("", "facts"):
            return f"years[{self.index}]"
        if head == "events" and path.startswith("events["):
            number, _, rest = path[len("events[") :].partition("]")
            if number.isdigit() and int(number) < len(self.event_paths):
                return self.event_paths[int(number)] + rest
        if head in PERSON:
            return path
        return f"years[{self.index}].{path}"


@dataclass(frozen=True)
class Case:
    """A case: its reference, its years (each a version-1 facts document) and the problems with
    its own shape (the years' documents are checked by the one-year engine)."""

    version: int
    reference: str | None
    years: tuple[Year, ...]
    problems: tuple[tuple[str, str], ...] = ()


def _check_reference(value: Any, problems: list[tuple[str, str]]) -> str | None:
    if value is None or (isinstance(value, str) and len(value) <= MAX_REFERENCE and value.isprintable()):
        return value
    problems.append((REFERENCE.name, f"must be a short text of at most {MAX_REFERENCE} characters on one line, got {_show(value)}"))
    return None


def _check_event_years(value: Any, where: str, known: dict[int, int], problems: list[tuple[str, str]]) -> list[int]:
    """The tax years a case-level event names, each one a tax year of the case."""
    path = f"{where}.years"
    if value is None:
        problems.append((path, "is required: the tax years this event is about, as a list such as [2021, 2022]"))
        return []
    if not isinstance(value, list) or not value:
        problems.append((path, f"must be a list of the tax years this event is about, such as [2021, 2022]; got {_show(value)}"))
        return []
    out: list[int] = []
    for i, year in enumerate(value):
        if isinstance(year, bool) or not isinstance(year, int) or year not in known:
            listed = ", ".join(map(str, known)) or "none yet: give each year a tax_year"
            problems.append((f"{path}[{i}]", f"{_show(year)} is not a tax year of this case; its tax years: {listed}"))
        elif year in out:
            problems.append((f"{path}[{i}]", f"{year} is listed twice"))
        else:
            out.append(year)
    return out


def split(raw: Any) -> Case:
    """Read a version-1 or version-2 document as a case, with every problem of the case's own shape
    (its ``problems``); the years it could read are there too, so every problem is told at once."""
    if not is_case(raw):
        return Case(1, None, (Year(None, raw, ()),))
    problems: list[tuple[str, str]] = []
    person: dict[str, Any] = {}
    for key, value in raw.items():
        if key in PERSON:
            person[key] = value
        elif key in ("version", "years", "events", REFERENCE.name):
            pass
        elif key in _YEAR_NAMES:
            problems.append((key, "is about one tax year: give it inside each item of years"))
        else:
            problems.append(_unknown("", key, CASE_FIELDS))
    reference = _check_reference(raw.get(REFERENCE.name), problems)

    years = raw.get("years")
    if years is None:
        problems.append(("years", "is required: a list of the tax years of the case, at least one"))
        years = []
    elif not isinstance(years, list) or not years:
        problems.append(("years", f"must be a list of the tax years of the case, at least one; got {_show(years)}"))
        years = []
    elif len(years) > MAX_YEARS:
        problems.append(("years", f"lists {len(years)} years; at most {MAX_YEARS} are allowed"))
        years = []
    own: list[dict[str, Any]] = []
    known: dict[int, int] = {}  # tax year -> its place in years
    for i, item in enumerate(years):
        where = f"years[{i}]"
        fields: dict[str, Any] = {}
        if not isinstance(item, dict):
            problems.append((where, f"must be a group of answers in braces {{ }} with the fields of one tax year; got {_show(item)}"))
        else:
            for key, value in item.items():
                if key in PERSON or key == "version":
                    problems.append((f"{where}.{key}", "is about the case, not one year: give it once, at the top of the case"))
                elif key in _YEAR_NAMES:
                    fields[key] = value
                else:
                    problems.append(_unknown(where, key, YEAR_FIELDS))
        tax_year = fields.get("tax_year")
        if isinstance(tax_year, int) and not isinstance(tax_year, bool):
            if tax_year in known:
                problems.append((f"{where}.tax_year", f"{tax_year} is already years[{known[tax_year]}]: give each tax year once"))
            else:
                known[tax_year] = i
        own.append(fields)

    shared: list[tuple[str, dict[str, Any], list[int]]] = []  # (path, event, the years it covers)
    events = raw.get("events")
    if events is not None and (not isinstance(events, list) or len(events) > MAX_EVENTS):
        problems.append(("events", f"must be a list of at most {MAX_EVENTS} events, each naming its years; got {_show(events)}"))
    elif events:
        for j, event in enumerate(events):
            where = f"events[{j}]"
            if not isinstance(event, dict):
                problems.append((where, f"must be a group in braces {{ }} with a type, a date and the years it covers; got {_show(event)}"))
                continue
            covers = _check_event_years(event.get("years"), where, known, problems)
            shared.append((where, {k: v for k, v in event.items() if k != "years"}, covers))

    out = []
    for i, fields in enumerate(own):
        document = {**person, **fields}
        mine = fields.get("events")
        paths = [f"years[{i}].events[{k}]" for k in range(len(mine))] if isinstance(mine, list) else []
        added = [(where, event) for where, event, covers in shared if fields.get("tax_year") in covers]
        if added and (mine is None or isinstance(mine, list)):  # a wrong ``events`` is left for the year's check to name
            document["events"] = [*(mine if isinstance(mine, list) else []), *(event for _, event in added)]
            paths += [where for where, _ in added]
        out.append(Year(i, document, tuple(paths)))
    return Case(CASE_VERSION, reference, tuple(out), tuple(problems))


def lift(document: dict[str, Any]) -> dict[str, Any]:
    """A version-1 facts document as the version-2 case with that one year (the inverse of reading one)."""
    person = {k: v for k, v in document.items() if k in PERSON}
    year = {k: v for k, v in document.items() if k not in PERSON and k != "version"}
    return {"version": CASE_VERSION, **person, "years": [year]}

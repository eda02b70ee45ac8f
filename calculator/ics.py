"""The deadlines of an assessment as an iCalendar file (RFC 5545), for the checker's calendar download.

Pure and deterministic: the text depends only on the assessment passed in (what
:func:`calculator.assess` returns).  Nothing reads the clock: ``DTSTAMP`` is the
assessment's ``as_of`` date, so the same facts always give the same file.

Each deadline that has not passed becomes an all-day event (RFC 5545 § 3.6.1,
``DTSTART;VALUE=DATE``) with a stable ``UID`` (its kind, id and tax year, so a
calendar that imports a newer file updates the event instead of adding a second
one) and display alarms 30, 7 and 1 days before (§ 3.6.6).  Deadlines that fall
on the same day make one event, and no line of its description is repeated.
With ``neutral`` titles, nothing in the file names the topic: every event reads
"Paperwork due", for a calendar that others may see.  Lines end in CRLF and are
folded at 75 octets (§ 3.1); text values escape backslash, semicolon, comma and
newlines (§ 3.3.11).
"""

from __future__ import annotations

from datetime import date, timedelta
from hashlib import sha256

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

PRODID = "-//Jointly//Joint return relief checker//EN"
UID_DOMAIN = "jointly.invalid"  # RFC 2606 reserved name: no real host is implied
LINE_OCTETS = 75
CRLF = "\r\n"
#: Alarms before the (all-day) start: a month to gather evidence, a week, and the day before.
ALARMS = ((30, "In 30 days"), (7, "In one week"), (1, "Tomorrow"))
NOTE = "Screening, not advice: check this date against your IRS letters. The IRS decides."
#: What a neutral event says: nothing about taxes, relief or a spouse.
NEUTRAL_TITLE = "Paperwork due"
NEUTRAL_NOTE = "Check your papers for what is due today."
NEUTRAL_PRODID = "-//Reminders//EN"
NEUTRAL_DOMAIN = "reminder.invalid"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 § 3.3.11): backslash, semicolon and comma escaped, newlines as \\n."""
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line so no physical line is longer than 75 octets (RFC 5545 § 3.1).

    A continuation line starts with one space, which counts toward its 75 octets.  A line is
    never split inside a UTF-8 sequence.
    """
    out: list[str] = []
    current, size, limit = [], 0, LINE_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(char)
        size += n
    out.append("".join(current))
    return (CRLF + " ").join(out)


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%Y%m%d")


def _next_day(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=1)).strftime("%Y%m%d")


def _reasons_text(reasons: list[dict[str, Any]]) -> list[str]:
    return [f"- {r['text']} ({r['cite']})" for r in reasons]


def entries(assessment: dict[str, Any]) -> list[dict[str, Any]]:
    """The calendar entries: each general deadline and each relief path's deadline not yet passed.

    Relief paths that share a last day (innocent spouse relief and separation of liability
    share the two-year election period) make one entry.  Paths that do not appear to be
    available are left out; so is any date before the date of the check.
    """
    as_of = assessment["as_of"]
    out: list[dict[str, Any]] = []
    by_due: dict[str, list[dict[str, Any]]] = {}
    for result in assessment.get("relief", []):
        due = result.get("deadline")
        if due and due >= as_of and result.get("verdict") != "not_available":
            by_due.setdefault(due, []).append(result)
    for due, results in sorted(by_due.items()):
        names = [r["title"] for r in results]
        forms = sorted({r["form"] for r in results if r.get("form") and f"Form {r['form']}" not in " ".join(names)})
        title = "Last day to ask for " + " and ".join(names)
        if forms:
            title += " (Form " + ", ".join(forms) + ")"
        lines = []
        for r in results:
            lines += _reasons_text(r.get("deadline_reasons", []))
        url = next((r["url"] for res in results for r in res.get("deadline_reasons", [])), None)
        out.append({"key": "relief-" + "+".join(r["id"] for r in results), "title": title, "due": due,
                    "lines": lines, "url": url})  # fmt: skip
    for deadline in assessment.get("deadlines", []):
        due = deadline.get("due")
        if not due or due < as_of:
            continue
        lines = [deadline["rule"]] + _reasons_text(deadline.get("reasons", []))
        if deadline.get("can_extend") is False:
            lines.append("This deadline cannot be extended.")
        reasons = deadline.get("reasons") or [{}]
        out.append({"key": "deadline-" + deadline["id"], "title": deadline["title"], "due": due,
                    "lines": lines, "url": reasons[0].get("url")})  # fmt: skip
    out.sort(key=lambda e: (e["due"], e["key"]))
    return _one_per_day(out)


def _one_per_day(entries_: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Deadlines on the same day as one entry: the titles joined, each description line once."""
    merged: list[dict[str, Any]] = []
    for entry in entries_:
        if merged and merged[-1]["due"] == entry["due"]:
            last = merged[-1]
            last["key"] += "+" + entry["key"]
            last["title"] += "; " + entry["title"]
            last["lines"] += [line for line in entry["lines"] if line not in last["lines"]]
            last["url"] = last["url"] or entry["url"]
        else:
            lines = list(dict.fromkeys(entry["lines"]))
            merged.append({**entry, "lines": lines})
    return merged


def _uid(key: str, neutral: bool) -> str:
    """A stable UID; a neutral file's is a digest of the key, so not even it names the topic."""
    if neutral:
        return sha256(key.encode("utf-8")).hexdigest()[:32] + "@" + NEUTRAL_DOMAIN
    return f"{key}@{UID_DOMAIN}"


def calendar(assessment: dict[str, Any], neutral: bool = False) -> str:
    """The RFC 5545 text (CRLF line ends, folded) of the deadlines in ``assessment``: one year's,
    or every year's of a case (facts format version 2), whose ``reference`` goes in each description.
    With ``neutral``, titles and descriptions that do not reveal the topic (and no reference)."""
    as_of = assessment["as_of"]
    years = assessment.get("years") or [assessment]
    tax_years = [(y.get("facts") or {}).get("tax_year") for y in years]
    named = ", ".join(str(y) for y in tax_years if y)
    reference = assessment.get("reference")
    stamp = _day(as_of) + "T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + (NEUTRAL_PRODID if neutral else PRODID),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + escape("Reminders" if neutral else "Jointly deadlines" + (f" (tax year{'s' if ',' in named else ''} {named})" if named else "")),
    ]
    # A year whose tax year is unknown is told apart by its place in the case (a one-year check keeps "year-unknown").
    places = [year or ("year-unknown" if len(years) == 1 else f"year-unknown-{i + 1}") for i, year in enumerate(tax_years)]
    dated = sorted(((e, year, place) for y, year, place in zip(years, tax_years, places) for e in entries(y)),
                   key=lambda p: (p[0]["due"], p[1] or 0, p[0]["key"], p[2]))  # fmt: skip
    for entry, year, place in dated:
        if neutral:
            summary, description, alarm_title = NEUTRAL_TITLE, NEUTRAL_NOTE, NEUTRAL_TITLE
        else:
            summary = entry["title"] + (f" (tax year {year})" if year else "")
            about = [f"Client reference: {reference}"] if reference else []
            description = "\n".join(about + entry["lines"] + [f"Worked out on {as_of}.", NOTE])
            alarm_title = entry["title"]
        lines += [
            "BEGIN:VEVENT",
            "UID:" + _uid(f"{entry['key']}-{place}", neutral),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + _day(entry["due"]),
            "DTEND;VALUE=DATE:" + _next_day(entry["due"]),
            "SUMMARY:" + escape(summary),
            "DESCRIPTION:" + escape(description),
            "TRANSP:TRANSPARENT",
        ]
        if entry["url"] and not neutral:
            lines.append("URL:" + entry["url"])
        for days, words in ALARMS:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:-P{days}D",
                "DESCRIPTION:" + escape(f"{words}: {alarm_title}"),
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)

"""Build-time rendering for the guides: every legal figure, citation and table comes from ``calculator.law``.

The guides never retype a number, a date rule, a form number or a citation.  They call the small
functions here (registered as Jinja macros in ``macros/__init__.py``), which read the one source of
truth, ``calculator.law.RULES``.  Everything here is a pure function of the rules (and, for links, of
the page being rendered), so the site tests can call it directly too.

A missing rule id raises ``KeyError``; mkdocs-macros reports it as a warning, and ``mkdocs build
--strict`` then fails.  So a guide cannot silently show a figure the data does not hold.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any, Iterable
from urllib.parse import quote

from calculator.law import CURRENT_AS_OF, RULES, STATUS_KINDS, Rule
from calculator.results import VERDICTS

# --- the relief paths the guides and the checker share ---------------------------------------------

#: Relief path id (as ``calculator.relief`` reports it) -> (plain name, guide page source path).
PATHS: dict[str, tuple[str, str]] = {
    "innocent_spouse": ("Innocent spouse relief", "relief/innocent-spouse.md"),
    "separation_of_liability": ("Separation of liability", "relief/separation-of-liability.md"),
    "equitable_relief": ("Equitable relief", "relief/equitable-relief.md"),
    "community_property": ("Relief from community property law", "relief/community-property.md"),
    "injured_spouse": ("Injured spouse allocation", "relief/injured-spouse.md"),
}

#: Plain words for each verdict a guide may state, the calculator's own.  The consistency layer's
#: ``check`` (a path held back until an impossible answer is fixed) is not among them: a guide's
#: example is a case that can be true, so it never shows that verdict, and ``checker_example``
#: refuses it.
VERDICT_WORDS = VERDICTS

CHECKER_URL = "checker/"  # the checker page's URL with directory URLs (docs/checker.md or docs/checker/index.md)


# --- formatting -------------------------------------------------------------------------------------


def get(rule_id: str) -> Rule:
    """The rule with this id.  A KeyError (and so a failed strict build) names a missing one."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r} in calculator.law.RULES") from None


def long_date(d: date) -> str:
    """November 27, 2026."""
    return f"{d:%B} {d.day}, {d.year}"


def money(amount: float) -> str:
    """$1,234 (or $1,234.50 when there are cents)."""
    if float(amount).is_integer():
        return f"${int(amount):,}"
    return f"${amount:,.2f}"


def _plural(n: Any, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def quantity(value: Any, unit: str) -> str:
    """A figure in words a reader expects: 30 days, 2 years, 5 business days, $205, 250%."""
    if unit == "days":
        return _plural(value, "day", "days")
    if unit == "business_days":
        return _plural(value, "business day", "business days")
    if unit == "months":
        return _plural(value, "month", "months")
    if unit == "years":
        return _plural(value, "year", "years")
    if unit == "usd":
        return money(value)
    if unit == "percent":
        return f"{value:g}%"
    if unit == "ratio":
        return f"{value * 100:g}%"
    if isinstance(value, date):
        return long_date(value)
    if isinstance(value, (list, tuple)):
        return join_words([str(v) for v in value])
    return str(value)


def join_words(items: list[str], last: str = "and") -> str:
    """a, b and c."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def pick(value: Any, key: Any) -> Any:
    """Index into a rule's value: a dict key, a list index, or a dotted path 'a.b'."""
    if key is None:
        return value
    if isinstance(key, str) and "." in key and not (isinstance(value, dict) and key in value):
        for part in key.split("."):
            value = pick(value, part)
        return value
    if isinstance(value, dict):
        return value[key]
    if isinstance(value, (list, tuple)):
        return value[int(key)]
    return getattr(value, key)


def value(rule_id: str, key: Any = None, unit: str | None = None, bare: bool = False) -> str:
    """A rule's figure, formatted with its unit (``bare=True``: the number alone, e.g. for "Form 8857")."""
    r = get(rule_id)
    v = pick(r.value, key)
    if v is None:
        raise ValueError(f"rule {rule_id!r} has no value at {key!r}")
    if bare:
        if isinstance(v, date):
            return long_date(v)
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return f"{v:,}" if isinstance(v, int) and v >= 10000 else str(v)
    return quantity(v, unit if unit is not None else r.unit)


def label(rule_id: str) -> str:
    return get(rule_id).label


def current_as_of() -> str:
    return long_date(CURRENT_AS_OF)


# --- citations --------------------------------------------------------------------------------------


def link(title: str, url: str, cls: str = "cite") -> str:
    return f'<a class="{cls}" href="{html.escape(url, quote=True)}">{_text(title)}</a>'


def cite(rule_id: str, all: bool = False) -> str:  # noqa: A002 - "all" reads well in the guides
    """The rule's authority as a link to official text (``all=True``: with its supporting citations)."""
    r = get(rule_id)
    cites = r.cites() if all else (r.cite,)
    return "; ".join(link(c.title, c.url) for c in cites)


def cites(*rule_ids: str) -> str:
    """Several rules' authorities, without repeating one that two rules share."""
    seen: dict[str, str] = {}
    for rid in rule_ids:
        c = get(rid).cite
        seen.setdefault(c.url + c.title, link(c.title, c.url))
    return "; ".join(seen.values())


def sources_list(*rule_ids: str) -> str:
    """A Markdown bullet list: each rule in plain words, with every authority for it linked."""
    lines = []
    for rid in rule_ids:
        r = get(rid)
        lines.append(f"- {html.escape(r.label)} ({cite(rid, all=True)})")
    return "\n".join(lines)


# --- forms ------------------------------------------------------------------------------------------


FORM_RULE_PREFIX = "form-"


def form_rules() -> list[Rule]:
    """The rules that describe one form each (``form-<number>`` with a table value naming the number)."""
    return [r for r in RULES.values() if r.id.startswith(FORM_RULE_PREFIX) and isinstance(r.value, dict) and "number" in r.value]


def form_anchor(number: str) -> str:
    return "form-" + number.lower()


def form(number: str, title: bool = False, linked: bool = True) -> str:
    """'Form 8857', linked to its official page, from the forms rules (``form-8857``)."""
    r = get(f"{FORM_RULE_PREFIX}{number.lower()}")
    name = _form_name(r)
    text = f"{name}, {_form_title(r)}" if title else name
    return link(text, r.cite.url, cls="form") if linked else text


def _form_name(r: Rule) -> str:
    v = r.value
    if isinstance(v, dict):
        v = v.get("number") or v.get("name")
    v = str(v)
    return v if v.lower().startswith(("form", "publication", "pub.")) else f"Form {v}"


def _form_title(r: Rule) -> str:
    v = r.value
    if isinstance(v, dict) and (v.get("title") or v.get("name")):
        return str(v.get("title") or v.get("name"))
    return r.label


# --- tables -----------------------------------------------------------------------------------------


def _text(text: str) -> str:
    """``text`` escaped for an HTML element's content (quotes need no escaping there)."""
    return html.escape(text, quote=False)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A Markdown table."""
    header = list(header)
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(str(c)) for c in row) + " |" for row in rows]
    return "\n".join(out)


def rules_table(*rule_ids: str, header: tuple[str, str, str] = ("Rule", "Figure", "Authority")) -> str:
    """Plain-words rule, its figure (if any) and its authority, one row per rule."""
    rows = []
    for rid in rule_ids:
        r = get(rid)
        figure = "" if r.value is None or r.unit in ("table", "list", "address") else quantity(r.value, r.unit)
        rows.append((html.escape(r.label), figure, cite(rid)))
    return table(header, rows)


def decision_table(rule_ids: Iterable[str], header: tuple[str, str] = ("What the IRS looks for", "Authority")) -> str:
    """A checklist-style decision table for one relief path, from its rules (works without JavaScript)."""
    rows = [(f"☐ {html.escape(get(rid).label)}", cite(rid)) for rid in rule_ids]
    return table(header, rows)


#: Titles of the authorities that are law (statutes, regulations, rulings, court cases), in the order the
#: law sources page lists them; everything else (forms, publications, manuals, agency pages) is guidance.
LAW_PREFIXES = ("IRC", "26 U.S.C", "31 U.S.C", "D.C. Code", "Treas. Reg", "31 C.F.R", "Rev. Proc", "Notice")
GUIDANCE_PREFIXES = ("Form", "Instructions", "IRS Publication", "Pub", "IRM", "IRS")


def is_law(title: str) -> bool:
    """Whether an authority is law (a statute, regulation, ruling or court case) rather than guidance."""
    return title.startswith(LAW_PREFIXES) or " v. " in title


def sources_page(law: bool = True) -> str:
    """The authorities any rule cites (``law``: statutes, regulations, rulings, cases; else guidance),
    each with the rules it supports."""
    by_cite: dict[tuple[str, str], list[Rule]] = {}
    for r in RULES.values():
        for c in r.cites():
            if is_law(c.title) == law:
                by_cite.setdefault((c.title, c.url), []).append(r)

    prefixes = LAW_PREFIXES if law else GUIDANCE_PREFIXES

    def order(key: tuple[str, str]) -> tuple[int, str]:
        title = key[0]
        for i, prefix in enumerate(prefixes):
            if title.startswith(prefix):
                return (i, _natural(title))
        return (99, _natural(title))

    rows = []
    for key in sorted(by_cite, key=order):
        title, url = key
        used = "<br>".join("• " + _text(r.label) for r in by_cite[key])
        rows.append((link(title, url), used))
    return table(("Authority (official text)", "What we use it for"), rows)


#: The order the rule status page lists statuses in: the weakest first, where a reader should look.
STATUS_ORDER = ("unconfirmed", "secondary", "seen")


def status_counts() -> str:
    """'111 rules: 63 …' in plain words, from the rules' statuses."""
    counts = {kind: sum(1 for r in RULES.values() if r.status.kind == kind) for kind in STATUS_KINDS}
    return (
        f"{len(RULES)} rules: for {counts['seen']} we read the words in official text; "
        f"{counts['secondary']} we saw only in a secondary source; {counts['unconfirmed']} are unconfirmed"
    )


def rule_status_table(*kinds: str) -> str:
    """The rules of the given statuses (all by default) with how each was verified, the weakest first:
    the words seen where and when, secondary, or unconfirmed.  With several statuses, each gets its
    own heading and table."""
    kinds = tuple(k for k in STATUS_ORDER if k in (kinds or STATUS_ORDER))
    out = []
    for kind in kinds:
        rules = sorted((r for r in RULES.values() if r.status.kind == kind), key=lambda r: r.id)
        rows = [
            (
                f'<span id="rule-{html.escape(r.id)}">{_text(r.label)}</span> ({cite(r.id)})',
                _text(r.status.source),
                long_date(r.status.on),
            )
            for r in rules
        ]
        heading = f"## {STATUS_KINDS[kind]}\n\n" if len(kinds) > 1 else ""
        out.append(heading + (table(("Rule", "What was seen", "Seen on"), rows) if rows else "None at our last review."))
    return "\n\n".join(out)


def renewals() -> list[Rule]:
    """The rules whose figures change on a schedule, the soonest to be replaced first."""
    return sorted((r for r in RULES.values() if r.renews), key=lambda r: (r.renews.expected_by, r.id))


def renewals_table() -> str:
    """How old the figures that change on a schedule are, and when a newer one is expected."""
    rows = [
        (f"{_text(r.label)} ({cite(r.id)})", long_date(r.effective), long_date(r.renews.expected_by), _text(r.renews.why))
        for r in renewals()
    ]
    return table(("Figure", "In effect since", "Newer figure expected by", "Why"), rows)


def _natural(text: str) -> str:
    """Sort key that puts § 66 before § 6015 and § 6015(b) before § 6015(c)."""
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num.zfill(8))
            num = ""
        out.append(ch)
    if num:
        out.append(num.zfill(8))
    return "".join(out)


# --- checker deep links -----------------------------------------------------------------------------


#: Any date written in facts (YYYY-MM-DD).
_A_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def facts_fragment(facts: dict, example: bool = False) -> str:
    """``facts=<URL-encoded compact JSON>``: the checker's deep-link format.

    A link that is not an example may never fill in a date (an event, a filing date or
    ``as_of``): a date nobody entered turns into a deadline that is not the reader's.  An
    example's link is ``example=<…>`` instead, and the checker says "This is an example, not
    your case" when it loads one.
    """
    text = json.dumps(facts, separators=(",", ":"), sort_keys=False)
    if not example and _A_DATE.search(text):
        raise ValueError(f"a checker link may not fill in a date ({_A_DATE.search(text)[0]}); use checker_example on a guide page")
    return ("example=" if example else "facts=") + quote(text, safe="")


def checker_example(
    facts: dict, expect: dict[str, str], page_url: str, text: str = "Try this example in the checker", base: str = CHECKER_URL
) -> str:
    """The link and the sentence saying what the checker shows, from one source (``expect``).

    ``data-expect`` carries the stated verdicts; the site test runs the link's facts through
    ``calculator.assess`` and compares.  The verdicts are stated here, never computed here.
    """
    for path, verdict in expect.items():
        if path not in PATHS:
            raise KeyError(f"checker_example: unknown relief path {path!r}")
        if verdict not in VERDICT_WORDS:
            raise KeyError(f"checker_example: unknown verdict {verdict!r}")
    if "as_of" not in facts:
        raise ValueError("checker_example: the facts must carry their own as_of date")
    href = base + "#" + facts_fragment(facts, example=True)
    said = join_words([f"<strong>{PATHS[p][0]}: {VERDICT_WORDS[v]}</strong>" for p, v in expect.items()])
    data = html.escape(json.dumps(expect, separators=(",", ":")), quote=True)
    return (
        f'<p class="checker-example"><a class="md-button md-button--primary" href="{html.escape(href, quote=True)}" '
        f'data-expect="{data}">{html.escape(text)}</a></p>\n\n'
        f'<p class="checker-expect">With these facts (checked as of {long_date(date.fromisoformat(facts["as_of"]))}), '
        f"the checker shows {said}. It is a screening result, not a decision: the IRS decides.</p>"
    )


def allocation_example(
    facts: dict, estimate: int, page_url: str, text: str = "Try this example in the checker", base: str = CHECKER_URL
) -> str:
    """A worked Form 8379 share: the steps as the calculator computes them, and the share the guide states.

    ``data-expect-estimate`` carries the stated share; the site test runs the link's facts through
    ``calculator.assess`` and compares, and ``tests/test_forms.py`` works the same case by hand.
    """
    from calculator.facts import parse
    from calculator.forms import injured_spouse_allocation as allocation

    found = allocation.estimate(parse(facts))
    if found["status"] != "estimated":
        raise ValueError(f"allocation_example: no estimate for these facts ({found})")
    st, o = found["steps"], facts["offset"]
    rows = [
        ("Your income less adjustments", money(st["my_income"])),
        ("Your spouse's income less adjustments", money(st["spouse_income"])),
        ("Your part of the couple's income", f"{st['my_ratio'] * 100:.1f}%"),
        ("Total tax on the joint return", money(o["joint_tax"])),
        ("Your part of that tax (in place of the separate-tax ratio)", money(round(st["my_tax_share"]))),
        ("Your withholding and estimated tax payments", money(st["my_payments"])),
        ("Your refundable credits and part of the earned income credit", money(st["my_refundable_credits"] + st["my_eic_share"])),
        ("What you paid, less your part of the tax", money(round(found["raw"]))),
        ("Amount taken from the refund (the most you can get back)", money(o["offset_amount"])),
    ]
    body = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    href = base + "#" + facts_fragment(facts, example=True)
    return (
        f'<table class="allocation-example"><thead><tr><th>Step</th><th>Amount</th></tr></thead><tbody>{body}</tbody></table>\n\n'
        f'<p class="checker-example"><a class="md-button md-button--primary" href="{html.escape(href, quote=True)}" '
        f'data-expect-estimate="{int(estimate)}">{html.escape(text)}</a></p>\n\n'
        f'<p class="checker-expect">With these figures the checker shows a share of <strong>about {money(estimate)}</strong>. '
        "It is an estimate, not a promise: the IRS computes the actual figure.</p>"
    )


# --- the checker's questions, for its page --------------------------------------------------------


def checker_questions() -> str:
    """The checker's questions (``calculator.questions``) as a JSON data block in the checker page.

    The page reads it at start-up, so the form is usable while Pyodide loads; which questions
    show is decided in Python (``questions.visible``, through the worker) once it is ready.  A
    ``type="application/json"`` block is data, not a script, so no CSP allowance is needed.
    ``<``, ``>`` and ``&`` are written as JSON escapes so the text cannot close the element.
    The block also carries the facts' size limit (``calculator.facts.MAX_INPUT``) for the page's
    own reading of links and files (``keep.js``), so that figure is written once.
    """
    from calculator.facts import MAX_INPUT
    from calculator.questions import questions_document

    text = json.dumps(questions_document(), ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="checker-questions" data-max-input="{MAX_INPUT}">{text}</script>'


# --- the footer every page carries -------------------------------------------------------------------


def as_of_footer(about_href: str, renewals_href: str = "") -> str:
    """The line every page ends with: how old the rules are, and when the first figure is due for renewal."""
    soonest = renewals()[0].renews.expected_by
    renew = (
        f' Some figures change on a schedule: <a href="{html.escape(renewals_href, quote=True)}">'
        f'the next update is expected by <time datetime="{soonest.isoformat()}">{long_date(soonest)}</time></a>.'
        if renewals_href
        else ""
    )
    return (
        f'\n\n<p class="rules-as-of">Rules current as of <time datetime="{CURRENT_AS_OF.isoformat()}">'
        f"{current_as_of()}</time>.{renew} Screening, not advice: the IRS decides. "
        f'<a href="{html.escape(about_href, quote=True)}">About these guides</a>.</p>\n'
    )


# --- glossary ---------------------------------------------------------------------------------------


def read_abbreviations(path) -> list[tuple[str, str]]:
    """(term, definition) pairs from a Markdown abbreviations file (``*[term]: definition``)."""
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("*[") and "]:" in line:
            term, _, definition = line[2:].partition("]:")
            out.append((term.strip(), definition.strip()))
    return out


def glossary(path) -> str:
    """The glossary as a definition list, alphabetical, one anchor per term."""
    entries = sorted(read_abbreviations(path), key=lambda e: e[0].lower())
    lines = []
    for term, definition in entries:
        anchor = "".join(ch if ch.isalnum() else "-" for ch in term.lower()).strip("-")
        lines.append(f'<dt id="{anchor}">{html.escape(term)}</dt>\n<dd>{html.escape(definition)}</dd>')
    return '<dl class="glossary">\n' + "\n".join(lines) + "\n</dl>"


# --- tables generated from the data ------------------------------------------------------------------


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def forms_table() -> str:
    """Every form the data knows, in the data's order: number (linked to its section below) and purpose."""
    rows = []
    for r in form_rules():
        v = r.value
        rows.append((f"[{_form_name(r)}](#{form_anchor(v['number'])})", html.escape(v["name"]), html.escape(_sentence(v["purpose"]))))
    return table(("Form", "Name", "What it is for"), rows)


def _form_when() -> dict[str, str]:
    """When each form is used, in words, with every period read from the rules (the forms data has no 'when')."""
    return {
        "8857": (
            f"As soon as you learn of a tax you believe only your spouse should pay. For innocent spouse relief and "
            f"separation of liability, no later than {value('irc-6015-bc-two-years')} after the first collection action "
            f"against you ({cite('irc-6015-bc-two-years')}); for equitable relief, while the IRS can still collect "
            f"({cite('irc-6015-f-2')}); for community property relief, see {cite('reg-1.66-4-j')}."
        ),
        "8379": (
            f"With the joint return if you know of your spouse's debt, or later: within {value('irc-6511-a-filing')} "
            f"of filing or {value('irc-6511-a-payment')} of payment, whichever ends later ({cite('irc-6511-a-filing')})."
        ),
        "12509": f"Within {value('form-12509-appeal')} of the preliminary determination letter ({cite('form-12509-appeal')}).",
        "12153": (
            f"Within {value('irc-6330-cdp-levy')} after a levy notice ({cite('irc-6330-cdp-levy')}) or by the date on a "
            f"lien notice ({cite('irc-6320-cdp-lien')}); for an equivalent hearing, within {value('equivalent-hearing-levy')} "
            f"({cite('equivalent-hearing-levy')}). A decision on spousal relief made at an equivalent hearing can still go "
            f"to the Tax Court within {value('irc-6015-e-petition')} ({cite('irc-6015-e-petition')}; {cite('form-12153', all=True)})."
        ),
        "9465": "When you cannot pay in full and cannot apply online.",
        "433-A": "When the IRS asks for it, or with an offer in compromise (in its offer version).",
        "433-F": "When the IRS asks for a financial statement before a payment plan or a hardship pause.",
        "656": "Only after you have asked for any relief you may qualify for: an accepted offer bars relief for that year.",
        "911": "When an IRS problem is causing hardship or is not being solved through the normal channels. It does not extend your deadlines.",
        "2848": "Before a representative acts for you.",
        "8821": "When someone needs to see your tax information but not to represent you.",
        "1040-X": "To correct a return you filed.",
        "9423": (
            f"For a rejected, changed or ended payment plan, within {value('cap-appeal')} after the date of the IRS "
            f"letter; for a lien, levy or seizure, after a conference with the collection manager, within the short "
            f"time Publication 1660 and the letter give. There is no court review afterwards ({cite('cap-appeal', all=True)})."
        ),
    }


def form_sections() -> str:
    """One section per form (with an anchor per form), for the forms reference page."""
    out = []
    for r in form_rules():
        v = r.value
        out.append(f"## {_form_name(r)}: {html.escape(v['name'])} {{: #{form_anchor(v['number'])} }}\n")
        out.append(f"**What it is for.** {html.escape(_sentence(v['purpose']))}\n")
        when = _form_when().get(v["number"])
        if when:
            out.append(f"**When.** {when}\n")
        if "form-8857-where" in v.get("see_also", ()):  # the addresses are their own rule: show them
            out.append("**Where it goes.**\n\n" + where_to_send_8857() + "\n")
        else:
            out.append(f"**Where it goes.** {html.escape(v['where'])}\n")
        if v.get("errors"):
            out.append("**Common mistakes.**\n")
            out += [f"- {html.escape(e)}" for e in v["errors"]]
            out.append("")
        out.append(f"Official page: {cite(r.id, all=True)}.\n")
    return "\n".join(out)


def ia_fees_table() -> str:
    """Installment agreement setup fees, from ``ia-user-fees``."""
    v = get("ia-user-fees").value
    dd, other, low = v["direct_debit"], v["other"], v["low_income"]
    rows = [
        ("Direct debit from a bank account", money(dd["online"]), money(dd["phone_mail_in_person"]), money(low["direct_debit"])),
        (
            "Other ways of paying",
            money(other["online"]),
            money(other["phone_mail_in_person"]),
            money(low["other"]) + (" (paid back when the plan is completed)" if low.get("other_reimbursed_on_completion") else ""),
        ),
    ]
    return table(("Long-term payment plan", "Set up online", "By phone, mail or in person", "Low-income"), rows) + (
        f"\n\nSource: {cite('ia-user-fees', all=True)}; low-income fee rule: {cite('ia-fee-low-income')}."
    )


AREA_NAMES = {"contiguous": "48 contiguous states and D.C.", "alaska": "Alaska", "hawaii": "Hawaii"}
STATE_NAMES = {
    "AZ": "Arizona", "CA": "California", "ID": "Idaho", "LA": "Louisiana", "NV": "Nevada", "NM": "New Mexico",
    "TX": "Texas", "WA": "Washington", "WI": "Wisconsin", "PR": "Puerto Rico", "GU": "Guam", "AK": "Alaska",
}  # fmt: skip
DEBT_NAMES = {
    "federal_tax": "Past-due federal tax",
    "child_support": "Past-due child support",
    "spousal_support": "Past-due spousal support",
    "federal_nontax": "Other debts owed to federal agencies, such as student loans",
    "state_tax": "State income tax debts",
    "unemployment": "State unemployment compensation debts",
}


def poverty_table(sizes: int = 8, threshold_rule: str = "rp-2013-34-hardship-250") -> str:
    """The HHS poverty guidelines in effect on the rules' current-as-of date, with the threshold column.

    Sizes shown are a display choice (the notices print 1 to 8); every figure is computed by
    ``calculator.poverty`` from the rule, and the percentage comes from ``threshold_rule``.
    """
    from calculator.poverty import guideline_in_effect

    pct = get(threshold_rule).value
    _, table_rule = guideline_in_effect(CURRENT_AS_OF, "contiguous", 1)
    header = ["Household size"]
    for area in AREA_NAMES:
        header += [f"{AREA_NAMES[area]}: 100%", f"{AREA_NAMES[area]}: {pct:g}%"]
    rows = []
    for n in range(1, sizes + 1):
        row = [str(n)]
        for area in AREA_NAMES:
            full, _ = guideline_in_effect(CURRENT_AS_OF, area, n)
            row += [money(full), money(full * pct / 100)]
        rows.append(row)
    base = table_rule.value
    more = join_words([f"{money(base[a][1])} ({AREA_NAMES[a]})" for a in AREA_NAMES])
    return (
        f'<p class="table-caption" id="poverty-guidelines">Yearly income: the HHS poverty guidelines in effect on '
        f"{current_as_of()} (in effect from {long_date(table_rule.effective)}), and {pct:g}% of them.</p>\n\n"
        + table(header, rows)
        + f"\n\nFor each person beyond {sizes}, add {more} to the 100% figure. "
        f"Source: {cite(table_rule.id, all=True)}. Threshold: {cite(threshold_rule)}."
    )


def community_property_states(with_territories: bool = True) -> str:
    """The community property states, as the IRS lists them, in words."""
    states = join_words([STATE_NAMES.get(s, s) for s in get("community-property-states").value])
    out = f"{states} ({cite('community-property-states', all=True)})"
    if with_territories:
        other = join_words([STATE_NAMES.get(s, s) for s in get("community-property-territories").value], last="or")
        out += (
            f". Community property rules may also matter if you lived in {other}, which are not on that list "
            f"({cite('community-property-territories', all=True)})"
        )
    return out


def offset_order() -> str:
    """The order in which a refund is applied to debts, as a numbered Markdown list."""
    sender = get("offset-notice-sender").value
    lines = []
    for i, tier in enumerate(get("offset-order").value, 1):
        debts = tier if isinstance(tier, (tuple, list)) else (tier,)
        names = [DEBT_NAMES.get(d, d) for d in debts]
        whos = {sender.get(d) for d in debts} - {None}
        text = names[0] if len(names) == 1 else join_words([n[0].lower() + n[1:] if k else n for k, n in enumerate(names)]) + ", together, in the order in which the debts arose"
        lines.append(f"{i}. {text}" + (f" (notice from the {whos.pop()})" if len(whos) == 1 else ""))
    return "\n".join(lines) + f"\n\n({cite('offset-order', all=True)}; {cite('offset-notice-sender')})"


def offset_debts_table() -> str:
    """Which debts can take a refund, the authority for each, and who sends the notice."""
    auth = get("irc-6402-offsets").value
    sender = get("offset-notice-sender").value
    base = get("irc-6402-offsets").cite
    rows = []
    for debt, pin in auth.items():
        who = sender.get(debt, "")
        rows.append((DEBT_NAMES.get(debt, debt), link(base.title + pin, base.url), "the " + who if who else ""))
    return table(("Debt", "Authority", "Who sends the notice of offset"), rows)


def deadline_table() -> str:
    """The deadlines the guides talk about, each with its period, what starts it and its authority."""
    rows = [
        ("Innocent spouse relief and separation of liability", value("irc-6015-bc-two-years"),
         "The first collection action against you: a levy notice, your refund kept, a collection suit, or a court claim", "irc-6015-bc-two-years"),
        ("Equitable relief from unpaid tax", value("irc-6502-csed"),
         "The date the tax was assessed (plus any time collection was paused)", "irc-6015-f-2"),
        ("Getting money back (innocent spouse or equitable relief; " + form("8379", linked=False) + ")", f"{value('irc-6511-a-filing')} or {value('irc-6511-a-payment')}",
         "The return was filed, or the tax was paid, whichever ends later", "irc-6511-a-filing"),
        ("Relief from community property law (traditional)", f"{value('reg-1.66-4-j')} before the end",
         "The end of the period the IRS has to assess your spouse's tax for the year (usually "
         f"{value('irc-6501-a')} from your spouse's filing)", "reg-1.66-4-j"),
        ("Appeal of a preliminary determination (" + form("12509", linked=False) + ")", value("form-12509-appeal"),
         "The date of the preliminary determination letter", "form-12509-appeal"),
        ("Tax Court petition on a relief request", value("irc-6015-e-petition"),
         "The day the final determination is mailed. Cannot be extended", "irc-6015-e-petition"),
        ("Tax Court petition on a notice of deficiency", value("irc-6213-a-petition"),
         "The day the notice of deficiency is mailed; a petition by the last day printed on the notice is on time. Treat it as unmovable", "irc-6213-a-petition"),
        ("Tax Court petition after a collection due process hearing", value("irc-6330-d-petition"),
         "The day after the date on Appeals' notice of determination. Treat it as firm, although the court can rarely excuse a late petition", "irc-6330-d-petition"),
        ("Collection due process hearing after a levy notice", value("irc-6330-cdp-levy"),
         "The day after the date on the notice", "irc-6330-cdp-levy"),
        ("Collection due process hearing after a lien filing", value("irc-6320-cdp-lien"),
         "The end of the short period after the lien filing; the notice gives the last day", "irc-6320-cdp-lien"),
        ("Equivalent hearing (late hearing request) after a levy notice", value("equivalent-hearing-levy"),
         "The day after the date on the notice. A decision on innocent spouse relief made there can go to the Tax Court within "
         + value("irc-6015-e-petition"), "equivalent-hearing-levy"),
        ("IRS collection of the tax (collection statute)", value("irc-6502-csed"),
         "The date of assessment, plus pauses such as a pending relief request", "irc-6502-csed"),
    ]  # fmt: skip
    return table(("What", "How long", "Counted from", "Authority"), [(a, b, c, cite(d)) for a, b, c, d in rows])


def csed_suspensions_table() -> str:
    """What pauses the collection statute, and for how long after it ends."""
    rows = [
        ("A request for innocent spouse, separation of liability or equitable relief", "irc-6015-e-suspension",
         "From when the IRS receives the request until the Tax Court period ends or the court's decision is final, plus " + value("irc-6015-e-suspension")),
        ("An offer in compromise", "irc-6331-k-offer",
         "While it is pending, plus " + value("irc-6331-k-offer") + " after a rejection and any timely appeal"),
        ("A request for an installment agreement", "irc-6331-k-installment",
         "While it is pending, plus " + value("irc-6331-k-installment") + " after a rejection and any timely appeal"),
        ("A timely collection due process hearing", "irc-6330-e-suspension",
         "From when the IRS receives the request until the notice of determination is final (when the "
         + value("irc-6330-d-petition") + " to petition the Tax Court run out, or after the court's decision); it cannot end sooner than "
         + value("irc-6330-e-suspension") + " after that"),
        ("A bankruptcy case", "irc-6503-h-bankruptcy", "While collection is barred by the case, plus " + value("irc-6503-h-bankruptcy")),
        ("Living outside the United States", "irc-6503-c-outside-us",
         "While you are away, if the absence lasts at least " + value("irc-6503-c-outside-us")
         + "; and it cannot end sooner than " + value("irc-6503-c-outside-us") + " after you come back"),
    ]  # fmt: skip
    return table(("What pauses the clock", "For how long", "Authority"), [(a, c, cite(b)) for a, b, c in rows]) + (
        f"\n\nPauses that overlap are counted once. ({cite('irm-5.1.19-concurrent')}) "
        "Being currently not collectible does not pause the clock."
    )


def where_to_send_8857() -> str:
    """Where Form 8857 goes: the addresses and fax number, from ``form-8857-where``, with the instructions'
    revision they come from, the IRS's own where-to-file pages, and, if unconfirmed, what was seen."""
    r = get("form-8857-where")
    v = r.value
    return (
        f"From the {link(r.cite.title, r.cite.url)}:\n\n"
        f"- By U.S. mail: {html.escape(v['usps'])}\n"
        f"- By private delivery service: {html.escape(v['private_delivery'])}\n"
        f"- By fax: {html.escape(v['fax'])}\n\n"
        f"Never attach it to a tax return or send it to the Tax Court. Addresses change: before you send it, "
        f"check the IRS's own pages: {'; '.join(link(c.title, c.url) for c in r.also)}."
        + unconfirmed_note("form-8857-where")
    )


def unconfirmed_note(rule_id: str) -> str:
    """For a rule whose status is unconfirmed: a plain sentence saying so, and what was seen; otherwise nothing."""
    r = get(rule_id)
    if r.status.kind != "unconfirmed":
        return ""
    return (
        f"\n\n**Unconfirmed.** We could not confirm this in official text. What we saw: "
        f"{html.escape(r.status.source)} (checked {long_date(r.status.on)}).\n"
    )


TABLES: tuple[str, ...] = (
    "where_to_send_8857",
    "forms_table",
    "form_sections",
    "ia_fees_table",
    "poverty_table",
    "community_property_states",
    "offset_order",
    "offset_debts_table",
    "deadline_table",
    "csed_suspensions_table",
)

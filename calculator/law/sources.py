"""Builders for pinpoint citations to official text, so that no URL pattern is typed twice."""

from __future__ import annotations

from .model import Cite

#: The copy of the Code's text that rule statuses name when they say it was read.
USC_COPY = (
    "the Office of the Law Revision Counsel's Title 26 text, in a public Markdown copy "
    "(GitHub codexstanford/markdonw-chunck-of-the-usa-code; its release point is not stated)"
)


def irc(section: str, pinpoint: str = "") -> Cite:
    """A section of the Internal Revenue Code (title 26), on uscode.house.gov."""
    return Cite(
        f"IRC § {section}{pinpoint}",
        f"https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section{section}&num=0&edition=prelim",
    )


def usc(title: int, section: str, pinpoint: str = "") -> Cite:
    """A section of another title of the U.S. Code."""
    return Cite(
        f"{title} U.S.C. § {section}{pinpoint}",
        f"https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title{title}-section{section}&num=0&edition=prelim",
    )


def reg(section: str, pinpoint: str = "", title: int = 26) -> Cite:
    """A Treasury regulation (26 C.F.R.), or another C.F.R. title, on eCFR with a paragraph anchor."""
    name = f"Treas. Reg. § {section}" if title == 26 else f"{title} C.F.R. § {section}"
    anchor = f"#p-{section}{pinpoint}" if pinpoint else ""
    return Cite(f"{name}{pinpoint}", f"https://www.ecfr.gov/current/title-{title}/section-{section}{anchor}")


def irs(title: str, path: str) -> Cite:
    """An IRS form, instruction, publication, IRM section or revenue procedure on irs.gov."""
    return Cite(title, f"https://www.irs.gov/{path.lstrip('/')}")


def dc_code(section: str) -> Cite:
    """A section of the D.C. Code, on the D.C. Council's official site."""
    return Cite(f"D.C. Code § {section}", f"https://code.dccouncil.gov/us/dc/council/code/sections/{section}")

"""Form helpers: sheets filled in from the facts and the screening, for the person to finish.

- :mod:`.injured_spouse_allocation`: the share of a joint refund estimated the way the IRS
  allocates it, the Form 8379 Part III worksheet, and what to do next;
- :mod:`.form_8857`: the Form 8857 answer sheet and the outline of the statement of why the
  person should not be held liable.

The sheets are derived data: a saved file holds the facts, and the sheets are made again from
them.  Pure functions; no I/O, no clock.
"""

from __future__ import annotations


def sheets(facts: object, relief: list, plan: dict, *, in_case: bool = False) -> dict:
    """Both sheets for one check: ``{"8379": …, "8857": …}``, each None when its form is not in the plan.
    A year of a case (``in_case``) has only ``"8379"``: one Form 8857 covers every year, and its sheet is the case's."""
    from . import form_8857, injured_spouse_allocation

    out = {"8379": injured_spouse_allocation.sheet(facts, relief)}
    if not in_case:
        out["8857"] = form_8857.sheet([(facts, relief)], plan)
    return out


__all__ = ["sheets"]

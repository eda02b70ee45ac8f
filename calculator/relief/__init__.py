"""The five relief paths, each screened every time.

Each module has ``screen(facts, as_of) -> ReliefResult``.  ``PATHS`` lists them in the
order the results are shown: § 6015(b), § 6015(c), § 6015(f), § 66(c), Form 8379.
"""

from __future__ import annotations

from datetime import date

from ..results import ReliefResult
from . import community_property, equitable_relief, injured_spouse, innocent_spouse, separation_of_liability

TYPE_CHECKING = False
if TYPE_CHECKING:  # names for annotations only; importing typing costs start-up time
    from typing import Any

PATHS = (innocent_spouse, separation_of_liability, equitable_relief, community_property, injured_spouse)


def screen_all(facts: Any, as_of: date) -> tuple[ReliefResult, ...]:
    """Screen every relief path on the same facts and date."""
    return tuple(path.screen(facts, as_of) for path in PATHS)


__all__ = ["PATHS", "screen_all"]

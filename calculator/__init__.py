"""Jointly calculator: screening for spouses who filed a joint U.S. tax return.

Public entry points:

- ``calculator.assess(facts: dict) -> dict``: the whole assessment (raises ``FactsError`` on bad input).
- ``calculator.check(facts) -> dict``: the same, never raising: ``{"ok": true, "result": ...}`` or
  ``{"ok": false, "errors": [{"field", "message"}]}``.

Note that ``calculator.assess`` is the function; the module that defines it is
``sys.modules["calculator.assess"]``.
"""

from .assess import DISCLAIMER, assess, check
from .facts import FORMAT_VERSION, FactsError, parse

__all__ = ["DISCLAIMER", "FORMAT_VERSION", "FactsError", "assess", "check", "parse"]

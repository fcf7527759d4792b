"""Value grammars: money, periods and due dates in English, Danish and Norwegian.

Pure functions over one string and a language code (`en`, `da`, `no`; `nb`/`nn`
are read as `no`). Each returns every expression it finds, in text order, with
its `span` of (start, end) offsets into that string. The words come from the
language data (`policyparse/lang/*.yaml`), never from code.
"""

from policyparse.values.due import DueDate, find_due_dates
from policyparse.values.money import Money, find_money
from policyparse.values.periods import Period, find_periods

__all__ = ["DueDate", "Money", "Period", "find_due_dates", "find_money", "find_periods"]

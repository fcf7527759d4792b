"""Amounts in table cells whose currency and scale stand in a header, as budget tables
write them: "£million | 2027-28 | 2028-29" over "Windsor Framework | 110.4 | 112.9",
"Libraries (£m) | 14 | 65 | 79", a "Kroner" column, "Investeringer i bygg (tall i mill
kr) | … | 612,0". A unit in a row's first cell holds for every number cell of that row and
the rows below it; one in another cell holds for its column below it. A table ends at a
line without a "|". Rows come as the readers write them (cells joined by "|").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from policyparse.values.money_grammar import MoneyGrammar, Unit, money_grammar
from policyparse.values.numbers import YEAR_SHAPED, alternation

Span = tuple[int, int]


@dataclass(frozen=True)
class CellUnit:
    unit: Unit
    scale: Decimal | int


@dataclass(frozen=True)
class TableGrammar:
    unit: re.Pattern[str]  # a header cell ending in a unit: "(£m)", "£million", "i mill kr"
    number: re.Pattern[str]  # a cell holding one number and nothing else


@cache
def table_grammar(code: str) -> TableGrammar:
    g = money_grammar(code)
    scale, currency = g.numbers.scale, alternation(g.units)
    unit = (
        rf"(?:^|[\s(])(?P<k>1[ .]?000\s*)?(?:(?P<s1>{scale})\s*)?(?P<cur>{currency})"
        rf"(?:\s*(?P<s2>{scale}))?\s*\)?\s*$"
    )
    return TableGrammar(
        unit=re.compile(unit, re.IGNORECASE),
        number=re.compile(rf"\s*(?P<n>{g.numbers.digits})\s*"),
    )


def _cells(text: str, start: int, end: int) -> Iterator[tuple[int, Span]]:
    """The cells of one row, as (column, span)."""
    column, left = 0, start
    for i in range(start, end + 1):
        if i == end or text[i] == "|":
            yield column, (left, i)
            column, left = column + 1, i + 1


def _unit(t: TableGrammar, g: MoneyGrammar, cell: str) -> CellUnit | None:
    """The unit a header cell names, if it names one and holds no amount of its own."""
    m = t.unit.search(cell)
    if m is None:
        return None
    own = cell[: m.start()].rstrip()[-1:].isdigit()  # "465 000 kr"; not "Budsjett 2027 (mill. kr)"
    if own and not m.group().lstrip().startswith("("):
        return None
    unit = g.unit(m["cur"])
    scale = g.numbers.scale_of(m["s1"] or m["s2"]) if m["s1"] or m["s2"] else 1
    return CellUnit(unit, scale * (1000 if m["k"] else 1) * unit.scale)


def table_cells(text: str, code: str) -> Iterator[tuple[Decimal, CellUnit, Span]]:
    """Every number cell under a unit: its value before the unit's scale, the unit, its span."""
    if "|" not in text:
        return
    t, g = table_grammar(code), money_grammar(code)
    units: dict[int | None, CellUnit] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if "|" not in line:
            units = {}  # a line without cells ends the table
            continue
        row = list(_cells(text, start, end))
        for column, (a, b) in row:
            if (found := _unit(t, g, text[a:b])) is not None:
                units[None if column == 0 else column] = found
        for column, (a, b) in row:
            cell = units.get(column) or units.get(None)
            number = t.number.fullmatch(text, a, b)
            if cell is None or number is None or YEAR_SHAPED.fullmatch(number["n"]):
                continue
            yield g.numbers.value(number["n"]), cell, number.span("n")

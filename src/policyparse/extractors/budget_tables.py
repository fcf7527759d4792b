"""Budget tables whose header carries the unit ("Mio. kr.", "£m", "NOK 1000", "i 1 000 kr"):
one funding item per amount cell, scaled by the header.

A column headed by a year or a period gives the cell its period ("2024" → 2024–2024);
the row's first cell says what the money is for; a "Total"/"I alt" row or column is the
total the other cells are `part_of`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from policyparse.blocks import Block
from policyparse.extractors.common import Context
from policyparse.model import Funding, Period
from policyparse.sections import Section, tables

if TYPE_CHECKING:
    from policyparse.extractors.funding import Mention

_NUMBER_CELL = re.compile(r"^[-−]?\d[\d .,]*$")
_BRACKETED = re.compile(r"\(([^()]+)\)")
_SYMBOL = re.compile(r"^\W\s*")
_UNIT_WORDS = 4  # a header cell longer than this is a label, not a unit


def budget_cells(ctx: Context) -> list[Mention]:
    """Funding mentions from every budget table outside boilerplate."""
    mentions: list[Mention] = []
    for section in ctx.sections():
        for rows in tables(section).values():
            mentions += _table(ctx, section, rows)
    return mentions


def table_unit(text: str, code: str) -> tuple[Decimal, str] | None:
    """The scale and currency a header cell states ("Mio. kr." → 1 000 000 DKK), if any."""
    # "2023-24 (£m)" has the unit in brackets; "Mio. kr. (2021-pl)" a price-level note
    inner = _BRACKETED.search(text)
    units = [inner.group(1), _BRACKETED.sub(" ", text)] if inner else [text]
    for unit in (" ".join(u.split()) for u in units):
        found = _probe(unit, code) if 0 < len(unit.split()) <= _UNIT_WORDS else None
        if found is not None:
            return found
    return None


def _probe(unit: str, code: str) -> tuple[Decimal, str] | None:
    """Read a unit by giving it the number 1: "Mio. kr." → "1 Mio. kr.", "£m" → "£1m"."""
    from policyparse.values import find_money

    symbol = _SYMBOL.match(unit)
    probes = [
        unit,
        f"{symbol.group().strip()}1{unit[symbol.end() :]}" if symbol else None,
        f"1 {unit}",
    ]
    for probe in filter(None, probes):
        for money in find_money(probe, code):
            covered = money.span[1] - money.span[0] >= 0.8 * len(probe.strip())
            if covered and money.currency and money.amount:
                return Decimal(str(money.amount)), money.currency
    return None


def _table(ctx: Context, section: Section, rows: list[list[Block]]) -> list[Mention]:
    from policyparse.extractors.funding import Mention

    units = [u for u in (table_unit(c.text, ctx.code) for c in rows[0]) if u]
    if not units:
        return []
    scale, currency = units[0]
    periods = {c.col: _column_period(ctx, c) for c in rows[0]}
    totals = _total_labels(ctx)
    total_cols = {c.col or 0 for c in rows[0] if c.text.strip().casefold() in totals}
    mentions: list[Mention] = []
    cells: dict[tuple[int, int], Mention] = {}  # (row, col) → its mention
    total_rows: set[int] = set()
    for row in rows[1:]:
        label = next((c for c in row if c.col == 0 and not _NUMBER_CELL.match(c.text)), None)
        for cell in row:
            amount = _amount(ctx, cell, scale, currency)
            if amount is None:
                continue
            funding = Funding(
                id="",
                amount=amount,
                currency=currency,
                basis="total",
                text=cell.text,
                period=periods.get(cell.col) or _plan_period(ctx),
                purpose=label.text if label else None,
                source=ctx.source(cell.start, cell.end),
            )
            mention = Mention(funding, section, (cell.start, cell.end))
            mentions.append(mention)
            cells[(cell.row or 0, cell.col or 0)] = mention
            if label is not None and label.text.strip().casefold() in totals:
                total_rows.add(cell.row or 0)
    _link_totals(cells, total_rows, total_cols)
    return mentions


def _link_totals(
    cells: dict[tuple[int, int], Mention], total_rows: set[int], total_cols: set[int]
) -> None:
    """A cell is a share of the total below it in its column, else of its row's total."""
    for (row, col), mention in cells.items():
        if row in total_rows or col in total_cols:
            continue
        whole = next((cells[(r, col)] for r in sorted(total_rows) if (r, col) in cells), None)
        whole = whole or next((cells[(row, c)] for c in total_cols if (row, c) in cells), None)
        mention.share, mention.whole = whole is not None, whole


def _amount(ctx: Context, cell: Block, scale: Decimal, currency: str) -> int | float | None:
    from policyparse.values import find_money

    if not _NUMBER_CELL.match(cell.text.strip()):
        return None
    found = find_money(f"{cell.text.strip()} {currency}", ctx.code)
    if not found:
        return None
    value = Decimal(str(found[0].amount)) * scale
    return int(value) if value == value.to_integral_value() else float(value)


def _column_period(ctx: Context, cell: Block) -> Period | None:
    from policyparse.values import find_periods

    text = cell.text.strip()
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return Period(start=int(text), end=int(text), text=text)
    found = find_periods(text, ctx.code)
    if found:
        return Period(start=found[0].start, end=found[0].end, text=text)
    return None


def _plan_period(ctx: Context) -> Period | None:
    """A column without a year ("I alt") covers the plan's own period."""
    plan: Period | None = ctx.value("period")
    return Period(start=plan.start, end=plan.end, text=plan.text) if plan else None


def _total_labels(ctx: Context) -> set[str]:
    return {x.casefold() for x in ctx.lang.get("extract.funding.total_rows", [])}

"""Rows of action-plan tables as initiatives ("Action | Lead | Timescale"): the column
headed like an initiative gives the title; lead/partner columns by their labels; the
timescale column a due date, a period or a year. Recommendation tables ("No. |
Recommendation | Timeframe") are action tables: any initiative label marks the title."""

from __future__ import annotations

import re

from policyparse.blocks import Block
from policyparse.extractors.common import Context
from policyparse.extractors.entries import Entry, decimal_number, make_entry
from policyparse.extractors.people import label_of, parse_people
from policyparse.model import Due, Initiative, Period
from policyparse.nlp import cue_matcher
from policyparse.sections import role_of, tables

_YEAR_CELL = re.compile(r"^\D{0,12}?((?:19|20)\d\d)\W*$")


def table_rows(ctx: Context, entries: list[Entry], used: set[int]) -> None:
    """Rows of action-plan tables: the column headed like an initiative is the title."""
    for section in ctx.sections():
        for rows in tables(section).values():
            columns = _columns(ctx, rows[0])
            if "title" not in columns:
                continue
            for row in rows[1:]:
                cells = {c.col: c for c in row}
                cell = cells.get(columns["title"])
                if cell is None or cell.start in used:
                    continue
                number, offset = decimal_number(cell)
                number = number or _number_column(row, cell)
                entry = make_entry(ctx, section, cell, offset, len(cell.text), number or "")
                for kind in ("lead", "partners", "both"):
                    if kind in columns and columns[kind] in cells:
                        people = parse_people(cells[columns[kind]].text, kind, ctx.lang)
                        entry.initiative.lead += people.lead
                        entry.initiative.partners += people.partners
                if "due" in columns and columns["due"] in cells:
                    _due_cell(ctx, entry.initiative, cells[columns["due"]])
                entries.append(entry)
                used.add(cell.start)


def _columns(ctx: Context, header: list[Block]) -> dict[str, int | None]:
    """Which column holds the initiative, its lead/partners and its timescale."""
    due_labels = {x.casefold() for x in ctx.lang.get("extract.initiatives.due_labels", [])}
    columns: dict[str, int | None] = {}
    for cell in header:
        label = label_of(f"{cell.text.rstrip(':')}: x", ctx.lang)
        if label is not None:
            columns.setdefault(label.kind, cell.col)
        elif cell.text.strip(" :").casefold() in due_labels:
            columns.setdefault("due", cell.col)
        elif role_of(cell.text, ctx.lang) == "initiatives" or _labels_initiative(ctx, cell.text):
            columns.setdefault("title", cell.col)
    return columns


def _labels_initiative(ctx: Context, header: str) -> bool:
    """ "Recommendation", "Anbefalinger", "Key deliverable": any initiative label (the
    numbered-heading labels, matched on lemmas) heads the title column too."""
    found = cue_matcher(ctx.code, "extract.initiatives").find(header)
    return any(c.label == "labels" for c in found)


def _due_cell(ctx: Context, initiative: Initiative, cell: Block) -> None:
    """A timescale cell: a deadline, a period, or a bare year (the year it is due)."""
    from policyparse.values import find_due_dates, find_periods

    dues, periods = find_due_dates(cell.text, ctx.code), find_periods(cell.text, ctx.code)
    s, e = cell.start, cell.end
    if dues:
        s, e = cell.start + dues[0].span[0], cell.start + dues[0].span[1]
        initiative.due = Due(date=dues[0].date, text=ctx.text(s, e), source=ctx.source(s, e))
    elif periods:
        p = periods[0]
        s, e = cell.start + p.span[0], cell.start + p.span[1]
        initiative.period = Period(
            start=p.start, end=p.end, text=ctx.text(s, e), source=ctx.source(s, e)
        )
    elif m := _YEAR_CELL.match(cell.text):
        initiative.due = Due(date=m.group(1), text=cell.text, source=ctx.source(s, e))


def _number_column(row: list[Block], title: Block) -> str | None:
    """A "No." column before the title: a cell that is only a number ("1.2" or "3.")."""
    for cell in row:
        text = cell.text.strip().rstrip(".")
        if (cell.col or 0) < (title.col or 0) and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", text):
            return text
    return None

"""Cross-cutting priorities the document names itself ("Cross-Cutting Priorities",
"tværgående indsatser", "gjennomgående hensyn"), kept apart from outcomes.

Sources: a table column whose header names priorities, a list introduced as priorities,
and the sub-headings of a priorities section. Numbered framework cells in such a column
are outcomes, not priorities.
"""

from __future__ import annotations

from policyparse.blocks import Block
from policyparse.extractors.common import Context, Found, same_text, trim
from policyparse.extractors.numbering import FRAMEWORK, LETTERED
from policyparse.model import Priority
from policyparse.sections import list_groups, role_of, tables


def extract_priorities(ctx: Context) -> Found:
    """Rules `priority-column`, `priority-list`, `priority-heading`."""
    blocks = [*_columns(ctx), *_lists(ctx), *_headings(ctx)]
    items: list[Priority] = []
    for block in sorted(blocks, key=lambda b: b.start):
        start, end = trim(ctx.doc.text, block.start, block.end)
        text = ctx.text(start, end)
        if not any(same_text(text, p.text) for p in items):
            ident = f"priority-{len(items) + 1}"
            items.append(Priority(id=ident, text=text, source=ctx.source(start, end)))
    return Found(items=items)


def _columns(ctx: Context) -> list[Block]:
    cells: list[Block] = []
    for section in ctx.sections():
        for rows in tables(section).values():
            header = rows[0]
            columns = {c.col for c in header if role_of(c.text, ctx.lang) == "priorities"}
            cells += [
                c
                for row in rows[1:]
                for c in row
                if c.col in columns and not FRAMEWORK.match(c.text) and not LETTERED.match(c.text)
            ]
    return cells


def _lists(ctx: Context) -> list[Block]:
    """Top-level items of priority lists (nested items spell a priority out)."""
    items = []
    for section in ctx.sections():
        for group in list_groups(section, ctx.lang):
            if group.role == "priorities":
                top = min(b.level or 0 for b in group.items)
                items += [b for b in group.items if (b.level or 0) == top]
    return items


def _headings(ctx: Context) -> list[Block]:
    return [
        child.heading
        for section in ctx.sections()
        if section.role == "priorities" and section.parent is not None
        for child in section.children
        if child.heading is not None and child.role is None
    ]

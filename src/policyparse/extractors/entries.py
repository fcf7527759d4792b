"""An initiative as the extractors build it: its words, its place and its number."""

from __future__ import annotations

from dataclasses import dataclass

from policyparse.blocks import Block, BlockKind
from policyparse.extractors.common import Context, first_sentence, title_span, trim
from policyparse.extractors.numbering import DECIMAL, parent_number
from policyparse.model import Initiative
from policyparse.sections import Section


@dataclass
class Entry:
    """An initiative found, before ids and nesting."""

    initiative: Initiative
    parent: str | Entry | None
    section: Section
    start: int  # where its words begin
    scope_end: int = 0  # its description (and money) lies before this offset


def decimal_number(block: Block) -> tuple[str | None, int]:
    """A decimal number that opens a block ("10.1.2 …" or a "10.1.2" list marker)."""
    if block.marker and DECIMAL.match(f"{block.marker} x"):
        return block.marker.rstrip("."), 0
    m = DECIMAL.match(block.text)
    return (m["num"], m.start("text")) if m else (None, 0)


def make_entry(
    ctx: Context, section: Section, block: Block, start: int, end: int, ident: str
) -> Entry:
    """An initiative from the words of a block: first sentence as title, all as text."""
    s, e = trim(ctx.doc.text, block.start + start, block.start + end)
    text = None
    if e - s < 3 and block.kind is BlockKind.HEADING and section.blocks:
        first = section.blocks[0]
        s, e = trim(ctx.doc.text, first.start, first.end)
    ts, te = first_sentence(ctx, block, s) if block.start <= s < block.end else (s, e)
    te = min(te, e)
    if block.kind is not BlockKind.HEADING:
        ts, te = title_span(ctx.doc.text, ts, te)
    if te < e:
        text = ctx.text(s, e)
    initiative = Initiative(id=ident, title=ctx.text(ts, te), text=text, source=ctx.source(s, e))
    return Entry(initiative, parent_number(ident), section, s)

"""Outcomes: outcome lists, numbered outcome headings and outcome frameworks.

- a list whose section or introducing line names outcomes: one outcome per item, nested
  items as children;
- "Outcome 2: …" headings (labels in `extract.outcomes.labels`);
- a framework laid out as a table: numbered cells ("01 Fewer people …") with lettered
  cells ("a) …") below them in the same column as children.
An outcome stated twice (a graphic's text, then the table) is kept once, numbered
version first.
"""

from __future__ import annotations

from policyparse.blocks import Block
from policyparse.extractors.common import Context, Found, same_text, trim
from policyparse.extractors.numbering import FRAMEWORK, LETTERED, labelled
from policyparse.model import Outcome
from policyparse.sections import list_groups, tables

NOT_OUTCOME_ROLES = frozenset({"initiatives", "funding", "contact"})


def extract_outcomes(ctx: Context) -> Found:
    """Rules `outcome-framework`, `outcome-heading`, `outcome-list`, then de-duplication."""
    found = [*_frameworks(ctx), *_headings(ctx), *_lists(ctx)]
    kept: list[Outcome] = []
    for outcome in found:
        if not any(same_text(outcome.text, k.text) for k in _flat(kept)):
            kept.append(outcome)
    return Found(items=_unique_ids(kept))


def _frameworks(ctx: Context) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for section in ctx.sections():
        if section.effective_role in NOT_OUTCOME_ROLES:
            continue
        for rows in tables(section).values():
            outcomes += framework(ctx, rows)
    return outcomes


def framework(ctx: Context, rows: list[list[Block]]) -> list[Outcome]:
    """Numbered cells become outcomes; lettered cells their children, by column."""
    tops = [c for row in rows for c in row if FRAMEWORK.match(c.text)]
    if not is_framework(tops):
        return []
    outcomes = [_item(ctx, c, FRAMEWORK.match(c.text)["num"], FRAMEWORK) for c in tops]  # type: ignore[index]
    first_col = min(c.col or 0 for c in tops)
    for row in rows:
        for cell in row:
            m = LETTERED.match(cell.text)
            if m is None:
                continue
            index = min(max((cell.col or 0) - first_col, 0), len(outcomes) - 1)
            parent = outcomes[index]
            parent.children.append(_item(ctx, cell, parent.id + m["letter"], LETTERED))
    return outcomes


def is_framework(cells: list[Block]) -> bool:
    """Numbered statements 1, 2, … (or 01, 02, …) in order: "14 dage" is no framework."""
    numbers = [int(FRAMEWORK.match(c.text)["num"]) for c in cells]  # type: ignore[index]
    statements = all(len(c.text.split()) >= 4 for c in cells)
    return len(cells) >= 2 and statements and numbers == list(range(1, len(cells) + 1))


def _item(ctx: Context, block: Block, ident: str, shape: object) -> Outcome:
    m = FRAMEWORK.match(block.text) if shape is FRAMEWORK else LETTERED.match(block.text)
    offset = m.start("text") if m else 0
    start, end = trim(ctx.doc.text, block.start + offset, block.end)
    return Outcome(id=ident, text=ctx.text(start, end), source=ctx.source(start, end))


def _headings(ctx: Context) -> list[Outcome]:
    labels = ctx.lang.get("extract.outcomes.labels", [])
    words = ctx.lang.get("extract.initiatives.number_words", [])
    outcomes = []
    for section in ctx.sections():
        if section.heading is None:
            continue
        head = section.heading
        for n in labelled(head.text, labels, words):
            start, end = trim(ctx.doc.text, head.start + n.text_start, head.start + n.text_end)
            if end - start < 3 and section.blocks:
                start, end = trim(ctx.doc.text, section.blocks[0].start, section.blocks[0].end)
            outcomes.append(
                Outcome(id=n.number, text=ctx.text(start, end), source=ctx.source(start, end))
            )
    return outcomes


def _lists(ctx: Context) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for section in ctx.sections():
        for group in list_groups(section, ctx.lang):
            if group.role != "outcomes":
                continue
            top = min(b.level or 0 for b in group.items)
            for block in group.items:
                start, end = trim(ctx.doc.text, block.start, block.end)
                item = Outcome(id="", text=ctx.text(start, end), source=ctx.source(start, end))
                if (block.level or 0) > top and outcomes:
                    outcomes[-1].children.append(item)
                else:
                    outcomes.append(item)
    return outcomes


def _flat(outcomes: list[Outcome]) -> list[Outcome]:
    return [x for o in outcomes for x in (o, *o.children)]


def _unique_ids(outcomes: list[Outcome]) -> list[Outcome]:
    """Document numbering where given and unique, else outcome-N in order of appearance."""
    seen: set[str] = set()
    for n, outcome in enumerate(_flat(outcomes), start=1):
        if not outcome.id or outcome.id in seen:
            outcome.id = f"outcome-{n}"
        seen.add(outcome.id)
    return outcomes

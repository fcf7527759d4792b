"""Initiatives: what the plan will do, with lead, partners, due date and period.

Rules, in order; a block feeds one initiative at most:
- `numbered`: "<label> [nr.] N: …" anywhere ("Strategic Action 10.1: …", "Initiativ nr. 3:",
  two in one heading), and decimal items below them ("10.1.2 …") as their children;
- `list`: the items of a list whose section or introducing line names initiatives;
- `table`: the rows of an action-plan table ("Action | Lead | Timescale");
- `heading`: the sub-headings of an initiatives section (the title's own section only
  when nothing else was found: "Initiativer og indsatser til …" over short sections).
"Lead and Key Partners:" lines give `lead`/`partners` to the initiative before them.
"""

from __future__ import annotations

import re

from policyparse.blocks import Block, BlockKind
from policyparse.extractors.common import Context, Found, names_something, quote, same_text, trim
from policyparse.extractors.entries import Entry, decimal_number, make_entry
from policyparse.extractors.initiative_tables import table_rows
from policyparse.extractors.numbering import labelled, parent_number
from policyparse.extractors.people import label_of, parse_people
from policyparse.model import Due, Initiative, Period
from policyparse.sections import Section, list_groups


def extract_initiatives(ctx: Context) -> Found:
    """All initiative rules, then due dates, periods, ids and nesting."""
    entries: list[Entry] = []
    warnings: list[str] = []
    used: set[int] = set()
    _numbered(ctx, entries, used, warnings)
    _lists(ctx, entries, used, warnings)
    _commitments(ctx, entries, used)
    table_rows(ctx, entries, used)
    _headings(ctx, entries, used, root=False)
    if not entries:
        _headings(ctx, entries, used, root=True)
    entries.sort(key=lambda e: e.start)
    _scopes(ctx, entries)
    for entry in entries:
        _dates(ctx, entry.initiative)
    return Found(items=_nest(entries, warnings), value=entries, warnings=warnings)


def _numbered(ctx: Context, entries: list[Entry], used: set[int], warnings: list[str]) -> None:
    labels = ctx.lang.get("extract.initiatives.labels", [])
    words = ctx.lang.get("extract.initiatives.number_words", [])
    known: set[str] = set()
    for section, block in ctx.text_blocks():
        if block.kind is BlockKind.TABLE_CELL:
            continue
        hits = labelled(block.text, labels, words)
        number, offset = decimal_number(block)
        if hits:
            for n in hits:
                entries.append(make_entry(ctx, section, block, n.text_start, n.text_end, n.number))
                known.add(n.number)
            _closing_people(ctx, block, entries[-1].initiative, warnings)
        elif number and (parent_number(number) in known or section.effective_role == "initiatives"):
            entries.append(make_entry(ctx, section, block, offset, len(block.text), number))
            _closing_people(ctx, block, entries[-1].initiative, warnings)
            known.add(number)
        elif not (
            entries
            and entries[-1].section is section
            and _people(ctx, block.text, entries[-1].initiative, warnings)
        ):
            continue
        used.add(block.start)


def _closing_people(
    ctx: Context, block: Block, initiative: Initiative, warnings: list[str]
) -> None:
    """ "… skal utrede tiltaket. Ansvar: HOD": a label closing the description itself."""
    spans = ctx.sentences(block) if block.kind is not BlockKind.HEADING else []
    if len(spans) > 1:
        _people(ctx, ctx.text(*spans[-1]), initiative, warnings)


def _people(ctx: Context, text: str, initiative: Initiative, warnings: list[str]) -> bool:
    """Lead and partners from a "Lead and Key Partners: …" line; False when it is none."""
    label = label_of(text, ctx.lang)
    if label is None:
        return False
    people = parse_people(text[label.value_start :], label.kind, ctx.lang)
    initiative.lead += people.lead
    initiative.partners += people.partners
    if people.unsplit:
        warnings.append(
            f"initiative {initiative.id}: lead and partners {quote(people.lead[0])} run together "
            "and no known organisation tells them apart: kept as one lead"
        )
    return True


def _lists(ctx: Context, entries: list[Entry], used: set[int], warnings: list[str]) -> None:
    for section in ctx.sections():
        for group in list_groups(section, ctx.lang):
            if group.role != "initiatives":
                continue
            top = min(b.level or 0 for b in group.items)
            parent: Entry | None = None
            added = []
            for block in group.items:
                if block.start in used:
                    continue
                entry = make_entry(ctx, section, block, 0, len(block.text), _marker_number(block))
                entry.scope_end = block.end  # a list item's money is in the item itself
                if (block.level or 0) > top and parent is not None:
                    entry.parent = parent
                else:
                    parent = entry
                    added.append(entry)
                entries.append(entry)
                used.add(block.start)
            _list_people(ctx, section, group.items[-1], added, warnings)


def _commitments(ctx: Context, entries: list[Entry], used: set[int]) -> None:
    """Rule `commitment`: in an initiatives section, each paragraph that opens with a
    commitment ("We will …", "Regjeringen vil …") is one initiative, unless it speaks of
    the document itself (`extract.initiatives.document_words`)."""
    commitments = ctx.lang.get("extract.initiatives.commitments", [])
    openings = tuple(f"{c.casefold()} " for c in commitments)
    for section in ctx.sections():
        if section.role != "initiatives" or section.parent is None:
            continue
        for block in section.blocks:
            text = block.text.rstrip()
            if block.kind is not BlockKind.PARAGRAPH or block.start in used or text.endswith(":"):
                continue
            if openings and text.casefold().startswith(openings) and not _about_plan(ctx, block):
                entries.append(make_entry(ctx, section, block, 0, len(block.text), ""))
                used.add(block.start)


def _about_plan(ctx: Context, block: Block) -> bool:
    """ "We will deliver the following six action areas. Each lists …": a commitment
    whose object is the document's own structure introduces content, it is none."""
    spans = ctx.sentences(block)
    first = ctx.text(*spans[0]) if spans else block.text
    words = ctx.lang.get("extract.initiatives.document_words", [])
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", first, re.I) for w in words)


def _list_people(
    ctx: Context, section: Section, last: Block, added: list[Entry], warnings: list[str]
) -> None:
    """An "Ansvar: …" / "Lead: …" line right after a list speaks for all its items."""
    after = section.blocks.index(last) + 1
    if after < len(section.blocks):
        for entry in added:
            _people(ctx, section.blocks[after].text, entry.initiative, warnings)


_SAME_NUMBER_RATIO = 0.6  # one number, much the same words: one initiative told twice


def _marker_number(block: Block) -> str:
    """The document's own number of a list item ("3." → "3"), else ""."""
    marker = (block.marker or "").strip("().")
    return marker if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", marker) else ""


def _headings(ctx: Context, entries: list[Entry], used: set[int], *, root: bool) -> None:
    for section in ctx.sections():
        if section.role != "initiatives" or (section.parent is None) != root:
            continue
        children = [s for s in section.walk() if s is not section] if root else section.children
        for child in children:
            head = child.heading
            if head is None or child.role not in (None, "initiatives") or head.start in used:
                continue
            if child.role and not names_something(head.text, ctx.code):
                continue  # "What we will do", "Tiltak", "Key actions for 2024": a label
            s, e = trim(ctx.doc.text, head.start, head.end)
            # the paragraph right below the heading describes it; the span covers both
            body = child.blocks[0] if child.blocks else None
            text = None
            if body is not None and body.kind is BlockKind.PARAGRAPH:
                bs, e = trim(ctx.doc.text, body.start, body.end)
                text = ctx.text(bs, e)
            title = ctx.text(*trim(ctx.doc.text, head.start, head.end))
            initiative = Initiative(id="", title=title, text=text, source=ctx.source(s, e))
            entries.append(Entry(initiative, None, child, s))
            used.add(head.start)


def _scopes(ctx: Context, entries: list[Entry]) -> None:
    """Each initiative's words run to the next initiative or the end of its section."""
    for i, entry in enumerate(entries):
        section_end = _end_of(entry.section)
        following = entries[i + 1].start if i + 1 < len(entries) else len(ctx.doc.text)
        if entry.initiative.source.end > entry.scope_end:  # not yet bounded by its item
            entry.scope_end = max(min(section_end, following), entry.initiative.source.end)


def _end_of(section: Section) -> int:
    ends = [b.end for s in section.walk() for b in s.blocks]
    ends += [s.heading.end for s in section.walk() if s.heading is not None]
    return max(ends, default=0)


def _dates(ctx: Context, initiative: Initiative) -> None:
    """`due` from deadlines and `period` from periods in the initiative's own words."""
    from policyparse.values import find_due_dates, find_periods

    start, end = initiative.source.start, initiative.source.end
    words = ctx.text(start, end)
    for due in find_due_dates(words, ctx.code)[: initiative.due is None]:
        s, e = start + due.span[0], start + due.span[1]
        initiative.due = Due(date=due.date, text=ctx.text(s, e), source=ctx.source(s, e))
    for found in find_periods(words, ctx.code)[: initiative.period is None]:
        s, e = start + found.span[0], start + found.span[1]
        initiative.period = Period(
            start=found.start, end=found.end, text=ctx.text(s, e), source=ctx.source(s, e)
        )


def _nest(entries: list[Entry], warnings: list[str]) -> list[Initiative]:
    """Ids (document numbering, else initiative-N), children under their parents, and an
    initiative stated twice (a summary table, then the text) kept once."""
    by_id: dict[str, Initiative] = {}
    top: list[Initiative] = []
    for n, entry in enumerate(entries, start=1):
        item = entry.initiative
        twin = _twin(item, by_id)
        if twin is not None:
            _merge(twin, item)
            entry.initiative = twin  # its money still finds the initiative
            continue
        if not item.id or item.id in by_id:
            item.id = f"initiative-{n}"
        by_id[item.id] = item
        parent = entry.parent
        if isinstance(parent, Entry):
            parent = parent.initiative.id
        if parent and parent in by_id:
            by_id[parent].children.append(item)
        else:
            top.append(item)
    merged = len(entries) - len(by_id)
    if merged:
        warnings.append(f"{merged} initiative(s) stated twice were kept once")
    return top


def _twin(item: Initiative, by_id: dict[str, Initiative]) -> Initiative | None:
    """The same initiative found before: same number and much the same words, or the
    same words."""
    numbered = by_id.get(item.id) if item.id else None
    if numbered is not None and same_text(numbered.title, item.title, _SAME_NUMBER_RATIO):
        return numbered
    return next((i for i in by_id.values() if same_text(i.title, item.title)), None)


def _merge(kept: Initiative, other: Initiative) -> None:
    """What the second mention adds (its words stay in its own span, so not its text)."""
    kept.lead = kept.lead or other.lead
    kept.partners = kept.partners or other.partners
    kept.due = kept.due or other.due
    kept.period = kept.period or other.period

"""Funding: the money the plan commits, with its period, purpose and place among totals.

`find_money` runs over every sentence and table cell; then the plan-level judgement:
- past spending ("invested since 2008"), the cost of a problem ("costs £196m a year"),
  fines and seizures are left out (`extract.funding.exclude`, judged on the words around
  each amount), as are amounts per person/week (`basis: other`);
- the period is the one stated in the same sentence; a single year there is that year
  (`{start: Y, end: Y}`) unless the section says until when; an end-only period takes its
  start from a year stated earlier in the section; otherwise the plan's period, with a
  warning each time words outside the sentence were used;
- the same amount mentioned twice is one item, unless in two items of one list; an
  amount introduced as a share ("heraf", "of which") is `part_of` the larger amount
  before it, and a list's amounts under a stated total are its shares.
Budget tables with the unit in their header are read by `budget_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from policyparse.blocks import Block, BlockKind
from policyparse.extractors.budget_tables import budget_cells
from policyparse.extractors.common import Context, Found, fold, quote, trim
from policyparse.extractors.funding_judgement import (
    YEAR,
    before_plan,
    list_runs,
    list_shares,
    matches,
    reference_year,
    same_funding,
    siblings,
)
from policyparse.model import Funding, Period
from policyparse.sections import Section

_PURPOSE_WORDS = 3  # "Der afsættes" names no purpose


@dataclass
class Mention:
    funding: Funding
    section: Section
    sentence: tuple[int, int]
    share: bool = False
    whole: Mention | None = None  # the total a table cell is a share of
    words: str = ""  # the words of its sentence that belong to this amount
    notes: list[str] = field(default_factory=list)  # warnings, if it is kept
    block: Block | None = None  # the block it was found in (not for budget-table cells)


def extract_funding(ctx: Context) -> Found:
    """Money in sentences and budget tables → judged, dated, merged funding items."""
    warnings: list[str] = []
    mentions = [*_sentence_mentions(ctx, warnings), *budget_cells(ctx)]
    kept: list[Mention] = []
    merged: dict[int, Mention] = {}  # id() of a repeated mention → the one kept
    runs = list_runs(ctx)
    for mention in sorted(mentions, key=lambda m: m.funding.source.start):
        twin = next(
            (
                k
                for k in kept
                if same_funding(k.funding, mention.funding)
                and not siblings(runs, k.block, mention.block)
            ),
            None,
        )
        if twin is None:
            kept.append(mention)
            continue
        merged[id(mention)] = twin
        if twin.funding.period is None and mention.funding.period is not None:
            twin.funding.period = mention.funding.period
    for n, mention in enumerate(kept, start=1):
        mention.funding.id = f"funding-{n}"
    for mention in kept:
        if mention.whole is not None:
            mention.funding.part_of = merged.get(id(mention.whole), mention.whole).funding.id
    _shares(kept)
    warnings += list_shares(ctx, [(m.funding, m.block) for m in kept])
    items = [m.funding for m in kept]
    return Found(items=items, value=_links(ctx, items), warnings=warnings)


def _sentence_mentions(ctx: Context, warnings: list[str]) -> list[Mention]:
    from policyparse.values import find_money

    excluded = 0
    mentions: list[Mention] = []
    for section, block in ctx.text_blocks():
        for start, end in ctx.sentences(block):
            sentence = ctx.text(start, end)
            found = [
                m
                for m in find_money(sentence, ctx.code, ctx.value("country"))
                if m.basis != "other"
            ]
            for i, money in enumerate(found):
                before = found[i - 1].span[1] if i else 0
                after = found[i + 1].span[0] if i + 1 < len(found) else len(sentence)
                window = sentence[before:after]  # the words that belong to this amount
                if money.currency is None:
                    warnings.append(f"an amount with no currency was left out: {quote(sentence)}")
                    continue
                mention = _mention(ctx, section, block, (start, end), money, window)
                if mention is None:
                    excluded += 1
                    continue
                mentions.append(mention)
    year = reference_year(ctx, [m.funding.period for m in mentions])
    kept = [m for m in mentions if not before_plan(ctx, m.words, m.funding.period, year)]
    excluded += len(mentions) - len(kept)
    warnings += [note for m in kept for note in m.notes]
    if excluded:
        warnings.append(
            f"{excluded} amount(s) of past spending, problem costs, fines or seizures "
            "were left out of funding"
        )
    return kept


def _mention(
    ctx: Context,
    section: Section,
    block: Block,
    sentence: tuple[int, int],
    money: Any,
    window: str,
) -> Mention | None:
    """One amount as a funding mention, or None when it is not the plan's money."""
    if matches(ctx, "extract.funding.exclude", window):
        return None
    start = sentence[0]
    s, e = start + money.span[0], start + money.span[1]
    funding = Funding(
        id="",
        amount=money.amount,
        currency=money.currency,
        basis="per_year" if money.basis == "per_year" else "total",
        text=ctx.text(s, e),
        source=ctx.source(s, e),
        purpose=_purpose(ctx, ctx.text(*sentence), money.span),
        period=None,
    )
    share = matches(ctx, "extract.funding.share", window)
    mention = Mention(funding, section, sentence, share, words=window, block=block)
    funding.period = _period(ctx, mention, block, mention.notes)
    if money.latent:
        mention.notes.append(
            f"{quote(funding.text)}: currency {money.currency} inferred from "
            "the plan's language or country"
        )
    return mention


def _period(ctx: Context, mention: Mention, block: Block, warnings: list[str]) -> Period | None:
    """Same sentence first; then the section for a missing end or start; then the plan."""
    from policyparse.values import find_periods

    start, end = mention.sentence
    sentence = ctx.text(start, end)
    label = quote(mention.funding.text)
    periods = find_periods(sentence, ctx.code)
    row_period = None if periods else _row_period(ctx, mention.section, block)
    if row_period is not None:
        return row_period
    if periods:
        p = periods[0]
        period = Period(start=p.start, end=p.end, text=sentence[p.span[0] : p.span[1]])
        if p.start is None and p.end is not None:
            year = _year_before(ctx, mention.section, start)
            if year is not None and year <= p.end:
                warnings.append(f"{label}: start year {year} taken from earlier in its section")
                return replace(period, start=year)
        return period
    single = [int(y.group()) for y in YEAR.finditer(sentence)]
    if single:
        until = _until_after(ctx, mention.section, end, single[0])
        if until is not None:
            warnings.append(
                f"{label}: end year {until.end} taken from later in its section ({until.text!r})"
            )
            return Period(start=single[0], end=until.end, text=f"{single[0]} … {until.text}")
        return Period(start=single[0], end=single[0], text=str(single[0]))
    plan: Period | None = ctx.value("period")
    if plan is not None:
        warnings.append(
            f"{label}: no period in its sentence; the plan's period {plan.text!r} is assumed"
        )
        return Period(start=plan.start, end=plan.end, text=plan.text)
    return None


def _row_period(ctx: Context, section: Section, block: Block) -> Period | None:
    """A money cell of a table row takes the period stated in another cell of its row."""
    from policyparse.values import find_periods

    if block.kind is not BlockKind.TABLE_CELL:
        return None
    for cell in section.blocks:
        same_row = (cell.table, cell.row) == (block.table, block.row)
        if same_row and cell.kind is BlockKind.TABLE_CELL and cell is not block:
            for p in find_periods(cell.text, ctx.code)[:1]:
                return Period(start=p.start, end=p.end, text=cell.text[p.span[0] : p.span[1]])
    return None


def _year_before(ctx: Context, section: Section, offset: int) -> int | None:
    years = [
        int(m.group())
        for b in section.blocks
        if b.start < offset
        for m in YEAR.finditer(ctx.text(b.start, min(b.end, offset)))
    ]
    return min(years, default=None)


def _until_after(ctx: Context, section: Section, offset: int, year: int) -> Period | None:
    from policyparse.values import find_periods

    for block in section.blocks:
        if block.end <= offset:
            continue
        s = max(block.start, offset)
        for p in find_periods(ctx.text(s, block.end), ctx.code):
            if p.start is None and p.end is not None and p.end >= year:
                return Period(start=None, end=p.end, text=ctx.text(s + p.span[0], s + p.span[1]))
    return None


def _purpose(ctx: Context, sentence: str, span: tuple[int, int]) -> str | None:
    """What the money pays for: after a purpose marker ("til at", "to") near the amount,
    else the words before the amount when they are a short clause."""
    after = sentence[span[1] :]
    for marker in ctx.lang.get("extract.funding.purpose_markers", []):
        m = re.search(rf"(?<!\w){re.escape(marker)}\s+", after)
        if m and m.start() <= 40:
            s, e = trim(after, m.end(), len(after))
            return fold(after[s:e]) or None
    before = sentence[: span[0]]
    for word in ctx.lang.get("extract.funding.purpose_trailing", []):
        before = re.sub(rf"\s+{re.escape(word)}\s*$", "", before, flags=re.IGNORECASE)
    s, e = trim(before, 0, len(before))
    clause = before[s:e]
    words = len(clause.split())
    return fold(clause) if words >= _PURPOSE_WORDS and len(clause) <= 120 else None


def _shares(kept: list[Mention]) -> None:
    """A share ("heraf", a table row under a total) is `part_of` the nearest larger
    amount that is not itself a share, in its section if possible."""
    for mention in kept:
        if not mention.share or mention.funding.part_of:
            continue
        f = mention.funding
        larger = [
            k
            for k in kept
            if not k.share and k.funding.currency == f.currency and k.funding.amount > f.amount
        ]
        if larger:
            best = min(
                larger,
                key=lambda k: (
                    k.section is not mention.section,
                    abs(k.funding.source.start - f.source.start),
                ),
            )
            f.part_of = best.funding.id


def _links(ctx: Context, items: list[Funding]) -> dict[str, list[str]]:
    """Initiative id → ids of the funding stated within its words."""
    links: dict[str, list[str]] = {}
    entries = ctx.value("initiatives", [])
    for funding in items:
        inside = [e for e in entries if e.start <= funding.source.start < e.scope_end]
        if inside:
            owner = max(inside, key=lambda e: e.start).initiative.id
            links.setdefault(owner, []).append(funding.id)
    return links

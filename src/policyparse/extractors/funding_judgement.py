"""Funding judgements: what is the plan's money and when two mentions are one item.

- Background, not commitment: the patterns of `extract.funding.exclude` (past spending,
  problem costs, fines, a baseline budget told as a share of a total) and money dated
  before the plan's own year in the past tense, passives included ("I 2023 ble det
  bevilget …", "blev der i 2019 afsat …"). The plan's own year is its period's start,
  else, for a plan without a period (a budget press release), the latest year its
  other amounts are dated in.
- Amounts in the items of a list right under a stated total that add up to no more
  than it are its shares: `part_of` it, and dated like it when their item names no year.
- The same amount twice is one item, except in two items of one list ("- 25 millioner
  kroner til frivillige …", "- 25 millioner kroner til forebyggende tiltak …").
"""

from __future__ import annotations

import re

from policyparse.blocks import Block, BlockKind
from policyparse.extractors.common import Context, quote
from policyparse.model import Funding, Period

YEAR = re.compile(r"(?<![\d./-])(?:19|20)\d\d(?![\d/-])")


def matches(ctx: Context, key: str, text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in ctx.lang.get(key, []))


def reference_year(ctx: Context, periods: list[Period | None]) -> int | None:
    """The plan's own year: its period's start, else the latest year its money is dated in."""
    plan: Period | None = ctx.value("period")
    if plan is not None and plan.start is not None:
        return plan.start
    return max((p.start for p in periods if p is not None and p.start is not None), default=None)


def before_plan(ctx: Context, words: str, period: Period | None, year: int | None) -> bool:
    """Money dated before the plan's own year, told in the past tense and not reaching
    into the plan's years ("I 2019 brugte kommunerne 1,2 mia. kr.") is context."""
    if year is None:
        return False
    if period is not None and (period.end is None or period.end >= year):
        return False
    early = any(int(y.group()) < year for y in YEAR.finditer(words))
    past = ctx.lang.get("dates.past_cues", [])
    return early and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", words, re.I) for w in past)


def same_funding(a: Funding, b: Funding) -> bool:
    """One amount, basis and period (or an undated mention of it)."""
    if (a.amount, a.currency, a.basis) != (b.amount, b.currency, b.basis):
        return False
    return (
        a.period is None
        or b.period is None
        or (a.period.start, a.period.end) == (b.period.start, b.period.end)
    )


def siblings(runs: dict[int, int], a: Block | None, b: Block | None) -> bool:
    """Two items of one list: two things, whatever their amounts."""
    if a is None or b is None or a is b:
        return False
    return id(a) in runs and runs.get(id(a)) == runs.get(id(b))


def list_shares(ctx: Context, found: list[tuple[Funding, Block | None]]) -> list[str]:
    """ "120 millioner kroner til rusfeltet" then "- 40 millioner kroner til …", "- 30 …":
    the list's amounts are shares of the nearest amount before the list, when they add
    up to no more than it; an item naming no year takes the total's period."""
    warnings: list[str] = []
    runs = list_runs(ctx)
    by_run: dict[int, list[tuple[Funding, Block]]] = {}
    for funding, block in found:
        if block is not None and id(block) in runs:
            by_run.setdefault(runs[id(block)], []).append((funding, block))
    for shares in by_run.values():
        first = min(f.source.start for f, _ in shares)
        currency = shares[0][0].currency
        before = [
            f
            for f, b in found
            if f.source.start < first
            and (b is None or id(b) not in runs)
            and f.currency == currency
        ]
        total = max(before, key=lambda f: f.source.start, default=None)
        if total is None or sum(f.amount for f, _ in shares) > total.amount:
            continue
        for funding, block in shares:
            funding.part_of = funding.part_of or total.id
            if total.period is not None and not YEAR.search(block.text):
                funding.period = total.period
                warnings.append(f"{quote(funding.text)}: period taken from the total it is part of")
    return warnings


def list_runs(ctx: Context) -> dict[int, int]:
    """id() of each list-item block → the number of the run of list items it is in."""
    runs: dict[int, int] = {}
    run, previous = 0, False
    for block in ctx.doc.blocks:
        is_item = block.kind is BlockKind.LIST_ITEM
        if is_item:
            run += not previous
            runs[id(block)] = run
        previous = is_item
    return runs

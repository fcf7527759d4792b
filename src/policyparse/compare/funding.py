"""Funding figures a reader can check by hand: totals, per-year derivations, conversions.

Rules (issue 8): items that are `part_of` another are shown but never added to a total;
a `per_year` amount counts once per year of its period, inclusive (2016–2020 is five
years), and every such derived figure carries the words that explain it ("£50m × 6 years");
each currency is converted on its own, at the rate of the money's first year.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from policyparse.compare.currency import Rates, convert
from policyparse.model import Funding, Period, Plan

SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}


def money(amount: float | None, currency: str) -> str:
    """Short, human-checkable: £50m, DKK 54.3m, NOK 2.4bn, €1,250."""
    if amount is None:
        return ""
    for scale, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(amount) >= scale:
            text = f"{amount / scale:,.2f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        text = f"{amount:,.0f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{currency} {text}"


def span_years(start: int | None, end: int | None) -> int | None:
    """Inclusive count of years: 2016–2020 is 5."""
    if start is None or end is None or end < start:
        return None
    return end - start + 1


def span_text(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return ""
    if start == end:
        return str(start)
    return f"{'' if start is None else start}–{'' if end is None else end}"


@dataclass
class FundingLine:
    """One funding item of a plan, its own-currency total and its converted value."""

    id: str
    text: str
    amount: float
    currency: str
    basis: str
    start: int | None
    end: int | None
    part_of: str | None
    total: float | None = None
    derivation: str | None = None
    target: float | None = None
    rate: float | None = None
    rate_year: int | None = None
    conversion: str | None = None  # which rate was used, and any fallback
    notes: list[str] = field(default_factory=list)  # how the item was counted

    @property
    def counted(self) -> bool:
        return self.part_of is None


@dataclass
class FundingSummary:
    """A plan's funding in its own currencies and in the target currency."""

    currency: str
    lines: list[FundingLine]
    totals: dict[str, float]
    target_total: float | None
    per_year: float | None
    per_year_years: int | None
    per_year_note: str
    by_year: dict[int, float]
    derived: list[str]
    notes: list[str]


def _period(item: Funding, plan_period: Period | None) -> tuple[int | None, int | None, str]:
    """The item's own period; a per-year item without one takes the plan's (said so)."""
    if item.period is not None:
        return item.period.start, item.period.end, ""
    if item.basis == "per_year" and plan_period is not None:
        return plan_period.start, plan_period.end, "plan period "
    return None, None, ""


def funding_line(item: Funding, plan: Plan, rates: Rates, target: str) -> FundingLine:
    start, end, whose = _period(item, plan.period)
    line = FundingLine(
        id=item.id, text=item.text, amount=float(item.amount), currency=item.currency,
        basis=item.basis, start=start, end=end, part_of=item.part_of,
    )  # fmt: skip
    if item.basis == "per_year":
        years = span_years(start, end)
        if years is None:
            line.notes.append("per year with no closed period: not in the total")
        else:
            line.total = line.amount * years
            line.derivation = (
                f"{money(line.amount, line.currency)} × {years} years"
                f" ({whose}{span_text(start, end)})"
            )
    else:
        line.total = line.amount
    if line.part_of:
        line.notes.append(f"part of {line.part_of}: not added to the total")
    _convert(line, rates, target, start if start is not None else end)
    return line


def _convert(line: FundingLine, rates: Rates, target: str, year: int | None) -> None:
    if line.total is None:
        return
    result = convert(rates, line.total, line.currency, target, year)
    line.target, line.rate, line.rate_year = result.amount, result.rate, result.rate_year
    used = None
    if result.amount is not None and line.currency != target and result.rate:
        per = 1 / result.rate
        used = (
            f"{line.currency}→{target} at the {result.rate_year} average,"
            f" {per:.4g} {line.currency} per {target}"
        )
    line.conversion = "; ".join(n for n in (result.note, used) if n) or None


def summarise(plan: Plan, rates: Rates, target: str) -> FundingSummary:
    lines = [funding_line(item, plan, rates, target) for item in plan.funding]
    counted = [ln for ln in lines if ln.counted and ln.total is not None]
    totals: dict[str, float] = defaultdict(float)
    for ln in counted:
        totals[ln.currency] += ln.total or 0.0
    notes = [f"{ln.id}: {note}" for ln in lines for note in ln.notes]
    missing = [ln for ln in counted if ln.target is None]
    target_total = None if missing or not counted else sum(ln.target or 0.0 for ln in counted)
    if missing:
        notes.append(f"no {target} total: {', '.join(ln.id for ln in missing)} not convertible")
    years, why = _per_year(plan, counted) if target_total is not None else (None, "")
    per_year = target_total / years if target_total is not None and years else None
    derived = [f"{ln.id}: {ln.derivation}" for ln in lines if ln.derivation]
    return FundingSummary(
        currency=target, lines=lines, totals=dict(totals), target_total=target_total,
        per_year=per_year, per_year_years=years, per_year_note=why, by_year=_by_year(counted),
        derived=derived, notes=notes,
    )  # fmt: skip


def _per_year(plan: Plan, counted: list[FundingLine]) -> tuple[int | None, str]:
    """Years to divide the total by: those the funding covers, else the plan's own."""
    starts = [ln.start for ln in counted]
    ends = [ln.end for ln in counted]
    if counted and None not in starts and None not in ends:
        lo = min(s for s in starts if s is not None)
        hi = max(e for e in ends if e is not None)
        return span_years(
            lo, hi
        ), f"per year: ÷ {span_years(lo, hi)} years of funding {span_text(lo, hi)}"
    if plan.period is not None and span_years(plan.period.start, plan.period.end):
        years = span_years(plan.period.start, plan.period.end)
        where = span_text(plan.period.start, plan.period.end)
        return years, f"per year: ÷ {years} years of the plan period {where}"
    return None, "no per-year figure: neither the plan nor its funding states a period"


def _by_year(counted: list[FundingLine]) -> dict[int, float]:
    """Target-currency money per calendar year, each item spread evenly over its period."""
    spread: dict[int, float] = defaultdict(float)
    for ln in counted:
        years = span_years(ln.start, ln.end)
        if ln.target is None or years is None or ln.start is None:
            continue
        for year in range(ln.start, ln.start + years):
            spread[year] += ln.target / years
    return dict(sorted(spread.items()))

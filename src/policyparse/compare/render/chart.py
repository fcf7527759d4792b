"""An inline-SVG grouped bar chart of funding per year (one bar per plan and year)."""

from __future__ import annotations

import math
from html import escape
from typing import Any

from policyparse.compare.funding import money

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
LEFT, RIGHT, TOP, BOTTOM, LEGEND = 90, 20, 20, 40, 24


def nice_ceiling(value: float) -> float:
    """The axis top: the next round number (1, 1.2, 1.5, 2, … 10 × a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    steps = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
    return float(next(step * power for step in steps if step * power >= value))


def _colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _axis(peak: float, cur: str, width: int, plot_h: float) -> list[str]:
    out = []
    for k in range(5):
        y = TOP + plot_h - plot_h * k / 4
        label = escape(money(peak * k / 4, cur))
        out.append(
            f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    return out


def _bar(x: float, w: float, h: float, plot_h: float, colour: str, tip: str) -> str:
    return (
        f'<rect class="bar" x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{w:.1f}"'
        f' height="{h:.1f}" fill="{colour}"><title>{escape(tip)}</title></rect>'
    )


def _legend(docs: list[dict[str, Any]], height: int) -> list[str]:
    out = []
    for i, doc in enumerate(docs):
        y = height + LEGEND * i
        name = escape(f"{doc['label']}: {doc['title']}")
        out.append(f'<rect x="{LEFT}" y="{y - 10}" width="12" height="12" fill="{_colour(i)}"/>')
        out.append(f'<text x="{LEFT + 18}" y="{y}">{name}</text>')
    return out


def chart(data: dict[str, Any], width: int = 760, height: int = 320) -> str:
    """Bars per year in the comparison's currency; plans without dated money are left out."""
    cur = data["currency"]
    docs = [d for d in data["documents"] if d["funding"]["by_year"]]
    amounts = [{y["year"]: y["amount"] for y in d["funding"]["by_year"]} for d in docs]
    years = sorted({year for a in amounts for year in a})
    if not years:
        return f'<p id="chart">No funding with a period to chart in {escape(cur)}.</p>'
    peak = nice_ceiling(max(v for a in amounts for v in a.values()))
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP
    group = plot_w / len(years)
    bar = group * 0.8 / len(docs)
    parts = [
        f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{width}"'
        f' height="{height + LEGEND * len(docs)}" role="img"'
        f' aria-label="Funding per year in {escape(cur)}">',
        *_axis(peak, cur, width, plot_h),
    ]
    for g, year in enumerate(years):
        centre = LEFT + g * group + group / 2
        parts.append(
            f'<text x="{centre:.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">{year}</text>'
        )
        for i, (doc, amount) in enumerate(zip(docs, amounts, strict=True)):
            value = amount.get(year, 0.0)
            if not value:
                continue
            x = LEFT + g * group + group * 0.1 + i * bar
            tip = f"{doc['label']} {year}: {money(value, cur)}"
            parts.append(_bar(x, bar * 0.92, plot_h * value / peak, plot_h, _colour(i), tip))
    parts += [*_legend(docs, height), "</svg>"]
    return "\n".join(parts)

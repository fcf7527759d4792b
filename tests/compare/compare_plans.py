"""Small plans built in code, for compare tests that need one exact situation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policyparse.model import (
    Aim,
    DocumentInfo,
    Due,
    Funding,
    Initiative,
    Period,
    Plan,
    Source,
    SourceInfo,
)

PLANS = Path(__file__).parents[1] / "data" / "plans"
SAMPLE_PLANS = sorted(PLANS.glob("*.yaml"))
SPAN = Source(0, 1)


def period(start: int | None, end: int | None) -> Period:
    return Period(start=start, end=end, text=f"{start}-{end}", source=SPAN)


def funding(
    fid: str,
    amount: float,
    currency: str = "GBP",
    basis: str = "total",
    years: tuple[int | None, int | None] | None = None,
    part_of: str | None = None,
) -> Funding:
    return Funding(
        id=fid, amount=amount, currency=currency, basis=basis,  # type: ignore[arg-type]
        period=period(*years) if years else None, text=f"{amount} {currency}",
        part_of=part_of, source=SPAN,
    )  # fmt: skip


def initiative(iid: str, title: str, due: str | None = None, **more: Any) -> Initiative:
    return Initiative(
        id=iid, title=title, due=Due(date=due, text=due) if due else None, source=SPAN, **more
    )


def plan(
    *,
    title: str = "Drug strategy 2020-2024",
    country: str | None = "GB-SCT",
    language: str = "en",
    years: tuple[int | None, int | None] | None = (2020, 2024),
    funds: list[Funding] | None = None,
    initiatives: list[Initiative] | None = None,
    aims: list[str] | None = None,
) -> Plan:
    return Plan(
        document=DocumentInfo(
            title=title, language=language, country=country,
            source=SourceInfo(path="doc.txt", format="text", sha256="0" * 64, pages=None),
            generator="test",
        ),
        period=period(*years) if years else None,
        aims=[Aim(id=f"aim-{i}", text=t, source=SPAN) for i, t in enumerate(aims or [], 1)],
        initiatives=initiatives or [],
        funding=funds or [],
    )  # fmt: skip

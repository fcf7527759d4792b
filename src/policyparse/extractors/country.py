"""Which country's (or sub-national government's) plan this is.

Names that place a plan — governments, ministries, parliaments, places — are data
(`extract.country.cues`, each with an ISO 3166 code and a weight); the heaviest total wins.
A plan that names nobody is placed by the currency its money is written in. `--country`
overrides everything.
"""

from __future__ import annotations

import re
from collections import Counter

from policyparse.extractors.common import Context, Found


def extract_country(ctx: Context) -> Found:
    """Rule `country`: forced → weighted names → written currency → unknown."""
    if ctx.country:
        return Found(value=ctx.country)
    scores = name_scores(ctx.doc.text, ctx.lang.get("extract.country.cues", []))
    if scores:
        best = max(scores.items(), key=lambda kv: (kv[1], -_first(ctx.doc.text, kv[0], ctx)))
        return Found(value=best[0])
    code = _by_currency(ctx)
    if code:
        return Found(
            value=code, warnings=[f"country {code} inferred from the currency of the plan's money"]
        )
    return Found(
        warnings=["no government, place or currency names the country: country left empty"]
    )


def name_scores(text: str, cues: list[dict[str, object]]) -> Counter[str]:
    """Weighted counts of each country's names in the text (whole words, case as written)."""
    scores: Counter[str] = Counter()
    for cue in cues:
        name, code, weight = str(cue["name"]), str(cue["code"]), cue.get("weight", 1)
        hits = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
        if hits:
            scores[code] += hits * int(weight)  # type: ignore[call-overload]
    return scores


def _first(text: str, code: str, ctx: Context) -> int:
    """Where the country's first name occurs (earlier wins a tie)."""
    positions = [
        m.start()
        for cue in ctx.lang.get("extract.country.cues", [])
        if cue["code"] == code
        for m in [re.search(rf"(?<!\w){re.escape(str(cue['name']))}(?!\w)", text)]
        if m
    ]
    return min(positions, default=len(text))


def _by_currency(ctx: Context) -> str | None:
    from policyparse.values import find_money

    currencies: dict[str, str] = ctx.lang.get("extract.country.currencies", {})
    for money in find_money(ctx.doc.text, ctx.code):
        if money.currency and not money.latent and money.currency in currencies:
            return currencies[money.currency]
    return None

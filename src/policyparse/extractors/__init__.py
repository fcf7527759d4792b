"""Extractors: an ordered registry of pure functions from a `Context` to a `Found`.

Order matters: later extractors read what earlier ones found (the period needs the
title, aims leave out what outcomes and initiatives already hold, funding links itself
to initiatives and falls back on the plan's period).
"""

from __future__ import annotations

from collections.abc import Callable

from policyparse.extract.aims import extract_aims
from policyparse.extract.common import Context, Found
from policyparse.extract.country import extract_country
from policyparse.extract.funding import extract_funding
from policyparse.extract.initiatives import extract_initiatives
from policyparse.extract.outcomes import extract_outcomes
from policyparse.extract.period import extract_period
from policyparse.extract.priorities import extract_priorities
from policyparse.extract.title import extract_title

Extractor = Callable[[Context], Found]

EXTRACTORS: dict[str, Extractor] = {
    "title": extract_title,
    "country": extract_country,
    "period": extract_period,
    "outcomes": extract_outcomes,
    "priorities": extract_priorities,
    "initiatives": extract_initiatives,
    "aims": extract_aims,
    "funding": extract_funding,
}


def run_all(ctx: Context) -> Context:
    """Run every extractor in order; each result is stored under its name in `ctx.found`."""
    for name, extractor in EXTRACTORS.items():
        ctx.found[name] = extractor(ctx)
    return ctx


__all__ = ["EXTRACTORS", "Context", "Extractor", "Found", "run_all"]

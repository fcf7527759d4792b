"""Extractors: an ordered registry of pure functions from a `Context` to a `Found`.

(The package is `extractors`, not the `extract/` of the design sketch: a subpackage
named `extract` would shadow the public function `policyparse.extract(...)` as soon
as it is imported.)

Order matters: later extractors read what earlier ones found (the period needs the
title, aims leave out what outcomes and initiatives already hold, funding links itself
to initiatives and falls back on the plan's period).
"""

from __future__ import annotations

from collections.abc import Callable

from policyparse.extractors.aims import extract_aims
from policyparse.extractors.common import Context, Found
from policyparse.extractors.country import extract_country
from policyparse.extractors.funding import extract_funding
from policyparse.extractors.initiatives import extract_initiatives
from policyparse.extractors.outcomes import extract_outcomes
from policyparse.extractors.period import extract_period
from policyparse.extractors.priorities import extract_priorities
from policyparse.extractors.title import extract_title

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

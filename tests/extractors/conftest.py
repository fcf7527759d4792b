"""Extractor tests run the whole pipeline on short passages of real plans."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import pytest

from policyparse.model import Plan
from policyparse.pipeline import extract_plan

PlanOf = Callable[..., Plan]


@pytest.fixture
def plan_of() -> PlanOf:
    """`plan_of(text, lang, country=None)`: the plan of a passage given as text."""

    def run(text: str, lang: str, **options: Any) -> Plan:
        return extract_plan(textwrap.dedent(text).strip() + "\n", lang=lang, **options)

    return run


def flat(items: list[Any]) -> list[Any]:
    """Items with their children, depth first."""
    return [x for item in items for x in (item, *flat(getattr(item, "children", [])))]

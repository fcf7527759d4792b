"""A list's lead-in: the listed noun decides its role, not a cue in a modifier."""

# ruff: noqa: E501  (passages of real plans are kept whole, one per line)

from __future__ import annotations

import pytest
from tests.extractors.conftest import PlanOf

from policyparse.lang import load_language
from policyparse.sections import listed_role


@pytest.mark.parametrize(
    ("lead_in", "lang", "role"),
    [
        # Public Health Scotland's priorities; Healthy Ireland's goals
        (
            "These six public health priorities, which were agreed by the Scottish Government and COSLA, are:",
            "en",
            "priorities",
        ),
        (
            "The framework sets out four central goals for improving health and wellbeing:",
            "en",
            "aims",
        ),
        (
            "We will take forward the following actions to deliver these priorities:",
            "en",
            "initiatives",
        ),
        (
            "This plan is built on the following principles, which apply to every action in it:",
            "en",
            "priorities",
        ),
        (
            "By 2030 the strategy will achieve three outcomes in each of the action areas:",
            "en",
            "outcomes",
        ),
        ("We will:", "en", "initiatives"),
        ("Handlingsplanen har fire fokusområder for indsatsen:", "da", "priorities"),
        (
            "Der er fastlagt følgende principper, som gælder for alle initiativer:",
            "da",
            "priorities",
        ),
        (
            "Regjeringen vil prioritere tre innsatsområder i planperioden for tiltakene:",
            "no",
            "priorities",
        ),
        ("Planen har to hovedmål for arbeidet med tiltak:", "no", "aims"),
    ],
)
def test_the_listed_noun_decides(lead_in: str, lang: str, role: str) -> None:
    assert listed_role(lead_in, load_language(lang)) == role


def test_priority_areas_for_action_are_priorities(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Alcohol framework 2018

        Prevention

        Our work is organised around five priority areas for action:
        - Reducing consumption
        - Supporting families and communities
        """,
        "en",
    )
    assert [p.text for p in plan.priorities] == [
        "Reducing consumption",
        "Supporting families and communities",
    ]
    assert plan.initiatives == []

"""Aims, outcomes and priorities from passages of real plans."""

# ruff: noqa: E501  (passages of real plans are kept whole, one per line)

from __future__ import annotations

import pytest
from tests.extractors.conftest import PlanOf, flat


def test_aims_list_and_purpose_sentences(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Mestre hele livet

        Formålet med strategien er å fremme god psykisk helse i befolkningen.

        Strategien har fire hovedmål:

          • Fremme god psykisk helse og livskvalitet
          • Forebygge psykiske plager og lidelser
        """,
        "no",
    )
    assert [a.text for a in plan.aims] == [
        "fremme god psykisk helse i befolkningen",
        "Fremme god psykisk helse og livskvalitet",
        "Forebygge psykiske plager og lidelser",
    ]


def test_numbered_priority_heading_states_an_aim(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Mental health and wellbeing strategy: delivery plan 2023-2025
        Priority 3
        Improve access to community mental health support for children and young people. We will work with partners.
        Outcomes
        - More children get support when they need it.
        """,
        "en",
    )
    assert [a.text for a in plan.aims] == [
        "Improve access to community mental health support for children and young people"
    ]
    assert [o.text for o in plan.outcomes] == ["More children get support when they need it"]
    assert plan.priorities == []


def test_outcome_framework_table_kept_once(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Outcomes framework
        Our outcomes:
        - Fewer people develop problem drug use
        - Risk is reduced for people who take harmful drugs
        | Cross-Cutting Themes | Outcomes | |
        |---|---|---|
        Lived Experience | 01 Fewer people develop problem drug use | 02 Risk is reduced for people who take harmful drugs
        Tackle Stigma | a) Young people receive effective interventions | a) Overdoses are prevented from becoming fatal
        """,
        "en",
    )
    assert [(o.id, o.text) for o in plan.outcomes] == [
        ("01", "Fewer people develop problem drug use"),
        ("02", "Risk is reduced for people who take harmful drugs"),
    ]
    assert [c.id for c in flat(plan.outcomes) if c not in plan.outcomes] == ["01a", "02a"]
    assert [p.text for p in plan.priorities] == ["Lived Experience", "Tackle Stigma"]


def test_numbered_outcome_headings(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Learning disability strategy

        Outcome 1: People live healthier lives

        Text about it.

        Outcome 2: People are safe in their communities

        More text.
        """,
        "en",
    )
    assert [(o.id, o.text) for o in plan.outcomes] == [
        ("1", "People live healthier lives"),
        ("2", "People are safe in their communities"),
    ]


def test_priorities_list_kept_apart_from_outcomes(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Handlingsplan for psykiatrien

        Tværgående indsatser:

          • Brugerinddragelse
          • Pårørendeinddragelse
        """,
        "da",
    )
    assert [p.text for p in plan.priorities] == ["Brugerinddragelse", "Pårørendeinddragelse"]
    assert plan.outcomes == [] and plan.initiatives == []


def test_vision_statement_under_a_short_heading(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Rights, Respect and Recovery

        Our vision

        Scotland is a country where we live long, healthy and active lives.

        Introduction

        This strategy sets out how we will get there over a long text about many things that matter.
        """,
        "en",
    )
    assert [a.text for a in plan.aims] == [
        "Scotland is a country where we live long, healthy and active lives"
    ]


def test_nested_items_spell_a_priority_out(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        From harm to hope

        Our strategic priorities:

        - Break drug supply chains
            - close over 2,000 county lines
        - Deliver a world-class treatment and recovery system
        """,
        "en",
    )
    assert [p.text for p in plan.priorities] == [
        "Break drug supply chains",
        "Deliver a world-class treatment and recovery system",
    ]


def test_numbers_in_a_table_are_no_outcome_framework(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Behandling for stofmisbrug

        Forløb | Frist
        Udredning | 14 dage til første samtale
        Behandlingsstart | 30 dage efter henvendelsen
        """,
        "da",
    )
    assert plan.outcomes == []


def test_lead_in_under_an_outcomes_heading(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Best Start, Bright Futures: tackling child poverty delivery plan 2022-2026

        Outcomes

        We want to see:
        - More parents in sustainable, fair work
        - Lower household costs for families
        """,
        "en",
    )
    assert [o.text for o in plan.outcomes] == [
        "More parents in sustainable, fair work",
        "Lower household costs for families",
    ]


def test_purpose_clause_preferred_to_its_sentence(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Aftale om satspuljen for 2019-2022

        ## Formål

        Formålet med aftalen er at styrke indsatsen for mennesker med psykiske lidelser.

        ## Innsatsområde 1: Kunnskap
        """,
        "da",
    )
    assert [a.text for a in plan.aims] == ["styrke indsatsen for mennesker med psykiske lidelser"]


def test_the_noun_before_the_colon_decides(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Rights, respect and recovery

        Our approach

        We will measure our progress against the following outcomes:
        - Fewer people develop problem drug and alcohol use
        - Alcohol and drugs are less available and cause less harm
        """,
        "en",
    )
    assert [o.text for o in plan.outcomes] == [
        "Fewer people develop problem drug and alcohol use",
        "Alcohol and drugs are less available and cause less harm",
    ]
    assert plan.initiatives == []


def test_the_last_sentence_of_a_paragraph_introduces_the_list(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Regjeringens handlingsplan for forebygging av selvmord 2020–2025

        Selvmord rammer mange familier hvert år. Regjeringen har en nullvisjon for selvmord. Planen har tre delmål:
        - Flere skal få god og rask hjelp når de har selvmordstanker
        - Etterlatte skal få god oppfølging
        """,
        "no",
    )
    assert [a.text for a in plan.aims] == [
        "Regjeringen har en nullvisjon for selvmord",
        "Flere skal få god og rask hjelp når de har selvmordstanker",
        "Etterlatte skal få god oppfølging",
    ]
    assert plan.initiatives == []


def test_a_lead_in_is_never_an_aim_itself(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Mental health strategy 2023-2033

        Over the next 10 years, we aim to:
        - improve mental health and wellbeing for everyone
        """,
        "en",
    )
    assert [a.text for a in plan.aims] == ["improve mental health and wellbeing for everyone"]


def test_inline_vision_heading(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Suicide prevention strategy 2022-2032

        ## Vision: a Scotland where suicide is preventable

        We will work together.
        """,
        "en",
    )
    assert [a.text for a in plan.aims] == ["a Scotland where suicide is preventable"]


@pytest.mark.parametrize(
    ("sentence", "aims"),
    [
        ("Achieving the Vision is the national implementation plan for the dementia strategy.", []),
        (
            "Realising the Vision is the framework that replaces the 2012 plan and will shape services.",
            [],
        ),
        (
            "Our vision is a Scotland where everyone can live long, healthy and active lives.",
            ["a Scotland where everyone can live long, healthy and active lives"],
        ),
    ],
)
def test_an_aim_noun_in_a_documents_name_is_no_aim(
    plan_of: PlanOf, sentence: str, aims: list[str]
) -> None:
    plan = plan_of(f"Dementia strategy 2024-2029\n\nForeword\n\n{sentence}", "en")
    assert [a.text for a in plan.aims] == aims

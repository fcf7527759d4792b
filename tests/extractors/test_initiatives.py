"""Initiatives from passages of UK, Scottish, Irish, Danish and Norwegian plans."""

# ruff: noqa: E501  (passages of real plans are kept whole, one per line)

from __future__ import annotations

import pytest
from tests.extractors.conftest import PlanOf, flat


def test_numbered_hierarchy_with_lead_partners_and_due(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Reducing Harm, Supporting Recovery: action plan
        Strategic Action 2.1: Improve access to treatment for people who use drugs.
        2.1.1 Expand the availability of naloxone by the end of 2025.
        Lead: HSE
        Partners: Department of Health, Tusla, community organisations
        2.1.2 Develop a national clinical guideline for opioid substitution.
        Lead and Key Partners: Scottish Government NES, NHS Boards
        """,
        "en",
    )
    (action,) = plan.initiatives
    assert action.id == "2.1"
    assert [c.id for c in action.children] == ["2.1.1", "2.1.2"]
    first, second = action.children
    assert first.lead == ["HSE"]
    assert first.partners == ["Department of Health", "Tusla", "community organisations"]
    assert first.due is not None and first.due.date == "2025"
    assert second.lead == ["Scottish Government"]
    assert second.partners == ["NES", "NHS Boards"]


def test_run_together_lead_is_kept_and_warned(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Delivery plan
        Action 4: Publish a revised workforce plan.
        Lead and Key Partners: Regional Health Boards Voluntary Sector Forum
        """,
        "en",
    )
    (action,) = plan.initiatives
    assert action.lead == ["Regional Health Boards Voluntary Sector Forum"]
    assert any("run together" in w for w in plan.warnings)


def test_two_initiatives_in_one_heading(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Handlingsplan

        ### Initiativ nr. 1: Analyse af udredning & Initiativ nr. 2: Kapacitetsanalyse af behandlingen

        Initiativerne skal supplere hinanden.
        """,
        "da",
    )
    assert [(i.id, i.title) for i in plan.initiatives] == [
        ("1", "Analyse af udredning"),
        ("2", "Kapacitetsanalyse af behandlingen"),
    ]


def test_list_under_tiltak_heading(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Handlingsplan for forebygging av selvmord 2020–2025

        Regjeringens tiltak

          • Utvikle en nasjonal veileder for psykisk helse i skolen
          • Etablere et nasjonalt kompetansesenter for selvmordsforebygging innen 2023
        """,
        "no",
    )
    titles = [i.title for i in plan.initiatives]
    assert titles == [
        "Utvikle en nasjonal veileder for psykisk helse i skolen",
        "Etablere et nasjonalt kompetansesenter for selvmordsforebygging innen 2023",
    ]
    assert plan.initiatives[1].due is not None and plan.initiatives[1].due.date == "2023"


def test_action_plan_table(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Drug deaths taskforce: action plan

        Action | Lead | Timescale
        Roll out naloxone to all police officers | Police Scotland | 2024
        Publish new residential rehabilitation standards | Healthcare Improvement Scotland | 2023/24
        """,
        "en",
    )
    first, second = plan.initiatives
    assert first.title == "Roll out naloxone to all police officers"
    assert first.lead == ["Police Scotland"]
    assert first.due is not None and first.due.date == "2024"
    assert second.period is not None and (second.period.start, second.period.end) == (
        2023,
        2024,
    )


def test_headings_under_an_initiatives_page(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Initiativer og indsatser på området

        Her kan du læse om aktuelle initiativer.

        Opsøgende indsats

        Indsatsen er rettet mod de mest udsatte borgere.

        Bedre sammenhæng mellem forskning og praksis

        Projektet løber til og med 2019.
        """,
        "da",
    )
    assert [i.title for i in flat(plan.initiatives)] == [
        "Opsøgende indsats",
        "Bedre sammenhæng mellem forskning og praksis",
    ]


def test_numbered_list_keeps_the_documents_numbers(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Tobacco action plan

        Actions

        1. Raise the age of sale for tobacco products
        2. Expand stop smoking services in every health board
        """,
        "en",
    )
    assert [i.id for i in plan.initiatives] == ["1", "2"]


def test_number_column_of_an_action_table(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Reducing Harm, Supporting Recovery

        No. | Action | Lead | Partners
        1.1 | Develop a national naloxone programme | HSE | Department of Health
        1.2 | Publish a prevention framework for schools | Department of Education | HSE
        """,
        "en",
    )
    assert [(i.id, i.lead, i.partners) for i in plan.initiatives] == [
        ("1.1", ["HSE"], ["Department of Health"]),
        ("1.2", ["Department of Education"], ["HSE"]),
    ]


def test_a_title_naming_initiatives_does_not_make_every_list_one(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Initiativer og indsatser til personer med et stofmisbrug

        ## Nationale retningslinjer

        Socialstyrelsen har udarbejdet retningslinjer.

        - Retningslinjerne retter sig mod behandlere
        - Borgere kan også benytte retningslinjerne

        ### Udbredelse af behandlingsmodeller til unge

        Der er afsat 54,3 mio. kr.
        """,
        "da",
    )
    assert [i.title for i in plan.initiatives] == [
        "Nationale retningslinjer",
        "Udbredelse af behandlingsmodeller til unge",
    ]


def test_responsibility_line_after_a_list(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Handlingsplan for forebygging av selvmord 2020–2025

        ## Kunnskap om selvmord

        Regjeringen vil:

        - Etablere et nasjonalt register for selvmord innen 2022
        - Styrke forskningen på selvmord blant unge

        Ansvar: Helse- og omsorgsdepartementet

        Regjeringen foreslår å bevilge 15 millioner kroner i 2021 til oppfølging av planen.
        """,
        "no",
    )
    assert [(i.lead, i.funding) for i in plan.initiatives] == [
        (["Helse- og omsorgsdepartementet"], []),
        (["Helse- og omsorgsdepartementet"], []),
    ]
    assert plan.funding[0].amount == 15_000_000


def test_summary_table_and_text_give_one_initiative(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Alcohol framework 2023-2028

        Action | Lead | Timescale
        1.1 Introduce minimum unit pricing uplift | Scottish Government | 2024

        Action 1.1: Introduce minimum unit pricing uplift.
        Lead: Scottish Government

        Action 1: Publish a marketing consultation.
        Action 1: Review licensing law in the islands.
        """,
        "en",
    )
    titles = [(i.id, i.title) for i in plan.initiatives]
    assert titles[0] == ("1.1", "Introduce minimum unit pricing uplift")
    assert len(titles) == 3  # the two different "Action 1" stay apart
    assert any("stated twice" in w for w in plan.warnings)


def test_role_label_headings_are_no_initiatives(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Rights, respect and recovery

        ## Actions

        ### What we will do

        ### Residential rehabilitation

        Text about it.
        """,
        "en",
    )
    assert [i.title for i in plan.initiatives] == ["Residential rehabilitation"]


def test_responsibility_at_the_end_of_a_description(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Handlingsplan for forebygging av selvmord 2020–2025

        Tiltak 1: Folkehelseinstituttet skal etablere et nasjonalt register for selvmord. Ansvar: HOD
        """,
        "no",
    )
    assert [(i.id, i.lead) for i in plan.initiatives] == [("1", ["HOD"])]


def test_commitment_paragraphs_in_an_initiatives_section(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Alcohol framework 2023-2028

        ## What we will do

        We will consult on restricting alcohol marketing in public spaces.

        We will introduce a deposit return scheme for drinks containers by 2025.

        This builds on earlier work.
        """,
        "en",
    )
    assert [i.title for i in plan.initiatives] == [
        "We will consult on restricting alcohol marketing in public spaces",
        "We will introduce a deposit return scheme for drinks containers by 2025",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        (  # A Vision for Change (Ireland): numbered recommendations
            """
            A Vision for Change

            Rec. No. | Recommendation | Timeframe
            4 | Mental health services should be organised in catchment areas of 250,000 to 400,000 | 2027
            12 | A national mental health information system should be developed | 2026
            """,
            "en",
            [("4", "2027"), ("12", "2026")],
        ),
        (  # Danish health authority recommendations
            """
            Forebyggelsespakke om alkohol

            Nr. | Anbefaling | Tidsplan
            1 | Kommunen bør have en alkoholpolitik for alle arbejdspladser | 2025
            2 | Kommunen bør tilbyde alkoholbehandling uden ventetid | 2026
            """,
            "da",
            [("1", "2025"), ("2", "2026")],
        ),
        (  # Norwegian action plan table
            """
            Handlingsplan for bedre kosthold

            Nr. | Tiltak | Ansvar | Frist
            1 | Utvikle nasjonale retningslinjer for mat i skolen | Helsedirektoratet | 2024
            2 | Styrke samarbeidet med matbransjen | Helse- og omsorgsdepartementet | 2025
            """,
            "no",
            [("1", "2024"), ("2", "2025")],
        ),
    ],
)
def test_recommendation_tables_are_action_tables(
    plan_of: PlanOf, text: str, lang: str, rows: list[tuple[str, str]]
) -> None:
    plan = plan_of(text, lang)
    assert [(i.id, i.due.date if i.due else None) for i in plan.initiatives] == rows


@pytest.mark.parametrize(
    ("paragraph", "lang", "titles"),
    [
        ("We will deliver the actions set out in this plan through four workstreams.", "en", []),
        (
            "We will take forward the following five action areas. Each has its own lead and timescale.",
            "en",
            [],
        ),
        (
            "We will publish a progress report every year.",
            "en",
            ["We will publish a progress report every year"],
        ),
        ("Vi vil i det følgende beskrive de fire indsatsområder.", "da", []),
        ("Regjeringen vil følge opp tiltakene nedenfor i samarbeid med kommunene.", "no", []),
        (
            "Regjeringen vil etablere et nasjonalt kompetansesenter.",
            "no",
            ["Regjeringen vil etablere et nasjonalt kompetansesenter"],
        ),
    ],
)
def test_a_commitment_about_the_document_is_no_initiative(
    plan_of: PlanOf, paragraph: str, lang: str, titles: list[str]
) -> None:
    heading = {"en": "Actions", "da": "Initiativer", "no": "Tiltak"}[lang]
    plan = plan_of(f"Plan 2024-2028\n\n{heading}\n\n{paragraph}", lang)
    assert [i.title for i in plan.initiatives] == titles

"""Title, document type, the plan's own period and the country, from real plans' openings."""

# ruff: noqa: E501  (passages of real plans are kept whole, one per line)

from __future__ import annotations

import pytest
from tests.extractors.conftest import PlanOf


@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        # the title first
        (
            "Rights, Respect and Recovery: alcohol and drug treatment strategy 2018–2023\nIntro text here.",
            "en",
            (2018, 2023),
        ),
        # then front matter
        (
            "Opptrappingsplan for habilitering\nGjelder for årene: 2021 - 2024\nKort om planen.",
            "no",
            (2021, 2024),
        ),
        # then a sentence about the plan itself, with both ends
        (
            "Handlingsplan mod ensomhed\nHandlingsplanen gælder for perioden 2023-2026 og omfatter 12 initiativer.",
            "da",
            (2023, 2026),
        ),
        # an implementation phase is not the page's period, nor is a funding horizon
        (
            "Initiativer og indsatser\nI perioden 2017-2019 understøtter Socialstyrelsen implementeringen i 20-25 kommuner.",
            "da",
            None,
        ),
        (
            "Stofmisbrugspakken\nPakken består af 10 initiativer, og der er afsat i alt 103 mio. kr. frem til 2018.",
            "da",
            None,
        ),
        # a policy says its own period in its opening paragraph
        (
            "Reducing Harm, Supporting Recovery\nThis policy will guide the work of government departments and agencies over the period 2017-2025.",
            "en",
            (2017, 2025),
        ),
        (
            "Alkoholpolitik for Aarhus Kommune\nAlkoholpolitikken gælder for perioden 2021-2024 og omfatter alle kommunens arbejdspladser.",
            "da",
            (2021, 2024),
        ),
        # the session years of a document reference are no period
        (
            "Opptrappingsplanen for rusfeltet\nProp. 15 S (2015–2016) ble vedtatt av Stortinget.",
            "no",
            None,
        ),
    ],
)
def test_plan_period(plan_of: PlanOf, text: str, lang: str, period: tuple[int, int] | None) -> None:
    plan = plan_of(text, lang)
    got = plan.period and (plan.period.start, plan.period.end)
    assert got == period


def test_period_source_gives_back_its_words(plan_of: PlanOf) -> None:
    text = "Mental health and wellbeing strategy: delivery plan 2023-2025\nThe plan."
    plan = plan_of(text, "en")
    assert plan.period is not None and plan.period.source is not None
    assert text[plan.period.source.start : plan.period.source.end] == "2023-2025"


@pytest.mark.parametrize(
    ("text", "lang", "title", "kind"),
    [
        (
            "Opptrappingsplanen for rusfeltet 2016 - 2020\n\nType publikasjon:\nStortingsproposisjon\n\nKort sammendrag\n\nTekst.",
            "no",
            "Opptrappingsplanen for rusfeltet 2016 - 2020",
            "Stortingsproposisjon",
        ),
        (
            "Mental health and wellbeing strategy: delivery plan 2023-2025\nText.",
            "en",
            "Mental health and wellbeing strategy: delivery plan 2023-2025",
            "delivery plan",
        ),
        (
            "National handlingsplan for demens 2025\nTekst om planen.",
            "da",
            "National handlingsplan for demens 2025",
            "handlingsplan",
        ),
    ],
)
def test_title_and_document_type(
    plan_of: PlanOf, text: str, lang: str, title: str, kind: str
) -> None:
    plan = plan_of(text, lang)
    assert (plan.document.title, plan.document.document_type) == (title, kind)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (
            "Substance Misuse Delivery Plan\nThe Welsh Government will work with Public Health Wales.",
            "en",
            "GB-WLS",
        ),
        (
            "Reducing Harm, Supporting Recovery\nThe Government of Ireland and the HSE will lead.",
            "en",
            "IE",
        ),
        ("From harm to hope\nHM Government will invest across England.", "en", "GB"),
        (
            "Opptrappingsplanen for rusfeltet\nRegjeringen legger fram planen for Stortinget.",
            "no",
            "NO",
        ),
        ("Stofmisbrugspakken\nSocialstyrelsen støtter kommunerne i Danmark.", "da", "DK"),
        # no names at all: the written currency places it
        ("Budget\nWe set aside DKK 20 million for the programme.", "en", "DK"),
        ("Plan\nNothing here names a place.", "en", None),
    ],
)
def test_country(plan_of: PlanOf, text: str, lang: str, country: str | None) -> None:
    assert plan_of(text, lang).document.country == country


def test_country_option_overrides(plan_of: PlanOf) -> None:
    plan = plan_of(
        "Stofmisbrugspakken\nSocialstyrelsen støtter kommunerne i Danmark.", "da", country="gb-sct"
    )
    assert plan.document.country == "GB-SCT"


def test_title_after_a_web_page_label(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Publication - Strategy/plan

        # Alcohol and drug strategy 2022-2027

        The strategy.
        """,
        "en",
    )
    assert plan.document.title == "Alcohol and drug strategy 2022-2027"
    assert plan.period is not None and plan.period.start == 2022


def test_metadata_title_loses_the_site_name() -> None:
    from policyparse.pipeline import extract_plan

    page = (
        "<html><head><title>Tobacco action plan - gov.scot</title></head>"
        "<body><main><p>We will reduce smoking across Scotland by 2034.</p></main></body></html>"
    )
    plan = extract_plan(page.encode(), lang="en", path_label="page.html")
    assert plan.document.title == "Tobacco action plan"


def test_a_deadline_is_not_the_plans_period(plan_of: PlanOf) -> None:
    plan = plan_of(
        "From harm to hope: a 10-year drugs plan\n\nWhat this plan will achieve by the end of 2024/25\n\nText.",
        "en",
    )
    assert plan.period is None


def test_a_page_label_is_not_the_title(plan_of: PlanOf) -> None:
    plan = plan_of("# Policy paper\n\n# From harm to hope\n\nThe plan.", "en")
    assert plan.document.title == "From harm to hope"


def test_title_page_subtitle_and_period(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        # Ingen å miste

        ## Regjeringens handlingsplan for forebygging av selvmord

        2020–2025

        ## Innledning

        Hvert år tar rundt 650 personer sitt eget liv i Norge.
        """,
        "no",
    )
    assert plan.document.title == (
        "Ingen å miste: Regjeringens handlingsplan for forebygging av selvmord: 2020–2025"
    )
    assert plan.period is not None and (plan.period.start, plan.period.end) == (2020, 2025)


@pytest.mark.parametrize(
    "opening",
    [
        "We use some essential cookies to make this website work.\nWe'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.\nGOV.UK\nHome > Health and social care > Obesity\n",
        "Skip to main content\nGOV.UK\nPolicy paper\n",
        "Cookies on GOV.UK\nPublished 27 July 2020\n",
    ],
)
def test_a_cookie_banner_is_never_the_title(plan_of: PlanOf, opening: str) -> None:
    text = (
        opening
        + "Tackling obesity: empowering adults and children to live healthier lives\nObesity is one of the biggest health issues this country faces."
    )
    plan = plan_of(text, "en")
    assert (
        plan.document.title
        == "Tackling obesity: empowering adults and children to live healthier lives"
    )

"""Funding judgement on passages of UK, Scottish, Danish and Norwegian plans and budgets."""

# ruff: noqa: E501  (passages of real plans are kept whole, one per line)

from __future__ import annotations

import pytest
from tests.extractors.conftest import PlanOf


def amounts(plan: object) -> list[tuple[object, ...]]:
    return [
        (f.amount, f.currency, f.basis, f.period and (f.period.start, f.period.end))
        for f in plan.funding  # type: ignore[attr-defined]
    ]


def test_commitment_kept_past_spending_left_out(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        National Mission on drug deaths
        Since 2008 we have invested £700 million in tackling problem drug use. This plan commits a further £50 million per year from 2022 to 2026.
        """,
        "en",
    )
    assert amounts(plan) == [(50_000_000, "GBP", "per_year", (2022, 2026))]
    assert any("left out" in w for w in plan.warnings)


def test_cost_of_a_problem_and_fines_left_out(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Tobacco control action plan
        Smoking costs the NHS £2.5 billion a year. Retailers paid fines of £1.2 million last year. We will invest £35 million in stop smoking services in 2024.
        """,
        "en",
    )
    assert amounts(plan) == [(35_000_000, "GBP", "total", (2024, 2024))]


def test_one_year_and_latent_currency(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Statsbudsjettet 2025
        Regjeringen foreslår å bevilge 35 mill. kr i 2025 til lavterskeltilbud i kommunene.
        """,
        "no",
    )
    ((amount, currency, _basis, period),) = amounts(plan)
    assert (amount, currency, period) == (35_000_000, "NOK", (2025, 2025))
    assert plan.funding[0].purpose == "lavterskeltilbud i kommunene"


def test_share_of_a_total_is_part_of_it(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Aftale om psykiatrien
        Der er afsat i alt 200 mio. kr. til aftalen i 2023-2026. Heraf går 50 mio. kr. til forebyggelse.
        """,
        "da",
    )
    total, share = plan.funding
    assert (total.amount, share.amount) == (200_000_000, 50_000_000)
    assert share.part_of == total.id


def test_same_amount_twice_is_one_item(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Residential rehabilitation
        We will provide £100 million over the lifetime of this Parliament (2021 to 2026) to expand rehabilitation. The £100 million will fund at least 650 beds.
        """,
        "en",
    )
    assert amounts(plan) == [(100_000_000, "GBP", "total", (2021, 2026))]


def test_period_completed_from_its_section(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Initiativer på området

        Stofmisbrugspakken

        I oktober 2012 blev pakken lanceret. Der er afsat i alt 103 mio. kr. frem til 2018 til at udmønte den.
        """,
        "da",
    )
    assert amounts(plan) == [(103_000_000, "DKK", "total", (2012, 2018))]
    assert any("start year 2012" in w for w in plan.warnings)


def test_budget_table_scaled_by_its_header(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Fordeling af midler

        Mio. kr. | 2024 | 2025
        Forebyggelse | 10,0 | 12,5
        Behandling | 5,0 | 7,5
        I alt | 15,0 | 20,0
        """,
        "da",
    )
    found = {(f.purpose, f.period.start): f for f in plan.funding if f.period}
    assert found[("Forebyggelse", 2025)].amount == 12_500_000
    assert found[("Behandling", 2024)].currency == "DKK"
    assert found[("Behandling", 2024)].part_of == found[("I alt", 2024)].id
    assert found[("Forebyggelse", 2025)].part_of == found[("I alt", 2025)].id
    assert found[("I alt", 2025)].part_of is None


def test_a_present_perfect_allocation_is_kept(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Reducing Harm, Supporting Recovery 2017-2025
        The Government has allocated €15 million in 2018 for new services. Since 2010, €100 million has been spent on treatment.
        """,
        "en",
    )
    assert amounts(plan) == [(15_000_000, "EUR", "total", (2018, 2018))]


def test_funding_linked_to_its_initiative(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Delivery plan
        Strategic Action 3.1: Expand perinatal mental health services.
        3.1.1 Invest £5 million in 2024 in new community perinatal teams.
        3.1.2 Publish a service specification.
        """,
        "en",
    )
    (action,) = plan.initiatives
    assert action.children[0].funding == [plan.funding[0].id]
    assert action.children[1].funding == []


def test_money_in_an_action_table_row(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Drug treatment plan

        Initiative | Amount | Period
        Housing first | DKK 54.3 million | 2024-2027
        Outreach teams | DKK 12 million | 2025-2026
        """,
        "en",
    )
    assert amounts(plan) == [
        (54_300_000, "DKK", "total", (2024, 2027)),
        (12_000_000, "DKK", "total", (2025, 2026)),
    ]
    assert [i.funding for i in plan.initiatives] == [["funding-1"], ["funding-2"]]


def test_a_table_header_is_no_front_matter(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Drug treatment plan

        Initiative | Period
        Housing first | 2024-2027
        """,
        "en",
    )
    assert plan.period is None


def test_unit_with_a_price_level_note(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Aftale om reserven 2021-2024

        Mio. kr. (2021-pl) | 2021 | 2022 | I alt
        Behandling | 12,0 | 14,5 | 26,5
        """,
        "da",
    )
    found = {(f.purpose, f.text): f for f in plan.funding}
    assert found[("Behandling", "14,5")].amount == 14_500_000
    assert found[("Behandling", "14,5")].part_of == found[("Behandling", "26,5")].id
    total = found[("Behandling", "26,5")].period
    assert total is not None and (total.start, total.end) == (2021, 2024)  # the plan's


def test_spending_before_the_plan_is_context(plan_of: PlanOf) -> None:
    plan = plan_of(
        """
        Opptrappingsplan for psykisk helse 2023-2033
        I 2019 brukte kommunene 1,2 milliarder kroner på tjenestene. Regjeringen vil bevilge 300 millioner kroner i 2024 til nye tiltak.
        """,
        "no",
    )
    assert amounts(plan) == [(300_000_000, "NOK", "total", (2024, 2024))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Drug misuse costs society nearly £20 billion a year.",
        "Local authorities currently spend around £680 million a year on these services.",
        "In 2022-23, £4.1 million of ADP reserves remained unspent.",
    ],
)
def test_costs_and_current_spending_are_context(plan_of: PlanOf, sentence: str) -> None:
    assert plan_of(f"Drug strategy 2024-2029\n{sentence}", "en").funding == []


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (  # a budget press release with no period of its own: last year's money is context
            "Statsbudsjettet 2025: Mer til psykisk helse\nI 2022 ble det bevilget 50 millioner kroner til ordningen. Regjeringen foreslår 80 millioner kroner i 2025 til lavterskeltilbud.",
            "no",
            [(80_000_000, "NOK", "total", (2025, 2025))],
        ),
        (
            "Finansloven for 2023 på socialområdet\nI 2020 blev der afsat 30 mio. kr. til indsatsen. Regeringen afsætter 45 mio. kr. i 2023 til opsøgende arbejde.",
            "da",
            [(45_000_000, "DKK", "total", (2023, 2023))],
        ),
        (
            "Naloxone programme update\nIn 2019, £3 million was allocated to the take-home naloxone fund. We will provide £5 million in 2024 to extend it to every prison.",
            "en",
            [(5_000_000, "GBP", "total", (2024, 2024))],
        ),
        (  # the existing budget told as a share of a total is a baseline, not a commitment
            "Mental health strategy 2021-2031\nMental health spending is £1.1 billion in 2021, accounting for 8.3% of the NHS budget. We will invest £10 million in 2022 to expand perinatal services.",
            "en",
            [(10_000_000, "GBP", "total", (2022, 2022))],
        ),
        (
            "Opptrappingsplan for psykisk helse 2023-2033\nKommunene bruker 12 milliarder kroner i 2023 på tjenestene, som utgjør om lag 4 prosent av helsebudsjettet. Regjeringen vil bevilge 300 millioner kroner i 2024 til nye tiltak.",
            "no",
            [(300_000_000, "NOK", "total", (2024, 2024))],
        ),
    ],
)
def test_past_and_baseline_money_is_context(
    plan_of: PlanOf, text: str, lang: str, kept: list[tuple[object, ...]]
) -> None:
    assert amounts(plan_of(text, lang)) == kept


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Statsbudsjettet 2024\nRegjeringen foreslår:\n- 15 millioner kroner til tilskudd til pårørendeorganisasjoner\n- 15 millioner kroner til kompetanseheving i kommunene",
            "no",
            2,
        ),
        (
            "Drug strategy 2024-2029\nWe will provide:\n- £2 million to expand naloxone provision\n- £2 million for a national stigma campaign",
            "en",
            2,
        ),
        (  # the same thing twice: one item
            "Drug strategy 2024-2029\nWe will provide £2 million to expand naloxone provision. The £2 million for naloxone provision is new money.",
            "en",
            1,
        ),
    ],
)
def test_equal_amounts_in_two_list_items_are_two_items(
    plan_of: PlanOf, text: str, lang: str, count: int
) -> None:
    assert len(plan_of(text, lang).funding) == count


@pytest.mark.parametrize(
    ("text", "lang", "shares"),
    [
        (
            "Whole Family Wellbeing\nWe are investing £20 million in 2025 in the Whole Family Wellbeing Fund. It is split as follows:\n- £12 million to local children's services partnerships\n- £8 million for national support and evaluation",
            "en",
            [(12_000_000, (2025, 2025), True), (8_000_000, (2025, 2025), True)],
        ),
        (
            "Finansloven for 2024\nRegeringen afsætter 100 mio. kr. i 2024 til psykiatrien. Pengene fordeles således:\n- 60 mio. kr. til flere sengepladser\n- 40 mio. kr. til opsøgende teams",
            "da",
            [(60_000_000, (2024, 2024), True), (40_000_000, (2024, 2024), True)],
        ),
        (  # more than the amount above: not its shares
            "Statsbudsjettet 2024\nRegjeringen foreslår 50 millioner kroner i 2024 til rusfeltet. I tillegg kommer:\n- 40 millioner kroner til lavterskeltilbud\n- 30 millioner kroner til FACT ung",
            "no",
            [(40_000_000, None, False), (30_000_000, None, False)],
        ),
    ],
)
def test_list_amounts_under_a_total_are_its_shares(
    plan_of: PlanOf, text: str, lang: str, shares: list[tuple[int, object, bool]]
) -> None:
    total, *items = plan_of(text, lang).funding
    assert [
        (f.amount, f.period and (f.period.start, f.period.end), f.part_of == total.id)
        for f in items
    ] == shares

"""Funding totals a reader can check by hand: per-year derivation, part_of, currencies."""

from __future__ import annotations

import pytest
from compare_plans import funding, plan

from policyparse.compare.currency import load_rates
from policyparse.compare.funding import money, span_years, summarise

RATES = load_rates()


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (50_000_000, "GBP", "£50m"),
        (300_000_000, "GBP", "£300m"),
        (54_300_000, "DKK", "DKK 54.3m"),
        (2_400_000_000, "NOK", "NOK 2.4bn"),
        (348_997_910.67, "EUR", "€349m"),
        (1_250, "EUR", "€1,250"),
        (None, "EUR", ""),
    ],
)
def test_money_is_short_and_checkable(amount: float | None, currency: str, text: str) -> None:
    assert money(amount, currency) == text


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [(2016, 2020, 5), (2021, 2026, 6), (2024, 2024, 1), (2024, None, None)],
)
def test_years_are_inclusive(start: int, end: int | None, years: int | None) -> None:
    assert span_years(start, end) == years


def test_per_year_amount_times_inclusive_years_is_marked_and_explained() -> None:
    p = plan(funds=[funding("funding-1", 50_000_000, "GBP", "per_year", (2021, 2026))])
    s = summarise(p, RATES, "EUR")
    assert s.totals == {"GBP": 300_000_000}
    assert s.lines[0].derivation == "£50m × 6 years (2021–2026)"
    assert s.derived == ["funding-1: £50m × 6 years (2021–2026)"]
    assert s.lines[0].rate_year == 2021  # the funding period's first year
    assert s.per_year_years == 6 and s.per_year == pytest.approx(s.target_total / 6)


def test_per_year_without_own_period_uses_the_plan_period_and_says_so() -> None:
    p = plan(years=(2016, 2020), funds=[funding("f", 10, "EUR", "per_year")])
    line = summarise(p, RATES, "EUR").lines[0]
    assert line.total == 50 and line.derivation == "€10 × 5 years (plan period 2016–2020)"


def test_per_year_with_an_open_period_stays_out_of_the_total() -> None:
    p = plan(years=None, funds=[funding("f", 10, "EUR", "per_year", (2024, None))])
    s = summarise(p, RATES, "EUR")
    assert s.totals == {} and s.target_total is None
    assert "per year with no closed period: not in the total" in s.lines[0].notes


def test_part_of_is_never_counted_twice() -> None:
    p = plan(
        funds=[
            funding("funding-1", 100_000_000, "DKK", years=(2020, 2023)),
            funding("funding-2", 40_000_000, "DKK", years=(2020, 2023), part_of="funding-1"),
            funding("funding-3", 60_000_000, "DKK", years=(2020, 2023), part_of="funding-1"),
        ]
    )
    s = summarise(p, RATES, "DKK")
    assert s.totals == {"DKK": 100_000_000} and s.target_total == 100_000_000
    assert [line.counted for line in s.lines] == [True, False, False]
    assert "funding-2: part of funding-1: not added to the total" in s.notes


def test_several_currencies_are_converted_one_by_one() -> None:
    p = plan(
        funds=[
            funding("a", 1_000_000, "GBP", years=(2021, 2021)),
            funding("b", 10_000_000, "NOK", years=(2016, 2016)),
        ]
    )
    s = summarise(p, RATES, "EUR")
    assert s.totals == {"GBP": 1_000_000, "NOK": 10_000_000}
    expected = 1_000_000 / RATES.table["GBP"][2021] + 10_000_000 / RATES.table["NOK"][2016]
    assert s.target_total == pytest.approx(expected)
    assert [line.rate_year for line in s.lines] == [2021, 2016]


def test_currency_without_rate_leaves_the_converted_cells_empty_with_a_note() -> None:
    p = plan(funds=[funding("a", 5, "EUR"), funding("b", 1_000, "JPY", years=(2020, 2020))])
    s = summarise(p, RATES, "EUR")
    assert s.lines[1].target is None and s.lines[1].conversion == "no exchange rate for JPY"
    assert s.target_total is None
    assert "no EUR total: b not convertible" in s.notes


def test_money_per_year_is_spread_over_each_items_period() -> None:
    p = plan(
        funds=[
            funding("a", 30, "EUR", years=(2020, 2022)),
            funding("b", 5, "EUR", years=(2022, 2022)),
        ]
    )
    assert summarise(p, RATES, "EUR").by_year == {2020: 10, 2021: 10, 2022: 15}

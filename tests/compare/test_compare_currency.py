"""Exchange rates: the shipped ECB table, nearest-year fallback, user tables, the build script."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from policyparse.compare.currency import InvalidRates, convert, load_rates, rate_to_eur

ROOT = Path(__file__).parents[2]


def test_shipped_table_covers_seven_currencies_1999_to_2025() -> None:
    rates = load_rates()
    assert "European Central Bank" in rates.source
    assert sorted(rates.table) == ["CHF", "DKK", "GBP", "ISK", "NOK", "SEK", "USD"]
    for code, years in rates.table.items():
        assert min(years) == 1999 and max(years) == 2025, code


@pytest.mark.parametrize(
    ("currency", "year", "low", "high"),
    [
        ("GBP", 2021, 0.85, 0.87),  # ECB annual average 2021: 0.8596
        ("DKK", 2016, 7.43, 7.46),
        ("NOK", 2016, 9.2, 9.4),
        ("USD", 2020, 1.13, 1.15),
        ("SEK", 2012, 8.6, 8.8),
    ],
)
def test_rates_are_annual_averages(currency: str, year: int, low: float, high: float) -> None:
    assert low < load_rates().table[currency][year] < high


@pytest.mark.parametrize(
    ("currency", "year", "used", "note"),
    [
        ("GBP", 2021, 2021, None),
        ("ISK", 2012, 2008, "no ISK rate for 2012: 2008 rate used"),  # ECB fixed no ISK 2009-2017
        ("ISK", 2016, 2018, "no ISK rate for 2016: 2018 rate used"),
        ("NOK", 2040, 2025, "no NOK rate for 2040: 2025 rate used"),
        ("DKK", None, 2025, "no year stated: 2025 rate used"),
        ("EUR", 1990, 1990, None),
    ],
)
def test_nearest_year_fallback_says_so(
    currency: str, year: int | None, used: int, note: str | None
) -> None:
    result = rate_to_eur(load_rates(), currency, year)
    assert (result.rate_year, result.note) == (used, note)


def test_conversion_between_two_currencies_goes_through_eur() -> None:
    rates = load_rates()
    eur = convert(rates, 300_000_000, "GBP", "EUR", 2021).amount
    assert eur is not None and round(eur / 1e6) == 349
    nok = convert(rates, 1_000, "GBP", "NOK", 2021).amount
    gbp, nok_rate = rates.table["GBP"][2021], rates.table["NOK"][2021]
    assert nok == pytest.approx(1_000 / gbp * nok_rate)


def test_unknown_currency_converts_to_nothing_with_a_note() -> None:
    result = convert(load_rates(), 5, "JPY", "EUR", 2020)
    assert result.amount is None and result.note == "no exchange rate for JPY"


BAD_RATES = [
    ("rates: {GBP: {2020: 0.9}}\n", "needs a top-level `source:`"),
    ("source: x\n", "needs `rates:`"),
    ("source: x\nrates: {gbp: {2020: 0.9}}\n", "not an ISO 4217 code"),
    ("source: x\nrates: {GBP: {2020: -1}}\n", "a positive number"),
    ("source: x\nrates: {GBP: {twenty: 0.9}}\n", "needs a year"),
    ("source: x\nrates: [\n", "not valid YAML"),
]


@pytest.mark.parametrize(("text", "message"), BAD_RATES)
def test_bad_rates_file_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "rates.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(InvalidRates, match=message) as info:
        load_rates(path)
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)


def test_build_script_averages_daily_rates(tmp_path: Path) -> None:
    """scripts/build_rates.py on a tiny ECB-style history: mean per year, N/A skipped."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_rates", ROOT / "scripts" / "build_rates.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    csv = (
        "Date,USD,DKK,GBP,SEK,CHF,ISK,NOK,\n"
        "2021-12-31,1.2,7.4,0.80,10,1.1,N/A,10,\n"
        "2021-01-04,1.0,7.6,0.90,10,1.1,N/A,10,\n"
        "2020-06-01,1.1,7.5,0.85,10,1.1,150,10,\n"
    )
    hist = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(hist, "w") as archive:
        archive.writestr("eurofxref-hist.csv", csv)
    out = tmp_path / "rates.yaml"
    assert build.main(["--hist", str(hist), "-o", str(out)]) == 0
    rates = load_rates(out)
    assert rates.table["GBP"] == {2020: 0.85, 2021: 0.85}
    assert rates.table["ISK"] == {2020: 150.0}  # a year with only N/A is left out
    assert "European Central Bank" in rates.source

"""Money in one currency: annual average rates (`data/rates.yaml`) and funding totals.

Rates are quoted as units of currency per 1 EUR (the ECB convention), one per year.
A conversion uses the rate of the year the money is for; when that year has no rate the
nearest year's rate is used and a note says so. Nothing here touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from policyparse.compare.datafiles import data_text
from policyparse.errors import UsageError

BASE = "EUR"


class InvalidRates(UsageError):
    """A `--rates` file that cannot be used (the whole run depends on it: exit 2)."""


@dataclass(frozen=True)
class Rates:
    """Per-currency yearly rates against EUR, and where they come from."""

    source: str
    table: dict[str, dict[int, float]]

    def currencies(self) -> list[str]:
        return sorted({BASE, *self.table})


@dataclass(frozen=True)
class Conversion:
    """An amount in the target currency, the rate used, and what to tell the reader."""

    amount: float | None
    rate: float | None
    rate_year: int | None
    note: str | None


def load_rates(path: str | Path | None = None) -> Rates:
    """The shipped table, or a user's file of the same form (validated, one-line errors)."""
    text, name = data_text("rates.yaml", path, "rates")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InvalidRates(f"{name}: not valid YAML ({_first_line(exc)})") from None
    return Rates(source=_source(data, name), table=_table(data, name))


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _source(data: Any, name: str) -> str:
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise InvalidRates(f"{name}: needs a top-level `source:` naming where the rates come from")
    return str(data["source"])


def _table(data: dict[str, Any], name: str) -> dict[str, dict[int, float]]:
    """`rates: {CUR: {year: rate}}` with three-letter codes, integer years, positive rates."""
    rates = data.get("rates")
    if not isinstance(rates, dict) or not rates:
        raise InvalidRates(f"{name}: needs `rates:` mapping currency codes to {{year: rate}}")
    table: dict[str, dict[int, float]] = {}
    for code, years in rates.items():
        if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
            raise InvalidRates(f"{name}: rates.{code}: not an ISO 4217 code such as GBP")
        if not isinstance(years, dict) or not years:
            raise InvalidRates(f"{name}: rates.{code}: needs {{year: rate}} entries")
        table[code] = {}
        for year, rate in years.items():
            ok_rate = isinstance(rate, (int, float)) and not isinstance(rate, bool) and rate > 0
            if not (isinstance(year, int) and 1900 <= year <= 2200 and ok_rate):
                raise InvalidRates(
                    f"{name}: rates.{code}.{year}: needs a year and a positive number, got {rate!r}"
                )
            table[code][year] = float(rate)
    return table


def rate_to_eur(rates: Rates, currency: str, year: int | None) -> Conversion:
    """Units of `currency` per 1 EUR for `year`, falling back to the nearest year."""
    if currency == BASE:
        return Conversion(1.0, 1.0, year, None)
    years = rates.table.get(currency)
    if not years:
        return Conversion(None, None, None, f"no exchange rate for {currency}")
    if year is None:
        latest = max(years)
        return Conversion(None, years[latest], latest, f"no year stated: {latest} rate used")
    nearest = min(years, key=lambda y: (abs(y - year), -y))
    note = None if nearest == year else f"no {currency} rate for {year}: {nearest} rate used"
    return Conversion(None, years[nearest], nearest, note)


def convert(
    rates: Rates, amount: float, currency: str, target: str, year: int | None
) -> Conversion:
    """`amount` of `currency` in `target`, through EUR, at `year`'s (or the nearest) rate."""
    if currency == target:
        return Conversion(amount, 1.0, year, None)
    source = rate_to_eur(rates, currency, year)
    dest = rate_to_eur(rates, target, year)
    if source.rate is None or dest.rate is None:
        return Conversion(None, None, None, source.note or dest.note)
    notes = [n for n in dict.fromkeys([source.note, dest.note]) if n]
    rate = dest.rate / source.rate
    return Conversion(amount * rate, rate, source.rate_year, "; ".join(notes) or None)


def check_currency(rates: Rates, code: str) -> str:
    """The `--currency` value, upper-cased, if the table can convert into it."""
    target = code.strip().upper()
    if target not in rates.currencies():
        known = ", ".join(rates.currencies())
        raise UsageError(f"--currency {code}: no rates for it (known: {known})")
    return target

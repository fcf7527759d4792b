"""Tidy CSV for spreadsheets and pandas: one row per document × measure (× key).

Columns: document, label, country, language, title, measure, key, value, unit, note.
`key` names the theme, year or currency a measure is about; `value` is a number or empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

COLUMNS = [
    "document",
    "label",
    "country",
    "language",
    "title",
    "measure",
    "key",
    "value",
    "unit",
    "note",
]
Row = tuple[str, str, Any, str, str]  # measure, key, value, unit, note


def _measures(doc: dict[str, Any], currency: str) -> Iterator[Row]:
    period = doc["period"]
    yield "period_start", "", period["start"], "year", ""
    yield "period_end", "", period["end"], "year", ""
    yield "years", "", period["years"], "years", ""
    for name, count in doc["counts"].items():
        yield name, "", count, "items", ""
    f = doc["funding"]
    derived = "; ".join(f["derived"])
    for total in f["totals"]:
        yield "funding_total_own", total["currency"], total["amount"], total["currency"], derived
    yield "funding_total", currency, f["total"], currency, "; ".join(f["notes"])
    yield "funding_per_year", currency, f["per_year"], currency, f["per_year_note"]
    for year in f["by_year"]:
        yield (
            "funding_in_year",
            str(year["year"]),
            year["amount"],
            currency,
            "spread evenly over each item's period",
        )
    for theme in doc["theme_counts"]:
        yield "theme_items", theme["theme"], theme["count"], "items", ""


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def render(data: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for i, doc in enumerate(data["documents"]):
        doc = {**doc, "theme_counts": [
            {"theme": row["theme"], "count": row["counts"][i]} for row in data["theme_matrix"]
        ]}  # fmt: skip
        ident = [doc["name"], doc["label"], doc["country"] or "", doc["language"], doc["title"]]
        for measure, key, value, unit, note in _measures(doc, data["currency"]):
            writer.writerow([*ident, measure, key, _number(value), unit, note])
    return buffer.getvalue()

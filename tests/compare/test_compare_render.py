"""Every output format on the five sample plans: table, Markdown, CSV, JSON, HTML."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from compare_plans import PLANS
from jsonschema import Draft202012Validator

from policyparse.compare import compare
from policyparse.compare.inputs import load
from policyparse.compare.render import FORMATS, render
from policyparse.compare.render.tidy_csv import COLUMNS

SCHEMA = Path(__file__).parents[2] / "schemas" / "policyparse-compare-1.schema.json"
# what a human checks by hand in every format
FIGURES = ["£50m × 6 years (2021–2026)", "£300m", "DKK 103m", "DKK 54.3m", "NOK 2.4bn", "€349m"]


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    loaded, skipped = load([str(PLANS)])
    assert not skipped
    return compare([x.plan for x in loaded], files=[x.file for x in loaded]).to_dict()


@pytest.fixture(scope="module")
def outputs(data: dict[str, Any]) -> dict[str, str]:
    return {fmt: render(data, fmt) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_figures_a_human_checks_are_in_every_view(outputs: dict[str, str], fmt: str) -> None:
    for figure in FIGURES:
        assert figure in outputs[fmt], (fmt, figure)


def test_terminal_table_fits_100_columns_and_wraps_titles(outputs: dict[str, str]) -> None:
    lines = outputs["table"].splitlines()
    assert max(len(line) for line in lines) <= 100
    assert any(line.startswith("GB-SCT-1  Mental health and") for line in lines)
    assert any(line.strip() == "wellbeing strategy:" for line in lines)  # wrapped, not cut


def test_markdown_tables_are_well_formed(outputs: dict[str, str]) -> None:
    tables = re.findall(r"((?:^\|.*\|\n)+)", outputs["markdown"], flags=re.M)
    assert len(tables) == 4
    for table in tables:
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}
        assert len(widths) == 1, table
    assert "| GB-SCT-2 | National Drugs Mission Plan: 2022-2026 |" in outputs["markdown"]


def test_csv_is_tidy_and_parses_back(outputs: dict[str, str], data: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert list(rows[0]) == COLUMNS
    keys = [(r["document"], r["measure"], r["key"]) for r in rows]
    assert len(keys) == len(set(keys))  # one row per document × measure (× key)
    assert {r["document"] for r in rows} == {d["name"] for d in data["documents"]}
    for row in rows:
        assert row["value"] == "" or float(row["value"]) == float(row["value"])

    def row(doc: str, measure: str, key: str = "") -> dict[str, str]:
        [found] = [r for r in rows if (r["label"], r["measure"], r["key"]) == (doc, measure, key)]
        return found

    def value(doc: str, measure: str, key: str = "") -> str:
        return row(doc, measure, key)["value"]

    assert value("GB-SCT-2", "funding_total_own", "GBP") == "300000000"
    assert "£50m × 6 years" in row("GB-SCT-2", "funding_total_own", "GBP")["note"]
    assert value("NO", "funding_total_own", "NOK") == "2400000000"
    assert value("DK-1", "funding_total_own", "DKK") == "157300000"
    assert value("NO", "years") == "5" and value("GB-SCT-2", "sub_outcomes") == "19"
    assert value("DK-2", "funding_per_year", "EUR") == ""  # no period: empty, not zero


def test_json_validates_against_its_shipped_schema(outputs: dict[str, str]) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(outputs["json"])))
    assert not errors, errors[0].message


def test_json_with_a_diff_validates_too() -> None:
    loaded, _ = load([str(PLANS / "gb-sct-national-drugs-mission-plan-2022.yaml"),
                      str(PLANS / "no-opptrappingsplan-rus-2016.yaml")])  # fmt: skip
    data = json.loads(render(compare([x.plan for x in loaded]).to_dict(), "json"))
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert data["diff"]["kind"] == "countries"
    assert not list(Draft202012Validator(schema).iter_errors(data))


def test_html_is_one_self_contained_file(outputs: dict[str, str]) -> None:
    page = outputs["html"]
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=|url\(|@import|<script|<link""", page, flags=re.I)
    for key in ("overview", "funding", "funding-items", "themes"):
        assert f'<table id="{key}">' in page
    assert (
        '<svg id="chart"' in page and page.count('class="bar"') == 8 + 6 + 5
    )  # DK-1, GB-SCT-2, NO years
    assert "background:rgba(" in page  # the theme matrix as a heat map


@pytest.mark.parametrize(
    ("peak", "top"), [(58_166_318, 60_000_000), (13_800_000, 15_000_000), (2.2e6, 2.5e6), (0, 1)]
)
def test_chart_axis_ends_on_a_round_number(peak: float, top: float) -> None:
    from policyparse.compare.render.chart import nice_ceiling

    assert nice_ceiling(peak) == top

"""Diffs: two versions of one plan, and two countries' plans."""

from __future__ import annotations

from typing import Any

import pytest
from compare_plans import funding, initiative, plan

from policyparse.compare import compare
from policyparse.compare.diff import title_overlap
from policyparse.errors import UsageError

OLD = plan(
    title="Drug strategy 2020-2024",
    years=(2020, 2024),
    initiatives=[
        initiative("1", "Open ten recovery cafés"),
        initiative("2", "Train prison staff in naloxone", due="2021"),
        initiative("3", "Fund housing first pilots in cities"),
        initiative("6", "Publish annual drug death statistics"),
    ],
    funds=[funding("funding-1", 10_000_000, years=(2020, 2024))],
)
NEW = plan(
    title="Drug strategy 2020-2026 (revised)",
    years=(2020, 2026),
    initiatives=[
        initiative("1", "Open twelve recovery cafés"),
        initiative("2", "Train prison staff in naloxone", due="2022-06"),
        initiative("5", "Fund housing first pilots in all cities"),
        initiative("7", "Expand drug checking services"),
    ],
    funds=[
        funding("funding-1", 12_000_000, years=(2020, 2026)),
        funding("funding-2", 1_000_000, basis="per_year", years=(2024, 2026)),
    ],
)


@pytest.fixture(scope="module")
def versions() -> dict[str, Any]:
    diff = compare([OLD, NEW]).diff
    assert diff is not None
    return diff


def test_same_country_and_overlapping_titles_are_versions(versions: dict[str, Any]) -> None:
    assert versions["kind"] == "versions"
    assert "same country GB-SCT" in versions["reason"]


def test_initiatives_added_removed_and_renamed(versions: dict[str, Any]) -> None:
    changes = versions["initiatives"]
    assert [x["id"] for x in changes["added"]] == ["7"]
    assert [x["id"] for x in changes["removed"]] == ["6"]
    renamed = {(x["id_a"], x["id_b"]) for x in changes["renamed"]}
    assert renamed == {("1", "1"), ("3", "5")}  # by number, then by title when renumbered


def test_due_dates_moved(versions: dict[str, Any]) -> None:
    assert versions["initiatives"]["due_moved"] == [{"id": "2", "from": "2021", "to": "2022-06"}]


def test_funding_changed_and_added(versions: dict[str, Any]) -> None:
    changes = {f["id"]: f for f in versions["funding"]}
    assert changes["funding-1"]["change"] == "changed"
    assert (changes["funding-1"]["from"]["amount"], changes["funding-1"]["to"]["amount"]) == (
        10_000_000,
        12_000_000,
    )
    assert changes["funding-2"]["change"] == "added"


def test_period_extended(versions: dict[str, Any]) -> None:
    assert versions["period"] == {
        "from": {"start": 2020, "end": 2024},
        "to": {"start": 2020, "end": 2026},
        "change": "extended",
    }


def test_two_countries_are_compared_side_by_side() -> None:
    gb = plan(aims=["Reduce drug deaths through harm reduction and naloxone"])
    no = plan(
        title="Opptrappingsplanen for rusfeltet 2016 - 2020",
        country="NO",
        language="no",
        years=(2016, 2020),
        aims=["Flere skal få et egnet sted å bo", "Redusere overdoser og skadereduksjon"],
    )
    diff = compare([gb, no]).diff
    assert diff is not None and diff["kind"] == "countries"
    assert "housing" in diff["themes"]["only_b"]
    assert "harm_reduction" in diff["themes"]["both"]
    sections = {s["section"]: (s["a"], s["b"]) for s in diff["sections"]}
    assert sections["aims"] == (1, 2) and sections["funding"] == (0, 0)
    [match] = diff["matches"]
    assert match["b"]["id"] == "aim-2" and match["themes"] == ["harm_reduction"]
    assert "initiatives" not in diff  # version changes only for versions


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("Drug strategy 2020-2024", "Drug strategy 2020-2026 (revised)", 1.0),
        ("National Drugs Mission Plan: 2022-2026", "Mental health and wellbeing strategy", 0.0),
    ],
)
def test_title_overlap_ignores_years(a: str, b: str, overlap: float) -> None:
    assert title_overlap(a, b) == overlap


def test_diff_needs_exactly_two_plans() -> None:
    with pytest.raises(UsageError, match="exactly two plans, got 3"):
        compare([OLD, NEW, OLD], diff=True)
    assert compare([OLD, NEW, OLD]).diff is None

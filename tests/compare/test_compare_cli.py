"""`policyparse compare` through the CLI: the done-when figures, bad inputs, options."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from compare_plans import PLANS
from typer.testing import CliRunner

from policyparse import yamlio
from policyparse.cli import app

GB = PLANS / "gb-sct-national-drugs-mission-plan-2022.yaml"
NO = PLANS / "no-opptrappingsplan-rus-2016.yaml"


def run(*args: str) -> Any:
    return CliRunner().invoke(app, ["compare", *args])


def test_done_when_the_five_samples_show_the_hand_checkable_figures() -> None:
    result = run(str(PLANS))
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ["Plans", "Themes", "£50m × 6 years (2021–2026)", "£300m", "€349m",
                 "DKK 103m", "DKK 54.3m", "DKK 157.3m", "NOK 2.4bn", "2016–2020 (5)"]:  # fmt: skip
        assert text in out, text


def test_figures_in_eur_match_the_rate_table() -> None:
    data = json.loads(run(str(PLANS), "-f", "json").stdout)
    totals = {d["label"]: d["funding"]["total"] for d in data["documents"]}
    assert round(totals["GB-SCT-2"] / 1e6, 1) == 349.0  # 300m / 0.859604 (2021)
    assert round(totals["NO"] / 1e6, 1) == 258.3  # 2.4bn / 9.29062 (2016)
    assert round(totals["DK-1"] / 1e6, 2) == 21.13  # 103m at 2012 + 54.3m at 2016


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def future(tmp_path: Path) -> Path:
    data = yamlio.load_file(GB)
    data["schema_version"] = "2"
    return _write(tmp_path, "future.yaml", yamlio.dumps(data))


def invalid(tmp_path: Path) -> Path:
    data = yamlio.load_file(GB)
    data["funding"][0]["amount"] = "fifty million"
    return _write(tmp_path, "invalid.yaml", yamlio.dumps(data))


BAD_INPUTS = [
    (lambda tmp: _write(tmp, "empty.yaml", ""), "the file is empty"),
    (lambda tmp: _write(tmp, "blank.yaml", "\n\n"), "the file is empty"),
    (future, "schema_version '2' is newer than this policyparse understands"),
    (invalid, "funding[0].amount"),
    (lambda tmp: _write(tmp, "broken.yaml", "schema_version: '1'\ndocument: [\n"), "broken.yaml:"),
]


@pytest.mark.parametrize(("make", "message"), BAD_INPUTS)
def test_a_bad_input_is_one_line_on_stderr_and_the_others_are_compared(
    tmp_path: Path, make: Any, message: str
) -> None:
    bad = make(tmp_path)
    result = run(str(NO), str(bad), "-f", "json")
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {bad}") and message in line
    data = json.loads(result.stdout)
    assert [d["label"] for d in data["documents"]] == ["NO"]
    assert data["skipped"][0]["file"] == str(bad)


def test_bad_files_in_a_folder_are_reported_too(tmp_path: Path) -> None:
    for path in PLANS.glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    future(tmp_path)
    _write(tmp_path, "empty.yaml", "")
    _write(tmp_path, "notes.yaml", "just: some other yaml\n")  # not a plan: passed over
    result = run(str(tmp_path), "-f", "csv")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 2
    assert "NOK" in result.stdout


def test_output_file_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out" / "comparison.md"
    result = run(str(PLANS), "-f", "markdown", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text("utf-8").startswith("## Plan comparison")


def test_another_target_currency() -> None:
    result = run(str(GB), "--currency", "gbp", "-f", "json")
    data = json.loads(result.stdout)
    assert data["currency"] == "GBP" and data["documents"][0]["funding"]["total"] == 300_000_000


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--currency", "XYZ"], 2, "--currency XYZ: no rates for it"),
        (["--rates", "missing.yaml"], 2, "rates file not found"),
        (["--taxonomy", "missing.yaml"], 2, "taxonomy file not found"),
        (["--diff"], 2, "--diff compares exactly two plans, got 5"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(args: list[str], code: int, message: str) -> None:
    result = run(str(PLANS), *args)
    assert result.exit_code == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_missing_path_exits_2() -> None:
    result = run("no/such/plans")
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_user_rates_replace_the_table(tmp_path: Path) -> None:
    rates = _write(tmp_path, "rates.yaml", "source: my bank\nrates:\n  GBP: {2021: 0.5}\n")
    data = json.loads(run(str(GB), "--rates", str(rates), "-f", "json").stdout)
    assert data["rates_source"] == "my bank"
    assert data["documents"][0]["funding"]["total"] == 600_000_000


def test_bad_user_rates_exit_2(tmp_path: Path) -> None:
    rates = _write(tmp_path, "rates.yaml", "source: x\nrates: {GBP: {2021: zero}}\n")
    result = run(str(GB), "--rates", str(rates))
    assert result.exit_code == 2 and "rates.GBP.2021" in result.stderr


def test_user_taxonomy(tmp_path: Path) -> None:
    codebook = "themes:\n  overdose:\n    label: {en: Overdose}\n    terms: {en: [overdose*]}\n"
    path = _write(tmp_path, "themes.yaml", codebook)
    data = json.loads(run(str(GB), "--taxonomy", str(path), "-f", "json").stdout)
    assert data["theme_matrix"] == [{"theme": "overdose", "label": "Overdose", "counts": [2]}]


def test_two_files_give_a_diff() -> None:
    result = run(str(GB), str(NO))
    assert result.exit_code == 0
    title = "Side by side: GB-SCT vs NO (countries: different countries (GB-SCT and NO))"
    assert title in result.stdout
    assert re.search(r"^funding items +1 +1$", result.stdout, flags=re.M)  # a count, not money
    assert "Items matched by theme and text" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_compare_never_reads_the_source_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_reading(path: Path) -> None:
        raise AssertionError(f"compare read {path}")

    monkeypatch.setattr("policyparse.grounding._read", no_reading)
    assert run(str(PLANS)).exit_code == 0


def test_two_versions_of_one_plan() -> None:
    revised = PLANS.parent / "compare" / "no-opptrappingsplan-rus-2016-revidert.yaml"
    result = run(str(NO), str(revised), "-f", "markdown")
    assert result.exit_code == 0
    for row in [
        "| period extended |  | 2016–2020 | 2016–2021 |",
        "| funding changed | funding-1 | NOK 2.4bn 2016–2020 | NOK 2.6bn 2016–2021 |",
        "| initiative added | initiative-6 |  | Styrke ettervernet etter rusbehandling |",
        "| due date moved | initiative-3 |  | 2019 |",
    ]:
        assert row in result.stdout, row


def test_readme_shows_the_real_output() -> None:
    readme = (PLANS.parents[2] / "README.md").read_text("utf-8")
    start = "```console\n$ policyparse compare tests/data/plans/\n"
    shown = readme[readme.index(start) + len(start) :].split("```", 1)[0]
    assert shown == run(str(PLANS)).stdout

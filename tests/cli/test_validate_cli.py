"""`policyparse validate` through the CLI: formats, exit codes, --quiet, --strict."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import DATA, EXAMPLE_PLAN, WritePlan
from policyparse.cli import app
from policyparse.schema import schema_path
from test_validate import BAD_FILES, CASES, Change, make_bad_folder

runner = CliRunner()


def _invoke(*args: str | Path) -> Any:
    return runner.invoke(app, ["validate", *map(str, args)])


@pytest.fixture
def mixed(plan_data: dict[str, Any], write_plan: WritePlan) -> Path:
    """A folder with a valid plan, an invalid one, a warning-only one and a non-plan."""
    good = write_plan(plan_data, "plans/good.yaml")
    broken = dict(plan_data, period=dict(plan_data["period"], start=2021))
    write_plan(broken, "plans/broken.yaml")
    write_plan("schema_version: '1'\naims: []\naims: []\n", "plans/nested/dup.yml")
    write_plan("name: CI\non: push\n", "plans/workflow.yml")
    warn = dict(plan_data, funding=[dict(plan_data["funding"][0], currency="EUR")])
    write_plan(warn, "warn/warn.yaml")
    return good.parent


def test_valid_file_exits_0_with_summary() -> None:
    result = _invoke(EXAMPLE_PLAN)
    assert result.exit_code == 0
    assert result.stdout == "✓ 1 plan file valid\n"


def test_folder_reports_every_problem_with_position_and_exits_1(mixed: Path) -> None:
    result = _invoke(mixed)
    assert result.exit_code == 1
    out = result.stdout
    assert re.search(r"broken\.yaml:\d+:\d+: error PP101 period-order period: period starts", out)
    assert re.search(r"dup\.yml:3:1: error PP003 duplicate-key duplicate key 'aims'", out)
    assert "workflow.yml:1:1: note PP009 skipped" in out
    assert "good.yaml" not in out
    assert (
        out.splitlines()[-1] == "✗ 2 errors, 1 warning in 3 plan files, 1 other YAML file skipped"
    )


def test_non_plan_named_explicitly_is_an_error(mixed: Path) -> None:
    result = _invoke(mixed / "workflow.yml")
    assert result.exit_code == 1
    assert "error PP001 not-a-plan not a policyparse plan" in result.stdout


def test_json_is_one_object(mixed: Path) -> None:
    result = runner.invoke(app, ["validate", str(mixed), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == {"valid", "findings"} and report["valid"] is False
    keys = {"file", "line", "column", "path", "code", "severity", "message"}
    assert all(set(f) == keys for f in report["findings"])
    assert {f["code"] for f in report["findings"]} == {"PP101", "PP201", "PP003", "PP009"}


def test_json_ignores_quiet(mixed: Path) -> None:
    loud = _invoke(mixed, "--format", "json").stdout
    assert _invoke(mixed, "--format", "json", "--quiet").stdout == loud


def test_json_for_valid_run() -> None:
    result = _invoke(EXAMPLE_PLAN, "-f", "json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, {"valid": True, "findings": []})


def test_github_workflow_commands(mixed: Path) -> None:
    result = _invoke(mixed, "--format", "github", "--quiet")
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert all(
        re.fullmatch(r"::error file=[^,]+,line=\d+,col=\d+,title=PP\d{3} [^:]+::.+", ln)
        for ln in lines
    ), lines
    assert len(lines) == 2


def test_github_escapes_properties_and_notices(mixed: Path) -> None:
    result = _invoke(mixed / "workflow.yml", mixed / "nested", "--format", "github")
    assert "::error file=" in result.stdout and "title=PP003 duplicate-key::" in result.stdout
    folder = _invoke(mixed, "-f", "github").stdout
    assert "::notice file=" in folder and "title=PP009 skipped::" in folder


def test_quiet_prints_nothing_when_valid_and_only_errors_otherwise(mixed: Path) -> None:
    assert _invoke(EXAMPLE_PLAN, "--quiet").stdout == ""
    result = _invoke(mixed, "-q")
    assert result.exit_code == 1
    assert all(" error " in line for line in result.stdout.splitlines())


def test_warnings_pass_unless_strict(mixed: Path) -> None:
    warn = mixed.parent / "warn"
    relaxed = _invoke(warn)
    assert relaxed.exit_code == 0 and "warning PP202 foreign-currency" in relaxed.stdout
    strict = _invoke(warn, "--strict")
    assert strict.exit_code == 1 and "warning PP202" in strict.stdout
    assert "warning PP202" in _invoke(warn, "--strict", "-q").stdout


def test_missing_path_exits_2_after_checking_the_rest(tmp_path: Path) -> None:
    result = _invoke(EXAMPLE_PLAN, tmp_path / "missing.yaml")
    assert result.exit_code == 2
    assert "missing.yaml:1:1: error PP008 unreadable-path cannot read" in result.stdout


@pytest.mark.parametrize(
    "args", [["validate"], ["validate", "x.yaml", "--format", "xml"], ["validate", "--nope"]]
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_bad_yaml_through_the_cli(write_plan: WritePlan) -> None:
    bad = write_plan("schema_version: '1'\ndocument: {title: [}\n", "bad.yaml")
    result = _invoke(bad, EXAMPLE_PLAN, "-f", "json")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["line"]) == ("PP002", 2)
    assert finding["message"].startswith("YAML syntax error")


def test_check_jsonschema_accepts_the_example_plans() -> None:
    plans = sorted(str(p) for p in (DATA / "plans").glob("*.yaml"))
    command = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_path())]
    done = subprocess.run([*command, *plans], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_jsonschema_rejects_a_broken_plan(
    plan_data: dict[str, Any], write_plan: WritePlan
) -> None:
    plan_data["funding"][0]["amount"] = "2,4 milliarder"
    command = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_path())]
    done = subprocess.run([*command, str(write_plan(plan_data))], capture_output=True, check=False)
    assert done.returncode == 1


@pytest.mark.parametrize(("what", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_check_through_the_cli(
    what: str,
    change: Change,
    expected: list[tuple[str, str]],
    plan_data: dict[str, Any],
    write_plan: WritePlan,
) -> None:
    change(plan_data)
    result = _invoke(write_plan(plan_data), "--format", "json")
    report = json.loads(result.stdout)
    assert sorted((f["code"], f["path"]) for f in report["findings"]) == sorted(expected)
    assert result.exit_code == (0 if report["valid"] else 1)


@pytest.mark.parametrize(("name", "named", "walked"), [(b[0], b[2], b[3]) for b in BAD_FILES])
def test_each_bad_yaml_case_through_the_cli(
    tmp_path: Path, name: str, named: str, walked: str
) -> None:
    folder = make_bad_folder(tmp_path)
    result = _invoke(folder / name, folder / "sub", "-f", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], Path(f["file"]).name) for f in findings] == [(named, name)]
    assert result.exit_code == 1
    line = _invoke(folder, "-q").stdout
    assert (f"{name}:" in line) is (walked != "PP009")

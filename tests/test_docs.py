"""The README and the hook file say what the code does."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from policyparse.checks import RULES
from policyparse.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command_names() -> list[str]:
    return sorted(
        c.name or (c.callback.__name__.replace("_", "-") if c.callback else "")
        for c in app.registered_commands
    )


def test_the_foundation_commands_are_registered() -> None:
    assert {"schema", "validate"} <= set(_command_names())


@pytest.mark.parametrize("name", _command_names())
def test_every_command_has_help_with_an_example_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"policyparse {name}" in README


def test_every_rule_code_is_listed_in_the_readme() -> None:
    for rule in RULES.values():
        assert re.search(rf"\| `{rule.code}` \| `{rule.name}` \| {rule.severity} \|", README), rule


def _hooks() -> list[dict[str, Any]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def test_pre_commit_hook_definition() -> None:
    (hook,) = _hooks()
    assert hook["id"] == "policyparse-validate"
    assert hook["entry"] == "policyparse validate"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["yaml"]
    assert {"name", "description", "files"} <= set(hook)
    assert f"files: {hook['files']}" in README and hook["id"] in README


@pytest.mark.parametrize(
    ("path", "matched"),
    [
        ("plans/no-plan.yaml", True),
        ("data/plans/2024/dk.yml", True),
        ("tests/data/plans/no-opptrappingsplan-rus-2016.yaml", True),
        (".github/workflows/ci.yml", False),
        ("config.yaml", False),
        ("myplans/x.yaml", False),
    ],
)
def test_pre_commit_default_files_pattern(path: str, matched: bool) -> None:
    (hook,) = _hooks()
    assert bool(re.search(hook["files"], path)) is matched  # pre-commit uses re.search


def test_pre_commit_entry_runs(tmp_path: Path) -> None:
    """What pre-commit runs: the entry with the matching file names appended."""
    (hook,) = _hooks()
    command = hook["entry"].split()[1:]
    plan = ROOT / "tests" / "data" / "plans" / "no-opptrappingsplan-rus-2016.yaml"
    assert CliRunner().invoke(app, [*command, str(plan)]).exit_code == 0


def _console_examples() -> list[tuple[str, str]]:
    """(command, shown output) of each `$ policyparse validate|schema …` in README."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = part.partition("\n")
            if command.startswith(("policyparse validate", "policyparse schema")):
                found.append((command, output))
    return found


@pytest.mark.parametrize(("command", "shown"), _console_examples())
def test_readme_examples_show_real_output(command: str, shown: str) -> None:
    words, _, pipe = command.partition(" | ")
    result = CliRunner().invoke(app, shlex.split(words)[1:])
    lines = result.stdout.splitlines()
    if pipe:
        lines = lines[: int(pipe.removeprefix("head -"))]
    assert lines == shown.splitlines()

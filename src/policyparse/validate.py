"""Check plan YAML files: parse safely, validate against the JSON Schema, run the
semantic checks, and collect every finding of every file. Never prints: `report`
prints a `CheckResult`, the CLI turns it into an exit code.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from policyparse import yamlio
from policyparse.checks import RULES, CheckContext, Severity, run_checks
from policyparse.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, MissingPath
from policyparse.model import SCHEMA_VERSION
from policyparse.yamlio import JsonPath, Loaded

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Finding:
    """One problem in one file, at `file:line:column` (1-based) and a field path."""

    file: str
    line: int
    column: int
    path: str
    code: str
    severity: Severity
    message: str

    @property
    def rule(self) -> str:
        """`PP101 period-order`: the code with the rule's name."""
        return f"{self.code} {RULES[self.code].name}" if self.code in RULES else self.code

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckResult:
    """Everything one run found; `files` are the plan files checked, in order."""

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    strict: bool = False

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def valid(self) -> bool:
        """No errors (and, with `strict`, no warnings)."""
        failing = ("error", "warning") if self.strict else ("error",)
        return not any(f.severity in failing for f in self.findings)

    @property
    def exit_code(self) -> int:
        """0 valid, 1 some file invalid or unparsable, 2 a path missing or unreadable."""
        if any(f.code == "PP008" for f in self.findings):
            return EXIT_USAGE
        return EXIT_OK if self.valid else EXIT_INVALID


def format_path(path: JsonPath) -> str:
    """`("initiatives", 3, "due", "date")` → `initiatives[3].due.date`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _finding(
    file: str, code: str, message: str, mark: yamlio.Mark | None, path: str = ""
) -> Finding:
    mark = mark or yamlio.Mark(1, 1)
    severity = RULES[code].severity if code in RULES else "error"
    return Finding(file, mark.line, mark.column, path, code, severity, message)


def _located(loaded: Loaded, path: JsonPath, code: str, message: str) -> Finding:
    mark = loaded.key_marks.get(path) or loaded.locate(path)
    return _finding(loaded.name, code, message, mark, format_path(path))


def schema_findings(loaded: Loaded) -> list[Finding]:
    """Every JSON Schema violation of a parsed file, in plain English."""
    from policyparse.schema import explain

    return [_located(loaded, path, "PP010", message) for path, message in explain(loaded.data)]


def _version_problem(data: dict[str, Any]) -> str | None:
    version = data.get("schema_version")
    if str(version) == SCHEMA_VERSION:
        return None
    try:
        newer = float(str(version)) > float(SCHEMA_VERSION)
    except ValueError:
        newer = False
    if newer:
        return (
            f"schema_version {version!r} is newer than this policyparse understands "
            f"({SCHEMA_VERSION!r}); upgrade policyparse"
        )
    return f"unknown schema_version {version!r} (this policyparse reads {SCHEMA_VERSION!r})"


def _not_a_plan(data: Any) -> str | None:
    """Why `data` is not a plan at all, or None when it has a schema_version."""
    if isinstance(data, dict):
        return None if "schema_version" in data else "a mapping without schema_version"
    if data is None:
        return "empty"
    return "a list" if isinstance(data, list) else f"a single value ({data!r})"


def check_file(path: Path, *, explicit: bool = True, source: Path | None = None) -> list[Finding]:
    """All findings for one file. A file met while walking a folder that is not a
    plan (no `schema_version`) gives a single note instead of errors."""
    name = str(path)
    try:
        loaded = yamlio.load_file_marked(path)
    except yamlio.YamlLoadError as exc:
        return [_finding(name, p.code, p.message, p.mark) for p in exc.problems]
    data = loaded.data
    what = _not_a_plan(data)
    if what:  # in a folder walk just a note: a repository has other YAML files
        code = "PP001" if explicit else "PP009"
        return [_finding(name, code, f"not a policyparse plan: the file is {what}", None)]
    problem = _version_problem(data)
    if problem:
        return [_located(loaded, ("schema_version",), "PP007", problem)]
    findings = schema_findings(loaded)
    context = CheckContext(file=path, loaded=loaded, source=source)
    findings += [_located(loaded, i.path, i.code, i.message) for i in run_checks(data, context)]
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, bool]]:
    """(file, named explicitly) for every path; folders give their `*.yaml`/`*.yml`
    files, recursively and sorted, skipping hidden folders and files."""
    found: list[tuple[Path, bool]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append((path, True))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [
                (Path(root) / f, False)
                for f in sorted(files)
                if f.endswith(YAML_SUFFIXES) and not f.startswith(".")
            ]
    return found


def check_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    source: str | os.PathLike[str] | None = None,
) -> CheckResult:
    """Check every plan file under `paths` and collect all findings.

    `strict` makes warnings fail the run. `source` names the document the plans
    were extracted from (else each plan's `document.source.path`), for checks that
    look at it.
    """
    result = CheckResult(strict=strict)
    source_path = Path(source) if source is not None else None
    for path, explicit in discover(paths):
        try:
            findings = check_file(path, explicit=explicit, source=source_path)
        except MissingPath as exc:
            findings = [_finding(str(path), "PP008", str(exc).partition(": ")[2], None)]
        if not any(f.code in ("PP008", "PP009") for f in findings):
            result.files.append(str(path))
        result.findings += findings
    return result

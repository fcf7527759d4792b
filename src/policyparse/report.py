"""Print a `CheckResult`: readable text (rich), one JSON object, or GitHub Actions
workflow commands. Reporters only print; the exit code is the caller's business."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TextIO

from policyparse.validate import CheckResult, Finding

Reporter = Callable[[CheckResult, bool, TextIO], None]
"""(result, quiet, stream) → prints the result."""


def _shown(result: CheckResult, quiet: bool) -> list[Finding]:
    """With `quiet`, only what fails the run: errors (and warnings when strict)."""
    if not quiet:
        return result.findings
    failing = ("error", "warning") if result.strict else ("error",)
    return [f for f in result.findings if f.severity in failing]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: CheckResult) -> str:
    """One line: how many files, errors and warnings."""
    errors, warnings = result.count("error"), result.count("warning")
    files = _plural(len(result.files), "plan file")
    skipped = result.count("note")
    tail = f", {skipped} other YAML file{'' if skipped == 1 else 's'} skipped" if skipped else ""
    if result.valid:
        extra = f" ({_plural(warnings, 'warning')})" if warnings else ""
        return f"✓ {files} valid{extra}{tail}"
    return f"✗ {_plural(errors, 'error')}, {_plural(warnings, 'warning')} in {files}{tail}"


_STYLE = {"error": "bold red", "warning": "yellow", "note": "dim"}


def report_text(result: CheckResult, quiet: bool, stream: TextIO) -> None:
    """`file:line:col: severity CODE name path: message`, then a summary line."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for f in _shown(result, quiet):
        where = f" {escape(f.path)}:" if f.path else ""
        console.print(
            f"{escape(f.file)}:{f.line}:{f.column}: [{_STYLE[f.severity]}]{f.severity}[/] "
            f"[bold]{escape(f.rule)}[/]{where} {escape(f.message)}"
        )
    if not quiet:
        console.print(summary(result), style="green" if result.valid else "red")


def report_json(result: CheckResult, quiet: bool, stream: TextIO) -> None:
    """One JSON object for the whole run: `{"valid": …, "findings": […]}`, always
    complete (`quiet` is for people; a script filters by severity itself)."""
    findings = [f.to_dict() for f in result.findings]
    json.dump({"valid": result.valid, "findings": findings}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _escape(value: str, *, prop: bool = False) -> str:
    """GitHub workflow-command escaping (properties also escape `:` and `,`)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def report_github(result: CheckResult, quiet: bool, stream: TextIO) -> None:
    """`::error file=…,line=…,col=…,title=…::message`, one line per finding."""
    for f in _shown(result, quiet):
        props = f"file={_escape(f.file, prop=True)},line={f.line},col={f.column}"
        title = _escape(f.rule, prop=True)
        where = f"{f.path}: " if f.path else ""
        stream.write(
            f"::{_COMMAND[f.severity]} {props},title={title}::{_escape(where + f.message)}\n"
        )
    if not quiet:
        stream.write(summary(result) + "\n")


REPORTER_BY_NAME: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


def report(
    result: CheckResult, fmt: str = "text", *, quiet: bool = False, stream: TextIO | None = None
) -> None:
    """Print `result` in format `fmt` (a key of `REPORTER_BY_NAME`)."""
    REPORTER_BY_NAME[fmt](result, quiet, stream or sys.stdout)

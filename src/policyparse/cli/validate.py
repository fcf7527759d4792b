"""`policyparse validate`: check plan YAML files, for people and for CI."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyparse.cli import app


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Plan YAML files, or folders to search for *.yaml / *.yml."),
    ],
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="text for people, json (one object) for scripts, github for Actions annotations.",
        ),
    ] = ReportFormat.text,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only what fails the run; no summary.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail the run too.")] = False,
    source: Annotated[
        Path | None,
        typer.Option(
            "--source",
            "-s",
            help="The document the plans were extracted from (default: document.source.path); "
            "every item's span must hold its text.",
        ),
    ] = None,
) -> None:
    """Check plan YAML files against the schema and the plan rules (PP codes).

    Reports every problem of every file with file:line:column and the field path.
    Exit code: 0 all valid, 1 some file invalid or unparsable, 2 a path that does
    not exist or cannot be read. In a folder, YAML files without schema_version
    are skipped with a note; named on the command line they are errors.

    Example:
        policyparse validate tests/data/plans/ --format github
    """
    from policyparse.report import report
    from policyparse.validate import check_files

    if source is not None and not source.is_file():
        from policyparse.cli._console import fail
        from policyparse.errors import MissingPath

        fail(MissingPath(f"{source}: no such source document"))
    result = check_files(paths, strict=strict, source=source)
    report(result, fmt.value, quiet=quiet)
    raise typer.Exit(code=result.exit_code)

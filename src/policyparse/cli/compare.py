"""`policyparse compare`: put plan YAML files side by side, or diff two of them."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from policyparse.cli import app


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    html = "html"


@app.command()
def compare(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Plan YAML files, or folders to search for *.yaml / *.yml.", metavar="FILE|DIR"
        ),
    ],
    fmt: Annotated[
        CompareFormat,
        typer.Option("--format", "-f", help="table (terminal), markdown, csv (tidy), json, html."),
    ] = CompareFormat.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here (atomically) instead of stdout."),
    ] = None,
    currency: Annotated[
        str, typer.Option("--currency", help="Convert funding into this currency.")
    ] = "EUR",
    rates: Annotated[
        Path | None,
        typer.Option("--rates", help="Exchange-rate table replacing the shipped ECB one."),
    ] = None,
    taxonomy: Annotated[
        Path | None,
        typer.Option("--taxonomy", help="Theme codebook replacing the shipped one (same form)."),
    ] = None,
    diff: Annotated[
        bool, typer.Option("--diff", help="Diff two plans (implied when exactly two are given).")
    ] = False,
) -> None:
    """Compare plans: overview, funding in one currency, theme matrix; diff two plans.

    Input files are checked first (schema and plan rules, not grounding); an invalid
    one is reported on stderr in one line and left out, the others are compared, and
    the exit code is 1. Per-year funding is multiplied by the years of its period and
    every derived figure says how ("£50m × 6 years"). Exit code: 0 all compared,
    1 some input left out, 2 usage error or missing path.

    Example:
        policyparse compare tests/data/plans/ --format html -o comparison.html
    """
    from policyparse.cli._console import error_line, fail
    from policyparse.compare import compare as run
    from policyparse.compare.currency import load_rates
    from policyparse.compare.inputs import load
    from policyparse.compare.render import render
    from policyparse.compare.themes import load_codebook
    from policyparse.errors import InvalidPlan, PolicyparseError
    from policyparse.fsio import atomic_write

    try:
        table, codebook = load_rates(rates), load_codebook(taxonomy)
        loaded, skipped = load(paths)
        for item in skipped:
            error_line(item.error)
        if not loaded:
            raise InvalidPlan("no valid plan left to compare")
        result = run(
            [x.plan for x in loaded], files=[x.file for x in loaded], currency=currency,
            rates=table, codebook=codebook, diff=diff,
        )  # fmt: skip
    except PolicyparseError as exc:
        fail(exc)
    result.skipped = skipped
    text = render(result.to_dict(), fmt.value)
    if output is not None:
        atomic_write(output, text)
    else:
        sys.stdout.write(text)
    raise typer.Exit(code=1 if skipped else 0)

"""The `policyparse` command line: a thin Typer app.

Each command lives in its own module and only turns options into calls.
Nothing heavy is imported here: `policyparse --help` must start fast.
"""

from __future__ import annotations

import typer

from policyparse import GENERATOR

app = typer.Typer(
    name="policyparse",
    help="Turn public-policy plans into canonical, comparable YAML; validate and compare them.",
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(GENERATOR)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Turn public-policy plans into canonical, comparable YAML; validate and compare them."""


def _register() -> None:
    # Command modules are light: each imports its heavy machinery inside the command.
    from policyparse.cli import commands  # noqa: F401


_register()


def main() -> None:
    app()

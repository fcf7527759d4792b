"""Shared output helpers: one-line errors on stderr, exit codes."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from policyparse.errors import PolicyparseError

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """Print one `error: …` line on stderr (never a traceback)."""
    stderr.print(f"[bold red]error:[/] {escape(message)}")


def fail(exc: PolicyparseError) -> NoReturn:
    error_line(str(exc))
    raise typer.Exit(code=exc.exit_code) from None


def clip(text: str, width: int = 60) -> str:
    """A block's first words for one-line listings (`--blocks`)."""
    return text if len(text) <= width else text[: width - 1] + "…"

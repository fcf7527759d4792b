"""The corpus-run side of `policyparse extract`: its options and the run itself.

`cli/extract.py` hands folders and several documents to `run_corpus`; one
document stays on its own path there. Nothing heavy is imported at module level.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

PANEL = "Corpus runs (folders, several documents)"
DEFAULT_TIMEOUT = 300.0  # the same as corpus.run.DEFAULT_TIMEOUT, kept light to import
INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


Glob = Annotated[
    list[str] | None,
    typer.Option(
        "--glob", "-g", rich_help_panel=PANEL,
        help="Only files in walked folders matching this pattern, e.g. '*.pdf' or 'dk/*' "
        "(repeatable).",
    ),
]  # fmt: skip
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, rich_help_panel=PANEL,
                 help="Worker processes (default: the number of cores)."),
]  # fmt: skip
Timeout = Annotated[
    float,
    typer.Option("--timeout", min=0, rich_help_panel=PANEL,
                 help="Seconds one document may take before it is reported as failed (0: none)."),
]  # fmt: skip
Force = Annotated[
    bool,
    typer.Option("--force", rich_help_panel=PANEL,
                 help="Redo every document, even those whose output is up to date."),
]  # fmt: skip
RetryFailed = Annotated[
    bool,
    typer.Option("--retry-failed", rich_help_panel=PANEL,
                 help="Retry documents that failed before although they have not changed."),
]  # fmt: skip
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", rich_help_panel=PANEL,
                 help="No progress bar and no summary table (failures are still reported)."),
]  # fmt: skip
Engine = Annotated[
    EngineName,
    typer.Option("--engine", rich_help_panel=PANEL,
                 help="local: worker processes on this machine; dask: a Dask cluster."),
]  # fmt: skip
Scheduler = Annotated[
    str | None,
    typer.Option("--scheduler", rich_help_panel=PANEL,
                 help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask; "
                 "without it, dask runs a local cluster)."),
]  # fmt: skip


def run_corpus(
    inputs: list[str],
    out_dir: Path,
    *,
    fmt: str,
    lang: str | None,
    country: str | None,
    glob: list[str] | None,
    jobs: int | None,
    timeout: float,
    force: bool,
    retry_failed: bool,
    quiet: bool,
    engine: EngineName,
    scheduler: str | None,
) -> NoReturn:
    """Run `extract_corpus`, print the summary on a terminal, exit 0, 1 (some failed),
    2 (usage) or 130 (interrupted; the next run continues where this one stopped)."""
    from policyparse.cli._console import error_line, fail, stderr
    from policyparse.corpus import extract_corpus
    from policyparse.corpus.progress import summary_table
    from policyparse.errors import PolicyparseError

    try:
        summary = extract_corpus(
            inputs, out_dir, glob=glob or (), jobs=jobs, timeout=timeout, force=force,
            retry_failed=retry_failed, engine="dask" if scheduler else engine.value,
            scheduler=scheduler, lang=lang, country=country, fmt=fmt, progress=not quiet,
            console=stderr,
        )  # fmt: skip
    except PolicyparseError as exc:
        fail(exc)
    except KeyboardInterrupt:
        error_line("interrupted: finished documents are saved; run the same command to continue")
        raise typer.Exit(code=INTERRUPTED) from None
    if not quiet and stderr.is_terminal:
        stderr.print(summary_table(summary))
    raise typer.Exit(code=summary.exit_code)

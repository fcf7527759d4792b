"""What a corpus run shows on stderr: a live bar, one line per failure, a summary table.

The bar (done/total, failures so far, ETA, current file) only appears on a
terminal; in a log file or CI it would be noise. Failure lines always appear:
they are errors, not progress.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from policyparse.corpus.failures import Failure
from policyparse.corpus.work import KINDS

if TYPE_CHECKING:
    from policyparse.corpus.run import Summary

_ITEM_ROWS = {"funding": "funding items"}


class Reporter:
    """Progress of one run; `show_bar=False` keeps it to failure lines."""

    def __init__(self, console: Console, show_bar: bool) -> None:
        self.console = console
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.failures = 0
        if show_bar and console.is_terminal:
            self.progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}", style="dim"),
                console=console,
                transient=True,
            )

    def __enter__(self) -> Reporter:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.progress:
            self.progress.stop()

    def begin(self, total: int) -> None:
        if self.progress:
            self.task = self.progress.add_task("run", total=total, failed=0, current="")

    def started(self, label: str) -> None:
        if self.progress and self.task is not None:
            self.progress.update(self.task, current=label)

    def finished(self, failure: Failure | None = None) -> None:
        if failure is not None:
            self.failed(failure)
        if self.progress and self.task is not None:
            self.progress.update(self.task, advance=1, failed=self.failures)

    def failed(self, failure: Failure, unchanged: bool = False) -> None:
        """One line on stderr per failed document."""
        self.failures += 1
        note = "; unchanged since it failed, not retried" if unchanged else ""
        message = " ".join(failure.message.split())  # one line, whatever the error said
        self.console.print(
            f"[bold red]error:[/] {escape(failure.path)}: {escape(message)} "
            f"({escape(failure.error)}{note})"
        )


def summary_table(summary: Summary) -> Table:
    """The end-of-run table: what was done, what was found, how fast."""
    table = Table(title="corpus run", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("documents", summary.documents),
        ("extracted", summary.extracted),
        ("skipped (up to date)", summary.skipped),
        ("failed", summary.failed),
        ("  of which not retried (unchanged)", summary.not_retried),
        *((_ITEM_ROWS.get(kind, kind), summary.items.get(kind, 0)) for kind in KINDS),
        ("seconds", f"{summary.seconds:.1f}"),
        ("documents/s", f"{summary.documents_per_second:.1f}"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    return table

"""Failed documents: kept in `OUTDIR/_failures.jsonl`, one JSON object a line.

The file lists the failures of the latest run only (a re-run retries every
failed document, since it has no output). Lines are appended as failures
happen, so a killed run still leaves its list behind; a finished run rewrites
the file sorted by path, so two runs over the same corpus give the same file
whatever order the workers finished in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from policyparse.fsio import atomic_write

FAILURES_FILE = "_failures.jsonl"


@dataclass(frozen=True, order=True)
class Failure:
    path: str  # the input, as given
    error: str  # error class, e.g. "UnreadableDocument", "TimeoutError"
    message: str

    def json_line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"


class FailureLog:
    """The run's failures, mirrored in the failures file as they happen."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / FAILURES_FILE
        self.failures: list[Failure] = []

    def start(self) -> None:
        self.path.unlink(missing_ok=True)

    def add(self, failure: Failure) -> None:
        self.failures.append(failure)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(failure.json_line())

    def finish(self) -> None:
        """Rewrite the file in path order (no file at all when nothing failed)."""
        if self.failures:
            atomic_write(self.path, "".join(f.json_line() for f in sorted(self.failures)))

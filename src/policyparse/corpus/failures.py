"""Failed documents: kept in `OUTDIR/_failures.jsonl`, one JSON object a line.

Each line also records the input's sha256 and the generator, like an output
does: a re-run does not retry a document that failed when neither has changed
(it would fail again; `--retry-failed` or `--force` retry it) but lists it
again, so the file always holds every failure of the corpus. Lines are appended
as failures happen, so a killed run still leaves its list behind; a finished
run rewrites the file sorted by path, so two runs over the same corpus give the
same file whatever order the workers finished in.
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
    sha256: str | None = None  # of the input that failed
    generator: str | None = None

    def json_line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, line: str) -> Failure | None:
        try:
            data = json.loads(line)
            return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})
        except (ValueError, TypeError):
            return None


class FailureLog:
    """The run's failures, mirrored in the failures file as they happen."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / FAILURES_FILE
        self.failures: list[Failure] = []

    def previous(self) -> dict[str, Failure]:
        """The failures an earlier run recorded, by input path."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return {}
        found = (Failure.from_json(line) for line in lines)
        return {f.path: f for f in found if f is not None and isinstance(f.path, str)}

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

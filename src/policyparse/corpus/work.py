"""The unit of work of a corpus run: one document in, its YAML text out.

Every engine runs the same function, `run_job(worker, job)`, so the local
process pool and a Dask cluster produce the same bytes. A job carries only
names and options (small to send anywhere); a result carries the finished
output text, which the coordinating process writes atomically — workers never
touch the output directory, so an interrupted or killed worker leaves nothing
half-written behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KINDS = ("aims", "outcomes", "initiatives", "priorities", "funding")


@dataclass(frozen=True)
class Job:
    key: int  # position in the run; results are matched back by it
    path: str  # absolute path of the input, as the worker opens it
    label: str  # the path as given by the user, recorded as `document.source.path`
    lang: str | None = None
    country: str | None = None
    fmt: str = "yaml"  # of the output text: yaml or json


@dataclass(frozen=True)
class Result:
    key: int
    label: str
    text: str | None = None  # the YAML output; None when the document failed
    counts: dict[str, int] = field(default_factory=dict)  # items per kind
    error: str | None = None  # error class name
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.text is not None

    @classmethod
    def failure(cls, job: Job, error: str, message: str) -> Result:
        return cls(job.key, job.label, error=error, message=message)


Worker = Callable[[Job], Result]


def run_job(worker: Worker, job: Job) -> Result:
    """Run one document; any exception becomes a failed result, never a failed run."""
    try:
        return worker(job)
    except Exception as exc:  # a bug or a bad file in one document must not stop the others
        return Result.failure(job, type(exc).__name__, str(exc) or repr(exc))


def warm() -> None:
    """Fill every lazy cache once (language data, spaCy pipelines, detection models,
    compiled grammars and matchers), so a worker pays for them before its first
    document and never inside a document's time limit: a tiny, language-neutral
    text is extracted in each language."""
    from policyparse.errors import PolicyparseError
    from policyparse.lang import SUPPORTED
    from policyparse.language import detect_text
    from policyparse.pipeline import extract_plan

    detect_text(_WARM_UP_TEXT)
    for code in SUPPORTED:
        with contextlib.suppress(PolicyparseError):
            extract_plan(_WARM_UP_TEXT, lang=code, path_label="warm-up")


_WARM_UP_TEXT = "Plan 2024-2026\n\n1. 100 000 (2025)\n\n- 2025: 50 000\n\n10.1 2026\n"


def current_generator() -> str:
    """What `document.generator` says for outputs made by this version."""
    from policyparse import GENERATOR

    return GENERATOR


def extract_document(job: Job) -> Result:
    """The default worker: extract one plan and render it as YAML (or JSON)."""
    from policyparse.pipeline import extract_plan, render

    plan = extract_plan(job.path, lang=job.lang, country=job.country, path_label=job.label)
    counts = {kind: _count(getattr(plan, kind)) for kind in KINDS}
    return Result(job.key, job.label, render(plan, job.fmt), counts)


def _count(items: list[Any]) -> int:
    """Items of a kind, nested children included."""
    return sum(1 + _count(getattr(item, "children", [])) for item in items)

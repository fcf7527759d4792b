"""`extract_corpus`: walk, skip what is current, run the rest, write, report.

The coordinator is the only process that writes to the output directory, and
every write is atomic: stop it at any moment (Ctrl-C, a kill, a power cut) and
each output file is either the old one, the new one, or absent — so the next
run simply continues, skipping what is already done.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from rich.console import Console

from policyparse.corpus import engines, state
from policyparse.corpus.engines import Warmup
from policyparse.corpus.failures import Failure, FailureLog
from policyparse.corpus.progress import Reporter
from policyparse.corpus.walk import OUTPUT_FORMATS, Task, collect
from policyparse.corpus.work import (
    Job,
    Result,
    Worker,
    current_generator,
    extract_document,
    warm,
)
from policyparse.errors import EXIT_INVALID, EXIT_OK, UsageError
from policyparse.fsio import atomic_write

Engine = Literal["local", "dask"]
DEFAULT_TIMEOUT = 300.0  # seconds per document
DEFAULT_MAX_TASKS = 100  # documents per worker process before it is replaced


@dataclass
class Summary:
    documents: int = 0  # found by the walk
    extracted: int = 0
    skipped: int = 0  # output already current
    failures: list[Failure] = field(default_factory=list)  # this run's and unchanged earlier ones
    not_retried: int = 0  # failures carried over: input and generator unchanged since they failed
    items: Counter[str] = field(default_factory=Counter)  # per kind, over extracted documents
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def documents_per_second(self) -> float:
        handled = self.extracted + self.failed - self.not_retried  # what this run worked on
        return handled / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        return EXIT_INVALID if self.failures else EXIT_OK


@dataclass(frozen=True)
class _Settings:
    engine: Engine
    scheduler: str | None
    processes: int
    timeout: float | None
    max_tasks: int
    worker: Worker
    warmup: Warmup
    lang: str | None
    country: str | None
    fmt: str


def extract_corpus(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    glob: Sequence[str] = (),
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    force: bool = False,
    retry_failed: bool = False,
    engine: Engine = "local",
    scheduler: str | None = None,
    lang: str | None = None,
    country: str | None = None,
    fmt: str = "yaml",
    progress: bool = False,
    console: Console | None = None,
    max_tasks_per_worker: int = DEFAULT_MAX_TASKS,
    worker: Worker | None = None,
    warmup: Warmup | None = None,
    generator: str | None = None,
) -> Summary:
    """Extract every document under `paths` into `out_dir`, in parallel and incrementally.

    Returns the run's `Summary`; failed documents are in `summary.failures` and in
    `out_dir/_failures.jsonl` (and on stderr). Documents whose output is current are
    skipped, and so are documents that failed before and have not changed, unless
    `force` (redo all) or `retry_failed`. `timeout=None` or 0 lets a document take
    any time; `progress=True` shows a bar when stderr is a terminal. `worker`, `warmup`
    (run once per worker process) and `generator` replace the extraction.
    """
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}: use local or dask")
    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use {' or '.join(OUTPUT_FORMATS)}")
    settings = _Settings(
        engine, scheduler, jobs or engines.default_jobs(), timeout or None,
        max_tasks_per_worker, worker or extract_document,
        warmup or (warm if worker is None else _nothing), lang, country, fmt,
    )  # fmt: skip
    started = time.monotonic()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: not a folder (-o needs a folder for several documents)")
    made_by = generator or current_generator()
    tasks = collect(paths, out, glob, fmt)
    log = FailureLog(out)
    plan = state.split(tasks, made_by, log.previous(), force=force, retry_failed=retry_failed)
    summary = Summary(len(tasks), skipped=len(plan.current), not_retried=len(plan.failed_before))
    state.clean_stale_temps(out)
    log.start()
    console = console or Console(stderr=True, highlight=False, soft_wrap=True)
    reporter = Reporter(console, show_bar=progress and bool(plan.todo))
    try:
        for failure in plan.failed_before:
            log.add(failure)
            reporter.failed(failure, unchanged=True)
        with reporter, contextlib.closing(_results(plan.todo, settings, reporter)) as results:
            reporter.begin(len(plan.todo))
            for task, result in results:  # closing: an interrupt stops the workers at once
                reporter.finished(_record(task, result, summary, log, made_by))
    finally:
        log.finish()
        summary.failures = sorted(log.failures)
        summary.seconds = time.monotonic() - started
    return summary


def _results(
    todo: list[Task], settings: _Settings, reporter: Reporter
) -> Generator[tuple[Task, Result], None, None]:
    """Results in the order they finish; the largest inputs start first, so the run
    does not end waiting on one big file while the other workers idle."""
    jobs = [
        Job(key, os.path.abspath(t.path), t.label, settings.lang, settings.country, settings.fmt)
        for key, t in enumerate(todo)
    ]
    if not jobs:
        return
    jobs.sort(key=lambda job: -_size(todo[job.key].path))

    def on_start(job: Job) -> None:
        reporter.started(job.label)

    if settings.engine == "dask":
        results = engines.run_dask(
            jobs, settings.worker, warmup=settings.warmup, processes=settings.processes,
            timeout=settings.timeout, scheduler=settings.scheduler, on_start=on_start,
        )  # fmt: skip
    else:
        results = engines.run_local(
            jobs, settings.worker, warmup=settings.warmup, processes=settings.processes,
            timeout=settings.timeout, max_tasks=settings.max_tasks, on_start=on_start,
        )  # fmt: skip
    with contextlib.closing(results):
        for result in results:
            yield todo[result.key], result


def _record(
    task: Task, result: Result, summary: Summary, log: FailureLog, generator: str
) -> Failure | None:
    if result.text is not None:
        atomic_write(task.output, result.text)
        summary.extracted += 1
        summary.items.update(result.counts)
        return None
    message = result.message or "failed"
    for name in (task.label, os.path.abspath(task.path)):  # the path is in the record already
        message = message.removeprefix(f"{name}: ")
    sha = state.sha_or_none(task.path)
    failure = Failure(task.label, result.error or "Error", message, sha, generator)
    log.add(failure)
    return failure


def _nothing() -> None:
    """The warm-up of a custom worker that needs none."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

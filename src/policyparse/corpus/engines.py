"""Engines run jobs and yield results as they finish; both run `work.run_job`.

`local`: a small process pool of our own. The standard pools cannot stop one
task: a document past `--timeout` would hold its worker (and the run) forever.
Here each worker has its own pipe, so the coordinator can kill exactly the
worker that hangs, report the document as timed out and start a fresh one.
Workers ignore Ctrl-C (the coordinator decides), warm their caches once
(`work.warm`), and retire after `max_tasks` documents so memory stays flat.

`dask`: the same function on dask.distributed — a `LocalCluster` when no
scheduler address is given.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from policyparse.corpus.work import Job, Result, Worker, run_job, warm
from policyparse.errors import UsageError

OnStart = Callable[[Job], None]
Warmup = Callable[[], None]


def default_jobs() -> int:
    """Cores this process may use (respects CPU affinity and container limits)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context(prewarm: bool) -> Any:
    """forkserver where the platform has it: children start from a clean process
    (never a fork of a coordinator running a progress thread) that has already warmed
    the caches (`_prewarm`), so starting or replacing a worker costs a fork. The fork
    server lives as long as this process; the first pool decides what it preloads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        module = "policyparse.corpus._prewarm" if prewarm else "policyparse.corpus.work"
        ctx.set_forkserver_preload([module])
        return ctx
    return multiprocessing.get_context("spawn")


def _serve(conn: Connection, worker: Worker, warmup: Warmup) -> None:
    """Worker process: warm up, say ready, then run jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a warm-up that fails (broken language data, say) fails each document again, with
    # its message in the failures file: better than a run that cannot start
    with contextlib.suppress(Exception):
        warmup()
    with contextlib.suppress(EOFError, OSError):  # raised when the coordinator is gone
        conn.send(None)
        while (job := conn.recv()) is not None:
            conn.send(run_job(worker, job))


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    jobs: deque[Job] = field(default_factory=deque)  # sent, not answered; the first runs
    deadline: float = float("inf")  # of the first job
    done: int = 0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalPool:
    """`processes` workers running `worker`; see the module docstring.

    Each worker holds up to `DEPTH` jobs: the one it runs and the next, already in
    its pipe, so it never waits for the coordinator (busy writing and fsyncing
    outputs on the same cores) between documents. A job's time limit starts when
    the job before it is answered."""

    DEPTH = 2

    def __init__(
        self, worker: Worker, warmup: Warmup, processes: int, timeout: float | None, max_tasks: int
    ) -> None:
        self.worker, self.warmup = worker, warmup
        self.processes, self.timeout = processes, timeout
        self.max_tasks = max(1, max_tasks)
        self.ctx = _context(prewarm=warmup is warm)
        self.slots: list[_Slot] = []
        self.queue: deque[Job] = deque()
        self.on_start: OnStart | None = None

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(
            target=_serve, args=(child, self.worker, self.warmup), daemon=True
        )
        process.start()
        child.close()
        slot = _Slot(process, parent)
        self.slots.append(slot)
        return slot

    def _retire(self, slot: _Slot, kill: bool = False) -> None:
        self.slots.remove(slot)
        slot.stop(kill=kill)

    def run(
        self, jobs: Sequence[Job], on_start: OnStart | None = None
    ) -> Generator[Result, None, None]:
        self.queue, self.on_start = deque(jobs), on_start
        try:
            for _ in range(min(self.processes, len(self.queue))):
                self._start()
            while self.queue or any(s.jobs for s in self.slots):
                self._dispatch()
                results = self._collect()
                self._dispatch()  # workers go on while the caller writes
                yield from results
        finally:
            for slot in list(self.slots):
                self._retire(slot, kill=True)

    def _dispatch(self) -> None:
        for slot in self.slots:
            while (
                slot.ready
                and self.queue
                and len(slot.jobs) < self.DEPTH
                and slot.done + len(slot.jobs) < self.max_tasks
            ):
                slot.jobs.append(self.queue.popleft())
                slot.conn.send(slot.jobs[-1])
                if len(slot.jobs) == 1:
                    self._begin(slot)

    def _begin(self, slot: _Slot) -> None:
        """The slot's first job is running from now on."""
        slot.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
        if self.on_start:
            self.on_start(slot.jobs[0])

    def _collect(self) -> list[Result]:
        """Wait for the next results (or the nearest deadline); kill workers past it."""
        deadline = min(s.deadline for s in self.slots) if self.slots else float("inf")
        pause = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
        results: list[Result] = []
        for conn in wait([s.conn for s in self.slots], timeout=pause):
            slot = next(s for s in self.slots if s.conn is conn)
            results.extend(self._receive(slot))
        now = time.monotonic()
        for slot in [s for s in self.slots if s.jobs and s.deadline <= now]:
            late = slot.jobs.popleft()
            results.append(
                Result.failure(late, "TimeoutError", f"timed out after {self.timeout:g} s")
            )
            self._replace(slot, kill=True)
        return results

    def _receive(self, slot: _Slot) -> list[Result]:
        try:
            message = slot.conn.recv()
        except (EOFError, OSError):
            code = slot.process.exitcode
            if not slot.ready:
                raise RuntimeError(f"a worker process failed to start (exit {code})") from None
            died = slot.jobs.popleft() if slot.jobs else None
            self._replace(slot, kill=True)
            if died is None:
                return []
            return [Result.failure(died, "WorkerDied", f"worker process died (exit {code})")]
        if message is None:
            slot.ready = True
            return []
        slot.jobs.popleft()
        slot.deadline, slot.done = float("inf"), slot.done + 1
        if slot.jobs:
            self._begin(slot)
        elif slot.done >= self.max_tasks:
            self._replace(slot)
        return [message]

    def _replace(self, slot: _Slot, kill: bool = False) -> None:
        """Retire the slot; jobs it had not begun go back to the front of the queue."""
        self.queue.extendleft(reversed(slot.jobs))
        self._retire(slot, kill=kill)
        if self.queue:
            self._start()


def run_local(
    jobs: Sequence[Job],
    worker: Worker,
    *,
    warmup: Warmup = warm,
    processes: int,
    timeout: float | None,
    max_tasks: int,
    on_start: OnStart | None = None,
) -> Generator[Result, None, None]:
    return LocalPool(worker, warmup, processes, timeout, max_tasks).run(jobs, on_start)


def run_dask(
    jobs: Sequence[Job],
    worker: Worker,
    *,
    warmup: Warmup = warm,
    processes: int,
    timeout: float | None,
    scheduler: str | None = None,
    on_start: OnStart | None = None,
) -> Generator[Result, None, None]:
    """Run on the Dask cluster at `scheduler`, or on a loopback `LocalCluster` of
    `processes` single-threaded worker processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("the dask engine needs: pip install 'policyparse[dask]'") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=processes,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,  # a restart after a timeout is expected, not news
        )
    client = Client(scheduler or cluster)  # type: ignore[no-untyped-call]
    try:
        client.register_plugin(_warm_plugin(warmup), name="policyparse-warm")
        yield from _DaskRun(client, worker, timeout).run(jobs, on_start)
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _warm_plugin(warmup: Warmup) -> Any:
    """A worker plugin warming each worker's caches when it starts (or restarts)."""
    from distributed import WorkerPlugin

    class Warm(WorkerPlugin):
        def setup(self, worker: Any) -> None:
            warmup()

    return Warm()


class _DaskRun:
    """Keeps as many documents in flight as the cluster has threads, so a deadline
    measured from submission is a deadline on the document itself."""

    def __init__(self, client: Any, worker: Worker, timeout: float | None) -> None:
        self.client, self.worker, self.timeout = client, worker, timeout
        self.run_id = os.urandom(4).hex()

    def run(self, jobs: Sequence[Job], on_start: OnStart | None) -> Generator[Result, None, None]:
        from distributed import wait as dask_wait

        queue = deque(jobs)
        in_flight: dict[Any, tuple[Job, float]] = {}
        while queue or in_flight:
            self._fill(queue, in_flight, on_start)
            deadline = min(d for _, d in in_flight.values())
            pause = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
            try:
                done, _ = dask_wait(  # type: ignore[no-untyped-call]
                    list(in_flight), timeout=pause, return_when="FIRST_COMPLETED"
                )
            except TimeoutError:
                done = set()
            results = [_outcome(future, in_flight.pop(future)[0]) for future in done]
            self._fill(queue, in_flight, on_start)  # workers go on while the caller writes
            yield from results
            now = time.monotonic()
            for future in [f for f, (_, d) in in_flight.items() if d <= now]:
                job = in_flight.pop(future)[0]
                yield Result.failure(job, "TimeoutError", f"timed out after {self.timeout:g} s")
                self._stop(future)
                self._restart_clocks(in_flight)

    def _fill(
        self, queue: deque[Job], in_flight: dict[Any, tuple[Job, float]], on_start: OnStart | None
    ) -> None:
        slots = max(1, sum(self.client.nthreads().values()))
        while queue and len(in_flight) < slots:
            job = queue.popleft()
            key = f"policyparse-{self.run_id}-{job.key}"
            future = self.client.submit(run_job, self.worker, job, key=key, pure=False)
            limit = time.monotonic() + self.timeout if self.timeout else float("inf")
            in_flight[future] = (job, limit)
            if on_start:
                on_start(job)

    def _restart_clocks(self, in_flight: dict[Any, tuple[Job, float]]) -> None:
        """Documents that waited for the restarted worker get their full time again."""
        limit = time.monotonic() + self.timeout if self.timeout else float("inf")
        for future, (job, _) in in_flight.items():
            in_flight[future] = (job, limit)

    def _stop(self, future: Any) -> None:
        """Cancel a document past its deadline and restart the worker stuck on it."""
        stuck = [w for w, keys in self.client.processing().items() if future.key in keys]
        future.cancel()
        if stuck:
            # a worker without a nanny cannot restart; the run goes on without it
            with contextlib.suppress(Exception):
                self.client.restart_workers(stuck)


def _outcome(future: Any, job: Job) -> Result:
    if future.status == "finished":
        result = future.result()
        assert isinstance(result, Result)
        return result
    exc = future.exception()
    return Result.failure(job, type(exc).__name__, str(exc) or repr(exc))

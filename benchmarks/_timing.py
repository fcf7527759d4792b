"""What several benchmarks share: the bundled samples and a best-of-N timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of `runs` timings: the least disturbed by other work on the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)

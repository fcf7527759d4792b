"""Corpus runs at scale: speed with 1 and 2 jobs and on Dask, memory, unchanged re-runs.

Builds corpora of varied copies of the samples (paragraphs shuffled, years and
other numbers changed; plain text, Markdown and HTML), plus a few corrupt files
and one oversized document that makes extraction slow (it hits `--timeout`),
then runs `extract_corpus` in a fresh process per measurement, sampling the
proportional memory (PSS) and CPU time of the whole process tree. All in the
same run, as ratios against each other; 1-job and 2-job runs alternate for
`--rounds` rounds and the best of each counts, since other work on the machine
(see the load column) slows single runs unevenly. Goals (2-core machine):

- 2 jobs >= 1.8x the documents/s of 1 job;
- peak memory of the whole run at 1,000 documents <= 1.2x that at 100;
- a re-run with nothing changed takes < 5 % of the first run's time.

    python benchmarks/corpus.py [--documents 1000] [--small 100] [--timeout 10] [--rounds 2]
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOAL_SPEEDUP, GOAL_MEMORY, GOAL_RERUN = 1.8, 1.2, 0.05
CORRUPT: dict[str, bytes] = {
    "broken/truncated.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
    "broken/not-a-zip.docx": b"PK\x03\x04" + bytes(range(256)) * 4,
    "broken/empty.txt": b"",
    "broken/binary.txt": bytes(random.Random(1).randrange(256) for _ in range(4096)),
    "broken/noise.html": b"<html>" + bytes(random.Random(2).randrange(256) for _ in range(2048)),
}  # fmt: skip
RUNNER = """
import json, sys
from policyparse.corpus import extract_corpus
args = json.loads(sys.argv[1])
s = extract_corpus([args["corpus"]], args["out"], jobs=args["jobs"], engine=args["engine"],
                   timeout=args["timeout"])
print(json.dumps({"documents": s.documents, "extracted": s.extracted, "skipped": s.skipped,
                  "failed": s.failed, "seconds": s.seconds, "timed_out": sum(
                      f.error == "TimeoutError" for f in s.failures)}))
"""


def vary(text: str, rng: random.Random) -> str:
    """Same kind of document, different bytes: shuffled body, shifted years, new numbers."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    out = "\n\n".join(head + body)
    out = re.sub(r"\b(?:19|20)\d\d\b", lambda m: str(int(m.group()) + shift), out)
    return re.sub(r"(?<![\d.,])\d{1,3}(?=,\d|\s*(?:mio|mill|million|m\b|bn|kr|%))",
                  lambda m: str(rng.randint(2, 999)), out)  # fmt: skip


def render(text: str, fmt: str) -> str:
    title, _, body = text.partition("\n\n")
    if fmt == "md":
        return f"# {title.strip()}\n\n{body}\n"
    if fmt == "html":
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n"))
        return f"<html><body><main><h1>{html.escape(title)}</h1>\n{paras}</main></body></html>\n"
    return text + "\n"


def build_corpus(root: Path, documents: int) -> None:
    samples = sorted(SAMPLES.glob("*.txt"))
    good = documents - len(CORRUPT) - 1
    for i in range(good):
        sample = samples[i % len(samples)]
        fmt = ("txt", "md", "html")[i // len(samples) % 3]
        text = vary(sample.read_text(encoding="utf-8"), random.Random(i))
        path = root / sample.stem[:2] / f"batch{i // 100:02}" / f"{sample.stem}-{i:04}.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(text, fmt), encoding="utf-8")
    for name, data in CORRUPT.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    big = (SAMPLES / "gb-sct-mental-health-delivery-plan-2023.txt").read_text(encoding="utf-8")
    oversized = "\n\n".join([big] * 600)  # ~5 MB of one plan: far past --timeout
    (root / "broken/oversized.txt").write_text(oversized, encoding="utf-8")


@dataclass
class Measured:
    wall: float
    peak_mib: float  # proportional set size of the whole process tree, at its peak
    cpu: float  # CPU seconds of the whole process tree
    summary: dict[str, float]
    load: float  # the machine's 1-minute load average when the run ended

    @property
    def docs_per_s(self) -> float:
        return (self.summary["extracted"] + self.summary["failed"]) / self.wall


def measure(corpus: Path, out: Path, jobs: int, engine: str, timeout: float) -> Measured:
    """Run one corpus extraction in a fresh process; wall time, CPU and peak PSS of its tree."""
    args = json.dumps({"corpus": str(corpus), "out": str(out), "jobs": jobs, "engine": engine,
                       "timeout": timeout})  # fmt: skip
    began = time.perf_counter()
    command = [sys.executable, "-c", RUNNER, args]  # failure lines are expected: not shown
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    tree = _Tree(child.pid)
    sampler = threading.Thread(target=tree.sample, daemon=True)
    sampler.start()
    stdout, _ = child.communicate()
    wall = time.perf_counter() - began
    sampler.join()
    if child.returncode not in (0, 1):
        raise SystemExit(f"run failed with exit {child.returncode}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    return Measured(wall, tree.peak / 2**20, tree.cpu, summary, os.getloadavg()[0])


class _Tree:
    """Samples a process and its descendants every 0.1 s: summed PSS (peak) and CPU time
    (the last reading of each process, so workers that came and went are counted)."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0.0
        self.cpu_by_pid: dict[int, float] = {}

    @property
    def cpu(self) -> float:
        return sum(self.cpu_by_pid.values())

    def sample(self) -> None:
        with contextlib.suppress(psutil.NoSuchProcess):
            while self.root.is_running() and self.root.status() != psutil.STATUS_ZOMBIE:
                total = 0
                for proc in [self.root, *self.root.children(recursive=True)]:
                    with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                        total += proc.memory_full_info().pss
                        times = proc.cpu_times()
                        self.cpu_by_pid[proc.pid] = times.user + times.system
                self.peak = max(self.peak, total)
                time.sleep(0.1)


def report(name: str, m: Measured) -> None:
    s = m.summary
    counts = f"extracted {s['extracted']:.0f}, skipped {s['skipped']:.0f}, failed {s['failed']:.0f}"
    print(
        f"{name:<26} {m.wall:6.1f} s {m.docs_per_s:6.2f} docs/s  cpu {m.cpu / m.wall:4.2f} cores  "
        f"peak {m.peak_mib:5.0f} MiB  {counts} (timed out {s['timed_out']:.0f})  "
        f"load {m.load:.1f}",
        flush=True,
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=2, help="1-job/2-job rounds (best counts)")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    opts = parser.parse_args()
    work = opts.keep or Path(tempfile.mkdtemp(prefix="policyparse-bench-"))
    try:
        run(work, opts.documents, opts.small, opts.timeout, opts.rounds)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(work: Path, documents: int, small: int, timeout: float, rounds: int) -> None:
    large, little = work / f"corpus{documents}", work / f"corpus{small}"
    build_corpus(large, documents)
    build_corpus(little, small)
    for earlier in work.glob("out-*"):  # a kept folder's outputs would make every run a re-run
        shutil.rmtree(earlier)
    print(f"corpora: {documents} and {small} documents in {work}; timeout {timeout:g} s; "
          f"{os.cpu_count()} cores; other load counts (see 'load')")  # fmt: skip
    ones, twos = [], []
    for n in range(rounds):  # interleaved, so both see the same share of a busy machine
        ones.append(measure(large, work / f"out-1job-{n}", 1, "local", timeout))
        report(f"1 job (round {n + 1})", ones[-1])
        twos.append(measure(large, work / f"out-2jobs-{n}", 2, "local", timeout))
        report(f"2 jobs (round {n + 1})", twos[-1])
    one, two = min(ones, key=lambda m: m.wall), min(twos, key=lambda m: m.wall)
    rerun = measure(large, work / "out-2jobs-0", 2, "local", timeout)
    report("2 jobs, unchanged re-run", rerun)
    dask = measure(large, work / "out-dask", 2, "dask", timeout)
    report("dask, 2 workers", dask)
    small_run = measure(little, work / "out-small", 2, "local", timeout)
    report(f"2 jobs, {small} documents", small_run)
    conclude(one, two, dask, rerun, twos[0], small_run, documents, small)
    same = _same_outputs(work / "out-2jobs-0", work / "out-dask", work / "out-1job-0")
    print(f"outputs identical across 1 job, 2 jobs and dask: {same}")


def conclude(
    one: Measured, two: Measured, dask: Measured, rerun: Measured, first: Measured,
    small_run: Measured, documents: int, small: int,
) -> None:  # fmt: skip
    speedup = two.docs_per_s / one.docs_per_s
    memory = two.peak_mib / small_run.peak_mib
    rerun_share = rerun.wall / first.wall
    print(f"speed-up 2 jobs / 1 job (best runs)  {speedup:.2f}x  (goal >= {GOAL_SPEEDUP}x: "
          f"{verdict(speedup >= GOAL_SPEEDUP)})")  # fmt: skip
    overhead = two.cpu / one.cpu
    print(f"CPU per document, 2 jobs / 1 job     {overhead:.2f}x  (1.00: no parallel overhead; "
          "the speed-up is bounded by the cores the machine leaves free: see 'cpu')")  # fmt: skip
    print(f"dask / local, 2 workers              {dask.docs_per_s / two.docs_per_s:.2f}x")
    print(f"peak memory {documents} / {small} documents  {memory:.2f}x  (goal <= {GOAL_MEMORY}x: "
          f"{verdict(memory <= GOAL_MEMORY)})")  # fmt: skip
    print(f"unchanged re-run / its first run     {rerun_share:.1%}  (goal < {GOAL_RERUN:.0%}: "
          f"{verdict(rerun_share < GOAL_RERUN)})")  # fmt: skip


def _same_outputs(*dirs: Path) -> bool:
    trees = [{p.relative_to(d): p.read_bytes() for p in sorted(d.rglob("*.yaml"))} for d in dirs]
    return all(tree == trees[0] for tree in trees[1:])


if __name__ == "__main__":
    main()

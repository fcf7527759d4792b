"""What `policyparse text` costs on the text samples, and what the stray-n repair adds.

Measured in the same run:
- in process: `read()` of every sample with the repair, against `read()` with the
  repair switched off (baseline);
- as a command: `policyparse text SAMPLE` with a warm word cache, against
  `policyparse --help` (the start-up floor);
- once: building the repair's word cache from spacy-lookups-data (first use only).

    python benchmarks/text_speed.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from _timing import SAMPLES, best_of


def in_process(runs: int) -> None:
    import policyparse.readers.markdown as markdown
    import policyparse.readers.text as text
    from policyparse.readers import read

    def all_samples() -> None:
        for sample in SAMPLES:
            read(sample)

    all_samples()  # warm caches: language data, word database
    with_repair = best_of(runs, all_samples)
    saved = text.repair_stray_n, markdown.repair_stray_n
    text.repair_stray_n = markdown.repair_stray_n = lambda t: (t, [])
    without = best_of(runs, all_samples)
    text.repair_stray_n, markdown.repair_stray_n = saved
    print(f"read() of {len(SAMPLES)} samples: {with_repair * 1000:.1f} ms with repair, "
          f"{without * 1000:.1f} ms without (x{with_repair / without:.2f})")  # fmt: skip


def as_commands(runs: int) -> None:
    exe = shutil.which("policyparse") or sys.exit("policyparse is not installed")
    floor = statistics.median(_timed([exe, "--help"]) for _ in range(runs))
    text = statistics.median(_timed([exe, "text", str(SAMPLES[0])]) for _ in range(runs))
    print(f"policyparse --help {floor * 1000:.0f} ms, policyparse text {text * 1000:.0f} ms "
          f"(x{text / floor:.2f} the start-up floor)")  # fmt: skip


def cold_cache() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "POLICYPARSE_CACHE_DIR": folder}
        exe = shutil.which("policyparse") or "policyparse"
        seconds = _timed([exe, "text", str(SAMPLES[0])], env)
    print(f"first run ever (builds the word cache): {seconds:.1f} s")


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    in_process(args.runs)
    as_commands(max(5, args.runs // 2))
    cold_cache()


if __name__ == "__main__":
    main()

"""How fast `policyparse --help` starts, next to a bare `python -c pass` in the same run.

Goal: `policyparse --help` under 0.3 s on the 2-core CI machine. Also lists which
heavy libraries (spaCy, pdfplumber, jsonschema, langdetect) the help screen imports:
it should import none of them.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

GOAL_SECONDS = 0.3
HEAVY = ("spacy", "pdfplumber", "jsonschema", "langdetect", "docx", "selectolax", "dask", "yaml")


def _median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def _heavy_imports() -> list[str]:
    probe = (
        "import sys\nfrom policyparse.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY:', *[m for m in {HEAVY!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    marked = [line for line in done.stdout.splitlines() if line.startswith("HEAVY:")]
    return marked[-1].split()[1:] if marked else ["(probe failed)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    script = shutil.which("policyparse")
    help_command = [script, "--help"] if script else [sys.executable, "-m", "policyparse", "--help"]
    _median_seconds(help_command, 2)  # warm the file cache
    baseline = _median_seconds([sys.executable, "-c", "pass"], runs)
    helped = _median_seconds(help_command, runs)
    print(f"python -c pass       {baseline:.3f} s (median of {runs})")
    print(f"policyparse --help   {helped:.3f} s (median of {runs})")
    print(f"ratio                {helped / baseline:.1f}x; overhead {helped - baseline:.3f} s")
    print(
        f"goal                 <= {GOAL_SECONDS} s: {'met' if helped <= GOAL_SECONDS else 'MISSED'}"
    )
    heavy = _heavy_imports()
    print(f"heavy imports        {', '.join(heavy) if heavy else 'none'}")


if __name__ == "__main__":
    main()

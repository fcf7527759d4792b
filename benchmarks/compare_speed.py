"""`policyparse compare` at scale: time per plan against `validate` on the same files.

Copies the sample plans into a temporary folder (N copies each), then measures, in one
process and the same run:

- baseline: `validate.check_files` on the folder (parsing, schema, plan rules);
- compare: `compare.inputs.load` (the same checks) + `compare()` (funding, themes) +
  rendering in all five formats;
- the one-off cost of the first theme tagging (the spaCy pipelines load once).

Goal (2-core machine): compare of a warm process costs at most 3x validate per plan,
i.e. funding, themes and five renderings together cost at most twice the checking.

    python benchmarks/compare_speed.py [--copies 20]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PLANS = Path(__file__).resolve().parent.parent / "tests" / "data" / "plans"
GOAL = 3.0


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def make_folder(root: Path, copies: int) -> int:
    count = 0
    for plan in sorted(PLANS.glob("*.yaml")):
        for n in range(copies):
            shutil.copy(plan, root / f"{plan.stem}-{n:03d}.yaml")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of each sample plan")
    args = parser.parse_args(argv)

    from policyparse.compare import compare
    from policyparse.compare.inputs import load
    from policyparse.compare.render import FORMATS, render
    from policyparse.validate import check_files

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = make_folder(folder, args.copies)
        first = timed(lambda: compare([p.plan for p in load([str(PLANS)])[0]]))

        def run_compare() -> None:
            loaded, _ = load([str(folder)])
            data = compare([x.plan for x in loaded], files=[x.file for x in loaded]).to_dict()
            for fmt in FORMATS:
                render(data, fmt)

        baseline = timed(lambda: check_files([folder]))
        measured = timed(run_compare)
    ratio = measured / baseline
    print(f"plans: {count}")
    print(f"first tagging in a fresh process (spaCy pipelines load): {first:.2f} s")
    print(f"validate: {1000 * baseline / count:.1f} ms/plan")
    print(f"compare + 5 formats: {1000 * measured / count:.1f} ms/plan")
    verdict = "ok" if ratio <= GOAL else "MISSED"
    print(f"ratio: {ratio:.2f}x validate (goal <= {GOAL:.1f}x): {verdict}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory of reading a PDF against its page count: bounded, because pages are
read one at a time and each page's caches are flushed (`page.close()`).

    python benchmarks/read_memory.py [PAGES ...]     # default: 20 100 200

Each read runs in a fresh process; the figure is the peak resident memory of that
process above the same process after its imports and a one-page warm-up read. For
contrast, bare pdfplumber `extract_text()` that keeps its pages open (no
`page.close()`) runs the same way.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from plan_pdf import plan_pdf

CHILD = """
import io, resource, sys
sys.path.insert(0, {bench!r})
from plan_pdf import plan_pdf
import pdfplumber
from policyparse.readers import read

def peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

read(plan_pdf(1), name="warm.pdf")
base = peak()
data = open({path!r}, "rb").read()
if {mode!r} == "policyparse":
    read(data, name="bench.pdf")
else:
    pdf = pdfplumber.open(io.BytesIO(data))
    for page in pdf.pages:
        page.extract_text()
print(f"{{peak() - base:.1f}} {{peak():.1f}}")
"""


def measure(path: Path, mode: str) -> tuple[float, float]:
    code = CHILD.format(bench=str(Path(__file__).parent), path=str(path), mode=mode)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    growth, total = out.stdout.split()
    return float(growth), float(total)


def main(counts: list[int]) -> None:
    print("| pages | reader | peak RSS growth (MiB) | peak RSS (MiB) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            path = Path(tmp) / f"plan-{count}.pdf"
            path.write_bytes(plan_pdf(count))
            for mode in ("policyparse", "pdfplumber, pages kept open"):
                growth, total = measure(path, mode)
                print(f"| {count} | {mode} | {growth:.1f} | {total:.1f} |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20, 100, 200])

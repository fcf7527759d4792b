"""PDF reading speed: policyparse's structured read against bare text extraction,
on the same PDFs, in the same run.

    python benchmarks/read_speed.py [PDF ...]

Without arguments it builds plan-like PDFs with fpdf2 (see plan_pdf.py: running
header/footer, headings, lists, tables, two-column pages). Reported per reader:
pages per second, and the time ratio to bare pdfplumber `extract_text()`. The goal:
policyparse's structure costs at most 1.5x the bare pdfplumber read.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from plan_pdf import plan_pdf

GOAL = 1.5
REPEATS = 3


def policyparse_read(data: bytes) -> int:
    from policyparse.readers import read

    return read(data, name="bench.pdf").pages or 0


def pdfplumber_text(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def pypdfium2_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    for page in document:
        page.get_textpage().get_text_range()
    count = len(document)
    document.close()
    return count


READERS: dict[str, Callable[[bytes], int]] = {
    "pdfplumber extract_text (bare)": pdfplumber_text,
    "pypdfium2 text (bare)": pypdfium2_text,
    "policyparse read (structure)": policyparse_read,
}


def _cpu_seconds(data: bytes) -> dict[str, tuple[float, int]]:
    """Median CPU time per reader; the readers take turns, so a busy machine
    slows them alike (CPU time, not wall time, for the same reason)."""
    times: dict[str, list[float]] = {label: [] for label in READERS}
    pages: dict[str, int] = {}
    for _ in range(REPEATS):
        for label, reader in READERS.items():
            start = time.process_time()
            pages[label] = reader(data)
            times[label].append(time.process_time() - start)
    return {label: (statistics.median(t), pages[label]) for label, t in times.items()}


def main(paths: list[str]) -> int:
    pdfs = {Path(p).name: Path(p).read_bytes() for p in paths}
    if not pdfs:
        pdfs = {f"generated-{n}p.pdf": plan_pdf(n) for n in (10, 40)}
    for reader in READERS.values():  # imports and caches outside the timing
        reader(plan_pdf(1))
    print("| PDF | pages | reader | CPU s (median of 3) | pages/s | × bare pdfplumber |")
    print("|---|---|---|---|---|---|")
    ratios = []
    for name, data in pdfs.items():
        results = _cpu_seconds(data)
        base = results["pdfplumber extract_text (bare)"][0]
        for label, (seconds, pages) in results.items():
            print(f"| {name} | {pages} | {label} | {seconds:.2f} | {pages / seconds:.0f} "
                  f"| {seconds / base:.2f} |")  # fmt: skip
        ratios.append(results["policyparse read (structure)"][0] / base)
    worst = max(ratios)
    verdict = "meets" if worst <= GOAL else "misses"
    print(f"\nworst structure/bare ratio {worst:.2f}: {verdict} the goal of {GOAL}x")
    return 0 if worst <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Realistic multi-page plan PDFs for the reading benchmarks, built with fpdf2.

Body text comes from the sample plans in `samples/`; every page has a running
header and a page-number footer, every chapter a heading hierarchy, bullet
items and a bordered table, and every other chapter ends in two columns.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

from fpdf import FPDF

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TITLE = "National plan for drug treatment 2024-2027"
_LATIN1 = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "•": "-"})
TABLE = (
    ("Initiative", "Amount", "Period"),
    ("Housing first", "54,3 mio. kr.", "2024-2027"),
    ("Outreach teams", "12 mio. kr.", "2025-2026"),
)


class _Plan(FPDF):  # type: ignore[misc]
    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.text(20, 12, TITLE)

    def footer(self) -> None:
        self.set_font("Helvetica", size=8)
        self.text(100, 287, f"Page {self.page_no()}")


def _paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").splitlines():
            text = " ".join(para.split()).translate(_LATIN1)
            if len(text) > 200 and "|" not in text:
                paras.append(text.encode("latin-1", "replace").decode("latin-1"))
    return paras


def plan_pdf(pages: int) -> bytes:
    """A plan of `pages` pages or a few more (a chapter is finished)."""
    pdf = _Plan(format="A4", unit="mm")
    pdf.set_margins(20, 25, 20)
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_title(TITLE)
    pdf.add_page()
    paras = itertools.cycle(_paragraphs())
    chapter = 0
    while pdf.page_no() < pages:
        chapter += 1
        _chapter(pdf, chapter, paras)
    return bytes(pdf.output())


def _text(pdf: FPDF, size: float, text: str, style: str = "", height: float = 5.5) -> None:
    pdf.set_font("Helvetica", style=style, size=size)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def _chapter(pdf: FPDF, number: int, paras: Iterator[str]) -> None:
    _text(pdf, 18, f"{number}. Priority area {number}", "B", 9)
    for section in range(1, 4):
        _text(pdf, 14, f"{number}.{section} Actions and outcomes", "B", 8)
        for _ in range(3):
            _text(pdf, 11, next(paras))
            pdf.ln(3)
        for _ in range(3):
            _text(pdf, 11, f"-  {next(paras)[:160]}")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(70, 50, 50)) as table:
        for row in TABLE:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(4)
    if number % 2 == 0:
        pdf.set_font("Helvetica", size=10)
        with pdf.text_columns(ncols=2, gutter=8) as cols:
            for _ in range(6):
                cols.write(next(paras) + "\n\n")

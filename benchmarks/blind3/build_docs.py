"""Build the binary plans of benchmarks/blind3/docs (three PDFs, one DOCX), deterministically.

    python benchmarks/blind3/build_docs.py

The plans are modelled on real public documents (Healthy Ireland, a Danish region's
psychiatry plan, Norway's action plan against domestic violence, a Danish suicide
prevention action plan) and written as data below. PDFs get a title page, running
header and footer with page numbers, bold headings and a table (the Irish one also a
two-column page); the DOCX gets real Word headings, list paragraphs and a table.
Fixed creation dates and zip entry times make every build byte-identical.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from plans import IRELAND, NORWAY_VOLD, REGION_DK, SELVMORD_DK

DOCS = Path(__file__).resolve().parent / "docs"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
Item = tuple  # ("h1"|"h2"|"p"|"li"|"table"|"cols"|"page", payload...)


class PlanPDF(FPDF):
    """A report page: running header (the short title) and footer (page label)."""

    def __init__(self, header_text: str, footer_fmt: str) -> None:
        super().__init__(format="A4")
        self.header_text, self.footer_fmt = header_text, footer_fmt
        self.set_creation_date(datetime(2022, 1, 1, tzinfo=timezone.utc))
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 22, 20)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_y(10)
        self.cell(0, 5, self.header_text, align="R")
        self.ln(10)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no()), align="C")


def title_page(pdf: PlanPDF, lines: list[tuple[str, int]]) -> None:
    pdf.add_page()
    pdf.set_y(70)
    for text, size in lines:
        pdf.set_font("DejaVu", "B" if size >= 16 else "", size)
        pdf.multi_cell(0, size * 0.6, text, align="C")
        pdf.ln(4)


def render(pdf: PlanPDF, items: list[Item]) -> None:
    for kind, *payload in items:
        if kind == "page":
            pdf.add_page()
        elif kind in ("h1", "h2"):
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 14 if kind == "h1" else 11.5)
            pdf.multi_cell(0, 7, payload[0])
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, payload[0])
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(26)
            pdf.multi_cell(0, 5, f"•  {payload[0]}")
            pdf.ln(1)
        elif kind == "table":
            table(pdf, payload[0], payload[1])
        elif kind == "cols":
            columns(pdf, payload[0], payload[1])


def table(pdf: PlanPDF, widths: tuple[int, ...], rows: list[tuple[str, ...]]) -> None:
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=widths, line_height=5, text_align="LEFT") as t:
        for r in rows:
            row = t.row()
            for cell in r:
                row.cell(cell)
    pdf.ln(3)


def columns(pdf: PlanPDF, left: list[str], right: list[str]) -> None:
    """Two text columns side by side, each read top to bottom."""
    top, width = pdf.get_y(), (pdf.w - 40 - 8) / 2
    pdf.set_font("DejaVu", "", 10)
    bottoms = []
    for x, paras in ((20, left), (20 + width + 8, right)):
        pdf.set_xy(x, top)
        for para in paras:
            pdf.set_x(x)
            pdf.multi_cell(width, 5, para)
            pdf.set_x(x)
            pdf.ln(2)
        bottoms.append(pdf.get_y())
    pdf.set_xy(20, max(bottoms))


def build_pdf(
    name: str, head: str, foot: str, cover: list[tuple[str, int]], items: list[Item]
) -> None:
    pdf = PlanPDF(head, foot)
    title_page(pdf, cover)
    pdf.add_page()
    render(pdf, items)
    (DOCS / name).write_bytes(bytes(pdf.output()))


def build_docx(name: str, items: list[Item]) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.title = "Sundhedsstyrelsen", items[0][1]
    props.created = props.modified = datetime(2021, 6, 1)
    props.last_modified_by, props.revision = "Sundhedsstyrelsen", 1
    for kind, *payload in items:
        if kind == "title":
            document.add_heading(payload[0], level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(payload[0], level=1 if kind == "h1" else 2)
        elif kind == "p":
            document.add_paragraph(payload[0])
        elif kind == "li":
            document.add_paragraph(payload[0], style="List Bullet")
        elif kind == "table":
            rows = payload[1]
            tbl = document.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    tbl.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    (DOCS / name).write_bytes(fixed_zip(buf.getvalue()))


def fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so builds are byte-identical."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    build_pdf(*IRELAND)
    build_pdf(*REGION_DK)
    build_pdf(*NORWAY_VOLD)
    build_docx(*SELVMORD_DK)
    for path in sorted(DOCS.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.name}")

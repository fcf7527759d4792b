"""Build plan-like PDF and DOCX files in memory for the reader tests.

The PDF is laid out line by line (fpdf2 core fonts, so no font files are needed):
a running header and footer with page numbers on every page, three heading sizes, a
word hyphenated across a line end, a bordered table, a numbered list, and a
two-column page with a full-width heading above the columns.
"""

from __future__ import annotations

import io

HEADER = "National plan for drug treatment 2024-2027"
TITLE = "National plan for drug treatment, 2024-2027"
H1 = "National plan for drug treatment"
H2_AIMS = "Aims of the plan"
H3_FUNDING = "Funding and follow-up"
H2_COLUMNS = "Initiatives in the regions"
BODY_1 = [
    "The plan sets out how municipalities will improve the social",
    "treatment of people who use drugs, known in Danish as stofmisbrugs-",
    "behandling, over the next four years.",
]
JOINED_1 = (
    "The plan sets out how municipalities will improve the social treatment of people "
    "who use drugs, known in Danish as stofmisbrugsbehandling, over the next four years."
)
BODY_2 = [
    "Services for people with rus-",
    "og avhengighetsproblematikk are part of this plan, and the COVID-",
    "19 lessons are used in every region.",
]
JOINED_2 = (
    "Services for people with rus- og avhengighetsproblematikk are part of this plan, "
    "and the COVID-19 lessons are used in every region."
)
LIST = ["1. Fewer people die from drugs.", "2. More people get treatment early."]
TABLE = [
    ["Initiative", "Amount", "Period"],
    ["Housing first", "54,3 mio. kr.", "2024-2027"],
    ["Outreach teams", "12 mio. kr.", "2025-2026"],
]
LEFT = [
    "In the northern region the outreach",
    "teams will visit people at home and",
    "offer treatment on the same day as",
    "they ask for it. Each team has a nurse,",
    "a social worker and a peer worker who",
    "has lived experience of drug use.",
]
RIGHT = [
    "In the southern region a new housing",
    "programme gives people a stable home",
    "while they are in treatment, and the",
    "municipality pays the rent for the",
    "first year. The region reports to the",
    "ministry twice a year on progress.",
]
LAST = ["The plan is reviewed every year by the ministry."]


def _page_frame(pdf: object, number: int, total: int) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    pdf.set_font("Helvetica", size=8)
    pdf.text(20, 12, HEADER)
    pdf.text(95, 287, f"Page {number} of {total}")


def _lines(
    pdf: object,
    y: float,
    lines: list[str],
    *,
    size: float = 11,
    x: float = 20,
    style: str = "",
    step: float = 5.5,
) -> float:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    pdf.set_font("Helvetica", style=style, size=size)
    for line in lines:
        pdf.text(x, y, line)
        y += step
    return y


def plan_pdf(*, encrypt_owner: str | None = None, user_password: str = "") -> bytes:
    """Three pages: headings, hyphenation and list; a table; two columns."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_title(TITLE)
    if encrypt_owner is not None:
        pdf.set_encryption(owner_password=encrypt_owner, user_password=user_password)
    pdf.add_page()
    _page_frame(pdf, 1, 3)
    y = _lines(pdf, 35, [H1], size=20, style="B")
    y = _lines(pdf, y + 8, [H2_AIMS], size=15, style="B")
    y = _lines(pdf, y + 4, BODY_1)
    y = _lines(pdf, y + 4, BODY_2)
    y = _lines(pdf, y + 4, LIST)
    pdf.add_page()
    _page_frame(pdf, 2, 3)
    y = _lines(pdf, 35, [H3_FUNDING], size=12, style="B")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(20, y + 2)
    with pdf.table(width=150, col_widths=(60, 45, 45), text_align="LEFT") as table:
        for row in TABLE:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    _lines(pdf, pdf.get_y() + 10, LAST)
    pdf.add_page()
    _page_frame(pdf, 3, 3)
    y = _lines(pdf, 35, [H2_COLUMNS], size=15, style="B")
    _lines(pdf, y + 4, LEFT, x=20)
    _lines(pdf, y + 4, RIGHT, x=110)
    return bytes(pdf.output())


def small_pdf() -> bytes:
    """One page, a heading and two lines: a quick seed for mutation tests."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _lines(pdf, 30, [H1], size=16, style="B")
    _lines(pdf, 45, BODY_1)
    return bytes(pdf.output())


def image_only_pdf(*, text_page: bool = False) -> bytes:
    """A page with a picture and no text, like a scan (after a page of text if asked)."""
    from fpdf import FPDF

    pdf = FPDF()
    if text_page:
        pdf.add_page()
        _lines(pdf, 30, BODY_1)
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.image(_tiny_png(), x=20, y=100, w=50)
    return bytes(pdf.output())


def _tiny_png() -> io.BytesIO:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 4 for _ in range(4))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return io.BytesIO(png)


DOCX_TITLE = "Handlingsplan for stofmisbrugsbehandling 2024-2027"
DOCX_HEADER = "Sundhedsstyrelsen - side header"
DOCX_FOOTER = "Side 1 af 12"


def plan_docx() -> bytes:
    """Title, three heading levels, numbered and bulleted lists (nested), a table with
    a merged cell, a hand-typed bullet, and a header and footer to be left out."""
    import docx

    document = docx.Document()
    document.core_properties.title = DOCX_TITLE
    section = document.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    document.add_heading(DOCX_TITLE, level=0)
    document.add_heading("1. Formål", level=1)
    document.add_paragraph("Planen skal sikre bedre behandling af borgere med et stofmisbrug.")
    document.add_heading("1.1 Mål", level=2)
    for text in ("Færre dør af stoffer", "Flere kommer i behandling"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Særligt for unge", style="List Bullet 2")
    document.add_heading("Økonomi", level=3)
    document.add_paragraph("• Der er afsat i alt 103 mio. kr.")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ["Initiativ", "Beløb", "Periode"],
        ["Housing first", "54,3 mio. kr.", "2024-2027"],
        ["Opsøgende team", "12 mio. kr.", ""],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("Planen følges op hvert år.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


UNRULED = [
    ["Initiative", "Amount", "Period"],
    ["Housing first", "54,3 mio. kr.", "2024-2027"],
    ["Outreach teams", "12 mio. kr.", "2025-2026"],
    ["Peer workers", "8 mio. kr.", "2024-2025"],
]
THREE_COLUMNS = [  # set like a brochure: lines fill columns 56 mm wide, 7 mm apart
    [
        "The northern region will open two",
        "The central region will train its",
        "The southern region will build",
    ],
    [
        "new treatment centres in the next",
        "staff in the new guidelines, and",
        "forty new homes for people who",
    ],
    [
        "year and hire more nurses for its",
        "report on progress to the ministry",
        "leave treatment in the next two",
    ],
    [
        "outreach teams in rural areas.",
        "every year from 2025 on.",
        "years, with the municipalities.",
    ],
]


def unruled_pdf() -> bytes:
    """Three pages: a table without ruling lines between paragraphs; two columns of
    prose; three columns of prose. Only the first holds a table."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = _lines(pdf, 35, [H3_FUNDING], size=12, style="B")
    y = _lines(pdf, y + 4, BODY_1)
    for row in UNRULED:
        for x, cell in zip((20, 80, 125), row, strict=True):
            _lines(pdf, y + 4, [cell], size=10, x=x)
        y += 6
    _lines(pdf, y + 8, LAST)
    pdf.add_page()
    y = _lines(pdf, 35, [H2_COLUMNS], size=15, style="B")
    _lines(pdf, y + 4, LEFT, x=20)
    _lines(pdf, y + 4, RIGHT, x=110)
    pdf.add_page()
    y = _lines(pdf, 35, [H2_COLUMNS], size=15, style="B")
    for row in THREE_COLUMNS:
        for x, text in zip((15, 78, 141), row, strict=True):
            _lines(pdf, y + 4, [text], size=10, x=x)
        y += 5
    return bytes(pdf.output())

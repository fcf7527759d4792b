# ruff: noqa: E501  (document text: one line per paragraph keeps it readable and diffable)
"""Build the binary documents of the blind held-out set (3 PDFs, 1 DOCX).

    python benchmarks/blind/build_docs.py

The text, HTML and Markdown documents in docs/ are written by hand; this script
makes the PDFs (fpdf2: title page, running header and footer, page numbers, bold
headings, a table) and the DOCX (python-docx: heading styles, list paragraphs, a
table) from the content below, modelled on real public plans. Output is
deterministic (fixed creation dates), so re-running gives the same files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from fpdf import FPDF

DOCS = Path(__file__).resolve().parent / "docs"
FONT = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

Item = tuple[str, object]

NI: dict[str, object] = {
    "stem": "ni-mental-health-strategy-2021-2031",
    "title": ["Mental Health Strategy", "2021-2031"],
    "byline": ["Department of Health", "www.health-ni.gov.uk", "June 2021"],
    "header": "Mental Health Strategy 2021-2031",
    "footer": "Department of Health",
    "body": [
        ("h1", "Ministerial Foreword"),
        (
            "p",
            "Mental health is everyone's business. This is the first ten-year strategy for mental health in Northern Ireland and it sets out a clear direction for the next decade. It was developed with people with lived experience, their families and carers, and staff across the Health and Social Care system.",
        ),
        ("p", "Robin Swann MLA, Minister of Health"),
        ("h1", "1. Our Vision"),
        (
            "p",
            "Our vision is a society that promotes and supports good mental health and wellbeing, where people are given the right help, in the right place, at the right time.",
        ),
        ("h1", "2. Outcomes"),
        ("p", "By 2031, the strategy will have delivered the following outcomes:"),
        ("li", "Improved mental health and wellbeing across the population of Northern Ireland"),
        (
            "li",
            "People receive timely access to the mental health services they need, close to home",
        ),
        ("li", "Fewer people die by suicide"),
        ("li", "Services are shaped by people with lived experience and are recovery focused"),
        (
            "h1",
            "3. Theme 1: Promoting mental wellbeing, resilience and good mental health across society",
        ),
        (
            "p",
            "Action 1: Develop and implement a Mental Health and Wellbeing Promotion Action Plan for Northern Ireland.",
        ),
        ("p", "Lead: Public Health Agency"),
        (
            "p",
            "Action 2: Ensure that every school has access to support for the emotional health and wellbeing of children and young people by 2023.",
        ),
        ("p", "Lead: Department of Education and Department of Health"),
        ("h1", "4. Theme 2: Providing the right support at the right time"),
        (
            "p",
            "Action 10: Establish a regional mental health service for children and young people, with a single point of access.",
        ),
        ("p", "Lead: Health and Social Care Board"),
        (
            "p",
            "Action 14: Develop a regional crisis service, accessible 24 hours a day, seven days a week, by March 2024.",
        ),
        ("p", "Lead: Health and Social Care Board"),
        ("p", "Action 20: Create a regional eating disorder service for adults and young people."),
        ("p", "Lead: Health and Social Care Board"),
        ("h1", "5. Theme 3: New ways of working"),
        (
            "p",
            "Action 30: Develop a Mental Health Workforce Plan to ensure a sustainable workforce for the future.",
        ),
        ("p", "Lead: Department of Health"),
        (
            "p",
            "Action 33: Establish a Mental Health Outcomes Framework to measure the impact of services.",
        ),
        ("p", "Lead: Department of Health"),
        ("h1", "6. Funding"),
        (
            "p",
            "Full implementation of the strategy is estimated to require additional investment of £1.2 billion over the ten years of the strategy. In 2021/22, additional funding of £10 million has been secured to begin implementation.",
        ),
        (
            "p",
            "In 2019/20 the Department spent £315 million on mental health services, around 6% of the overall health budget.",
        ),
        (
            "table",
            [
                ["Table 1: Indicative additional investment (£m)", "2021/22", "2022/23"],
                ["Theme 1: Promoting mental wellbeing", "1.5", "4.0"],
                ["Theme 2: Right support at the right time", "6.8", "19.5"],
                ["Theme 3: New ways of working", "1.7", "3.5"],
                ["Total", "10.0", "27.0"],
            ],
        ),
        ("h1", "7. Implementation"),
        (
            "p",
            "A Mental Health Strategy Implementation Board will oversee delivery and report annually to the Minister.",
        ),
    ],
}

IE: dict[str, object] = {
    "stem": "ie-sharing-the-vision-2020-2030",
    "title": ["Sharing the Vision", "A Mental Health Policy for Everyone"],
    "byline": ["Department of Health", "Prepared by the Department of Health", "2020"],
    "header": "Sharing the Vision – A Mental Health Policy for Everyone",
    "footer": "Sharing the Vision 2020-2030",
    "body": [
        ("h1", "Foreword"),
        (
            "p",
            "Sharing the Vision is the successor policy to A Vision for Change (2006) and will guide the development of mental health services in Ireland over the period 2020-2030.",
        ),
        ("h1", "Vision"),
        (
            "p",
            "The vision of this policy is to create a mental health system that addresses the needs of the population through a focus on the requirements of the individual.",
        ),
        ("h1", "Domain 1: Promotion, prevention and early intervention"),
        ("p", "Outcomes for this domain:"),
        ("li", "Improved mental health and wellbeing of the whole population"),
        ("li", "Reduced stigma and discrimination towards people with mental health difficulties"),
        (
            "table",
            [
                ["No.", "Recommendation", "Timeframe"],
                [
                    "1",
                    "Develop and implement a national mental health promotion plan, aligned with Healthy Ireland",
                    "Short term (0-18 months)",
                ],
                [
                    "3",
                    "Implement a whole-school approach to wellbeing in all primary and post-primary schools",
                    "Medium term (18-36 months)",
                ],
            ],
        ),
        ("h1", "Domain 2: Service access, coordination and continuity of care"),
        ("p", "Outcomes for this domain:"),
        ("li", "People can access the right mental health service at the right time"),
        ("li", "Care is coordinated across primary care, specialist services and the community"),
        (
            "table",
            [
                ["No.", "Recommendation", "Timeframe"],
                [
                    "22",
                    "Establish a single point of access to specialist mental health services in every Community Healthcare Organisation",
                    "Medium term (18-36 months)",
                ],
                [
                    "35",
                    "Develop a 24/7 crisis resolution service in each Community Healthcare Organisation",
                    "Long term (3-10 years)",
                ],
            ],
        ),
        ("h1", "Domain 3: Social inclusion"),
        ("p", "Outcomes for this domain:"),
        (
            "li",
            "People with mental health difficulties have equal access to housing, education and employment",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Timeframe"],
                [
                    "67",
                    "Expand Individual Placement and Support employment services to all adult community mental health teams",
                    "Medium term (18-36 months)",
                ],
            ],
        ),
        ("h1", "Domain 4: Accountability and continuous improvement"),
        ("p", "Outcomes for this domain:"),
        (
            "li",
            "Mental health services are of high quality, accountable and informed by outcomes data",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Timeframe"],
                [
                    "88",
                    "Establish a National Implementation and Monitoring Committee to oversee the implementation of this policy",
                    "Short term (0-18 months)",
                ],
                [
                    "94",
                    "Develop a national mental health information system to capture outcomes data",
                    "Long term (3-10 years)",
                ],
            ],
        ),
        ("h1", "Resourcing the policy"),
        (
            "p",
            "The mental health budget in 2020 is over €1 billion, representing 5.2% of the overall health budget. This policy will be resourced through the annual Estimates process.",
        ),
    ],
}

NN: dict[str, object] = {
    "stem": "nn-vestland-folkehelse-handlingsprogram-2023-2026",
    "title": ["Handlingsprogram for folkehelse", "2023–2026"],
    "byline": ["Vestland fylkeskommune", "Vedteke av fylkestinget 14. desember 2022"],
    "header": "Handlingsprogram for folkehelse 2023–2026",
    "footer": "Vestland fylkeskommune",
    "page_word": "Side",
    "body": [
        ("h1", "1 Innleiing"),
        (
            "p",
            "Handlingsprogrammet følgjer opp Regional plan for folkehelse 2023–2030 og viser korleis fylkeskommunen og partnarane skal arbeide med folkehelse i Vestland dei neste fire åra.",
        ),
        ("h1", "2 Hovudmål og delmål"),
        (
            "p",
            "Hovudmålet er at Vestland skal vere eit berekraftig samfunn der innbyggjarane har god helse og livskvalitet, og der helsa er jamt fordelt.",
        ),
        ("p", "Delmål:"),
        ("li", "Alle barn og unge skal ha ein trygg oppvekst og oppleve meistring"),
        ("li", "Fleire innbyggjarar skal vere fysisk aktive og ha sunne levevanar"),
        ("li", "Sosiale skilnader i helse skal bli mindre"),
        ("h1", "3 Tiltak"),
        (
            "p",
            "Tabellen viser tiltaka i handlingsprogrammet, kven som har ansvar og når tiltaka skal gjennomførast.",
        ),
        (
            "table",
            [
                ["Nr.", "Tiltak", "Ansvar", "Tidsrom"],
                [
                    "1.1",
                    "Vidareføre programmet Folkehelse i skulen i alle vidaregåande skular",
                    "Fylkeskommunen",
                    "2023–2026",
                ],
                [
                    "1.2",
                    "Etablere eit regionalt nettverk for psykisk helse blant unge",
                    "Fylkeskommunen og kommunane",
                    "Innan 2024",
                ],
                [
                    "2.1",
                    "Utvikle ein rettleiar for aktive nærmiljø og møteplassar",
                    "Fylkeskommunen",
                    "Innan utgangen av 2024",
                ],
                [
                    "2.2",
                    "Styrkje tilskotsordninga for friluftsliv i nærmiljøet",
                    "Fylkeskommunen",
                    "2023–2026",
                ],
                [
                    "3.1",
                    "Kartleggje sosiale skilnader i helse i alle kommunane i fylket",
                    "Fylkeskommunen og Statsforvaltaren",
                    "Innan 2025",
                ],
            ],
        ),
        ("h1", "4 Økonomi"),
        (
            "p",
            "Fylkeskommunen set av 4,5 millionar kroner årleg i perioden 2023–2026 til tilskotsordninga for folkehelsetiltak i kommunane. I 2022 vart det delt ut 3,8 millionar kroner i tilskot til 41 prosjekt.",
        ),
        ("h1", "5 Oppfølging"),
        (
            "p",
            "Handlingsprogrammet vert rullert årleg, og fylkestinget får ei årleg rapportering om status for tiltaka.",
        ),
    ],
}

WALES: list[Item] = [
    ("title", "Together for Mental Health Delivery Plan 2019-22"),
    ("p", "Welsh Government, January 2020"),
    ("p", "Mae’r ddogfen hon ar gael yn Gymraeg hefyd / This document is also available in Welsh."),
    ("h1", "Introduction"),
    (
        "p",
        "This is the third and final delivery plan for Together for Mental Health, our 10-year strategy to improve mental health and well-being in Wales. It sets out the key actions we will take between 2019 and 2022.",
    ),
    ("h1", "Cross-cutting themes"),
    ("p", "The following cross-cutting themes apply to every priority area in this plan:"),
    ("li", "Reducing inequalities and tackling stigma"),
    ("li", "Delivering services in the Welsh language"),
    ("li", "Listening to people with lived experience and their carers"),
    (
        "h1",
        "Priority Area 1: Improve mental well-being and reduce inequality through a focus on strengthening protective factors",
    ),
    (
        "table",
        [
            ["Ref", "Key deliverable", "Lead", "Timescale"],
            [
                "1.1",
                "Develop a whole school approach to emotional and mental well-being, supported by statutory guidance",
                "Welsh Government",
                "By March 2020",
            ],
            [
                "1.2",
                "Expand social prescribing to help people access community support for their well-being",
                "Health boards and local authorities",
                "By March 2021",
            ],
        ],
    ),
    ("h1", "Priority Area 2: Improve access to timely, effective mental health services"),
    (
        "table",
        [
            ["Ref", "Key deliverable", "Lead", "Timescale"],
            [
                "2.1",
                "Implement a 24/7 crisis care pathway for people of all ages, including access through NHS 111",
                "Health boards",
                "By March 2022",
            ],
            [
                "2.2",
                "Reduce waiting times for psychological therapies for adults to 26 weeks",
                "Health boards",
                "By March 2021",
            ],
            [
                "2.3",
                "Improve perinatal mental health services, including a mother and baby unit in South Wales",
                "NHS Wales Health Collaborative",
                "By April 2021",
            ],
        ],
    ),
    ("h1", "Priority Area 3: Improve the quality of mental health care and support"),
    (
        "table",
        [
            ["Ref", "Key deliverable", "Lead", "Timescale"],
            [
                "3.1",
                "Publish a mental health workforce plan for Wales jointly with Health Education and Improvement Wales",
                "HEIW and Social Care Wales",
                "By December 2021",
            ],
        ],
    ),
    ("h1", "Funding"),
    (
        "p",
        "Mental health continues to receive the largest share of the NHS budget in Wales. In 2019-20 we are investing over £679 million in mental health services through the ring-fenced allocation to health boards.",
    ),
    (
        "p",
        "Our 2019-20 budget also includes an additional £7.1 million for mental health, of which £2.5 million supports the whole school approach.",
    ),
    ("h1", "Monitoring"),
    (
        "p",
        "Progress against the delivery plan will be reported to the National Partnership Board and published annually.",
    ),
]


class PlanPDF(FPDF):
    """A PDF with a running header and a 'Page N' footer after the title page."""

    running_header = ""
    running_footer = ""
    page_word = "Page"

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 8, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(
                0, 8, f"{self.running_footer}    {self.page_word} {self.page_no()}", align="C"
            )


def build_pdf(spec: dict[str, object]) -> None:
    pdf = PlanPDF()
    pdf.running_header, pdf.running_footer = str(spec["header"]), str(spec["footer"])
    pdf.page_word = str(spec.get("page_word", "Page"))
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 26)
    pdf.ln(60)
    for line in spec["title"]:  # type: ignore[attr-defined]
        pdf.multi_cell(0, 14, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 12)
    pdf.ln(20)
    for line in spec["byline"]:  # type: ignore[attr-defined]
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for kind, content in spec["body"]:  # type: ignore[attr-defined]
        write_pdf_item(pdf, kind, content)
    pdf.output(str(DOCS / f"{spec['stem']}.pdf"))


def write_pdf_item(pdf: PlanPDF, kind: str, content: object) -> None:
    if kind == "h1":
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 14)
        pdf.multi_cell(0, 8, str(content), new_x="LMARGIN", new_y="NEXT")
    elif kind == "p":
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, str(content), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "li":
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, f"• {content}", new_x="LMARGIN", new_y="NEXT")
    elif kind == "table":
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(first_row_as_headings=True) as table:
            for row in content:  # type: ignore[attr-defined]
                cells = table.row()
                for cell in row:
                    cells.cell(cell)
        pdf.ln(3)


def build_docx(items: list[Item], stem: str) -> None:
    doc = Document()
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    for kind, content in items:
        if kind == "title":
            doc.add_heading(str(content), level=0)
        elif kind == "h1":
            doc.add_heading(str(content), level=1)
        elif kind == "p":
            doc.add_paragraph(str(content))
        elif kind == "li":
            doc.add_paragraph(str(content), style="List Bullet")
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            table.style = "Table Grid"
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    buffer = io.BytesIO()
    doc.save(buffer)
    (DOCS / f"{stem}.docx").write_bytes(fixed_zip_times(buffer.getvalue()))


def fixed_zip_times(data: bytes) -> bytes:
    """python-docx stamps zip entries with the current time; fix them for identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            stamped = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(stamped, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for spec in (NI, IE, NN):
        build_pdf(spec)
    build_docx(WALES, "wls-together-for-mental-health-delivery-plan-2019-22")


if __name__ == "__main__":
    main()

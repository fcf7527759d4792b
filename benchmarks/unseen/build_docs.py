"""Build the binary held-out plans (PDF with fpdf2, DOCX with python-docx).

The texts are short excerpts written from memory of real public plans (Irish,
Danish, Norwegian and Welsh), laid out the way those publications are: a title
page block, larger bold headings, running header and page-number footer,
bordered tables, bullet lists. Run from the repository root:

    python benchmarks/unseen/build_docs.py

Outputs go to benchmarks/unseen/docs/. Dates inside the files are fixed so a
rebuild gives the same text layer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from fpdf import FPDF
from fpdf.fonts import FontFace

DOCS = Path(__file__).resolve().parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)

# A document is a list of (kind, payload): h1/h2/h3/p/bullet/label/table/gap.
Element = tuple[str, object]

IE: list[Element] = [
    ("h1", "Reducing Harm, Supporting Recovery"),
    ("h2", "A health-led response to drug and alcohol use in Ireland 2017-2025"),
    ("p", "Department of Health"),
    ("gap", ""),
    ("h2", "Vision"),
    (
        "p",
        "A healthier and safer Ireland, where public health and safety is protected and the harms "
        "caused to individuals, families and communities by substance misuse are reduced and every "
        "person affected by substance use is empowered to improve their health and wellbeing and "
        "quality of life.",
    ),
    ("h2", "Strategic goals"),
    ("p", "The strategy sets out five goals to be achieved over the period 2017-2025:"),
    ("bullet", "Goal 1: Promote and protect health and well-being"),
    (
        "bullet",
        "Goal 2: Minimise the harms caused by the use and misuse of substances and promote "
        "rehabilitation and recovery",
    ),
    (
        "bullet",
        "Goal 3: Address the harms of drug markets and reduce access to drugs for harmful use",
    ),
    ("bullet", "Goal 4: Support the participation of individuals, families and communities"),
    ("bullet", "Goal 5: Develop sound and comprehensive evidence-informed policies and actions"),
    ("h2", "Strategic Action Plan 2017-2020"),
    (
        "p",
        "The actions below will be delivered in the first phase of the strategy. Each action has a "
        "lead agency, partners and a timeframe.",
    ),
    ("h3", "Goal 1: Promote and protect health and well-being"),
    ("p", "Objective 1.1 To promote healthier lifestyles within society"),
    (
        "table",
        [
            ("Action", "Lead", "Partners", "Timeframe"),
            (
                "1.1.1 Promote the development of healthy lifestyle programmes for young people",
                "HSE",
                "DES, DCYA, Tusla",
                "2017-2020",
            ),
            (
                "1.1.2 Support the implementation of the SPHE curriculum in all post-primary "
                "schools",
                "DES",
                "HSE",
                "2018",
            ),
        ],
    ),
    ("p", "Objective 1.2 To prevent use of drugs and alcohol at a young age"),
    (
        "table",
        [
            ("Action", "Lead", "Partners", "Timeframe"),
            (
                "1.2.1 Improve the delivery of substance use education across the continuum "
                "of education",
                "DES",
                "HSE, DCYA",
                "Ongoing",
            ),
        ],
    ),
    (
        "h3",
        "Goal 2: Minimise the harms caused by the use and misuse of substances and promote "
        "rehabilitation and recovery",
    ),
    ("p", "Objective 2.1 To reduce the risk of drug-related deaths"),
    (
        "table",
        [
            ("Action", "Lead", "Partners", "Timeframe"),
            (
                "2.1.1 Expand the availability of naloxone to people at risk of opioid overdose",
                "HSE",
                "DATFs, NGOs",
                "2017-2018",
            ),
            (
                "2.1.2 Establish a pilot supervised injecting facility in Dublin city centre",
                "HSE",
                "DoH, Dublin City Council",
                "2018",
            ),
        ],
    ),
    ("p", "Objective 2.2 To improve access to treatment and rehabilitation"),
    (
        "table",
        [
            ("Action", "Lead", "Partners", "Timeframe"),
            (
                "2.2.1 Improve access to drug treatment for people who are homeless",
                "HSE",
                "DHPLG, Dublin Region Homeless Executive",
                "2017-2020",
            ),
        ],
    ),
    ("h3", "Goal 3: Address the harms of drug markets and reduce access to drugs for harmful use"),
    (
        "table",
        [
            ("Action", "Lead", "Partners", "Timeframe"),
            (
                "3.1.1 Strengthen the Drug-Related Intimidation Reporting Programme",
                "An Garda Síochána",
                "DATFs",
                "2018",
            ),
        ],
    ),
    ("h2", "Implementation and funding"),
    (
        "p",
        "Public expenditure on drug-related programmes across government was estimated at "
        "€240 million in 2016. An additional €1 million is being provided in 2018 to support the "
        "implementation of the actions in this strategy. Progress will be overseen by the National "
        "Oversight Committee, chaired by the Minister of State.",
    ),
]

DK: list[Element] = [
    ("h1", "Bedre mental sundhed og en styrket indsats til mennesker med psykiske lidelser"),
    ("h2", "Forslag til en 10-årsplan"),
    ("p", "Sundhedsstyrelsen, 2022"),
    ("gap", ""),
    ("h2", "1 Indledning"),
    (
        "p",
        "Sundhedsstyrelsen har på opdrag fra regeringen udarbejdet et fagligt oplæg til en "
        "10-årsplan for psykiatri og mental sundhed. Planen skal gælde for perioden 2023-2032. "
        "Psykiske lidelser koster samfundet ca. 110 mia. kr. om året.",
    ),
    ("h2", "2 Vision"),
    (
        "p",
        "Visionen er, at flere mennesker i Danmark skal have god mental sundhed og trivsel, og at "
        "mennesker med psykiske lidelser skal have lige adgang til behandling af høj kvalitet.",
    ),
    ("h2", "3 Målsætninger"),
    ("p", "Planen indeholder en række målsætninger for 2032, bl.a.:"),
    ("p", "1. Flere børn og unge skal trives, og færre skal udvikle psykiske lidelser."),
    ("p", "2. Flere mennesker med psykiske lidelser skal være i uddannelse eller beskæftigelse."),
    ("p", "3. Overdødeligheden blandt mennesker med psykiske lidelser skal reduceres."),
    ("p", "4. Ventetiden til udredning og behandling i psykiatrien skal nedbringes."),
    ("p", "5. Brugen af tvang skal reduceres."),
    ("p", "6. Færre skal opleve stigmatisering på grund af psykisk sygdom."),
    ("h2", "4 Anbefalinger"),
    (
        "label",
        "Anbefaling 1: Styrket indsats for mental sundhed i skoler og uddannelsesinstitutioner",
    ),
    ("p", "Alle skoler bør have en plan for elevernes trivsel og adgang til en skolepsykolog."),
    ("label", "Anbefaling 2: Flere sengepladser i psykiatrien"),
    (
        "p",
        "Der bør etableres flere sengepladser, så overbelægningen i regionerne ophører inden 2025.",
    ),
    ("label", "Anbefaling 3: Udbygning af de ambulante tilbud i børne- og ungdomspsykiatrien"),
    ("p", "Ventetiden til udredning bør nedbringes til højst 30 dage."),
    ("label", "Anbefaling 4: Sammenhængende behandling af psykiske lidelser og samtidigt misbrug"),
    (
        "p",
        "Regionerne bør overtage behandlingen af misbrug for personer med samtidig "
        "psykisk lidelse.",
    ),
    ("label", "Anbefaling 5: Styrket somatisk behandling af mennesker med psykiske lidelser"),
    ("p", "Der bør tilbydes systematiske helbredstjek for at nedbringe overdødeligheden."),
    ("h2", "5 Økonomi"),
    (
        "p",
        "Med aftalen om finansloven for 2022 er der afsat i alt 2,2 mia. kr. i 2022-2025 til en "
        "første udmøntning af planen. Midlerne fordeles som vist i tabel 1.",
    ),
    ("p", "Tabel 1. Udmøntning af finanslovsmidler"),
    (
        "table",
        [
            ("Mio. kr.", "2022", "2023", "2024", "2025"),
            ("Psykiatri og mental sundhed", "400", "500", "600", "700"),
        ],
    ),
]

NO: list[Element] = [
    ("h1", "Ingen å miste"),
    ("h2", "Regjeringens handlingsplan for forebygging av selvmord 2020–2025"),
    ("p", "Helse- og omsorgsdepartementet"),
    ("gap", ""),
    ("h2", "1 Innledning"),
    (
        "p",
        "Hvert år tar rundt 650 personer sitt eget liv i Norge. Regjeringen har en nullvisjon for "
        "selvmord. Hovedmålet med handlingsplanen er å redusere antall selvmord og selvmordsforsøk "
        "i Norge.",
    ),
    ("p", "Planen har tre delmål:"),
    ("bullet", "Bedre tilgang til kunnskap om selvmord og selvmordsforebygging"),
    ("bullet", "Flere skal få god og rask hjelp når de har selvmordstanker"),
    ("bullet", "Etterlatte skal få god oppfølging"),
    ("p", "Det er bevilget 15 mill. kroner i 2020 til oppfølging av planen."),
    ("h2", "2 Tiltak"),
    ("h3", "Innsatsområde 1: Kunnskap og kompetanse"),
    ("label", "Tiltak 1 Kartlegge selvmord blant barn og unge"),
    (
        "p",
        "Folkehelseinstituttet skal gjennomgå alle selvmord blant barn og unge under 25 år. "
        "Ansvar: HOD",
    ),
    ("label", "Tiltak 2 Etablere et nasjonalt system for gjennomgang av selvmord"),
    ("p", "Ansvar: HOD, Helsedirektoratet"),
    ("label", "Tiltak 3 Styrke kompetansen om selvmordsforebygging i helse- og omsorgstjenestene"),
    ("p", "Ansvar: Helsedirektoratet"),
    ("label", "Tiltak 4 Utarbeide nasjonale retningslinjer for oppfølging etter selvmordsforsøk"),
    ("p", "Retningslinjene skal foreligge innen utgangen av 2021. Ansvar: Helsedirektoratet"),
    ("h3", "Innsatsområde 2: Tjenester og oppfølging"),
    ("label", "Tiltak 5 Videreføre og styrke Hjelpetelefonen for mennesker i krise"),
    ("p", "Ansvar: HOD"),
    ("label", "Tiltak 6 Styrke oppfølgingen av etterlatte etter selvmord"),
    ("p", "Ansvar: Helsedirektoratet, kommunene"),
    ("label", "Tiltak 7 Gjennomføre kurs i førstehjelp ved selvmordsfare for ansatte i skolen"),
    ("p", "Ansvar: KD, Helsedirektoratet"),
    (
        "label",
        "Tiltak 8 Styrke samarbeidet mellom spesialisthelsetjenesten og kommunene ved utskrivning",
    ),
    ("p", "Ansvar: Helseforetakene, kommunene"),
    ("h3", "Innsatsområde 3: Tiltak på samfunnsnivå"),
    ("label", "Tiltak 9 Redusere tilgangen til midler og metoder for selvmord"),
    ("p", "Ansvar: HOD, SD, JD"),
    ("label", "Tiltak 10 Utvikle kunnskapsbasert forebygging for personer i militær tjeneste"),
    ("p", "Ansvar: FD"),
    ("label", "Tiltak 11 Etablere selvmordsforebyggende tiltak i kriminalomsorgen"),
    ("p", "Ansvar: JD"),
    ("label", "Tiltak 12 Evaluere handlingsplanen"),
    ("p", "Planen skal evalueres innen 2025. Ansvar: HOD"),
]

WALES: list[Element] = [
    ("h1", "Substance Misuse Delivery Plan 2019-22"),
    ("p", "Welsh Government"),
    ("h2", "Ministerial Foreword"),
    (
        "p",
        "This Delivery Plan sets out how we will continue to take forward the priorities of "
        "'Working Together to Reduce Harm', the Substance Misuse Strategy for Wales 2008-2018. "
        "In 2019-20 we are investing £53.7 million in substance misuse, including £24.9 million "
        "ring-fenced for Area Planning Boards (APBs) through the Substance Misuse Action Fund.",
    ),
    ("p", "Vaughan Gething AM, Minister for Health and Social Services"),
    ("h2", "Our aim"),
    ("p", "The aim of this plan is to reduce the harms associated with substance misuse in Wales."),
    ("h2", "Priority areas"),
    ("p", "The plan is structured around four priority areas:"),
    ("bullet", "Priority area 1: Preventing harm"),
    (
        "bullet",
        "Priority area 2: Support individuals to improve their health and aid and "
        "maintain recovery",
    ),
    ("bullet", "Priority area 3: Supporting and protecting families"),
    (
        "bullet",
        "Priority area 4: Tackling availability and protecting individuals and communities "
        "via enforcement activity",
    ),
    ("h2", "Delivery plan actions"),
    (
        "table",
        [
            ("Ref", "Action", "Lead", "Timescale"),
            (
                "1.1",
                "Implement and evaluate minimum unit pricing for alcohol in Wales",
                "Welsh Government",
                "2020-2022",
            ),
            (
                "1.2",
                "Deliver substance misuse education through the new Curriculum for Wales",
                "Welsh Government, schools",
                "2022",
            ),
            (
                "2.1",
                "Increase the availability of naloxone and promote its use among people at risk of "
                "opioid overdose",
                "APBs, Public Health Wales",
                "Ongoing",
            ),
            (
                "2.2",
                "Improve access to residential rehabilitation through a national framework",
                "Welsh Government, APBs",
                "March 2021",
            ),
            (
                "2.3",
                "Reduce waiting times between referral and treatment to 20 working days",
                "APBs",
                "2020-21",
            ),
            (
                "3.1",
                "Extend the Integrated Family Support Services to all families affected by "
                "substance misuse",
                "Local authorities",
                "2021",
            ),
            (
                "4.1",
                "Work with the police to tackle county lines and drug-related exploitation",
                "Police, Welsh Government",
                "Ongoing",
            ),
        ],
    ),
    ("h2", "Monitoring"),
    (
        "p",
        "Progress against this plan will be reported annually to the Substance Misuse "
        "Implementation Board.",
    ),
]


class _Pdf(FPDF):
    """A report-style PDF: running title at the top, page number at the bottom."""

    def __init__(self, running: str, page_word: str) -> None:
        super().__init__(format="A4")
        self.running, self.page_word = running, page_word
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, margin=20)

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", size=8)
            self.cell(0, 6, self.running, align="R")
            self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", size=8)
        self.cell(0, 10, f"{self.page_word} {self.page_no()}", align="C")


def build_pdf(elements: list[Element], running: str, page_word: str, out: Path) -> None:
    pdf = _Pdf(running, page_word)
    pdf.add_page()
    sizes = {"h1": 20, "h2": 14, "h3": 12, "label": 10.5}
    for kind, payload in elements:
        if kind == "gap":
            pdf.add_page()
        elif kind in sizes:
            pdf.set_font("DejaVu", "B", sizes[kind])
            pdf.multi_cell(0, sizes[kind] * 0.55, str(payload))
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", size=8.5)
            with pdf.table(headings_style=FontFace(emphasis="BOLD")) as table:
                for row in payload:  # type: ignore[attr-defined]
                    table.row(row)
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", size=10)
            text = f"•  {payload}" if kind == "bullet" else str(payload)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(out))


def build_docx(elements: list[Element], out: Path) -> None:
    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.title = str(elements[0][1])
    levels = {"h1": 0, "h2": 1, "h3": 2}
    for kind, payload in elements:
        if kind in levels:
            doc.add_heading(str(payload), level=levels[kind])
        elif kind == "bullet":
            doc.add_paragraph(str(payload), style="List Bullet")
        elif kind == "table":
            rows = list(payload)  # type: ignore[call-overload]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            doc.add_paragraph(str(payload))
    doc.save(str(out))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_pdf(
        IE,
        "Reducing Harm, Supporting Recovery 2017-2025",
        "Page",
        DOCS / "en-ie-reducing-harm-supporting-recovery.pdf",
    )
    build_pdf(
        DK,
        "Forslag til en 10-årsplan for psykiatri og mental sundhed",
        "Side",
        DOCS / "da-10-aarsplan-psykiatri.pdf",
    )
    build_pdf(
        NO,
        "Handlingsplan for forebygging av selvmord 2020–2025",
        "Side",
        DOCS / "no-handlingsplan-selvmord-2020-2025.pdf",
    )
    build_docx(WALES, DOCS / "en-wls-substance-misuse-delivery-plan-2019-22.docx")


if __name__ == "__main__":
    main()

"""Plain text → blocks, from real snippets of the samples (web pages saved as text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.readers import read

SAMPLES = Path(__file__).parent.parent.parent / "samples"
H, P, LI = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM


def blocks_of(text: str) -> list[tuple[BlockKind, int | None, str]]:
    """(kind, level, text) of every non-table block."""
    doc = read(text.encode("utf-8"), name="snippet.txt")
    assert_offsets(doc)
    return [(b.kind, b.level, b.text) for b in doc.blocks if b.kind in (H, P, LI)]


def assert_offsets(doc: ReadDocument) -> None:
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text


INTRO = "This page describes the plan of the government in some detail.\n"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        pytest.param(
            "National Drugs Mission Plan: 2022-2026\n"
            "Update on National Mission to reduce drug deaths.\n"
            "2. Vision\n"
            "In January 2021 the First Minister announced a new National Mission.\n",
            [
                (H, 1, "National Drugs Mission Plan: 2022-2026"),
                (P, None, "Update on National Mission to reduce drug deaths."),
                (H, 2, "2. Vision"),
                (P, None, "In January 2021 the First Minister announced a new National Mission."),
            ],
            id="title-and-numbered-heading",
        ),
        pytest.param(
            INTRO + "Priority 10\nReduce the risk of poor mental health and wellbeing.\n",
            [
                (P, None, INTRO.strip()),
                (H, 2, "Priority 10"),
                (P, None, "Reduce the risk of poor mental health and wellbeing."),
            ],
            id="priority-label",
        ),
        pytest.param(
            INTRO + "Strategic Action 10.1: Through the GIRFEC approach, we will help parents.\n"
            "10.1.1 Scottish Government will take forward a programme.\n",
            [
                (P, None, INTRO.strip()),
                (H, 3, "Strategic Action 10.1: Through the GIRFEC approach, we will help parents."),
                (LI, 2, "Scottish Government will take forward a programme."),
            ],
            id="strategic-action",
        ),
        pytest.param(
            INTRO + "Initiativ nr. 3: Viden der virker\n"
            "For at styrke det metodiske arbejde etableres et metodeprogram.\n",
            [
                (P, None, INTRO.strip()),
                (H, 2, "Initiativ nr. 3: Viden der virker"),
                (P, None, "For at styrke det metodiske arbejde etableres et metodeprogram."),
            ],
            id="initiativ-nr",
        ),
        pytest.param(
            INTRO + "\n\u00a0Prioriterte innsatsområder og tiltak:\n\n"
            "  • Bidra til at flere rusavhengige får et egnet sted å bo\n",
            [
                (P, None, INTRO.strip()),
                (H, 2, "Prioriterte innsatsområder og tiltak:"),
                (LI, 0, "Bidra til at flere rusavhengige får et egnet sted å bo"),
            ],
            id="colon-heading-before-list",
        ),
        pytest.param(
            INTRO + "Key area of focus\nWe know babies and small children need caregiving.\n",
            [
                (P, None, INTRO.strip()),
                (H, 2, "Key area of focus"),
                (P, None, "We know babies and small children need caregiving."),
            ],
            id="short-line-before-body",
        ),
    ],
)
def test_headings_by_shape(snippet: str, expected: list[tuple[BlockKind, int | None, str]]) -> None:
    assert blocks_of(snippet) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Lead and Key Partners: Scottish Government",
        "Retningslinjerne indeholder blandt andet anvisninger til:",
        "Outcomes: 1, 2, 3, 4, 5, 6, 7",
        "This is a short sentence.",
    ],
)
def test_not_headings(line: str) -> None:
    kinds = blocks_of(INTRO + line + "\n- a list item follows here\n")
    assert kinds[1] == (P, None, line)


def test_a_numbered_list_is_not_a_run_of_headings() -> None:
    snippet = INTRO + "1. Housing\n2. Jobs\n3. Health\nWe will do all three at once.\n"
    assert [k for k, _, _ in blocks_of(snippet)] == [P, LI, LI, LI, P]


@pytest.mark.parametrize(
    ("snippet", "levels", "markers"),
    [
        ("- a\n  - b\n    - c\n- d\n", [0, 1, 2, 0], ["-", "-", "-", "-"]),
        ("• a\n· b\n▪ c\n– d\n* e\n", [0, 1, 2, 3, 4], ["•", "·", "▪", "–", "*"]),
        ("1. one\na) sub\nb) sub\n2. two\n", [0, 1, 1, 0], ["1.", "a)", "b)", "2."]),
        ("1) one\n   i. roman\n   ii. roman\n2) two\n", [0, 1, 1, 0], ["1)", "i.", "ii.", "2)"]),
        (
            "10.1 We act on housing.\n10.1.1 Build homes.\n10.1.2 Fund them.\n",
            [1, 2, 2],
            ["10.1", "10.1.1", "10.1.2"],
        ),
    ],
)
def test_lists_nest(snippet: str, levels: list[int], markers: list[str]) -> None:
    doc = read((INTRO + snippet).encode(), name="x.txt")
    items = [b for b in doc.blocks if b.kind is LI]
    assert [b.level for b in items] == levels
    assert [b.marker for b in items] == markers


def test_a_decimal_number_in_prose_is_not_a_marker() -> None:
    assert blocks_of(INTRO + "2.4 billion was spent on treatment.\n")[1][0] is P


FLAT_TABLE = """\
Cross-Cutting Priorities | Reduce Deaths and Improve Lives | |||||
---|---|---|---|---|---|---|
Lived Experience at the Heart | 01 Fewer people develop problem drug use |
02 Risk is reduced for people who take harmful drugs |
03 People at most risk have access to treatment and recovery |
04 People receive high quality treatment and recovery services |
05 Quality of life is improved by addressing multiple disadvantages |
06 Children, families and communities affected by substance use are supported |
Tackle Stigma | b) People have early access to support | b) All people are offered advice | b) c3 | b) c4 | b) c5 | b) c6 |
Resilient and Skilled Workforce | d) People have the option to start medication | |||||
Psychologically Informed | e) People have access to high standard treatment options |
"""  # noqa: E501


def test_flattened_web_table_rows_are_rebuilt() -> None:
    doc = read(FLAT_TABLE.encode(), name="t.txt")
    assert_offsets(doc)
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind is BlockKind.TABLE_CELL}
    assert len(rows) == 5
    assert cells[(0, 1)] == "Reduce Deaths and Improve Lives"
    assert cells[(1, 0)] == "Lived Experience at the Heart"
    assert cells[(1, 2)] == "02 Risk is reduced for people who take harmful drugs"
    assert cells[(1, 6)].startswith("06 Children")
    assert cells[(2, 6)] == "b) c6"
    assert cells[(4, 1)] == "e) People have access to high standard treatment options"
    assert (
        rows[3].text
        == "Resilient and Skilled Workforce | d) People have the option to start medication"
    )


def test_a_plain_pipe_table() -> None:
    doc = read(b"| Year | Amount |\n|---|---|\n| 2016 | 54,3 mio. kr. |\n", name="t.txt")
    assert [b.text for b in doc.blocks if b.kind is BlockKind.TABLE_ROW] == [
        "Year | Amount",
        "2016 | 54,3 mio. kr.",
    ]


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        pytest.param(
            "Measure | Lead | Funding\n---|---|---\n"
            "Expand crisis centres | Ministry of Justice | £4 million\n"
            "Train health staff | NHS England | £2 million\n",
            ["Measure | Lead | Funding", "Expand crisis centres | Ministry of Justice | £4 million",
             "Train health staff | NHS England | £2 million"],
            id="gfm-no-outer-pipes",
        ),
        pytest.param(
            "År | Beløb\n:--|--:\n2016 | 54,3 mio. kr.\n2017 | 48,7 mio. kr.\n",
            ["År | Beløb", "2016 | 54,3 mio. kr.", "2017 | 48,7 mio. kr."],
            id="aligned-separator",
        ),
        pytest.param(
            "Tiltak|Ansvar\n---|---\nStyrke krisesentrene|JD\nFlere familievernkontor|BFD\n",
            ["Tiltak | Ansvar", "Styrke krisesentrene | JD", "Flere familievernkontor | BFD"],
            id="no-spaces-around-pipes",
        ),
    ],
)  # fmt: skip
def test_a_pipe_table_without_outer_pipes(table: str, rows: list[str]) -> None:
    doc = read(
        (INTRO + "\n" + table + "\nThe table shows the first year.\n").encode(), name="t.txt"
    )
    assert_offsets(doc)
    assert [b.text for b in doc.blocks if b.kind is BlockKind.TABLE_ROW] == rows
    assert [b.kind for b in doc.blocks if b.kind is not BlockKind.TABLE_CELL] == [P] + [
        BlockKind.TABLE_ROW
    ] * len(rows) + [P]


def test_one_line_with_a_pipe_is_prose() -> None:
    assert blocks_of(INTRO + "Health | Social care is the name of the board.\n")[1][0] is P


@pytest.mark.parametrize(
    "furniture",
    [
        "Contact\nThere is a problem\nThanks for your feedback",
        "Graphic text below:",
        "Læs mere om de Nationale retningslinjer på Socialstyrelsens hjemmeside",
        "Læse mere om projektet på Socialstyrelsens hjemmeside",
        "Lenke til mer informasjon\n\nProp. 15 S (2015–2016) Opptrappingsplanen (pdf)",
        "Link til elektronisk versjon\n\nProp. 15 S (2015–2016) Opptrappingsplanen for rusfeltet",
        "Var denne siden nyttig?",
        "Is this page useful?\nYes\nNo\nReport a problem with this page",
        "We use some essential cookies to make this website work.\nAccept additional cookies",
        "Vi bruker informasjonskapsler for å forbedre nettstedet.",
        "Contents\nForeword\nExecutive summary\n1. Break drug supply chains",
        "Indholdsfortegnelse\nForord\nIndledning",
    ],
)
def test_web_boilerplate_is_dropped(furniture: str) -> None:
    body = "The plan has five aims for the coming years."
    assert blocks_of(f"{INTRO}\n{furniture}\n\n{body}\n") == [
        (P, None, INTRO.strip()),
        (P, None, body),
    ]


def test_read_more_with_a_full_stop_is_a_sentence() -> None:
    line = "Read more about the evidence in the annex, which lists every study."
    assert blocks_of(INTRO + line + "\n")[1] == (P, None, line)


def test_label_and_value_lines_are_joined() -> None:
    snippet = "Plan 2016 - 2020\n\nType publikasjon:\nStortingsproposisjon\nUtgivelsesår:\n2016\n\nKort sammendrag\n\nRegjeringen trapper opp innsatsen.\n"  # noqa: E501
    texts = [t for _, _, t in blocks_of(snippet)]
    assert texts[1:3] == ["Type publikasjon: Stortingsproposisjon", "Utgivelsesår: 2016"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    para = (
        "The government will publish a plan for drug treatment that sets out the aims,\n"
        "the outcomes and the initiatives of the next four years, with the funding\n"
        "that each initiative receives and the lead organisation for each of them.\n"
    )
    doc = read(
        ("Drug treatment plan\n\n" + para + "\n" + para + "\n" + para).encode(), name="w.txt"
    )
    paragraphs = [b.text for b in doc.blocks if b.kind is P]
    assert len(paragraphs) == 3
    assert paragraphs[0] == " ".join(para.split())


def test_a_lowercase_line_continues_the_previous_one() -> None:
    snippet = INTRO + "The plan covers housing and\nemployment for everyone.\n"
    assert blocks_of(snippet)[1] == (
        P,
        None,
        "The plan covers housing and employment for everyone.",
    )


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [("utf-8", False), ("utf-8-sig", True), ("utf-16", True), ("cp1252", True)],
)
def test_encodings(encoding: str, warned: bool) -> None:
    text = (
        "Læs om stofmisbrugsbehandling – “ny” indsats på området.\r\nSøren Ærø går på arbejde.\r\n"
    )
    doc = read(text.encode(encoding), name="enc.txt")
    assert (
        doc.text
        == "Læs om stofmisbrugsbehandling – “ny” indsats på området.\nSøren Ærø går på arbejde."
    )
    assert bool(doc.warnings) is warned


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples_keep_offsets_and_drop_boilerplate(sample: Path) -> None:
    doc = read(sample)
    assert_offsets(doc)
    assert doc.blocks[0].kind is H and doc.blocks[0].level == 1
    for furniture in ("There is a problem", "Læs mere", "Lenke til mer", "Graphic text below"):
        assert furniture not in doc.text


def test_first_sample_structure() -> None:
    doc = read(SAMPLES / "gb-sct-national-drugs-mission-plan-2022.txt")
    outcomes = [b.text for b in doc.blocks if b.kind is LI][3:]
    assert outcomes[:3] == [
        "Fewer people develop problem drug use",
        "People receive high quality treatment and recovery services",
        "Children, families and communities affected by substance use are supported",
    ]
    assert "Risk is reduced for people who take harmful drugs" in outcomes
    cells = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert {b.row for b in cells} == set(range(7))
    assert max(b.col or 0 for b in cells) == 6


def test_words_hyphenated_at_a_line_end_are_rejoined() -> None:
    snippet = (
        INTRO + "Kommunerne skal styrke den sociale stofmisbrugs-\nbehandling og rus-\n"
        "og avhengighetsarbeidet.\n"
    )
    assert blocks_of(snippet)[1][2] == (
        "Kommunerne skal styrke den sociale stofmisbrugsbehandling og rus- og avhengighetsarbeidet."
    )


def test_pdf_export_running_matter_is_dropped() -> None:
    body = "The municipalities will improve the treatment of people who use drugs."
    pages = [
        f"Drug treatment plan 2024-2027\n\nPlan\n{body}\nPage 1 of 3",
        f"Drug treatment plan 2024-2027\nHousing\n{body}\n2",
        f"Drug treatment plan 2024-2027\nJobs\n{body}\n- 3 -",
    ]
    doc = read("\f".join(pages).encode(), name="export.txt")
    assert doc.text.splitlines() == [
        "Drug treatment plan 2024-2027",
        "Plan",
        body,
        "Housing",
        body,
        "Jobs",
        body,
    ]


@pytest.mark.parametrize(
    "headings",
    [
        pytest.param(["Tiltak 11", "Tiltak 12", "Tiltak 13"], id="no-tiltak"),
        pytest.param(["Action 12", "Action 13", "Action 14"], id="en-action"),
        pytest.param(["3.1 Transport", "3.2 Housing", "3.3 Health"], id="numbered-sections"),
    ],
)
def test_pdf_export_headings_opening_pages_stay(headings: list[str]) -> None:
    body = "The municipalities will improve the treatment of people who use drugs."
    pages = [f"Drug treatment plan 2024-2027\n\nPlan\n{body}\n1"] + [
        f"Drug treatment plan 2024-2027\n{heading}\n{body}\n{n}"
        for n, heading in enumerate(headings, start=2)
    ]
    doc = read("\f".join(pages).encode(), name="export.txt")
    lines = doc.text.splitlines()
    assert [line for line in lines if line in headings] == headings
    assert lines.count("Drug treatment plan 2024-2027") == 1


@pytest.mark.parametrize("line", ["Side 4 af 20", "Page 12"])
def test_labelled_page_numbers_go_anywhere(line: str) -> None:
    civil = "Civil society helps: 2016 was the first year."
    assert blocks_of(f"{INTRO}{line}\n{civil}\n") == [(P, None, INTRO.strip()), (P, None, civil)]


def test_the_title_comes_after_site_name_and_breadcrumbs() -> None:
    snippet = (
        "Regjeringen.no\nMeny\nDokumenter\n"
        "Handlingsplan mot vold i nære relasjoner (2021–2024)\nHandlingsplan\nDato: 07.12.2021\n\n"
        "1 Innledning\n\nRegjeringen legger fram en plan.\n\n3 Tiltak\n\n"
        "Tiltak 1: Styrke krisesentrene\nKrisesentrene skal få økte midler.\n"
    )
    headings = [(level, text) for kind, level, text in blocks_of(snippet) if kind is H]
    assert headings == [
        (1, "Handlingsplan mot vold i nære relasjoner (2021–2024)"),
        (2, "Handlingsplan"),
        (2, "1 Innledning"),
        (2, "3 Tiltak"),
        (3, "Tiltak 1: Styrke krisesentrene"),
    ]


BODY = "This plan sets out the actions the government will take over the next four years.\n"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param(
            "Type publikasjon: Stortingsproposisjon\nOpptrappingsplan for psykisk helse\n"
            "Dato: 2023\n\n",
            "Opptrappingsplan for psykisk helse",
            id="no-key-value-above-title",
        ),
        pytest.param(
            "Published: 12 March 2024\nSuicide prevention strategy\n\n",
            "Suicide prevention strategy",
            id="en-published-colon",
        ),
        pytest.param(
            "Udgivet: 3. maj 2023 af Sundheds- og Ældreministeriet\nPsykiatriplan\n\n",
            "Psykiatriplan",
            id="da-udgivet",
        ),
        pytest.param(
            "Forfatter: Helse- og omsorgsdepartementet\nUtgivelsesår: 2016\n"
            "Opptrappingsplanen for rusfeltet\n\n",
            "Opptrappingsplanen for rusfeltet",
            id="no-front-matter-block",
        ),
        pytest.param(
            "Drugs strategy: 2021 to 2031\n\n",
            "Drugs strategy: 2021 to 2031",
            id="titled-line-is-not-front-matter",
        ),
    ],
)
def test_front_matter_is_not_the_title(opening: str, title: str) -> None:
    found = blocks_of(opening + BODY)
    assert [text for kind, level, text in found if kind is H and level == 1] == [title]
    assert [text for kind, _, text in found if kind is H] == [title]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            "Home\nHealth and social care\nDrugs misuse and dependency\nPolicy paper\n"
            "From harm to hope: a 10-year drugs plan to cut crime and save lives\n"
            "Published 6 December 2021\nFrom: Home Office, Department of Health and Social Care\n"
            "Contents\nForeword\nIntroduction\n\n",
            "From harm to hope: a 10-year drugs plan to cut crime and save lives",
            id="gov-uk-policy-paper",
        ),
        pytest.param(
            "Home\nCrime, justice and law\nIndependent report\n"
            "Review of drugs part two: prevention, treatment, and recovery, with the findings "
            "and recommendations of the independent reviewer for the government in England\n"
            "Published 8 July 2021\n\n",
            "Review of drugs part two: prevention, treatment, and recovery, with the findings "
            "and recommendations of the independent reviewer for the government in England",
            id="gov-uk-long-title",
        ),
        pytest.param(
            "Forside\nAktuelt\nPressemelding\nRegjeringen styrker krisesentrene\n"
            "Publisert 12. mars 2024\n\n",
            "Regjeringen styrker krisesentrene",
            id="no-pressemelding",
        ),
        pytest.param(
            "Forside\nNyheder\nNyhed\nNy aftale om stofmisbrugsbehandling\nUdgivet 3. maj 2023\n\n",
            "Ny aftale om stofmisbrugsbehandling",
            id="da-nyhed",
        ),
    ],
)
def test_saved_web_page_title_follows_its_page_type(page: str, title: str) -> None:
    found = blocks_of(page + BODY)
    assert [(level, text) for kind, level, text in found if kind is H] == [(1, title)]
    texts = [text for _, _, text in found]
    assert not {"Policy paper", "Independent report", "Pressemelding", "Nyhed"} & set(texts)
    assert texts[-1] == BODY.strip()


def test_a_page_type_word_later_in_the_text_stays_a_heading() -> None:
    snippet = f"Suicide prevention strategy\n\n{BODY}\nGuidance\n\n{BODY}"
    assert [text for kind, _, text in blocks_of(snippet) if kind is H] == [
        "Suicide prevention strategy",
        "Guidance",
    ]


def test_a_tab_separated_table() -> None:
    doc = read(
        INTRO.encode() + b"Year\tAmount\tPeriod\n2016\t54,3 mio. kr.\t2016-2019\n", name="t.txt"
    )
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells[:3] == [(0, 0, "Year"), (0, 1, "Amount"), (0, 2, "Period")]
    assert cells[4] == (1, 1, "54,3 mio. kr.")


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Tiltak 3 Styrke krisesentrene", 2),
        ("Chapter 2 – Funding", 2),
        ("Initiativ 1.1 Bedre hjælp", 3),
    ],
)
def test_labels_with_a_title_after_the_number(line: str, level: int) -> None:
    assert blocks_of(f"{INTRO}{line}\nThe work starts in 2024.\n")[1] == (H, level, line)


def test_a_long_line_after_a_label_number_is_prose() -> None:
    line = (
        "Priority 10 Reduce the risk of poor mental health and wellbeing in adult life by promoting"
    )
    assert blocks_of(f"{INTRO}{line}\nThe work starts in 2024.\n")[1][0] is P

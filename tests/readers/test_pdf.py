"""The PDF reader on plan-like PDFs built in the test (see builders.py)."""

from __future__ import annotations

import builders
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.cli import app
from policyparse.errors import NoTextLayer, UnreadableDocument
from policyparse.readers import read
from policyparse.readers.pdf_blocks import Emitter, join_line, measure
from policyparse.readers.pdf_layout import Line, PageLayout

HEADING, PARA, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
PLAN = builders.plan_pdf()


@pytest.fixture(scope="module")
def doc() -> ReadDocument:
    return read(PLAN, name="plan.pdf")


def _find(doc: ReadDocument, text: str) -> tuple[BlockKind, int | None, int | None, str | None]:
    block = next(b for b in doc.blocks if b.text == text)
    return block.kind, block.level, block.page, block.marker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (builders.H1, (HEADING, 1, 1, None)),
        (builders.H2_AIMS, (HEADING, 2, 1, None)),
        (builders.H3_FUNDING, (HEADING, 3, 2, None)),  # bold at about body size
        (builders.H2_COLUMNS, (HEADING, 2, 3, None)),
        (builders.JOINED_1, (PARA, None, 1, None)),  # "stofmisbrugs-" + "behandling"
        (builders.JOINED_2, (PARA, None, 1, None)),  # "rus- og", "COVID-19"
        ("Fewer people die from drugs.", (ITEM, 0, 1, "1.")),
        ("More people get treatment early.", (ITEM, 0, 1, "2.")),
        (" ".join(builders.LEFT), (PARA, None, 3, None)),
        (" ".join(builders.RIGHT), (PARA, None, 3, None)),
        (builders.LAST[0], (PARA, None, 2, None)),
    ],
)
def test_blocks(doc: ReadDocument, text: str, expected: tuple[object, ...]) -> None:
    assert _find(doc, text) == expected


def test_reading_order_and_offsets(doc: ReadDocument) -> None:
    order = [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE_CELL]
    left, right = " ".join(builders.LEFT), " ".join(builders.RIGHT)
    assert order.index(builders.H2_COLUMNS) < order.index(left) < order.index(right)
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
    assert (doc.format, doc.pages, doc.title) == ("pdf", 3, builders.TITLE)


def test_running_header_footer_and_page_numbers_removed(doc: ReadDocument) -> None:
    assert builders.HEADER not in doc.text
    assert "Page 1 of 3" not in doc.text and "of 3" not in doc.text


def test_table_rows_and_cells(doc: ReadDocument) -> None:
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [r.text for r in rows] == [" | ".join(r) for r in builders.TABLE]
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert (1, 1, "54,3 mio. kr.") in cells
    assert {b.page for b in rows} == {2}
    # the table's words are not read again as paragraphs
    assert doc.text.count("Housing first") == 1


def test_scanned_pages_among_text_pages_are_a_warning() -> None:
    doc = read(builders.image_only_pdf(text_page=True))
    assert doc.text.startswith("The plan sets out")
    assert doc.warnings == ["page(s) 2: images without a text layer (OCR them to read them)"]


def test_empty_password_encryption_opens() -> None:
    encrypted = builders.plan_pdf(encrypt_owner="owner-secret")
    assert b"/Encrypt" in encrypted
    assert read(encrypted).text == read(PLAN).text


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (builders.plan_pdf(encrypt_owner="o", user_password="u"), UnreadableDocument, "password"),
        (builders.image_only_pdf(), NoTextLayer, "OCR"),
        (PLAN[:400], UnreadableDocument, "not a readable PDF"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, UnreadableDocument, "not a readable PDF"),
    ],
    ids=["password", "image-only", "truncated", "junk"],
)
def test_bad_pdfs(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as caught:
        read(data, name="bad.pdf")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("line", "more", "joined"),
    [
        ("known as stofmisbrugs-", "behandling, over", "known as stofmisbrugsbehandling, over"),
        ("for people with rus-", "og avhengighet", "for people with rus- og avhengighet"),
        ("the COVID-", "19 lessons", "the COVID-19 lessons"),
        ("in the period 2016-", "2020", "in the period 2016-2020"),
        ("Nord-", "Norge", "Nord-Norge"),
        ("a plain", "line", "a plain line"),
        ("ends with a dash -", "next", "ends with a dash - next"),
    ],
)
def test_join_line(line: str, more: str, joined: str) -> None:
    assert join_line(line, more, frozenset({"og", "and"})) == joined


def _line(text: str, top: float, x0: float = 50) -> Line:
    return Line(text, x0, 500, top, top + 10, 10.0, False, 1, 0)


def test_cid_bullets_become_list_items() -> None:
    from policyparse.readers.normalise import TextBuilder

    page = PageLayout(
        1,
        800,
        [
            _line("(cid:127) Housing first", 100),
            _line("(cid:127) Outreach (cid:3)teams", 115),
            _line("A closing paragraph.", 140),
        ],
    )
    builder = TextBuilder()
    emitter = Emitter(measure([page], frozenset()), builder)
    emitter.feed(page)
    emitter.flush()
    got = [(b.kind, b.marker, b.text) for b in builder.blocks]
    assert got == [
        (ITEM, "•", "Housing first"),
        (ITEM, "•", "Outreach teams"),
        (PARA, None, "A closing paragraph."),
    ]
    assert emitter.cids == 1


def test_cli_text_blocks(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "plan.pdf"
    path.write_bytes(PLAN)
    result = CliRunner().invoke(app, ["text", str(path), "--blocks"])
    assert result.exit_code == 0, result.output
    assert "heading" in result.output and "p3" in result.output


@st.composite
def _mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        if not data:  # an earlier cut took everything
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip":
            data[where] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[where : where + draw(st.integers(1, 200))]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=40))
        else:
            del data[max(where, 10) :]
    return bytes(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(_mutated(builders.small_pdf()), st.binary(max_size=300)))
def test_mutated_bytes_never_crash(data: bytes) -> None:
    try:
        doc = read(b"%PDF-1.4\n" + data if not data.startswith(b"%PDF") else data)
    except UnreadableDocument:
        return
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def _page(number: int, *lines: tuple[str, float, float]) -> PageLayout:
    return PageLayout(number, 800, [Line(t, 50, 500, top, top + size, size, False, number, 0)
                                    for t, top, size in lines])  # fmt: skip


def test_running_matter() -> None:
    from policyparse.readers.pdf_running import page_number_pattern, remove_running

    pages = [
        _page(1, ("Plan title", 40, 24), ("Body one.", 300, 10), ("1", 780, 9)),
        _page(2, ("Plan title", 20, 8), ("Chapter 1: Aims 2", 40, 8), ("Body two.", 300, 10)),
        _page(3, ("Plan title", 20, 8), ("Chapter 2: Funding 3", 40, 8), ("Body.", 300, 10)),
        _page(4, ("Plan title", 20, 8), ("Chapter 2: Funding 4", 40, 8), ("Side 4 af 4", 780, 8)),
    ]
    removed = remove_running(pages, page_number_pattern(["Side", "Page"]))
    left = [[i.text for i in p.items if isinstance(i, Line)] for p in pages]
    # the large title on page 1 is not the small running header that repeats its words
    assert left == [["Plan title", "Body one."], ["Body two."], ["Body."], []]
    assert removed == 8


def _edge_heading_pages(headings: list[str], *, at_top: bool) -> list[PageLayout]:
    """Six pages with a running header and footer, one page opening (or closing) with
    each numbered heading, the others with body text there."""
    pages = []
    for number in range(1, 7):
        heading = headings[number - 2] if 2 <= number < 2 + len(headings) else None
        lines = [("Regional housing plan 2024–2027", 20, 8)]
        if heading and at_top:
            lines.append((heading, 60, 14))
        lines.append(("Body text of the page runs on here.", 300, 10))
        if heading and not at_top:
            lines.append((heading, 740, 14))
        lines.append((f"Page {number} of 6", 780, 8))
        pages.append(_page(number, *lines))
    return pages


@pytest.mark.parametrize(
    "headings",
    [
        pytest.param(["Tiltak 11", "Tiltak 12", "Tiltak 13", "Tiltak 14"], id="no-tiltak"),
        pytest.param(["Action 12", "Action 13", "Action 14"], id="en-action"),
        pytest.param(["3.1 Transport", "3.2 Housing", "3.3 Health"], id="numbered-sections"),
        pytest.param(["Initiativ nr. 3", "Initiativ nr. 4", "Initiativ nr. 5"], id="da-initiativ"),
        pytest.param(["Chapter 5", "Chapter 6", "Chapter 7"], id="chapter-on-its-own-page"),
    ],
)
@pytest.mark.parametrize("at_top", [True, False], ids=["top", "bottom"])
def test_a_heading_at_a_page_edge_is_not_running_matter(headings: list[str], at_top: bool) -> None:
    from policyparse.readers.pdf_running import page_number_pattern, remove_running

    pages = _edge_heading_pages(headings, at_top=at_top)
    remove_running(pages, page_number_pattern(["Page"]))
    left = [i.text for p in pages for i in p.items if isinstance(i, Line)]
    assert [t for t in left if t in headings] == headings
    assert not [t for t in left if t.startswith(("Regional housing plan", "Page "))]


@pytest.mark.parametrize(
    ("number", "header"),
    [
        pytest.param(2, "Chapter {n}: Housing", id="page-number-only"),
        pytest.param(3, "{n} | Handlingsplan for psykisk helse", id="page-number-first"),
        pytest.param(4, "Opptrappingsplan for rusfeltet — side {n}", id="page-word"),
    ],
)
def test_a_running_header_with_its_page_number_is_running_matter(number: int, header: str) -> None:
    from policyparse.readers.pdf_running import page_number_pattern, remove_running

    # pages numbered from `number` on the second physical page: the offset is the document's
    pages = [_page(1, ("Plan", 40, 24), ("Body.", 300, 10))] + [
        _page(p, (header.format(n=p + number - 2), 20, 8), ("Body.", 300, 10)) for p in range(2, 7)
    ]
    assert remove_running(pages, page_number_pattern(["Side"])) == 5


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("National plan 2024-2027", "National plan 2024-2027"),
        ("Microsoft Word - plan_v3.docx", None),
        ("handlingsplan-endelig.pdf", None),
        ("  ", None),
    ],
)
def test_title_metadata(title: str, expected: str | None) -> None:
    from policyparse.readers.pdf import _title

    assert _title({"Title": title}) == expected


def test_table_cell_lines_joined() -> None:
    from policyparse.readers.normalise import TextBuilder
    from policyparse.readers.pdf_layout import Table

    page = PageLayout(
        1,
        800,
        [
            Table(
                [["Indsats", "Beløb"], ["Social stofmisbrugs-\nbehandling", "54,3\nmio. kr."]],
                100,
                1,
            )
        ],
    )
    builder = TextBuilder()
    Emitter(measure([page], frozenset()), builder).feed(page)
    assert builder.text == "Indsats | Beløb\nSocial stofmisbrugsbehandling | 54,3 mio. kr."


def test_ligatures_spelled_out() -> None:
    from policyparse.readers.normalise import TextBuilder

    page = PageLayout(1, 800, [_line("A speciﬁc and eﬀective ﬂow.", 100)])
    builder = TextBuilder()
    emitter = Emitter(measure([page], frozenset()), builder)
    emitter.feed(page)
    emitter.flush()
    assert builder.text == "A specific and effective flow."


@pytest.fixture(scope="module")
def unruled() -> ReadDocument:
    return read(builders.unruled_pdf(), name="unruled.pdf")


def test_an_unruled_table_is_rows_and_cells(unruled: ReadDocument) -> None:
    rows = [b for b in unruled.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [b.text for b in rows] == [" | ".join(row) for row in builders.UNRULED]
    assert {b.page for b in rows} == {1}
    texts = [b.text for b in unruled.blocks if b.kind is BlockKind.PARAGRAPH]
    assert texts[0] == " ".join(builders.BODY_1).replace(
        "stofmisbrugs- behandling", "stofmisbrugsbehandling"
    )
    assert texts[1] == builders.LAST[0]
    assert all(unruled.text[b.start : b.end] == b.text for b in unruled.blocks)


@pytest.mark.parametrize(
    ("page", "first_words"),
    [
        pytest.param(2, ["In the northern region", "In the southern region"], id="two-columns"),
        pytest.param(3, ["The northern region will"], id="three-columns"),
    ],
)
def test_prose_columns_are_not_tables(
    unruled: ReadDocument, page: int, first_words: list[str]
) -> None:
    blocks = [b for b in unruled.blocks if b.page == page]
    assert not [b for b in blocks if b.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE_CELL)]
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert all(any(p.startswith(w) for p in paragraphs) for w in first_words)

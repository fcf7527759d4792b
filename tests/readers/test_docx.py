"""The DOCX reader on a plan built in the test with python-docx (see builders.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import builders
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.cli import app
from policyparse.errors import UnreadableDocument, UnsupportedFormat
from policyparse.readers import ReadContext, read
from policyparse.readers.docx import read_docx
from policyparse.readers.docx_numbering import Level, Numbering

HEADING, PARA, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
PLAN = builders.plan_docx()


@pytest.fixture(scope="module")
def doc() -> ReadDocument:
    return read(PLAN, name="plan.docx")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (builders.DOCX_TITLE, (HEADING, 1, None)),  # Title style sits above Heading 1
        ("1. Formål", (HEADING, 2, None)),
        ("1.1 Mål", (HEADING, 3, None)),
        ("Økonomi", (HEADING, 4, None)),
        ("Planen skal sikre bedre behandling af borgere med et stofmisbrug.", (PARA, None, None)),
        ("Færre dør af stoffer", (ITEM, 0, "1.")),  # List Number → Word numbering
        ("Flere kommer i behandling", (ITEM, 0, "2.")),
        ("Særligt for unge", (ITEM, 1, "•")),  # List Bullet 2 → second level
        ("Der er afsat i alt 103 mio. kr.", (ITEM, 0, "•")),  # a bullet typed by hand
    ],
)
def test_blocks(doc: ReadDocument, text: str, expected: tuple[object, ...]) -> None:
    block = next(b for b in doc.blocks if b.text == text)
    assert (block.kind, block.level, block.marker) == expected


def test_table_header_footer_title_offsets(doc: ReadDocument) -> None:
    rows = [b.text for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [
        "Initiativ | Beløb | Periode",
        "Housing first | 54,3 mio. kr. | 2024-2027",
        "Opsøgende team | 12 mio. kr.",  # the merged cell once
    ]
    assert builders.DOCX_HEADER not in doc.text and builders.DOCX_FOOTER not in doc.text
    assert (doc.format, doc.title, doc.pages) == ("docx", builders.DOCX_TITLE, None)
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def _paragraph(document: Any, text: str, num_id: int, ilvl: int) -> Any:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    num_pr.get_or_add_ilvl().val = ilvl
    return paragraph


def test_multi_level_numbering() -> None:
    import docx

    document = docx.Document()
    levels = {
        0: Level("decimal", "%1.", 1),
        1: Level("lowerLetter", "%2)", 1),
        2: Level("decimal", "%1.%2.%3", 1),
    }
    numbering = Numbering({"7": ("3", {}), "8": ("4", {0: 5})}, {"3": levels, "4": levels})
    plan = [("A", 7, 0), ("B", 7, 1), ("C", 7, 1), ("D", 7, 2), ("E", 7, 0), ("F", 7, 1),
            ("G", 8, 0)]  # fmt: skip
    got = [numbering.marker(_paragraph(document, *p)) for p in plan]
    assert got == [("1.", 0), ("a)", 1), ("b)", 1), ("1.b.1", 2), ("2.", 0), ("a)", 1),
                   ("5.", 0)]  # fmt: skip


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _damaged() -> bytes:
    with zipfile.ZipFile(io.BytesIO(PLAN)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:300]
    return _zip(members)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"This is plain text, not a Word file.", UnreadableDocument, "not a ZIP"),
        (_zip({"notes.txt": b"hello"}), UnsupportedFormat, "not a DOCX"),
        (
            _zip({"word/document.xml": b"<w/>", "big.bin": bytes(40 * 2**20)}),
            UnreadableDocument,
            "ZIP bomb",
        ),
        (_damaged(), UnreadableDocument, "damaged DOCX"),
    ],
    ids=["not-a-zip", "zip-not-docx", "zip-bomb", "broken-xml"],
)
def test_bad_docx(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        read_docx(data, ReadContext("bad.docx", "0" * 64))


def test_cli_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(PLAN)
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 0, result.output
    assert "Færre dør af stoffer" in result.output and builders.DOCX_FOOTER not in result.output
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    result = CliRunner().invoke(app, ["text", str(bad)])
    assert result.exit_code == 1 and "Traceback" not in result.output


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(PLAN)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data[where] = draw(st.integers(0, 255))
        else:
            del data[where : where + draw(st.integers(1, 500))]
    return bytes(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(_mutated(), st.binary(max_size=200)))
def test_mutated_bytes_never_crash(data: bytes) -> None:
    try:
        doc = read_docx(data, ReadContext("fuzz.docx", "0" * 64))
    except UnreadableDocument:
        return
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def _in_content_control(document: Any, paragraph: Any, gallery: str | None = None) -> None:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    part = f"<w:docPartObj><w:docPartGallery w:val='{gallery}'/></w:docPartObj>" if gallery else ""
    sdt = parse_xml(f"<w:sdt {ns}><w:sdtPr>{part}</w:sdtPr><w:sdtContent/></w:sdt>")
    paragraph._p.addprevious(sdt)
    sdt[1].append(paragraph._p)


def test_content_controls_and_contents_lines() -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Introduction\t3", style="TOC 1")
    toc = document.add_paragraph("Aims\t4")
    _in_content_control(document, toc, gallery="Table of Contents")
    wrapped = document.add_paragraph("Text inside a content control.")
    _in_content_control(document, wrapped)
    out = io.BytesIO()
    document.save(out)
    doc = read_docx(out.getvalue(), ReadContext("cc.docx", "0" * 64))
    assert doc.text == "Text inside a content control."

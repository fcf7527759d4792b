"""The HTML reader: main content of government pages, structure, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.cli import app
from policyparse.errors import UnreadableDocument
from policyparse.readers import ReadContext, read
from policyparse.readers.html import read_html

PAGES = Path(__file__).parent / "pages"
EXPECTED = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))
H, P, LI = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_government_pages(name: str) -> None:
    want = EXPECTED[name]
    doc = read(PAGES / name)
    assert doc.format == "html" and doc.title == want["title"]
    assert [[b.level, b.text] for b in doc.blocks if b.kind is H] == want["headings"]
    missing = [line for line in want["content"] if line not in doc.text]
    leaked = [line for line in want["furniture"] if line in doc.text]
    assert (missing, leaked) == ([], [])
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def _blocks(html: str) -> list[tuple[object, ...]]:
    doc = read_html(html.encode(), ReadContext("t.html", "0" * 64))
    return [(b.kind, b.level, b.marker, b.text) for b in doc.blocks
            if b.kind is not BlockKind.TABLE_CELL]  # fmt: skip


CASES = [
    pytest.param(
        "<main><ol start=3><li>Three<ol type=a><li>x</li><li>y</li></ol></li><li>Four</li></ol>"
        "<ul><li><p>Para in item</p></li></ul></main>",
        [
            (LI, 0, "3.", "Three"),
            (LI, 1, "a.", "x"),
            (LI, 1, "b.", "y"),
            (LI, 0, "4.", "Four"),
            (LI, 0, "•", "Para in item"),
        ],
        id="ordered-lists",
    ),
    pytest.param(
        "<body class='cookies-accepted js-enabled'><header><nav><a>Home</a></nav></header>"
        "<article><header><h1>Plan title</h1></header><p>Body text.</p>"
        "<footer><p>Share this page</p></footer></article></body>",
        [(H, 1, None, "Plan title"), (P, None, None, "Body text.")],
        id="article-header-kept",
    ),
    pytest.param(
        "<main><h2>Aims</h2><p>We aim high.</p><h2>Related links</h2>"
        "<ul><li><a href=a>One report</a></li><li><a href=b>Another report</a></li></ul>"
        "<p>The plan runs to 2026.</p><p><a href=c>Read more about the plan</a></p></main>",
        [
            (H, 2, None, "Aims"),
            (P, None, None, "We aim high."),
            (P, None, None, "The plan runs to 2026."),
        ],
        id="link-box-and-read-more",
    ),
    pytest.param(
        "<main><table><tr><th>Area</th><th>Amount</th></tr>"
        "<tr><td>Housing<br>first</td><td><table><tr><td>£5m</td></tr></table></td></tr></table>"
        "<dl><dt>Published:</dt><dd>2016</dd></dl></main>",
        [
            (BlockKind.TABLE_ROW, None, None, "Area | Amount"),
            (BlockKind.TABLE_ROW, None, None, "Housing first | £5m"),
            (P, None, None, "Published: 2016"),
        ],
        id="table-br-nested-dl",
    ),
    pytest.param(
        "<div class=top><a>Home</a> <a>Topics</a> <a>Contact us</a></div>"
        "<div class=text><h1>Title</h1><p>Text with <a>one link</a> in it.</p></div>",
        [(H, 1, None, "Title"), (P, None, None, "Text with one link in it.")],
        id="no-container-menu-dropped",
    ),
    pytest.param(
        "<main><h2 class=accordion><button aria-expanded=false>Funding</button></h2>"
        "<table role=presentation><tr><td><h3>Layout</h3><p>Cell text.</p></td></tr></table>"
        "</main>",
        [(H, 2, None, "Funding"), (H, 3, None, "Layout"), (P, None, None, "Cell text.")],
        id="heading-button-layout-table",
    ),
    pytest.param(
        "<div class=hero><h1>Plan title</h1></div><nav><h1>Menu</h1></nav>"
        "<main><h2>Aims</h2><p>Text.</p></main>",
        [(H, 1, None, "Plan title"), (H, 2, None, "Aims"), (P, None, None, "Text.")],
        id="title-above-main",
    ),
    pytest.param(
        "<p>unclosed <b>bold<li>item</ul></table><h2>Heading</h3>after",
        # lexbor's repair puts the heading inside the stray item: the words are all kept
        [(P, None, None, "unclosed bold"), (LI, 0, "•", "item Heading after")],
        id="broken-html",
    ),
]


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_structure(html: str, expected: list[tuple[object, ...]]) -> None:
    assert _blocks(html) == expected


def test_cp1252_page_reports_its_encoding() -> None:
    html = "<html><body><main><p>Sundhedsstyrelsen: ændring af åbningstider for øvrige tilbud</p>"
    html += "<p>Behandlingen er gratis – også for unge.</p></main></body></html>"
    doc = read(html.encode("cp1252"), name="page.html")
    assert "ændring af åbningstider for øvrige" in doc.text and "gratis – også" in doc.text
    assert doc.encoding != "utf-8" and doc.warnings


@pytest.mark.parametrize(
    "html",
    [b"  ", b"<span>" * 5000 + b"x", b"<ul><li>" * 3000 + b"x"],
    ids=["empty", "deep", "deep-list"],
)
def test_reader_errors(html: bytes) -> None:
    with pytest.raises(UnreadableDocument):
        read_html(html, ReadContext("bad.html", "0" * 64))


def test_cli_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["text", str(PAGES / "regjeringen_no.html"), "--blocks"])
    assert result.exit_code == 0, result.output
    assert "Kort sammendrag" in result.output and "Var denne siden nyttig" not in result.output


_GOVUK = (PAGES / "govuk.html").read_bytes()


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(_GOVUK)
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data[where : where + draw(st.integers(1, 300))] = b""
        else:
            data[where:where] = draw(
                st.sampled_from(
                    [b"<", b">", b"</li>", b"<table>", b"\xff", b"<main>", b"&amp", b"\x00"]
                )
            )
    return bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(_mutated(), st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_mutated_bytes_never_crash(data: bytes) -> None:
    try:
        doc: ReadDocument = read_html(data, ReadContext("fuzz.html", "0" * 64))
    except UnreadableDocument:
        return
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)

"""DOCX → ReadDocument with python-docx: heading styles, numbered and bulleted list
paragraphs, tables; headers, footers and footnotes are left out.

The ZIP directory is checked before python-docx opens anything, so a ZIP bomb
(a small file that inflates to gigabytes) is refused without being inflated.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from functools import cache
from typing import Any

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.errors import PolicyparseError, UnreadableDocument, UnsupportedFormat
from policyparse.lang import all_languages
from policyparse.readers import ReadContext
from policyparse.readers.docx_numbering import Numbering, W
from policyparse.readers.lists import parse_marker
from policyparse.readers.normalise import TextBuilder

MAX_TOTAL = 512 * 2**20  # bytes all members may inflate to
MAX_RATIO = 100  # a member inflating more than this …
RATIO_FLOOR = 16 * 2**20  # … and to more than this is a bomb
MAX_MEMBERS = 10_000
NOT_ZIP = "{name}: not a DOCX file (not a ZIP archive)"
NOT_DOCX = "{name}: a ZIP archive but not a DOCX (no word/document.xml)"
BOMB = "{name}: refused: the ZIP inflates to {size} (a ZIP bomb?)"
DAMAGED = "{name}: a damaged DOCX file ({reason})"


def read_docx(data: bytes, ctx: ReadContext) -> ReadDocument:
    """Body paragraphs and tables in document order."""
    check_zip(data, ctx.name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        builder = TextBuilder()
        _Body(builder, Numbering.of(document)).read(document)
        title = (document.core_properties.title or "").strip() or None
    except PolicyparseError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on damaged files
        reason = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
        raise UnreadableDocument(
            DAMAGED.format(name=ctx.name, reason=reason or type(exc).__name__)
        ) from None
    return builder.build(format="docx", sha256=ctx.sha256, title=title)


def check_zip(data: bytes, name: str) -> None:
    """Refuse what is not a ZIP, not a DOCX, or would inflate beyond the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnreadableDocument(NOT_ZIP.format(name=name)) from None
    if "word/document.xml" not in {i.filename for i in infos}:
        raise UnsupportedFormat(NOT_DOCX.format(name=name))
    total = sum(i.file_size for i in infos)
    bomb = any(
        i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if bomb or total > MAX_TOTAL or len(infos) > MAX_MEMBERS:
        raise UnreadableDocument(BOMB.format(name=name, size=f"{total / 2**20:,.0f} MiB"))


@cache
def _style_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Heading, title and contents style names of every language ("Heading", "Overskrift",
    "TOC")."""
    langs = all_languages()

    def words(key: str) -> tuple[str, ...]:
        return tuple({w.casefold() for lang in langs for w in lang.get(f"reader.{key}")})

    return words("docx_heading_styles"), words("docx_title_styles"), words("docx_toc_styles")


def _body_elements(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, also inside content controls (`w:sdt`, which some
    templates wrap the whole body in), except a table-of-contents control."""
    for child in parent.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt" and not _is_toc(child):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _body_elements(content)


def _is_toc(sdt: Any) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{W}val") or "").lower()


def heading_level(style_name: str) -> int | None:
    """ "Heading 2" → 2, "Overskrift 1" → 1, "Title" → 0 (above level 1), else None."""
    name = style_name.casefold().strip()
    heading, title, _ = _style_words()
    if name in title:
        return 0
    m = re.fullmatch(r"(\D+?)\s*(\d)", name)
    if m and m.group(1) in heading:
        return int(m.group(2))
    return None


class _Body:
    """Walks the body once, handing blocks to the builder."""

    def __init__(self, builder: TextBuilder, numbering: Numbering) -> None:
        self.builder = builder
        self.numbering = numbering
        self.tables = 0
        self.shift = 0  # 1 once a Title paragraph is seen: Heading 1 then sits below it

    def read(self, document: Any) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for element in _body_elements(document.element.body):
            if element.tag == f"{W}tbl":
                self.table(Table(element, document._body))
            else:
                self.paragraph(Paragraph(element, document._body))

    def paragraph(self, paragraph: Any) -> None:
        text = paragraph.text
        if not text.strip():
            return
        style = paragraph.style.name if paragraph.style is not None else ""
        if style.casefold().startswith(_style_words()[2]):
            return  # a line of the table of contents: its headings follow in the text
        level = heading_level(style)
        if level is not None:
            self.shift = self.shift or int(level == 0)
            self.builder.add(BlockKind.HEADING, text, level=min(6, max(1, level + self.shift)))
            return
        numbered = self.numbering.marker(paragraph)
        if numbered is not None:
            marker, depth = numbered
            self.builder.add(BlockKind.LIST_ITEM, text, level=depth, marker=marker or None)
            return
        typed = parse_marker(text.strip())  # bullets typed by hand: "• ", "1. "
        if typed is not None:
            self.builder.add(BlockKind.LIST_ITEM, typed.text, level=0, marker=typed.marker)
            return
        self.builder.add(BlockKind.PARAGRAPH, text)

    def table(self, table: Any) -> None:
        row_number = 0
        for row in table.rows:
            cells: list[str] = []
            seen: list[Any] = []
            for cell in row.cells:
                if any(cell._tc is tc for tc in seen):  # a merged cell repeats per column
                    continue
                seen.append(cell._tc)
                cells.append(cell.text)
            if self.builder.add_row(cells, table=self.tables, row=row_number):
                row_number += 1
        self.tables += 1

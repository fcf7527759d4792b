"""Plain text → blocks. Structure is read from the shape of lines: list markers,
pipe tables, and headings (a short line without a final full stop followed by body
text; "2. Vision"; "Priority 10"; "Strategic Action 10.1: …"). Web pages saved as
text keep their furniture ("There is a problem"), which is dropped here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.lang import all_languages
from policyparse.readers import ReadContext
from policyparse.readers.boilerplate import Boilerplate, boilerplate, is_link_like
from policyparse.readers.encoding import read_plain
from policyparse.readers.headings import HeadingShapes
from policyparse.readers.lists import Marker, Nesting, parse_marker
from policyparse.readers.normalise import TextBuilder
from policyparse.readers.pdf_blocks import join_line
from policyparse.readers.pdf_running import RunningMatter, page_number_pattern
from policyparse.readers.pipetable import (
    SEPARATOR,
    is_tab_table,
    is_table,
    rebuild_rows,
    tab_cells,
    table_end,
    trim_row,
)

_SENTENCE_END = re.compile(r"[.!?:;]$")
_MIN_PAGES = 3  # form feeds between at least this many pages: a PDF export
_EDGE_LINES = 2  # lines at the top and bottom of a page that may be running matter
_MAX_RUNNING_WORDS = 12
_MIN_WRAPPED = 8  # hard-wrapped text: at least this many lines fill the width
_MAX_WRAP = 100  # longer lines are whole paragraphs
_FULL = 0.75  # a line this close to the width was wrapped, not ended


@dataclass
class Unit:
    """One line of text (or several joined), before it becomes a block."""

    kind: BlockKind
    text: str
    indent: int = 0
    gap: bool = False  # a blank line came before it
    width: int = 0  # length of its last physical line
    marker: Marker | None = None
    level: int | None = None
    rows: list[list[str]] | None = None  # a table's rows of cells


def read_text(data: bytes, ctx: ReadContext) -> ReadDocument:
    """The plain-text reader registered in `READERS`."""
    return read_plain(data, ctx, "text", parse_text)


def parse_text(text: str) -> TextBuilder:
    """Blocks of a plain-text document, in a builder ready to `build()`."""
    lines = _without_running_matter(text)
    furniture = boilerplate()
    units = _join(_drop_boilerplate(_units(lines), furniture), _wrap_width(text))
    title = HeadingShapes().mark(units) or 0
    return _emit(
        [u for i, u in enumerate(units) if i >= title or not furniture.is_page_type(u.text)]
    )


def _without_running_matter(text: str) -> list[str]:
    """The lines of the text. In a PDF export with form feeds between pages, the lines
    that open or close most pages (running headers and footers, page numbers folded, as
    in the PDF reader; kept on the first page, where the title is) and bare page numbers
    are left out; a labelled page number ("Page 3 of 40", "Side 3") is left out anywhere."""
    pattern = page_number_pattern(_reader_words("page_words"))
    pages = [page.splitlines() for page in text.split("\f")]
    labelled = [line for line in text.splitlines() if not _labelled_page(line, pattern)]
    if len(pages) < _MIN_PAGES:
        return labelled
    running = RunningMatter(len(pages))
    edges = [_edges(page) for page in pages]
    for number, (page, ends) in enumerate(zip(pages, edges, strict=True), start=1):
        for i, top in ends.items():
            if _candidate(page[i]):
                running.add(number, page[i], top)
    kept: list[str] = []
    for number, (page, ends) in enumerate(zip(pages, edges, strict=True), start=1):
        for i, line in enumerate(page):
            if i in ends and (
                pattern.match(line.strip())
                or (number > 1 and _candidate(line) and running.is_running(number, line, ends[i]))
            ):
                continue
            if not _labelled_page(line, pattern):
                kept.append(line)
    return kept


def _labelled_page(line: str, pattern: re.Pattern[str]) -> bool:
    """ "Page 3", "Side 4 af 20": a page word and a number, not a bare "12" or "iv"."""
    stripped = line.strip()
    if not stripped[:1].isalpha() or pattern.match(stripped) is None:
        return False
    return any(ch.isdigit() for ch in stripped)


def _edges(page: list[str]) -> dict[int, bool]:
    """Indices of the first and last few non-blank lines of a page, each with whether
    it is at the top."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    ends = {i: False for i in filled[-_EDGE_LINES:]}
    ends.update({i: True for i in filled[:_EDGE_LINES]})
    return ends


def _candidate(line: str) -> bool:
    """Short and without a final full stop: a sentence is never running matter."""
    return len(line.split()) <= _MAX_RUNNING_WORDS and not line.rstrip().endswith(".")


@cache
def _reader_words(key: str) -> frozenset[str]:
    """`reader.<key>` words of every language."""
    return frozenset(w for lang in all_languages() for w in lang.get(f"reader.{key}"))


def _units(lines: list[str]) -> list[Unit]:
    units: list[Unit] = []
    gap = False
    i = 0
    while i < len(lines):
        line = lines[i].replace("\t", "    ").rstrip()
        if not line.strip():
            gap, i = True, i + 1
            continue
        end, rows = _table_at(lines, i)
        if rows:
            units.append(Unit(BlockKind.TABLE_ROW, "", gap=gap, rows=rows))
            gap, i = False, end
            continue
        units.append(_line_unit(line, gap))
        gap, i = False, i + 1
    return [u for u in units if u.rows or not SEPARATOR.match(u.text)]


def _table_at(lines: list[str], i: int) -> tuple[int, list[list[str]]]:
    """(end, rows) of the pipe or tab-separated table starting at line `i`, or (i, [])."""
    end = table_end(lines, i)
    if end - i >= 2 and is_table(lines[i:end]):
        return end, rebuild_rows(lines[i:end])
    end = i
    while end < len(lines) and "\t" in lines[end].strip():
        end += 1
    if is_tab_table(lines[i:end]):
        return end, [trim_row(tab_cells(line)) for line in lines[i:end]]
    return i, []


def _line_unit(line: str, gap: bool) -> Unit:
    stripped = line.strip()
    indent = len(line) - len(line.lstrip())
    marker = parse_marker(stripped)
    if marker:
        return Unit(BlockKind.LIST_ITEM, marker.text, indent, gap, len(stripped), marker)
    return Unit(BlockKind.PARAGRAPH, stripped, indent, gap, len(stripped))


def _drop_boilerplate(units: list[Unit], furniture: Boilerplate) -> list[Unit]:
    """Furniture lines go; a link box's heading goes with the link lines of the next group."""
    kept: list[Unit] = []
    box = 0  # 1: just after a box heading, 2: inside its group of link lines
    for unit in units:
        if unit.kind is BlockKind.PARAGRAPH and furniture.is_box(unit.text):
            box = 1
            continue
        link = unit.rows is None and is_link_like(unit.text)
        if link and (box == 1 or (box == 2 and not unit.gap)):
            box = 2
            continue
        box = 0
        if unit.rows is None and furniture.is_line(_full(unit)):
            continue
        kept.append(unit)
    return kept


def _full(unit: Unit) -> str:
    return f"{unit.marker.marker} {unit.text}" if unit.marker else unit.text


def _wrap_width(text: str) -> int:
    """The fill width of hard-wrapped text: 0 when lines are whole paragraphs, or when
    too few lines fill the width (a page of short lines is not wrapped)."""
    lengths = sorted(len(line.rstrip()) for line in text.splitlines() if line.strip())
    if len(lengths) < _MIN_WRAPPED or lengths[-1] > _MAX_WRAP:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    full = sum(1 for n in lengths if n >= _FULL * width)
    return width if full >= max(_MIN_WRAPPED, len(lengths) * 0.3) else 0


def _join(units: list[Unit], wrap: int) -> list[Unit]:
    """Lines that continue the previous paragraph or list item become part of it, and
    a `Label:` line with its value on the next line becomes one `Label: value` line."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        prev = out[-1] if out else None
        after = units[i + 1] if i + 1 < len(units) else None
        if prev is not None and not unit.gap and _continues(prev, unit, wrap):
            prev.text, prev.width = _rejoin(prev.text, unit.text), unit.width
        elif prev is not None and not unit.gap and _is_value(prev, unit, after):
            prev.text, prev.width = f"{prev.text} {unit.text}", unit.width
        else:
            out.append(unit)
    return out


def _rejoin(text: str, more: str) -> str:
    """A wrapped line: "stofmisbrugs-" + "behandling" is one word again ("rus- og" stays)."""
    return join_line(text, more, _reader_words("hyphen_keep"))


def _is_value(label: Unit, unit: Unit, after: Unit | None) -> bool:
    """ "Utgivelsesår:" / "2016": metadata lines of web pages saved as text."""
    if label.kind is not BlockKind.PARAGRAPH or unit.kind is not BlockKind.PARAGRAPH:
        return False
    if not label.text.endswith(":") or ": " in label.text or len(label.text.split()) > 4:
        return False
    if len(unit.text.split()) > 8 or unit.text.endswith((":", ".")) or unit.rows is not None:
        return False
    return after is None or after.gap or after.text.endswith(":")


def _continues(prev: Unit, unit: Unit, wrap: int) -> bool:
    if unit.kind is not BlockKind.PARAGRAPH or prev.rows is not None:
        return False
    if prev.kind is BlockKind.LIST_ITEM and unit.indent > prev.indent:
        return True
    if unit.text[0].islower() and not _SENTENCE_END.search(prev.text):
        return True
    return bool(wrap) and prev.width >= _FULL * wrap and not _SENTENCE_END.search(prev.text[-1])


def _emit(units: list[Unit]) -> TextBuilder:
    builder = TextBuilder()
    nesting = Nesting()
    tables = 0
    for unit in units:
        if unit.rows is not None:
            for row, cells in enumerate(unit.rows):
                builder.add_row(cells, table=tables, row=row)
            tables += 1
            nesting.reset()
        elif unit.kind is BlockKind.LIST_ITEM and unit.marker is not None:
            level = nesting.level(unit.indent, unit.marker)
            builder.add(unit.kind, unit.text, level=level, marker=unit.marker.marker)
        else:
            if unit.indent == 0:
                nesting.reset()
            builder.add(unit.kind, unit.text, level=unit.level)
    return builder

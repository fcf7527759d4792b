"""PDF lines in reading order → blocks: headings, paragraphs, list items, tables.

Heading levels come from font size relative to the body text (the size most
characters are set in): each larger size is a level, largest first, and bold
body-size lines are the level below those. Lines join into a paragraph while the
style holds and the vertical gap stays a line gap; a word split by a hyphen at a
line end is re-joined unless the next word is a conjunction ("rus- og").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from policyparse.blocks import BlockKind
from policyparse.readers.lists import Nesting, parse_marker
from policyparse.readers.normalise import TextBuilder
from policyparse.readers.pdf_layout import COLUMN, Line, PageLayout, Table

HEADING_RATIO = 1.1  # a line this much larger than the body text can be a heading
MAX_HEADING_WORDS = 30
MAX_LEVEL = 6
CID = re.compile(r"\(cid:\d+\)")
CID_BULLET = re.compile(r"^\(cid:\d+\)\s*")  # an unmapped glyph opening a line is a bullet
# typographic ligatures PDF fonts map to one glyph ("speciﬁc"): spelled out, so words match
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$")  # "2.1 Naming ........ 3": a contents line
SENTENCE_END = re.compile(r"[.!?:;]$")
LINE_END_HYPHEN = re.compile(r"\w-$")


@dataclass(frozen=True)
class Style:
    """Document-wide measures the grouping decisions are relative to."""

    body: float
    levels: dict[float, int]  # font size → heading level
    bold_level: int | None  # level of bold body-size headings
    line_gap: float
    keep_hyphen: frozenset[str]

    def heading_level(self, line: Line) -> int | None:
        if not any(c.isalpha() for c in line.text):
            return None
        if line.size in self.levels:
            return self.levels[line.size]
        if line.bold and line.size >= self.body - 0.5:
            return self.bold_level
        return None


def measure(pages: list[PageLayout], keep_hyphen: frozenset[str]) -> Style:
    lines = [i for p in pages for i in p.items if isinstance(i, Line)]
    chars: Counter[float] = Counter()
    for ln in lines:
        chars[ln.size] += len(ln.text)
    body = chars.most_common(1)[0][0] if chars else 10.0
    big = sorted(
        {
            ln.size
            for ln in lines
            if ln.size >= body * HEADING_RATIO and len(ln.text.split()) <= MAX_HEADING_WORDS
        },
        reverse=True,
    )
    levels = {size: min(i + 1, MAX_LEVEL) for i, size in enumerate(big)}
    gaps: Counter[int] = Counter()
    for a, b in itertools.pairwise(lines):
        if a.size == b.size == body and (a.page, a.column) == (b.page, b.column):
            gap = b.top - a.bottom
            if -1 <= gap < 2 * body:
                gaps[round(gap)] += 1
    gap = float(gaps.most_common(1)[0][0]) if gaps else body * 0.3
    return Style(body, levels, min(len(big) + 1, MAX_LEVEL), gap, keep_hyphen)


def join_line(text: str, more: str, keep_hyphen: frozenset[str]) -> str:
    """Append the next line of a block, re-joining a word split at the line end.

    "stofmisbrugs-" + "behandling" → "stofmisbrugsbehandling"; "rus-" + "og …" keeps
    the hyphen and the space; "COVID-" + "19", "2016-" + "2020" keep the hyphen.
    """
    if not text or not more:
        return text or more
    if not LINE_END_HYPHEN.search(text):
        return f"{text} {more}"
    if more[0].islower() and text[-2].isalpha():
        first = re.sub(r"\W+$", "", more.split()[0]).lower()
        return f"{text} {more}" if first in keep_hyphen else text[:-1] + more
    return text + more


@dataclass
class _Open:
    kind: BlockKind
    text: str
    last: Line
    page: int
    level: int | None = None
    marker: str | None = None
    indent: float = 0.0  # x where list-item text starts


@dataclass
class Emitter:
    """Feeds lines and tables to a TextBuilder, holding one open block."""

    style: Style
    builder: TextBuilder
    cids: int = 0
    tables: int = 0
    current: _Open | None = None
    nesting: Nesting = field(default_factory=Nesting)
    extent: dict[tuple[int, int], tuple[float, float]] = field(default_factory=dict)
    two_columns: bool = False

    def feed(self, page: PageLayout) -> None:
        lines = [item for item in page.items if isinstance(item, Line)]
        self.two_columns = any(ln.column == COLUMN["right"] for ln in lines)
        for line in lines:
            key = self._column(line)
            left, right = self.extent.get(key, (line.x0, line.x1))
            self.extent[key] = (min(left, line.x0), max(right, line.x1))
        for item in page.items:
            if isinstance(item, Table):
                self.flush()
                self.table(item)
            else:
                self.line(item)

    def table(self, table: Table) -> None:
        for r, cells in enumerate(table.rows):
            self.builder.add_row(
                [self._cell(c) for c in cells], table=self.tables, row=r, page=table.page
            )
        self.tables += 1
        self.nesting.reset()

    def _cell(self, cell: str) -> str:
        """A cell's lines joined as a paragraph's are ("54,3 mio. kr. til stofmisbrugs-" /
        "behandling" is one word)."""
        text = ""
        for part in CID.sub("", cell).translate(LIGATURES).split("\n"):
            text = join_line(text, part.strip(), self.style.keep_hyphen)
        return text

    def line(self, line: Line) -> None:
        text = CID_BULLET.sub("• ", line.text.translate(LIGATURES))
        self.cids += len(CID.findall(text))
        text = " ".join(CID.sub(" ", text).split())
        if not text or TOC_ENTRY.search(text):
            return
        level = self.style.heading_level(line)
        marker = parse_marker(text) if level is None else None
        if self.current and marker is None and self._continues(self.current, line, level):
            self.current.text = join_line(self.current.text, text, self.style.keep_hyphen)
            self.current.last = line
            return
        self.flush()
        if level is not None:
            self.current = _Open(BlockKind.HEADING, text, line, line.page, level=level)
        elif marker is not None:
            depth = self.nesting.level(round(line.x0), marker)
            self.current = _Open(
                BlockKind.LIST_ITEM,
                marker.text,
                line,
                line.page,
                depth,
                marker.marker,
                line.x0 + 2,
            )
        else:
            self.current = _Open(BlockKind.PARAGRAPH, text, line, line.page)
        if marker is None:
            self.nesting.reset()

    def _continues(self, block: _Open, line: Line, level: int | None) -> bool:
        prev = block.last
        same_style = prev.size == line.size and prev.bold == line.bold
        right = COLUMN["right"]
        if prev.page != line.page or (prev.column == right) != (line.column == right):
            return (
                block.kind is not BlockKind.HEADING
                and level is None
                and same_style
                and not SENTENCE_END.search(block.text)
                and line.text[:1].islower()
            )
        gap = line.top - prev.bottom
        if block.kind is BlockKind.HEADING:
            return level == block.level and same_style and gap < 0.8 * line.size
        if level is not None or gap > self.style.line_gap + 0.35 * line.size:
            return False
        goes_on = (
            self._wrapped(prev) or not SENTENCE_END.search(block.text) or line.text[:1].islower()
        )
        if block.kind is BlockKind.LIST_ITEM:
            return line.x0 > block.indent or goes_on
        return same_style and goes_on

    def _column(self, line: Line) -> tuple[int, int]:
        """Left-only lines of a one-column page belong to the page's one column."""
        return (line.page, line.column if self.two_columns else COLUMN["full"])

    def _wrapped(self, line: Line) -> bool:
        """The line runs to its column's right edge, so the text goes on below."""
        left, right = self.extent.get(self._column(line), (line.x0, line.x1))
        return line.x1 >= right - 0.2 * (right - left)

    def flush(self) -> None:
        block, self.current = self.current, None
        if block is None:
            return
        kind = block.kind
        if kind is BlockKind.HEADING and len(block.text.split()) > MAX_HEADING_WORDS:
            kind, block.level = BlockKind.PARAGRAPH, None
        self.builder.add(kind, block.text, page=block.page, level=block.level, marker=block.marker)

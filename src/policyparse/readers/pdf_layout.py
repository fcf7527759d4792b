"""Page geometry for the PDF reader: pdfplumber words → lines in reading order.

Kept free of pdfplumber itself (it receives the word dicts that
`Page.extract_words(extra_attrs=["fontname", "size"])` returns), so the geometry is
testable with plain numbers. A page is read column by column when a vertical
gutter separates two columns of full text lines; lines that cross the gutter
(a title above the columns) are read where they stand, and so are tables.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Word = dict[str, Any]
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
SEGMENT_GAP_EM = 0.9  # a horizontal gap wider than this (in font sizes) splits a row
COLUMN = {"full": 0, "left": 1, "right": 2}
TABLE_ROWS = 3  # an unruled table: this many aligned rows (a header and two rows) ...
TABLE_COLUMNS = 3  # ... of this many columns; two aligned runs are too often a list or contents
PROSE_FILL = 0.7  # runs filling this share of their column's pitch are prose lines, not cells


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text with the style that decides whether it is a heading. Slotted:
    every line of a document is kept until running headers are counted."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    column: int  # 0 full width, 1 left, 2 right


@dataclass(frozen=True, slots=True)
class Table:
    rows: list[list[str]]
    top: float
    page: int


Item = Line | Table


@dataclass
class PageLayout:
    number: int
    height: float
    items: list[Item]


def _make_line(words: Sequence[Word], page: int, column: int) -> Line:
    sizes: Counter[float] = Counter()
    bold_chars = 0
    for w in words:
        sizes[round(float(w["size"]) * 2) / 2] += len(w["text"])
        if _BOLD.search(str(w.get("fontname", ""))):
            bold_chars += len(w["text"])
    total = sum(sizes.values()) or 1
    return Line(
        text=" ".join(w["text"] for w in words),
        x0=min(float(w["x0"]) for w in words),
        x1=max(float(w["x1"]) for w in words),
        top=min(float(w["top"]) for w in words),
        bottom=max(float(w["bottom"]) for w in words),
        size=sizes.most_common(1)[0][0],
        bold=bold_chars * 2 >= total,
        page=page,
        column=column,
    )


def _rows(words: Iterable[Word]) -> list[list[Word]]:
    """Words sharing a baseline band, each row sorted left to right."""
    rows: list[list[Word]] = []
    band = (0.0, 0.0)
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        top, bottom = float(w["top"]), float(w["bottom"])
        mid = (top + bottom) / 2
        if rows and (band[0] <= mid <= band[1] or top <= sum(band) / 2 <= bottom):
            rows[-1].append(w)
            band = (min(band[0], top), max(band[1], bottom))
        else:
            rows.append([w])
            band = (top, bottom)
    return [sorted(r, key=lambda w: float(w["x0"])) for r in rows]


def _segments(row: list[Word]) -> list[list[Word]]:
    """Runs of words in a row separated by less than about one em."""
    segs = [[row[0]]]
    for prev, w in itertools.pairwise(row):
        em = max(float(prev["size"]), float(w["size"]))
        if float(w["x0"]) - float(prev["x1"]) > SEGMENT_GAP_EM * em:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _span(seg: list[Word]) -> tuple[float, float]:
    return float(seg[0]["x0"]), float(seg[-1]["x1"])


def find_gutter(rows: list[list[list[Word]]], width: float) -> float | None:
    """The x of a vertical gap between two text columns, or None for one column.

    Counts, for each x in the middle of the page, how many rows have a gap
    between two runs of words there; the gutter is the widest run of x where
    most rows do, if those rows hold full text lines on both sides. Rows that
    cross it (a title above the columns, a full-width paragraph) are read in place.
    """
    lo, hi = int(width * 0.3), int(width * 0.7)
    gaps = [0] * (hi - lo)
    for segs in rows:
        for a, b in itertools.pairwise(segs):
            start, end = _span(a)[1], _span(b)[0]
            for x in range(max(lo, math.ceil(start)), min(hi, math.floor(end) + 1)):
                gaps[x - lo] += 1
    most = max(gaps, default=0)
    if most < 3:
        return None
    run = _widest_run([g == most for g in gaps])
    gutter = lo + (run[0] + run[1]) / 2
    return gutter if _two_columns(rows, gutter, width) else None


def _widest_run(flags: list[bool]) -> tuple[int, int]:
    best, start = (0, 0), None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _two_columns(rows: list[list[list[Word]]], gutter: float, width: float) -> bool:
    """Many rows hold text on both sides, and both sides are text, not labels."""
    both, left_w, right_w = 0, [], []
    for segs in rows:
        spans = [_span(s) for s in segs]
        left = [x1 - x0 for x0, x1 in spans if x1 <= gutter]
        right = [x1 - x0 for x0, x1 in spans if x0 >= gutter]
        left_w += left
        right_w += right
        both += bool(left and right and len(left) + len(right) == len(spans))
    if both < 3:
        return False
    return min(_median(left_w), _median(right_w)) >= 0.2 * width


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2] if values else 0.0


def aligned_bands(words: list[Word], width: float) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom) of unruled tables on a one-column page: at least
    `TABLE_ROWS` consecutive rows of `TABLE_COLUMNS` or more runs of words whose starts
    line up with the first row's. Two-column prose has two runs a row and a gutter, so
    it never qualifies; the boxes are where pdfplumber's text strategy may look."""
    rows = [_segments(r) for r in _rows(words)]
    if find_gutter(rows, width) is not None:
        return []
    bands: list[list[list[list[Word]]]] = []
    for segs in rows:
        if len(segs) < TABLE_COLUMNS:
            bands.append([])
        elif bands and bands[-1] and _aligned(bands[-1][0], segs):
            bands[-1].append(segs)
        else:
            bands.append([segs])
    return [
        _box([w for segs in band for s in segs for w in s])
        for band in bands
        if len(band) >= TABLE_ROWS and not _prose_columns(band, width)
    ]


def _prose_columns(band: list[list[list[Word]]], width: float) -> bool:
    """Columns of running text: its lines fill most of the pitch from one column's start
    to the next, while table cells mostly leave room ("Housing first" | "54,3 mio. kr.")."""
    fills = [
        (_span(a)[1] - _span(a)[0]) / max(_span(b)[0] - _span(a)[0], 1.0)
        for segs in band
        for a, b in itertools.pairwise(segs)
    ]
    return _median(fills) >= PROSE_FILL


def _aligned(first: list[list[Word]], segs: list[list[Word]]) -> bool:
    """At least `TABLE_COLUMNS` of the row's runs start where one of the first row's
    does (within an em)."""
    em = float(first[0][0]["size"])
    starts = [_span(s)[0] for s in first]
    hits = sum(1 for s in segs if any(abs(_span(s)[0] - x) <= em for x in starts))
    return hits >= TABLE_COLUMNS


def _box(words: list[Word]) -> tuple[float, float, float, float]:
    return (
        min(float(w["x0"]) for w in words),
        min(float(w["top"]) for w in words),
        max(float(w["x1"]) for w in words),
        max(float(w["bottom"]) for w in words),
    )


def layout_page(
    words: list[Word],
    tables: list[tuple[float, float, float, list[list[str]]]],
    *,
    page: int,
    width: float,
    height: float,
) -> PageLayout:
    """Lines and tables of one page in reading order.

    `tables` holds (x0, top, x1, rows) for each table; their words must already be
    left out of `words`.
    """
    rows = [_segments(r) for r in _rows(words)]
    gutter = find_gutter(rows, width)
    placed: list[tuple[float, int, Item]] = []
    for segs in rows:
        placed += _place_row(segs, gutter, page)
    for x0, top, x1, cells in tables:
        col = _side(x0, x1, gutter)
        placed.append((top, col, Table(cells, top, page)))
    return PageLayout(page, height, _reading_order(placed))


def _side(x0: float, x1: float, gutter: float | None) -> int:
    if gutter is None:
        return COLUMN["full"]
    if x1 <= gutter:
        return COLUMN["left"]
    return COLUMN["right"] if x0 >= gutter else COLUMN["full"]


def _place_row(
    segs: list[list[Word]], gutter: float | None, page: int
) -> list[tuple[float, int, Item]]:
    sides = [_side(*_span(s), gutter) for s in segs]
    if COLUMN["full"] in sides:
        line = _make_line([w for s in segs for w in s], page, COLUMN["full"])
        return [(line.top, COLUMN["full"], line)]
    out: list[tuple[float, int, Item]] = []
    for col in (COLUMN["left"], COLUMN["right"]):
        part = [w for s, side in zip(segs, sides, strict=True) if side == col for w in s]
        if part:
            line = _make_line(part, page, col)
            out.append((line.top, col, line))
    return out


def _reading_order(placed: list[tuple[float, int, Item]]) -> list[Item]:
    """Full-width items in place; between them, the left column, then the right."""
    out: list[Item] = []
    band: dict[int, list[Item]] = {COLUMN["left"]: [], COLUMN["right"]: []}
    for _top, col, item in sorted(placed, key=lambda p: (p[0], p[1])):
        if col == COLUMN["full"]:
            out += band[COLUMN["left"]] + band[COLUMN["right"]]
            band = {COLUMN["left"]: [], COLUMN["right"]: []}
            out.append(item)
        else:
            band[col].append(item)
    return out + band[COLUMN["left"]] + band[COLUMN["right"]]

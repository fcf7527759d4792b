"""Running headers, footers and page numbers: lines repeated on most pages.

A line near the top or bottom edge of a page is running matter when the same text
sits near the same edge, in the same style, on at least `REPEAT_SHARE` of the pages,
or when it is a bare page number. "The same text" folds only page numbers: a number
standing alone whose difference from the page's position is the document's usual
one ("Page 3 of 40" on page 3, "Chapter 3: Utilities 6" on page 6). Other numbers
count, so "Tiltak 11" and "Tiltak 12" opening two pages are two headings, and a
line that occurs once is never running matter. Per-chapter headers ("Chapter 3:
Utilities 6", "Chapter 4: Roads 9") repeat by their numbered opening ("chapter # …")
when they also carry the page number or recur themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable

from policyparse.readers.pdf_layout import Line, PageLayout

EDGE_SHARE = 0.12  # the top and bottom 12 % of a page are where running matter sits
EDGE_ITEMS = 3  # only the first and last few lines of a page are candidates
REPEAT_SHARE = 0.4  # alternating left/right page headers still count
_PAGE_TOKEN = re.compile(r"^[-–—(\[]?(\d{1,4})[-–—)\].,:]?$")
_DIGITS = re.compile(r"\d+")


class RunningMatter:
    """Counts edge lines page by page (`add`), then tells running matter (`is_running`).
    `style` is what must match besides the text: edge and font size for a PDF line."""

    def __init__(self, pages: int) -> None:
        self.need = max(2, REPEAT_SHARE * pages)
        self._seen: list[tuple[int, str, Hashable]] = []
        self._offset: int | None = None
        self._counts: Counter[tuple[str, Hashable]] | None = None

    def add(self, page: int, text: str, style: Hashable) -> None:
        self._seen.append((page, text, style))

    def is_running(self, page: int, text: str, style: Hashable) -> bool:
        counts = self._count()
        folded, numbered = self._fold(page, text)
        if counts[(folded, style)] >= self.need:
            return True
        opening = _opening(folded)
        if opening is None or counts[(opening, style)] < self.need:
            return False
        return numbered or counts[(folded, style)] >= 2

    def _count(self) -> Counter[tuple[str, Hashable]]:
        if self._counts is None:
            pairs = {(page, n - page) for page, text, _ in self._seen for n in _page_tokens(text)}
            offsets = Counter(offset for _, offset in pairs)
            usual = offsets.most_common(1)
            self._offset = usual[0][0] if usual and usual[0][1] >= self.need else None
            keys: set[tuple[int, str, Hashable]] = set()
            for page, text, style in self._seen:
                folded = self._fold(page, text)[0]
                keys.add((page, folded, style))
                if (opening := _opening(folded)) is not None:
                    keys.add((page, opening, style))
            self._counts = Counter((key, style) for _, key, style in keys)
        return self._counts

    def _fold(self, page: int, text: str) -> tuple[str, bool]:
        """The text lower-cased with its page number as "#", and whether it had one."""
        words = text.lower().split()
        numbered = False
        for i, word in enumerate(words):
            match = _PAGE_TOKEN.match(word)
            if match and self._offset is not None and int(match[1]) - page == self._offset:
                words[i], numbered = "#", True
                break  # "page # of 12" on page 12 too
        return " ".join(words), numbered


def _page_tokens(text: str) -> list[int]:
    return [int(m[1]) for word in text.split() if (m := _PAGE_TOKEN.match(word))]


def _opening(folded: str) -> str | None:
    """ "chapter #: …" of "chapter 3: utilities #": the words up to a number among the
    first three, when more words follow; None for other lines."""
    words = folded.split()
    numbered = [i for i, w in enumerate(words[:3]) if _DIGITS.search(w)]
    if not numbered or numbered[0] >= len(words) - 1:
        return None
    return _DIGITS.sub("#", " ".join(words[: numbered[0] + 1])) + " …"


def page_number_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """ "12", "- 12 -", "Page 3 of 40", "Side 3 af 40", "3/40", "iv"."""
    label = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    label_part = f"(?:(?:{label})\\.?\\s*)?" if label else ""
    return re.compile(
        rf"^{label_part}[-–—(\[]?\s*(?:\d{{1,4}}|[ivxlc]{{1,6}})\s*[-–—)\]]?"
        r"(?:\s*(?:/|of|af|av|von)\s*\d{1,4})?$",
        re.IGNORECASE,
    )


def _edge_lines(page: PageLayout) -> list[Line]:
    lines = [i for i in page.items if isinstance(i, Line)]
    ends = lines[:EDGE_ITEMS] + lines[-EDGE_ITEMS:]
    top, bottom = page.height * EDGE_SHARE, page.height * (1 - EDGE_SHARE)
    return [ln for ln in ends if ln.top <= top or ln.bottom >= bottom]


def _style(line: Line, page: PageLayout) -> tuple[bool, float]:
    """Which edge the line sits at, and its font size (a title set large on page 1 is
    not the small running header that repeats its words)."""
    return line.top <= page.height / 2, line.size


def remove_running(pages: list[PageLayout], page_number: re.Pattern[str]) -> int:
    """Drop running headers, footers and page numbers in place; returns how many."""
    edges = [_edge_lines(p) for p in pages]
    running = RunningMatter(len(pages))
    for page, lines in zip(pages, edges, strict=True):
        for ln in set(lines):
            running.add(page.number, ln.text, _style(ln, page))
    removed = 0
    for page, lines in zip(pages, edges, strict=True):
        drop = {
            id(ln)
            for ln in lines
            if page_number.match(ln.text.strip())
            or running.is_running(page.number, ln.text, _style(ln, page))
        }
        removed += len(drop)
        page.items = [i for i in page.items if id(i) not in drop]
    return removed

"""Running headers, footers and page numbers: lines repeated on most pages.

A line near the top or bottom edge of a page is running matter when the same
text (digits folded, so "Page 3 of 40" matches "Page 4 of 40") sits near an edge
on at least `REPEAT_SHARE` of the pages, or when it is a bare page number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from policyparse.readers.pdf_layout import Line, PageLayout

EDGE_SHARE = 0.12  # the top and bottom 12 % of a page are where running matter sits
EDGE_ITEMS = 3  # only the first and last few lines of a page are candidates
REPEAT_SHARE = 0.4  # alternating left/right page headers still count


def _keys(line: Line) -> set[tuple[str, float]]:
    """The line's text with digits folded, and its opening up to the first number
    ("chapter #:" of "Chapter 3: Utilities 6"), each with the font size: a title
    set large on page 1 is not the small running header that repeats its words."""
    words = re.sub(r"\d+", "#", " ".join(line.text.lower().split())).split()
    keys = {(" ".join(words), line.size)}
    numbered = [i for i, w in enumerate(words[:3]) if "#" in w]
    if numbered and numbered[0] < len(words) - 1:
        keys.add((" ".join(words[: numbered[0] + 1]) + " …", line.size))
    return keys


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


def remove_running(pages: list[PageLayout], page_number: re.Pattern[str]) -> int:
    """Drop running headers, footers and page numbers in place; returns how many."""
    edges = [_edge_lines(p) for p in pages]
    seen: Counter[tuple[str, float]] = Counter()
    for lines in edges:
        seen.update(set().union(*(_keys(ln) for ln in lines)))
    need = max(2, REPEAT_SHARE * len(pages))
    removed = 0
    for page, lines in zip(pages, edges, strict=True):
        drop = {
            id(ln)
            for ln in lines
            if max(seen[k] for k in _keys(ln)) >= need or page_number.match(ln.text.strip())
        }
        removed += len(drop)
        page.items = [i for i in page.items if id(i) not in drop]
    return removed

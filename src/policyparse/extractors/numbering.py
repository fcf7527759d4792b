"""Items a document numbers itself: "Strategic Action 10.1: …", "Initiativ nr. 3: …",
"Outcome 2 – …", "10.1.2 …", "01 …" with "a) …" below.

The labels ("strategic action", "initiativ", "tiltak") and number words ("nr.", "no.") are
language data; the shapes of numbers are not. A heading may hold two items
("Initiativ nr. 1: … & Initiativ nr. 2: …"): each becomes its own item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

DECIMAL = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(?P<text>\S.*)$", re.DOTALL)
FRAMEWORK = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<text>[^\W\d_].*)$", re.DOTALL)
LETTERED = re.compile(r"^\(?(?P<letter>[a-z])[).]\s+(?P<text>\S.*)$", re.DOTALL)
_JOINERS = r"&|\+|,|;|/|and|og|und"


@dataclass(frozen=True)
class Numbered:
    """One numbered item in a text: its number and the span of its words (relative)."""

    number: str
    start: int  # the label's start
    text_start: int
    text_end: int


@cache
def label_pattern(labels: tuple[str, ...], number_words: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    words = "|".join(re.escape(x) for x in sorted(number_words, key=len, reverse=True))
    number_word = rf"(?:(?:{words})\s*)?" if words else ""
    return re.compile(
        rf"(?:^|(?<=\s)(?:{_JOINERS})\s+|(?<=[&+,;/])\s*)"
        rf"(?P<label>(?:{names}))\s*{number_word}(?P<num>\d{{1,3}}(?:\.\d{{1,3}})*)"
        r"(?:\s*[:.–—-]\s*|\s+(?=[^\W\d_])|\s*$)",
        re.IGNORECASE,
    )


def labelled(text: str, labels: list[str], number_words: list[str]) -> list[Numbered]:
    """Every "<label> [nr.] N: words" in a text that starts with one."""
    if not labels:
        return []
    pattern = label_pattern(tuple(labels), tuple(number_words))
    hits = [m for m in pattern.finditer(text)]
    if not hits or hits[0].start() > 0:
        return []
    found = []
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(text)
        body_end = _before_joiner(text, m.end(), end)
        found.append(Numbered(m["num"], m.start(), m.end(), body_end))
    return found


def _before_joiner(text: str, start: int, end: int) -> int:
    """The end of an item's words, before the "&"/"og" that joins the next item."""
    tail = re.search(rf"\s*(?:{_JOINERS})?\s*$", text[start:end])
    return start + tail.start() if tail and tail.start() > 0 else end


def parent_number(number: str) -> str | None:
    """ "10.1.2" → "10.1"; a top-level number has no parent."""
    head, dot, _ = number.rpartition(".")
    return head if dot else None

"""Headings of plain text, recognised by shape alone (text exports keep no fonts).

- the first line, when it is short and has no final full stop: the title (level 1);
- a label with a number: "Priority 10", "Strategic Action 10.1: …", "Initiativ nr. 3:",
  and when short "Tiltak 3 Styrke krisesentrene", "Chapter 2 – Funding" (level 1 +
  number of parts: "10" → 2, "10.1" → 3);
- a numbered line that is not part of a list: "2. Vision" (same levels);
- a short line without a final full stop followed by body text ("Key area of focus",
  "Prioriterte innsatsområder og tiltak:"); one level below the last numbered heading.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from policyparse.blocks import BlockKind
from policyparse.lang import all_languages
from policyparse.readers.boilerplate import boilerplate

if TYPE_CHECKING:
    from policyparse.readers.text import Unit

_MAX_WORDS = 12
_MAX_COLON_WORDS = 5  # "Planen har fem overordnede mål:"; longer lead-ins are sentences
_MAX_TITLE_WORDS = 15
_MAX_LONG_TITLE_WORDS = 30  # a title marked by its page-type label or front matter
_NO_HEADING_END = re.compile(r"[.!?,;]$")
_NUMBERED_STYLES = ("num", "decimal")
_TITLE_WINDOW = 12  # the title is among the first lines
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÆØÅÄÖÜ]")


@cache
def _label_pattern() -> re.Pattern[str]:
    words = {w for lang in all_languages() for w in lang.get("reader.number_words")}
    number_words = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"^[A-ZÆØÅÄÖÜ][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}[ \t]+"
        rf"(?:(?:{number_words})[ \t]*)?(?P<number>\d{{1,3}}(?:\.\d{{1,3}})*)"
        r"(?::.*|\.?$|(?P<titled>\.?[ \t]+(?:[–—-][ \t]+)?[A-ZÆØÅÄÖÜ].*))",
    )


def _depth(number: str) -> int:
    return number.rstrip(".").count(".") + 1


def shaped_like_heading(text: str) -> bool:
    """Short, starts with a capital or digit, no final full stop, no `key: value`."""
    words = text.split()
    if not words or len(words) > _MAX_WORDS or len(text) > 100:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or _NO_HEADING_END.search(text):
        return False
    if text.endswith(":"):
        return len(words) <= _MAX_COLON_WORDS and ": " not in text
    return ": " not in text and not text.replace(" ", "").isdigit()


class HeadingShapes:
    """Marks heading units in place and gives them levels."""

    def __init__(self) -> None:
        self._numbered_level: int | None = None  # level of the last numbered heading
        self._section_level: int | None = None  # ... of the last "3 Tiltak" / "2. Vision"

    def mark(self, units: list[Unit]) -> int | None:
        """Marks headings; returns the index of the title line, if any."""
        title = title_index(units)
        for i, unit in enumerate(units):
            level = 1 if i == title else None if title and i < title else self._level(units, i)
            if level is not None:
                if unit.marker is not None:
                    unit.text = f"{unit.marker.marker} {unit.text}"
                    unit.marker = None
                unit.kind = BlockKind.HEADING
                unit.level = level
        return title

    def _level(self, units: list[Unit], i: int) -> int | None:
        unit = units[i]
        after = units[i + 1] if i + 1 < len(units) else None
        if unit.rows is not None or after is None:
            return None
        if unit.kind is BlockKind.LIST_ITEM:
            return self._numbered(units, i)
        if is_front_matter(unit.text):
            return None
        label = _label_pattern().match(unit.text)
        if label and (not label["titled"] or shaped_like_heading(unit.text)):
            below = (self._section_level or 0) + 1
            return self._numbered_at(max(1 + _depth(label["number"]), below))
        alone = (i == 0 or unit.gap) and after.gap  # blank lines around it
        if shaped_like_heading(unit.text) and (_is_body(after) or alone):
            section = _SECTION_NUMBER.match(unit.text)
            if section:  # "3 Tiltak"
                return self._numbered_at(1 + _depth(section[1]), section=True)
            return (self._numbered_level or 1) + 1
        return None

    def _numbered(self, units: list[Unit], i: int) -> int | None:
        """ "2. Vision" is a heading when no list of its style surrounds it."""
        marker = units[i].marker
        if marker is None or not marker.style.startswith(_NUMBERED_STYLES):
            return None
        if not shaped_like_heading(units[i].text) or not _is_body(units[i + 1]):
            return None
        if any(_same_list(units[j], marker.style) for j in (i - 1, i + 1) if j >= 0):
            return None
        return self._numbered_at(1 + _depth(marker.marker), section=True)

    def _numbered_at(self, level: int, *, section: bool = False) -> int:
        self._numbered_level = level
        if section:
            self._section_level = level
        return level


def title_index(units: list[Unit]) -> int | None:
    """The document title among the lines that open the document before its first
    sentence, list or table: the line after a page-type label ("Policy paper"), else the
    longest title-shaped line that is not front matter ("Published: 12 March 2024"); site
    names and breadcrumbs of a saved web page come before it. A line right above front
    matter ("Published 6 December 2021") may be a long title."""
    opening: list[int] = []
    for i, unit in enumerate(units[:_TITLE_WINDOW]):
        if unit.rows is not None or unit.kind is not BlockKind.PARAGRAPH:
            break
        if re.search(r"[.!?]$", unit.text):
            break
        opening.append(i)
    if not opening or opening[-1] + 1 >= len(units):
        return None
    texts = {i: units[i].text for i in opening}
    labels = {
        i for i in opening if boilerplate().is_page_type(texts[i]) or is_front_matter(texts[i])
    }
    for i in opening:
        if boilerplate().is_page_type(texts[i]) and i + 1 in texts and i + 1 not in labels:
            return i + 1 if _is_title(texts[i + 1], _MAX_LONG_TITLE_WORDS) else None
    above = {i - 1 for i in labels if is_front_matter(texts[i])}
    candidates = [
        i
        for i in opening
        if i not in labels and _is_title(texts[i], _MAX_LONG_TITLE_WORDS if i in above else None)
    ]
    return max(candidates, key=lambda i: len(texts[i]), default=None)


@cache
def _front_matter() -> re.Pattern[str]:
    labels = {w for lang in all_languages() for w in lang.get("reader.front_matter")}
    alternatives = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?::\s*\S|\s+\d)", re.I)


def is_front_matter(text: str) -> bool:
    """A front-matter line: a label of `reader.front_matter` and its value ("Published:
    12 March 2024", "Type publikasjon: Stortingsproposisjon", "From: Home Office"), or
    the label and a date ("Published 6 December 2021", "Udgivet 3. maj 2023"). A titled
    line ("Drugs strategy: 2021 to 2031") is not front matter."""
    return _front_matter().match(text) is not None


def _same_list(unit: Unit, style: str) -> bool:
    return unit.marker is not None and unit.marker.style == style


def _is_title(text: str, max_words: int | None = None) -> bool:
    words = text.split()
    if not 0 < len(words) <= (max_words or _MAX_TITLE_WORDS) or re.search(r"[.!?]$", text):
        return False
    return text[0].isupper() or text[0].isdigit()


def _is_body(unit: Unit) -> bool:
    """Body text follows a heading: a paragraph that is not itself heading-shaped, a
    list or a table."""
    if unit.kind is not BlockKind.PARAGRAPH or unit.rows is not None:
        return True
    return not shaped_like_heading(unit.text) and not _label_pattern().match(unit.text)

"""What every extractor shares: the context it reads, its result, and span helpers.

Extractors are pure functions `Context -> Found`: they read the document, its section
tree, the language data and what earlier extractors found, and return items plus
warnings in a researcher's words. Spans are offsets into `ReadDocument.text`, so every
item's words can be found again in the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from policyparse import nlp
from policyparse.blocks import Block, BlockKind, ReadDocument
from policyparse.lang import LanguageData
from policyparse.model import Source
from policyparse.sections import Section

_TRAILING = " \t\n.,;:–-"
_LEADING = " \t\n,;:–-"
_WORDS = re.compile(r"\w+")
_NAME_LETTERS = 4  # a word this long besides the cue words makes a heading a name
TITLE_LIMIT = 160  # characters: a longer first sentence is cut for the title


@dataclass
class Found:
    """An extractor's result: items (or one `value`) and warnings."""

    items: list[Any] = field(default_factory=list)
    value: Any = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Context:
    doc: ReadDocument
    lang: LanguageData
    root: Section
    country: str | None = None  # forced by the caller (`--country`), else found
    found: dict[str, Found] = field(default_factory=dict)
    _sentences: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.lang.code

    def text(self, start: int, end: int) -> str:
        return self.doc.text[start:end]

    def source(self, start: int, end: int) -> Source:
        """A `source` for a span, with the PDF page of the block it starts in."""
        return Source(start, end, self.page_at(start))

    def page_at(self, offset: int) -> int | None:
        starts = [b.start for b in self.doc.blocks]
        i = bisect.bisect_right(starts, offset) - 1
        return self.doc.blocks[i].page if i >= 0 else None

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        """Absolute sentence spans of one block (cached)."""
        key = (block.start, block.end)  # a table row and its first cell share a start
        if key not in self._sentences:
            spans = nlp.sentences(block.text, self.code)
            self._sentences[key] = [(block.start + s, block.start + e) for s, e in spans]
        return self._sentences[key]

    def sections(self) -> Iterator[Section]:
        """Every section that is not boilerplate, in document order."""
        return (s for s in self.root.walk() if not s.skipped)

    def text_blocks(self) -> Iterator[tuple[Section, Block]]:
        """Blocks with words (headings, paragraphs, list items, cells) outside boilerplate."""
        for section in self.sections():
            if section.heading is not None:
                yield section, section.heading
            for block in section.blocks:
                if block.kind is not BlockKind.TABLE_ROW:
                    yield section, block

    def value(self, name: str, default: Any = None) -> Any:
        found = self.found.get(name)
        return found.value if found is not None and found.value is not None else default

    def items(self, name: str) -> list[Any]:
        found = self.found.get(name)
        return found.items if found is not None else []


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces and punctuation (never to nothing)."""
    s, e = start, end
    while s < e and text[s] in _LEADING:
        s += 1
    while e > s and text[e - 1] in _TRAILING:
        e -= 1
    return (s, e) if e > s else (start, end)


def fold(text: str) -> str:
    """Whitespace folded to single spaces (what a span must recover)."""
    return " ".join(text.split())


@lru_cache(maxsize=8192)
def normalised(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def same_text(a: str, b: str, ratio: float = 0.9) -> bool:
    """Two texts are the same item when their words nearly coincide (cheap bounds first:
    long documents compare thousands of pairs)."""
    na, nb = normalised(a), normalised(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if 2 * min(len(na), len(nb)) / (len(na) + len(nb)) < ratio:
        return False
    matcher = SequenceMatcher(None, na, nb, autojunk=False)
    return matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio


def first_sentence(ctx: Context, block: Block, start: int) -> tuple[int, int]:
    """The sentence of `block` that contains offset `start`, cut to begin at `start`."""
    for s, e in ctx.sentences(block):
        if s <= start < e:
            return trim(ctx.doc.text, start, e)
    return trim(ctx.doc.text, start, block.end)


def title_span(text: str, start: int, end: int, limit: int = TITLE_LIMIT) -> tuple[int, int]:
    """A title from a long sentence: cut at a clause boundary late in the first `limit`
    characters, else at the last word boundary before it (the full words stay in `text`)."""
    if end - start <= limit:
        return start, end
    head = text[start : start + limit]
    clause = max(head.rfind(", "), head.rfind("; "), head.rfind(" – "))
    cut = clause if clause >= 0.8 * limit else head.rfind(" ")
    return trim(text, start, start + cut) if cut > 0 else (start, end)


def names_something(text: str, code: str) -> bool:
    """Whether a heading says more than its role's cue words ("Opsøgende indsats" and
    "Regjeringens handlingsplan for forebygging av selvmord" do, "Actions" does not)."""
    rest = text
    for cue in nlp.cue_matcher(code, "sections.roles").find(text):
        rest = rest[: cue.start] + " " * (cue.end - cue.start) + rest[cue.end :]
    return any(len(word) >= _NAME_LETTERS for word in re.findall(r"[^\W\d_]+", rest))


def quote(text: str, limit: int = 60) -> str:
    """A short quotation of document words for a warning."""
    text = fold(text)
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1].rstrip()}…”"

"""Normalised text and the one place that builds blocks with offsets.

Every reader hands its structural pieces to a `TextBuilder`, which normalises the
words (NFC, non-breaking spaces folded, soft hyphens removed, whitespace folded
inside a block; typographic dashes and quotes kept) and joins blocks into one
string, so `text[block.start:block.end] == block.text` holds by construction.
"""

from __future__ import annotations

import re
import unicodedata

from policyparse.blocks import Block, BlockKind, ReadDocument

CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2000-\u200a\u3000]+")
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None, "\u2060": None})


def normalise_inline(text: str) -> str:
    """One block's text: NFC, soft hyphens and zero-width characters dropped,
    every run of whitespace (line breaks included) folded to one space."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return " ".join(_SPACES.sub(" ", text).split())


class TextBuilder:
    """Accumulates blocks; blocks are separated by one newline in the text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def _append(self, text: str) -> int:
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        page: int | None = None,
        level: int | None = None,
        marker: str | None = None,
    ) -> Block | None:
        """Add one block; empty text after normalising adds nothing (returns None)."""
        clean = normalise_inline(text)
        if not clean:
            return None
        start = self._append(clean)
        block = Block(kind, clean, start, start + len(clean), page, level, marker)
        self.blocks.append(block)
        return block

    def add_row(
        self, cells: list[str], *, table: int, row: int, page: int | None = None
    ) -> list[Block]:
        """One table row as one line (`cell | cell`), plus a block per non-empty cell
        inside it. Returns the row block followed by its cells; [] for an empty row."""
        clean = [normalise_inline(c) for c in cells]
        if not any(clean):
            return []
        line = CELL_SEPARATOR.join(clean)
        start = self._append(line)
        added = [
            Block(BlockKind.TABLE_ROW, line, start, start + len(line), page, table=table, row=row)
        ]
        offset = start
        for col, cell in enumerate(clean):
            if cell:
                added.append(
                    Block(
                        BlockKind.TABLE_CELL,
                        cell,
                        offset,
                        offset + len(cell),
                        page,
                        table=table,
                        row=row,
                        col=col,
                    )
                )
            offset += len(cell) + len(CELL_SEPARATOR)
        self.blocks.extend(added)
        return added

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(
        self,
        *,
        format: str,
        sha256: str,
        pages: int | None = None,
        title: str | None = None,
        encoding: str | None = None,
        warnings: list[str] | None = None,
    ) -> ReadDocument:
        return ReadDocument(
            text=self.text,
            blocks=list(self.blocks),
            format=format,
            sha256=sha256,
            pages=pages,
            title=title,
            encoding=encoding,
            warnings=list(warnings or []),
        )

"""The reader → analysis contract: a document as normalised text plus blocks.

Every block knows its `start`/`end` in `ReadDocument.text` (so
`text[start:end] == block.text`) and its PDF page. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"  # one line of the text: cells joined by " | "
    TABLE_CELL = "table_cell"  # lies inside its row's span


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None  # heading level (1 = top) or list nesting depth (0 = top)
    marker: str | None = None  # list marker as written: "•", "1.", "a)", "10.1.2"
    table: int | None = None  # table number within the document, for rows and cells
    row: int | None = None  # 0-based row within its table
    col: int | None = None  # 0-based column, cells only


@dataclass
class ReadDocument:
    text: str
    blocks: list[Block]
    format: str  # text | markdown | html | pdf | docx
    sha256: str  # of the input bytes
    pages: int | None = None  # PDF page count, else None
    title: str | None = None  # from metadata (<title>, DOCX core properties, PDF info)
    encoding: str | None = None  # the text encoding used, for text-based formats
    warnings: list[str] = field(default_factory=list)

"""Markdown → blocks through markdown-it-py's token stream: heading levels from `#`,
emphasis and links reduced to their words, nested lists with their markers, pipe
tables as rows and cells. A paragraph markdown-it leaves untabled because its
separator has a different cell count (`A | B | C` over `---|---`, common in exports)
is still a table. Web furniture lines are dropped as in plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.readers import ReadContext
from policyparse.readers.boilerplate import boilerplate, is_link_like
from policyparse.readers.encoding import read_plain
from policyparse.readers.normalise import TextBuilder
from policyparse.readers.pipetable import SEPARATOR, rebuild_rows, table_end, trim_row

_TAG = re.compile(r"<[^>]*>")


def read_markdown(data: bytes, ctx: ReadContext) -> ReadDocument:
    """The Markdown reader registered in `READERS`."""
    return read_plain(data, ctx, "markdown", parse_markdown)


def parse_markdown(text: str) -> TextBuilder:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
    walker = _Walker()
    for token in tokens:
        walker.visit(token)
    return walker.builder


@dataclass
class _Walker:
    """Turns the flat token stream (open/inline/close) into builder calls."""

    builder: TextBuilder = field(default_factory=TextBuilder)
    lists: list[Any] = field(default_factory=list)  # the open list items' tokens
    pending: Any = None  # the open heading or list-item token waiting for its text
    row: list[str] | None = None
    tables: int = -1
    rows: int = 0
    box: bool = False  # just after a link-box heading ("Related links")

    def visit(self, token: Any) -> None:
        kind = token.type
        if kind in ("heading_open", "list_item_open"):
            self.pending = token
            if kind == "list_item_open":
                self.lists.append(token)
        elif kind == "list_item_close":
            self.lists.pop()
        elif kind == "inline" and self._loose_table(token.content):
            return
        elif kind == "inline":
            self._inline(inline_text(token))
        elif kind == "html_block" and "<table" in token.content.lower():
            self._html_table(token.content)
        elif kind in ("fence", "code_block", "html_block"):
            self._paragraph(_TAG.sub(" ", token.content))
        elif kind == "table_open":
            self.tables, self.rows = self.tables + 1, 0
        elif kind == "tr_open":
            self.row = []
        elif kind == "tr_close" and self.row is not None:
            if self.builder.add_row(trim_row(self.row), table=self.tables, row=self.rows):
                self.rows += 1
            self.row = None

    def _loose_table(self, source: str) -> bool:
        """A paragraph of pipe lines with a `---|---` separator: rows and cells."""
        lines = source.splitlines()
        if self.row is not None or self.pending is not None or len(lines) < 2:
            return False
        if table_end(lines, 0) < len(lines) or not any(SEPARATOR.match(ln) for ln in lines):
            return False
        self.tables, self.rows = self.tables + 1, 0
        for cells in rebuild_rows(lines):
            if self.builder.add_row(cells, table=self.tables, row=self.rows):
                self.rows += 1
        return True

    def _html_table(self, html: str) -> None:
        """A raw HTML table inside Markdown (common in web exports): rows and cells."""
        from selectolax.lexbor import LexborHTMLParser

        self.tables, self.rows = self.tables + 1, 0
        for tr in LexborHTMLParser(html).css("tr"):
            cells = [cell.text(separator=" ") for cell in tr.css("th, td")]
            if self.builder.add_row(trim_row(cells), table=self.tables, row=self.rows):
                self.rows += 1

    def _inline(self, text: str) -> None:
        if self.row is not None:
            self.row.append(text)
            return
        opener, self.pending = self.pending, None
        if opener is not None and opener.type == "heading_open":
            if boilerplate().is_box(text):
                self.box = True
            elif not boilerplate().is_line(text):
                self.box = False
                self.builder.add(BlockKind.HEADING, text, level=int(opener.tag[1:]))
        elif opener is not None:
            self._item(opener, text)
        else:
            self._paragraph(text)

    def _item(self, opener: Any, text: str) -> None:
        marker = f"{opener.info}{opener.markup}" if opener.info else opener.markup
        if not self._furniture(text):
            self.builder.add(BlockKind.LIST_ITEM, text, level=len(self.lists) - 1, marker=marker)

    def _paragraph(self, text: str) -> None:
        if not self._furniture(text):
            self.builder.add(BlockKind.PARAGRAPH, text)

    def _furniture(self, text: str) -> bool:
        if self.box and is_link_like(text):
            return True
        self.box = False
        return boilerplate().is_line(text)


def inline_text(token: Any) -> str:
    """The words of an inline token: emphasis, links and inline HTML dropped, breaks as
    spaces, images as their alt text."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child))
    return "".join(parts)

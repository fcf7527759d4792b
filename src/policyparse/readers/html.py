"""HTML → ReadDocument with selectolax (lexbor): the page's main content only.

`html_content` picks the main container and the elements to skip; the walk here
turns the rest into pieces in document order (headings, paragraphs, nested lists
with markers, tables as rows and cells), which become blocks.
"""

from __future__ import annotations

from typing import Any

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.errors import UnreadableDocument
from policyparse.readers import ReadContext
from policyparse.readers.boilerplate import boilerplate
from policyparse.readers.encoding import decode
from policyparse.readers.html_content import (
    HEADINGS,
    Node,
    Piece,
    ancestors,
    main_content,
    outside_title,
    skipped,
    without_furniture,
)
from policyparse.readers.normalise import TextBuilder, normalise_inline

TOO_DEEP = "{name}: HTML nested too deeply to read"
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
})  # fmt: skip
SKIP_TAGS = frozenset({
    "-comment", "script", "style", "noscript", "template", "head", "title", "meta", "link",
})  # fmt: skip
LEAF_BLOCKS = frozenset(["p", "dt", "dd", "figcaption", "caption", "summary", "pre", "address"])


def read_html(data: bytes, ctx: ReadContext) -> ReadDocument:
    """Headings, paragraphs, lists and tables of the page's main content."""
    from selectolax.lexbor import LexborHTMLParser

    decoded = decode(data, ctx.name)
    tree = LexborHTMLParser(decoded.text)
    title_node = tree.css_first("title")
    title = normalise_inline(title_node.text()) if title_node is not None else ""
    try:
        pieces = _pieces(tree)
    except RecursionError:  # thousands of nested elements: junk, not a page
        raise UnreadableDocument(TOO_DEEP.format(name=ctx.name)) from None
    builder = TextBuilder()
    for piece in pieces:
        if piece.kind is BlockKind.TABLE_ROW:
            builder.add_row(piece.cells, table=piece.table, row=piece.row)
        else:
            builder.add(piece.kind, piece.text, level=piece.level, marker=piece.marker)
    return builder.build(
        format="html", sha256=ctx.sha256, title=title or None,
        encoding=decoded.encoding, warnings=decoded.warnings,
    )  # fmt: skip


def _pieces(tree: Any) -> list[Piece]:
    root = main_content(tree)
    walker = Walker(skipped(tree, root, boilerplate()))
    title_h1 = outside_title(tree, root, walker.skip)
    if title_h1 is not None:
        walker.visit(title_h1)
    walker.walk(root)
    walker.flush()
    return without_furniture(walker.pieces, boilerplate())


class Walker:
    """Document-order walk turning elements into pieces; inline text accumulates
    until a block element ends it."""

    def __init__(self, skip: frozenset[int]) -> None:
        self.skip = skip
        self.pieces: list[Piece] = []
        self.tables = 0
        self._inline: list[str] = []
        self._linked = 0

    def walk(self, node: Node) -> None:
        for child in node.iter(include_text=True):
            self.visit(child)

    def visit(self, node: Node) -> None:
        tag = node.tag
        if tag in SKIP_TAGS or node.mem_id in self.skip:
            return
        if tag in HEADINGS:
            self.flush()
            self.add(BlockKind.HEADING, node, level=int(tag[1]))
        elif tag in {"ul", "ol"}:
            self.flush()
            self.list(node, 0)
        elif tag == "li":  # an item outside any list (broken markup)
            self.flush()
            self._piece(BlockKind.LIST_ITEM, *self.inline(node), level=0, marker="•")
        elif tag == "table" and not _is_layout(node):
            self.flush()
            self.table(node)
        elif tag == "dl":
            self.flush()
            self.definitions(node)
        elif tag in LEAF_BLOCKS and not self._has_blocks(node):
            self.flush()
            self.add(BlockKind.PARAGRAPH, node)
        elif tag in BLOCK_TAGS or self._has_blocks(node):
            self.flush()
            self.walk(node)
            self.flush()
        else:
            text, linked = self.inline(node)
            self._inline.append(text)
            self._linked += linked

    def _has_blocks(self, node: Node) -> bool:
        return any(c.tag in BLOCK_TAGS for c in node.traverse() if c.mem_id != node.mem_id)

    def inline(self, node: Node) -> tuple[str, int]:
        """Text of an element and how many of its characters are link text."""
        if node.tag == "-text":
            return node.text(deep=False), 0
        if node.tag == "br":
            return "\n", 0
        if node.tag in SKIP_TAGS or node.mem_id in self.skip:
            return "", 0
        parts, linked = [], 0
        for child in node.iter(include_text=True):
            text, inner = self.inline(child)
            parts.append(f" {text} " if child.tag in BLOCK_TAGS else text)
            linked += inner
        text = "".join(parts)
        return text, len(text.strip()) if node.tag == "a" else linked

    def add(self, kind: BlockKind, node: Node, **extra: Any) -> None:
        text, linked = self.inline(node)
        self._piece(kind, text, linked, **extra)

    def _piece(self, kind: BlockKind, text: str, linked: int, **extra: Any) -> None:
        clean = normalise_inline(text)
        if clean:
            link = linked >= 0.9 * len(clean)
            self.pieces.append(Piece(kind, clean, link=link, **extra))

    def flush(self) -> None:
        text, self._inline = "".join(self._inline), []
        linked, self._linked = self._linked, 0
        self._piece(BlockKind.PARAGRAPH, text, linked)

    def list(self, node: Node, depth: int) -> None:
        number = _int(node.attributes.get("start"), 1)
        style = node.attributes.get("type") or "1"
        for item in node.iter():
            if item.tag != "li" or item.mem_id in self.skip:
                continue
            number = _int(item.attributes.get("value"), number)
            marker = f"{_ordinal(number, style)}." if node.tag == "ol" else "•"
            nested = [c for c in item.iter() if c.tag in {"ul", "ol"}]
            parts = [self.inline(c) for c in item.iter(include_text=True)
                     if c.tag not in {"ul", "ol"}]  # fmt: skip
            text = "".join(p[0] for p in parts)
            self._piece(BlockKind.LIST_ITEM, text, sum(p[1] for p in parts),
                        level=depth, marker=marker)  # fmt: skip
            for sub in nested:
                self.list(sub, depth + 1)
            number += 1

    def definitions(self, node: Node) -> None:
        """`<dt>Published</dt><dd>2016</dd>` → one "Published 2016" paragraph, as the
        text reader joins "Label:" lines with their value."""
        label: tuple[str, int] = ("", 0)
        for child in node.traverse():
            if child.tag == "dt":
                label = self.inline(child)
            elif child.tag == "dd":
                text, linked = self.inline(child)
                self._piece(BlockKind.PARAGRAPH, f"{label[0]} {text}", label[1] + linked)
                label = ("", 0)

    def table(self, node: Node) -> None:
        caption = node.css_first("caption")
        if caption is not None:
            self.add(BlockKind.PARAGRAPH, caption)
        row = 0
        for tr in node.css("tr"):
            owner = next((a for a in ancestors(tr) if a.tag == "table"), None)
            if owner is None or owner.mem_id != node.mem_id:
                continue  # a row of a nested table: its text is in the outer cell
            cells = [self.inline(c)[0] for c in tr.iter() if c.tag in {"td", "th"}]
            if any(normalise_inline(c) for c in cells):
                piece = Piece(BlockKind.TABLE_ROW, "", cells=cells, table=self.tables, row=row)
                self.pieces.append(piece)
                row += 1
        self.tables += row > 0


def _is_layout(table: Node) -> bool:
    """A table used for page layout (old sites): headings or lists in its cells, or
    `role=presentation`; its cells are read as containers, not as a data table."""
    if table.attributes.get("role") in {"presentation", "none"}:
        return True
    return table.css_first("h1, h2, h3, h4, h5, h6, ul, ol") is not None


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().lstrip("-").isdigit() else default


def _ordinal(number: int, style: str) -> str:
    from policyparse.readers.docx_numbering import FORMATS

    name = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return FORMATS.get(name.get(style, "decimal"), str)(number)

"""HTML → ReadDocument with selectolax (lexbor): the page's main content only.

The main container comes from `reader.content_selectors` (`<main>`, `[role=main]`,
`<article>`, …); inside it, elements matching `reader.boilerplate.selectors`
(cookie banners, share and print widgets, feedback boxes, breadcrumbs, …) are
skipped, and the furniture lines and link boxes of every language's
`reader.boilerplate` data are dropped from what is left. A `<header>` or
`<footer>` inside `<main>`/`<article>` belongs to the content (it often holds
the `<h1>`), so only the page-level ones are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from policyparse.blocks import BlockKind, ReadDocument
from policyparse.lang import all_languages
from policyparse.readers import ReadContext
from policyparse.readers.boilerplate import Boilerplate, boilerplate
from policyparse.readers.encoding import decode
from policyparse.readers.normalise import TextBuilder, normalise_inline

Node = Any  # selectolax LexborNode
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
SECTIONING = frozenset({"main", "article"})
PAGE_FURNITURE = frozenset({"header", "footer"})
MAX_SHARE = 0.6  # a "boilerplate" match holding more of the content than this is a false match
MENU_LINKS = 3  # without a content container, an element of this many links …
MENU_LINK_SHARE = 0.8  # … that are this share of its text is a menu


@dataclass
class Piece:
    kind: BlockKind
    text: str
    level: int | None = None
    marker: str | None = None
    link: bool = False  # all of its text is link text
    cells: list[str] = field(default_factory=list)  # table rows only
    table: int = 0
    row: int = 0


@cache
def _content_selectors() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for lang in all_languages():
        seen.update(dict.fromkeys(lang.get("reader.content_selectors")))
    return tuple(seen)


def read_html(data: bytes, ctx: ReadContext) -> ReadDocument:
    """Headings, paragraphs, lists and tables of the page's main content."""
    from selectolax.lexbor import LexborHTMLParser

    decoded = decode(data, ctx.name)
    tree = LexborHTMLParser(decoded.text)
    title_node = tree.css_first("title")
    title = normalise_inline(title_node.text()) if title_node is not None else ""
    root = main_content(tree)
    walker = Walker(skipped(tree, root, boilerplate()))
    walker.walk(root)
    walker.flush()
    builder = TextBuilder()
    for piece in without_furniture(walker.pieces, boilerplate()):
        if piece.kind is BlockKind.TABLE_ROW:
            builder.add_row(piece.cells, table=piece.table, row=piece.row)
        else:
            builder.add(piece.kind, piece.text, level=piece.level, marker=piece.marker)
    return builder.build(
        format="html", sha256=ctx.sha256, title=title or None,
        encoding=decoded.encoding, warnings=decoded.warnings,
    )  # fmt: skip


def main_content(tree: Any) -> Node:
    """The largest match of the first content selector that matches, else `<body>`."""
    for selector in _content_selectors():
        found = tree.css(selector)
        if found:
            return max(found, key=lambda n: len(n.text(deep=True)))
    return tree.body if tree.body is not None else tree.root


def _ancestors(node: Node) -> list[Node]:
    out = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def skipped(tree: Any, root: Node, furniture: Boilerplate) -> frozenset[int]:
    """Ids of the elements the walk leaves out: boilerplate matches that neither hold
    the main content nor most of it, and are not the content's own header/footer."""
    holders = {a.mem_id for a in _ancestors(root)} | {root.mem_id}
    size = max(len(root.text(deep=True)), 1)
    out = set()
    for selector in furniture.selectors:
        for node in tree.css(selector):
            if node.mem_id in holders or len(node.text(deep=True)) > MAX_SHARE * size:
                continue
            if node.tag in PAGE_FURNITURE and any(
                a.tag in SECTIONING or a.attributes.get("role") == "main" for a in _ancestors(node)
            ):
                continue
            out.add(node.mem_id)
    if root.tag == "body":  # no content container: link lists are the page's menus
        out.update(n.mem_id for n in root.css("ul, ol, div, p, td") if _is_menu(n))
    return frozenset(out)


def _is_menu(node: Node) -> bool:
    """Three or more links making up nearly all of the element's text."""
    links = node.css("a")
    if len(links) < MENU_LINKS:
        return False
    text = len("".join(node.text(deep=True).split()))
    linked = sum(len("".join(a.text(deep=True).split())) for a in links)
    return linked >= MENU_LINK_SHARE * max(text, 1)


def without_furniture(pieces: list[Piece], furniture: Boilerplate) -> list[Piece]:
    """Drop furniture lines, and link boxes: a box heading and the link lines under it."""
    out: list[Piece] = []
    in_box = False
    for piece in pieces:
        if piece.kind is not BlockKind.TABLE_ROW:
            if furniture.is_box(piece.text):
                in_box = True
                continue
            if in_box and piece.link and piece.kind is not BlockKind.HEADING:
                continue
            if furniture.is_line(piece.text):
                continue
        in_box = False
        out.append(piece)
    return out


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
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.flush()
            self.add(BlockKind.HEADING, node, level=int(tag[1]))
        elif tag in {"ul", "ol"}:
            self.flush()
            self.list(node, 0)
        elif tag == "li":  # an item outside any list (broken markup)
            self.flush()
            self._piece(BlockKind.LIST_ITEM, *self.inline(node), level=0, marker="•")
        elif tag == "table":
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
            owner = next((a for a in _ancestors(tr) if a.tag == "table"), None)
            if owner is None or owner.mem_id != node.mem_id:
                continue  # a row of a nested table: its text is in the outer cell
            cells = [self.inline(c)[0] for c in tr.iter() if c.tag in {"td", "th"}]
            if any(normalise_inline(c) for c in cells):
                piece = Piece(BlockKind.TABLE_ROW, "", cells=cells, table=self.tables, row=row)
                self.pieces.append(piece)
                row += 1
        self.tables += row > 0


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().lstrip("-").isdigit() else default


def _ordinal(number: int, style: str) -> str:
    from policyparse.readers.docx_numbering import FORMATS

    name = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return FORMATS.get(name.get(style, "decimal"), str)(number)

"""Which part of an HTML page is its content (the HTML reader's first step).

The main container comes from `reader.content_selectors` (`<main>`, `[role=main]`,
`<article>`, …), else `<body>`. Elements matching `reader.boilerplate.selectors`
(cookie banners, share and print widgets, feedback boxes, breadcrumbs, …) are
skipped unless they hold the content; a `<header>`/`<footer>` inside
`<main>`/`<article>` is the content's own (it often holds the `<h1>`). Without a
container, link-dense elements are menus. Furniture lines and link boxes of every
language's `reader.boilerplate` data are dropped from the pieces the walk yields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from policyparse.blocks import BlockKind
from policyparse.lang import all_languages
from policyparse.readers.boilerplate import Boilerplate

Node = Any  # selectolax LexborNode
SECTIONING = frozenset({"main", "article"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
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


def main_content(tree: Any) -> Node:
    """The largest match of the first content selector that matches, else `<body>`."""
    for selector in _content_selectors():
        found = tree.css(selector)
        if found:
            return max(found, key=lambda n: len(n.text(deep=True)))
    return tree.body if tree.body is not None else tree.root


def outside_title(tree: Any, root: Node, skip: frozenset[int]) -> Node | None:
    """The page's one `<h1>` when it sits above the content container (a banner with
    the title before `<main>`), so the plan keeps its title."""
    if root.css_first("h1") is not None:
        return None
    found = [h for h in tree.css("h1") if not any(a.mem_id in skip for a in [h, *ancestors(h)])]
    return found[0] if len(found) == 1 else None


def ancestors(node: Node) -> list[Node]:
    out = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def skipped(tree: Any, root: Node, furniture: Boilerplate) -> frozenset[int]:
    """Ids of the elements the walk leaves out: boilerplate matches that neither hold
    the main content nor most of it, and are not the content's own header/footer."""
    holders = {a.mem_id for a in ancestors(root)} | {root.mem_id}
    size = max(len(root.text(deep=True)), 1)
    out = set()
    for selector in furniture.selectors:
        for node in tree.css(selector):
            if node.mem_id in holders or len(node.text(deep=True)) > MAX_SHARE * size:
                continue
            if not _own_content(node):
                out.add(node.mem_id)
    if root.tag == "body":  # no content container: link lists are the page's menus
        out.update(n.mem_id for n in root.css("ul, ol, div, p, td") if _is_menu(n))
    return frozenset(out)


def _own_content(node: Node) -> bool:
    """A header/footer inside main/article, or anything inside a heading (a saved page's
    accordion `<button>` holds its section title), belongs to the content."""
    above = ancestors(node)
    if any(a.tag in HEADINGS for a in above):
        return True
    return node.tag in PAGE_FURNITURE and any(
        a.tag in SECTIONING or a.attributes.get("role") == "main" for a in above
    )


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

"""The plan's title and document type.

The title is the document's opening heading, else the reader's metadata title, else its
first line. The document type comes from a front-matter label ("Type publikasjon:
Stortingsproposisjon") or, failing that, from a kind of document the title names
("delivery plan", "handlingsplan"), both listed in `extract.document_type`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from policyparse.blocks import Block, BlockKind
from policyparse.extractors.common import Context, Found, names_something
from policyparse.sections import SKIPPED_ROLES, is_furniture, role_of

_TITLE_MAX = 200
_SUBTITLES = 2  # headings (and a bare period) a title page adds to the title
_SUBTITLE_WORDS = 20
_BARE_PERIOD = re.compile(r"\(?(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\)?")
_FRONT_MATTER = 40  # blocks: labels further in are body text
_PROSE = (BlockKind.PARAGRAPH, BlockKind.HEADING)
# " - gov.scot", " | GOV.UK", " - regjeringen.no": the site's name after a page title
_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+[\w-]*(?:\.[\w-]+)+\s*$")


@dataclass(frozen=True)
class Title:
    text: str
    start: int | None  # span in the text; None when the title came from metadata
    end: int | None
    document_type: str | None


def extract_title(ctx: Context) -> Found:
    """Rule `title`: opening heading → metadata title → first line."""
    heading = ctx.root.heading
    doc = ctx.doc
    if heading is not None:
        text, start, end = _with_subtitle(ctx, heading)
    elif doc.title:
        text, start, end = _SITE_SUFFIX.sub("", doc.title), None, None
    elif doc.blocks:
        first = first_line(ctx)
        text, start, end = (
            first.text[:_TITLE_MAX],
            first.start,
            first.start + len(first.text[:_TITLE_MAX]),
        )
    else:
        text, start, end = "", None, None
    warnings = (
        []
        if heading is not None
        else ["the document has no title heading: its first line is used as the title"]
    )
    label = front_matter(ctx, "extract.document_type.labels")
    kind = label.text if label is not None else _kind_in(ctx, text)
    return Found(
        value=Title(text, start, end, kind),
        warnings=warnings if text else ["the document has no title"],
    )


def first_line(ctx: Context) -> Block:
    """The first line that is no web furniture: the line after a page-type label ("Policy
    paper"), else the first one that is no cookie banner, boilerplate line, breadcrumb,
    site name or front-matter line (the readers' `reader.boilerplate` data)."""
    from policyparse.readers.boilerplate import boilerplate

    furniture = boilerplate()
    blocks = [b for b in ctx.doc.blocks[:_FRONT_MATTER] if b.kind in _PROSE]
    for block, after in itertools.pairwise(blocks):
        if furniture.is_page_type(block.text):
            return after
    for block in blocks:
        if not (is_furniture(block.text, ctx.lang) or _front_matter_line(ctx, block.text)):
            return block
    return ctx.doc.blocks[0]


def _front_matter_line(ctx: Context, text: str) -> bool:
    """ "Published 11 September 2023", "From: Home Office": a front-matter line."""
    labels = ctx.lang.get("reader.front_matter", [])
    low = text.casefold()
    return any(re.match(rf"{re.escape(x.casefold())}(?::|\s+\d)", low) for x in labels)


def _with_subtitle(ctx: Context, heading: Block) -> tuple[str, int, int]:
    """A title page's title and subtitle ("Ingen å miste" / "Regjeringens handlingsplan
    for forebygging av selvmord" / "2020–2025"): role-less headings and a bare period
    right after the title, on its page, belong to it."""
    blocks = ctx.doc.blocks
    parts, end = [heading.text], heading.end
    i = blocks.index(heading) + 1
    while (
        i < len(blocks) and len(parts) <= _SUBTITLES and _continues_title(blocks[i], heading, ctx)
    ):
        parts.append(blocks[i].text)
        end = blocks[i].end
        i += 1
    return ": ".join(parts) if len(parts) > 1 else heading.text, heading.start, end


def _continues_title(block: Block, title: Block, ctx: Context) -> bool:
    if block.page != title.page:
        return False
    if block.kind is BlockKind.PARAGRAPH:
        return _BARE_PERIOD.fullmatch(block.text) is not None
    text = block.text.rstrip()
    role = role_of(text, ctx.lang)
    named = role is None or (role not in SKIPPED_ROLES and names_something(text, ctx.code))
    plain = named and not text.endswith(":") and ": " not in text  # no "Action 1: …"
    return block.kind is BlockKind.HEADING and plain and len(text.split()) <= _SUBTITLE_WORDS


def front_matter(ctx: Context, labels_key: str) -> Block | None:
    """The value block of a front-matter label ("Gjelder for årene:" then "2016 - 2020")."""
    labels = {label.casefold() for label in ctx.lang.get(labels_key, [])}
    blocks = ctx.doc.blocks
    for i, block in enumerate(blocks[:_FRONT_MATTER]):
        name, sep, rest = block.text.partition(":")
        if block.kind not in _PROSE or name.strip().casefold() not in labels:
            continue  # a table's "Period" column header is no front matter
        if sep and rest.strip():
            offset = block.text.index(rest.strip(), len(name))
            return Block(block.kind, rest.strip(), block.start + offset, block.end, block.page)
        if i + 1 < len(blocks) and blocks[i + 1].kind is BlockKind.PARAGRAPH:
            return blocks[i + 1]
    return None


def _kind_in(ctx: Context, title: str) -> str | None:
    """The first listed kind of document the title names, as the title writes it."""
    for kind in ctx.lang.get("extract.document_type.kinds", []):
        match = re.search(rf"(?<!\w){re.escape(kind)}", title, re.IGNORECASE)
        if match:
            return title[match.start() : match.end()]
    return None

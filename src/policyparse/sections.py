"""Blocks → a tree of sections, each with a role read from the cue words of its heading.

Roles (aims, outcomes, initiatives, funding, priorities, background, contact) come from
`sections.roles` in the language data, matched on lemmas by `nlp.CueMatcher`, so
"mål/målene/målet" and "outcome/outcomes" all hit. The document's first heading, when it
opens the text, is the root: everything after it nests under it whatever its level, since
plain-text exports give every heading the same level. Lists and tables keep their context:
a list's introducing line ("Planen har fem overordnede mål:") and a table's header cells
carry roles of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from policyparse.blocks import Block, BlockKind, ReadDocument
from policyparse.lang import LanguageData, load_language
from policyparse.nlp import cue_matcher, sentences

ROLES = ("aims", "outcomes", "initiatives", "funding", "priorities", "background", "contact")
SKIPPED_ROLES = frozenset({"contact"})  # boilerplate: never a source of items
_INTRO_MAX_WORDS = 40  # a longer paragraph ending in ":" is prose, not a list's label
_TITLE_WITHIN = 8  # blocks: a top-level heading this early is the title
_BREADCRUMB = re.compile(r"\S\s+[>›»]\s+\S")  # "Home > Health > …"
_SITE_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # "GOV.UK", "regjeringen.no"
_LISTED_WORDS = 5  # "8 priority areas": the listed noun phrase is short


@dataclass(eq=False)
class Section:
    heading: Block | None
    level: int
    role: str | None = None
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    parent: Section | None = None

    @property
    def effective_role(self) -> str | None:
        """The section's own role, else the nearest ancestor's. The title's role is the
        document's subject ("Initiativer og indsatser til …"): only the words right under
        the title take it, not every sub-section."""
        node: Section | None = self
        while node is not None and (node is self or node.parent is not None):
            if node.role:
                return node.role
            node = node.parent
        return None

    @property
    def skipped(self) -> bool:
        return self.effective_role in SKIPPED_ROLES

    def walk(self) -> Iterator[Section]:
        """This section and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class ListGroup:
    """Consecutive list items, the line that introduces them and the role they take."""

    intro: Block | None
    items: list[Block]
    role: str | None


def role_of(text: str, lang: LanguageData) -> str | None:
    """The role a heading or label names, from the language's cue words."""
    matcher = cue_matcher(lang.code, "sections.roles")
    return matcher.best(text, lang.get("sections.precedence", ()))


def heading_role(text: str, lang: LanguageData | str) -> str | None:
    """A heading's role; "Priority 10" / "Goal 2: …" headings state an overall aim."""
    from policyparse.extractors.numbering import labelled

    lang = load_language(lang) if isinstance(lang, str) else lang
    labels = lang.get("extract.aims.numbered_headings", [])
    if labelled(text, labels, lang.get("extract.initiatives.number_words", [])):
        return "aims"
    return role_of(text, lang)


def build_sections(doc: ReadDocument, lang: LanguageData) -> Section:
    """The section tree of a document; the root is its title heading (see `title_heading`)."""
    root_heading = title_heading(doc.blocks, lang)
    root = Section(root_heading, 0, role_of(root_heading.text, lang) if root_heading else None)
    stack = [root]
    for block in doc.blocks:
        if block is root_heading:
            continue
        if block.kind is BlockKind.HEADING:
            level = max(block.level or 1, 1)
            previous = stack[-1]
            while len(stack) > 1 and stack[-1].level >= level:
                stack.pop()
            role = heading_role(block.text, lang)
            if role is None and _continues_heading(block, previous):
                role = previous.role  # "Outcomes" then "We want to see:" before the list
            section = Section(block, level, role, parent=stack[-1])
            stack[-1].children.append(section)
            stack.append(section)
        else:
            stack[-1].blocks.append(block)
    return root


def _continues_heading(block: Block, previous: Section) -> bool:
    """A "…:" heading right after another heading (nothing between) carries it on."""
    empty = not previous.blocks and not previous.children and previous.parent is not None
    return block.text.rstrip().endswith(":") and empty


def title_heading(blocks: list[Block], lang: LanguageData | None = None) -> Block | None:
    """The document's title: its first heading, when that opens the text or is a top-level
    heading among the first few blocks (web pages put a "Publication - Strategy/plan"
    label or a date before their h1)."""
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    if lang is not None:  # "Policy paper", "Pressemelding": a page label, not the title
        headings = [h for h in headings if not is_furniture(h.text, lang)]
    if not headings:
        return None
    first = headings[0]
    if first is blocks[0]:
        return first
    top = min(h.level or 1 for h in headings)
    return first if (first.level or 1) == top and blocks.index(first) < _TITLE_WITHIN else None


def is_furniture(text: str, lang: LanguageData) -> bool:
    """Web-page furniture that is never a title: the readers' boilerplate lines and
    banner words ("cookies", at any length), a breadcrumb ("Home > Health > …"), a bare
    site name ("GOV.UK") or a line whose role is contact/boilerplate."""
    from policyparse.readers.boilerplate import boilerplate

    furniture = boilerplate()
    words = {w.casefold() for w in re.findall(r"\w+", text)}
    return (
        furniture.is_line(text)
        or not furniture.words.isdisjoint(words)
        or _BREADCRUMB.search(text) is not None
        or _SITE_NAME.fullmatch(text.strip()) is not None
        or role_of(text, lang) in SKIPPED_ROLES
    )


def list_groups(section: Section, lang: LanguageData) -> list[ListGroup]:
    """The section's lists with their role: an introducing "…:" line decides, else the section."""
    groups: list[ListGroup] = []
    items: list[Block] = []
    # a heading ending in ":" introduces the list right below it, as a paragraph would
    previous: Block | None = section.heading
    intro: Block | None = None
    for block in section.blocks:
        if block.kind is BlockKind.LIST_ITEM:
            if not items:
                intro = previous if previous is not None and is_intro(previous) else None
            items.append(block)
            continue
        if items:
            groups.append(_group(section, intro, items, lang))
            items = []
        if block.kind is not BlockKind.TABLE_CELL:
            previous = block
    if items:
        groups.append(_group(section, intro, items, lang))
    return groups


def _group(
    section: Section, intro: Block | None, items: list[Block], lang: LanguageData
) -> ListGroup:
    if intro is None:
        role = section.effective_role
    elif intro is section.heading:  # the heading's own role ("Planen har fem … mål:")
        role = section.role
    else:  # "Outcomes" / "We want to see:" — a plain lead-in keeps its section's own role
        role = listed_role(lead_in(intro.text, lang), lang) or section.role
    return ListGroup(intro, list(items), role)


def listed_role(text: str, lang: LanguageData) -> str | None:
    """The role of the noun a lead-in lists: the words after a count or "the following"
    up to a modifier ("8 priority areas for action:", "the following guiding principles,
    which cut across every action area:" → priorities); else the noun before the colon."""
    for phrase in reversed(_listed_phrases(text, lang)):
        role = role_of(phrase, lang)
        if role is not None:
            return role
    return role_of(text, lang)


def _listed_phrases(text: str, lang: LanguageData) -> list[str]:
    anchors = "|".join(re.escape(a) for a in lang.get("sections.lead_in.anchors", []))
    stops = "|".join(re.escape(w) for w in lang.get("sections.lead_in.modifiers", []))
    anchor = re.compile(rf"(?<!\w)(?:\d{{1,3}}|{anchors or '(?!)'})\s+(?=\w)", re.IGNORECASE)
    stop = re.compile(rf"[,;:(]|\s(?:{stops or '(?!)'})(?!\w)", re.IGNORECASE)
    phrases = []
    for m in anchor.finditer(text):
        rest = text[m.end() :]
        end = stop.search(rest)
        words = rest[: end.start() if end else len(rest)].split()
        phrases.append(" ".join(words[:_LISTED_WORDS]))
    return phrases


def is_intro(block: Block) -> bool:
    """A heading or paragraph that introduces what follows: it ends in a colon."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and block.text.rstrip().endswith(
        ":"
    )


def lead_in(text: str, lang: LanguageData) -> str:
    """The sentence that introduces a list: a long paragraph's last one ("… spend around
    £680 million a year on these services. We will:")."""
    if len(text.split()) <= _INTRO_MAX_WORDS:
        return text
    spans = sentences(text, lang.code)
    return text[spans[-1][0] :] if spans else text


def tables(section: Section) -> dict[int, list[list[Block]]]:
    """The section's tables: table number → rows → cell blocks (in column order)."""
    found: dict[int, dict[int, list[Block]]] = {}
    for block in section.blocks:
        if block.kind is BlockKind.TABLE_CELL and block.table is not None:
            rows = found.setdefault(block.table, {})
            rows.setdefault(block.row or 0, []).append(block)
    return {t: [rows[r] for r in sorted(rows)] for t, rows in sorted(found.items())}

"""Aims: vision, overall aims, goals, purposes.

- `purpose-sentence`: sentences matching the language's aim patterns ("The aim of … is
  to …", "Formålet med … er at …", "Initiativerne skal tilsammen bidrage til at …"); the
  aim is the clause the pattern names, not the whole sentence;
- `aim-list`: the items of a list introduced as aims ("Planen har fem overordnede mål:");
- `numbered-aim`: the statement of a "Priority 10" / "Goal 2: …" heading, or the first
  sentence under it.
An aim that repeats another aim, an outcome or an initiative is left out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from policyparse.blocks import BlockKind
from policyparse.extractors.common import Context, Found, first_sentence, same_text, trim
from policyparse.extractors.numbering import labelled
from policyparse.lang import LanguageData, load_language
from policyparse.model import Aim
from policyparse.nlp import sentences
from policyparse.sections import list_groups

_MIN_AIM = 12  # characters: shorter clauses are fragments, not aims
_HEADING_WORDS = 4  # "Our vision", "Formål", "Overordnet mål"
_STATEMENT_WORDS = 45  # a vision statement is a sentence, not an essay
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def extract_aims(ctx: Context) -> Found:
    """All aim rules, in document order, without repeats."""
    found = {*_numbered(ctx), *_sentences(ctx), *_lists(ctx), *_statements(ctx)}
    spans = sorted(s for s in found if not any(_holds(s, o) for o in found))
    others = [o.text for o in _walk(ctx.items("outcomes"))] + [
        i.title for i in _walk(ctx.items("initiatives"))
    ]
    aims: list[Aim] = []
    for start, end in spans:
        text = ctx.text(start, end)
        if len(text) < _MIN_AIM or any(
            same_text(text, t) for t in [*others, *(a.text for a in aims)]
        ):
            continue
        aims.append(Aim(id=f"aim-{len(aims) + 1}", text=text, source=ctx.source(start, end)))
    return Found(items=aims)


@cache
def _patterns(pattern_list: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in pattern_list]


def _sentences(ctx: Context) -> list[tuple[int, int]]:
    spans = []
    for _section, block in ctx.text_blocks():
        if block.kind is not BlockKind.HEADING or ": " in block.text:  # "Vision: A Scotland …"
            spans += [
                (block.start + s, block.start + e) for s, e in find_aims(block.text, ctx.lang)
            ]
    return spans


def find_aims(text: str, lang: LanguageData | str) -> list[tuple[int, int]]:
    """Spans of the aims that purpose sentences in `text` state (rule `purpose-sentence`)."""
    lang = load_language(lang) if isinstance(lang, str) else lang
    patterns = _patterns(tuple(lang.get("extract.aims.patterns", [])))
    spans = []
    for start, end in sentences(text, lang.code):
        sentence = text[start:end]
        if sentence.rstrip().endswith(":"):
            continue  # "Over the next 10 years, we aim to:" introduces the aims, it is none
        m = next((m for p in patterns if (m := p.search(sentence))), None)
        if m is not None and not _names_a_document(sentence, m, lang):
            spans.append(trim(text, start + m.start("aim"), end))
    return spans


def _names_a_document(sentence: str, m: re.Match[str], lang: LanguageData) -> bool:
    """ "Sharing the Vision is the successor policy to …": an aim noun written with a
    capital inside a sentence (not at its start) is part of a document's name."""
    nouns = {n.casefold() for n in lang.get("sections.roles.aims", []) if " " not in n}
    if m.start() == 0:
        return False
    words = re.findall(r"\w+", sentence[m.start() : m.start("aim")])
    return any(w[:1].isupper() and w.casefold() in nouns for w in words)


def _lists(ctx: Context) -> list[tuple[int, int]]:
    return [
        trim(ctx.doc.text, item.start, item.end)
        for section in ctx.sections()
        for group in list_groups(section, ctx.lang)
        if group.role == "aims"
        for item in group.items
    ]


def _statements(ctx: Context) -> list[tuple[int, int]]:
    """Rule `vision-statement`: a short paragraph right under a short aims heading
    ("Our vision" → "A Scotland where everyone …")."""
    spans = []
    for section in ctx.sections():
        head = section.heading
        if section.role != "aims" or head is None or section.parent is None:
            continue
        if labelled(head.text, ctx.lang.get("extract.aims.numbered_headings", []), []):
            continue  # "Priority 3": rule `numbered-aim` takes its first sentence
        first = section.blocks[0] if section.blocks else None
        if first is None or first.kind is not BlockKind.PARAGRAPH:
            continue
        short_head = len(head.text.split()) <= _HEADING_WORDS and not head.text.endswith(":")
        words = len(first.text.split())
        dated = _YEAR.search(first.text) is not None  # "In January 2021 … announced …"
        if short_head and words <= _STATEMENT_WORDS and not dated and not first.text.endswith(":"):
            spans.append(trim(ctx.doc.text, first.start, first.end))
    return spans


def _numbered(ctx: Context) -> list[tuple[int, int]]:
    """A "Priority 10" heading's statement: the words after its colon, else the first
    sentence below it."""
    labels = ctx.lang.get("extract.aims.numbered_headings", [])
    words = ctx.lang.get("extract.initiatives.number_words", [])
    spans = []
    for section in ctx.sections():
        head = section.heading
        if head is None:
            continue
        for n in labelled(head.text, labels, words):
            start, end = trim(ctx.doc.text, head.start + n.text_start, head.start + n.text_end)
            if end - start >= _MIN_AIM:
                spans.append((start, end))
            elif section.blocks and section.blocks[0].kind is BlockKind.PARAGRAPH:
                first = section.blocks[0]
                spans.append(first_sentence(ctx, first, first.start))
    return spans


def _holds(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """`span` strictly contains `other` ("Formålet … er at X" holds "X")."""
    return span != other and span[0] <= other[0] and other[1] <= span[1]


def _walk(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out.append(item)
        out += _walk(getattr(item, "children", []))
    return out

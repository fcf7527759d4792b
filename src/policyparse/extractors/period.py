"""The plan's own period: from the title first, then the front matter, then the text.

Taking the first year range of a document is the floor to beat: an implementation
phase ("I perioden 2017-2019 …") or a funding horizon is not the plan's period. So the
text only counts where a sentence speaks of the plan itself (`extract.period.plan_nouns`)
and states both ends; otherwise the plan has no period (null), said in a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

from policyparse.extractors.common import Context, Found
from policyparse.extractors.title import Title, front_matter
from policyparse.model import Period
from policyparse.nlp import cue_matcher
from policyparse.sections import Section


def extract_period(ctx: Context) -> Found:
    """Rule `period`: title → front matter → a sentence about the plan → none."""
    for rule, (start, end) in _candidates(ctx):
        period = first_period(ctx, start, end, both_ends=rule == "text")
        if period is not None:
            warnings = (
                []
                if rule != "text"
                else [f"the plan's period {period.text!r} is taken from its text, not its title"]
            )
            return Found(value=period, warnings=warnings)
    return Found(warnings=["the document states no period of its own: period left empty"])


def _candidates(ctx: Context) -> Iterator[tuple[str, tuple[int, int]]]:
    title: Title | None = ctx.value("title")
    if title is not None and title.start is not None and title.end is not None:
        yield "title", (title.start, title.end)
    label = front_matter(ctx, "extract.period.labels")
    if label is not None:
        yield "front matter", (label.start, label.end)
    matcher = cue_matcher(ctx.code, "extract.period")
    for section, block in ctx.text_blocks():
        if _inside(section, ("initiatives", "funding")):
            continue
        for start, end in ctx.sentences(block):
            if any(c.label == "plan_nouns" for c in matcher.find(ctx.text(start, end))):
                yield "text", (start, end)


def _inside(section: Section, roles: tuple[str, ...]) -> bool:
    """Whether a section lies in one of `roles` (the title's own role aside: a plan
    called "Handlingsplan …" still states its period in its text)."""
    node: Section | None = section
    while node is not None and node.parent is not None:
        if node.role in roles:
            return True
        node = node.parent
    return False


def first_period(ctx: Context, start: int, end: int, *, both_ends: bool = False) -> Period | None:
    """The first period stated in a span of the text, with its own source."""
    from policyparse.values import find_due_dates, find_periods

    text = ctx.text(start, end)
    dues = [d.span for d in find_due_dates(text, ctx.code)] if both_ends else []
    for found in find_periods(text, ctx.code):
        if both_ends and (found.start is None or found.end is None):
            continue
        if any(s < found.span[1] and found.span[0] < e for s, e in dues):
            continue  # "by the end of 2024/25" is a deadline, not the plan's period
        s, e = start + found.span[0], start + found.span[1]
        return Period(
            start=found.start, end=found.end, text=ctx.text(s, e), source=ctx.source(s, e)
        )
    return None

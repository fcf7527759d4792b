"""What differs between two plans: two countries' plans, or two versions of one plan.

Two versions (same country, overlapping titles): initiatives added, removed and renamed
(matched by number, then by title), funding changed, due dates moved, period extended.
Two different plans: sections present in one only, themes only in one, counts and funding
side by side, and items matched across the two by shared themes and text similarity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Any

from policyparse.compare.result import DocumentRow, TaggedItem, cents
from policyparse.model import Funding, Initiative, Plan

SECTIONS = ("period", "aims", "outcomes", "initiatives", "priorities", "funding")
SAME_TITLE = 0.5  # title-word overlap above which two plans of one country are versions
RENAMED = 0.6  # title similarity above which an unmatched initiative was renamed
MATCH = 0.35  # item score (themes and text) above which two items are paired


def similarity(a: str, b: str) -> float:
    """0..1 likeness of two texts, case and punctuation aside."""
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def title_overlap(a: str, b: str) -> float:
    """Share of title words (years and numbers aside) the two titles have in common."""
    wa, wb = (set(re.findall(r"[^\W\d_]{3,}", t.casefold())) for t in (a, b))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def diff_plans(a: Plan, b: Plan, row_a: DocumentRow, row_b: DocumentRow) -> dict[str, Any]:
    overlap = title_overlap(a.document.title, b.document.title)
    versions = a.document.country == b.document.country and overlap >= SAME_TITLE
    out: dict[str, Any] = {
        "kind": "versions" if versions else "countries",
        "a": row_a.label,
        "b": row_b.label,
        "reason": _reason(a, b, overlap, versions),
        "sections": [_section(a, b, name) for name in SECTIONS],
        "measures": _measures(row_a, row_b),
        "themes": _themes(row_a, row_b),
        "matches": [] if versions else _matches(row_a.items, row_b.items),
    }
    if versions:
        out["initiatives"] = _initiatives(a, b)
        out["funding"] = _funding(a.funding, b.funding)
        out["period"] = _period(a, b)
    return out


def _reason(a: Plan, b: Plan, overlap: float, versions: bool) -> str:
    if versions:
        return f"same country {a.document.country} and overlapping titles ({overlap:.0%})"
    if a.document.country != b.document.country:
        return f"different countries ({a.document.country} and {b.document.country})"
    return f"same country {a.document.country} but different titles ({overlap:.0%} overlap)"


def _section(a: Plan, b: Plan, name: str) -> dict[str, Any]:
    def size(plan: Plan) -> int:
        value = getattr(plan, name)
        return (1 if value is not None else 0) if name == "period" else len(value)

    return {"section": name, "a": size(a), "b": size(b)}


def _measures(ra: DocumentRow, rb: DocumentRow) -> list[dict[str, Any]]:
    rows = [{"measure": k, "a": ra.counts[k], "b": rb.counts[k]} for k in ra.counts]
    rows.append({"measure": "years", "a": ra.years, "b": rb.years})
    fa, fb = ra.funding, rb.funding
    for name, a, b in (
        ("total", fa.target_total, fb.target_total),
        ("per year", fa.per_year, fb.per_year),
    ):
        rows.append({"measure": f"funding {name} {fa.currency}", "a": cents(a), "b": cents(b)})
    return rows


def _themes(ra: DocumentRow, rb: DocumentRow) -> dict[str, list[str]]:
    ta, tb = ra.themes, rb.themes
    return {
        "only_a": [t for t in ta if t not in tb],
        "only_b": [t for t in tb if t not in ta],
        "both": [t for t in ta if t in tb],
    }


def _matches(items_a: list[TaggedItem], items_b: list[TaggedItem]) -> list[dict[str, Any]]:
    """Each item of A paired with its best partner in B: shared themes first, then words."""
    pairs = []
    for ia in items_a:
        scored = [(_score(ia, ib), ib) for ib in items_b]
        best = max(scored, key=lambda s: s[0], default=(0.0, None))
        score, ib = best
        if ib is None or score < MATCH:
            continue
        pairs.append({
            "a": {"kind": ia.kind, "id": ia.id, "text": ia.text},
            "b": {"kind": ib.kind, "id": ib.id, "text": ib.text},
            "themes": [t for t in ia.themes if t in ib.themes],
            "score": round(score, 3),
        })  # fmt: skip
    return pairs


def _score(ia: TaggedItem, ib: TaggedItem) -> float:
    """Jaccard of themes (the cross-language signal) blended with text similarity."""
    union = set(ia.themes) | set(ib.themes)
    themes = len(set(ia.themes) & set(ib.themes)) / len(union) if union else 0.0
    return 0.7 * themes + 0.3 * similarity(ia.text, ib.text) if themes else 0.0


def _flat(nodes: list[Initiative]) -> Iterator[Initiative]:
    for node in nodes:
        yield node
        yield from _flat(node.children)


def _initiatives(a: Plan, b: Plan) -> dict[str, list[dict[str, Any]]]:
    old, new = list(_flat(a.initiatives)), list(_flat(b.initiatives))
    pairs, renamed = _pair_initiatives(old, new)
    paired_old = {id(x) for x, _ in pairs}
    paired_new = {id(y) for _, y in pairs}
    return {
        "added": [_ref(y) for y in new if id(y) not in paired_new],
        "removed": [_ref(x) for x in old if id(x) not in paired_old],
        "renamed": renamed,
        "due_moved": [
            {"id": y.id, "from": x.due.date if x.due else None, "to": y.due.date if y.due else None}
            for x, y in pairs
            if (x.due.date if x.due else None) != (y.due.date if y.due else None)
        ],
    }


def _pair_initiatives(
    old: list[Initiative], new: list[Initiative]
) -> tuple[list[tuple[Initiative, Initiative]], list[dict[str, Any]]]:
    """By number when the titles still agree, then by title alone (renumbered items)."""
    pairs: list[tuple[Initiative, Initiative]] = []
    renamed: list[dict[str, Any]] = []
    by_id = {y.id: y for y in new}
    for x in old:
        y = by_id.pop(x.id, None)
        if y is not None:
            pairs.append((x, y))
            if _norm(x.title) != _norm(y.title):
                renamed.append(_rename(x, y))
    left = [y for y in new if y.id in by_id]
    for x in [x for x in old if all(x is not p for p, _ in pairs)]:
        best = max(left, key=lambda y: similarity(x.title, y.title), default=None)
        if best is not None and similarity(x.title, best.title) >= RENAMED:
            pairs.append((x, best))
            left.remove(best)
            if _norm(x.title) != _norm(best.title) or x.id != best.id:
                renamed.append(_rename(x, best))
    return pairs, renamed


def _rename(x: Initiative, y: Initiative) -> dict[str, Any]:
    return {
        "id_a": x.id, "id_b": y.id, "title_a": x.title, "title_b": y.title,
        "similarity": round(similarity(x.title, y.title), 3),
    }  # fmt: skip


def _ref(node: Initiative) -> dict[str, str]:
    return {"id": node.id, "title": node.title}


def _money(f: Funding) -> dict[str, Any]:
    period = {"start": f.period.start, "end": f.period.end} if f.period else None
    return {"amount": f.amount, "currency": f.currency, "basis": f.basis, "period": period}


def _funding(old: list[Funding], new: list[Funding]) -> list[dict[str, Any]]:
    """Funding items by id: changed (amount, currency, basis or period), added, removed."""
    by_id = {f.id: f for f in new}
    out = []
    for f in old:
        g = by_id.pop(f.id, None)
        if g is None:
            out.append({"id": f.id, "change": "removed", "from": _money(f), "to": None})
        elif _money(f) != _money(g):
            out.append({"id": f.id, "change": "changed", "from": _money(f), "to": _money(g)})
    out += [{"id": g.id, "change": "added", "from": None, "to": _money(g)} for g in by_id.values()]
    return out


def _period(a: Plan, b: Plan) -> dict[str, Any]:
    pa = {"start": a.period.start, "end": a.period.end} if a.period else None
    pb = {"start": b.period.start, "end": b.period.end} if b.period else None
    return {"from": pa, "to": pb, "change": _period_change(pa, pb)}


def _period_change(pa: dict[str, Any] | None, pb: dict[str, Any] | None) -> str:
    if pa == pb:
        return "same"
    if pa is None or pb is None:
        return "added" if pa is None else "removed"
    ends = [p["end"] if p["end"] is not None else 10**4 for p in (pa, pb)]
    starts = [p["start"] if p["start"] is not None else -(10**4) for p in (pa, pb)]
    if starts[1] <= starts[0] and ends[1] >= ends[0]:
        return "extended"
    if starts[1] >= starts[0] and ends[1] <= ends[0]:
        return "shortened"
    return "moved"

"""The comparison as plain tables of strings: one content model for table, Markdown and HTML.

Every derived or converted figure gets a note number `[n]`; `Notes` collects the words
that explain it ("£50m × 6 years (2021–2026)", "no ISK rate for 2012: 2008 rate used").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policyparse.compare.funding import money, span_text


@dataclass
class Table:
    key: str  # stable id: overview, funding, funding-items, themes, diff-…
    title: str
    headers: list[str]
    short: list[str]  # narrow headers for the 100-column terminal table ("" = left out)
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)  # right-aligned columns
    wrap: set[int] = field(default_factory=set)  # columns that may wrap (titles, texts)
    markdown_only: set[int] = field(default_factory=set)  # the HTML heat map shows these


class Notes:
    """Numbered notes; the same words get the same number."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def ref(self, *texts: str) -> str:
        marks = []
        for text in (t for t in texts if t):
            if text not in self.items:
                self.items.append(text)
            marks.append(f"[{self.items.index(text) + 1}]")
        return "".join(marks)


def _cell(value: str, mark: str) -> str:
    """A figure and its note marks; an empty figure still shows why it is empty."""
    return f"{value} {mark}".strip()


def overview(d: dict[str, Any]) -> Table:
    labels = {t["id"]: t["label"] for t in d["taxonomy"]["themes"]}
    rows = []
    for doc in d["documents"]:
        c, p = doc["counts"], doc["period"]
        period = span_text(p["start"], p["end"])
        rows.append([
            doc["label"], doc["title"], doc["country"] or "", doc["language"],
            f"{period} ({p['years']})" if p["years"] else period,
            str(c["aims"]), str(c["outcomes"]), str(c["sub_outcomes"]),
            str(c["initiatives"]), str(c["initiatives_all"]), str(c["priorities"]),
            str(len(doc["themes"])), ", ".join(labels.get(t, t) for t in doc["themes"]),
        ])  # fmt: skip
    return Table(
        "overview", "Plans",
        ["Doc", "Title", "Country", "Language", "Period (years)", "Aims", "Outcomes",
         "Sub-outcomes", "Initiatives", "All initiatives", "Priorities", "Themes",
         "Themes covered"],
        ["Doc", "Title", "", "Lang", "Period (yrs)", "Aims", "Outc.", "Sub",
         "Init.", "All", "Prio.", "Thm.", ""],
        rows, numeric=set(range(5, 12)), wrap={1, 12}, markdown_only={12},
    )  # fmt: skip


def funding(d: dict[str, Any], notes: Notes) -> Table:
    cur = d["currency"]
    rows = []
    for doc in d["documents"]:
        f = doc["funding"]
        derived = "; ".join(x.split(": ", 1)[1] for x in f["derived"])
        own = " + ".join(money(t["amount"], t["currency"]) for t in f["totals"])
        rows.append([
            doc["label"],
            _cell(own, notes.ref(derived)),
            _cell(money(f["total"], cur), notes.ref(*_conversions(f))),
            _cell(money(f["per_year"], cur), notes.ref(f["per_year_note"])),
            notes.ref(*f["notes"]),
        ])  # fmt: skip
    return Table(
        "funding", f"Funding (items part of another are not added; {cur} at annual average rates)",
        ["Doc", "Total (own currency)", f"Total {cur}", f"{cur} per year", "Notes"],
        ["Doc", "Total", f"Total {cur}", f"{cur}/year", "Notes"],
        rows, numeric={1, 2, 3},
    )  # fmt: skip


def _conversions(f: dict[str, Any]) -> list[str]:
    return [f"{item['id']}: {item['conversion']}" for item in f["items"] if item["conversion"]]


def funding_items(d: dict[str, Any]) -> Table:
    cur = d["currency"]
    rows = []
    for doc in d["documents"]:
        for item in doc["funding"]["items"]:
            how = [item["derivation"] or "", item["conversion"] or "", *item["notes"]]
            rows.append([
                doc["label"], item["text"], item["basis"].replace("_", " "),
                span_text(item["start"], item["end"]),
                money(item["total"], item["currency"]),
                money(item["target"], cur) if item["target"] is not None else "",
                "; ".join(h for h in how if h),
            ])  # fmt: skip
    return Table(
        "funding-items", "Funding items",
        ["Doc", "Text", "Basis", "Period", "Total", cur, "How it was counted"],
        ["Doc", "Text", "Basis", "Period", "Total", cur, "How"],
        rows, numeric={4, 5}, wrap={1, 6},
    )  # fmt: skip


def themes(d: dict[str, Any]) -> Table:
    labels = [doc["label"] for doc in d["documents"]]
    rows = [[row["label"], *(str(n) for n in row["counts"])] for row in d["theme_matrix"]]
    return Table(
        "themes", "Themes (number of tagged aims, outcomes, initiatives and priorities)",
        ["Theme", *labels], ["Theme", *labels], rows,
        numeric=set(range(1, len(labels) + 1)), wrap={0},
    )  # fmt: skip


def all_tables(d: dict[str, Any]) -> tuple[list[Table], list[str]]:
    """Every table of a comparison, and the numbered notes they refer to."""
    from policyparse.compare.render._diff_tables import diff_tables

    notes = Notes()
    tables = [overview(d), funding(d, notes), funding_items(d), themes(d)]
    if d.get("diff"):
        tables += diff_tables(d)
    return tables, notes.items


def footer(d: dict[str, Any]) -> list[str]:
    """Lines under the tables: sources, and the files that were left out."""
    lines = [
        f"Exchange rates: {d['rates_source']}. Themes: {d['taxonomy']['source']}.",
    ]
    lines += [f"Left out: {s['error']}" for s in d["skipped"]]
    return lines

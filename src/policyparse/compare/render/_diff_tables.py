"""The diff part of a comparison as tables (see `compare.diff` for what is in it)."""

from __future__ import annotations

from typing import Any

from policyparse.compare.funding import money, span_text
from policyparse.compare.render._tables import Table


def _value(value: Any, currency: str | None = None) -> str:
    if value is None:
        return ""
    if currency and isinstance(value, (int, float)):
        return money(value, currency)
    return str(value)


def diff_tables(d: dict[str, Any]) -> list[Table]:
    diff = d["diff"]
    a, b = diff["a"], diff["b"]
    labels = {t["id"]: t["label"] for t in d["taxonomy"]["themes"]}
    tables = [_side_by_side(diff, d["currency"]), _themes(diff, labels)]
    if diff["kind"] == "versions":
        tables.append(_changes(diff))
    else:
        tables.append(_matches(diff, labels))
    for table in tables:
        table.title = f"{table.title}: {a} vs {b}"
    tables[0].title += f" ({diff['kind']}: {diff['reason']})"
    return tables


def _side_by_side(diff: dict[str, Any], currency: str) -> Table:
    rows = [
        [f"section {s['section']}", _present(s["a"]), _present(s["b"])] for s in diff["sections"]
    ]
    for m in diff["measures"]:
        money_row = m["measure"].startswith("funding ")  # not "funding_items", a count
        cur = currency if money_row else None
        rows.append([m["measure"].replace("_", " "), _value(m["a"], cur), _value(m["b"], cur)])
    return Table(
        "diff-measures", "Side by side", ["Measure", diff["a"], diff["b"]],
        ["Measure", diff["a"], diff["b"]], rows, numeric={1, 2},
    )  # fmt: skip


def _present(n: int) -> str:
    return f"yes ({n})" if n else "absent"


def _themes(diff: dict[str, Any], labels: dict[str, str]) -> Table:
    t = diff["themes"]
    rows = [[labels.get(x, x), "only " + diff["a"]] for x in t["only_a"]]
    rows += [[labels.get(x, x), "only " + diff["b"]] for x in t["only_b"]]
    rows += [[labels.get(x, x), "both"] for x in t["both"]]
    return Table("diff-themes", "Themes", ["Theme", "In"], ["Theme", "In"], rows, wrap={0})


def _matches(diff: dict[str, Any], labels: dict[str, str]) -> Table:
    rows = [
        [
            f"{m['a']['kind']} {m['a']['id']}: {m['a']['text']}",
            f"{m['b']['kind']} {m['b']['id']}: {m['b']['text']}",
            ", ".join(labels.get(x, x) for x in m["themes"]),
            f"{m['score']:.2f}",
        ]
        for m in diff["matches"]
    ]
    return Table(
        "diff-matches", "Items matched by theme and text",
        [diff["a"], diff["b"], "Shared themes", "Score"],
        [diff["a"], diff["b"], "Themes", "Score"], rows, numeric={3}, wrap={0, 1, 2},
    )  # fmt: skip


def _changes(diff: dict[str, Any]) -> Table:
    ini = diff["initiatives"]
    rows = [["initiative added", x["id"], "", x["title"]] for x in ini["added"]]
    rows += [["initiative removed", x["id"], x["title"], ""] for x in ini["removed"]]
    rows += [
        ["initiative renamed", _ids(x["id_a"], x["id_b"]), x["title_a"], x["title_b"]]
        for x in ini["renamed"]
    ]
    rows += [["due date moved", x["id"], x["from"] or "", x["to"] or ""] for x in ini["due_moved"]]
    rows += [
        ["funding " + f["change"], f["id"], _fund(f["from"]), _fund(f["to"])]
        for f in diff["funding"]
    ]
    period = diff["period"]
    if period["change"] != "same":
        rows.append(["period " + period["change"], "", _span(period["from"]), _span(period["to"])])
    return Table(
        "diff-changes", "Changes", ["Change", "Id", "Was", "Now"], ["Change", "Id", "Was", "Now"],
        rows, wrap={2, 3},
    )  # fmt: skip


def _ids(a: str, b: str) -> str:
    return a if a == b else f"{a} → {b}"


def _fund(f: dict[str, Any] | None) -> str:
    if f is None:
        return ""
    basis = " per year" if f["basis"] == "per_year" else ""
    return f"{money(f['amount'], f['currency'])}{basis} {_span(f['period'])}".strip()


def _span(p: dict[str, Any] | None) -> str:
    return span_text(p["start"], p["end"]) if p else ""

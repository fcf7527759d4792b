"""Markdown for papers: pipe tables with full titles, numbered notes below."""

from __future__ import annotations

from typing import Any

from policyparse.compare.render._tables import Table, all_tables, footer


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def _table(table: Table) -> list[str]:
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.headers))]
    lines = [f"### {table.title}", ""]
    lines.append("| " + " | ".join(_escape(h) for h in table.headers) + " |")
    lines.append("|" + "|".join(align) + "|")
    lines += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in table.rows]
    return [*lines, ""]


def render(data: dict[str, Any]) -> str:
    tables, notes = all_tables(data)
    lines = ["## Plan comparison", ""]
    for table in tables:
        lines += _table(table)
    if notes:
        lines += ["Notes:", ""] + [f"{n}. {note}" for n, note in enumerate(notes, 1)] + [""]
    lines += [f"{line}  " for line in footer(data)]
    return "\n".join(lines).rstrip() + "\n"

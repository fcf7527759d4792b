"""The terminal view: rich tables that fit 100 columns, long titles and texts wrapped."""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table as RichTable

from policyparse.compare.render._tables import Table, all_tables, footer

WIDTH = 100


def _rich(table: Table) -> RichTable:
    shown = [i for i, header in enumerate(table.short) if header]
    out = RichTable(
        box=box.SIMPLE_HEAD, pad_edge=False, expand=False, show_edge=False,
        padding=(0, 1), collapse_padding=True,
    )  # fmt: skip
    for i in shown:
        header = table.short[i]
        out.add_column(
            header,
            justify="right" if i in table.numeric else "left",
            overflow="fold",
            no_wrap=i not in table.wrap and i not in table.numeric and i != 0,
            ratio=1 if i in table.wrap else None,
            min_width=10 if i in table.wrap else None,
        )
    for row in table.rows:
        out.add_row(*(row[i] for i in shown))
    return out


def render(data: dict[str, Any]) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=WIDTH, color_system=None, highlight=False)
    tables, notes = all_tables(data)
    for table in tables:
        console.print(table.title, markup=False)
        console.print(_rich(table))
        console.print()
    for n, note in enumerate(notes, 1):
        console.print(f"[{n}] {note}", markup=False)
    for line in footer(data):
        console.print(line, markup=False)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"

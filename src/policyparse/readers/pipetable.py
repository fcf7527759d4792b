"""Tables in plain text: pipe tables, including web tables flattened so that one row is
spread over several lines ("Lived Experience | 01 Fewer people … |" then "02 Risk … |"),
and tab-separated tables (copied from spreadsheets and web pages).

The column count comes from the `---|---` separator (or the widest line); short
lines are joined until a row has that many cells. A GFM table needs no outer pipes
(`Measure | Owner` over `---|---` or `:--|--:`): a header line over a separator
starts a table whose rows are any following lines holding a `|`.
"""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TABS = re.compile(r"\t+")


def is_table_line(line: str) -> bool:
    """A line that can belong to a pipe table: cells joined by `|`, a line ending in one,
    or a separator with a pipe (`---|---`)."""
    stripped = line.strip()
    return "|" in stripped and (
        " | " in stripped
        or stripped.startswith("|")
        or stripped.endswith("|")
        or bool(SEPARATOR.match(stripped))
    )


def table_end(lines: list[str], i: int) -> int:
    """The end of the run of pipe-table lines starting at line `i` (`i` when none). A
    header over a separator with as many cells (GFM) takes every following line with
    a `|`, so `Measure|Owner` rows without spaces or outer pipes belong to it."""
    header = i + 1 < len(lines) and _is_header(lines[i], lines[i + 1])
    end = i + 2 if header else i
    while end < len(lines) and (
        is_table_line(lines[end]) or (header and "|" in lines[end] and lines[end].strip())
    ):
        end += 1
    return end


def _is_header(line: str, under: str) -> bool:
    """A line with a `|` over a separator with a `|` and the same number of cells."""
    if "|" not in line or "|" not in under or not SEPARATOR.match(under.strip()):
        return False
    return len(split_cells(line)) == len(split_cells(under))


def tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated line; one cell when it has no inner tab."""
    return [cell.strip() for cell in _TABS.split(line.strip())]


def is_tab_table(lines: list[str]) -> bool:
    """At least two lines with the same number (two or more) of tab-separated cells."""
    counts = {len(tab_cells(line)) for line in lines}
    return len(lines) >= 2 and len(counts) == 1 and counts.pop() >= 2


def is_table(lines: list[str]) -> bool:
    """Enough evidence that consecutive pipe lines are a table, not prose with a `|`."""
    if any(SEPARATOR.match(line) for line in lines):
        return True
    return sum(1 for line in lines if len(split_cells(line)) >= 2) >= 2


def split_cells(line: str) -> list[str]:
    """`| a | b |` → ["a", "b"]; outer pipes are optional, inner empty cells are kept."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip() for cell in text.split("|")]


def rebuild_rows(lines: list[str]) -> list[list[str]]:
    """Rows of cells; lines with fewer cells than the table has columns are joined."""
    separators = [line for line in lines if SEPARATOR.match(line)]
    pieces = [split_cells(line) for line in lines if not SEPARATOR.match(line)]
    if not pieces:
        return []
    width = len(split_cells(separators[0])) if separators else max(map(len, pieces))
    rows: list[list[str]] = []
    current: list[str] = []
    for cells in pieces:
        if current and len(current) + len(cells) > width:
            rows.append(current)
            current = []
        current = current + cells
        if len(current) >= width:
            rows.append(current)
            current = []
    if current:
        rows.append(current)
    return [trim_row(row) for row in rows]


def trim_row(row: list[str]) -> list[str]:
    """Trailing empty cells carry nothing (the flattened rows end in `| |||||`)."""
    end = len(row)
    while end > 1 and not row[end - 1]:
        end -= 1
    return row[:end]

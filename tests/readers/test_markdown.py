"""Markdown → blocks through markdown-it-py, from the Danish sample saved as `.txt`."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.blocks import BlockKind
from policyparse.readers import read

SAMPLE = Path(__file__).parent.parent.parent / "samples" / "dk-stofmisbrugspakken.txt"


def blocks(markdown: str) -> list[tuple[str, int | None, str | None, str]]:
    doc = read(markdown.encode("utf-8"), name="doc.md")
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
    return [(b.kind.value, b.level, b.marker, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        pytest.param(
            "# Stofmisbrugspakken\n\n## *Kort beskrivelse af de 10 initiativer:*\n\n"
            "#### Initiativ nr. 5: Kommunal opfølgning\n",
            [("heading", 1, None, "Stofmisbrugspakken"),
             ("heading", 2, None, "Kort beskrivelse af de 10 initiativer:"),
             ("heading", 4, None, "Initiativ nr. 5: Kommunal opfølgning")],
            id="heading-levels-and-emphasis",
        ),
        pytest.param(
            "Der er afsat **i alt** 103 mio. kr. til [pakken](https://sm.dk/x) og `data`.\n",
            [("paragraph", None, None, "Der er afsat i alt 103 mio. kr. til pakken og data.")],
            id="inline-markup-stripped",
        ),
        pytest.param(
            "1. Analyse\n   - udredning\n   - sagsbehandling\n2) Kapacitet\n",
            [("list_item", 0, "1.", "Analyse"), ("list_item", 1, "-", "udredning"),
             ("list_item", 1, "-", "sagsbehandling"), ("list_item", 0, "2)", "Kapacitet")],
            id="nested-lists",
        ),
        pytest.param(
            "| År | Beløb |\n|---|---|\n| 2016 | 54,3 mio. kr. |\n",
            [("table_row", None, None, "År | Beløb"), ("table_cell", None, None, "År"),
             ("table_cell", None, None, "Beløb"), ("table_row", None, None, "2016 | 54,3 mio. kr."),
             ("table_cell", None, None, "2016"), ("table_cell", None, None, "54,3 mio. kr.")],
            id="table",
        ),
        pytest.param(
            "<table>\n<tr><th>År</th><th>Beløb</th></tr>\n"
            "<tr><td>2016</td><td><b>54,3</b> mio. kr.</td></tr>\n</table>\n",
            [("table_row", None, None, "År | Beløb"), ("table_cell", None, None, "År"),
             ("table_cell", None, None, "Beløb"), ("table_row", None, None, "2016 | 54,3 mio. kr."),
             ("table_cell", None, None, "2016"), ("table_cell", None, None, "54,3 mio. kr.")],
            id="raw-html-table",
        ),
        pytest.param(
            "Tekst om planen.\n\nLæs mere om projektet på Socialstyrelsens hjemmeside\n\n"
            "## Relaterede links\n\nEt link\n\nMere tekst.\n",
            [("paragraph", None, None, "Tekst om planen."),
             ("paragraph", None, None, "Mere tekst.")],
            id="boilerplate",
        ),
    ],
)  # fmt: skip
def test_markdown_blocks(
    markdown: str, expected: list[tuple[str, int | None, str | None, str]]
) -> None:
    assert blocks(markdown) == expected


def test_the_danish_sample_is_markdown_with_ten_initiatives() -> None:
    doc = read(SAMPLE)
    assert doc.format == "markdown"
    headings = [b for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert [b.level for b in headings[:4]] == [1, 2, 3, 3]
    numbers = " ".join(b.text for b in headings)
    assert all(f"Initiativ nr. {n}:" in numbers for n in range(1, 11))
    assert "*" not in doc.text and "#" not in doc.text


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        pytest.param(
            "Indsats | Beløb\n---|---\nSocial stofmisbrugsbehandling | 54,3 mio. kr.\n",
            ["Indsats | Beløb", "Social stofmisbrugsbehandling | 54,3 mio. kr."],
            id="gfm-no-outer-pipes",
        ),
        pytest.param(
            "Tiltak | Ansvar\n:--|--:\nStyrke krisesentrene | JD\n",
            ["Tiltak | Ansvar", "Styrke krisesentrene | JD"],
            id="aligned-separator",
        ),
        pytest.param(
            "Action | Lead | Funding\n---|---\nExpand crisis centres | MoJ | £4 million\n",
            ["Action | Lead | Funding", "Expand crisis centres | MoJ | £4 million"],
            id="separator-with-fewer-cells",
        ),
    ],
)
def test_a_pipe_table_without_outer_pipes(table: str, rows: list[str]) -> None:
    found = blocks("# Stofmisbrugspakken\n\nIntro text.\n\n" + table + "\nAfter.\n")
    assert [text for kind, _, _, text in found if kind == "table_row"] == rows
    assert [kind for kind, *_ in found if kind != "table_cell"] == (
        ["heading", "paragraph"] + ["table_row"] * len(rows) + ["paragraph"]
    )

"""`policyparse text`: what the readers make of a document — the normalised text every
`source` span points into, or its blocks."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from policyparse.cli import app
from policyparse.cli._console import clip

if TYPE_CHECKING:
    from policyparse.blocks import Block, ReadDocument


class TextFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def text(
    document: Annotated[Path, typer.Argument(help="A plan: text, Markdown, HTML, PDF or DOCX.")],
    blocks: Annotated[
        bool,
        typer.Option(
            "--blocks", "-b", help="One line per block: kind, level, page, start-end, words."
        ),
    ] = False,
    fmt: Annotated[
        TextFormat,
        typer.Option("--format", "-f", help="text, or json (the text and every block)."),
    ] = TextFormat.text,
) -> None:
    """Print a document's normalised text: the string that `source` offsets point into.

    Exit code: 0 read, 1 not a readable document, 2 no such file.

    Example:
        policyparse text samples/no-opptrappingsplan-rus-2016.txt --blocks
    """
    from policyparse.cli._console import fail
    from policyparse.errors import PolicyparseError
    from policyparse.readers import read

    try:
        doc = read(document)
    except PolicyparseError as exc:
        fail(exc)
    if fmt is TextFormat.json:
        out = json.dumps(document_json(doc), ensure_ascii=False, indent=2)
    elif blocks:
        out = "\n".join(block_line(block) for block in doc.blocks)
    else:
        out = doc.text
    sys.stdout.write(out + "\n")


def block_line(block: Block) -> str:
    """`heading 2 p- 120-131 Kort sammendrag`: kind, level, page, span, first words."""
    level = "-" if block.level is None else str(block.level)
    page = "-" if block.page is None else str(block.page)
    words = clip(block.text)
    if block.marker:
        words = f"{block.marker} {words}"
    if block.table is not None:
        cell = "" if block.col is None else f" c{block.col}"
        words = f"[t{block.table} r{block.row}{cell}] {words}"
    return f"{block.kind.value:<10} {level:>2} p{page:<3} {block.start}-{block.end}\t{words}"


def document_json(doc: ReadDocument) -> dict[str, Any]:
    """The whole ReadDocument as JSON: metadata, text, and blocks without empty fields."""
    data = {k: v for k, v in asdict(doc).items() if k not in ("text", "blocks")}
    data["text"] = doc.text
    data["blocks"] = [
        {k: (v.value if k == "kind" else v) for k, v in asdict(b).items() if v is not None}
        for b in doc.blocks
    ]
    return data

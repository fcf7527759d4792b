"""`policyparse detect`: the language of documents (and of each block), many files at once."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from policyparse.cli import app
from policyparse.cli._console import clip

if TYPE_CHECKING:
    from policyparse.blocks import ReadDocument
    from policyparse.language import DocumentLanguage, LanguageGuess


class DetectFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def detect(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Documents (text, Markdown, HTML, PDF, DOCX), or folders to walk."),
    ],
    blocks: Annotated[
        bool, typer.Option("--blocks", "-b", help="Also one guess per block of each document.")
    ] = False,
    fmt: Annotated[
        DetectFormat,
        typer.Option(
            "--format", "-f", help="text, or json: one list with an object per input file."
        ),
    ] = DetectFormat.text,
) -> None:
    """Print the language, written form (nb/nn) and confidence of each document.

    Folders are walked for supported documents (hidden entries skipped). A file that
    cannot be read is reported (in json: an "error" field) and the others are still
    classified. Exit code: 0 all classified, 1 some file unreadable, 2 a path that
    does not exist.

    Example:
        policyparse detect samples/ --format json
    """
    from policyparse.cli._console import error_line
    from policyparse.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE

    results: list[dict[str, Any]] = []
    exit_code = EXIT_OK
    for path, found in _inputs(paths):
        if not found:
            message = f"{path}: no such file or directory"
            results.append(_error(path, message))
            error_line(message)
            exit_code = EXIT_USAGE
            continue
        entry = _classify(path, blocks)
        if "error" in entry:
            error_line(entry["error"])
            exit_code = max(exit_code, EXIT_INVALID)
        results.append(entry)
        if fmt is DetectFormat.text and "error" not in entry:
            sys.stdout.write(_text_lines(entry) + "\n")
    if fmt is DetectFormat.json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(code=exit_code)


def _inputs(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    """(path, exists) per file named or found below a named folder, folders sorted."""
    from policyparse.corpus.walk import SUPPORTED_SUFFIXES

    for path in paths:
        if not path.is_dir():
            yield path, path.exists()
            continue
        for folder, subdirs, files in os.walk(path):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    yield Path(folder) / name, True


def _classify(path: Path, with_blocks: bool) -> dict[str, Any]:
    """One file's JSON object; a reader failure becomes its `error` field."""
    from policyparse.errors import PolicyparseError
    from policyparse.language import detect_document
    from policyparse.readers import read

    try:
        doc = read(path)
    except PolicyparseError as exc:
        return _error(path, str(exc))
    found = detect_document(doc)
    entry = {"path": path.as_posix(), **_fields(found.guess)}
    if with_blocks:
        entry["blocks"] = _block_fields(doc, found)
    return entry


def _fields(guess: LanguageGuess) -> dict[str, Any]:
    """The plan schema's names for a guess."""
    return {
        "language": guess.language,
        "language_variant": guess.variant,
        "language_confidence": guess.confidence,
    }


def _block_fields(doc: ReadDocument, found: DocumentLanguage) -> list[dict[str, Any]]:
    return [
        {
            "kind": block.kind.value,
            "start": block.start,
            "end": block.end,
            "text": block.text,
            **_fields(guess),
        }
        for block, guess in zip(doc.blocks, found.blocks, strict=True)
    ]


def _error(path: Path, message: str) -> dict[str, Any]:
    return {
        "path": path.as_posix(),
        "language": None,
        "language_variant": None,
        "language_confidence": None,
        "error": message,
    }


def _text_lines(entry: dict[str, Any]) -> str:
    """`path<TAB>no<TAB>nb<TAB>0.94`, then with --blocks one indented line per block."""
    lines = [f"{entry['path']}\t{_summary(entry)}"]
    for block in entry.get("blocks", ()):
        lines.append(f"  {block['kind']}\t{_summary(block)}\t{clip(block['text'])}")
    return "\n".join(lines)


def _summary(fields: dict[str, Any]) -> str:
    variant = fields["language_variant"] or "-"
    return f"{fields['language']}\t{variant}\t{fields['language_confidence']:.2f}"

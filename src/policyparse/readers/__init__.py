"""`read(path | bytes) -> ReadDocument`: sniff the format, then dispatch to one reader.

Each format lives in its own module, imported only when a document of that
format arrives (so pdfplumber is loaded for PDFs only). A reader is a function
`(data: bytes, ctx: ReadContext) -> ReadDocument`, registered in `READERS` as
"module:function".
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from policyparse.blocks import ReadDocument
from policyparse.errors import MissingPath, UnreadableDocument

__all__ = ["READERS", "ReadContext", "Reader", "read"]


@dataclass(frozen=True)
class ReadContext:
    """What a reader knows besides the bytes."""

    name: str  # the path as given, or the `name=` of bytes input ("<bytes>" if none)
    sha256: str  # of the input bytes: every reader passes it to `TextBuilder.build`


Reader = Callable[[bytes, ReadContext], ReadDocument]

# format -> "module:function"; the module is imported on first use only
READERS: dict[str, str] = {
    "text": "policyparse.readers.text:read_text",
    "markdown": "policyparse.readers.markdown:read_markdown",
    "html": "policyparse.readers.html:read_html",
    "pdf": "policyparse.readers.pdf:read_pdf",
    "docx": "policyparse.readers.docx:read_docx",
}

# a URL, also after Path() folded its "//" ("https:/x.org"); not "C:/"
_MAX_SHOWN = 120
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]+:/|www\.)", re.IGNORECASE)


def read(source: str | Path | bytes, *, name: str | None = None) -> ReadDocument:
    """Read a document from a path or from its bytes (`name` helps sniffing by extension).

    Raises `MissingPath` (exit 2) for a path that does not exist, and
    `UnreadableDocument`/`UnsupportedFormat` (exit 1) for anything that is not a
    readable document; never another exception for bad input.
    """
    from policyparse.readers.sniff import sniff

    data, label = _load(source, name)
    fmt = sniff(data, label)
    return reader_for(fmt)(data, ReadContext(label, hashlib.sha256(data).hexdigest()))


def reader_for(fmt: str) -> Reader:
    """The reader function of a format, imported now."""
    module_name, _, attr = READERS[fmt].partition(":")
    reader: Reader = getattr(importlib.import_module(module_name), attr)
    return reader


def _load(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), name or "<bytes>"
    label = _shown(str(source))
    if not str(source):
        raise MissingPath("an empty path names no document")
    if _URL.match(label):
        url = re.sub(r"^(\w[\w+.-]*):/(?!/)", r"\1://", label)
        raise MissingPath(f"{url}: a URL, not a file (no network access: download it first)")
    path = Path(source)
    try:
        if path.is_dir():
            raise UnreadableDocument(f"{label}: is a directory, not a document")
        return path.read_bytes(), name or label
    except FileNotFoundError:
        raise MissingPath(f"{label}: no such file") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise MissingPath(f"{label}: cannot be opened ({reason})") from None


def _shown(label: str) -> str:
    """A path fit for a one-line message (text pasted as a path can be anything)."""
    if len(label) > _MAX_SHOWN or any(ch < " " for ch in label):
        return repr(label[:_MAX_SHOWN]) + ("…" if len(label) > _MAX_SHOWN else "")
    return label

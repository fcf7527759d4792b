"""Which reader a document needs: content first (magic bytes, ZIP members, HTML tags,
Markdown syntax), the file extension second. Web pages are often saved under the
wrong name (Markdown as `.txt`), so the bytes win whenever they are clear."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from policyparse.errors import UnreadableDocument, UnsupportedFormat

SUPPORTED = "text, Markdown, HTML, PDF, DOCX"

# magic bytes of formats people hand us that we do not read
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
# ZIP-based office formats, told apart by a member name
_ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint file (.pptx)"),
    ("content.xml", "an OpenDocument file (.odt/.ods)"),
)
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}  # fmt: skip
_UNSUPPORTED_EXT = {
    ".doc", ".odt", ".ods", ".odp", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf", ".epub", ".zip",
}  # fmt: skip

_HTML = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|h[1-6]|ul|ol|table|article|main)"
    rb"[\s>][^<]{0,2000}</(?:div|p|h[1-6]|ul|ol|table|article|main)>",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_SETEXT = re.compile(r"^\S[^\n]*\n(?:=+|-{3,})[ \t]*$", re.MULTILINE)
_MD_OTHER = (
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # [link](url)
    re.compile(r"(?<![\w*])\*\*\S[^*\n]*\*\*|(?<![\w_])__\S[^_\n]*__"),  # **strong**
    re.compile(r"^```", re.MULTILINE),  # fenced code
    re.compile(r"^>[ \t]\S", re.MULTILINE),  # block quote
)


def sniff(data: bytes, name: str) -> str:
    """The format name (a key of `READERS`), or a typed error saying why there is none."""
    head = data[:4096]
    ext = PurePath(name).suffix.lower()
    if not data.strip():
        raise UnreadableDocument(f"{name}: the file is empty")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data, name)
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormat(f"{name}: {what} (supported: {SUPPORTED})")
    if ext in {".pdf", ".docx"}:
        kind = "PDF (no %PDF header)" if ext == ".pdf" else "DOCX (not a ZIP archive)"
        raise UnreadableDocument(f"{name}: not a valid {kind}")
    if ext in _UNSUPPORTED_EXT:
        raise UnsupportedFormat(f"{name}: {ext} files are not supported (supported: {SUPPORTED})")
    return _text_kind(data, ext)


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnreadableDocument(f"{name}: a damaged ZIP/DOCX file") from None
    for member, kind in _ZIP_KINDS:
        if member in members:
            if kind == "docx":
                return kind
            raise UnsupportedFormat(f"{name}: {kind} (supported: {SUPPORTED})")
    raise UnsupportedFormat(f"{name}: a ZIP archive that is not a DOCX (supported: {SUPPORTED})")


def _text_kind(data: bytes, ext: str) -> str:
    """html | markdown | text for bytes that are (probably) text."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    if _HTML.search(head):
        return "html"
    if looks_like_markdown(head.decode("utf-8", errors="replace")):
        return "markdown"
    return _EXTENSIONS.get(ext, "text")


def looks_like_markdown(text: str) -> bool:
    """ATX or setext headings, or two other kinds of Markdown syntax. Pipe tables and
    `-` bullets alone do not count: plain-text exports of web pages have them too."""
    if _MD_HEADING.search(text) or _MD_SETEXT.search(text):
        return True
    return sum(1 for pattern in _MD_OTHER if pattern.search(text)) >= 2

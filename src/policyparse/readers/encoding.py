"""Bytes → str for the text-based formats: UTF-8 (with or without BOM) and UTF-16 by
their marks, anything else guessed by charset-normalizer (cp1252, latin-1, …)."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policyparse.errors import UnreadableDocument

if TYPE_CHECKING:
    from policyparse.blocks import ReadDocument
    from policyparse.readers import ReadContext
    from policyparse.readers.normalise import TextBuilder

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_WESTERN = ("utf_8", "cp1252", "latin_1", "iso8859_15", "mac_roman")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name, "utf-8" for plain UTF-8

    @property
    def warnings(self) -> list[str]:
        """The note a ReadDocument carries when the text was not plain UTF-8."""
        if self.encoding == "utf-8":
            return []
        return [f"text decoded as {self.encoding} (not UTF-8)"]


def decode(data: bytes, name: str) -> Decoded:
    """Decode a text document, or raise `UnreadableDocument` for empty input and binary junk."""
    if not data.strip():
        raise UnreadableDocument(f"{name}: the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, codec, name), codec, name)
    try:
        return _checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # the supported languages are written in Western code pages: asking there first
    # keeps short Danish text from being read as cp1250 ("Lćs", "pĺ")
    best = from_bytes(data, cp_isolation=list(_WESTERN)).best() or from_bytes(data).best()
    if best is None:
        raise UnreadableDocument(f"{name}: binary data, not a text document")
    return _checked(str(best), best.encoding, name)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise UnreadableDocument(f"{name}: not valid {codec} text") from None


def _checked(text: str, encoding: str, name: str) -> Decoded:
    """Refuse text that is mostly control characters (binary that happened to decode)."""
    if not text.strip():
        raise UnreadableDocument(f"{name}: the file is empty")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise UnreadableDocument(f"{name}: binary data, not a text document")
    return Decoded(text, encoding)


def read_plain(
    data: bytes, ctx: ReadContext, fmt: str, parse: Callable[[str], TextBuilder]
) -> ReadDocument:
    """What the text and Markdown readers share: decode, repair stray `n`s, parse, build
    (with the encoding and the repairs said in the document's warnings)."""
    from policyparse.readers.repair import repair_note, repair_stray_n

    decoded = decode(data, ctx.name)
    text, fixes = repair_stray_n(decoded.text)
    return parse(text).build(
        format=fmt,
        sha256=ctx.sha256,
        encoding=decoded.encoding,
        warnings=decoded.warnings + repair_note(fixes),
    )

"""The canonical plan, schema version 1 (`canonical-schema.md`), as dataclasses.

Field order here *is* the key order of the YAML output, so it mirrors the
contract exactly. Fields marked `optional` are left out of the output when they
are empty; every other field is always written, `null` included. No I/O here:
`yamlio` turns plans into YAML and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = "1"

Basis = Literal["total", "per_year"]
Format = Literal["text", "markdown", "html", "pdf", "docx"]

# Marks a field that is omitted from the output when it is None or empty.
OPTIONAL = {"optional": True}


@dataclass(frozen=True)
class Source:
    """Where an item's words are: offsets into the normalised text, 1-based PDF page."""

    start: int
    end: int
    page: int | None = None


@dataclass(kw_only=True)
class Period:
    start: int | None
    end: int | None
    text: str
    source: Source | None = field(default=None, metadata=OPTIONAL)


@dataclass(kw_only=True)
class Due:
    date: str
    text: str
    source: Source | None = field(default=None, metadata=OPTIONAL)


@dataclass(kw_only=True)
class SourceInfo:
    path: str
    format: Format
    sha256: str
    pages: int | None
    text_sha256: str | None = field(default=None, metadata=OPTIONAL)


@dataclass(kw_only=True)
class DocumentInfo:
    title: str
    language: str
    language_variant: str | None = field(default=None, metadata=OPTIONAL)
    language_confidence: float | None = field(default=None, metadata=OPTIONAL)
    country: str | None
    document_type: str | None = field(default=None, metadata=OPTIONAL)
    source: SourceInfo
    generator: str


@dataclass(kw_only=True)
class Aim:
    id: str
    text: str
    source: Source


@dataclass(kw_only=True)
class Outcome:
    id: str
    text: str
    children: list[Outcome] = field(default_factory=list, metadata=OPTIONAL)
    source: Source


@dataclass(kw_only=True)
class Initiative:
    id: str
    title: str
    text: str | None = field(default=None, metadata=OPTIONAL)
    lead: list[str] = field(default_factory=list, metadata=OPTIONAL)
    partners: list[str] = field(default_factory=list, metadata=OPTIONAL)
    due: Due | None = field(default=None, metadata=OPTIONAL)
    period: Period | None = field(default=None, metadata=OPTIONAL)
    funding: list[str] = field(default_factory=list, metadata=OPTIONAL)
    children: list[Initiative] = field(default_factory=list, metadata=OPTIONAL)
    source: Source


@dataclass(kw_only=True)
class Priority:
    id: str
    text: str
    source: Source


@dataclass(kw_only=True)
class Funding:
    id: str
    amount: int | float
    currency: str
    basis: Basis
    period: Period | None = field(default=None, metadata=OPTIONAL)
    text: str
    purpose: str | None = field(default=None, metadata=OPTIONAL)
    part_of: str | None = field(default=None, metadata=OPTIONAL)
    source: Source


@dataclass(kw_only=True)
class Plan:
    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    period: Period | None
    aims: list[Aim] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list, metadata=OPTIONAL)
    funding: list[Funding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict in contract key order (what YAML and JSON output show)."""
        result = to_dict(self)
        assert isinstance(result, dict)
        return result


def to_dict(value: Any) -> Any:
    """Dataclasses → dicts in field order, omitting empty optional fields."""
    if isinstance(value, list):
        return [to_dict(v) for v in value]
    if not hasattr(value, "__dataclass_fields__"):
        return value
    out: dict[str, Any] = {}
    for f in fields(value):
        item = getattr(value, f.name)
        if f.metadata.get("optional") and item in (None, []):
            continue
        out[f.name] = to_dict(item)
    return out

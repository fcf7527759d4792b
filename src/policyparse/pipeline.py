"""From a document to a canonical `Plan`: read → language → sections → extractors → plan.

`extract_plan` is the one entry point (the CLI, `policyparse.extract` and the corpus
workers call it); `extract_to_file` adds the atomic write for one output file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from policyparse import GENERATOR
from policyparse.blocks import ReadDocument
from policyparse.errors import UnreadableDocument, UnsupportedLanguage, UsageError
from policyparse.lang import SUPPORTED, load_language, normalise_code
from policyparse.model import DocumentInfo, Initiative, Plan, SourceInfo

if TYPE_CHECKING:
    from policyparse.extractors import Context

Source = str | Path | bytes
FORMATS = ("yaml", "json")


@dataclass(frozen=True)
class Language:
    code: str
    variant: str | None
    confidence: float | None


def extract_plan(
    source: Source,
    *,
    lang: str | None = None,
    country: str | None = None,
    path_label: str | None = None,
) -> Plan:
    """The plan of one document: a path, raw bytes, or (for notebooks) the text itself.

    Raises `MissingPath`, `UnreadableDocument` (also for an empty document) and
    `UnsupportedLanguage` (a language other than en/da/no, unless `lang` forces one).
    """
    from policyparse.extractors import Context, run_all
    from policyparse.sections import build_sections

    doc, label = _read(source, path_label)
    if not doc.text.strip():
        raise UnreadableDocument(f"{label}: the document has no text to extract from")
    language = _language(doc, lang, label)
    data = load_language(language.code)
    ctx = Context(
        doc, data, build_sections(doc, data), country=country.upper() if country else None
    )
    run_all(ctx)
    return _plan(ctx, label, language)


def extract_to_file(
    path: Source,
    out: str | Path,
    *,
    fmt: str = "yaml",
    lang: str | None = None,
    country: str | None = None,
    path_label: str | None = None,
) -> Plan:
    """Extract one document and write its plan to `out` atomically (YAML or JSON)."""
    from policyparse.fsio import atomic_write

    plan = extract_plan(path, lang=lang, country=country, path_label=path_label)
    atomic_write(out, render(plan, fmt))
    return plan


def render(plan: Plan, fmt: str = "yaml") -> str:
    """A plan as YAML (deterministic, contract key order) or as JSON."""
    from policyparse import yamlio

    if fmt == "json":
        return json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt != "yaml":
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return yamlio.dumps(plan)


def _read(source: Source, label: str | None) -> tuple[ReadDocument, str]:
    from policyparse.readers import read

    if isinstance(source, bytes):
        return read(source, name=label), label or "<bytes>"
    if isinstance(source, str) and _is_text(source):
        return read(source.encode("utf-8"), name=label or "<text>.txt"), label or "<text>"
    return read(source), label or str(source)


def _is_text(source: str) -> bool:
    """A string with a line break, or that names no file, is the document's text itself."""
    if "\n" in source or len(source) > 4096:
        return True
    return not Path(source).exists() and not Path(source).suffix


def _language(doc: ReadDocument, forced: str | None, label: str) -> Language:
    if forced:
        code = normalise_code(forced)
        if code not in SUPPORTED:
            raise UsageError(
                f"--lang {forced}: not a supported language (choose from {', '.join(SUPPORTED)})"
            )
        variant = forced.strip().lower()
        return Language(code, variant if variant in ("nb", "nn") else None, None)
    from policyparse.language import detect_document

    guess = detect_document(doc)
    code = normalise_code(guess.language)
    if code not in SUPPORTED:
        raise UnsupportedLanguage(
            f"{label}: the document is in {_language_name(code)}, not English, Danish or Norwegian "
            "(use --lang en|da|no to extract it anyway)"
        )
    confidence = round(float(guess.confidence), 2) if guess.confidence is not None else None
    return Language(code, guess.variant, confidence)


def _language_name(code: str) -> str:
    return "no language it can tell" if code in ("und", "") else f"language '{code}'"


def _plan(ctx: Context, label: str, language: Language) -> Plan:
    doc = ctx.doc
    title = ctx.value("title")
    initiatives: list[Initiative] = ctx.items("initiatives")
    _link(initiatives, ctx.value("funding", {}))
    info = DocumentInfo(
        title=title.text if title else label,
        language=language.code,
        language_variant=language.variant,
        language_confidence=language.confidence,
        country=ctx.value("country"),
        document_type=title.document_type if title else None,
        source=SourceInfo(
            path=label,
            format=doc.format,  # type: ignore[arg-type]
            sha256=doc.sha256,
            pages=doc.pages,
            text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        ),
        generator=GENERATOR,
    )
    warnings = list(
        dict.fromkeys([*doc.warnings, *(w for f in ctx.found.values() for w in f.warnings)])
    )
    return Plan(
        document=info,
        period=ctx.value("period"),
        aims=ctx.items("aims"),
        outcomes=ctx.items("outcomes"),
        initiatives=initiatives,
        priorities=ctx.items("priorities"),
        funding=ctx.items("funding"),
        warnings=warnings,
    )


def _link(initiatives: list[Initiative], links: dict[str, list[str]]) -> None:
    """`initiatives[].funding`: the ids of the funding stated within each initiative."""
    for item in initiatives:
        item.funding = list(links.get(item.id, []))
        _link(item.children, links)

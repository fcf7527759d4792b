"""Grounding: every item of a plan points at words that are really in its source.

The source is `validate --source DOC`, else `document.source.path` resolved against
the current directory, then against the plan file's folder. Each item's `source`
span must lie inside the document's normalised text (what `policyparse text`
prints), and its `text`/`title` must be found in that span after whitespace folding.
A source file whose sha256 differs from the plan's is one error, not one per item;
`document.source.text_sha256` tells a changed file from a changed normaliser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policyparse.checks import KINDS, CheckContext, Issue, items
from policyparse.errors import PolicyparseError
from policyparse.yamlio import JsonPath

if TYPE_CHECKING:
    from policyparse.blocks import ReadDocument

_SHOWN = 160  # characters of each string a mismatch shows
NOT_FOUND = "source document {} not found: spans not checked"
UNREADABLE = "source document cannot be read: {}"
CHANGED = (
    "{} is not the file this plan was extracted from, or it changed since (sha256 differs): "
    "spans not checked; extract it again"
)
NORMALISER_CHANGED = (
    "the same file now reads to a different normalised text (policyparse's readers "
    "changed): spans not checked; extract it again"
)
OUTSIDE = "{}: span {}-{} ends after the text ({} characters)"
BAD_PAGE = "{}: page {} is not in the document (1-{})"
NOT_IN_SPAN = "{}: {} {} is not in its source span {}-{}, which reads {}"
_SINGULAR = {"aims": "aim", "outcomes": "outcome", "initiatives": "initiative",
             "priorities": "priority", "funding": "funding"}  # fmt: skip


def check_grounding(data: dict[str, Any], context: CheckContext) -> Iterator[Issue]:
    """The grounding issues of one plan (PP301–PP306)."""
    meta = _source_meta(data)
    where: JsonPath = ("document", "source")
    path = resolve_source(context, meta.get("path"))
    if path is None:
        named = context.source or meta.get("path") or "(none)"
        yield Issue(where, "PP301", NOT_FOUND.format(named))
        return
    try:
        doc = _read(path)
    except PolicyparseError as exc:
        yield Issue(where, "PP302", UNREADABLE.format(exc))
        return
    if isinstance(meta.get("sha256"), str) and meta["sha256"] != doc.sha256:
        yield Issue((*where, "sha256"), "PP303", CHANGED.format(path))
        return
    text_sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    if isinstance(meta.get("text_sha256"), str) and meta["text_sha256"] != text_sha:
        yield Issue((*where, "text_sha256"), "PP304", NORMALISER_CHANGED)
        return
    for item_path, item, label in _grounded(data):
        yield from _check_item(doc, item_path, item, label)


def resolve_source(context: CheckContext, named: Any) -> Path | None:
    """`--source`, else `document.source.path` against the CWD, then the plan's folder."""
    if context.source is not None:
        return context.source if context.source.is_file() else None
    if not isinstance(named, str) or not named:
        return None
    for candidate in (Path(named), context.file.parent / named):
        if candidate.is_file():
            return candidate
    return None


def _source_meta(data: dict[str, Any]) -> dict[str, Any]:
    document = data.get("document")
    source = document.get("source") if isinstance(document, dict) else None
    return source if isinstance(source, dict) else {}


@lru_cache(maxsize=8)
def _read_cached(path: str, mtime_ns: int, size: int) -> ReadDocument:
    from policyparse.readers import read

    return read(path)


def _read(path: Path) -> ReadDocument:
    """Read once per file version, however many plans point at it."""
    stat = path.stat()
    return _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _grounded(data: dict[str, Any]) -> Iterator[tuple[JsonPath, dict[str, Any], str]]:
    """(path, mapping, name for messages) of everything that carries a `source` span."""
    period = data.get("period")
    if isinstance(period, dict):
        yield ("period",), period, "the plan's period"
    for kind in KINDS:
        for path, item in items(data, kind):
            name = f"{_SINGULAR[kind]} {item.get('id', path[-1])!r}"
            yield path, item, name
            for key in ("period", "due"):
                if isinstance(item.get(key), dict):
                    yield (*path, key), item[key], f"{name} {key}"


def _check_item(
    doc: ReadDocument, path: JsonPath, item: dict[str, Any], label: str
) -> Iterator[Issue]:
    span = item.get("source")
    if not isinstance(span, dict):
        return
    start, end, page = span.get("start"), span.get("end"), span.get("page")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end:
        return  # PP010 / PP102 report malformed spans
    if end > len(doc.text):
        yield Issue((*path, "source"), "PP305", OUTSIDE.format(label, start, end, len(doc.text)))
        return
    if isinstance(page, int) and doc.pages is not None and not 1 <= page <= doc.pages:
        yield Issue((*path, "source", "page"), "PP305", BAD_PAGE.format(label, page, doc.pages))
    found = fold(doc.text[start:end])
    for key in ("title", "text"):
        wanted = item.get(key)
        if isinstance(wanted, str) and fold(wanted) not in found:
            message = NOT_IN_SPAN.format(label, key, _show(wanted), start, end, _show(found))
            yield Issue((*path, key), "PP306", message)


def fold(text: str) -> str:
    """Whitespace folded: what grounding compares."""
    return " ".join(text.split())


def _show(text: str) -> str:
    text = fold(text)
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…")

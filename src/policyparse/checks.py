"""Semantic checks the JSON Schema cannot express, and the table of rule codes.

Each check is a function `(data, context) -> Iterable[Issue]` in the ordered list
`CHECKS`; `validate` runs all of them on every file that parses, even one with
schema errors, so checks must tolerate data of the wrong shape (they skip it; the
schema reports it). A new check (e.g. grounding of `source` spans) appends itself
to `CHECKS` and its codes to `RULES`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from policyparse.yamlio import JsonPath, Loaded

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Rule:
    """A stable rule code (never renumbered), its short name and what it means."""

    code: str
    name: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in [
        Rule("PP001", "not-a-plan", "error", "empty file, not a mapping, or no schema_version"),
        Rule("PP002", "yaml-syntax", "error", "YAML syntax error, bad UTF-8, nesting too deep"),
        Rule("PP003", "duplicate-key", "error", "the same key twice in one mapping"),
        Rule("PP004", "yaml-tag", "error", "a YAML tag other than plain data (!!python/…)"),
        Rule("PP005", "alias-bomb", "error", "aliases that expand enormously or recursively"),
        Rule("PP006", "file-too-large", "error", "file larger than 20 MB"),
        Rule("PP007", "schema-version", "error", "a schema_version this policyparse does not know"),
        Rule("PP008", "unreadable-path", "error", "a path that does not exist or cannot be read"),
        Rule("PP009", "skipped", "note", "a YAML file without schema_version met in a folder"),
        Rule("PP010", "schema", "error", "the file does not follow the JSON Schema"),
        Rule("PP101", "period-order", "error", "a period starts after it ends"),
        Rule("PP102", "span-order", "error", "a source span does not have start < end"),
        Rule("PP103", "duplicate-id", "error", "an id used twice within its kind"),
        Rule("PP104", "unknown-funding-ref", "error", "initiatives[].funding names no funding id"),
        Rule("PP105", "bad-part-of", "error", "part_of names no funding id, or loops"),
        Rule("PP106", "unknown-currency", "error", "currency is not an ISO 4217 code"),
        Rule("PP201", "funding-outside-period", "warning", "funding period outside the plan's"),
        Rule("PP202", "foreign-currency", "warning", "currency is not the country's currency"),
        Rule("PP203", "share-exceeds-total", "warning", "a part_of share larger than its total"),
        Rule("PP301", "source-not-found", "note", "no source document to check spans against"),
        Rule("PP302", "source-unreadable", "error", "the source document cannot be read"),
        Rule("PP303", "source-changed", "error", "source file's sha256 differs from the plan's"),
        Rule("PP304", "normaliser-changed", "error", "same file, different normalised text"),
        Rule("PP305", "span-outside-text", "error", "a source span or page outside the document"),
        Rule("PP306", "text-not-in-span", "error", "an item's text/title is not in its span"),
    ]
}


@dataclass(frozen=True)
class Issue:
    """One problem a check found: where (JSON path), which rule, and why."""

    path: JsonPath
    code: str
    message: str


@dataclass(frozen=True)
class CheckContext:
    """What a check may need beyond the data: the file, node positions, and the
    source document given with `--source` (None: use `document.source.path`)."""

    file: Path
    loaded: Loaded
    source: Path | None = None


Check = Callable[[dict[str, Any], CheckContext], Iterable[Issue]]

KINDS = ("aims", "outcomes", "initiatives", "priorities", "funding")


def items(data: dict[str, Any], kind: str) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every item of one kind with its path, children included, in document order."""

    def walk(values: Any, path: JsonPath) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
        for index, item in enumerate(values if isinstance(values, list) else []):
            if isinstance(item, dict):
                yield (*path, index), item
                yield from walk(item.get("children"), (*path, index, "children"))

    return walk(data.get(kind), (kind,))


def _mappings(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    if isinstance(value, dict):
        yield path, value
        for key, child in value.items():
            yield from _mappings(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _mappings(child, (*path, index))


def _ints(mapping: dict[str, Any], *keys: str) -> list[int] | None:
    values = [mapping.get(k) for k in keys]
    ok = all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    return [int(v) for v in values if isinstance(v, int)] if ok else None


def check_period_order(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    for path, mapping in _mappings(data):
        years = _ints(mapping, "start", "end")
        if path and path[-1] == "period" and years and years[0] > years[1]:
            yield Issue(path, "PP101", f"period starts in {years[0]} but ends in {years[1]}")


def check_span_order(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    for path, mapping in _mappings(data):
        span = _ints(mapping, "start", "end")
        where = path[-1:] == ("source",) and path != ("document", "source")
        if where and span and not 0 <= span[0] < span[1]:
            yield Issue(path, "PP102", f"span start {span[0]} must be below end {span[1]}")


def check_unique_ids(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    for kind in KINDS:
        seen: dict[str, JsonPath] = {}
        for path, item in items(data, kind):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                line = context.loaded.locate((*seen[ident], "id")).line
                yield Issue(
                    (*path, "id"),
                    "PP103",
                    f"id {ident!r} is used twice in {kind} (first at line {line})",
                )
            else:
                seen[ident] = path


def _funding_ids(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for _, i in items(data, "funding") if isinstance(i.get("id"), str)}


def check_funding_refs(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    known = _funding_ids(data)
    for path, item in items(data, "initiatives"):
        refs = item.get("funding")
        for index, ref in enumerate(refs if isinstance(refs, list) else []):
            if isinstance(ref, str) and ref not in known:
                yield Issue((*path, "funding", index), "PP104", f"no funding item has id {ref!r}")


def check_part_of(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    known = _funding_ids(data)
    for path, item in items(data, "funding"):
        ref, chain = item.get("part_of"), [item.get("id")]
        if not isinstance(ref, str):
            continue
        if ref not in known:
            yield Issue((*path, "part_of"), "PP105", f"no funding item has id {ref!r}")
            continue
        while isinstance(ref, str) and ref in known and ref not in chain:
            chain.append(ref)
            ref = known[ref].get("part_of")
        if ref in chain:
            loop = " → ".join(str(c) for c in [*chain, ref])
            yield Issue((*path, "part_of"), "PP105", f"part_of goes round in a loop: {loop}")


@functools.cache
def currencies() -> frozenset[str]:
    """ISO 4217 codes, active and historic (`data/iso4217.txt`)."""
    return frozenset(line.split("\t")[0] for line in _data_lines("iso4217.txt"))


@functools.cache
def country_currencies() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 alpha-2 → the currencies that are legal tender there."""
    pairs = (line.split("\t") for line in _data_lines("iso4217-countries.txt"))
    return {country: tuple(codes.split()) for country, codes in pairs}


def _data_lines(name: str) -> list[str]:
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _currency(item: dict[str, Any]) -> str | None:
    code = item.get("currency")
    return code if isinstance(code, str) and len(code) == 3 and code.isupper() else None


def check_currency(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    for path, item in items(data, "funding"):
        code = _currency(item)
        if code and code not in currencies():
            yield Issue((*path, "currency"), "PP106", f"{code!r} is not an ISO 4217 currency code")


def check_funding_in_plan_period(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    plan = data.get("period")
    if not isinstance(plan, dict):
        return
    start, end = plan.get("start"), plan.get("end")
    for path, item in items(data, "funding"):
        period = item.get("period")
        if not isinstance(period, dict):
            continue
        first, last = period.get("start"), period.get("end")
        early = isinstance(first, int) and isinstance(start, int) and first < start
        late = isinstance(last, int) and isinstance(end, int) and last > end
        if early or late:
            yield Issue(
                (*path, "period"),
                "PP201",
                f"funding period {first}–{last} lies outside the plan's period {start}–{end}",
            )


def check_country_currency(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    document = data.get("document")
    country = document.get("country") if isinstance(document, dict) else None
    expected = country_currencies().get(country[:2]) if isinstance(country, str) else None
    for path, item in items(data, "funding"):
        code = _currency(item)
        if expected and code and code not in expected:
            yield Issue(
                (*path, "currency"),
                "PP202",
                f"{code} is not the currency of {country} ({', '.join(expected)})",
            )


def _amount(item: dict[str, Any]) -> float | None:
    value = item.get("amount")
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def check_part_of_share(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    known = _funding_ids(data)
    for path, item in items(data, "funding"):
        ref = item.get("part_of")
        whole = known.get(ref) if isinstance(ref, str) else None
        if whole is None or whole is item:
            continue
        same = all(item.get(k) == whole.get(k) for k in ("currency", "basis"))
        part, total = _amount(item), _amount(whole)
        if same and part is not None and total is not None and part > total:
            yield Issue(
                (*path, "amount"),
                "PP203",
                f"share {item['amount']} is larger than its total {whole['amount']} ({ref})",
            )


def check_grounding(data: dict[str, Any], context: CheckContext) -> Iterable[Issue]:
    """Spans against the source document (PP3xx): see `policyparse.grounding`."""
    from policyparse.grounding import check_grounding as grounding

    return grounding(data, context)


CHECKS: list[Check] = [
    check_period_order,
    check_span_order,
    check_unique_ids,
    check_funding_refs,
    check_part_of,
    check_currency,
    check_funding_in_plan_period,
    check_country_currency,
    check_part_of_share,
    check_grounding,
]


def run_checks(data: dict[str, Any], context: CheckContext) -> list[Issue]:
    """All issues of all registered checks, in registry order."""
    return [issue for check in CHECKS for issue in check(data, context)]

"""What a comparison holds, and its one dict form (the JSON output; renderers read it too).

The dict follows `schemas/policyparse-compare-1.schema.json`; change both together.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from policyparse import GENERATOR
from policyparse.compare.funding import FundingLine, FundingSummary
from policyparse.compare.themes import Codebook

COMPARE_VERSION = "1"


@dataclass
class TaggedItem:
    kind: str  # aim | outcome | sub_outcome | initiative | priority
    id: str
    text: str
    themes: list[str]


@dataclass
class DocumentRow:
    """One plan's overview row."""

    name: str
    label: str
    file: str | None
    country: str | None
    language: str
    title: str
    start: int | None
    end: int | None
    years: int | None
    counts: dict[str, int]
    funding: FundingSummary
    items: list[TaggedItem]
    theme_order: list[str]  # the codebook's order

    @property
    def themes(self) -> list[str]:
        """The themes of any of its items, in codebook order."""
        found = {t for item in self.items for t in item.themes}
        return [t for t in self.theme_order if t in found]


@dataclass
class Skipped:
    file: str
    error: str


@dataclass
class Comparison:
    currency: str
    rates_source: str
    codebook: Codebook
    documents: list[DocumentRow]
    diff: dict[str, Any] | None = None
    skipped: list[Skipped] = field(default_factory=list)

    def matrix(self) -> dict[str, list[int]]:
        """Theme id → number of tagged items per document, in codebook order."""
        return {
            theme: [sum(theme in item.themes for item in doc.items) for doc in self.documents]
            for theme in self.codebook.ids()
        }

    def to_dict(self) -> dict[str, Any]:
        matrix = self.matrix()
        return {
            "policyparse_compare": COMPARE_VERSION,
            "generator": GENERATOR,
            "currency": self.currency,
            "rates_source": self.rates_source,
            "taxonomy": {
                "source": self.codebook.source,
                "themes": [{"id": t.id, "label": t.label()} for t in self.codebook.themes],
            },
            "documents": [_document(doc) for doc in self.documents],
            "theme_matrix": [
                {"theme": t.id, "label": t.label(), "counts": matrix[t.id]}
                for t in self.codebook.themes
            ],
            "diff": self.diff,
            "skipped": [asdict(s) for s in self.skipped],
        }


def _document(doc: DocumentRow) -> dict[str, Any]:
    return {
        "name": doc.name,
        "label": doc.label,
        "file": doc.file,
        "country": doc.country,
        "language": doc.language,
        "title": doc.title,
        "period": {"start": doc.start, "end": doc.end, "years": doc.years},
        "counts": doc.counts,
        "funding": _funding(doc.funding),
        "themes": doc.themes,
        "items": [asdict(item) for item in doc.items],
    }


def cents(amount: float | None) -> float | None:
    """Money in the output: rounded to hundredths, so files stay stable and readable."""
    return None if amount is None else round(amount, 2)


def _funding(summary: FundingSummary) -> dict[str, Any]:
    return {
        "currency": summary.currency,
        "totals": [{"currency": c, "amount": cents(a)} for c, a in summary.totals.items()],
        "total": cents(summary.target_total),
        "per_year": cents(summary.per_year),
        "per_year_years": summary.per_year_years,
        "per_year_note": summary.per_year_note,
        "by_year": [{"year": y, "amount": cents(a)} for y, a in summary.by_year.items()],
        "items": [_line(line) for line in summary.lines],
        "derived": summary.derived,
        "notes": summary.notes,
    }


def _line(line: FundingLine) -> dict[str, Any]:
    out = asdict(line)
    out.update(total=cents(line.total), target=cents(line.target), counted=line.counted)
    out["rate"] = None if line.rate is None else float(f"{line.rate:.6g}")
    return out

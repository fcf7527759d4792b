"""Put canonical plans side by side: overview rows, funding in one currency, theme matrix.

`compare(plans)` works on `Plan` objects only (never on source documents);
`compare.inputs` loads and checks YAML files first, `compare.render` prints the result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import PurePath

from policyparse.compare.currency import Rates, check_currency, load_rates
from policyparse.compare.funding import span_years, summarise
from policyparse.compare.result import Comparison, DocumentRow, Skipped, TaggedItem
from policyparse.compare.themes import Codebook, Lemmatizer, Tagger, load_codebook
from policyparse.errors import UsageError
from policyparse.lang import normalise_code
from policyparse.model import Initiative, Outcome, Plan

__all__ = ["Comparison", "DocumentRow", "Skipped", "compare"]


def compare(
    plans: Sequence[Plan],
    *,
    names: Sequence[str] | None = None,
    files: Sequence[str | None] | None = None,
    currency: str = "EUR",
    rates: Rates | None = None,
    codebook: Codebook | None = None,
    lemmatize: Lemmatizer | None = None,
    diff: bool = False,
) -> Comparison:
    """Overview, funding and themes of `plans`; with `diff`, the two plans' differences.

    `names` label the documents (default: the plan file's stem, else the source
    document's); `files` are the plan files, shown in the output; `lemmatize` swaps the
    theme tagger's lemmatizer (default: the project's spaCy pipeline, `policyparse.nlp`).
    """
    if diff and len(plans) != 2:
        raise UsageError(f"--diff compares exactly two plans, got {len(plans)}")
    rates = rates or load_rates()
    target = check_currency(rates, currency)
    codebook = codebook or load_codebook()
    tagger = Tagger(codebook, lemmatize) if lemmatize else Tagger(codebook)
    labels = _labels(plans)
    files = list(files) if files else [None] * len(plans)
    names = list(names) if names else [_name(p, f) for p, f in zip(plans, files, strict=True)]
    rows = [
        _row(plan, name, label, file, rates, target, tagger)
        for plan, name, label, file in zip(plans, names, labels, files, strict=True)
    ]
    result = Comparison(target, rates.source, codebook, rows)
    if len(plans) == 2:
        from policyparse.compare.diff import diff_plans

        result.diff = diff_plans(plans[0], plans[1], rows[0], rows[1])
    return result


def _name(plan: Plan, file: str | None) -> str:
    """The plan file's stem, else its source document's."""
    return PurePath(file or plan.document.source.path).stem


def _labels(plans: Sequence[Plan]) -> list[str]:
    """Short column labels: the country code, numbered when a country repeats."""
    keys = [p.document.country or p.document.language.upper() for p in plans]
    seen: Counter[str] = Counter()
    total = Counter(keys)
    out = []
    for key in keys:
        seen[key] += 1
        out.append(f"{key}-{seen[key]}" if total[key] > 1 else key)
    return out


def _row(
    plan: Plan, name: str, label: str, file: str | None, rates: Rates, target: str, tagger: Tagger
) -> DocumentRow:
    lang = normalise_code(plan.document.language)
    period = plan.period
    start, end = (period.start, period.end) if period else (None, None)
    return DocumentRow(
        name=name, label=label, file=file, country=plan.document.country, language=lang,
        title=plan.document.title, start=start, end=end, years=span_years(start, end),
        counts=counts(plan), funding=summarise(plan, rates, target),
        items=[TaggedItem(k, i, t, tagger.tag(t, lang)) for k, i, t in items(plan)],
        theme_order=tagger.codebook.ids(),
    )  # fmt: skip


def counts(plan: Plan) -> dict[str, int]:
    """The overview's counts; sub-outcomes and all initiatives include every level."""
    return {
        "aims": len(plan.aims),
        "outcomes": len(plan.outcomes),
        "sub_outcomes": sum(1 for _ in _walk(plan.outcomes)) - len(plan.outcomes),
        "initiatives": len(plan.initiatives),
        "initiatives_all": sum(1 for _ in _walk(plan.initiatives)),
        "priorities": len(plan.priorities),
        "funding_items": len(plan.funding),
    }


def _walk(nodes: Sequence[Outcome] | Sequence[Initiative]) -> Iterator[Outcome | Initiative]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def items(plan: Plan) -> Iterator[tuple[str, str, str]]:
    """(kind, id, text) of every aim, outcome, initiative and priority, depth first."""
    for aim in plan.aims:
        yield "aim", aim.id, aim.text
    for top in plan.outcomes:
        yield "outcome", top.id, top.text
        for sub in _walk(top.children):
            assert isinstance(sub, Outcome)
            yield "sub_outcome", sub.id, sub.text
    for initiative in _walk(plan.initiatives):
        assert isinstance(initiative, Initiative)
        text = " ".join(t for t in (initiative.title, initiative.text) if t)
        yield "initiative", initiative.id, text
    for priority in plan.priorities:
        yield "priority", priority.id, priority.text

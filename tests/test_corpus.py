"""One generic runner over every corpus file, Duckling style.

`tests/corpus/<lang>/<dimension>.yaml` holds `examples: [{text, expect, country?}]`
and `negatives: [text]`. A dimension is registered in `DIMENSIONS` with the
function that finds its items; an example passes when the items found match
`expect` one by one on the fields it lists (a field left out is not checked),
and a negative passes when nothing is found. Test ids are `<lang>/<dimension>/<n>`
(`-<n>` for negatives). To add a dimension, add one entry to `DIMENSIONS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import pytest

from policyparse import yamlio
from policyparse.extractors.aims import find_aims
from policyparse.sections import heading_role
from policyparse.values import find_due_dates, find_money, find_periods
from policyparse.values.numbers import parse_number

CORPUS = Path(__file__).parent / "corpus"

# dimension → function(text, lang, example) returning the items found
Finder = Callable[[str, str, dict[str, Any]], Sequence[Any]]
DIMENSIONS: dict[str, Finder] = {
    "money": lambda text, lang, ex: find_money(text, lang, ex.get("country")),
    "periods": lambda text, lang, ex: find_periods(text, lang),
    "due": lambda text, lang, ex: find_due_dates(text, lang),
    "numbers": lambda text, lang, ex: [{"value": v} for v in [parse_number(text, lang)] if v],
    "roles": lambda text, lang, ex: [{"role": r}] if (r := heading_role(text, lang)) else [],
    "aims": lambda text, lang, ex: [{"text": text[s:e]} for s, e in find_aims(text, lang)],
}


def corpus_cases(root: Path = CORPUS) -> list[Any]:
    """Every example and negative under `root`, as pytest params with readable ids."""
    cases = []
    for path in sorted(root.glob("*/*.yaml")):
        lang, dimension = path.parent.name, path.stem
        data = yamlio.load_file(path)
        for n, example in enumerate(data.get("examples") or [], 1):
            cases.append(pytest.param(lang, dimension, example, id=f"{lang}/{dimension}/{n}"))
        for n, text in enumerate(data.get("negatives") or [], 1):
            negative = {"text": text, "expect": []}
            cases.append(pytest.param(lang, dimension, negative, id=f"{lang}/{dimension}/-{n}"))
    return cases


def as_dict(item: Any) -> dict[str, Any]:
    return asdict(item) if is_dataclass(item) and not isinstance(item, type) else dict(item)


@pytest.mark.parametrize(("lang", "dimension", "example"), corpus_cases())
def test_corpus(lang: str, dimension: str, example: dict[str, Any]) -> None:
    text = example["text"]
    found = [as_dict(item) for item in DIMENSIONS[dimension](text, lang, example)]
    for item in found:  # every span gives back its words
        if "span" in item and "text" in item:
            assert text[slice(*item["span"])] == item["text"]
    assert len(found) == len(example["expect"]), found
    pairs = zip(found, example["expect"], strict=True)
    got = [{key: item[key] for key in want} for item, want in pairs]
    assert got == example["expect"]


def test_every_corpus_file_has_a_dimension() -> None:
    files = list(CORPUS.glob("*/*.yaml"))
    assert files
    assert {path.stem for path in files} <= set(DIMENSIONS)

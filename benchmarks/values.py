"""Speed and accuracy of the value grammars over a corpus of sentences.

Speed: sentences per second for `find_money`, `find_periods` and `find_due_dates` over
every sentence of the corpus (examples and negatives of all dimensions, all
languages), on one core, next to a baseline measured in the same run (one
`re.search(r"\\d")` per sentence, the cheapest useful look at a sentence).
Goal: at least 20 000 sentences/s for `find_money`.

Accuracy: precision and recall per dimension and language on each round of held-out
sentences (`tests/corpus_heldout/round*/`, written after the grammar was done, each
round measured before the grammar saw it; see that folder's README);
an item counts as right when money has the right amount, currency and basis, a
period the right start and end, a due date the right date. Also the share of
money negatives (number-bearing sentences that are not about money) that give any
money. Goals: P and R at least 0.95, at most 2 % of negatives giving money.

    python benchmarks/values.py [--corpus DIR] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from policyparse import yamlio
from policyparse.values import find_due_dates, find_money, find_periods

ROOT = Path(__file__).resolve().parent.parent
GOAL_MONEY_PER_SECOND = 20_000
KEYS = {
    "money": ("amount", "currency", "basis"),
    "periods": ("start", "end"),
    "due": ("date",),
}
FINDERS: dict[str, Callable[[str, str, dict[str, Any]], Sequence[Any]]] = {
    "money": lambda text, lang, ex: find_money(text, lang, ex.get("country")),
    "periods": lambda text, lang, ex: find_periods(text, lang),
    "due": lambda text, lang, ex: find_due_dates(text, lang),
}


def load(root: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(lang, dimension, example) for every example and negative under `root`."""
    cases = []
    for path in sorted(root.glob("*/*.yaml")):
        data = yamlio.load_file(path)
        lang, dimension = path.parent.name, path.stem
        cases += [(lang, dimension, ex) for ex in data.get("examples") or []]
        negatives = data.get("negatives") or []
        cases += [(lang, dimension, {"text": t, "negative": True}) for t in negatives]
    return cases


Sentences = list[tuple[str, str]]  # (lang, text)


def _rate(run: Callable[[str, str], object], sentences: Sentences, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for lang, text in sentences:
            run(text, lang)
        best = min(best, time.perf_counter() - began)
    return len(sentences) / best


def speed(cases: list[tuple[str, str, dict[str, Any]]], repeat: int) -> None:
    sentences = [(lang, ex["text"]) for lang, _, ex in cases]
    digit = re.compile(r"\d")
    for lang in {lang for lang, _ in sentences}:  # compile the grammars outside the timing
        find_money("1", lang), find_periods("1", lang), find_due_dates("1", lang)
    base = _rate(lambda text, lang: digit.search(text), sentences, repeat)
    print(f"{len(sentences)} sentences, best of {repeat} runs, one core")
    print("{:<24}{:>12,.0f} sentences/s".format("baseline re.search(\\d)", base))
    for run in (find_money, find_periods, find_due_dates):
        rate = _rate(run, sentences, repeat)
        goal = f"  (goal {GOAL_MONEY_PER_SECOND:,})" if run is find_money else ""
        cost = base / rate
        print(f"{run.__name__:<24}{rate:>12,.0f} sentences/s  {cost:5.1f}x baseline cost{goal}")


def _items(found: Sequence[Any], keys: tuple[str, ...]) -> Counter[tuple[Any, ...]]:
    """The fields that must be right, of found items (dataclasses) or expected ones (dicts)."""
    rows = [f if isinstance(f, dict) else vars(f) for f in found]
    return Counter(tuple(row[k] for k in keys) for row in rows)


def accuracy(cases: list[tuple[str, str, dict[str, Any]]]) -> None:
    table: dict[tuple[str, str], Counter[str]] = {}
    for lang, dimension, ex in cases:
        if dimension not in FINDERS:
            continue
        counts = table.setdefault((dimension, lang), Counter())
        got = _items(FINDERS[dimension](ex["text"], lang, ex), KEYS[dimension])
        want = _items(ex.get("expect") or [], KEYS[dimension])
        counts["tp"] += sum((got & want).values())
        counts["fp"] += sum((got - want).values())
        counts["fn"] += sum((want - got).values())
        if ex.get("negative"):
            counts["negatives"] += 1
            counts["negatives_hit"] += bool(got)
    head = ("dimension", "lang", "P", "R", "tp", "fp", "fn", "negatives giving output")
    print("{:<10}{:<6}{:>7}{:>7}{:>5}{:>5}{:>5}  {}".format(*head))
    for (dimension, lang), c in sorted(table.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        neg = f"{c['negatives_hit']}/{c['negatives']}" if c["negatives"] else "-"
        row = (dimension, lang, p, r, c["tp"], c["fp"], c["fn"], neg)
        print("{:<10}{:<6}{:>7.3f}{:>7.3f}{:>5}{:>5}{:>5}  {}".format(*row))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus_heldout")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tuned = load(ROOT / "tests" / "corpus")
    folders = sorted(args.corpus.glob("round*"), key=lambda d: (len(d.name), d.name))
    rounds = {d: load(d) for d in folders if d.is_dir()}
    if not rounds and args.corpus.exists():
        rounds = {args.corpus: load(args.corpus)}
    speed(tuned + [case for cases in rounds.values() for case in cases], args.repeat)
    for folder, cases in rounds.items():
        name = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        print(f"\nAccuracy on {name}:")
        accuracy(cases)


if __name__ == "__main__":
    main()

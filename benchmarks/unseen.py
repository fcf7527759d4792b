"""Held-out evaluation: extract the unseen plans and score them against their gold.

    python benchmarks/unseen.py [--verbose] [--keep DIR]

The plans in benchmarks/unseen/docs/ were written from memory of real public
documents (UK, Scottish, Welsh, Irish, Danish and Norwegian; text, HTML,
Markdown, PDF, DOCX) and annotated in benchmarks/unseen/gold/ before the
extractor ever ran on them. This script runs `policyparse extract` over them,
checks every output with `policyparse validate --source`, and scores with the
shared score.py (micro-averaged items F1, the project's held-out measure).
--verbose lists every missed gold item and every unmatched prediction.
No timing and no assertions: it reports, the numbers go in FINDINGS.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent / "unseen"
DOCS, GOLD = HERE / "docs", HERE / "gold"
SHARED_SCORE = HERE.parents[2] / "shared" / "tools" / "score.py"  # the reference, beside the repo
LOCAL_SCORE = HERE.parents[1] / "tests" / "data" / "gold" / "score.py"  # the tests' verbatim copy
ITEM_FIELDS = ("aims", "outcomes", "suboutcomes", "initiatives", "priorities", "funding")


def load_score() -> ModuleType:
    """score.py from the shared tools when present (the reference), else the copy."""
    path = SHARED_SCORE if SHARED_SCORE.exists() else LOCAL_SCORE
    spec = importlib.util.spec_from_file_location("policyparse_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["policyparse", *args], capture_output=True, text=True, check=False)


def extract(docs: list[Path], out: Path) -> dict[str, str]:
    """Extract each document on its own, so one crash cannot hide the others."""
    errors: dict[str, str] = {}
    for doc in docs:
        proc = run("extract", str(doc), "-o", str(out / f"{doc.stem}.yaml"))
        if proc.returncode != 0:
            errors[doc.stem] = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return errors


def validate(doc: Path, plan: Path) -> str:
    """'ok', or the first line validate complains with."""
    if not plan.exists():
        return "no output"
    proc = run("validate", "--quiet", "--source", str(doc), str(plan))
    if proc.returncode == 0:
        return "ok"
    return (proc.stdout + proc.stderr).strip().splitlines()[0]


def f1(tp: int, n_gold: int, n_pred: int) -> float:
    p = tp / n_pred if n_pred else float(not n_gold)
    r = tp / n_gold if n_gold else float(not n_pred)
    return 2 * p * r / (p + r) if p + r else 0.0


def misses(score: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """Gold items nothing matched and predictions that matched no gold (nor optional) item."""
    lines: list[str] = []
    fields = score.pred_fields(pred) if pred else {f: [] for f in score.TEXT_FIELDS}
    for field in score.TEXT_FIELDS:
        golds = score.gold_texts(gold, field)
        optional = score.gold_texts(gold, field + "_optional")
        preds, used = fields[field], set()
        for g in golds:
            hit = next(
                (i for i, p in enumerate(preds) if i not in used and score.similar(g, p)), None
            )
            if hit is None:
                lines.append(f"  MISS {field}: {g[:110]}")
            else:
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used and not any(score.similar(o, p) for o in optional):
                lines.append(f"  EXTRA {field}: {p[:110]}")
    gold_keys = [score.funding_key(f) for f in gold.get("funding") or []]
    pred_items = [f for f in (pred or {}).get("funding") or [] if isinstance(f, dict)]
    left = list(pred_items)
    for key, g in zip(gold_keys, gold.get("funding") or [], strict=True):
        found = next((p for p in left if score.funding_key(p) == key), None)
        if found is None:
            lines.append(
                f"  MISS funding: {key[0]:,} {key[1]} {g.get('basis')} "
                f"{score.years(g.get('period'))}"
            )
            continue
        left.remove(found)
        got = (found.get("basis"), score.years(found.get("period")))
        want = (g.get("basis"), score.years(g.get("period")))
        if got != want:
            lines.append(f"  DETAIL funding {key[0]:,}: got {got}, gold {want}")
    for p in left:
        lines.append(
            f"  EXTRA funding: {p.get('amount'):,} {p.get('currency')} '{str(p.get('text'))[:60]}'"
        )
    return lines


def report(
    score: ModuleType, out: Path, docs: dict[str, Path], errors: dict[str, str], verbose: bool
) -> None:
    totals: dict[str, list[int]] = {}
    leaks: list[str] = []
    print(f"{'document':<46}{'items F1':>9}{'tp/gold/pred':>14}  period country title  validate")
    for gpath in sorted(GOLD.glob("*.gold.yaml")):
        stem = gpath.name[: -len(".gold.yaml")]
        gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))
        ppath = out / f"{stem}.yaml"
        pred = yaml.safe_load(ppath.read_text(encoding="utf-8")) if ppath.exists() else None
        r = score.score_doc(gold, pred)
        leaks += [f"{stem}: {n}" for n in r.pop("noise_leaks")]
        for key, val in r.items():
            acc = totals.setdefault(key, [0] * len(val))
            for i, v in enumerate(val):
                acc[i] += v
        tp, ng, npred = (sum(r[f][i] for f in ITEM_FIELDS) for i in range(3))
        status = errors.get(stem) or validate(docs[stem], ppath)
        flags = " ".join("ok" if r[k][0] else "--" for k in ("period", "country", "title"))
        print(f"{stem:<46}{f1(tp, ng, npred):9.2f}{f'{tp}/{ng}/{npred}':>14}  {flags:<20} {status}")
        if verbose:
            print("\n".join(misses(score, gold, pred or {})))
    print()
    print(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp/gold/pred':>15}")
    all_tp = all_gold = all_pred = 0
    for field in ITEM_FIELDS:
        tp, ng, npred = totals[field]
        p, rc, f = score.prf(tp, ng, npred)
        all_tp, all_gold, all_pred = all_tp + tp, all_gold + ng, all_pred + npred
        print(f"{field:<14}{p:7.2f}{rc:7.2f}{f:7.2f}{f'{tp}/{ng}/{npred}':>15}")
    for key in ("period", "language", "country", "title", "funding_details"):
        ok, n = totals[key]
        print(f"{key:<14}{'accuracy':>14}{ok / n if n else 0:7.2f}{f'{ok}/{n}':>15}")
    for leak in leaks:
        print(f"noise leaked   {leak}")
    p, rc, f = score.prf(all_tp, all_gold, all_pred)
    print(
        f"overall items F1 {f:.3f} (P {p:.3f} R {rc:.3f}); "
        f"{len(errors)} extraction failures, {len(leaks)} leaks"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    parser.add_argument(
        "--keep", type=Path, help="write the extracted plans here instead of a temp dir"
    )
    args = parser.parse_args()
    docs = {p.stem: p for p in sorted(DOCS.iterdir()) if p.is_file()}
    score = load_score()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        errors = extract(list(docs.values()), out)
        report(score, out, docs, errors, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

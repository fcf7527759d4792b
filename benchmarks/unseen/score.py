# Verbatim copy of /work/shared/tools/score.py (the project's scorer), used by benchmarks/unseen.py
# only when the shared copy is absent. Refresh it from there; do not edit it here.
# ruff: noqa
#!/usr/bin/env python3
"""Score policyparse output against gold annotations.

    python score.py GOLD_DIR PRED_DIR [--verbose] [--json]

GOLD_DIR holds <stem>.gold.yaml files; PRED_DIR holds <stem>.yaml files written
by `policyparse extract` (canonical schema, see ../design/canonical-schema.md).
A missing or unreadable prediction scores zero for that document.

Fields scored, summed over documents (micro average):
  aims, outcomes, suboutcomes, initiatives, priorities  -- text items, fuzzy matched
  funding   -- amount (exact), currency, basis, period
  period    -- plan start/end years
  language, country, title
Items listed under `<field>_optional` in the gold neither count for recall nor
against precision. `noise_must_not_appear` strings found anywhere in the output
count as leaks. Needs only the standard library and PyYAML.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

TEXT_FIELDS = ("aims", "outcomes", "suboutcomes", "initiatives", "priorities")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(gold: str, pred: str) -> bool:
    """A prediction matches when it is nearly the same text, or contains the
    gold text without being much longer than it."""
    g, p = norm(gold), norm(pred)
    if not g or not p:
        return False
    if difflib.SequenceMatcher(None, g, p, autojunk=False).ratio() >= 0.85:
        return True
    return g in p and len(p) <= 2.5 * len(g) + 40 or (p in g and len(p) >= 0.6 * len(g))


def match_count(gold: list[str], pred: list[str], optional: list[str]) -> tuple[int, int, int]:
    """Greedy one-to-one matching. Returns (true positives, gold count, counted predictions)."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and similar(g, p):
                used.add(i)
                tp += 1
                break
    extra = [p for i, p in enumerate(pred) if i not in used]
    counted = tp + sum(1 for p in extra if not any(similar(o, p) for o in optional))
    return tp, len(gold), counted


def walk(items, depth=0):
    """Yield (depth, item) for a list of items with optional `children`."""
    for item in items or []:
        if isinstance(item, dict):
            yield depth, item
            yield from walk(item.get("children"), depth + 1)


def item_text(item: dict) -> str:
    return str(item.get("title") or item.get("text") or "")


def pred_fields(doc: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {f: [] for f in TEXT_FIELDS}
    out["aims"] = [item_text(i) for _, i in walk(doc.get("aims"))]
    for depth, i in walk(doc.get("outcomes")):
        out["outcomes" if depth == 0 else "suboutcomes"].append(item_text(i))
    out["initiatives"] = [item_text(i) for _, i in walk(doc.get("initiatives"))]
    out["priorities"] = [item_text(i) for _, i in walk(doc.get("priorities"))]
    return out


def gold_texts(gold: dict, field: str) -> list[str]:
    return [g if isinstance(g, str) else item_text(g) for g in gold.get(field) or []]


def years(period) -> tuple | None:
    if not isinstance(period, dict):
        return None
    return (period.get("start"), period.get("end"))


def funding_key(f: dict) -> tuple:
    amount = f.get("amount")
    try:
        amount = round(float(amount))
    except (TypeError, ValueError):
        amount = None
    return (amount, str(f.get("currency") or "").upper())


def score_doc(gold: dict, pred: dict | None) -> dict:
    r: dict = {}
    pred = pred or {}
    fields = pred_fields(pred) if pred else {f: [] for f in TEXT_FIELDS}
    for field in TEXT_FIELDS:
        r[field] = match_count(gold_texts(gold, field), fields[field], gold_texts(gold, field + "_optional"))
    # funding: an amount+currency match is a hit; basis and period are checked on hits
    gf = [funding_key(f) for f in gold.get("funding") or []]
    pf = [f for f in pred.get("funding") or [] if isinstance(f, dict)]
    used, tp, details_ok, details_n = set(), 0, 0, 0
    for gi, key in enumerate(gf):
        for pi, p in enumerate(pf):
            if pi not in used and funding_key(p) == key:
                used.add(pi)
                tp += 1
                g = gold["funding"][gi]
                details_n += 2
                details_ok += p.get("basis") == g.get("basis")
                details_ok += years(p.get("period")) == years(g.get("period"))
                break
    r["funding"] = (tp, len(gf), len(pf))
    r["funding_details"] = (details_ok, details_n)
    doc = pred.get("document") or {}
    accept = gold.get("period_accept") or [gold.get("period")]
    r["period"] = (int(bool(pred) and years(pred.get("period")) in [years(a) for a in accept]), 1)
    r["language"] = (int(str(doc.get("language")) == str(gold.get("language"))), 1)
    r["country"] = (int(str(doc.get("country")) == str(gold.get("country"))), 1)
    r["title"] = (int(similar(gold.get("title", ""), doc.get("title") or "")), 1)
    dump = json.dumps(pred, ensure_ascii=False)
    r["noise_leaks"] = [n for n in gold.get("noise_must_not_appear") or [] if n in dump]
    return r


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--verbose", action="store_true", help="per-document lines")
    ap.add_argument("--json", action="store_true", help="machine-readable totals")
    args = ap.parse_args()

    totals: dict[str, list[int]] = {}
    leaks: list[str] = []
    golds = sorted(args.gold_dir.glob("*.gold.yaml"))
    if not golds:
        print(f"no *.gold.yaml in {args.gold_dir}", file=sys.stderr)
        return 2
    for gpath in golds:
        stem = gpath.name[: -len(".gold.yaml")]
        gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))
        ppath = args.pred_dir / f"{stem}.yaml"
        try:
            pred = yaml.safe_load(ppath.read_text(encoding="utf-8"))
            pred = pred if isinstance(pred, dict) else None
        except (OSError, yaml.YAMLError):
            pred = None
        r = score_doc(gold, pred)
        leaks += [f"{stem}: {n}" for n in r.pop("noise_leaks")]
        for key, val in r.items():
            acc = totals.setdefault(key, [0] * len(val))
            for i, v in enumerate(val):
                acc[i] += v
        if args.verbose:
            cells = []
            for key, val in r.items():
                cells.append(f"{key}={'/'.join(str(v) for v in val)}")
            print(f"{stem}{'' if pred else ' (no prediction)'}: " + " ".join(cells))

    rows, tp_all, gold_all, pred_all = {}, 0, 0, 0
    for field in (*TEXT_FIELDS, "funding"):
        tp, ng, npred = totals[field]
        rows[field] = prf(tp, ng, npred)
        tp_all, gold_all, pred_all = tp_all + tp, gold_all + ng, pred_all + npred
    overall = prf(tp_all, gold_all, pred_all)
    singles = {k: totals[k][0] / totals[k][1] for k in ("period", "language", "country", "title")}
    fd_ok, fd_n = totals["funding_details"]
    singles["funding_details"] = fd_ok / fd_n if fd_n else 0.0
    if args.json:
        print(json.dumps({"fields": rows, "single": singles, "overall": overall, "leaks": leaks}, indent=1))
        return 0
    print(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}")
    for field, (p, r, f) in rows.items():
        print(f"{field:<14}{p:7.2f}{r:7.2f}{f:7.2f}")
    for k, v in singles.items():
        print(f"{k:<14}{'accuracy':>14}{v:7.2f}")
    for leak in leaks:
        print(f"noise leaked   {leak}")
    print(f"overall items F1 {overall[2]:.3f} (P {overall[0]:.3f} R {overall[1]:.3f}); "
          f"period {singles['period']:.2f} language {singles['language']:.2f} "
          f"funding details {singles['funding_details']:.2f} leaks {len(leaks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

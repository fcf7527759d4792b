"""The project's measure on the five seeds, on a fresh machine: the gold annotation is
copied in tests/data/gold/ with the scoring tool (score.py), and the expected outputs
samples/<name>.yaml (which test_samples.py proves extraction reproduces byte for byte)
are scored against it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from policyparse import yamlio

ROOT = Path(__file__).parent.parent
GOLD = ROOT / "tests" / "data" / "gold"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", GOLD / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals() -> dict[str, Any]:
    score = _score_module()
    sums: dict[str, list[int]] = {}
    leaks: list[str] = []
    for gold_path in sorted(GOLD.glob("*.gold.yaml")):
        name = gold_path.name[: -len(".gold.yaml")]
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        plan = yamlio.load_file(ROOT / "samples" / f"{name}.yaml")
        result = score.score_doc(gold, plan)
        leaks += result.pop("noise_leaks")
        for key, values in result.items():
            acc = sums.setdefault(key, [0] * len(values))
            for i, v in enumerate(values):
                acc[i] += v
    tp = sum(sums[f][0] for f in (*score.TEXT_FIELDS, "funding"))
    n_gold = sum(sums[f][1] for f in (*score.TEXT_FIELDS, "funding"))
    n_pred = sum(sums[f][2] for f in (*score.TEXT_FIELDS, "funding"))
    return {"sums": sums, "leaks": leaks, "f1": score.prf(tp, n_gold, n_pred)[2]}


def test_items_f1(totals: dict[str, Any]) -> None:
    assert totals["f1"] >= 0.90


@pytest.mark.parametrize("field", ["period", "language", "funding"])
def test_all_right(totals: dict[str, Any], field: str) -> None:
    right, n = totals["sums"][field][:2]
    assert right == n


def test_funding_details(totals: dict[str, Any]) -> None:
    ok, n = totals["sums"]["funding_details"]
    assert n and ok == n  # basis and period of every gold funding item


def test_no_noise_leaks(totals: dict[str, Any]) -> None:
    assert totals["leaks"] == []

"""Properties of extraction on documents pieced together from real plan lines: it never
fails with anything but a one-line PolicyparseError, and every item's words are found in
its source span (after whitespace folding) — the grounding contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse.errors import PolicyparseError
from policyparse.pipeline import extract_plan
from policyparse.readers import read

ROOT = Path(__file__).parent.parent
LINES = sorted(
    {line for p in (ROOT / "samples").glob("*.txt") for line in p.read_text("utf-8").splitlines()}
)
SHAPES = ["{}", "- {}", "{}:", "# {}", "{} | {}", "Lead and Key Partners: {}", "Tiltak 3: {}"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 25))):
        shape = draw(st.sampled_from(SHAPES))
        words = [draw(st.sampled_from(LINES)) for _ in range(shape.count("{}"))]
        lines.append(shape.format(*words))
    return "\n".join(lines) + "\n"


def _items(data: Any) -> list[dict[str, Any]]:
    found = []
    for kind in ("aims", "outcomes", "initiatives", "priorities", "funding"):
        stack = list(data.get(kind) or [])
        while stack:
            item = stack.pop()
            found.append(item)
            stack += item.get("children") or []
    return found


def fold(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["en", "da", "no"]))
def test_items_are_grounded_and_failures_are_one_line(text: str, lang: str) -> None:
    try:
        plan = extract_plan(text, lang=lang)
    except PolicyparseError as exc:
        assert "\n" not in str(exc)
        return
    doc = read(text.encode("utf-8"), name="<text>.txt").text
    for item in _items(plan.to_dict()):
        span = fold(doc[item["source"]["start"] : item["source"]["end"]])
        for key in ("text", "title"):
            if key in item:
                assert fold(item[key]) in span, (key, item[key], span)

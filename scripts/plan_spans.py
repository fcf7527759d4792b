"""Fill in `source` spans and the sha256 of hand-written plan files from their documents.

Hand-written plans (tests/data/plans/*.yaml) carry the words; this script finds each item's
words in the document named by `document.source.path` and writes the offsets, so grounding
can check them. Whitespace may differ (runs of spaces and line breaks match any whitespace).

    python scripts/plan_spans.py tests/data/plans/*.yaml               # offsets into the raw file
    python scripts/plan_spans.py --normalised tests/data/plans/*.yaml  # into `policyparse text`

Run from the repository root (the plans' source paths are relative to it).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from policyparse import yamlio


class NotFound(Exception):
    pass


def find(text: str, words: str, after: int = 0) -> tuple[int, int]:
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    match = re.compile(pattern).search(text, after)
    if match is None:
        raise NotFound(words[:70])
    return match.start(), match.end()


def span(text: str, *parts: str | None) -> dict[str, Any]:
    """From the first part's start to the end of the last part found after it."""
    present = [p for p in parts if p]
    start, end = find(text, present[0])
    for part in present[1:]:
        if part not in text[start:end]:
            end = max(end, find(text, part, start)[1])
    return {"start": start, "end": end, "page": None}


def fill(plan: dict[str, Any], text: str) -> None:
    if plan.get("period"):
        plan["period"]["source"] = span(text, plan["period"]["text"])
    for kind in ("aims", "outcomes", "priorities"):
        for item in _walk(plan.get(kind) or []):
            item["source"] = span(text, item["text"])
    for item in _walk(plan.get("initiatives") or []):
        item["source"] = span(text, item["title"], item.get("text"))
    for item in plan.get("funding") or []:
        item["source"] = span(text, item["text"])


def _walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        out.append(item)
        out.extend(_walk(item.get("children") or []))
    return out


def document_text(path: Path, normalised: bool) -> str:
    if normalised:
        from policyparse.readers import read

        return read(path).text
    return path.read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plans", nargs="+", type=Path)
    parser.add_argument("--normalised", action="store_true", help="offsets into read() text")
    args = parser.parse_args(argv)
    status = 0
    for plan_path in args.plans:
        plan = yamlio.load_file(plan_path)
        source = Path(plan["document"]["source"]["path"])
        plan["document"]["source"]["sha256"] = hashlib.sha256(source.read_bytes()).hexdigest()
        try:
            fill(plan, document_text(source, args.normalised))
        except NotFound as exc:
            print(f"{plan_path}: not found in {source}: {exc}", file=sys.stderr)
            status = 1
            continue
        yamlio.write(plan_path, yamlio.plan_from_dict(plan))
        print(f"{plan_path}: spans filled from {source}")
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Main-content detection on government web pages: policyparse's HTML reader
against trafilatura, on the same pages, in the same run.

The pages (tests/readers/pages/*.html) imitate the markup of GOV.UK, gov.scot,
sst.dk, sundhed.dk and regjeringen.no; `expected.yaml` next to them lists, by hand,
each page's headings with levels, lines of content, and lines of furniture
(cookie banners, menus, breadcrumbs, feedback boxes, share/print widgets, related
links). Reported per reader: content kept, furniture leaked, headings found at
the right level, and milliseconds per page.

    python benchmarks/html_main_content.py
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import yaml

PAGES = Path(__file__).resolve().parent.parent / "tests" / "readers" / "pages"
Heads = list[tuple[int, str]]


def _norm(text: str) -> str:
    return " ".join(text.replace("|", " ").split()).casefold()


def policyparse_reader(html: bytes) -> tuple[str, Heads]:
    from policyparse.readers import read

    doc = read(html, name="page.html")
    heads = [(b.level or 0, b.text) for b in doc.blocks if b.kind.value == "heading"]
    return doc.text, heads


def trafilatura_reader(**options: bool) -> Callable[[bytes], tuple[str, Heads]]:
    def run(html: bytes) -> tuple[str, Heads]:
        import trafilatura
        from lxml import etree

        text = trafilatura.extract(html, include_tables=True, **options) or ""
        xml = trafilatura.extract(html, include_tables=True, output_format="xml", **options)
        heads: Heads = []
        if xml:
            for head in etree.fromstring(xml.encode()).iter("head"):
                level = re.sub(r"\D", "", head.get("rend", "")) or "0"
                heads.append((int(level), " ".join("".join(head.itertext()).split())))
        return text, heads

    return run


def score(read: Callable[[bytes], tuple[str, Heads]]) -> dict[str, float]:
    expected = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))
    kept = leaked = heads_ok = n_content = n_furniture = n_heads = 0
    times = []
    for name, want in expected.items():
        html = (PAGES / name).read_bytes()
        start = time.perf_counter()
        text, heads = read(html)
        times.append(time.perf_counter() - start)
        found = _norm(text)
        kept += sum(_norm(line) in found for line in want["content"])
        leaked += sum(_norm(line) in found for line in want["furniture"])
        got = {(level, _norm(t)) for level, t in heads}
        heads_ok += sum((level, _norm(t)) in got for level, t in want["headings"])
        n_content += len(want["content"])
        n_furniture += len(want["furniture"])
        n_heads += len(want["headings"])
    return {
        "content kept": kept / n_content,
        "furniture leaked": leaked / n_furniture,
        "headings at right level": heads_ok / n_heads,
        "ms/page (median)": 1000 * statistics.median(times),
    }


def main() -> None:
    readers = {
        "policyparse": policyparse_reader,
        "trafilatura": trafilatura_reader(),
        "trafilatura favor_precision": trafilatura_reader(favor_precision=True),
        "trafilatura favor_recall": trafilatura_reader(favor_recall=True),
    }
    for read in readers.values():  # warm up imports and caches
        read((PAGES / "govuk.html").read_bytes())
    rows = {name: score(read) for name, read in readers.items()}
    columns = list(next(iter(rows.values())))
    print("| reader | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in rows.items():
        cells = [f"{v:.0%}" if k != "ms/page (median)" else f"{v:.1f}" for k, v in row.items()]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

"""Word list numbering → the marker a reader sees ("1.", "a)", "2.1", "•") and depth.

A list paragraph points (directly or through its style) at a `w:num`, which names
an abstract numbering with one format per level (`decimal`, `lowerLetter`,
`bullet`, …) and a text pattern such as "%1.%2.". Counters run per abstract
numbering, as in Word, and a deeper level restarts when a shallower one counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "•"
_STYLE_DEPTH = re.compile(r"\s(\d)$")  # "List Bullet 2": Word's second list level


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):  # fmt: skip
        count, n = divmod(n, value)
        out += digits * count
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return None if child is None else child.get(f"{W}val")


@dataclass
class Numbering:
    """The numbering definitions of one document, with running counters."""

    nums: dict[str, tuple[str, dict[int, int]]]  # numId → (abstractNumId, start overrides)
    levels: dict[str, dict[int, Level]]  # abstractNumId → level → definition
    counters: dict[str, list[int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls({}, {})
        levels = {a.get(f"{W}abstractNumId"): _levels(a) for a in root.iter(f"{W}abstractNum")}
        nums = {}
        for num in root.iter(f"{W}num"):
            overrides = {
                int(o.get(f"{W}ilvl", "0")): int(_val(o, "startOverride") or 1)
                for o in num.iter(f"{W}lvlOverride")
                if _val(o, "startOverride")
            }
            nums[num.get(f"{W}numId")] = (_val(num, "abstractNumId") or "", overrides)
        return cls(nums, {k: v for k, v in levels.items() if k is not None})

    def marker(self, paragraph: Any) -> tuple[str, int] | None:
        """(marker, depth) of a list paragraph, None for any other paragraph."""
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        defs = self.levels.get(abstract, {})
        level = defs.get(ilvl, Level("bullet", BULLET, 1))
        counts = self.counters.setdefault(abstract, [0] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        counts[ilvl] = max(counts[ilvl], defs.get(ilvl, level).start - 1) + 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = 0
        style = paragraph.style.name if paragraph.style is not None else ""
        depth = max(ilvl, int(m.group(1)) - 1 if (m := _STYLE_DEPTH.search(style)) else 0)
        return self._text(level, defs, counts, ilvl), depth

    def _text(self, level: Level, defs: dict[int, Level], counts: list[int], ilvl: int) -> str:
        if level.fmt == "none":  # a numbered style that shows no number
            return ""
        if level.fmt not in FORMATS:
            glyph = level.text.strip()
            return glyph if glyph in {"-", "–", "—", "•", "*", "·", "▪"} else BULLET

        def one(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            fmt = defs.get(lvl, level).fmt
            return FORMATS.get(fmt, str)(max(counts[lvl], 1))

        return re.sub(r"%(\d)", one, level.text).strip() or str(counts[ilvl])


def _levels(abstract: Any) -> dict[int, Level]:
    out = {}
    for lvl in abstract.iter(f"{W}lvl"):
        start = _val(lvl, "start")
        out[int(lvl.get(f"{W}ilvl", "0"))] = Level(
            _val(lvl, "numFmt") or "decimal",
            _val(lvl, "lvlText") or "",
            int(start) if start and start.isdigit() else 1,
        )
    return out


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """numId and ilvl from the paragraph, else from its style and the styles it is based on."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    num_id, ilvl = None, None
    for ppr in sources:
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_id or _val(num_pr, "numId")
        ilvl = ilvl if ilvl is not None else _val(num_pr, "ilvl")
    level = int(ilvl) if ilvl and ilvl.isdigit() else 0
    return num_id, min(level, 8)
